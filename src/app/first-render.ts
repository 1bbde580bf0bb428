// Before the first render: should React hydrate the HTML that is in #root, and if so, what must
// be loaded so its first render matches that HTML exactly (src/data/snapshot.ts)?
//   - #root holds a prerendered page only when the server sent it (a cold visit: no service
//     worker yet). The service worker sends a language shell instead, which is rendered into.
//   - A page is hydrated only for the URL it was built for, without a query (?q=, ?category=…
//     change what it shows), and only if the phone's state is the fresh state it was built in.
//   - Otherwise the client renders, replacing the HTML in one commit (no flash).
import i18next from 'i18next';
import { ensurePack } from '../data/packs';
import { preload } from '../data/snapshot';
import type { Route } from './routes';
import { preloadPage } from './route-modules';

const normal = (p: string) => p.replace(/\/+$/, '');

/** The URL is the one the HTML in #root was prerendered for, with no query but a campaign tag. */
export function isPrerenderedFor(root: HTMLElement, location: { pathname: string; search: string }): boolean {
  const built = root.dataset.page;
  const params = new URLSearchParams(location.search);
  params.delete('src');
  return built !== undefined && normal(built) === normal(location.pathname) && params.size === 0;
}

/** Loads what the first render needs. True = hydrate; false = render on the client instead. */
export async function prepareHydration(route: Route): Promise<boolean> {
  if (route.kind !== 'page') return false;
  const { lang, page, id } = route;
  await preloadPage(page, id);
  if (page !== 'rights' && page !== 'map' && page !== 'checklists') return true;
  // Content pages were built with the pack installed: get it first (a cold visit downloads it now).
  if ((await ensurePack(lang)) !== 'installed') return false;
  const { reads } = await import('../data/content');
  if (page === 'rights') await (id ? preload(reads.article(lang, id)) : preload(reads.articles(lang)));
  if (page === 'map') await (id ? preload(reads.point(lang, id)) : preload(reads.points(lang)));
  if (page !== 'checklists') return true;

  // Checklists were built as a fresh phone sees them: one child under the suggested nickname.
  const { checklistReads, ensureCurrentChild } = await import('../features/checklists');
  const before = await checklistReads.children().query();
  if (before.children.length > 0) return false; // a family's own children and ticks: render them
  const child = await ensureCurrentChild(i18next.t('checklists.children.suggested', { n: 1 }));
  await preload(checklistReads.children());
  if (!id) {
    await Promise.all([preload(reads.checklists(lang)), preload(checklistReads.progressOf(child.id))]);
    return true;
  }
  const checklist = await preload(reads.checklist(lang, id));
  await Promise.all([preload(checklistReads.progress(child.id, id)), preload(checklistReads.linkedNames(lang, checklist))]);
  return true;
}
