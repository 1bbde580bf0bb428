// Turns pages of rows from the store into CSV or JSON text, piece by piece,
// so a large export is streamed instead of built in memory.
import { Readable } from 'node:stream';
import { EXPORT_COLUMNS } from './store.js';
import { csvLine, UTF8_BOM } from './csv.js';

/**
 * JSON export uses the same camelCase names as the ingest API, so a client
 * developer reads the same field names on both sides.
 * @param {import('./store.js').FeedbackRow} row
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
  };
}

/**
 * @param {Iterable<import('./store.js').FeedbackRow[]>} pages
 * @returns {Generator<string>}
 */
function* csvChunks(pages) {
  yield UTF8_BOM + csvLine(EXPORT_COLUMNS);
  for (const rows of pages) {
    yield rows.map((row) => csvLine(EXPORT_COLUMNS.map((c) => row[c]))).join('');
  }
}

/**
 * @param {Iterable<import('./store.js').FeedbackRow[]>} pages
 * @returns {Generator<string>}
 */
function* jsonChunks(pages) {
  yield '{"items":[';
  let first = true;
  for (const rows of pages) {
    const text = rows.map((row) => JSON.stringify(toApiItem(row))).join(',');
    yield first ? text : `,${text}`;
    first = false;
  }
  yield ']}';
}

/**
 * @param {'csv' | 'json'} format
 * @param {Iterable<import('./store.js').FeedbackRow[]>} pages
 * @returns {Readable}
 */
export function exportStream(format, pages) {
  // Readable.from pulls the next page only when the socket wants more data.
  return Readable.from(format === 'csv' ? csvChunks(pages) : jsonChunks(pages), { objectMode: false });
}
