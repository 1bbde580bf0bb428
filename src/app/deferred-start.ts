// Started after the first render: none of it changes what the page first shows. (Not a chunk
// of its own: a first visit's bytes count more than this little code's parse time.) The service worker (precaching the offline kit), the connectivity probe, the
// outbox (which opens Dexie) and the campaign tag (only when the URL has one).
import { registerServiceWorker } from './sw-bridge';
import { watchConnectivity } from '../data/connectivity';
import { readSrcTag, rememberFirstSrc } from '../data/campaign';
import { reportError } from '../data/errors';
import { startOutboxSync } from '../data/outbox/sync';

const idle = (fn: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 200);

export function startDeferred(): void {
  registerServiceWorker();
  if (readSrcTag(location.search)) void rememberFirstSrc(location.search).catch(reportError);
  idle(() => {
    watchConnectivity();
    startOutboxSync();
  });
}
