// Markdown → HTML for articles, done once at build time so phones never parse markdown.
// Raw HTML is refused (content is rendered with innerHTML; this keeps it script-free),
// "> [!UNVERIFIED]" blockquotes become a styled note, and "## Title {#id}" sets an anchor.
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

/**
 * @param {string} source markdown body (front matter already removed)
 * @returns {{ html: string, links: string[], text: string, headings: {id:string,text:string}[] }}
 */
export function renderMarkdown(source) {
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
  return { html, links, text: textParts.join(' ').replace(/\[!UNVERIFIED\]/g, ''), headings };
}
