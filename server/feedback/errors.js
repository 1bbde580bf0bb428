// One error shape for every feedback route: {"error": "<short message>"}.
//
// Messages are fixed strings per error kind, never the raw error text: a JSON
// parser message can quote the body, and a body may contain a comment someone
// wrote about their family. For the same reason we log only status and code.

/** @type {Record<string, string>} */
const PUBLIC_MESSAGES = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'Malformed JSON body',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'Request body is empty; expected {"items":[...]}',
  FST_ERR_CTP_BODY_TOO_LARGE: 'Request body is too large (limit 262144 bytes)',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Content-Type must be application/json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Content-Length does not match the body',
};

/**
 * Storage trouble that goes away by itself or when an operator frees space: the phone should
 * keep the items and retry, so it gets 503 + Retry-After, not 500.
 * SQLITE_FULL: disk (or max_page_count) full. SQLITE_IOERR*: the disk failed a read/write.
 * SQLITE_BUSY / SQLITE_LOCKED: another connection held the lock past busy_timeout.
 */
const UNAVAILABLE_CODES = /^(SQLITE_FULL|SQLITE_IOERR(_[A-Z_]+)?|SQLITE_BUSY(_[A-Z_]+)?|SQLITE_LOCKED(_[A-Z_]+)?|ENOSPC)$/;
export const UNAVAILABLE_RETRY_AFTER_S = 60;

/**
 * @param {import('fastify').FastifyError & { expose?: boolean }} err
 * @param {import('fastify').FastifyRequest} request
 * @param {import('fastify').FastifyReply} reply
 */
export function feedbackErrorHandler(err, request, reply) {
  if (typeof err.code === 'string' && UNAVAILABLE_CODES.test(err.code)) {
    request.log.error({ err }, 'feedback storage unavailable');
    reply.header('retry-after', String(UNAVAILABLE_RETRY_AFTER_S));
    return reply.code(503).send({ error: 'Storage temporarily unavailable; please retry later' });
  }
  const code = typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
  if (code >= 500) {
    // Server faults need the stack to be fixed; SQLite errors carry no row data.
    request.log.error({ err }, 'feedback route failed');
    return reply.code(code).send({ error: 'Internal server error; please retry later' });
  }
  request.log.info({ statusCode: code, code: err.code }, 'feedback request rejected');
  const message =
    PUBLIC_MESSAGES[err.code] ??
    // Our own errors (rate limit, 415 below) are written to be shown as is.
    (err.expose === true ? err.message : `Request rejected (${code})`);
  return reply.code(code).send({ error: message });
}

/**
 * An error whose message is safe to send to the client.
 * @param {number} statusCode
 * @param {string} message
 */
export function publicError(statusCode, message) {
  const err = /** @type {import('fastify').FastifyError & { expose: boolean }} */ (new Error(message));
  err.statusCode = statusCode;
  err.expose = true;
  return err;
}

/**
 * Log serializers for our routes: method and path only. The app's defaults
 * would add the client address and port to every request line.
 */
export const privateLogSerializers = {
  /** @param {import('fastify').FastifyRequest} req */
  req: (req) => ({ method: req.method, url: req.url.split('?')[0] }),
};
