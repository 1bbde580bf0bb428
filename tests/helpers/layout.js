// Layout checks a person would notice on a phone, run inside the page:
//  - the page scrolls sideways, or an element sticks out past the screen's edge;
//  - a word of a bottom-bar label, a button or a heading is split across two lines
//    ("Shoshilinc|h"): each word is wrapped in a Range and its client rects compared.
// Text inside a box that clips (the map, a scrolling table) is not "past the edge".

/** Page-side: returns a list of problems, each a short readable string. */
function inspect() {
  const vw = document.documentElement.clientWidth;
  const problems = [];
  const overflow = document.documentElement.scrollWidth - vw;
  if (overflow > 0) problems.push(`page scrolls sideways by ${overflow}px`);

  // Inside a box that clips or scrolls (the map, a visually hidden label): not past the edge.
  const clipped = (el) => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.overflowX !== 'visible' || s.clip !== 'auto' || s.clipPath !== 'none') return true;
    }
    return false;
  };
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) return false;
    const s = getComputedStyle(el);
    return s.visibility !== 'hidden' && s.display !== 'none';
  };
  const name = (el) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;

  for (const el of document.body.querySelectorAll('*')) {
    if (!visible(el) || el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
    const r = el.getBoundingClientRect();
    if (r.right <= 0) continue; // parked off-screen on purpose (the skip link until focused)
    if ((r.right > vw + 1 || r.left < -1) && !clipped(el)) problems.push(`${name(el)} sticks out: ${Math.round(r.left)}…${Math.round(r.right)} of ${vw}px`);
  }

  // Text can overflow its own box (a word wider than a button): check the words themselves.
  const textWalker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = textWalker.nextNode(); node; node = textWalker.nextNode()) {
    const host = node.parentElement;
    if (!node.textContent.trim() || !host || !visible(host) || clipped(node) || host.closest('script, style')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const r = range.getBoundingClientRect();
    if (r.width > 0 && r.right > 0 && (r.right > vw + 1 || r.left < -1)) problems.push(`text "${node.textContent.trim().slice(0, 30)}" in ${name(host)} runs past the edge: ${Math.round(r.left)}…${Math.round(r.right)} of ${vw}px`);
  }

  const wordSplits = (el) => {
    const out = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent;
      for (const m of text.matchAll(/[^\s\u00a0\u2014\u2013/-]+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top));
        if (tops.length > 1 && Math.max(...tops) - Math.min(...tops) > 2) out.push(m[0]);
      }
    }
    return out;
  };
  const words = '.bottom-nav .bar-label, button, .button, h1, h2, h3, .map-chip, .door-label';
  for (const el of document.querySelectorAll(words)) {
    if (!visible(el) || clipped(el) && !el.closest('.bottom-nav')) continue;
    for (const w of wordSplits(el)) problems.push(`"${w}" is split across lines in ${name(el)}`);
  }
  return [...new Set(problems)];
}

/** Problems on the page as it is now. */
export const layoutProblems = (page) => page.evaluate(inspect);

/** Set Qadam's own text size (Settings → Text size) without a reload: the same variable the app sets. */
export const setTextScale = (page, percent) =>
  page.evaluate((p) => document.documentElement.style.setProperty('--text-scale', String(p)), percent);

/**
 * The phone's own text-size setting: the browser's default font size (Chromium's DevTools
 * protocol). It lasts while the returned session is attached.
 */
export async function setPhoneFontSize(page, px) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: Math.round(px * 0.8) } });
  return cdp;
}

/** The pages a family uses, and what shows each is ready (content from the pack, not a spinner). */
export const LAYOUT_PAGES = {
  '': '.doors',
  help: '.numbers',
  rights: '.card-list .card',
  'rights/birth-registration': 'article .prose',
  checklists: '[data-testid="all-checklists"] .card',
  'checklists/register-birth': '.cl-step',
  map: '[data-testid="place-list"] [data-point]',
  'map/kibhr-almaty': 'article[data-point]',
  'search?q=%D1%80%D0%B5%D0%B1%D1%91%D0%BD%D0%BE%D0%BA': 'main h1',
  feedback: 'main textarea',
  settings: '.lang-status',
  about: 'main h1',
};

/** Phone screens × text sizes, set on one page without reloading it. */
export const SCREENS = [
  { width: 320, height: 568 },
  { width: 360, height: 740 },
];
export const TEXT_SCALES = [100, 200];

/**
 * Visit every page in `lang` once and check it on every screen and text size.
 * @returns {Promise<string[]>} "where: problem" lines; empty when all is well
 */
export async function sweepLayouts(page, baseUrl, lang, { pages = LAYOUT_PAGES, screens = SCREENS, scales = TEXT_SCALES } = {}) {
  const found = [];
  for (const [path, ready] of Object.entries(pages)) {
    await page.setViewportSize(screens[0]);
    await page.goto(`${baseUrl}/${lang}/${path}`);
    await page.locator(ready).first().waitFor();
    for (const screen of screens) {
      await page.setViewportSize(screen);
      for (const scale of scales) {
        await setTextScale(page, scale);
        // Layout is synchronous on read; one frame lets container queries and the map settle.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        for (const p of await layoutProblems(page)) found.push(`/${lang}/${path} ${screen.width}px ${scale}%: ${p}`);
      }
    }
    await setTextScale(page, 100);
  }
  return found;
}
