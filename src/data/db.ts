// The one Dexie schema. Every change is a new numbered version below, never an edit of an
// old one, and each version has a migration test (tests/unit/db-schema.test.ts).
//
// Two kinds of tables live here, and the difference matters:
//   content tables (packs, articles) are replaced wholesale by a pack import;
//   user tables (settings, children, progress, outbox) belong to the family and no import
//   may touch them.
// The service worker reads the outbox table without Dexie (src/shared/outbox/idb-store.ts),
// so its name and indexes come from src/shared/outbox/record.ts.
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Lang } from '../shared/langs.js';
import { DB_NAME, OUTBOX_STORE, SENT_STORE, type OutboxRecord, type SentRecord } from '../shared/outbox/record';

export { DB_NAME };
export type { OutboxRecord, SentRecord };

export interface Source {
  title: string;
  url: string;
  date: string;
  accessed: string;
}

export interface PackRecord {
  lang: Lang;
  hash: string;
  importedAt: string;
}

export interface ArticleRecord {
  lang: Lang;
  slug: string;
  topic: string;
  order: number;
  status: 'draft' | 'reviewed';
  reviewed: string;
  sources: Source[];
  title: string;
  summary: string;
  translation: 'draft' | 'reviewed';
  html: string;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

type Localised = string;

export interface ChecklistStep {
  id: string;
  title: Localised;
  do: Localised;
  documents: Localised[];
  where: { categories: string[]; points: string[] };
  whereText?: Localised; // where to go, in words (a kind of office with no place on the map yet)
  cost?: Localised;
  time?: Localised;
  article?: string;
  unverified: boolean;
  beforeYouGo?: boolean; // show the checklist's before-you-go note with this step
  sources: string[];
  when?: unknown; // a condition (src/features/checklists/conditions.ts)
}

export interface ChecklistRecord {
  lang: Lang;
  id: string;
  order: number;
  status: 'draft' | 'reviewed';
  reviewed: string;
  translation: 'draft' | 'reviewed';
  title: string;
  summary: string;
  applies?: unknown;
  sources: Source[];
  /** The before-you-go risk note, once per checklist, when a step shows it (HTML built from content). */
  beforeYouGo?: { title: string; html: string };
  steps: ChecklistStep[];
}

export interface PointRecord {
  lang: Lang;
  id: string;
  category: string;
  name: string;
  description: string;
  address?: string;
  city: string;
  lat: number;
  lon: number;
  precision: 'exact' | 'city' | 'approximate';
  phones: { number: string; tel: string }[];
  messengers: { kind: string; url: string }[];
  hours?: string; // OpenStreetMap opening_hours syntax
  languages: string[];
  services: string[];
  intake?: string;
  sources: Source[]; // each with its own date
  verified: string; // the day the sources were read, not a check of the place
  /** Alphabetical place among its language's points, by that language's collation (content build). */
  nameRank?: number;
}

export interface SearchIndexRecord {
  lang: Lang;
  index: string; // MiniSearch JSON, built on the phone when the pack is imported (pack-import.ts)
  ru?: string; // the Russian index too: a fallback for families who read some Russian
}

/** A child the family follows, under a nickname they chose (never a full name). */
export interface ChildRecord {
  id: string;
  nickname: string;
  createdAt: string;
  answers: Record<string, string>;
}

export interface StepProgress {
  done: boolean;
  note?: string;
  doneAt?: string;
}

export interface ProgressRecord {
  childId: string;
  checklistId: string;
  steps: Record<string, StepProgress>;
  seenSteps: string[]; // step ids the family has seen: a step not in here is "new"
  updatedAt: string;
}

export type QadamDB = Dexie & {
  packs: EntityTable<PackRecord, 'lang'>;
  articles: Table<ArticleRecord, [Lang, string]>;
  checklists: Table<ChecklistRecord, [Lang, string]>;
  points: Table<PointRecord, [Lang, string]>;
  search: EntityTable<SearchIndexRecord, 'lang'>;
  settings: EntityTable<SettingRecord, 'key'>;
  children: EntityTable<ChildRecord, 'id'>;
  progress: Table<ProgressRecord, [string, string]>;
  outbox: EntityTable<OutboxRecord, 'id'>;
  sent: EntityTable<SentRecord, 'id'>;
};

/** Replaced by a pack import. Everything else belongs to the family. */
export const CONTENT_TABLES = ['packs', 'articles', 'checklists', 'points', 'search'] as const;
export const USER_TABLES = ['settings', 'children', 'progress', 'outbox', 'sent'] as const;

/** Version history. Append only. */
export function defineSchema(db: Dexie): void {
  // v1: content from packs, and user settings.
  db.version(1).stores({
    packs: 'lang',
    articles: '[lang+slug], lang',
    settings: 'key',
  });
  // v2: checklists, points and the search index join the packs; the family's children,
  // checklist progress and feedback outbox get their own tables. Only new tables: v1 rows stay.
  db.version(2).stores({
    checklists: '[lang+id], lang',
    points: '[lang+id], lang',
    search: 'lang',
    children: 'id',
    progress: '[childId+checklistId], childId',
    [OUTBOX_STORE]: 'id, state, createdAt',
  });
  // v3: ids the server confirmed, for a day, so "Sent" is shown only for what the server
  // has (a deleted item is "deleted", not "sent"). Only a new table: v2 rows stay.
  db.version(3).stores({
    [SENT_STORE]: 'id, at',
  });
}

export function openDb(name = DB_NAME): QadamDB {
  const db = new Dexie(name) as QadamDB;
  defineSchema(db);
  return db;
}

export const db = openDb();
