// The shell: the contract's routes, each inside the layout for its language. The same tree is
// rendered at build time into static HTML (src/app/prerender.tsx) and hydrated on the phone.
import { Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Router, useLocation, Redirect } from 'wouter';
import { parsePath } from './routes';
import { Layout } from './Layout';
import { Home } from './pages/Home';
import { Help } from './pages/Help';
import { NotFound } from '../ui/NotFound';
import { isPreloaded, pageComponent } from './route-modules';
import { getSetting } from '../data/settings';
import { snapshot } from '../data/snapshot';
import { isLang, negotiateLang, type Lang } from '../shared/langs.js';
import i18next from 'i18next';

/** "/" → the saved language, else the browser's best match, else Russian. */
function RootRedirect() {
  const [target, setTarget] = useState<Lang | null>(null);
  useEffect(() => {
    getSetting<string>('lang')
      .catch(() => undefined)
      .then((saved) => setTarget(isLang(saved) ? saved : negotiateLang(navigator.languages)));
  }, []);
  return target ? <Redirect to={`/${target}/${location.search}`} replace /> : null;
}

function Routes() {
  const [path] = useLocation();
  const route = parsePath(path);
  if (route.kind === 'root') return <RootRedirect />;
  if (route.kind === 'notFound') {
    const lang = route.lang ?? (isLang(i18next.language) ? i18next.language : negotiateLang(navigator.languages));
    return (
      <Layout lang={lang}>
        <NotFound lang={lang} />
      </Layout>
    );
  }
  const { lang, page, id } = route;
  let content;
  if (page === '') content = <Home lang={lang} />;
  else if (page === 'help') content = <Help lang={lang} />;
  else {
    // Other pages load on demand (all precached, so offline is fine): the home route's JS stays small.
    const Page = pageComponent(page, id);
    content = Page ? <Page lang={lang} id={id} /> : <NotFound lang={lang} />; // parsePath only yields known pages; never blank
    // A page loaded ahead (the prerender, and the boot before hydrating) needs no Suspense
    // boundary. Without one the build writes plain HTML: React outlines a large boundary's
    // content behind an inline script, which the CSP forbids.
    if (!isPreloaded(page, id)) content = <Suspense fallback={null}>{content}</Suspense>;
  }
  return <Layout lang={lang}>{content}</Layout>;
}

export function App({ ssrPath, ssrSearch, onFirstCommit }: { ssrPath?: string; ssrSearch?: string; onFirstCommit?: () => void }) {
  // The first-render snapshot is for hydration only: later renders read Dexie live.
  useEffect(() => snapshot.clear(), []);
  // Called once the first render is in the DOM, before anything changes it (src/app/boot.tsx).
  const committed = useRef(onFirstCommit);
  useLayoutEffect(() => committed.current?.(), []);
  return (
    <Router ssrPath={ssrPath} ssrSearch={ssrSearch}>
      <Routes />
    </Router>
  );
}
