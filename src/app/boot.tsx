// The app's boot, loaded by src/main.tsx once the page has painted. Pick the language from the
// URL (or the saved/browser one for "/"), load its UI strings,
// then hydrate the prerendered page (or render into the service worker's shell) — and only
// then start what can wait: the service worker, the connectivity probe, the outbox.
// Text size and outreach mode are on <html> already in a shell (public/prefs.js, before paint).
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { switchLanguage } from '../i18n';
import { isLang, negotiateLang } from '../shared/langs.js';
import { parsePath } from './routes';
import { isPrerenderedFor, prepareHydration } from './first-render';
import { startDeferred } from './deferred-start';
import { applyTextSize } from './textSize';
import { applyOutreachClass } from '../features/outreach';

const route = parsePath(location.pathname);
const urlLang = route.kind === 'root' ? null : route.lang;
const bootLang = isLang(urlLang) ? urlLang : negotiateLang(navigator.languages);


export async function boot(): Promise<void> {
  // Shells set these before paint (public/prefs.js); prerendered pages do not load that script.
  applyTextSize();
  applyOutreachClass();
  await switchLanguage(bootLang);
  const root = document.getElementById('root')!;
  const hydrate = isPrerenderedFor(root, location) && (await prepareHydration(route).catch(() => false));
  // <html data-render> says how the page came up (tests and support rely on it).
  const mark = (how: 'hydrated' | 'rendered') => () => (document.documentElement.dataset.render = how);
  // In a transition, React renders in slices and yields to the browser between them: no long
  // task for a cheap phone's main thread (the prerendered text is on screen meanwhile).
  startTransition(() => {
    if (hydrate) hydrateRoot(root, <App onFirstCommit={mark('hydrated')} />);
    else createRoot(root).render(<App onFirstCommit={mark('rendered')} />);
  });
  startDeferred(); // what must not delay the first render: after it, much of it at idle
}

