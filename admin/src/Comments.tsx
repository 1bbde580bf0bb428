// Every comment in the period, newest first, filtered by type, language and channel, 50 at a
// time ("Show more" follows the server's cursor). The parent gives it a new key for a new
// period, so a period always starts from the newest comment.
import { useEffect, useRef, useState } from 'react';
import { Field } from './bits';
import { ApiError, fetchComments, type ApiFailure, type Comment, type CommentFilter, type RangeQuery } from './api';
import { failureText, useUi } from './ui';
import { fill, type StringKey } from './strings';
import { Section } from './Section';
import { CommentBox } from './CommentBox';
import { NONE } from './Funnel';
import { LANGS, LANG_NAMES } from '../../src/shared/langs.js';
import type { Table } from './download';

/** Kinds that can carry text (pings never do: server/feedback/schema.js). */
const TEXT_KINDS = ['article', 'checklist', 'point', 'app', 'search'] as const;

type Props = {
  range: RangeQuery;
  channels: string[];
  fileName: string;
  deleted: ReadonlySet<string>;
  onDeleted: (id: string) => void;
  onUnauthorized: (failure: ApiFailure) => void;
  /** Filter to start with (a place's "show all comments"); the list then takes the focus. */
  initial?: CommentFilter;
};

type State = { items: Comment[]; next: string | null; loading: boolean; error: ApiFailure | null };

export function Comments({ range, channels, fileName, deleted, onDeleted, onUnauthorized, initial }: Props) {
  const { t, f, token } = useUi();
  // Filter and cursor change together: a new filter starts again from the newest comment.
  const [{ filter, cursor }, setQuery] = useState<{ filter: CommentFilter; cursor?: string }>({ filter: initial ?? {} });
  const top = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (initial?.target) top.current?.focus();
  }, [initial]);
  const [state, setState] = useState<State>({ items: [], next: null, loading: true, error: null });
  const { from, to, tz } = range;

  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    fetchComments(token, { from, to, tz }, filter, cursor).then(
      (page) => live && setState((s) => ({ items: cursor ? [...s.items, ...page.items] : page.items, next: page.nextCursor, loading: false, error: null })),
      (err) => {
        if (!live) return;
        const failure: ApiFailure = err instanceof ApiError ? err.failure : { reason: 'network' };
        if (failure.reason === 'unauthorized') onUnauthorized(failure);
        else setState((s) => ({ ...s, loading: false, error: failure }));
      },
    );
    return () => {
      live = false;
    };
  }, [token, from, to, tz, filter, cursor, onUnauthorized]);

  const items = state.items.filter((c) => !deleted.has(c.id));
  const kindLabel = (k: string) => t[`kind_${k}` as StringKey] ?? k;
  const channelLabel = (s: string | null) => (s === null || s === NONE ? t.noChannel : s);
  const meta = (c: Comment) =>
    [
      f.instant(c.createdAt),
      kindLabel(c.kind),
      c.target,
      c.rating && t[`rating_${c.rating}` as StringKey],
      c.reason && t[`reason_${c.reason}` as StringKey],
      (LANG_NAMES as Record<string, string>)[c.lang] ?? c.lang,
      channelLabel(c.src),
    ]
      .filter(Boolean)
      .join(' · ');
  const set = (key: keyof CommentFilter, value: string) => setQuery((q) => ({ filter: { ...q.filter, [key]: value || undefined } }));

  const table = (): Table => ({
    columns: ['created_at', 'kind', 'target', 'rating', 'reason', 'lang', 'channel', 'comment'],
    rows: items.map((c) => [c.createdAt, c.kind, c.target, c.rating, c.reason, c.lang, c.src ?? NONE, c.comment]),
  });
  const json = () => ({ range, filter, comments: items });

  return (
    <Section id="comments" title={t.commentsTitle} fileName={fileName} table={table} json={json}>
      <div className="comment-filters">
        <Field label={t.kind}>
          {(id) => (
            <select id={id} value={filter.kind ?? ''} onChange={(e) => set('kind', e.target.value)}>
              <option value="">{t.any}</option>
              {TEXT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {kindLabel(k)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t.language}>
          {(id) => (
            <select id={id} value={filter.lang ?? ''} onChange={(e) => set('lang', e.target.value)}>
              <option value="">{t.any}</option>
              {LANGS.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANG_NAMES[l]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t.channel}>
          {(id) => (
            <select id={id} value={filter.src ?? ''} onChange={(e) => set('src', e.target.value)}>
              <option value="">{t.any}</option>
              {channels.map((s) => (
                <option key={s} value={s}>
                  {channelLabel(s)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {filter.target && (
        <p className="only" tabIndex={-1} ref={top}>
          {fill(t.onlyPlace, { target: filter.target })}{' '}
          <button type="button" onClick={() => setQuery({ filter: {} })}>
            {t.everyComment}
          </button>
        </p>
      )}
      {state.error && (
        <p className="error" role="alert">
          {failureText(t, state.error)}
        </p>
      )}
      <div aria-busy={state.loading} data-testid="comments-list" data-loading={state.loading}>
        {items.length === 0 && !state.loading ? (
          <p>{t.commentsEmpty}</p>
        ) : (
          <ul className="comments">
            {items.map((c) => (
              <CommentBox key={c.id} id={c.id} text={c.comment} meta={meta(c)} onDeleted={onDeleted} onUnauthorized={onUnauthorized} />
            ))}
          </ul>
        )}
        <p className="muted">{fill(t.shownCount, { n: f.number(items.length) })}</p>
        {state.next && (
          <button type="button" onClick={() => setQuery((q) => ({ ...q, cursor: state.next ?? undefined }))} disabled={state.loading}>
            {t.showMore}
          </button>
        )}
      </div>
    </Section>
  );
}
