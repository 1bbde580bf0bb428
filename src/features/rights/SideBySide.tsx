// Outreach mode: the same article in the worker's language beside the family's, when that
// language is on the phone.
import { useTranslation } from 'react-i18next';
import { db } from '../../data/db';
import { useCopyIn } from '../../data/useCopyIn';
import { useWorkerLang } from '../outreach';
import type { Lang } from '../../shared/langs.js';

export function SideBySide({ lang, slug }: { lang: Lang; slug: string }) {
  const { t } = useTranslation();
  const other = useCopyIn(useWorkerLang(lang), (l) => db.articles.get([l, slug]), [slug]);
  if (!other) return null;
  const article = other.copy;
  return (
    <aside className="side-by-side" lang={other.lang} aria-label={t('outreach.sideBySide')}>
      {article ? (
        <>
          <h2>{article.title}</h2>
          <p className="summary">{article.summary}</p>
          <div className="prose" dangerouslySetInnerHTML={{ __html: article.html }} />
        </>
      ) : (
        <p className="notice">{t('outreach.notDownloaded')}</p>
      )}
    </aside>
  );
}
