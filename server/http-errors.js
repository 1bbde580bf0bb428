// Answers for requests that never reach a route: a broken URL, unparseable HTTP, headers too
// large, a request that took too long to arrive. Same shape as every other refusal,
// {"error": "..."} as application/json, so a phone can tell our answer from a proxy's HTML
// page, and, like the rest, never repeating what the request contained.

/** @type {Record<string, [number, string]>} */
const CLIENT_ERRORS = {
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request took too long to arrive'],
  ERR_HTTP_HEADERS_TIMEOUT: [408, 'Request headers took too long to arrive'],
  HPE_HEADER_OVERFLOW: [431, 'Request headers are too large'],
};
const STATUS_TEXT = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };

/**
 * Fastify's clientErrorHandler: the socket-level answer (no request object exists yet).
 * @this {import('fastify').FastifyInstance}
 * @param {Error & { code?: string }} err
 * @param {import('node:net').Socket} socket
 */
export function clientErrorHandler(err, socket) {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, message] = CLIENT_ERRORS[err.code ?? ''] ?? [400, 'Malformed HTTP request'];
  const body = JSON.stringify({ error: message });
  this.log.debug({ code: err.code, statusCode: status }, 'client error');
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_TEXT[/** @type {400 | 408 | 431} */ (status)]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}

/**
 * Fastify's frameworkErrors: a URL that is not valid percent-encoding and the like. The
 * default message quotes the URL, which may carry anything.
 * @param {import('fastify').FastifyError} err
 * @param {import('fastify').FastifyRequest} _request
 * @param {import('fastify').FastifyReply} reply
 */
export function frameworkErrors(err, _request, reply) {
  const status = typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 400;
  return reply.code(status).type('application/json; charset=utf-8').send({ error: err.code === 'FST_ERR_BAD_URL' ? 'Malformed URL' : 'Request rejected' });
}
