// "Send Qadam to a phone without internet" on a phone that is ready offline, with the network
// cut: Settings, Help and the outreach bar hand over an HTML file per downloaded language
// (Web Share with a file, captured by a stub), or save it where file sharing is missing. The
// file holds that language's articles and nothing the family entered earlier in the test.
import { expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import fs from 'node:fs';
import path from 'node:path';
import { useBrowserAndServer, newPhone, waitOfflineReady } from '../helpers/browser.js';
import { DIST_A } from '../helpers/builds.js';
import { strings } from '../helpers/strings.js';

const app = useBrowserAndServer();
const ru = strings('ru');

const SECRETS = { nickname: 'Нигора-7731', note: 'Секретная заметка 4471', feedback: 'Секретный отзыв 9382' };

/** Web Share with files, as Android Chrome has it; what is shared is kept in window.__shared. */
function stubShare() {
  window.__shared = [];
  Object.defineProperty(Navigator.prototype, 'canShare', {
    configurable: true,
    value: (data) => !!data && Array.isArray(data.files) && data.files.length > 0,
  });
  Object.defineProperty(Navigator.prototype, 'share', {
    configurable: true,
    value: async (data) => {
      for (const f of data.files) window.__shared.push({ name: f.name, type: f.type, text: await f.text() });
    },
  });
}

/** A browser without file sharing (most desktops, older phones). */
function noShare() {
  for (const name of ['canShare', 'share']) Object.defineProperty(Navigator.prototype, name, { configurable: true, value: undefined });
}

const packTitles = (lang) => {
  const file = fs.readdirSync(path.join(DIST_A, 'packs')).find((f) => f.startsWith(`${lang}.`) && f.endsWith('.json'));
  return JSON.parse(fs.readFileSync(path.join(DIST_A, 'packs', file), 'utf8')).articles.map((a) => a.title).sort();
};

/** What a reader of the file sees: its language and its article titles. */
function readKit(html) {
  const doc = new JSDOM(html).window.document;
  return { lang: doc.documentElement.lang, titles: [...doc.querySelectorAll('#rights > article > h3')].map((h) => h.textContent).sort() };
}

/** Open the send dialog from `scope`, pick `lang` if asked, wait for the file, tap send. */
async function sendFrom(page, scope, lang) {
  await page.locator(`${scope} [data-testid="send-kit"]`).click();
  const dialog = page.locator('dialog[open][data-testid="kit-dialog"]');
  await dialog.waitFor();
  if (lang) await dialog.locator(`input[name="kit-lang"][value="${lang}"]`).check();
  await expect.poll(() => dialog.locator('[data-testid="kit-file"]').textContent()).toContain(`qadam-${lang ?? 'ru'}.html`);
  await dialog.locator('[data-testid="send-kit-file"]').click();
  return dialog;
}

const shared = (page) => page.evaluate(() => window.__shared);

/** The family uses the app first: a child's nickname, a ticked step with a note, feedback. */
async function enterFamilyData(page) {
  await page.goto(`${app.server.url}/ru/checklists`);
  const picker = page.locator('[data-testid="child-picker"]');
  // Rename, add and clear are folded away under "Rename or add a child": open it as a user would.
  await picker.locator(`summary:has-text("${ru.checklists.children.manage}")`).click();
  await picker.locator(`button:has-text("${ru.checklists.children.add}")`).click();
  await picker.locator('input').fill(SECRETS.nickname);
  await picker.locator(`button:has-text("${ru.checklists.children.save}")`).click();
  await expect.poll(() => picker.textContent()).toContain(SECRETS.nickname);

  await page.goto(`${app.server.url}/ru/checklists/register-birth`);
  const step = (id) => `.cl-steps [data-step="${id}"]`;
  // The note first: a ticked step folds to its title, note and all.
  await page.click(`${step('apply-at-psc')} .cl-note summary`);
  await page.fill(`${step('apply-at-psc')} textarea`, SECRETS.note);
  await page.locator(`${step('apply-at-psc')} textarea`).blur();
  await page.waitForSelector(`${step('apply-at-psc')} .cl-saved`);
  await page.check(`${step('apply-at-psc')} input[type="checkbox"]`);
  await page.waitForSelector(`${step('apply-at-psc')}[data-done="true"]`);

  await page.goto(`${app.server.url}/ru/feedback`);
  const form = page.locator('[data-testid="feedback-general"]');
  await form.locator('textarea').fill(SECRETS.feedback);
  await form.getByRole('button', { name: ru.feedback.send, exact: true }).click();
  await expect.poll(() => form.getByRole('status').textContent()).toBe(ru.feedback.queued);
}

const expectNoFamilyData = (text) => {
  for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
};

test('offline, Settings, Help and the outreach bar hand over the kit of each downloaded language, with no family data', async () => {
  const { context, page, errors } = await newPhone(app.browser);
  await context.addInitScript(stubShare);
  await page.goto(`${app.server.url}/uz/`);
  await waitOfflineReady(page);
  await page.goto(`${app.server.url}/ru/`);
  await waitOfflineReady(page);
  await context.setOffline(true);
  await enterFamilyData(page);

  // Settings: two languages on the phone, so the family picks; Russian first, then Uzbek.
  await page.goto(`${app.server.url}/ru/settings`);
  let dialog = await sendFrom(page, 'main', 'ru');
  expect(await dialog.locator('input[name="kit-lang"]').evaluateAll((rs) => rs.map((r) => r.value))).toEqual(['ru', 'uz']);
  await expect.poll(async () => (await shared(page)).length).toBe(1);
  await dialog.locator('input[name="kit-lang"][value="uz"]').check();
  await expect.poll(() => dialog.locator('[data-testid="kit-file"]').textContent()).toContain('qadam-uz.html');
  await dialog.locator('[data-testid="send-kit-file"]').click();
  await expect.poll(async () => (await shared(page)).length).toBe(2);
  const [ruFile, uzFile] = await shared(page);
  expect([ruFile.name, ruFile.type, uzFile.name, uzFile.type]).toEqual(['qadam-ru.html', 'text/html', 'qadam-uz.html', 'text/html']);
  expect(readKit(ruFile.text)).toEqual({ lang: 'ru', titles: packTitles('ru') });
  expect(readKit(uzFile.text)).toEqual({ lang: 'uz', titles: packTitles('uz') });
  expectNoFamilyData(ruFile.text);
  expectNoFamilyData(uzFile.text);

  // Help: the same control, the same file.
  await page.goto(`${app.server.url}/ru/help`);
  dialog = await sendFrom(page, 'main');
  await expect.poll(async () => (await shared(page)).length).toBe(1);
  const [helpFile] = await shared(page);
  expect(helpFile.text).toBe(ruFile.text);

  // The outreach bar: a worker sends the file to the family's phone.
  await page.goto(`${app.server.url}/ru/settings`);
  await page.getByRole('button', { name: ru.outreach.on }).click();
  await sendFrom(page, '.outreach-bar', 'uz');
  await expect.poll(async () => (await shared(page)).length).toBe(1);
  expect((await shared(page))[0].text).toBe(uzFile.text);

  expect(errors).toEqual([]);
  await context.close();
});

test('where a phone cannot share files, the control saves the kit instead', async () => {
  const { context, page } = await newPhone(app.browser, { acceptDownloads: true });
  await context.addInitScript(noShare);
  await page.goto(`${app.server.url}/ru/`);
  await waitOfflineReady(page);
  await context.setOffline(true);
  await page.goto(`${app.server.url}/ru/settings`);
  await page.locator('main [data-testid="send-kit"]').click();
  const dialog = page.locator('dialog[open][data-testid="kit-dialog"]');
  // One language on this phone: no language question.
  await expect.poll(() => dialog.locator('[data-testid="kit-file"]').textContent()).toContain('qadam-ru.html');
  expect(await dialog.locator('input[name="kit-lang"]').count()).toBe(0);
  expect(await dialog.textContent()).toContain(ru.kit.saveHint);
  const button = dialog.locator('[data-testid="send-kit-file"]');
  expect(await button.textContent()).toBe(ru.kit.save);
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toBe('qadam-ru.html');
  const text = fs.readFileSync(await download.path(), 'utf8');
  expect(readKit(text)).toEqual({ lang: 'ru', titles: packTitles('ru') });
  await context.close();
});
