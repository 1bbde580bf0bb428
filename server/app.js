// The Qadam server: serves the built app with the right cache headers, compressed, plus
// /api/health and the feedback API. Logs are structured (pino) and carry no IP address,
// user agent or body.
import path from 'node:path';
import fs from 'node:fs';
import Fastify from 'fastify';
import fastifyStatic from '@fastify/static';
import fastifyCompress from '@fastify/compress';
import { SECURITY_HEADERS, SW_SECURITY_HEADERS, BASIC_HEADERS, cacheControlFor } from './headers.js';
import { resolvePage } from './pages.js';

const pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/**
 * @param {{ distDir: string, dataDir: string, logger?: boolean | object, adminToken?: string,
 *           feedback?: boolean }} options
 */
export async function buildServer({ distDir, dataDir, logger = true, adminToken = process.env.QADAM_ADMIN_TOKEN ?? '', feedback = true }) {
  const app = Fastify({
    logger: logger && {
      level: process.env.LOG_LEVEL ?? 'info',
      serializers: {
        // Only what an operator needs; no IP, no headers, no query string (it may hold a campaign tag — harmless, but not needed).
        req: (req) => ({ method: req.method, url: req.url.split('?')[0] }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
    },
    trustProxy: false,
  });

  app.addHook('onSend', async (req, reply, payload) => {
    // The policy headers govern documents and workers; on every script or image they would
    // only add ~0.5 KB to each of the ~50 first-visit responses.
    const type = String(reply.getHeader('content-type') ?? '');
    const headers = req.url === '/sw.js' ? SW_SECURITY_HEADERS : type.startsWith('text/html') ? SECURITY_HEADERS : BASIC_HEADERS;
    for (const [k, v] of Object.entries(headers)) reply.header(k, v);
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
    await app.register(feedbackRoutes, { db, adminToken, rateLimit: { max: 60, timeWindow: 60_000 } });
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

  // Any other GET is a page: its prerendered HTML (server/pages.js), or the not-found page.
  // /api/* and files with an extension get a JSON 404.
  app.setNotFoundHandler((req, reply) => {
    const [url, query] = req.url.split('?');
    if (req.method !== 'GET' && req.method !== 'HEAD') return reply.code(404).send({ error: 'not found' });
    if (url.startsWith('/api/') || /\.[a-z0-9]+$/i.test(url)) return reply.code(404).send({ error: 'not found' });
    const page = resolvePage(distDir, url, req.headers['accept-language']);
    reply.header('cache-control', 'no-cache');
    // The answer depends on Accept-Language for "/" and unknown URLs: caches must know.
    reply.header('vary', 'accept-language, accept-encoding');
    if ('redirect' in page) return reply.redirect(page.redirect + (query ? `?${query}` : ''), 302);
    return reply.code(page.status).type('text/html; charset=utf-8').sendFile(page.file);
  });

  return app;
}
