// Search term folding, shared by the build (index) and the phone (queries), so both see
// the same terms. Plain JS so the Node build script can import it without a compiler.
//
// Folding: lower case; diacritics and apostrophes removed (oʻ → o, ё → е); then Cyrillic
// is transliterated to a Latin skeleton, so "виза", "viza" and Uzbek "vizа" meet, and a
// Kazakh reader typing "қор" finds "qor…". Collisions are rare and cheaper than no match.

const CYR = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'j', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'sh', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Kazakh, Kyrgyz, Tajik, Uzbek Cyrillic letters
  ә: 'a', ғ: 'g', қ: 'q', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i', ҳ: 'h', ҷ: 'j', ў: 'o',
};

// Latin spellings that differ between translit habits: fold them to one form.
const LATIN = [
  [/sh/g, 's'], [/ch/g, 'c'], [/ts/g, 's'], [/yu/g, 'u'], [/ya/g, 'a'], [/kh/g, 'h'], [/q/g, 'k'],
  [/x/g, 'h'], [/w/g, 'v'], [/y/g, 'i'],
];

/** @param {string} term @returns {string} */
export function foldTerm(term) {
  // NFD splits й → и + ˘ and ё → е + ¨, and the marks go; but ў (Uzbek oʻ) must not become у.
  const s = term
    .toLowerCase()
    .normalize('NFD')
    .replace(/у\u0306/g, 'ў')
    .replace(/[\u0300-\u036f\u02bb\u02bc\u2018\u2019'`]/g, '');
  let out = '';
  for (const ch of s) out += CYR[ch] ?? ch;
  for (const [from, to] of LATIN) out = out.replace(from, to);
  return out;
}

/** Words of 2+ letters or digits; punctuation and spaces split. @param {string} text */
export function tokenize(text) {
  return text.split(/[^\p{L}\p{N}\u02bb\u02bc'’]+/u).filter((w) => w.length > 0);
}

/** The MiniSearch options both sides must share. */
export const SEARCH_OPTIONS = {
  fields: ['title', 'summary', 'text'],
  storeFields: ['kind', 'ref', 'title', 'summary', 'lang'],
  tokenize,
  processTerm: (/** @type {string} */ t) => {
    const f = foldTerm(t);
    return f.length > 1 ? f : null;
  },
  searchOptions: {
    boost: { title: 3, summary: 2 },
    // Query terms get a light, language-blind stem: a final vowel is dropped, so with prefix
    // matching "роды" finds "родах" and "школа" finds "школу" (inflection in all six languages
    // mostly changes endings). Index terms are not stemmed.
    processTerm: (/** @type {string} */ t) => {
      const f = foldTerm(t);
      if (f.length < 2) return null;
      return f.length >= 4 && /[aeiou]$/.test(f) ? f.slice(0, -1) : f;
    },
    prefix: true,
    fuzzy: (/** @type {string} */ term) => (term.length >= 5 ? 0.2 : 0),
    combineWith: 'AND',
  },
};
