// One part of the dashboard: a heading, its two downloads (what the section shows, as CSV and
// as JSON) and its content.
import type { ReactNode } from 'react';
import { useUi } from './ui';
import { fill } from './strings';
import { saveCsv, saveJson, type Table } from './download';

type Props = {
  id: string;
  title: string;
  /** File name without extension, e.g. qadam-funnel-2026-11-01_2026-11-30 */
  fileName: string;
  table: () => Table;
  json: () => unknown;
  children: ReactNode;
};

export function Section({ id, title, fileName, table, json, children }: Props) {
  const { t } = useUi();
  const what = fill(t.downloadOf, { section: title });
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid={`section-${id}`}>
      <div className="section-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <div className="downloads">
          <button type="button" onClick={() => saveCsv(fileName, table())} aria-label={`${what}, ${t.downloadCsv}`} data-testid={`${id}-csv`}>
            {t.downloadCsv}
          </button>
          <button type="button" onClick={() => saveJson(fileName, json())} aria-label={`${what}, ${t.downloadJson}`} data-testid={`${id}-json`}>
            {t.downloadJson}
          </button>
        </div>
      </div>
      {children}
    </section>
  );
}
