// The Qadam server: serves the built app with the right cache headers, compressed, plus
// /api/health and the feedback API. Logs are structured (pino) and carry no IP address,
// user agent or body.
import path from 'node:path';
import fs from 'node:fs';
import http from 'node:http';
import Fastify from 'fastify';
import fastifyStatic from '@fastify/static';
import fastifyCompress from '@fastify/compress';
import { SECURITY_HEADERS, SW_SECURITY_HEADERS, KIT_SECURITY_HEADERS, BASIC_HEADERS, cacheControlFor } from './headers.js';
import { parseAdminToken, parseRateLimit, parseTrustProxy } from './config.js';
import { clientErrorHandler, frameworkErrors } from './http-errors.js';
import { isAdminUrl, registerAdminPage } from './admin-page.js';
import { resolvePage } from './pages.js';

const pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/**
 * How long a client may take. A phone on a bad connection sends a 256 KiB batch well within
 * 30 s; a connection that sends nothing for longer is held by nobody useful (a stalled or
 * malicious upload), and without these Node would keep it open forever.
 */
export const DEFAULT_TIMEOUTS = Object.freeze({
  /** whole request (headers + body) must arrive within this */
  requestMs: 30_000,
  /** the headers must arrive within this */
  headersMs: 10_000,
  /** a socket with no traffic in either direction is closed after this */
  idleMs: 60_000,
  /** how often Node checks the two request timeouts (its default is 30 s: too coarse) */
  checkEveryMs: 1_000,
});

// Content types @fastify/compress may compress (text, JSON, JS, XML, SVG, manifests). A
// response of one of these types can be sent in another encoding to another client, so caches
// must key on Accept-Encoding, also when this copy happens to be uncompressed.
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json|[a-z.+-]*\+(json|xml))|image\/svg\+xml)/i;

/** @param {import('fastify').FastifyReply} reply */
function varyOnEncoding(reply) {
  const vary = String(reply.getHeader('vary') ?? '');
  if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary)) reply.header('vary', vary ? `${vary}, accept-encoding` : 'accept-encoding');
}

/**
 * @param {{ distDir: string, dataDir: string, logger?: boolean | object, adminToken?: string,
 *           feedback?: boolean, trustProxy?: false | number | string[], rateLimit?: number,
 *           timeouts?: Partial<typeof DEFAULT_TIMEOUTS> }} options
 *   adminToken, trustProxy and rateLimit default to QADAM_ADMIN_TOKEN, QADAM_TRUST_PROXY and
 *   QADAM_RATE_LIMIT (server/config.js).
 */
export async function buildServer({
  distDir,
  dataDir,
  logger = true,
  adminToken = parseAdminToken(process.env.QADAM_ADMIN_TOKEN),
  feedback = true,
  trustProxy = parseTrustProxy(process.env.QADAM_TRUST_PROXY),
  rateLimit = parseRateLimit(process.env.QADAM_RATE_LIMIT),
  timeouts = {},
}) {
  const t = { ...DEFAULT_TIMEOUTS, ...timeouts };
  const app = Fastify({
    // Node applies requestTimeout/headersTimeout only when it checks, every
    // connectionsCheckingInterval ms, which Fastify cannot set: so the server is made here
    // (and then Fastify leaves all its timeouts to us).
    serverFactory: (handler) => {
      const server = http.createServer(
        { connectionsCheckingInterval: t.checkEveryMs, headersTimeout: t.headersMs, requestTimeout: t.requestMs, keepAliveTimeout: 72_000 },
        handler,
      );
      server.setTimeout(t.idleMs);
      return server;
    },
    clientErrorHandler,
    frameworkErrors,
    logger: logger && {
      level: process.env.LOG_LEVEL ?? 'info',
      serializers: {
        // Only what an operator needs; no IP, no headers, no query string (it may hold a campaign tag — harmless, but not needed).
        req: (req) => ({ method: req.method, url: req.url.split('?')[0] }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
    },
    // Behind a reverse proxy (QADAM_TRUST_PROXY) the client address comes from
    // X-Forwarded-For, so each phone gets its own rate-limit bucket instead of all sharing the
    // proxy's. Only the rate limiter reads it, as a keyed hash (feedback/client-key.js).
    // A hop count is given to Fastify as a function: Fastify 5 ignores a bare number (it cannot
    // tell the proxy from a client that connects directly and sends its own header), so a hop
    // count is only right when the proxy is the only way in; docs/api-feedback.md says so.
    trustProxy: typeof trustProxy === 'number' ? (/** @type {string} */ _addr, /** @type {number} */ hop) => hop < trustProxy : trustProxy,
  });

  app.addHook('onSend', async (req, reply, payload) => {
    // The policy headers govern documents and workers; on every script or image they would
    // only add ~0.5 KB to each of the ~50 first-visit responses.
    const type = String(reply.getHeader('content-type') ?? '');
    const html = type.startsWith('text/html');
    const headers =
      req.url === '/sw.js' ? SW_SECURITY_HEADERS : html && req.url.startsWith('/kit/') ? KIT_SECURITY_HEADERS : html ? SECURITY_HEADERS : BASIC_HEADERS;
    for (const [k, v] of Object.entries(headers)) reply.header(k, v);
    if (COMPRESSIBLE.test(type) || reply.hasHeader('content-encoding')) varyOnEncoding(reply);
    // Hashed files are never revalidated (immutable): an etag on each would be bytes for nothing.
    if (String(reply.getHeader('cache-control') ?? '').includes('immutable')) reply.removeHeader('etag');
    return payload;
  });

  await app.register(fastifyCompress, { encodings: ['br', 'gzip'], threshold: 1024 });

  app.get('/api/health', async (req, reply) => {
    reply.header('cache-control', 'no-store');
    return { ok: true, version: pkg.version };
  });

  if (feedback) {
    const { openDatabase } = await import('./db.js');
    const { feedbackRoutes } = await import('./feedback/routes.js');
    fs.mkdirSync(dataDir, { recursive: true });
    const db = openDatabase(path.join(dataDir, 'qadam.db'));
    await app.register(feedbackRoutes, { db, adminToken, rateLimit: { max: rateLimit, timeWindow: 60_000 } });
    app.addHook('onClose', async () => db.close());
  }

  await app.register(fastifyStatic, {
    root: path.resolve(distDir),
    wildcard: true, // files are looked up per request, so a redeploy under a running server works
    index: false, // page URLs are answered below (server/pages.js), with or without a slash
    allowedPath: (pathname) => !pathname.endsWith('/'), // a folder is a page URL: also below
    cacheControl: false, // our own policy below, per path
    preCompressed: true, // .br/.gz written at build time by scripts/compress.js
    etag: true,
    // Bytes matter on a first visit of ~50 files: an etag is enough to revalidate, and no
    // client here asks for ranges.
    lastModified: false,
    acceptRanges: false,
    setHeaders: (res, filePath) => {
      const rel = '/' + path.relative(path.resolve(distDir), filePath).split(path.sep).join('/');
      res.setHeader('cache-control', cacheControlFor(rel));
      if (rel.endsWith('.webmanifest')) res.setHeader('content-type', 'application/manifest+json');
    },
  });

  // The NGO dashboard: its own page and build, never the family app's shell.
  registerAdminPage(app, { distDir });

  // Any other GET is a page: its prerendered HTML (server/pages.js), or the not-found page.
  // /api/*, /admin/* and files with an extension get a JSON 404.
  app.setNotFoundHandler((req, reply) => {
    const [url, query] = req.url.split('?');
    if (req.method !== 'GET' && req.method !== 'HEAD') return reply.code(404).send({ error: 'not found' });
    if (url.startsWith('/api/') || isAdminUrl(url) || /\.[a-z0-9]+$/i.test(url)) return reply.code(404).send({ error: 'not found' });
    const page = resolvePage(distDir, url, req.headers['accept-language']);
    reply.header('cache-control', 'no-cache');
    // The answer depends on Accept-Language for "/" and unknown URLs: caches must know.
    reply.header('vary', 'accept-language, accept-encoding');
    if ('redirect' in page) return reply.redirect(page.redirect + (query ? `?${query}` : ''), 302);
    return reply.code(page.status).type('text/html; charset=utf-8').sendFile(page.file);
  });

  return app;
}
