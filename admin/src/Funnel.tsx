// Opened → ready offline → gave feedback, per channel (?src= tag), as counts and as bars. One
// scale for every bar in the table, so channels compare at a glance.
import type { Dashboard, FunnelRow } from './api';
import { Scroll } from './bits';
import { useUi } from './ui';
import { Section } from './Section';
import type { Table } from './download';

const STAGES = ['opened', 'ready', 'feedback'] as const;
type Stage = (typeof STAGES)[number];

export const NONE = '(none)';

export function Funnel({ data, fileName }: { data: Dashboard; fileName: string }) {
  const { t, f } = useUi();
  const rows = data.funnel;
  const max = Math.max(1, ...rows.flatMap((r) => STAGES.map((s) => r[s])));
  const stageLabel: Record<Stage, string> = { opened: t.opened, ready: t.ready, feedback: t.gaveFeedback };
  const channel = (src: string) => (src === NONE ? t.noChannel : src);

  const table = (): Table => ({
    columns: ['channel', 'opened', 'ready_offline', 'gave_feedback'],
    rows: [...rows.map((r) => [r.src, r.opened, r.ready, r.feedback]), ['(all)', data.funnelTotal.opened, data.funnelTotal.ready, data.funnelTotal.feedback]],
  });
  const json = () => ({ range: data.range, funnel: rows, total: data.funnelTotal });

  // Explicit table roles: on a phone the rows are laid out as blocks (admin.css), and a table
  // whose parts change `display` can lose its table semantics without them.
  const cell = (r: Omit<FunnelRow, 'src'>, s: Stage, bar: boolean) => (
    <td key={s} className="num" role="cell" data-stage={s}>
      <span className="stage-name" aria-hidden="true">
        {stageLabel[s]}
      </span>
      <span className="count">{f.number(r[s])}</span>
      {/* Share of "opened" only for "ready": feedback counts items, several per phone. */}
      {s === 'ready' && r.opened > 0 && <span className="muted share"> ({f.percent(r[s] / r.opened)})</span>}
      {bar && (
        <span className="bar-track" aria-hidden="true">
          {r[s] > 0 && <span className={`bar bar-${s}`} style={{ width: `${(100 * r[s]) / max}%` }} />}
        </span>
      )}
    </td>
  );

  return (
    <Section id="funnel" title={t.funnelTitle} fileName={fileName} table={table} json={json}>
      <p className="explain">{t.funnelExplain}</p>
      {rows.length === 0 ? (
        <p>{t.funnelEmpty}</p>
      ) : (
        <Scroll label={t.funnelTitle}>
          <table className="funnel" role="table">
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">
                  {t.channel}
                </th>
                {STAGES.map((s) => (
                  <th key={s} scope="col" className="num" role="columnheader">
                    <span className={`key key-${s}`} aria-hidden="true" />
                    {stageLabel[s]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody role="rowgroup">
              {rows.map((r) => (
                <tr key={r.src} data-src={r.src} role="row">
                  <th scope="row" role="rowheader">
                    {channel(r.src)}
                  </th>
                  {STAGES.map((s) => cell(r, s, true))}
                </tr>
              ))}
            </tbody>
            <tfoot role="rowgroup">
              <tr data-src="(all)" role="row">
                <th scope="row" role="rowheader">
                  {t.total}
                </th>
                {STAGES.map((s) => cell(data.funnelTotal, s, false))}
              </tr>
            </tfoot>
          </table>
        </Scroll>
      )}
    </Section>
  );
}
