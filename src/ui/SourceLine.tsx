import { useTranslation } from 'react-i18next';
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

/** Last-reviewed date and the list of sources, under every article and checklist. */
export function SourcesFooter({ reviewed, sources }: { reviewed: string; sources: Source[] }) {
  const { t } = useTranslation();
  return (
    <footer className="article-meta">
      <p>{t('rights.reviewed', { date: reviewed })}</p>
      <h2>{t('rights.sources')}</h2>
      <ul className="sources">
        {sources.map((s) => (
          <li key={s.url}>
            <SourceLine source={s} />
          </li>
        ))}
      </ul>
    </footer>
  );
}
