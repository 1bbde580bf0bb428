// "Open now" from OpenStreetMap opening_hours strings. This module (with the opening_hours
// library, ~110 KiB gzipped because it carries every country's holidays) is loaded only when a
// point actually has hours, so the map stays light while none do.
import OpeningHours from 'opening_hours';

export type OpenState = 'open' | 'closed' | 'unknown';

/**
 * The library needs a "nominatim object" for public (PH) and school (SH) holidays. Points are in
 * Kazakhstan. Note: opening_hours 3.15 has no Kazakh holidays, so a value that uses PH or SH
 * evaluates to "unknown" for 'kz' (honest: we cannot tell), while plain weekday rules work.
 */
function place(countryCode: string) {
  return { lat: 43.25, lon: 76.95, address: { country_code: countryCode.toLowerCase(), state: '' } };
}

const parsed = new Map<string, OpeningHours | null>();

function parse(hours: string, countryCode: string): OpeningHours | null {
  const key = `${countryCode}\u0000${hours}`;
  if (!parsed.has(key)) {
    let oh: OpeningHours | null;
    try {
      oh = new OpeningHours(hours, place(countryCode), { mode: 0, tag_key: 'opening_hours', map_value: false, warnings_severity: 4, locale: 'en' });
    } catch {
      oh = null; // malformed, or needs holidays the library does not know
    }
    parsed.set(key, oh);
  }
  return parsed.get(key) ?? null;
}

/** Is a place with these hours open at `date` (the phone's local time)? */
export function isOpen(hours: string | undefined | null, date: Date, countryCode = 'kz'): OpenState {
  if (!hours || !hours.trim()) return 'unknown';
  const oh = parse(hours.trim(), countryCode);
  if (!oh) return 'unknown';
  try {
    if (oh.getUnknown(date)) return 'unknown';
    return oh.getState(date) ? 'open' : 'closed';
  } catch {
    return 'unknown'; // e.g. "PH off" in a country without holiday data
  }
}
