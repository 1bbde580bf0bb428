// GET /api/feedback/comments: the text people wrote, newest first, filtered and paged, for NGO
// staff to read and (DELETE) remove. Paged by a keyset cursor (createdAt, seq), so a page is
// one short indexed query however deep the reader goes.

/**
 * @typedef {object} CommentFilter
 * @property {string} [kind]
 * @property {string} [lang]
 * @property {string | null} [src]     null: items without a campaign tag
 * @property {string} [target]
 * @property {string} start            ISO, inclusive
 * @property {string} end              ISO, exclusive
 * @property {{ createdAt: string, seq: number } | null} before  cursor from the previous page
 * @property {number} limit
 */

/**
 * @param {import('better-sqlite3').Database} db
 * @param {CommentFilter} f
 */
export function listComments(db, f) {
  const where = ['comment IS NOT NULL', 'created_at >= @start', 'created_at < @end'];
  /** @type {Record<string, unknown>} */
  const params = { start: f.start, end: f.end, limit: f.limit + 1 };
  /** @param {string} column @param {unknown} value */
  const equals = (column, value) => {
    where.push(`${column} = @${column}`);
    params[column] = value;
  };
  if (f.kind !== undefined) equals('kind', f.kind);
  if (f.lang !== undefined) equals('lang', f.lang);
  if (f.target !== undefined) equals('target', f.target);
  if (f.src === null) where.push('src IS NULL');
  else if (f.src !== undefined) equals('src', f.src);
  if (f.before) {
    where.push('(created_at, seq) < (@beforeCreated, @beforeSeq)');
    params.beforeCreated = f.before.createdAt;
    params.beforeSeq = f.before.seq;
  }
  // The comments index walked newest first stops after one page; the planner, without
  // statistics, would rather take all rows of a kind and sort them. One point's comments
  // have an index of their own.
  const index = f.target !== undefined && f.kind === 'point' ? 'feedback_point_comments' : 'feedback_comments';
  if (index === 'feedback_point_comments') where.push("kind = 'point'");
  const rows = /** @type {Record<string, any>[]} */ (
    db
      .prepare(
        `SELECT seq, id, kind, target, rating, reason, comment, lang, src, created_at AS createdAt, received_at AS receivedAt
         FROM feedback INDEXED BY ${index} WHERE ${where.join(' AND ')} ORDER BY created_at DESC, seq DESC LIMIT @limit`,
      )
      .all(params)
  );
  const more = rows.length > f.limit;
  const items = more ? rows.slice(0, f.limit) : rows;
  const last = items[items.length - 1];
  return { items, nextCursor: more && last ? `${last.createdAt}~${last.seq}` : null };
}
