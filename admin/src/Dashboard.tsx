// The signed-in page: period and zone, then each part of GET /api/feedback/dashboard, then the
// comments. A 401 at any point (the token was changed on the server) goes back to sign-in and
// drops every number on screen.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, fetchDashboard, type ApiFailure, type CommentFilter, type Dashboard as Data } from './api';
import { failureText, useUi } from './ui';
import { fill } from './strings';
import { resolvePeriod, type Period } from './range';
import { Filters } from './Filters';
import { Funnel } from './Funnel';
import { Activations } from './Activations';
import { Ratings } from './Ratings';
import { Places } from './Places';
import { SearchMisses } from './SearchMisses';
import { Comments } from './Comments';

type Props = { setTz: (tz: string) => void; onUnauthorized: (failure: ApiFailure) => void };
type State = { data: Data | null; error: ApiFailure | null; loading: boolean };

export function Dashboard({ setTz, onUnauthorized }: Props) {
  const { t, f, tz, token } = useUi();
  const [period, setPeriod] = useState<Period>({ preset: '30', from: '', to: '' });
  const { from, to } = resolvePeriod(period, tz);
  const valid = Boolean(from && to && from <= to);
  const [state, setState] = useState<State>({ data: null, error: null, loading: true });
  const [deleted, setDeleted] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState('');
  // A place's "show all comments": the comments list starts again on that place (n: every
  // click is a new start, even for the same place).
  const [commentsFocus, setCommentsFocus] = useState<{ filter: CommentFilter; n: number } | undefined>(undefined);

  useEffect(() => {
    if (!valid) return;
    let live = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    fetchDashboard(token, { from, to, tz }).then(
      (data) => live && setState({ data, error: null, loading: false }),
      (err) => {
        if (!live) return;
        const failure: ApiFailure = err instanceof ApiError ? err.failure : { reason: 'network' };
        if (failure.reason === 'unauthorized') onUnauthorized(failure);
        else setState({ data: null, error: failure, loading: false });
      },
    );
    return () => {
      live = false;
    };
  }, [token, from, to, tz, valid, onUnauthorized]);

  const onDeleted = useCallback(
    (id: string) => {
      setDeleted((old) => new Set(old).add(id));
      setNotice(t.deleted);
    },
    [t],
  );
  const data = state.data;
  const channels = useMemo(() => (data ? data.funnel.map((r) => r.src) : []), [data]);
  const file = (part: string) => `qadam-${part}-${data?.range.from}_${data?.range.to}`;
  // Comments follow the period of the numbers on screen, not one still loading.
  const shown = data?.range;
  const commentRange = useMemo(() => (shown ? { from: shown.from, to: shown.to, tz: shown.tz } : null), [shown]);

  return (
    <>
      <Filters period={period} setPeriod={setPeriod} resolved={{ from, to }} setTz={setTz} />
      {!valid && (
        <p className="error" role="alert">
          {t.datesWrongOrder}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {notice}
      </p>
      {state.error && (
        <p className="error" role="alert">
          {failureText(t, state.error)}
        </p>
      )}
      {!data && !state.error && <p>{t.loading}</p>}
      {data && (
        <div
          className="sections"
          aria-busy={state.loading}
          data-testid="dashboard"
          data-range={`${data.range.from}..${data.range.to}`}
          data-loading={state.loading}
        >
          <p className="range-line">
            {fill(t.rangeLine, { from: f.day(data.range.from), to: f.day(data.range.to), tz: data.range.tz, items: f.number(data.totals.items) })}
          </p>
          <Funnel data={data} fileName={file('funnel')} />
          <Activations data={data} fileName={file('ready-offline-per-day')} />
          <Ratings data={data} fileName={file('ratings')} />
          <Places
            data={data}
            fileName={file('places')}
            deleted={deleted}
            onDeleted={onDeleted}
            onUnauthorized={onUnauthorized}
            onShowAll={(target) => setCommentsFocus((old) => ({ filter: { kind: 'point', target }, n: (old?.n ?? 0) + 1 }))}
          />
          <SearchMisses data={data} fileName={file('search-misses')} />
          <Comments
            key={`${data.range.from}..${data.range.to}..${data.range.tz}..${commentsFocus?.n ?? 0}`}
            initial={commentsFocus?.filter}
            range={commentRange ?? data.range}
            channels={channels}
            fileName={file('comments')}
            deleted={deleted}
            onDeleted={onDeleted}
            onUnauthorized={onUnauthorized}
          />
        </div>
      )}
    </>
  );
}
