// The NGO dashboard page (/admin), a separate build in dist/admin/ (vite.admin.config.ts).
// Served only at /admin and /admin/ (its files under /admin/assets/ come from the static
// handler); nothing else under /admin/ falls back to the family app's shell. Every /admin
// response says noindex: the page is for staff, not for search engines.
import fs from 'node:fs';
import path from 'node:path';

export const ADMIN_PREFIX = '/admin';
export const ROBOTS = 'noindex, nofollow';

/** True for /admin, /admin/ and anything below it. @param {string} url */
export const isAdminUrl = (url) => url === ADMIN_PREFIX || url.startsWith(`${ADMIN_PREFIX}/`) || url.startsWith(`${ADMIN_PREFIX}?`);

/**
 * Registers the page routes and the noindex header. Called on the root instance (not as an
 * encapsulated plugin) so the header hook covers the static files under /admin/ too.
 * @param {import('fastify').FastifyInstance} app
 * @param {{ distDir: string }} options
 */
export function registerAdminPage(app, { distDir }) {
  const indexFile = path.join(path.resolve(distDir), 'admin', 'index.html');

  app.addHook('onSend', async (req, reply, payload) => {
    if (isAdminUrl(req.url)) reply.header('x-robots-tag', ROBOTS);
    return payload;
  });

  /** @type {import('fastify').RouteHandlerMethod} */
  const page = (_req, reply) => {
    if (!fs.existsSync(indexFile)) {
      return reply.code(404).send({ error: 'the dashboard is not built: run npm run build' });
    }
    reply.header('cache-control', 'no-cache');
    return reply.type('text/html; charset=utf-8').sendFile('admin/index.html');
  };
  app.get(ADMIN_PREFIX, page);
  app.get(`${ADMIN_PREFIX}/`, page);
}
