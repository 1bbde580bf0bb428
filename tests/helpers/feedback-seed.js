// Known feedback for the NGO dashboard's tests and screenshots, sent through the PUBLIC API
// (POST /api/feedback) as phones send it. Days are counted back from today in Asia/Almaty and
// every item is at noon there, so a test running across midnight shifts items by at most one
// day and never across the edge of "last 7 days" (days 1 and 3 back) or "last 30 days" (12 back;
// 45 back is outside it).
import { randomUUID } from 'node:crypto';

export const TZ = 'Asia/Almaty';

/** YYYY-MM-DD, `back` days before today in Almaty. */
export function almatyDay(back, now = new Date()) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  return new Date(Date.parse(`${today}T00:00:00Z`) - back * 86_400_000).toISOString().slice(0, 10);
}

/**
 * [daysBack, how many, item fields]. Channels: leaflet-a, clinic-2 and none.
 * @type {[number, number, Record<string, string>][]}
 */
export const SEED = [
  [1, 5, { kind: 'opened', src: 'leaflet-a', lang: 'ru' }],
  [1, 4, { kind: 'activation', src: 'leaflet-a', lang: 'ru' }],
  [1, 3, { kind: 'opened', src: 'clinic-2', lang: 'kk' }],
  [1, 1, { kind: 'activation', src: 'clinic-2', lang: 'kk' }],
  [1, 2, { kind: 'opened', lang: 'tg' }],
  [1, 2, { kind: 'activation', lang: 'tg' }],
  [3, 3, { kind: 'opened', src: 'leaflet-a', lang: 'uz' }],
  [3, 2, { kind: 'activation', src: 'leaflet-a', lang: 'uz' }],
  [3, 1, { kind: 'opened', src: 'clinic-2', lang: 'ru' }],
  [3, 1, { kind: 'activation', src: 'clinic-2', lang: 'ru' }],
  [12, 4, { kind: 'opened', src: 'leaflet-a', lang: 'ru' }],
  [12, 3, { kind: 'activation', src: 'leaflet-a', lang: 'ru' }],
  [12, 1, { kind: 'opened', lang: 'en' }],
  [12, 1, { kind: 'activation', lang: 'en' }],
  [45, 6, { kind: 'opened', src: 'clinic-2', lang: 'ky' }],
  [45, 5, { kind: 'activation', src: 'clinic-2', lang: 'ky' }],

  [1, 2, { kind: 'article', target: 'birth-registration', rating: 'up', src: 'leaflet-a', lang: 'ru' }],
  [1, 1, { kind: 'article', target: 'birth-registration', rating: 'down', src: 'clinic-2', lang: 'kk', comment: 'Не понятно, какие сроки.' }],
  [1, 1, { kind: 'checklist', target: 'enrol-school', rating: 'up', lang: 'en' }],
  [3, 2, { kind: 'point', target: 'rodnik-almaty', reason: 'closed', src: 'leaflet-a', lang: 'ru' }],
  [3, 1, { kind: 'point', target: 'rodnik-almaty', reason: 'wrong_phone', src: 'clinic-2', lang: 'ru', comment: 'Номер не отвечает, звоните мне +7 701 123 45 67' }],
  [12, 2, { kind: 'search', comment: 'справка о рождении', src: 'leaflet-a', lang: 'ru' }],
  [12, 1, { kind: 'search', comment: '  Справка о   рождении ', lang: 'ru' }],
  [12, 1, { kind: 'search', comment: 'школа без прописки', lang: 'ru' }],
  [12, 1, { kind: 'app', comment: 'Спасибо, всё понятно!', lang: 'tg' }],
  [45, 1, { kind: 'article', target: 'birth-registration', rating: 'up', src: 'clinic-2', lang: 'ky' }],
];

/** The items of SEED, each with its own id and a createdAt at noon in Almaty. */
export function seedItems(seed = SEED, now = new Date()) {
  const items = [];
  for (const [back, n, fields] of seed) {
    for (let i = 0; i < n; i++) {
      items.push({
        id: randomUUID(),
        ...fields,
        appVersion: '0.1.0+seed',
        contentVersion: 'seed',
        createdAt: `${almatyDay(back, now)}T12:00:00+05:00`,
      });
    }
  }
  return items;
}

/** Sends the items in batches of 100 and checks every one was stored. */
export async function postSeed(baseUrl, items) {
  for (let i = 0; i < items.length; i += 100) {
    const res = await fetch(`${baseUrl}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ items: items.slice(i, i + 100) }),
    });
    if (!res.ok) throw new Error(`seeding: HTTP ${res.status}`);
    const { results } = await res.json();
    const bad = results.filter((r) => r.status !== 'stored');
    if (bad.length) throw new Error(`seeding: ${JSON.stringify(bad[0])}`);
  }
}

/**
 * What the funnel must show for items at most `maxBack` days back: per channel
 * ('(none)' for no tag), opened / ready / feedback counts. Counted from SEED directly.
 */
export function expectedFunnel(maxBack, minBack = 0, seed = SEED) {
  /** @type {Record<string, { opened: number, ready: number, feedback: number }>} */
  const out = {};
  for (const [back, n, f] of seed) {
    if (back > maxBack || back < minBack) continue;
    const row = (out[f.src ?? '(none)'] ??= { opened: 0, ready: 0, feedback: 0 });
    if (f.kind === 'opened') row.opened += n;
    else if (f.kind === 'activation') row.ready += n;
    else row.feedback += n;
  }
  return out;
}
