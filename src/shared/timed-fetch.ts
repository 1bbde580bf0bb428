// fetch with ONE deadline over the whole exchange: connecting, the headers AND the body.
// A timer cleared when the headers arrive leaves a body that stalls after them (a flaky
// mobile link, a proxy that buffers) hanging for ever, and whoever waits on it with it
// (issue 11: the outbox's cross-tab lock). So the body is read here, inside the deadline,
// and the request is aborted and its body cancelled when the deadline passes: no request
// stays open (Lighthouse, and a phone's radio, want the page to go quiet).
// Shared by the page (connectivity probe) and the outbox core (page and service worker).

export interface TimedAnswer {
  status: number;
  headers: Headers;
  /** The whole body, read before the deadline. */
  text: string;
}

/** The deadline passed before the answer was complete. */
export class FetchTimeout extends Error {
  constructor(ms: number) {
    super(`no complete answer within ${ms} ms`);
    this.name = 'FetchTimeout';
  }
}

/**
 * Fetches `url` and reads its body as text, all within `timeoutMs`. Rejects on a network
 * error or the deadline (FetchTimeout); never leaves the request or its body open.
 * Races the deadline too, so even a fetch that ignores its AbortSignal cannot hang us.
 */
export async function fetchText(fetchImpl: typeof fetch, url: string, init: RequestInit, timeoutMs: number): Promise<TimedAnswer> {
  const ctrl = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      ctrl.abort();
      reject(new FetchTimeout(timeoutMs));
    }, timeoutMs);
  });
  let res: Response | undefined;
  try {
    res = await Promise.race([fetchImpl(url, { ...init, signal: ctrl.signal }), deadline]);
    const text = await Promise.race([res.text(), deadline]);
    return { status: res.status, headers: res.headers, text };
  } catch (e) {
    ctrl.abort();
    // A body still being read is locked, and abort() ends it; one never touched is cancelled.
    if (res?.body && !res.body.locked) res.body.cancel().catch(() => undefined);
    throw e;
  } finally {
    clearTimeout(timer);
  }
}
