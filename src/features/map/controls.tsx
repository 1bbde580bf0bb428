// Map controls shared by the places page and the details page: the optional online tiles
// switch (remembered on this phone) and the legend: the colour of each kind of place on the
// map, and full (exact place) vs hollow (city only) markers.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { connectivity } from '../../data/connectivity';
import { useObservable } from '../../data/observable';
import { setTilesWanted, tilesWanted } from './tiles';

/** Online tiles: only when the family switched them on AND the phone is really online. */
export function useTiles() {
  const online = useObservable(connectivity) === 'online';
  // Off on the first render (as prerendered), then this phone's choice.
  const [wanted, setWanted] = useState(false);
  useEffect(() => setWanted(tilesWanted()), []);
  const toggle = (on: boolean) => {
    setTilesWanted(on);
    setWanted(on);
  };
  return { wanted, online, shown: wanted && online, toggle };
}

export function TilesToggle({ tiles }: { tiles: ReturnType<typeof useTiles> }) {
  const { t } = useTranslation();
  return (
    <div className="map-tiles">
      <label className="map-check">
        <input type="checkbox" checked={tiles.wanted} onChange={(e) => tiles.toggle(e.target.checked)} data-testid="tiles-toggle" />
        <span>{t('map.tiles')}</span>
      </label>
      {tiles.wanted && !tiles.online && <p className="map-hint">{t('map.tilesOffline')}</p>}
    </div>
  );
}

export function MapLegend({ categories = [] }: { categories?: string[] }) {
  const { t } = useTranslation();
  return (
    <div className="map-legend" data-testid="map-legend">
      {categories.length > 0 && (
        <ul className="legend-kinds">
          {categories.map((c) => (
            <li key={c}>
              <span className={`legend-dot cat-${c}`} aria-hidden="true" /> {t(`map.categories.${c}`)}
            </li>
          ))}
        </ul>
      )}
      <p className="legend-precision">
        <span>
          <span className="legend-dot" aria-hidden="true" /> {t('map.exact')}
        </span>
        <span>
          <span className="legend-dot is-approx" aria-hidden="true" /> {t('map.approx')}
        </span>
      </p>
    </div>
  );
}
