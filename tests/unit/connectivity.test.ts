// "Online" means the server answered /api/health, not just that a network interface is up.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectivity, probe } from '../../src/data/connectivity';

const response = (status: number) => new Response(status === 200 ? '{"ok":true}' : 'down', { status });

beforeEach(() => connectivity.set('unknown'));
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('probe', () => {
  it('says online when /api/health answers 200, and tells subscribers', async () => {
    const fetchImpl = vi.fn(async () => response(200));
    const seen: string[] = [];
    const unsubscribe = connectivity.subscribe(() => seen.push(connectivity.get()));
    await expect(probe(fetchImpl as typeof fetch)).resolves.toBe('online');
    unsubscribe();
    expect(connectivity.get()).toBe('online');
    expect(seen).toEqual(['online']);
    expect(fetchImpl).toHaveBeenCalledWith('/api/health', expect.objectContaining({ cache: 'no-store' }));
  });

  it('reads the answer to its end, so no request stays open (page-load tools wait for quiet)', async () => {
    const res = response(200);
    await expect(probe((async () => res) as typeof fetch)).resolves.toBe('online');
    expect(res.bodyUsed).toBe(true);
  });

  it('says offline when the server answers 503 (e.g. a proxy with no upstream)', async () => {
    connectivity.set('online');
    await expect(probe((async () => response(503)) as typeof fetch)).resolves.toBe('offline');
    expect(connectivity.get()).toBe('offline');
  });

  it('says offline when the request fails outright', async () => {
    connectivity.set('online');
    const fetchImpl = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(probe(fetchImpl as typeof fetch)).resolves.toBe('offline');
    expect(connectivity.get()).toBe('offline');
  });

  it('says offline without a request when the phone reports no network at all', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const fetchImpl = vi.fn(async () => response(200));
    await expect(probe(fetchImpl as typeof fetch)).resolves.toBe('offline');
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('shares one request between probes that overlap, and makes a new one afterwards', async () => {
    let release!: (r: Response) => void;
    const fetchImpl = vi.fn(() => new Promise<Response>((resolve) => (release = resolve)));
    const a = probe(fetchImpl as unknown as typeof fetch);
    const b = probe(fetchImpl as unknown as typeof fetch);
    await Promise.resolve();
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    release(response(200));
    expect(await Promise.all([a, b])).toEqual(['online', 'online']);

    const later = vi.fn(async () => response(503));
    await expect(probe(later as typeof fetch)).resolves.toBe('offline');
    expect(later).toHaveBeenCalledTimes(1);
  });

  it('gives up on a hanging request after 5 seconds and says offline', async () => {
    vi.useFakeTimers();
    let signal: AbortSignal | undefined;
    const hanging = vi.fn(
      (_url: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          signal = init?.signal ?? undefined;
          signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    connectivity.set('online');
    let settled: string | null = null;
    const result = probe(hanging as typeof fetch).then((s) => (settled = s));

    await vi.advanceTimersByTimeAsync(4_900);
    expect(settled).toBeNull();
    expect(signal?.aborted).toBe(false);

    await vi.advanceTimersByTimeAsync(200);
    await result;
    expect(signal?.aborted).toBe(true);
    expect(settled).toBe('offline');
    expect(connectivity.get()).toBe('offline');
  });

  it('says offline behind a captive portal: a 200 with a login page is not our server', async () => {
    connectivity.set('online');
    const portal = async () => new Response('<html><body>Log in to free Wi-Fi</body></html>', { status: 200, headers: { 'content-type': 'text/html' } });
    await expect(probe(portal as typeof fetch)).resolves.toBe('offline');
    expect(connectivity.get()).toBe('offline');
    // Only {"ok":true} is our answer; other JSON is not either.
    await expect(probe((async () => new Response('{"ok":false}', { status: 200 })) as typeof fetch)).resolves.toBe('offline');
    await expect(probe((async () => new Response('{"ok":true,"version":"0.1.0"}', { status: 200 })) as typeof fetch)).resolves.toBe('online');
  });

  it('reads the body within the timeout: headers then a stalled body is offline after 5 s, and the request is ended', async () => {
    vi.useFakeTimers();
    let signal: AbortSignal | undefined;
    let bodyEnded = false;
    const stalled = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
      signal = init?.signal ?? undefined;
      // Like a real fetch: the headers are in, the body never comes; aborting errors it.
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          signal?.addEventListener('abort', () => {
            bodyEnded = true;
            controller.error(new DOMException('aborted', 'AbortError'));
          });
        },
        cancel() {
          bodyEnded = true;
        },
      });
      return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
    });
    connectivity.set('online');
    let settled: string | null = null;
    const result = probe(stalled as typeof fetch).then((s) => (settled = s));
    await vi.advanceTimersByTimeAsync(4_900);
    expect(settled).toBeNull();
    await vi.advanceTimersByTimeAsync(200);
    await result;
    expect(settled).toBe('offline');
    expect(signal?.aborted).toBe(true);
    expect(bodyEnded).toBe(true);
  });

  it('never leaves an unread body open, whatever the status', async () => {
    const cancelled: number[] = [];
    const withBody = (status: number) =>
      (async () =>
        new Response(
          new ReadableStream({
            pull(controller) {
              controller.enqueue(new TextEncoder().encode('<html>Service unavailable</html>'));
              controller.close();
            },
            cancel: () => void cancelled.push(status),
          }),
          { status },
        )) as typeof fetch;
    for (const status of [200, 403, 503]) {
      const fetchImpl = withBody(status);
      const res = await (fetchImpl as () => Promise<Response>)();
      expect(res.bodyUsed).toBe(false);
      await expect(probe(async () => res)).resolves.toBe('offline');
      // Read to the end (or cancelled): nothing left open for this request.
      expect(res.bodyUsed || cancelled.includes(status)).toBe(true);
    }
  });
});
