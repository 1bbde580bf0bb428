// @ts-check
// The last pass over the kit: the bytes HTML lets a file leave out, with the very same page
// (the same DOM: tests/unit/kit-compact.test.js parses both). Bluetooth sends the file as it
// is, uncompressed, so these few percent are worth having. Only what the HTML standard
// allows: end tags that are optional (li, p, dt, dd; "Optional tags" in the HTML standard),
// quotes around attribute values that need none, and newlines between block elements.

/** Elements that start where a p's end tag may be left out (the standard's list, those the kit uses). */
const CLOSES_P = /^<(p|ul|ol|dl|h[1-6]|aside|article|section|nav|header|footer|main|blockquote|table|hr|pre|div)[\s>]/;
/** Parents whose end also ends a p inside them (any element but a, audio, del, ins, map, noscript, video). */
const ENDS_P = /^<\/(li|dd|aside|article|section|header|footer|main|blockquote|td|th|div|body|nav)>$/;
const BLOCK = /^<\/?(p|ul|ol|li|dl|dt|dd|h[1-6]|aside|article|section|nav|header|footer|main|blockquote|table|thead|tbody|tr|th|td|hr|div|body|html|head|meta|title|style|svg|symbol)[\s>/]/;
/** A value that may go unquoted: none of space, quotes, =, <, >, `, & (and no trailing / before >). */
const BARE = /^[A-Za-z0-9#:._-]+$/;

/** @param {string} tag one tag, as the renderer writes it (double-quoted attributes) */
function unquote(tag) {
  if (tag.endsWith('/>')) return tag; // "x=a/>" would read as the value "a/"
  return tag.replace(/ ([a-z-]+)="([^"]*)"/g, (all, name, value) => (BARE.test(value) ? ` ${name}=${value}` : all));
}

/** Which optional end tag (or none) the next token lets go. */
const dropEnd = {
  /** @param {string} next */ '</li>': (next) => /^<li[\s>]/.test(next) || /^<\/(ul|ol)>$/.test(next),
  /** @param {string} next */ '</p>': (next) => CLOSES_P.test(next) || ENDS_P.test(next),
  /** @param {string} next */ '</dt>': (next) => /^<d[td][\s>]/.test(next),
  /** @param {string} next */ '</dd>': (next) => /^<d[td][\s>]/.test(next) || next === '</dl>',
};

/**
 * @param {string} html the whole kit, as render.js writes it: text escaped (no bare "<" in
 *   text), attributes double-quoted, no <pre>, <script> or <textarea> (whose insides this
 *   would misread); the one <style> holds no "<".
 */
export function compactHtml(html) {
  const tokens = html.split(/(<[^>]*>)/).filter((t) => t !== '');
  // A newline between two block tags is not text anyone sees.
  const kept = tokens.filter((t, i) => !(/^\s+$/.test(t) && BLOCK.test(tokens[i - 1] ?? '') && BLOCK.test(tokens[i + 1] ?? '')));
  return kept
    .map((t, i) => {
      if (!t.startsWith('<')) return t;
      const drop = /** @type {Record<string, (next: string) => boolean>} */ (dropEnd)[t];
      if (drop && drop(kept[i + 1] ?? '')) return '';
      return t.startsWith('</') ? t : unquote(t);
    })
    .join('');
}
