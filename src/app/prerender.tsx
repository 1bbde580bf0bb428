// Build-time rendering (Node, through `vite build --ssr`; see scripts/prerender/). Renders the
// SAME tree the phone hydrates: <App> with the URL's path, its language's strings, and the
// route's content put into the first-render snapshot from the pack file, as a fresh phone would
// see it (content installed, nothing ticked, one child under the suggested nickname, nothing
// else known: offline-ready, connectivity, outreach and text size all at their defaults).
import type { ReactNode } from 'react';
import { prerender } from 'react-dom/static';
import { Router } from 'wouter';
import { App } from './App';
import { Layout } from './Layout';
import { parsePath } from './routes';
import { preloadPage } from './route-modules';
import { switchLanguage, i18next } from '../i18n';
import { snapshot } from '../data/snapshot';
import { packStates } from '../data/packs';
import { reads } from '../data/content';
import type { Pack } from '../data/pack-import';
import type { ArticleRecord, ChecklistRecord, ChildRecord, PointRecord } from '../data/db';
import { checklistReads, linkedIds, type LinkedNames } from '../features/checklists';
import type { Lang } from '../shared/langs.js';

export { titleFor } from './title';

/** Static markup; any error while rendering fails the build (React would otherwise log it and leave the part to the client). */
async function toHtml(node: ReactNode): Promise<string> {
  const errors: unknown[] = [];
  const { prelude } = await prerender(node, { onError: (e) => void errors.push(e) });
  const html = await new Response(prelude).text();
  if (errors.length) throw errors[0];
  return html;
}

/** The contract paths that have a prerendered page in this language (not search: it needs a query). */
export function pagePaths(pack: Pack): string[] {
  const l = pack.lang;
  return [
    `/${l}/`,
    `/${l}/help`,
    `/${l}/rights`,
    ...pack.articles.map((a) => `/${l}/rights/${a.slug}`),
    `/${l}/checklists`,
    ...(pack.checklists ?? []).map((c) => `/${l}/checklists/${c.id}`),
    `/${l}/map`,
    ...(pack.points ?? []).map((p) => `/${l}/map/${p.id}`),
    `/${l}/feedback`,
    `/${l}/settings`,
    `/${l}/about`,
  ];
}

/** A fresh phone's first child, as useChild would create it. */
function freshChild(): ChildRecord {
  return { id: 'fresh', nickname: i18next.t('checklists.children.suggested', { n: 1 }), createdAt: '', answers: {} };
}

function fillSnapshot(path: string, pack: Pack): void {
  const lang = pack.lang;
  const articles: ArticleRecord[] = pack.articles.map((a) => ({ ...a, lang }));
  const checklists: ChecklistRecord[] = (pack.checklists ?? []).map((c) => ({ ...c, lang }));
  const points: PointRecord[] = (pack.points ?? []).map((p) => ({ ...p, lang }));
  snapshot.clear();
  packStates.set({ [lang]: 'installed' });
  const route = parsePath(path);
  if (route.kind !== 'page') return;
  const { page, id } = route;
  const child = freshChild();
  const set = <T,>(read: { key: string }, value: T) => snapshot.set(read.key, value);
  if (page === 'rights') {
    if (id) set(reads.article(lang, id), articles.find((a) => a.slug === id) ?? null);
    else set(reads.articles(lang), articles);
  } else if (page === 'map') {
    if (id) set(reads.point(lang, id), points.find((p) => p.id === id) ?? null);
    else set(reads.points(lang), points);
  } else if (page === 'checklists') {
    set(checklistReads.children(), { children: [child], current: child });
    if (!id) {
      set(reads.checklists(lang), checklists);
      set(checklistReads.progressOf(child.id), []);
      return;
    }
    const checklist = checklists.find((c) => c.id === id) ?? null;
    set(reads.checklist(lang, id), checklist);
    set(checklistReads.progress(child.id, id), { childId: child.id, progress: null });
    const { slugs, pointIds } = linkedIds(checklist);
    const names: LinkedNames = { titles: {}, names: {} };
    for (const a of articles) if (slugs.includes(a.slug)) names.titles[a.slug] = a.title;
    for (const p of points) if (pointIds.includes(p.id)) names.names[p.id] = p.name;
    set(checklistReads.linkedNames(lang, checklist), names);
  }
}

/** The inner HTML of #root for one contract path, and its heading (for <title>). */
export async function renderPage(path: string, pack: Pack): Promise<string> {
  await switchLanguage(pack.lang);
  const route = parsePath(path);
  if (route.kind === 'page') await preloadPage(route.page, route.id);
  fillSnapshot(path, pack);
  return toHtml(<App ssrPath={path} ssrSearch="" />);
}

/**
 * The per-language shell the service worker serves for every page URL: header, notices and
 * navigation in that language around an empty <main>, which the client renders into.
 */
export async function renderShell(lang: Lang): Promise<string> {
  await switchLanguage(lang);
  snapshot.clear();
  packStates.set({});
  // A path that is no page: no door of the bottom bar is marked current in the shell.
  return toHtml(
    <Router ssrPath={`/${lang}/-`} ssrSearch="">
      <Layout lang={lang}>{null}</Layout>
    </Router>,
  );
}
