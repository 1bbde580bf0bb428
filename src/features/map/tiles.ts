// Optional online map images. Off by default: Qadam promises no third-party requests unless the
// family switches this on. The tile server is set at build time (QADAM_TILE_URL, see
// vite.config.ts and src/shared/tiles.js); server/headers.js allows the same origin in img-src and src/sw/sw.ts caches
// only the tiles actually viewed. OpenStreetMap's tile usage policy: no bulk download, no
// prefetching, no "save this area" — none of which this app does.
import { DEFAULT_TILE_URL } from '../../shared/tiles.js';

declare const __QADAM_TILE_URL__: string | undefined;

export const TILE_URL: string = typeof __QADAM_TILE_URL__ === 'string' && __QADAM_TILE_URL__ ? __QADAM_TILE_URL__ : DEFAULT_TILE_URL;
export const TILE_ATTRIBUTION = '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener noreferrer">OpenStreetMap</a> contributors';

const KEY = 'qadam.map.tiles';

export function tilesWanted(): boolean {
  try {
    return localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

export function setTilesWanted(on: boolean): void {
  try {
    if (on) localStorage.setItem(KEY, 'on');
    else localStorage.removeItem(KEY);
  } catch {
    // private mode or storage full: the choice lasts for this visit only
  }
}
