// The shell: the contract's routes, each inside the layout for its language.
import { lazy, Suspense, useEffect, useState } from 'react';
import { Router, useLocation, Redirect } from 'wouter';
import { parsePath } from './routes';
import { Layout } from './Layout';
import { Home } from './pages/Home';
import { Help } from './pages/Help';
import { NotFound } from '../ui/NotFound';
// Pages other than home and help load on demand (all are precached, so offline is fine):
// this keeps the home route's JS small on a cheap phone's first visit.
const Settings = lazy(() => import('./pages/Settings').then((m) => ({ default: m.Settings })));
const About = lazy(() => import('./pages/About').then((m) => ({ default: m.About })));
const RightsList = lazy(() => import('../features/rights').then((m) => ({ default: m.RightsList })));
const SearchPage = lazy(() => import('../features/search').then((m) => ({ default: m.SearchPage })));
const Article = lazy(() => import('../features/rights').then((m) => ({ default: m.Article })));
const ChecklistsHome = lazy(() => import('../features/checklists').then((m) => ({ default: m.ChecklistsHome })));
const ChecklistPage = lazy(() => import('../features/checklists').then((m) => ({ default: m.ChecklistPage })));
const FeedbackPage = lazy(() => import('../features/feedback').then((m) => ({ default: m.FeedbackPage })));
const MapPage = lazy(() => import('../features/map').then((m) => ({ default: m.MapPage })));
import { getSetting } from '../data/settings';
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
  switch (page) {
    case '':
      content = <Home lang={lang} />;
      break;
    case 'help':
      content = <Help lang={lang} />;
      break;
    case 'rights':
      content = id ? <Article lang={lang} slug={id} /> : <RightsList lang={lang} />;
      break;
    case 'checklists':
      content = id ? <ChecklistPage lang={lang} id={id} /> : <ChecklistsHome lang={lang} />;
      break;
    case 'search':
      content = <SearchPage lang={lang} />;
      break;
    case 'settings':
      content = <Settings lang={lang} />;
      break;
    case 'about':
      content = <About lang={lang} />;
      break;
    case 'feedback':
      content = <FeedbackPage lang={lang} />;
      break;
    case 'map':
      content = <MapPage lang={lang} id={id} />;
      break;
    default:
      content = <NotFound lang={lang} />; // parsePath only yields known pages; never blank
  }
  return (
    <Layout lang={lang}>
      <Suspense fallback={null}>{content}</Suspense>
    </Layout>
  );
}

export function App() {
  return (
    <Router>
      <Routes />
    </Router>
  );
}
