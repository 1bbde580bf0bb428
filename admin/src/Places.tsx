// Reports about places (closed, wrong phone, …): per place, newest report first, with the
// comments people wrote.
import type { Dashboard, ApiFailure } from './api';
import { useUi } from './ui';
import { fill } from './strings';
import { Section } from './Section';
import { CommentBox } from './CommentBox';
import { PROBLEM_REASONS } from '../../src/shared/facts.js';
import { LANG_NAMES } from '../../src/shared/langs.js';
import type { Table } from './download';

type Props = {
  data: Dashboard;
  fileName: string;
  deleted: ReadonlySet<string>;
  onDeleted: (id: string) => void;
  onUnauthorized: (failure: ApiFailure) => void;
  /** Opens the comments list on this place's comments (the dashboard shows only the newest). */
  onShowAll: (target: string) => void;
};

export function Places({ data, fileName, deleted, onDeleted, onUnauthorized, onShowAll }: Props) {
  const { t, f, lang } = useUi();
  const reasonLabel = (r: string) => t[`reason_${r}` as keyof typeof t];
  const table = (): Table => ({
    columns: ['place', 'reports', ...PROBLEM_REASONS, 'no_reason', 'comments', 'last_report_at'],
    rows: data.places.map((p) => [p.target, p.reports, ...PROBLEM_REASONS.map((r) => p.reasons[r] ?? 0), p.noReason, p.commentCount, p.lastReportAt]),
  });
  const json = () => ({ range: data.range, places: data.places.map((p) => ({ ...p, comments: p.comments.filter((c) => !deleted.has(c.id)) })) });

  return (
    <Section id="places" title={t.placesTitle} fileName={fileName} table={table} json={json}>
      {data.places.length === 0 ? (
        <p>{t.placesEmpty}</p>
      ) : (
        <ul className="places">
          {data.places.map((p) => {
            const comments = p.comments.filter((c) => !deleted.has(c.id));
            const more = p.commentCount - p.comments.length;
            return (
              <li key={p.target} className="place" data-place={p.target}>
                <h3>
                  <a href={`/${lang}/map/${p.target}`} target="_blank" rel="noopener noreferrer">
                    {p.target}
                  </a>
                </h3>
                <p className="muted">
                  {t.lastReport}: {f.instant(p.lastReportAt)} · {t.reports}: <span data-testid="place-reports">{f.number(p.reports)}</span>
                </p>
                <ul className="reasons">
                  {PROBLEM_REASONS.filter((r) => p.reasons[r]).map((r) => (
                    <li key={r} data-reason={r}>
                      {reasonLabel(r)}: <strong>{f.number(p.reasons[r])}</strong>
                    </li>
                  ))}
                  {p.noReason > 0 && (
                    <li data-reason="none">
                      {t.noReason}: <strong>{f.number(p.noReason)}</strong>
                    </li>
                  )}
                </ul>
                {comments.length > 0 && (
                  <ul className="comments">
                    {comments.map((c) => (
                      <CommentBox
                        key={c.id}
                        id={c.id}
                        text={c.text}
                        meta={`${f.instant(c.createdAt)} · ${(LANG_NAMES as Record<string, string>)[c.lang] ?? c.lang}`}
                        onDeleted={onDeleted}
                        onUnauthorized={onUnauthorized}
                      />
                    ))}
                  </ul>
                )}
                {more > 0 && (
                  <button type="button" onClick={() => onShowAll(p.target)}>
                    {fill(t.moreComments, { n: f.number(p.commentCount) })}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
