// "Ready offline" per day, split by channel or by language: a uPlot line chart (axis labels,
// legend, styles that hold in greyscale) and the same numbers as a table for screen readers
// and for anyone who wants to read them exactly.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Scroll } from './bits';
import uPlot from 'uplot';
import type { Dashboard } from './api';
import { useUi } from './ui';
import { fill } from './strings';
import { Section } from './Section';
import { NONE } from './Funnel';
import { LANG_NAMES } from '../../src/shared/langs.js';
import { LINE_STYLES, OTHER, activationSeries, type Split } from './series';
import type { Table } from './download';

const DAY_S = 86_400;
const CHART_HEIGHT = 300;
/** Above this many days, the table lists only days with activations (a year of zero rows helps no one). */
const TABLE_ALL_DAYS_UP_TO = 62;

export function Activations({ data, fileName }: { data: Dashboard; fileName: string }) {
  const { t, f } = useUi();
  const [split, setSplit] = useState<Split>('src');
  const days = data.activationsByDay;
  const series = useMemo(() => activationSeries(days, split), [days, split]);
  const dayKeys = useMemo(() => days.map((d) => d.day), [days]);
  // Stable between renders, so the chart is redrawn only when what it shows changes.
  const name = useCallback(
    (key: string) => (key === OTHER ? t.otherChannels : key === NONE ? t.noChannel : split === 'lang' ? ((LANG_NAMES as Record<string, string>)[key] ?? key) : key),
    [split, t],
  );
  const tableDays = days.length <= TABLE_ALL_DAYS_UP_TO ? days.map((_, i) => i) : days.flatMap((d, i) => (d.total > 0 ? [i] : []));

  const table = (): Table => ({
    columns: ['day', ...series.map((s) => s.key), 'total'],
    rows: tableDays.map((i) => [days[i].day, ...series.map((s) => s.values[i]), days[i].total]),
  });
  const json = () => ({ range: data.range, split, days: tableDays.map((i) => ({ day: days[i].day, total: days[i].total, [split === 'src' ? 'bySrc' : 'byLang']: Object.fromEntries(series.map((s) => [s.key, s.values[i]])) })) });
  const splitName = split === 'src' ? t.byChannel : t.byLanguage;

  return (
    <Section id="activations" title={t.activationsTitle} fileName={fileName} table={table} json={json}>
      <fieldset className="toggle">
        <legend>{t.splitBy}</legend>
        {(['src', 'lang'] as const).map((s) => (
          <label key={s} className="choice">
            <input type="radio" name="split" value={s} checked={split === s} onChange={() => setSplit(s)} />
            {s === 'src' ? t.byChannel : t.byLanguage}
          </label>
        ))}
      </fieldset>
      {series.length === 0 ? (
        <p>{t.funnelEmpty}</p>
      ) : (
        <Chart days={dayKeys} series={series} name={name} label={fill(t.chartLabel, { split: splitName.toLowerCase() })} />
      )}
      <details className="chart-table">
        <summary>{t.chartTable}</summary>
        {days.length > TABLE_ALL_DAYS_UP_TO && <p className="muted">{t.onlyDaysWithData}</p>}
        <Scroll label={t.chartTable}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.day}</th>
                {series.map((s) => (
                  <th key={s.key} scope="col" className="num">
                    {name(s.key)}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t.totalColumn}
                </th>
              </tr>
            </thead>
            <tbody>
              {tableDays.map((i) => (
                <tr key={days[i].day}>
                  <th scope="row">{f.day(days[i].day)}</th>
                  {series.map((s) => (
                    <td key={s.key} className="num">
                      {f.number(s.values[i])}
                    </td>
                  ))}
                  <td className="num">{f.number(days[i].total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      </details>
    </Section>
  );
}

type ChartProps = { days: string[]; series: { key: string; values: number[] }[]; name: (key: string) => string; label: string };

function Chart({ days, series, name, label }: ChartProps) {
  const { t, f } = useUi();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const xs = days.map((d) => Date.parse(`${d}T00:00:00Z`) / 1000);
    const dayOf = (s: number) => new Date(s * 1000).toISOString().slice(0, 10);
    const font = '13px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';
    const labelFont = `bold ${font}`;
    const axisBase = { font, labelFont, stroke: '#1d2321', grid: { stroke: '#e3e7e6', width: 1 }, ticks: { stroke: '#b9c2c0', width: 1 } };
    const opts: uPlot.Options = {
      width: el.clientWidth || 600,
      height: CHART_HEIGHT,
      // Days are local days of the chosen zone, carried as UTC midnights: draw them in UTC so
      // a tick never lands on the day before.
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(4, Math.ceil(max * 1.1))] } },
      axes: [
        { ...axisBase, label: t.day, space: 70, incrs: [DAY_S, 2 * DAY_S, 7 * DAY_S, 14 * DAY_S, 28 * DAY_S, 91 * DAY_S, 182 * DAY_S, 364 * DAY_S], values: (_u, splits) => splits.map((s) => f.shortDay(dayOf(s))) },
        { ...axisBase, label: t.activations, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000], values: (_u, splits) => splits.map((v) => f.number(v)) },
      ],
      series: [
        { label: t.day, value: (_u, v) => (v == null ? '' : f.day(dayOf(v))) },
        ...series.map((s, i) => {
          const style = LINE_STYLES[i % LINE_STYLES.length];
          return {
            label: name(s.key),
            stroke: style.color,
            width: 2.5,
            dash: style.dash,
            // Markers on days with activations only: a row of dots along zero hides the lines.
            points: {
              show: true,
              size: 8,
              width: 2,
              stroke: style.color,
              fill: style.hollow ? '#ffffff' : style.color,
              filter: () => s.values.flatMap((v, j) => (v > 0 ? [j] : [])),
            },
            value: (_u: uPlot, v: number | null) => (v == null ? '' : f.number(v)),
          };
        }),
      ],
      // Labels only: the numbers are in the table below (a live legend would show empty values).
      legend: { show: true, live: false },
      cursor: { points: { size: 10 } },
    };
    const chart = new uPlot(opts, [xs, ...series.map((s) => s.values)], el);
    const resize = new ResizeObserver(() => chart.setSize({ width: el.clientWidth, height: CHART_HEIGHT }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [days, series, name, t, f]);

  return <div className="chart" ref={box} role="img" aria-label={label} data-testid="activations-chart" />;
}
