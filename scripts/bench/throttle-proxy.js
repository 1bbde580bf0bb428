// A TCP proxy that behaves like a slow mobile link: fixed latency each way and a shared
// bandwidth limit per direction. It sits between Chromium and the server, so it slows
// every byte — including the service worker's precache downloads, which Chromium's own
// per-page network emulation does not throttle.
import net from 'node:net';

// "Slow 4G" as Lighthouse defines it: 150 ms RTT, ~1.6 Mbps down, 750 kbps up.
export const SLOW_4G = { name: 'slow 4G', rttMs: 150, downBytesPerSec: (1.6 * 1024 * 1024) / 8, upBytesPerSec: (750 * 1024) / 8 };
// A family at a border crossing (issue 15): a weak, crowded mobile link. The brief gives 400 kbps
// down and 400 ms RTT; no upload figure is given, so up is the same 400 kbps (the pages send
// only small requests, so this barely matters).
export const BORDER = { name: 'border', rttMs: 400, downBytesPerSec: (400 * 1024) / 8, upBytesPerSec: (400 * 1024) / 8 };

function makeLink(bytesPerSec, latencyMs) {
  let busyUntil = 0;
  // Returns when this chunk arrives at the far end: queued behind earlier bytes, then in flight.
  return (bytes) => {
    const now = performance.now();
    busyUntil = Math.max(now, busyUntil) + (bytes / bytesPerSec) * 1000;
    return busyUntil + latencyMs - now;
  };
}

export async function startThrottleProxy(targetPort, profile = SLOW_4G) {
  const down = makeLink(profile.downBytesPerSec, profile.rttMs / 2);
  const up = makeLink(profile.upBytesPerSec, profile.rttMs / 2);
  const sockets = new Set();
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    const pipe = (from, to, link) =>
      from.on('data', (chunk) => setTimeout(() => to.writable && to.write(chunk), link(chunk.length)));
    pipe(client, upstream, up);
    pipe(upstream, client, down);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: server.address().port,
    close: () =>
      new Promise((r) => {
        sockets.forEach((s) => s.destroy());
        server.close(r);
      }),
  };
}
