// Article HTML is rendered from the pack; clicks on its in-app links should navigate
// without a page load (and work offline). External links keep their default behaviour.
import { useCallback } from 'react';
import type { MouseEvent } from 'react';
import { useLocation } from 'wouter';

export function useInternalLinks() {
  const [, navigate] = useLocation();
  return useCallback(
    (e: MouseEvent<HTMLElement>) => {
      const a = (e.target as HTMLElement).closest('a');
      if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
      const href = a.getAttribute('href') ?? '';
      if (!href.startsWith('/')) return;
      e.preventDefault();
      navigate(href);
      const hash = href.split('#')[1];
      if (hash) requestAnimationFrame(() => document.getElementById(hash)?.scrollIntoView());
    },
    [navigate],
  );
}
