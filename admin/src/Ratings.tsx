// Helpful / not helpful per article and checklist, in one table sortable by any column, each
// row linking to the page in the family app (in the dashboard's language).
import { useMemo, useState } from 'react';
import { Scroll } from './bits';
import type { Dashboard } from './api';
import { useUi } from './ui';
import { fill } from './strings';
import { Section } from './Section';
import type { Table } from './download';

type Row = { kind: 'article' | 'checklist'; target: string; up: number; down: number; votes: number; share: number };
type Key = 'target' | 'kind' | 'up' | 'down' | 'share' | 'votes';
type Sort = { key: Key; dir: 'ascending' | 'descending' };

export function Ratings({ data, fileName }: { data: Dashboard; fileName: string }) {
  const { t, f, lang } = useUi();
  const [sort, setSort] = useState<Sort>({ key: 'votes', dir: 'descending' });
  const rows = useMemo(() => {
    const all: Row[] = (['article', 'checklist'] as const).flatMap((kind) =>
      data.ratings[kind].map((r) => ({ kind, ...r, votes: r.up + r.down, share: r.up + r.down ? r.up / (r.up + r.down) : 0 })),
    );
    const sign = sort.dir === 'ascending' ? 1 : -1;
    return all.sort((a, b) => {
      const x = a[sort.key];
      const y = b[sort.key];
      const primary = typeof x === 'number' ? x - (y as number) : String(x).localeCompare(String(y));
      return sign * primary || a.target.localeCompare(b.target);
    });
  }, [data, sort]);

  const columns: { key: Key; label: string; num: boolean }[] = [
    { key: 'target', label: t.page, num: false },
    { key: 'kind', label: t.type, num: false },
    { key: 'up', label: t.helpful, num: true },
    { key: 'down', label: t.notHelpful, num: true },
    { key: 'share', label: t.helpfulShare, num: true },
    { key: 'votes', label: t.votes, num: true },
  ];
  const toggle = (key: Key) =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === 'ascending' ? 'descending' : 'ascending' } : { key, dir: key === 'target' || key === 'kind' ? 'ascending' : 'descending' }));
  const href = (r: Row) => `/${lang}/${r.kind === 'article' ? 'rights' : 'checklists'}/${r.target}`;

  const table = (): Table => ({
    columns: ['kind', 'id', 'helpful', 'not_helpful', 'votes', 'page'],
    rows: rows.map((r) => [r.kind, r.target, r.up, r.down, r.votes, href(r)]),
  });
  const json = () => ({ range: data.range, ratings: rows.map((r) => ({ kind: r.kind, id: r.target, helpful: r.up, notHelpful: r.down, page: href(r) })) });

  return (
    <Section id="ratings" title={t.ratingsTitle} fileName={fileName} table={table} json={json}>
      {rows.length === 0 ? (
        <p>{t.ratingsEmpty}</p>
      ) : (
        <Scroll label={t.ratingsTitle}>
          <table className="ratings">
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.key} scope="col" className={`${c.num ? 'num' : ''} col-${c.key}`} aria-sort={sort.key === c.key ? sort.dir : undefined}>
                    <button type="button" className="sort" onClick={() => toggle(c.key)} aria-label={fill(t.sortBy, { column: c.label })}>
                      {c.label}
                      <span aria-hidden="true" className="sort-mark">
                        {sort.key === c.key ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.kind}:${r.target}`} data-target={r.target}>
                  <th scope="row">
                    <a href={href(r)} target="_blank" rel="noopener noreferrer">
                      {r.target}
                    </a>
                    {/* On a phone the type column is hidden and its word shows here instead. */}
                    <span className="type-inline muted">{r.kind === 'article' ? t.article : t.checklist}</span>
                  </th>
                  <td className="col-kind">{r.kind === 'article' ? t.article : t.checklist}</td>
                  <td className="num">{f.number(r.up)}</td>
                  <td className="num">{f.number(r.down)}</td>
                  <td className="num col-share">{f.percent(r.share)}</td>
                  <td className="num">{f.number(r.votes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      )}
    </Section>
  );
}
