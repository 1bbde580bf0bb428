// @ts-check
// Safe HTML building for the one-file kit: escaping, the UI-string lookup, URL checks, and the
// pass over the article HTML that the content build made with marked. Plain string work, no
// DOM, so the build (Node) and the phone run the very same code.

/** @param {unknown} value text to put in HTML text or a double-quoted attribute */
export function esc(value) {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The reverse of the escaping marked and esc() do, for reading attribute values back. */
const unescapeAttr = (/** @type {string} */ s) =>
  s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * Only these schemes may be links in the kit: the web (sources, the full app), calls and
 * map locations. Anything else (javascript:, data:, file:) is dropped, whatever the content says.
 * @param {string} url
 * @returns {string | null} the URL, or null when it must not be a link
 */
export function safeUrl(url) {
  const u = String(url).trim();
  return /^(https?:\/\/[^\s"<>]+|tel:\+?[0-9]+|geo:[-0-9.,]+(\?[^\s"<>]*)?)$/i.test(u) ? u : null;
}

/**
 * `t(key, vars)` over the UI strings of one language (content/strings/{lang}.yaml), returning
 * HTML-safe text: the string and each {{var}} are escaped. A missing key throws, naming it:
 * the content build guarantees every key, so a miss is a bug, never a blank on the page.
 * @param {Record<string, unknown>} strings
 * @returns {(key: string, vars?: Record<string, string | number>) => string}
 */
export function translator(strings) {
  return (key, vars = {}) => {
    /** @type {unknown} */
    let node = strings;
    for (const part of key.split('.')) node = node && typeof node === 'object' ? /** @type {Record<string, unknown>} */ (node)[part] : undefined;
    if (typeof node !== 'string') throw new Error(`kit: UI string "${key}" is missing`);
    return esc(node).replace(/\{\{(\w+)\}\}/g, (_, name) => (name in vars ? esc(vars[name]) : `{{${name}}}`));
  };
}

// What marked writes for article bodies (scripts/content/markdown.js): these tags, these
// attributes. Anything else is shown as text, so even a tampered pack cannot add a script,
// an event handler or a request to the file.
const TAGS = new Set(['p', 'strong', 'em', 'del', 'code', 'pre', 'br', 'hr', 'ul', 'ol', 'li', 'blockquote', 'aside', 'a',
  'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);
/** @type {Record<string, string[]>} */
const ATTRS = {
  a: ['href'],
  ol: ['start'],
  aside: ['class', 'role'],
  th: ['align'],
  td: ['align'],
  h2: ['id'], h3: ['id'], h4: ['id'], h5: ['id'], h6: ['id'],
};
/** @type {Record<string, RegExp>} */
const ATTR_VALUES = {
  start: /^\d{1,4}$/,
  class: /^unverified$/,
  role: /^note$/,
  align: /^(left|right|center)$/,
  id: /^[\p{L}\p{N}-]{1,80}$/u,
};
const TAG = /^<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z-]+="[^"<>]*")*)\s*\/?>$/;

/**
 * Rewrites one article's HTML for the kit: headings move down `shift` levels (the article
 * title is an h3 here, not the page's h1) and get ids unique in the file (or none, when
 * `headingId` gives null: nothing links there); links go through
 * `link` (app paths become #anchors or the full app; unsafe ones lose their href).
 * @param {string} html
 * @param {{ shift: number, headingId: (id: string) => string | null, link: (href: string) => { href: string } | null }} how
 */
export function rewriteArticleHtml(html, { shift, headingId, link }) {
  return html
    .split(/(<[^>]*>)/)
    .map((part, i) => {
      if (i % 2 === 0) return part.replace(/</g, '&lt;').replace(/>/g, '&gt;'); // text: marked escaped it; stray brackets stay text
      const m = part.match(TAG);
      if (!m || !TAGS.has(m[2])) return esc(part);
      const [, close, name] = m;
      const heading = /^h[2-6]$/.test(name);
      const tag = heading ? `h${Math.min(6, Number(name[1]) + shift)}` : name;
      if (close) return `</${tag}>`;
      const allowed = ATTRS[name] ?? [];
      let attrs = '';
      for (const [, key, raw] of m[3].matchAll(/\s+([a-z-]+)="([^"]*)"/g)) {
        const value = unescapeAttr(raw);
        if (!allowed.includes(key)) continue;
        if (key === 'href') {
          const target = link(value);
          if (target) attrs += ` href="${esc(target.href)}"`;
        } else if (ATTR_VALUES[key]?.test(value)) {
          const out = key === 'id' ? headingId(value) : value;
          if (out) attrs += ` ${key}="${esc(out)}"`;
        }
      }
      return `<${tag}${attrs}>`;
    })
    .join('');
}
