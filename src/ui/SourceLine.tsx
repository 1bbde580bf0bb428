// Sources, cited in the page's language. A source keeps its original title (that is what a
// reader will find when they open it), but everything around it is the page's own words: the
// "Sources (3)" disclosure, the date ("28 ноября 2026 г.", "без даты", "около 2020").
import { useTranslation } from 'react-i18next';
import type { Source } from '../data/db';
import { formatDate } from './format';

/** A source's date as it is written in content: "2021-09-08", "2023-12", "2016", "~2020" or "n.d.". */
export function sourceDate(date: string, lang: string, t: (key: string, options?: Record<string, string>) => string): string {
  const d = date.trim();
  if (!d || d === 'n.d.') return t('rights.undated');
  if (d.startsWith('~')) return t('rights.about', { date: formatDate(d.slice(1), lang) });
  return formatDate(d, lang);
}

/** One cited source: title (opens outside the app, no referrer) and its date. */
export function SourceLine({ label, source }: { label?: string; source: Source }) {
  const { t, i18n } = useTranslation();
  return (
    <p className="source">
      {label && <span>{label}: </span>}
      <a href={source.url} target="_blank" rel="noopener noreferrer external">
        {source.title}
      </a>{' '}
      <span className="source-date">({sourceDate(source.date, i18n.language, t)})</span>
    </p>
  );
}

/** "Sources (n)", folded: one compact line instead of the same citations on every card. */
export function SourcesDisclosure({ sources, className = '' }: { sources: Source[]; className?: string }) {
  const { t } = useTranslation();
  const unique = sources.filter((s, i) => sources.findIndex((o) => o.url === s.url) === i);
  if (!unique.length) return null;
  return (
    <details className={`sources-box ${className}`}>
      <summary>{t('rights.sourcesCount', { n: unique.length })}</summary>
      <ul className="sources">
        {unique.map((s) => (
          <li key={s.url}>
            <SourceLine source={s} />
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Last-reviewed date and the sources, under every article and checklist. */
export function SourcesFooter({ reviewed, sources }: { reviewed: string; sources: Source[] }) {
  const { t, i18n } = useTranslation();
  return (
    <footer className="article-meta">
      <p>{t('rights.reviewed', { date: formatDate(reviewed, i18n.language) })}</p>
      <SourcesDisclosure sources={sources} />
    </footer>
  );
}
