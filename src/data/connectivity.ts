// Online/offline that does not trust navigator.onLine alone: "online" there only means a
// network interface is up (a captive portal or a dead mobile link says true). We probe
// /api/health when it matters: at start, on online/offline events, when the page becomes
// visible, and before a sync. The service worker never caches /api, so the probe is real.
import { observable } from './observable';

export type Connectivity = 'online' | 'offline' | 'unknown';
export const connectivity = observable<Connectivity>('unknown');

const PROBE_TIMEOUT_MS = 5000;
let inFlight: Promise<Connectivity> | null = null;

export function probe(fetchImpl: typeof fetch = fetch): Promise<Connectivity> {
  if (inFlight) return inFlight;
  inFlight = (async () => {
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline' as const;
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), PROBE_TIMEOUT_MS);
    try {
      const res = await fetchImpl('/api/health', { cache: 'no-store', signal: ctrl.signal });
      // Read the body to its end: an unread response stays open, and page-load tools (Lighthouse)
      // then never see the network go quiet. (Issue 11 will also check the body says ok.)
      await res.text();
      return res.ok ? ('online' as const) : ('offline' as const);
    } catch {
      return 'offline' as const;
    } finally {
      clearTimeout(timer);
    }
  })().then((state) => {
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
