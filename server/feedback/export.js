// Turns pages of rows from the read worker into CSV or JSON text, piece by piece, so a large
// export is streamed instead of built in memory, and the next page is only asked for when the
// socket wants more data. The rows are read in the worker; here only the text is made, one
// page (1000 rows, about a millisecond) at a time, so the event loop stays free between pages.
import { Readable } from 'node:stream';
import { EXPORT_COLUMNS } from './queries/export-page.js';
import { csvLine, UTF8_BOM } from './csv.js';

export const EXPORT_PAGE_ROWS = 1000;

/**
 * JSON export uses the same camelCase names as the ingest API, so a client
 * developer reads the same field names on both sides.
 * @param {import('./queries/export-page.js').FeedbackRow} row
 */
function toApiItem(row) {
  return {
    id: row.id,
    kind: row.kind,
    target: row.target,
    rating: row.rating,
    reason: row.reason,
    comment: row.comment,
    lang: row.lang,
    appVersion: row.app_version,
    contentVersion: row.content_version,
    src: row.src,
    createdAt: row.created_at,
    receivedDay: row.received_day,
    receivedAt: row.received_at,
    seq: row.seq,
  };
}

/**
 * @typedef {(after: number) => Promise<import('./queries/export-page.js').FeedbackRow[]>} PageSource
 *   the next page of rows with seq > after
 */

/**
 * @param {PageSource} nextPage
 * @returns {AsyncGenerator<import('./queries/export-page.js').FeedbackRow[]>}
 */
async function* pages(nextPage) {
  let after = 0;
  for (;;) {
    const rows = await nextPage(after);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < EXPORT_PAGE_ROWS) return;
    after = rows[rows.length - 1].seq;
  }
}

/** @param {PageSource} nextPage */
async function* csvChunks(nextPage) {
  yield UTF8_BOM + csvLine(EXPORT_COLUMNS);
  for await (const rows of pages(nextPage)) {
    yield rows.map((row) => csvLine(EXPORT_COLUMNS.map((c) => row[c]))).join('');
  }
}

/**
 * @param {PageSource} nextPage
 * @param {{ value: number }} lastSeq receives the highest seq sent
 */
async function* jsonChunks(nextPage, lastSeq) {
  yield '{"items":[';
  let first = true;
  for await (const rows of pages(nextPage)) {
    const text = rows.map((row) => JSON.stringify(toApiItem(row))).join(',');
    yield first ? text : `,${text}`;
    first = false;
    lastSeq.value = rows[rows.length - 1].seq;
  }
  // The cursor for the next incremental export: ?after=<lastSeq>.
  yield `],"lastSeq":${lastSeq.value}}`;
}

/**
 * @param {'csv' | 'json'} format
 * @param {PageSource} nextPage
 * @param {number} after where the caller's cursor starts
 * @returns {Readable}
 */
export function exportStream(format, nextPage, after) {
  /** @type {PageSource} */
  const from = (cursor) => nextPage(Math.max(cursor, after));
  return Readable.from(format === 'csv' ? csvChunks(from) : jsonChunks(from, { value: after }), { objectMode: false });
}
