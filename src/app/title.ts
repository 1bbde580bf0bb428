// A real <title> for every page: the page's heading, then the app's name. The prerender writes
// it into each HTML file from the rendered <h1>; on the phone usePageTitle keeps
// document.title in step as the family moves around (and as content arrives).
import { useEffect, type RefObject } from 'react';

export const APP_NAME = 'Qadam';

export function titleFor(heading: string | null | undefined): string {
  const h = heading?.replace(/\s+/g, ' ').trim();
  return h && h !== APP_NAME ? `${h} · ${APP_NAME}` : APP_NAME;
}

/** Follows the first <h1> inside `main` while shown (a MutationObserver: pages fill in asynchronously). */
export function usePageTitle(main: RefObject<HTMLElement | null>, shown: boolean): void {
  useEffect(() => {
    const el = main.current;
    if (!el) return;
    const update = () => {
      const next = titleFor(el.querySelector('h1')?.textContent);
      if (document.title !== next) document.title = next;
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(el, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, [main, shown]); // `main` is a new element after the layout was hidden (language switch)
}
