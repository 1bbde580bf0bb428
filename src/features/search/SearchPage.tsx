import { useMemo, useState } from 'react';
import { Link, useSearch } from 'wouter';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/langs.js';
import { PackGate } from '../../ui/PackGate';
import { Icon } from '../../ui/Icon';
import { runSearch } from './engine';
import { useSearchIndex } from './useSearchIndex';

const KIND_ICON = { rights: 'rights', checklists: 'checklists', map: 'map' } as const;

export function SearchPage({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const params = new URLSearchParams(useSearch());
  const [query, setQuery] = useState(params.get('q') ?? '');
  const index = useSearchIndex(lang);
  const hits = useMemo(() => (index ? runSearch(index, query) : []), [index, query]);

  const onChange = (value: string) => {
    setQuery(value);
    // Keep the URL shareable (/{lang}/search?q=…) without adding history entries per key.
    const url = new URL(window.location.href);
    if (value) url.searchParams.set('q', value);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
  };

  return (
    <>
      <h1 tabIndex={-1}>{t('search.title')}</h1>
      <form role="search" onSubmit={(e) => e.preventDefault()} className="search-form">
        <label htmlFor="q">{t('search.label')}</label>
        <div className="search-row">
          <Icon name="search" />
          {/* Opening search means "I want to type": the field takes focus (and the keyboard opens). */}
          <input id="q" type="search" value={query} autoComplete="off" autoFocus onChange={(e) => onChange(e.target.value)} />
        </div>
      </form>
      <PackGate lang={lang}>
        {query.trim() && index && (
          <div aria-live="polite">
            {hits.length > 0 ? (
              <>
                <p className="search-count">{t('search.found', { count: hits.length })}</p>
                <ul className="card-list" data-testid="search-results">
                  {hits.map((h) => (
                    <li key={`${h.kind}:${h.ref}`}>
                      <Link href={`/${lang}/${h.kind}/${h.ref}`} className="card">
                        <span className="card-kind">
                          <Icon name={KIND_ICON[h.kind]} size={18} /> {t(`nav.${h.kind}`)}
                        </span>
                        <span className="card-title">{h.title}</span>
                        <span className="card-summary">{h.summary}</span>
                        {h.viaRussian && <span className="card-note">{t('search.viaRussian')}</span>}
                      </Link>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <div className="notice" data-testid="search-empty">
                <p>{t('search.nothing')}</p>
                <p>
                  <Link href={`/${lang}/help`} className="button">
                    {t('nav.help')}
                  </Link>{' '}
                  <Link href={`/${lang}/feedback?q=${encodeURIComponent(query.trim())}`} className="button">
                    {t('search.tellUs')}
                  </Link>
                </p>
              </div>
            )}
          </div>
        )}
      </PackGate>
    </>
  );
}
