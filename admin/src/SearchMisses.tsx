// "What were you looking for?": the texts people sent after a search found nothing, grouped and
// counted, most frequent first: where content is missing.
import type { Dashboard } from './api';
import { Scroll } from './bits';
import { useUi } from './ui';
import { fill } from './strings';
import { Section } from './Section';
import { looksPersonal } from '../../src/shared/feedback-text.js';
import type { Table } from './download';

export function SearchMisses({ data, fileName }: { data: Dashboard; fileName: string }) {
  const { t, f } = useUi();
  const s = data.searchMisses;
  const table = (): Table => ({ columns: ['text', 'times', 'last_at'], rows: s.top.map((g) => [g.text, g.count, g.lastAt]) });
  const json = () => ({ range: data.range, searchMisses: s });

  return (
    <Section id="search" title={t.searchTitle} fileName={fileName} table={table} json={json}>
      <p className="explain">{t.searchExplain}</p>
      {s.items === 0 ? (
        <p>{t.searchEmpty}</p>
      ) : (
        <>
          <p>{fill(t.searchTotals, { items: f.number(s.items), texts: f.number(s.distinctTexts) })}</p>
          <Scroll label={t.searchTitle}>
            <table className="searches">
              <thead>
                <tr>
                  <th scope="col">{t.searchText}</th>
                  <th scope="col" className="num">
                    {t.times}
                  </th>
                  <th scope="col">{t.lastTime}</th>
                </tr>
              </thead>
              <tbody>
                {s.top.map((g) => (
                  <tr key={g.text}>
                    <th scope="row" className="text-cell">
                      {g.text}
                      {looksPersonal(g.text) && <span className="warning inline">{t.personalWarning}</span>}
                    </th>
                    <td className="num">{f.number(g.count)}</td>
                    <td className="nowrap">{f.dateOf(g.lastAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Scroll>
        </>
      )}
    </Section>
  );
}
