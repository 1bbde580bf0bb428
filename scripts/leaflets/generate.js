// `npm run leaflets -- --base-url https://example.org --src border-zhibek-2026-12 --lang uz,ru`
// Writes print-ready PDFs per language into leaflets/ (or --out): an A5 leaflet and an A4
// sheet of four A6 cards. QR codes: error correction Q, a 4-module quiet zone, ≥ 2 cm wide.
// Type: DejaVu Sans, which has every letter of Kazakh, Uzbek (ʻ), Kyrgyz and Tajik.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { loadLeaflet } from './content.js';
import { LANGS } from '../../src/shared/langs.js';
import { SRC_TAG } from '../../src/shared/facts.js';
import { drawCard, MM, QR_MIN_MM } from './layout.js';

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const ROOT = path.resolve(import.meta.dirname, '../..');

export function leafletUrls(baseUrl, src, lang) {
  const base = baseUrl.replace(/\/+$/, '');
  const tag = `?src=${encodeURIComponent(src)}`;
  return {
    home: `${base}/${lang}/${tag}`,
    help: `${base}/${lang}/help${tag}`,
    birth: `${base}/${lang}/checklists/register-birth${tag}`,
    map: `${base}/${lang}/map${tag}`,
  };
}

function cardFor(leaflet, lang, baseUrl, src) {
  const urls = leafletUrls(baseUrl, src, lang);
  return {
    lang,
    title: leaflet.title[lang],
    subtitle: leaflet.subtitle[lang],
    facts: leaflet.facts.map((f) => f.text[lang]),
    numbersLabel: leaflet.labels.numbers[lang],
    numbers: leaflet.numbers.map((n) => ({ number: n.number, label: n.label[lang] })),
    codes: ['home', 'help', 'birth', 'map'].map((k) => ({ url: urls[k], short: urls[k].replace(/^https?:\/\//, ''), label: leaflet.labels[k][lang] })),
  };
}

function newDoc(size, file, lang) {
  const doc = new PDFDocument({ size, margin: 0, info: { Title: `Qadam leaflet (${lang})`, Author: 'Qadam' }, lang });
  doc.registerFont('body', path.join(FONT_DIR, 'DejaVuSans.ttf'));
  doc.registerFont('bold', path.join(FONT_DIR, 'DejaVuSans-Bold.ttf'));
  const out = fs.createWriteStream(file);
  doc.pipe(out);
  return { doc, done: new Promise((resolve, reject) => out.on('finish', resolve).on('error', reject)) };
}

export async function generateLeaflets({ baseUrl, src, langs, outDir, contentDir = path.join(ROOT, 'content') }) {
  if (!/^https?:\/\/[^/]+/.test(baseUrl)) throw new Error('--base-url must be a full URL like https://example.org');
  if (!SRC_TAG.test(src)) throw new Error('--src must be 1–64 letters, digits, "-", "_" or "."');
  for (const l of langs) if (!LANGS.includes(l)) throw new Error(`unknown language "${l}" (use ${LANGS.join(',')})`);
  const leaflet = loadLeaflet(contentDir);
  fs.mkdirSync(outDir, { recursive: true });
  const written = [];
  for (const lang of langs) {
    const card = cardFor(leaflet, lang, baseUrl, src);
    // A5: one leaflet per page.
    const a5File = path.join(outDir, `qadam-${src}-${lang}-a5.pdf`);
    const a5 = newDoc('A5', a5File, lang);
    drawCard(a5.doc, { x: 0, y: 0, w: 148 * MM, h: 210 * MM }, card, { base: 10, codeMm: 26 });
    a5.doc.end();
    await a5.done;
    // A4 sheet of four A6 cards, with light cut marks between them.
    const a6File = path.join(outDir, `qadam-${src}-${lang}-a6x4-a4.pdf`);
    const a4 = newDoc('A4', a6File, lang);
    for (let i = 0; i < 4; i++) {
      const box = { x: (i % 2) * 105 * MM, y: Math.floor(i / 2) * 148.5 * MM, w: 105 * MM, h: 148.5 * MM };
      drawCard(a4.doc, box, card, { base: 6.6, codeMm: QR_MIN_MM });
    }
    a4.doc.save().strokeColor('#bbbbbb').lineWidth(0.3).dash(3, { space: 3 });
    a4.doc.moveTo(105 * MM, 0).lineTo(105 * MM, 297 * MM).moveTo(0, 148.5 * MM).lineTo(210 * MM, 148.5 * MM).stroke().restore();
    a4.doc.end();
    await a4.done;
    written.push(a5File, a6File);
  }
  return written;
}

if (process.argv[1] === import.meta.filename) {
  const { values } = parseArgs({
    options: { 'base-url': { type: 'string' }, src: { type: 'string' }, lang: { type: 'string', default: LANGS.join(',') }, out: { type: 'string', default: 'leaflets' } },
  });
  if (!values['base-url'] || !values.src) {
    console.error('Usage: npm run leaflets -- --base-url https://example.org --src border-zhibek-2026-12 --lang uz,ru [--out leaflets]');
    process.exit(2);
  }
  try {
    const files = await generateLeaflets({ baseUrl: values['base-url'], src: values.src, langs: values.lang.split(','), outDir: path.resolve(values.out) });
    for (const f of files) console.log(`wrote ${path.relative(process.cwd(), f)}`);
  } catch (e) {
    console.error(`Leaflets: ${e.message}`);
    process.exit(1);
  }
}
