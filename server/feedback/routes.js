// Fastify plugin: POST /api/feedback (public, rate limited) and, when an admin
// token is configured, the NGO endpoints in admin.js.
//
// Deliberately NOT wrapped in fastify-plugin: the error handler, the content
// type parsers and the rate limiter registered here stay inside this plugin
// and do not change the rest of the app.
import rateLimitPlugin from '@fastify/rate-limit';
import { checkEnvelope, checkItem } from './schema.js';
import { createFeedbackStore } from './store.js';
import { createClientKeyGenerator } from './client-key.js';
import { feedbackErrorHandler, privateLogSerializers, publicError } from './errors.js';
import { adminRoutes } from './admin.js';
import { MIN_TOKEN_LENGTH } from './auth.js';
import { createReader } from './reader.js';
import { createQueries } from './queries/index.js';
import { LIMITS } from '../../src/shared/facts.js';

/**
 * 256 KiB: a full batch of everyday feedback (short or no comments) fits many
 * times over; a client with long comments splits its outbox into smaller
 * batches. Anything bigger is a bug or a flood, refused before parsing.
 */
export const BODY_LIMIT_BYTES = LIMITS.bodyBytes;

/**
 * @typedef {object} FeedbackRoutesOptions
 * @property {import('better-sqlite3').Database} db  opened with openDatabase()
 * @property {string} [adminToken]  empty or shorter than 16 characters (after trimming):
 *   admin routes are not registered at all
 * @property {{ max: number, timeWindow: number } | false} [rateLimit]  per client,
 *   POST /api/feedback only; false turns it off (benchmarks)
 */

/**
 * @param {import('fastify').FastifyInstance} fastify
 * @param {FeedbackRoutesOptions} opts
 */
export async function feedbackRoutes(fastify, opts) {
  const { db, adminToken = '', rateLimit = { max: 60, timeWindow: 60_000 } } = opts;
  if (!db) throw new Error('feedbackRoutes: option db is required');
  const store = createFeedbackStore(db);
  // One key generator for the feedback rate limit and the admin wrong-token limit.
  const clientKey = createClientKeyGenerator();

  fastify.setErrorHandler(feedbackErrorHandler);
  // Fastify accepts text/plain by default; this API only speaks JSON, so any
  // other type is answered 415 by Fastify before the body is even read.
  fastify.removeContentTypeParser('text/plain');

  if (rateLimit) {
    await fastify.register(rateLimitPlugin, {
      global: false, // only routes that opt in below
      hook: 'onRequest', // refuse before reading/parsing the body
      keyGenerator: clientKey,
      errorResponseBuilder: (_request, context) =>
        publicError(context.statusCode, `Too many requests; retry in ${context.after}`),
    });
  }

  fastify.post(
    '/api/feedback',
    {
      bodyLimit: BODY_LIMIT_BYTES,
      logSerializers: privateLogSerializers,
      config: rateLimit ? { rateLimit: { max: rateLimit.max, timeWindow: rateLimit.timeWindow } } : {},
    },
    async (request, reply) => {
      // A POST without Content-Type and without a body skips the parsers.
      if (request.body === undefined) throw publicError(415, 'Content-Type must be application/json');
      const envelope = checkEnvelope(request.body);
      if (!envelope.ok) return reply.code(400).send({ error: envelope.error });

      // Validate outside the transaction (pure CPU), then write in one go.
      const now = Date.now();
      const checks = envelope.items.map((raw) => checkItem(raw, now));
      const results = store.ingest(checks, new Date(now));
      return { results };
    },
  );

  const token = adminToken.trim();
  if (token && token.length < MIN_TOKEN_LENGTH) {
    // A short token can be guessed even at 10 tries a minute; refusing to start the admin
    // routes is the only safe answer. The rest of the server runs.
    fastify.log.error(`QADAM_ADMIN_TOKEN is shorter than ${MIN_TOKEN_LENGTH} characters: admin routes are OFF. Use a long random token (e.g. openssl rand -hex 24).`);
  } else if (token) {
    // Reads run in a worker thread on their own read-only connection; an in-memory database
    // cannot be shared with a thread, so it is read on this one.
    const reader = db.memory ? inlineReader(db) : createReader(db.name);
    fastify.addHook('onClose', async () => reader.close());
    await fastify.register(adminRoutes, { store, reader, adminToken: token, clientKey });
  }
}

/**
 * The reader interface on the main thread's own connection.
 * @param {import('better-sqlite3').Database} db
 */
function inlineReader(db) {
  const queries = /** @type {Record<string, (a: unknown) => unknown>} */ (/** @type {unknown} */ (createQueries(db)));
  return {
    /** @type {import('./reader.js').Reader['call']} */
    call: /** @type {any} */ (async (/** @type {string} */ op, /** @type {unknown} */ args) => queries[op](args)),
    async close() {},
  };
}
