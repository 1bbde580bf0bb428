// zod schemas for everything in content/. Shared by the compiler and its tests.
import { z } from 'zod';
import { QUESTIONS, POINT_CATEGORIES } from '../../src/shared/taxonomy.js';
import { LANGS } from '../../src/shared/langs.js';
import { TOPICS } from '../../src/shared/facts.js';

export { LANGS, TOPICS };

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

// ---- checklists and points -------------------------------------------------------------

/** Text in all six languages. */
export const localised = (min = 1) => perLang(z.string().trim().min(min, 'is empty'));

const question = z.enum(Object.keys(QUESTIONS));
/** A condition on the situation answers (docs/content-format.md, "Conditions"). */
export const conditionSchema = z.lazy(() =>
  z.union([
    z.strictObject({ q: question, is: z.string() }).refine((c) => QUESTIONS[c.q].includes(c.is), {
      message: 'is not an answer this question allows',
      path: ['is'],
    }),
    z.strictObject({ q: question, in: z.array(z.string()).min(1) }).refine((c) => c.in.every((v) => QUESTIONS[c.q].includes(v)), {
      message: 'has an answer this question does not allow',
      path: ['in'],
    }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);

export const checklistSchema = z.strictObject({
  id: slug,
  order: z.number().int().min(0),
  status: z.enum(['draft', 'reviewed']),
  reviewed: isoDate,
  translation: perLang(z.enum(['draft', 'reviewed'])),
  title: localised(2),
  summary: localised(10),
  applies: conditionSchema.optional(),
  sources: z.array(sourceSchema).min(1, 'needs at least one source'),
  steps: z
    .array(
      z.strictObject({
        id: slug,
        title: localised(2),
        do: localised(5),
        documents: z.array(localised()).default([]),
        where: z
          .strictObject({ categories: z.array(z.enum(POINT_CATEGORIES)).default([]), points: z.array(slug).default([]) })
          .default({ categories: [], points: [] }),
        cost: localised().optional(),
        time: localised().optional(),
        article: slug.optional(),
        unverified: z.boolean().default(false),
        sources: z.array(z.url()).default([]),
        when: conditionSchema.optional(),
      }),
    )
    .min(1, 'needs at least one step'),
});

export const pointSchema = z.strictObject({
  id: slug,
  category: z.enum(POINT_CATEGORIES),
  name: localised(2),
  description: localised(5),
  address: localised().optional(), // only where a source states it
  city: localised(2),
  coordinates: z.strictObject({
    lat: z.number().min(35).max(56),
    lon: z.number().min(45).max(90),
    precision: z.enum(['exact', 'city']),
  }),
  phones: z
    .array(z.strictObject({ number: z.string().min(3), tel: z.string().regex(/^\+?[0-9]{3,15}$/, 'must be digits as dialled') }))
    .default([]),
  messengers: z.array(z.strictObject({ kind: z.enum(['whatsapp', 'telegram']), url: z.url() })).default([]),
  hours: z.string().min(2).optional(), // OpenStreetMap opening_hours syntax, checked by the compiler
  languages: z.array(z.enum(LANGS)).default([]),
  services: z.array(localised()).default([]),
  intake: localised().optional(),
  source: sourceSchema,
  verified: isoDate,
});

/** content/leaflet.yaml: what goes on printed leaflets (scripts/leaflets). */
export const leafletSchema = z.strictObject({
  title: localised(5),
  subtitle: localised(5),
  facts: z
    .array(z.strictObject({ source: z.url(), text: localised(10) }))
    .min(3, 'a leaflet needs 3 to 5 key facts')
    .max(5, 'a leaflet needs 3 to 5 key facts'),
  numbers: z.array(slug).min(1).max(6),
  labels: z.strictObject({ home: localised(), help: localised(), birth: localised(), map: localised(), numbers: localised() }),
  translation: perLang(z.enum(['draft', 'reviewed'])),
});
