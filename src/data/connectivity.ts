// Online/offline that does not trust navigator.onLine alone: "online" there only means a
// network interface is up (a captive portal or a dead mobile link says true). We probe
// /api/health when it matters: at start, on online/offline events, when the page becomes
// visible, and before a sync. The service worker never caches /api, so the probe is real.
//
// Only our server's own answer, {"ok":true}, means online. A captive portal or a hotel
// login page answers every URL with 200 and HTML; a badge that said "Online" behind it
// would be a lie, and the outbox would send into it. The body is read within the same
// timeout as the headers (src/shared/timed-fetch.ts), so a stalled answer is "offline" too.
import { observable } from './observable';
import { fetchText } from '../shared/timed-fetch';

export type Connectivity = 'online' | 'offline' | 'unknown';
export const connectivity = observable<Connectivity>('unknown');

const PROBE_TIMEOUT_MS = 5000;
let inFlight: Promise<Connectivity> | null = null;

/** Our server's /api/health body: {"ok":true,...}. A login page's HTML is not it. */
function isHealthy(text: string): boolean {
  try {
    return (JSON.parse(text) as { ok?: unknown } | null)?.ok === true;
  } catch {
    return false;
  }
}

/**
 * One probe, on its own: 'online' only for our {"ok":true}. No sharing and no badge update;
 * probe() below wraps it for the page (the soak's simulated phones use it directly).
 */
export async function probeOnce(fetchImpl: typeof fetch = fetch, timeoutMs = PROBE_TIMEOUT_MS): Promise<Connectivity> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline';
  try {
    const answer = await fetchText(fetchImpl, '/api/health', { cache: 'no-store' }, timeoutMs);
    return answer.status === 200 && isHealthy(answer.text) ? 'online' : 'offline';
  } catch {
    return 'offline';
  }
}

/** The page's probe: overlapping calls share one request, and the badge hears the result. */
export function probe(fetchImpl: typeof fetch = fetch): Promise<Connectivity> {
  if (inFlight) return inFlight;
  inFlight = probeOnce(fetchImpl).then((state) => {
    connectivity.set(state);
    inFlight = null;
    return state;
  });
  return inFlight;
}

export function watchConnectivity(): () => void {
  const onChange = () => void probe();
  const onVisible = () => document.visibilityState === 'visible' && void probe();
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  document.addEventListener('visibilitychange', onVisible);
  void probe();
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
    document.removeEventListener('visibilitychange', onVisible);
  };
}
