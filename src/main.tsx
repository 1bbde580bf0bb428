// The entry: tiny on purpose. The page in #root (prerendered, or the worker's shell) is already
// readable; let the browser paint it BEFORE the app's code (React and the rest, ~100 KiB
// gzipped) is evaluated, which on a cheap phone takes hundreds of milliseconds. The boot chunk
// is preloaded by the page (modulepreload), so this costs no extra round trip.
import './app/styles.css';

const painted = () =>
  new Promise<void>((resolve) => {
    // One frame, then a task: the frame's paint has happened. The timeout covers a hidden tab,
    // where animation frames do not run.
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(timer), resolve()), 0));
  });

const hasPage = document.getElementById('root')?.firstChild != null;
void (hasPage ? painted() : Promise.resolve())
  .then(() => import('./app/boot'))
  .then((m) => m.boot());
