// Outreach mode: the article in the family's language (the page's) and in the worker's, as
// rows of paired sections — summary with summary, each section with the same section — so the
// two columns stay level and both people can point at the same paragraph. Each column is
// labelled with its language. Without a worker language it is the plain article text.
import { useTranslation } from 'react-i18next';
import type { MouseEvent } from 'react';
import type { ArticleRecord } from '../../data/db';
import { LANG_NAMES, type Lang } from '../../shared/langs.js';
import { pairSections, splitSections } from './sections';

interface Props {
  lang: Lang;
  article: ArticleRecord;
  /** The worker's copy: undefined when side by side is off; copy null when not downloaded. */
  other?: { lang: Lang; copy: ArticleRecord | null };
  onClick: (e: MouseEvent<HTMLElement>) => void;
}

/* Built from markdown at build time; raw HTML is refused there, so this holds no script. */
const Html = ({ html, className = 'prose' }: { html: string; className?: string }) => (
  <div className={className} dangerouslySetInnerHTML={{ __html: html }} />
);

export function ArticleText({ lang, article, other, onClick }: Props) {
  const { t } = useTranslation();
  if (!other) return <div className="prose" data-family onClick={onClick} dangerouslySetInnerHTML={{ __html: article.html }} />;
  const copy = other.copy;
  const rows = copy ? pairSections(splitSections(article.html), splitSections(copy.html)) : [];
  return (
    <div className="pairs" onClick={onClick} data-testid="side-by-side">
      <div className="pair pair-langs" aria-hidden="true">
        <p className="col-lang">{LANG_NAMES[lang]}</p>
        <p className="col-lang">{LANG_NAMES[other.lang]}</p>
      </div>
      <div className="pair">
        <div lang={lang}>
          <p className="summary">{article.summary}</p>
        </div>
        <aside className="side-by-side" lang={other.lang} aria-label={`${t('outreach.sideBySide')}: ${LANG_NAMES[other.lang]}`}>
          {copy ? (
            <>
              <p className="cl-title-other">{copy.title}</p>
              <p className="summary">{copy.summary}</p>
            </>
          ) : (
            <p className="notice">{t('outreach.notDownloaded')}</p>
          )}
        </aside>
      </div>
      {copy
        ? rows.map(([mine, theirs], i) => (
            <div className="pair" key={i} data-pair={i}>
              <Html html={mine} className="prose family-prose" />
              <div className="side-by-side" lang={other.lang}>
                <Html html={theirs} />
              </div>
            </div>
          ))
        : <Html html={article.html} className="prose family-prose" />}
    </div>
  );
}
