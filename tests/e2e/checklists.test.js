// Checklists offline in a real browser: the situation questions (one skipped), the
// recommendations, ticks and a note that survive a reload without internet, children kept
// apart, the printable summary, and accessibility of both checklist pages.
import { expect, test } from 'vitest';
import { useBrowserAndServer, newPhone, waitOfflineReady, axeViolations, smallTargets } from '../helpers/browser.js';
import { strings } from '../helpers/strings.js';

const app = useBrowserAndServer();

const ru = strings('ru').checklists;
const ANSWERS = [
  ['bornInKz', 'yes'],
  ['birthPlace', 'skipped'], // the Skip button
  ['childAge', 'under1'],
  ['parentsCitizenship', 'uz'],
  ['parentsPassports', 'yes'],
  ['hasBirthCertificate', 'no'],
  ['hasPassport', 'no'],
  ['hasIin', 'no'],
  ['eaeuWorker', 'no'],
];

async function answerQuestions(page) {
  for (const [q, value] of ANSWERS) {
    await page.click(`[data-testid="situation"] [data-question="${q}"] [data-answer="${value}"]`);
  }
}

const step = (id) => `.cl-steps [data-step="${id}"]`;
const checked = (page, id) => page.isChecked(`${step(id)} input[type="checkbox"]`);
const openList = async (page) => {
  await page.click(`.crumb a[href="/ru/checklists"]`);
  await page.waitForSelector('[data-testid="child-picker"]');
};
const openBirth = async (page) => {
  await page.click('[data-testid="all-checklists"] a[href="/ru/checklists/register-birth"]');
  await page.waitForSelector(`article[data-checklist="register-birth"] ${step('apply-at-psc')}`);
};


test('answers, recommendations, ticks and notes work offline and survive a reload; children are kept apart', async () => {
  const { context, page, errors } = await newPhone(app.browser);
  await page.goto(`${app.server.url}/ru/`);
  await waitOfflineReady(page);
  await context.setOffline(true);

  await page.goto(`${app.server.url}/ru/checklists`);
  await page.waitForSelector('[data-testid="situation"] [data-question="bornInKz"]');
  expect(await page.textContent('[data-testid="child-picker"]')).toContain(ru.children.current.replace('{{name}}', 'Ребёнок 1'));
  await answerQuestions(page);

  // Recommendations follow the answers and the checklists' order: birth first, no school for a baby.
  const rec = page.locator('[data-testid="recommended"] a');
  await rec.first().waitFor();
  const hrefs = await rec.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs[0]).toBe('/ru/checklists/register-birth');
  expect(hrefs).toContain('/ru/checklists/kindergarten-queue');
  expect(hrefs).not.toContain('/ru/checklists/enrol-school');
  expect(await page.textContent('[data-testid="situation"] [data-question="birthPlace"]')).toContain(ru.skipped);

  await rec.first().click();
  await page.waitForSelector(step('apply-at-psc'));
  // Steps follow the answers: passports yes → no "register without documents" step.
  expect(await page.locator(step('translate-parent-id')).count()).toBe(1);
  expect(await page.locator(step('register-without-documents')).count()).toBe(0);

  await page.check(`${step('apply-at-psc')} input[type="checkbox"]`);
  await page.check(`${step('copy-birth-certificate')} input[type="checkbox"]`);
  await page.click(`${step('check-birth-certificate')} .cl-note summary`);
  await page.fill(`${step('check-birth-certificate')} textarea`, 'Спросить про фамилию');
  await page.locator(`${step('check-birth-certificate')} textarea`).blur();
  await page.waitForSelector(`${step('check-birth-certificate')} .cl-saved:has-text("${strings('ru').checklists.step.saved}")`);
  await expect.poll(() => page.textContent('[data-testid="checklist-progress"]')).toContain('Сделано: 2 из');

  await page.reload();
  await page.waitForSelector(step('apply-at-psc'));
  await expect.poll(() => checked(page, 'apply-at-psc')).toBe(true);
  expect(await checked(page, 'copy-birth-certificate')).toBe(true);
  expect(await checked(page, 'check-birth-certificate')).toBe(false);
  expect(await page.inputValue(`${step('check-birth-certificate')} textarea`)).toBe('Спросить про фамилию');

  // A second child starts with nothing.
  await openList(page);
  await page.click(`[data-testid="child-picker"] summary:has-text("${ru.children.manage}")`); // folded away: the page leads with the steps
  await page.click(`[data-testid="child-picker"] button:has-text("${ru.children.add}")`);
  expect(await page.inputValue('[data-testid="child-picker"] input')).toBe('Ребёнок 2');
  await page.click(`[data-testid="child-picker"] button:has-text("${ru.children.save}")`);
  await page.waitForSelector('[data-testid="situation"] [data-question="bornInKz"]');
  await openBirth(page);
  expect(await page.textContent('.cl-for')).toContain('Ребёнок 2');
  expect(await page.locator('.cl-steps input[type="checkbox"]:checked').count()).toBe(0);
  expect(await page.inputValue(`${step('check-birth-certificate')} textarea`)).toBe('');

  // Switch back: the first child's ticks are there.
  await openList(page);
  await page.selectOption('[data-testid="child-picker"] select', { label: 'Ребёнок 1' });
  await page.waitForSelector('[data-testid="recommended"]');
  await openBirth(page);
  await expect.poll(() => checked(page, 'apply-at-psc')).toBe(true);
  expect(await checked(page, 'copy-birth-certificate')).toBe(true);

  // The printed page is the summary: what is done, what is next, what to bring.
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.cl-steps').isVisible()).toBe(false);
  const summary = page.locator('[data-testid="print-summary"]');
  expect(await summary.isVisible()).toBe(true);
  expect(await summary.textContent()).toContain(ru.summary.documents);
  await page.emulateMedia({ media: 'screen' });

  expect(errors).toEqual([]);
  await context.close();
});

test('an unknown checklist shows the not-found page', async () => {
  const { context, page } = await newPhone(app.browser);
  await page.goto(`${app.server.url}/ru/checklists/no-such-list`);
  await expect.poll(() => page.textContent('main h1')).toBe(strings('ru').notFound.title);
  await context.close();
});

test('on the prerendered steps page, the questions are not dead buttons before the app has started', async () => {
  // A first visit shows the prerendered HTML while the app loads; a tap on an answer then would
  // be lost (and the next question would never come), so the buttons are disabled until then.
  const { context, page } = await newPhone(app.browser);
  await page.route(/\.m?js(\?.*)?$/, (route) => route.abort());
  await page.goto(`${app.server.url}/ru/checklists`);
  const skip = page.locator('[data-testid="situation"] [data-answer="skipped"]');
  expect(await skip.isDisabled()).toBe(true);
  await page.unroute(/\.m?js(\?.*)?$/);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.render);
  const first = await page.locator('[data-testid="situation"] [data-question]').getAttribute('data-question');
  await skip.click();
  await expect.poll(() => page.locator('[data-testid="situation"] [data-question]').getAttribute('data-question')).not.toBe(first);
  await context.close();
});

test('the checklists pages have no axe violations and big enough tap targets', async () => {
  const { context, page } = await newPhone(app.browser);
  await page.goto(`${app.server.url}/ru/checklists`);
  await page.waitForSelector('[data-testid="situation"] [data-question="bornInKz"]');
  await page.waitForSelector('[data-testid="all-checklists"] a'); // the language pack is in
  expect(await axeViolations(page), 'questions').toEqual([]);
  expect(await smallTargets(page, 'main'), 'questions').toEqual([]);
  await answerQuestions(page);
  await page.waitForSelector('[data-testid="recommended"]');
  expect(await axeViolations(page), 'recommendations').toEqual([]);
  expect(await smallTargets(page, 'main'), 'recommendations').toEqual([]);

  await page.goto(`${app.server.url}/ru/checklists/register-birth`);
  await page.waitForSelector(step('apply-at-psc'));
  await page.click(`${step('apply-at-psc')} .cl-note summary`);
  expect(await axeViolations(page), 'checklist').toEqual([]);
  expect(await smallTargets(page, 'main'), 'checklist').toEqual([]);
  await context.close();
});
