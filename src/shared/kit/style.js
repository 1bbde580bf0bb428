// @ts-check
// The kit's only stylesheet, inlined in the file: system fonts, no images, no request.
// Sizes in rem so 200% text reflows instead of overflowing; long words and URLs wrap, so
// nothing scrolls sideways at 320 px. Print: black on white, no contents list.
export const KIT_CSS = `
:root{color-scheme:light;--ink:#1b1b1b;--soft:#555;--line:#d8d4cc;--accent:#1f5f5b;--warn:#fff4d6;--warn-line:#c99a1e}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0 auto;max-width:44rem;padding:0 1rem 4.5rem;font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--ink);background:#fbfaf7;overflow-wrap:break-word}
h1,h2,h3,h4,h5,h6{line-height:1.25;margin:1.4em 0 .5em}
h1{font-size:1.6rem}h2{font-size:1.4rem;border-top:3px solid var(--accent);padding-top:.6em;margin-top:2em}
h3{font-size:1.2rem}h4,h5,h6{font-size:1.05rem}
a{color:var(--accent)}
a:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
ul,ol{padding-left:1.4rem}
li{margin:.2em 0}
code,pre{white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:.9em}
table{display:block;overflow-x:auto;border-collapse:collapse}td,th{border:1px solid var(--line);padding:.3em .5em}
header{padding-top:1rem}
.brand{font-weight:700;color:var(--accent);margin:0}
.lead{font-size:1.1rem}
.app{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;border:1px solid var(--line);border-radius:.5rem;padding:1rem;background:#fff}
.app svg{flex:none;width:11rem;height:11rem;max-width:100%}.app p{flex:1 1 10rem;min-width:0;margin:0}.app .meta{overflow-wrap:anywhere}
.button{display:inline-block;max-width:100%;padding:.6em 1em;min-height:2.75rem;border-radius:.4rem;background:var(--accent);color:#fff;font-weight:600;text-decoration:none}
.note,aside.unverified{background:var(--warn);border-left:4px solid var(--warn-line);padding:.5em .8em;margin:1em 0}
aside p{margin:.3em 0}
.meta,.src{color:var(--soft);font-size:.92rem}
article{border-top:1px solid var(--line);margin-top:2rem}
.summary{font-weight:600}
.numbers{list-style:none;padding:0}.numbers li{margin:1rem 0}
.call{display:inline-flex;flex-wrap:wrap;max-width:100%;align-items:center;gap:.4em;font-size:1.3rem;font-weight:700;padding:.3em .8em;min-height:2.75rem;border-radius:.4rem;background:var(--accent);color:#fff;text-decoration:none}
.call svg,.go svg{width:1.2em;height:1.2em;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
.steps>li{margin:1.2rem 0}
dl{display:grid;grid-template-columns:minmax(6rem,auto) 1fr;gap:.2em 1em}dt{font-weight:600}dd{margin:0}
.top{position:fixed;right:.75rem;bottom:.75rem;padding:.5em .9em;border-radius:1.5rem;background:var(--accent);color:#fff;font-size:.92rem;font-weight:600;text-decoration:none;box-shadow:0 1px 4px rgba(0,0,0,.35)}
.defs{position:absolute;width:0;height:0;overflow:hidden}
@media (max-width:22rem){dl{grid-template-columns:1fr}}
@media print{
body{background:#fff;max-width:none;font-size:11pt}
nav,.top{display:none}
a{color:#000}
.call,.button{background:none;color:#000;border:1px solid #000}
h2{break-before:page}article{break-inside:auto}h3,h4{break-after:avoid}
}
`
  .trim()
  .replace(/\n/g, '');
