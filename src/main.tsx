// Boot: pick the language from the URL (or the saved/browser one for "/"), load its UI
// strings before the first paint so no one sees raw keys, then render.
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { switchLanguage } from './i18n';
import { isLang, negotiateLang } from './shared/langs.js';
import { registerServiceWorker } from './app/sw-bridge';
import { watchConnectivity } from './data/connectivity';
import { rememberFirstSrc } from './data/campaign';
import { reportError } from './data/errors';
import { startOutboxSync } from './data/outbox/sync';
import './app/styles.css';
import { applyTextSize } from './app/textSize';
import { applyOutreachClass } from './features/outreach';

applyTextSize();
applyOutreachClass();

const first = location.pathname.split('/')[1];
const bootLang = isLang(first) ? first : negotiateLang(navigator.languages);

void rememberFirstSrc(location.search).catch(reportError);
registerServiceWorker();
watchConnectivity();
startOutboxSync();

switchLanguage(bootLang).then(() => {
  createRoot(document.getElementById('root')!).render(<App />);
});
