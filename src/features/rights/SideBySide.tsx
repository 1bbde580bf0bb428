// Outreach mode: the same article in the worker's language beside the family's, when that
// language is on the phone. Same slug in every language, so it is one lookup.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { db } from '../../data/db';
import { useObservable } from '../../data/observable';
import { outreach } from '../../app/outreach';
import type { Lang } from '../../i18n/langs';

export function SideBySide({ lang, slug }: { lang: Lang; slug: string }) {
  const { t } = useTranslation();
  const { on, workerLang } = useObservable(outreach);
  const other = useLiveQuery(
    async () => (on && workerLang !== lang ? ((await db.articles.get([workerLang, slug])) ?? null) : undefined),
    [on, workerLang, lang, slug],
  );
  if (other === undefined) return null;
  return (
    <aside className="side-by-side" lang={workerLang} aria-label={t('outreach.sideBySide')}>
      {other ? (
        <>
          <h2>{other.title}</h2>
          <p className="summary">{other.summary}</p>
          <div className="prose" dangerouslySetInnerHTML={{ __html: other.html }} />
        </>
      ) : (
        <p className="notice">{t('outreach.notDownloaded')}</p>
      )}
    </aside>
  );
}
