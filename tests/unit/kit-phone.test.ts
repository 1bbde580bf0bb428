// The kit a phone makes (src/features/kit/make-kit.ts, from Dexie and the precached UI strings)
// is byte for byte the kit the build writes (scripts/kit/build.js, from the pack files), for
// the same content and address; and it carries nothing the family saved on the phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { db } from '../../src/data/db';
import { importPack, type Pack } from '../../src/data/pack-import';
import { makeKitFile } from '../../src/features/kit/make-kit';
import { writeKits } from '../../scripts/kit/build.js';
import manifest from '../../src/generated/packs.json';
import type { Lang } from '../../src/shared/langs.js';

const root = path.resolve(import.meta.dirname, '../..');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'qadam-kit-phone-'));
const LANGS: Lang[] = ['ru', 'uz'];
const SECRETS = ['Nickname-Zarina-7', 'Note: passport 123-secret', 'Feedback: my street secret'];

beforeAll(async () => {
  for (const lang of LANGS) {
    const info = (manifest.packs as Record<string, { url: string }>)[lang];
    await importPack(db, JSON.parse(fs.readFileSync(path.join(root, 'public', info.url), 'utf8')) as Pack);
  }
  // The family's own data, in the same database.
  await db.children.put({ id: 'child-1', nickname: SECRETS[0], createdAt: '2026-12-01T00:00:00Z', answers: { bornInKz: 'yes' } });
  await db.progress.put({ childId: 'child-1', checklistId: 'register-birth', steps: { 'apply-at-psc': { done: true, note: SECRETS[1] } }, seenSteps: [], updatedAt: '2026-12-01T00:00:00Z' });
  await db.settings.put({ key: 'src', value: 'leaflet-secret-tag' });
  writeKits({ outDir: out, origin: window.location.origin });
}, 60_000);
afterAll(async () => {
  await db.delete();
  fs.rmSync(out, { recursive: true, force: true });
});

/** jsdom's File has no .text(); its FileReader reads it as UTF-8. */
const readText = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });

describe('the kit made on the phone', () => {
  it.each(LANGS)('is the build\'s qadam-%s.html, byte for byte, for the same content and address', async (lang) => {
    const file = await makeKitFile(lang);
    expect(file.name).toBe(`qadam-${lang}.html`);
    expect(file.type).toBe('text/html');
    expect(await readText(file)).toBe(fs.readFileSync(path.join(out, 'kit', `qadam-${lang}.html`), 'utf8'));
  });

  it('holds none of the nicknames, notes, answers or campaign tag saved on the phone', async () => {
    const text = await readText(await makeKitFile('ru'));
    for (const secret of [...SECRETS, 'leaflet-secret-tag']) expect(text).not.toContain(secret);
  });
});
