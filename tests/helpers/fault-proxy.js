// A small HTTP proxy that sits between a phone (the real app in Chromium, or the soak's
// simulated phones) and the real server, and plays the bad networks families meet (issue 11):
//
//   portal     a captive portal: 200 with a login page (HTML) for everything, /api/health too
//   firewall   a firewall or filtering proxy: 403 with its HTML page
//   stall      passes the request on (the server may store it!), sends the answer's headers,
//              then never the body
//   reset      passes the request on, sends the headers and half the body, then resets the
//              connection (TCP RST)
//   gateway502 / gateway503   a gateway whose upstream is gone: 502 / 503 with an HTML page
//
// `setMode(mode, { scope })` applies one fault to the requests in scope ('all', 'api' =
// /api/*, 'feedback' = POST /api/feedback); 'healthy' passes everything on untouched.
// `setMode('random', { rate })` picks a fault at random (seeded) for each request in scope
// with probability `rate`. `faults` counts what was injected, by kind.
import http from 'node:http';

export const FAULTS = /** @type {const} */ (['portal', 'firewall', 'stall', 'reset', 'gateway502', 'gateway503']);

const PAGES = {
  portal: [200, '<!doctype html><html><body><h1>Welcome to Free Wi-Fi</h1><form>Log in to continue</form></body></html>'],
  firewall: [403, '<!doctype html><html><body><h1>Access denied</h1><p>This site is blocked by your network policy.</p></body></html>'],
  gateway502: [502, '<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>'],
  gateway503: [503, '<!doctype html><html><body><h1>503 Service Temporarily Unavailable</h1></body></html>'],
};

/** Small seeded random numbers (mulberry32), so a soak run can be repeated. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const inScope = (scope, req) =>
  scope === 'all' || (scope === 'api' && req.url.startsWith('/api/')) || (scope === 'feedback' && req.method === 'POST' && req.url.split('?')[0] === '/api/feedback');

/**
 * @param {{ upstream: string, seed?: number, upstreamAddress?: (req: import('node:http').IncomingMessage) => string | undefined }} options
 *   upstreamAddress: the local address to reach the server from (127.0.0.x), so that phones
 *   behind the proxy are different clients to the server's per-client rate limit.
 */
export async function startFaultProxy({ upstream, seed = 1, upstreamAddress = () => undefined }) {
  const target = new URL(upstream);
  const random = seededRandom(seed);
  const faults = Object.fromEntries(FAULTS.map((f) => [f, 0]));
  let mode = 'healthy';
  let scope = 'all';
  let rate = 0;
  let passed = 0;
  const open = new Set();

  /** Passes the request on; `answer(upstreamResponse)` decides what the phone gets. */
  function forward(req, res, answer) {
    const headers = { ...req.headers };
    delete headers['x-phone']; // the soak's phone number, for upstreamAddress only
    const up = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers,
        localAddress: upstreamAddress(req),
      },
      answer,
    );
    up.on('error', () => res.destroy());
    req.pipe(up);
  }

  function pick(req) {
    if (mode === 'healthy' || !inScope(scope, req)) return 'healthy';
    if (mode !== 'random') return mode;
    return random() < rate ? FAULTS[Math.floor(random() * FAULTS.length)] : 'healthy';
  }

  const server = http.createServer((req, res) => {
    const kind = pick(req);
    if (kind === 'healthy') {
      passed += 1;
      return forward(req, res, (upRes) => {
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.pipe(res);
      });
    }
    faults[kind] += 1;
    if (kind in PAGES) {
      const [status, page] = PAGES[kind];
      req.resume();
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', connection: 'close' });
      return res.end(page);
    }
    if (kind === 'stall') {
      return forward(req, res, (upRes) => {
        res.writeHead(upRes.statusCode ?? 200, upRes.headers);
        res.flushHeaders();
        upRes.resume(); // the server's answer is read and thrown away: the body never comes
      });
    }
    // reset: headers and half of the body, then the connection is torn down.
    return forward(req, res, (upRes) => {
      const chunks = [];
      upRes.on('data', (c) => chunks.push(c));
      upRes.on('end', () => {
        const body = Buffer.concat(chunks);
        res.writeHead(upRes.statusCode ?? 200, upRes.headers);
        res.write(body.subarray(0, Math.floor(body.length / 2)));
        const socket = req.socket;
        setImmediate(() => (socket.resetAndDestroy ? socket.resetAndDestroy() : socket.destroy()));
      });
    });
  });
  server.on('connection', (socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());

  return {
    url: `http://127.0.0.1:${port}`,
    faults,
    /** Requests passed on untouched. */
    passed: () => passed,
    /**
     * @param {'healthy' | 'random' | typeof FAULTS[number]} next
     * @param {{ scope?: 'all' | 'api' | 'feedback', rate?: number }} [options]
     */
    setMode(next, options = {}) {
      mode = next;
      scope = options.scope ?? 'all';
      rate = options.rate ?? 0;
    },
    /** Ends every connection held open (stalled answers among them), then stops. */
    close: () =>
      new Promise((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve(undefined));
      }),
  };
}
