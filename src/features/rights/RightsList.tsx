import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import type { ArticleRecord } from '../../data/db';
import { reads } from '../../data/content';
import { useContent } from '../../data/useContent';
import type { Lang } from '../../shared/langs.js';
import { PackGate } from '../../ui/PackGate';

import { TOPICS } from '../../shared/facts.js';

function groupByTopic(articles: ArticleRecord[]) {
  const groups = new Map<string, ArticleRecord[]>();
  for (const topic of TOPICS) groups.set(topic, []);
  for (const a of articles) groups.get(a.topic)?.push(a);
  for (const list of groups.values()) list.sort((x, y) => x.order - y.order);
  return [...groups].filter(([, list]) => list.length);
}

export function RightsList({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const articles = useContent(reads.articles(lang));
  return (
    <>
      <h1 tabIndex={-1}>{t('rights.title')}</h1>
      <p>{t('rights.intro')}</p>
      <PackGate lang={lang}>
        {groupByTopic(articles ?? []).map(([topic, list]) => (
          <section key={topic} aria-labelledby={`topic-${topic}`}>
            <h2 id={`topic-${topic}`}>{t(`rights.topics.${topic}`)}</h2>
            <ul className="card-list">
              {list.map((a) => (
                <li key={a.slug}>
                  <Link href={`/${lang}/rights/${a.slug}`} className="card">
                    <span className="card-title">{a.title}</span>
                    <span className="card-summary">{a.summary}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </PackGate>
    </>
  );
}
