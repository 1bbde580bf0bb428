import type { Source } from '../data/db';

/** One cited source: title (opens outside the app, no referrer) and its date. */
export function SourceLine({ label, source }: { label?: string; source: Source }) {
  return (
    <p className="source">
      {label && <span>{label}: </span>}
      <a href={source.url} target="_blank" rel="noopener noreferrer external">
        {source.title}
      </a>{' '}
      <span className="source-date">({source.date})</span>
    </p>
  );
}
