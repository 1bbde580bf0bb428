// Distances on the phone only: the family's position is never stored or sent anywhere.
import { formatNumber } from '../../ui/format';

export interface LatLon {
  lat: number;
  lon: number;
}

/** Mean Earth radius (IUGG), in km. */
export const EARTH_RADIUS_KM = 6371.0088;

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in km (haversine). Accurate to ~0.5 %, plenty for "which is nearer". */
export function haversineKm(a: LatLon, b: LatLon): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface WithDistance<T> {
  item: T;
  km: number;
}

/** Nearest first. Equal distances keep their input order (the sort is stable). */
export function sortByDistance<T extends LatLon>(items: readonly T[], from: LatLon): WithDistance<T>[] {
  return items.map((item) => ({ item, km: haversineKm(from, item) })).sort((x, y) => x.km - y.km);
}

/** "850 m", "4.2 km", "37 km", in the reader's number format (src/ui/format.ts). */
export function formatDistance(km: number, lang: string): { value: string; unit: 'm' | 'km' } {
  if (km < 1) return { value: formatNumber(Math.max(10, Math.round(km * 100) * 10), lang), unit: 'm' };
  const digits = km < 10 ? 1 : 0;
  return { value: formatNumber(km, lang, digits, digits), unit: 'km' };
}
