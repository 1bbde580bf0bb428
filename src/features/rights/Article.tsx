import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { reads } from '../../data/content';
import { useContent } from '../../data/useContent';
import type { Lang } from '../../shared/langs.js';
import { PackGate } from '../../ui/PackGate';
import { NotFound } from '../../ui/NotFound';
import { SourcesFooter } from '../../ui/SourceLine';
import { useInternalLinks } from '../../ui/useInternalLinks';
import { useObservable } from '../../data/observable';
import { packStates } from '../../data/packs';
import { Helpful } from '../feedback';
import { ReadingTools } from './ReadingTools';
import { ShowQr } from '../share';
import { ArticleText } from './SideBySide';
import { useCopyIn } from '../../data/useCopyIn';
import { useWorkerLang } from '../outreach';

function ArticleBody({ lang, slug }: { lang: Lang; slug: string }) {
  const { t } = useTranslation();
  const onClick = useInternalLinks();
  // undefined = still reading; null = not in this language's pack.
  const article = useContent(reads.article(lang, slug));
  const other = useCopyIn(useWorkerLang(lang), (l) => reads.article(l, slug).query(), [slug]);
  if (article === undefined) return null;
  if (article === null) return <NotFound lang={lang} />;
  return (
    <article className="article" data-slug={slug}>
      <p className="crumb">
        <Link href={`/${lang}/rights`}>{t('rights.title')}</Link>
      </p>
      <h1 tabIndex={-1}>{article.title}</h1>
      {!other && <p className="summary">{article.summary}</p>}
      <ReadingTools
        lang={lang}
        title={article.title}
        getText={() =>
          `${article.title}. ${article.summary}\n${[...document.querySelectorAll('.prose[data-family], .family-prose')].map((el) => el.textContent).join('\n')}`
        }
      >
        <ShowQr path={`/${lang}/rights/${slug}`} title={article.title} />
      </ReadingTools>
      {article.translation === 'draft' && (
        <p className="draft-notice" role="note">
          {t('rights.draftTranslation')}
        </p>
      )}
      <ArticleText lang={lang} article={article} other={other} onClick={onClick} />
      <p className="not-advice">{t('rights.notAdvice')}</p>
      <Helpful kind="article" target={slug} />
      <SourcesFooter reviewed={article.reviewed} sources={article.sources} />
    </article>
  );
}

export function Article({ lang, slug }: { lang: Lang; slug: string }) {
  const { t } = useTranslation();
  const state = useObservable(packStates)[lang];
  if (state !== 'installed') return <PackGate lang={lang} heading={t('rights.title')}>{null}</PackGate>;
  return <ArticleBody lang={lang} slug={slug} />;
}
