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
});
