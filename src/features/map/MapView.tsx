// The drawn map. Leaflet and the base layer arrive in their own chunk (./leafletMap) the first
// time a map is shown; until then, and if that ever fails, the page around it still works.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PointRecord } from '../../data/db';
import type { LatLon } from './geo';
import type { MapController, MapPoint } from './leafletMap';

export interface MapViewProps {
  points: PointRecord[] | undefined; // undefined while still reading: nothing is placed yet
  user?: LatLon | null;
  tiles: boolean;
  onSelect: (id: string) => void;
  onSelectGroup?: (ids: string[]) => void;
  single?: boolean;
  className?: string;
}

export function MapView({ points, user = null, tiles, onSelect, onSelectGroup, single = false, className = '' }: MapViewProps) {
  const { t, i18n } = useTranslation();
  const el = useRef<HTMLDivElement>(null);
  const [ctrl, setCtrl] = useState<MapController | null>(null);
  const [failed, setFailed] = useState(false);
  // Latest callbacks without re-creating the map.
  const handlers = useRef({ onSelect, onSelectGroup });
  handlers.current = { onSelect, onSelectGroup };

  useEffect(() => {
    let alive = true;
    let made: MapController | null = null;
    import('./leafletMap')
      .then(({ createMap }) => {
        if (!alive || !el.current) return;
        made = createMap(el.current, {
          single,
          lang: i18n.language,
          labels: {
            groupTitle: (n) => t('map.groupTitle', { n }),
            youAreHere: t('map.youAreHere'),
            zoomIn: t('map.zoomIn'),
            zoomOut: t('map.zoomOut'),
          },
          onSelect: (id) => handlers.current.onSelect(id),
          onSelectGroup: (ids) => handlers.current.onSelectGroup?.(ids),
        });
        setCtrl(made);
      })
      .catch(() => alive && setFailed(true));
    return () => {
      alive = false;
      made?.destroy();
    };
    // Made once per mount: `single` is fixed for a mount, and the parent remounts the map (key)
    // when the language, and so `t`, changes.
  }, [single, t, i18n.language]);

  const mapPoints = useMemo<MapPoint[] | undefined>(
    () => points?.map((p) => ({ id: p.id, name: p.name, category: p.category, lat: p.lat, lon: p.lon, approx: p.precision !== 'exact' })),
    [points],
  );
  useEffect(() => {
    if (mapPoints) ctrl?.setPoints(mapPoints);
  }, [ctrl, mapPoints]);
  useEffect(() => ctrl?.setUser(user), [ctrl, user]);
  useEffect(() => ctrl?.setTiles(tiles), [ctrl, tiles]);

  if (failed) {
    return (
      <p className="notice" role="status">
        {t('map.mapFailed')}
      </p>
    );
  }
  return (
    <div className={`map-frame ${className}`} role="region" aria-label={t('map.mapLabel')}>
      <div ref={el} className="map-canvas" data-testid="map" />
      {!ctrl && (
        <p className="map-loading" role="status">
          {t('map.loadingMap')}
        </p>
      )}
    </div>
  );
}
