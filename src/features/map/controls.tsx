// Map controls shared by the places page and the details page: the optional online tiles
// switch (remembered on this phone) and the legend for exact vs city-only places.
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

export function MapLegend() {
  const { t } = useTranslation();
  return (
    <p className="map-legend">
      <span>
        <span className="legend-dot" aria-hidden="true" /> {t('map.exact')}
      </span>
      <span>
        <span className="legend-dot is-approx" aria-hidden="true" /> {t('map.approx')}
      </span>
    </p>
  );
}
