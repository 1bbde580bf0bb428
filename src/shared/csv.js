// @ts-check
// RFC 4180 CSV, hardened for spreadsheets: feedback comments are typed by
// anyone on the internet and then opened by NGO staff in Excel/LibreOffice.

// A cell starting with one of these is run as a formula by spreadsheet apps
// ("=HYPERLINK(...)", "@SUM(...)", "+cmd|..."). Tab and CR are on OWASP's list
// too because some apps strip them and then see the formula behind them.
const FORMULA_START = /^[=+\-@\t\r]/;
// ";" too: Excel in ru/kk (and most European) locales splits CSV on ";", so an unquoted
// "ok;=HYPERLINK(...)" would become two cells, the second one a live formula.
const NEEDS_QUOTES = /[",;\r\n]/;
// NUL cuts a cell short in some spreadsheet apps (and hides what follows from the guard above);
// validation keeps it out of new rows, this keeps it out of the file for any older row.
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const NUL = /\u0000/g;

/**
 * One cell: null becomes empty, NUL is removed, formula-looking text gets a leading single
 * quote (shown as text, not run), and quoting follows RFC 4180.
 * @param {string | number | null | undefined} value
 * @returns {string}
 */
export function csvCell(value) {
  if (value === null || value === undefined) return '';
  let s = String(value).replace(NUL, '');
  if (FORMULA_START.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * One record, CRLF-terminated as RFC 4180 asks.
 * @param {ReadonlyArray<string | number | null | undefined>} values
 * @returns {string}
 */
export function csvLine(values) {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/**
 * A UTF-8 byte order mark, written first. Without it Excel opens UTF-8 CSV as
 * a legacy code page and every Cyrillic/Kazakh/Tajik comment turns to garbage.
 */
export const UTF8_BOM = '\uFEFF';
