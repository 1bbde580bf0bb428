// Pages other than home and help, each in its own lazy chunk. `preloadPage` lets the boot code
// load the URL's chunk BEFORE hydrating: a prerendered page must hydrate in one pass, with the
// real component, not a Suspense fallback (which would not match the HTML).
import { lazy, type ComponentType } from 'react';
import type { Lang } from '../shared/langs.js';
import type { Page } from './routes';

type PageProps = { lang: Lang; id?: string };
type Loader = () => Promise<ComponentType<PageProps>>;

const LOADERS: Record<string, Loader> = {
  rights: () => import('../features/rights').then((m) => ({ lang }: PageProps) => <m.RightsList lang={lang} />),
  'rights/:id': () => import('../features/rights').then((m) => ({ lang, id }: PageProps) => <m.Article lang={lang} slug={id!} />),
  checklists: () => import('../features/checklists').then((m) => ({ lang }: PageProps) => <m.ChecklistsHome lang={lang} />),
  'checklists/:id': () => import('../features/checklists').then((m) => ({ lang, id }: PageProps) => <m.ChecklistPage lang={lang} id={id!} />),
  map: () => import('../features/map').then((m) => ({ lang, id }: PageProps) => <m.MapPage lang={lang} id={id} />),
  'map/:id': () => import('../features/map').then((m) => ({ lang, id }: PageProps) => <m.MapPage lang={lang} id={id} />),
  search: () => import('../features/search').then((m) => ({ lang }: PageProps) => <m.SearchPage lang={lang} />),
  feedback: () => import('../features/feedback').then((m) => ({ lang }: PageProps) => <m.FeedbackPage lang={lang} />),
  settings: () => import('./pages/Settings').then((m) => ({ lang }: PageProps) => <m.Settings lang={lang} />),
  about: () => import('./pages/About').then((m) => ({ lang }: PageProps) => <m.About lang={lang} />),
};

const keyOf = (page: Page, id?: string) => (id !== undefined ? `${page}/:id` : page);
const loaded = new Map<string, ComponentType<PageProps>>();
const lazies = new Map<string, ComponentType<PageProps>>();

/** Load a page's chunk now; afterwards pageComponent() returns it without suspending. */
export async function preloadPage(page: Page, id?: string): Promise<void> {
  const key = keyOf(page, id);
  const load = LOADERS[key];
  if (load && !loaded.has(key)) loaded.set(key, await load());
}

export const isPreloaded = (page: Page, id?: string) => loaded.has(keyOf(page, id));

export function pageComponent(page: Page, id?: string): ComponentType<PageProps> | null {
  const key = keyOf(page, id);
  const load = LOADERS[key];
  if (!load) return null;
  const ready = loaded.get(key);
  if (ready) return ready;
  if (!lazies.has(key)) lazies.set(key, lazy(() => load().then((C) => ({ default: C }))));
  return lazies.get(key)!;
}
