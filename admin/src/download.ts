// "Download what is on screen": each section hands over its rows, and the file is made here,
// in the browser, from the same data the section shows. CSV follows the export's rules
// (src/shared/csv.js): BOM for Excel, CRLF, quoting, and a guard against formulas in text
// that anyone could have typed.
import { csvLine, UTF8_BOM } from '../../src/shared/csv.js';

export type Cell = string | number | null | undefined;
export type Table = { columns: string[]; rows: Cell[][] };

export function toCsv({ columns, rows }: Table): string {
  return UTF8_BOM + csvLine(columns) + rows.map((r) => csvLine(r)).join('');
}

function save(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has taken the file once click() returns; the object URL is not needed after.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export const saveCsv = (name: string, table: Table) => save(`${name}.csv`, 'text/csv;charset=utf-8', toCsv(table));

export const saveJson = (name: string, data: unknown) => save(`${name}.json`, 'application/json', `${JSON.stringify(data, null, 2)}\n`);
