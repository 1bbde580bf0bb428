// NGO staff endpoints: export and summary, both behind the admin bearer token.
// Registered as a child plugin so the auth hook covers exactly these routes.
import { bearerAuth } from './auth.js';
import { parseSince } from './schema.js';
import { exportStream } from './export.js';
import { privateLogSerializers } from './errors.js';

/**
 * @param {import('fastify').FastifyInstance} fastify
 * @param {{ store: import('./store.js').FeedbackStore, adminToken: string }} opts
 */
export async function adminRoutes(fastify, { store, adminToken }) {
  fastify.addHook('onRequest', bearerAuth(adminToken));
  // Feedback text must not linger in browser or proxy caches.
  fastify.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  /**
   * @param {import('fastify').FastifyRequest} request
   * @returns {string | null}
   */
  const sinceOf = (request) => parseSince(/** @type {Record<string, unknown>} */ (request.query).since);
  const badSince = { error: 'since: must be a date (YYYY-MM-DD) or an ISO 8601 date-time with timezone' };

  fastify.get('/api/feedback/export', { logSerializers: privateLogSerializers }, async (request, reply) => {
    const { format = 'csv' } = /** @type {Record<string, unknown>} */ (request.query);
    if (format !== 'csv' && format !== 'json') return reply.code(400).send({ error: 'format: must be csv or json' });
    const since = sinceOf(request);
    if (since === null) return reply.code(400).send(badSince);

    const day = new Date().toISOString().slice(0, 10);
    reply
      .type(format === 'csv' ? 'text/csv; charset=utf-8; header=present' : 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="qadam-feedback-${day}.${format}"`);
    return reply.send(exportStream(format, store.exportPages(since)));
  });

  fastify.get('/api/feedback/summary', { logSerializers: privateLogSerializers }, async (request, reply) => {
    const since = sinceOf(request);
    if (since === null) return reply.code(400).send(badSince);
    return store.summary(since);
  });
}
