// NGO staff endpoints, all behind the admin bearer token (auth.js): export, the old summary,
// the dashboard summary, the comments list and comment deletion. Registered as a child plugin
// so the auth hook covers exactly these routes. Reads go to the read worker (reader.js).
import { bearerAuth } from './auth.js';
import { exportStream, EXPORT_PAGE_ROWS } from './export.js';
import { privateLogSerializers } from './errors.js';
import { BAD_PARAM, ParamError, commentsParams, dashboardParams, exportParams, feedbackIdParam, summaryParams } from './admin-params.js';

/**
 * @typedef {object} AdminOptions
 * @property {import('./store.js').FeedbackStore} store  writes (comment deletion)
 * @property {{ call: import('./reader.js').Reader['call'] }} reader  reads
 * @property {string} adminToken
 * @property {(request: { ip?: string }) => string} clientKey
 */

/**
 * @param {import('fastify').FastifyInstance} fastify
 * @param {AdminOptions} opts
 */
export async function adminRoutes(fastify, { store, reader, adminToken, clientKey }) {
  fastify.addHook('onRequest', bearerAuth(adminToken, { clientKey }));
  // Feedback text must not linger in browser or proxy caches.
  fastify.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  /**
   * Parses with `parse`, answering 400 {"error"} for a ParamError.
   * @template T
   * @param {import('fastify').FastifyReply} reply
   * @param {() => T} parse
   * @returns {T | undefined}
   */
  const params = (reply, parse) => {
    try {
      return parse();
    } catch (err) {
      if (!(err instanceof ParamError)) throw err;
      reply.code(400).send({ error: err.message });
      return undefined;
    }
  };
  const routeOpts = { logSerializers: privateLogSerializers };

  fastify.get('/api/feedback/export', routeOpts, async (request, reply) => {
    const p = params(reply, () => exportParams(request.query));
    if (!p) return reply;
    // The first page is read before answering, so a database error is a clean 5xx, not a
    // cut-off download.
    const first = await reader.call('exportPage', { after: p.after, since: p.since, limit: EXPORT_PAGE_ROWS });
    let firstUsed = false;
    /** @param {number} after */
    const nextPage = async (after) => {
      if (!firstUsed) {
        firstUsed = true;
        return first;
      }
      return reader.call('exportPage', { after, since: p.since, limit: EXPORT_PAGE_ROWS });
    };
    const day = new Date().toISOString().slice(0, 10);
    reply
      .type(p.format === 'csv' ? 'text/csv; charset=utf-8; header=present' : 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="qadam-feedback-${day}.${p.format}"`);
    return reply.send(exportStream(p.format, nextPage, p.after));
  });

  fastify.get('/api/feedback/summary', routeOpts, async (request, reply) => {
    const p = params(reply, () => summaryParams(request.query));
    if (!p) return reply;
    return reader.call('legacySummary', p);
  });

  fastify.get('/api/feedback/dashboard', routeOpts, async (request, reply) => {
    const p = params(reply, () => dashboardParams(request.query));
    if (!p) return reply;
    try {
      return await reader.call('dashboard', p);
    } catch (err) {
      if (/** @type {{ code?: string }} */ (err).code !== BAD_PARAM) throw err;
      return reply.code(400).send({ error: /** @type {Error} */ (err).message });
    }
  });

  fastify.get('/api/feedback/comments', routeOpts, async (request, reply) => {
    const p = params(reply, () => commentsParams(request.query));
    if (!p) return reply;
    return reader.call('listComments', p);
  });

  fastify.delete('/api/feedback/comments/:id', routeOpts, async (request, reply) => {
    const id = params(reply, () => feedbackIdParam(request.params));
    if (!id) return reply;
    const deleted = store.deleteComment(id);
    if (!deleted) return reply.code(404).send({ error: 'no comment with this feedback id' });
    // Which item, never what it said: the text is gone and must not survive in the logs.
    request.log.info({ feedbackId: id, seq: deleted.seq, kind: deleted.kind }, 'feedback comment deleted');
    return { id, commentDeleted: true };
  });
}
