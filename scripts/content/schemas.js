// zod schemas for everything in content/. Shared by the compiler and its tests.
import { z } from 'zod';

export const LANGS = /** @type {const} */ (['ru', 'kk', 'uz', 'ky', 'tg', 'en']);
export const TOPICS = /** @type {const} */ ([
  'stay', 'origin', 'work', 'leaving', 'birth', 'citizenship', 'services', 'protection', 'help',
]);

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters, digits and hyphens');
// Dates in the brief come in several precisions; "n.d." means the source shows none.
const sourceDate = z
  .string()
  .regex(/^(~?\d{4}(-\d{2}(-\d{2})?)?|n\.d\.)$/, 'must be YYYY-MM-DD, YYYY-MM, YYYY (optionally with ~) or n.d.');
// YAML turns unquoted 2026-11-28 into a Date; accept both and normalise to a string.
const isoDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
);
// An unquoted 2020 is a number in YAML, an unquoted 2020-01-20 a Date: accept both.
const looseDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
  sourceDate,
);

export const sourceSchema = z.strictObject({
  title: z.string().min(3, 'is missing'),
  url: z.url({ protocol: /^https?$/, error: 'must be a full http(s) URL' }),
  date: looseDate,
  accessed: isoDate,
});

export const articleMetaSchema = z.strictObject({
  id: slug,
  topic: z.enum(TOPICS),
  order: z.number().int().min(0).default(100),
  status: z.enum(['draft', 'reviewed']),
  reviewed: isoDate,
  sources: z.array(sourceSchema).min(1, 'needs at least one source'),
});

export const articleFrontSchema = z.strictObject({
  title: z.string().min(2).max(90),
  summary: z.string().min(10).max(240),
  translation: z.enum(['draft', 'reviewed']),
});

const perLang = (inner) => z.strictObject(Object.fromEntries(LANGS.map((l) => [l, inner])));

export const helpSchema = z.strictObject({
  numbers: z
    .array(
      z.strictObject({
        id: slug,
        number: z.string().regex(/^[0-9 -]{3,20}$/, 'must be digits, spaces or hyphens'),
        tel: z.string().regex(/^\+?[0-9]{3,15}$/, 'must be digits only, as dialled'),
        label: perLang(z.string().min(2)),
        note: perLang(z.string()).optional(),
        source: sourceSchema,
        confidence: z.enum(['H', 'M', 'L']),
      }),
    )
    .min(1),
});

// UI strings are nested maps of non-empty strings.
export const stringsSchema = z.record(
  z.string(),
  z.lazy(() => z.union([z.string().min(1, 'is empty'), stringsSchema])),
);
