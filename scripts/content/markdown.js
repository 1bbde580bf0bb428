// Markdown → HTML for articles, done once at build time so phones never parse markdown.
// Raw HTML is refused (content is rendered with innerHTML; this keeps it script-free),
// "> [!UNVERIFIED]" blockquotes become a styled note, "> [!BEFORE-YOU-GO]" (alone in its
// blockquote) is replaced by the language's risk note, and "## Title {#id}" sets an anchor.
import { Marked } from 'marked';

const ANCHOR = /\s*\{#([a-z0-9-]+)\}\s*$/;
const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function slugifyHeading(text) {
  return text
    .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

const BEFORE_YOU_GO = '[!BEFORE-YOU-GO]';

/** The note as it is placed in an article: an aside with its title and body. */
export function beforeYouGoAside(note) {
  return `<aside class="before-you-go" role="note"><p class="before-you-go-title"><strong>${escapeAttr(note.title)}</strong></p>${note.html}</aside>\n`;
}

/**
 * @param {string} source markdown body (front matter already removed)
 * @param {{ beforeYouGo?: { title: string, html: string } }} [options] the note for "> [!BEFORE-YOU-GO]"
 * @returns {{ html: string, links: string[], text: string, headings: {id:string,text:string}[], beforeYouGo: number }}
 */
export function renderMarkdown(source, { beforeYouGo } = {}) {
  let placed = 0;
  const links = [];
  const headings = [];
  const textParts = [];
  const marked = new Marked({
    gfm: true,
    walkTokens(token) {
      if (token.type === 'html') throw new Error(`raw HTML is not allowed: ${token.raw.trim().slice(0, 40)}`);
      if (token.type === 'image') throw new Error('images are not allowed in articles');
      if (token.type === 'link') links.push(token.href);
      if (token.type === 'heading' && token.depth === 1) throw new Error('use "## " headings; the title comes from front matter');
      if (token.type === 'text' && !token.tokens) textParts.push(token.text);
    },
    renderer: {
      heading({ tokens, depth, text }) {
        const match = text.match(ANCHOR);
        const inner = this.parser.parseInline(tokens).replace(ANCHOR, '');
        const id = match ? match[1] : slugifyHeading(text);
        headings.push({ id, text: text.replace(ANCHOR, '') });
        return `<h${depth} id="${id}">${inner}</h${depth}>\n`;
      },
      blockquote({ tokens }) {
        const body = this.parser.parse(tokens);
        if (body.startsWith(`<p>${BEFORE_YOU_GO}`)) {
          if (body.trim() !== `<p>${BEFORE_YOU_GO}</p>`) {
            throw new Error(`"> ${BEFORE_YOU_GO}" must be alone in its blockquote: put other text outside it`);
          }
          if (!beforeYouGo) throw new Error(`"> ${BEFORE_YOU_GO}" needs the note in content/notes/before-you-go.yaml`);
          placed++;
          return beforeYouGoAside(beforeYouGo);
        }
        const marker = /^<p>\[!UNVERIFIED\]\s*/;
        if (marker.test(body)) {
          return `<aside class="unverified" role="note">${body.replace(marker, '<p>')}</aside>\n`;
        }
        return `<blockquote>${body}</blockquote>\n`;
      },
      link({ href, tokens }) {
        const inner = this.parser.parseInline(tokens);
        const external = /^https?:/.test(href);
        href = escapeAttr(href);
        // External links open outside the app and carry no referrer (privacy).
        return external
          ? `<a href="${href}" rel="noopener noreferrer external" target="_blank">${inner}</a>`
          : `<a href="${href}">${inner}</a>`;
      },
    },
  });
  const html = marked.parse(source, { async: false });
  const text = textParts.join(' ').replace(/\[!UNVERIFIED\]|\[!BEFORE-YOU-GO\]/g, '');
  return { html, links, text, headings, beforeYouGo: placed };
}
