// The training kit as a trainer and an admin meet it: the offline file from file:// with
// the network blocked, every scenario preset and its link, the debrief, export and import
// (with each bad file and undo), the summary copied as Markdown, and screenshots of the
// menu, a debrief, the summary and the print preview in all three languages.
import { test, before, after } from 'node:test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startServer, withBrowser, widget, pressByKeyboard, chooseByKeyboard, assert, shot, axe, idle, openTools, DEEP_ACTIVE } from './helpers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const OFFLINE = path.join(process.env.DIST || path.join(here, '..', '..', 'dist'), 'marketo-guides-offline.html');
const SIA_KEY = 'marketo-guides:sia-handoff:sia-handoff';
const LANGUAGE = { en: 'English', ko: '한국어', ja: '日本語' };

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.close(); });

/** Chooses a scenario in the menu (untouched practice: it starts without a question). */
async function startScenario(w, slug) {
  await w.getByLabel('Scenario').selectOption(slug);
}

async function statuses(w) {
  return (await w.locator('.mg-step .mg-tag').allTextContents()).map((s) => s.trim());
}

async function practice(page, w) {
  await w.getByRole('radio', { name: /Practice/ }).check();
  await w.locator('.mg-console').first().waitFor();
}

/** The standard handoff, in order, by clicks (keyboard-only runs are in handoff.test). */
async function handoff(w) {
  const acting = w.getByLabel('Acting as');
  await w.getByRole('button', { name: 'Remove access Bo Park' }).click();
  await acting.selectOption({ label: 'Bo Park (Admin)' });
  await w.getByRole('button', { name: 'Connect', exact: true }).click();
  await acting.selectOption({ label: 'Ana Lima (Admin)' });
  await w.getByRole('button', { name: 'Disconnect', exact: true }).click();
  await acting.selectOption({ label: 'Bo Park (Admin)' });
  await w.getByRole('button', { name: 'Remove from instance Ana Lima' }).click();
}

/** A saved value's parts that an import must bring back exactly (stamps move on). */
async function savedParts(page, key) {
  return page.evaluate((k) => {
    const v = JSON.parse(localStorage.getItem(k));
    const { stamps, ...rest } = v.data;
    return rest;
  }, key);
}

/** Chooses a file in the widget's "Import progress" input. */
async function importFile(w, name, contents) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mg-import-')), name);
  fs.writeFileSync(file, contents);
  await openTools(w);
  await w.locator('input[type=file]').setInputFiles(file);
}

test('the offline file runs from file:// with every network request blocked and keeps progress', { timeout: 120000 }, () => withBrowser({}, async (b) => {
  assert.ok(fs.existsSync(OFFLINE), 'make offline wrote dist/marketo-guides-offline.html');
  const requests = [];
  await b.context.setOffline(true);
  await b.context.route(/^(?!file:|data:)/, (route) => { requests.push(route.request().url()); return route.abort(); });
  const page = await b.page();
  page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });
  await page.goto(pathToFileURL(OFFLINE).href);
  await page.locator('.mg-root:not(.mg-first) section.mg').nth(1).waitFor({ timeout: 30000 });
  const [sia, dyn] = [widget(page, 0), widget(page, 1)];
  // Both exercises open in practice mode, each with its scenario menu.
  for (const w of [sia, dyn]) {
    assert.ok(await w.getByRole('radio', { name: /Practice/ }).isChecked());
    await w.getByLabel('Scenario').waitFor();
  }
  assert.equal(await sia.getByLabel('Scenario').inputValue(), 'standard-handoff');
  await handoff(sia);
  assert.deepEqual(await statuses(sia), ['Completed', 'Completed', 'Completed', 'Completed']);
  await sia.locator('.mg-debrief').waitFor();
  // Dynamics in the same file: a preset, one step.
  await startScenario(dyn, 'dynamics-not-published');
  await dyn.getByRole('button', { name: 'Publish All Customizations' }).click();
  const blockers = await dyn.locator('.mg-blockers li').count();
  await idle(page, 1);
  await page.reload();
  await page.locator('.mg-root:not(.mg-first) section.mg').nth(1).waitFor({ timeout: 30000 });
  assert.deepEqual(await statuses(widget(page, 0)), ['Completed', 'Completed', 'Completed', 'Completed']);
  await widget(page, 0).locator('.mg-debrief').waitFor();
  assert.equal(await widget(page, 1).getByLabel('Scenario').inputValue(), 'dynamics-not-published');
  assert.equal(await widget(page, 1).locator('.mg-blockers li').count(), blockers);
  // Guide mode runs too, in both flows: a tick survives a reload.
  for (const i of [0, 1]) {
    await widget(page, i).getByRole('radio', { name: /Guide/ }).check();
    await widget(page, i).locator('.mg-step').first().waitFor();
  }
  await widget(page, 0).locator('.mg-step input[type=checkbox]').first().check();
  await idle(page, 0);
  await page.reload();
  await page.locator('.mg-root:not(.mg-first) section.mg').nth(1).waitFor({ timeout: 30000 });
  assert.ok(await widget(page, 0).locator('.mg-step input[type=checkbox]').first().isChecked());
  assert.ok(await widget(page, 1).getByRole('radio', { name: /Guide/ }).isChecked());
  assert.deepEqual(requests, [], 'no network request');
  // The room's language switch: texts and widgets follow.
  await page.getByLabel('Language', { exact: true }).first().selectOption('ja');
  await page.locator('.mg-root:not(.mg-first) section.mg[lang=ja]').nth(1).waitFor();
  assert.match(await page.locator('h1').textContent(), /研修キット/);
  await shot(page, 'kit-offline-ja');
}));

test('every scenario preset loads into the state it promises, from the menu or a link', { timeout: 120000 }, () => withBrowser({}, async (b) => {
  const page = await b.page(`${server.url}/`);
  const [sia, dyn] = [widget(page, 0), widget(page, 1)];
  await practice(page, sia);
  const pick = startScenario;
  // The standard start is first and selected.
  assert.deepEqual(await sia.getByLabel('Scenario').locator('option').evaluateAll((o) => o.map((x) => x.value)),
    ['standard-handoff', 'incoming-connected', 'leaving-disconnected', 'incoming-not-admin']);
  assert.match(await sia.locator('.mg-goal').textContent(), /Admin A to Admin B/);
  assert.equal((await sia.locator('.mg-status').textContent()).trim(), 'Connected: Ana Lima');
  await pick(sia, 'incoming-connected');
  assert.match(await sia.locator('.mg-status').textContent(), /Ana Lima, Bo Park/);
  await pick(sia, 'leaving-disconnected');
  assert.match(await sia.locator('.mg-status').textContent(), /integration is down/);
  await pick(sia, 'incoming-not-admin');
  assert.match(await sia.locator('.mg-panel p.mg-error:not([id])').textContent(), /not an admin/);
  // Its goal is reached by trying it as the person taking over: the debrief names the rule.
  await sia.getByLabel('Acting as').selectOption({ label: 'Bo Park (User)' });
  await sia.locator('.mg-debrief').waitFor();
  assert.match(await sia.locator('.mg-debrief').textContent(), /neither connected nor on the User Access list/);

  await practice(page, dyn);
  assert.equal(await dyn.getByLabel('Scenario').inputValue(), 'dynamics-standard');
  await dyn.getByRole('region', { name: 'Microsoft Entra admin center (simulated)' }).waitFor();
  await pick(dyn, 'dynamics-solution-3');
  assert.match(await dyn.locator('.mg-blockers').textContent(), /Some users do not have the role/);
  await pick(dyn, 'dynamics-crm-user');
  assert.match(await dyn.locator('.mg-blockers').textContent(), /not the dedicated sync user/);
  await pick(dyn, 'dynamics-not-published');
  // Configured but not published, and the client app of ROPC Step 3 of 4 not begun.
  assert.deepEqual(await dyn.locator('.mg-blockers li').evaluateAll((els) => els.map((e) => e.dataset.requirement)), [
    'published-after-change', 'app-single-tenant', 'client-id-recorded', 'consent-granted', 'secret-saved', 'validated',
    'signed-in-as-sync-user', 'org-url-confirmed']);

  // A link opens its scenario in practice mode in a fresh browser.
  await withBrowser({}, async (b2) => {
    const p2 = await b2.page(`${server.url}/#mg-scenario=leaving-disconnected`);
    const w2 = widget(p2, 0);
    await w2.getByLabel('Scenario').waitFor();
    assert.equal(await w2.getByLabel('Scenario').inputValue(), 'leaving-disconnected');
    assert.match(await w2.locator('.mg-status').textContent(), /integration is down/);
    // The other flow's widget ignores it.
    assert.ok(await widget(p2, 1).getByRole('radio', { name: /Guide/ }).isChecked());
    // Practice done, then the same link reloaded: nothing asked, the progress stays.
    await w2.getByRole('button', { name: 'Connect', exact: true }).click();
    await idle(p2, 0);
    await p2.reload();
    await widget(p2, 0).getByLabel('Scenario').waitFor();
    assert.equal(await widget(p2, 0).locator('[role=alertdialog]').count(), 0);
    assert.equal(await widget(p2, 0).locator('.mg-log > li').count(), 1);
  });
}));

test('choosing or restarting a scenario over practice done asks first, keyboard only', { timeout: 90000 }, () => withBrowser({}, async (b) => {
  const page = await b.page(`${server.url}/`);
  const w = widget(page, 0);
  await practice(page, w);
  const menu = w.getByLabel('Scenario');
  // Untouched practice: arrow keys move through the scenarios, each starting at once.
  await chooseByKeyboard(page, menu, 'already connected');
  assert.match(await w.locator('.mg-status').textContent(), /Ana Lima, Bo Park/);
  await chooseByKeyboard(page, menu, 'Standard handoff');
  await pressByKeyboard(page, w.getByRole('button', { name: 'Remove access Bo Park' }));
  const log = await w.locator('.mg-log li').count();
  // Practice done: the menu asks, focus stays on it, and the question follows the choice.
  await chooseByKeyboard(page, menu, 'not an admin');
  const dialog = w.locator('[role=alertdialog]');
  await dialog.waitFor();
  assert.match(await dialog.textContent(), /“The person taking over is not an admin”\? The practice you have done so far is replaced/);
  assert.equal(await page.evaluate(`${DEEP_ACTIVE}.tagName`), 'SELECT');
  await pressByKeyboard(page, dialog.getByRole('button', { name: 'Cancel' }));
  assert.equal(await dialog.count(), 0);
  assert.equal(await menu.inputValue(), 'standard-handoff');
  assert.match(await w.locator('.mg-goal').textContent(), /Admin A to Admin B/);
  assert.equal(await w.locator('.mg-log li').count(), log);
  await chooseByKeyboard(page, menu, 'not an admin');
  await pressByKeyboard(page, dialog.getByRole('button', { name: 'Yes, start it' }));
  assert.equal(await menu.inputValue(), 'incoming-not-admin');
  assert.equal(await w.locator('.mg-log li').count(), 0);
  assert.match(await w.locator('.mg-panel p.mg-error:not([id])').textContent(), /not an admin/);
  // Practice done again, then "Restart scenario": the question takes focus (on Cancel).
  await pressByKeyboard(page, w.getByRole('button', { name: 'Remove access Bo Park' }));
  await pressByKeyboard(page, w.getByRole('button', { name: 'Restart scenario' }));
  assert.match(await dialog.textContent(), /from its beginning/);
  await page.waitForFunction(`${DEEP_ACTIVE}?.textContent.trim() === 'Cancel'`);
  await pressByKeyboard(page, dialog.getByRole('button', { name: 'Yes, restart' }));
  assert.equal(await menu.inputValue(), 'incoming-not-admin');
  assert.equal(await w.locator('.mg-log li').count(), 0);
}));

test('export, start over, import restores exactly; undo brings back what the import replaced', { timeout: 90000 }, () => withBrowser({}, async (b) => {
  const page = await b.page(`${server.url}/`);
  const w = widget(page, 0);
  await practice(page, w);
  await startScenario(w, 'leaving-disconnected');
  await w.getByRole('button', { name: 'Connect', exact: true }).click();
  await idle(page, 0);
  const before = await savedParts(page, SIA_KEY);
  const steps = await statuses(w);
  await openTools(w);
  const [download] = await Promise.all([page.waitForEvent('download'), w.getByRole('button', { name: 'Export progress' }).click()]);
  assert.equal(download.suggestedFilename(), 'sia-handoff-progress.json');
  const file = await download.path();
  const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(exported.flow, 'sia-handoff');
  assert.equal(exported.schema, 2);

  await openTools(w);
  await w.getByRole('button', { name: 'Start over' }).click();
  await w.getByRole('button', { name: 'Yes, start over' }).click();
  await practice(page, w);
  assert.equal(await w.getByLabel('Scenario').inputValue(), 'standard-handoff');
  await openTools(w);
  await w.locator('input[type=file]').setInputFiles(file);
  const dialog = w.locator('[role=alertdialog]');
  await dialog.getByRole('button', { name: 'Yes, replace it' }).click();
  await idle(page, 0);
  assert.deepEqual(await savedParts(page, SIA_KEY), before);
  assert.deepEqual(await statuses(w), steps);
  assert.equal(await w.getByLabel('Scenario').inputValue(), 'leaving-disconnected');
  // Undo: the fresh practice that was there before the import.
  await w.getByRole('button', { name: 'Undo import' }).click();
  assert.equal(await w.getByLabel('Scenario').inputValue(), 'standard-handoff');
  assert.equal(await w.getByRole('button', { name: 'Undo import' }).count(), 0);
}));

test('each bad import says why and changes nothing', { timeout: 90000 }, () => withBrowser({}, async (b) => {
  const page = await b.page(`${server.url}/`);
  const w = widget(page, 0);
  await practice(page, w);
  await w.getByRole('button', { name: 'Remove access Bo Park' }).click();
  await idle(page, 0);
  const saved = await page.evaluate((k) => localStorage.getItem(k), SIA_KEY);
  const good = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), SIA_KEY);
  const dynamics = await page.evaluate(() => Object.keys(localStorage).find((k) => k.includes('dynamics')));
  const cases = [
    ['too-big.json', 'x'.repeat(1024 * 1024 + 1), /1,024 KiB at most/],
    ['notes.json', 'these are my notes, not JSON', /not a progress file/],
    ['shape.json', JSON.stringify({ schema: 2, revision: 1, saved_at: 0, data: { ticks: 'x' } }), /does not hold progress of this guide/],
    ['future.json', JSON.stringify({ ...good, schema: 3 }), /newer version of the guide \(format 3\)/],
    ['other.json', JSON.stringify({ ...good, flow: 'dynamics-sync-user' }), /other guide \(dynamics-sync-user\)/],
  ];
  for (const [name, contents, message] of cases) {
    await importFile(w, name, contents);
    const alert = w.locator('.mg-import [role=alert]');
    // Waits for the message (a wait that fails when it never comes), then reads it whole.
    await alert.filter({ hasText: message }).waitFor({ timeout: 5000 });
    assert.match(await alert.textContent(), message, name);
    const input = w.getByRole('button', { name: 'Import progress' });
    assert.match(await input.getAttribute('aria-describedby'), /import-error/);
    assert.equal(await w.locator('[role=alertdialog]').count(), 0, `${name}: nothing to confirm`);
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), SIA_KEY), saved, `${name} changed nothing`);
  }
  assert.equal(dynamics, undefined, 'the other widget was not touched');
}));

test('the Markdown summary of a finished handoff lists every step and the recovered mistake', { timeout: 90000 }, () => withBrowser({}, async (b) => {
  await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await b.page(`${server.url}/`);
  const w = widget(page, 0);
  await practice(page, w);
  // The mistake: A disconnects first and everyone loses Marketo; then A connects again.
  await w.getByRole('button', { name: 'Disconnect', exact: true }).click();
  await w.locator('[role=alertdialog]').getByRole('button', { name: 'Do it anyway' }).click();
  await w.getByRole('button', { name: 'Connect', exact: true }).click();
  await handoff(w);
  await openTools(w);
  await w.getByRole('button', { name: 'Summary' }).click();
  const summary = w.getByRole('region', { name: 'Summary' });
  await summary.getByRole('button', { name: 'Copy as Markdown' }).click();
  await summary.getByText('Summary copied as Markdown.').waitFor();
  const md = await page.evaluate(() => navigator.clipboard.readText());
  // Step titles as shown, without the "Recovery" badge inside the title line.
  const titles = await w.locator('.mg-step-title').evaluateAll((els) => els.map((el) => {
    const copy = el.cloneNode(true);
    copy.querySelectorAll('.mg-tag, .mg-badge, .mg-recovery').forEach((x) => x.remove());
    return copy.textContent.trim();
  }));
  assert.ok(titles.length >= 5, 'the recovery step and the four handoff steps');
  const plain = md.replace(/\\(.)/g, '$1');
  for (const title of titles) assert.ok(plain.includes(`- [x] ${title}`), `${title} in\n${md}`);
  assert.match(plain, /## Mistakes and how they were put right\n\n- .*lost Marketo/);
  assert.match(plain, /  - Put right at .*Ana Lima/);
  assert.match(plain, /\*\*Result:\*\* goal reached/);
  assert.match(plain, /\*\*Scenario:\*\* Standard handoff/);
  await shot(page, 'kit-summary-en');
}));

for (const lang of ['en', 'ko', 'ja']) {
  test(`the scenario menu, a debrief, the summary and its print preview in ${lang}`, { timeout: 120000 }, () => withBrowser({ width: 1280 }, async (b) => {
    const page = await b.page(`${server.url}/#mg-scenario=incoming-not-admin`);
    const w = widget(page, 0);
    await openTools(w);
    await w.locator('select[name="mg-lang"]').selectOption({ label: LANGUAGE[lang] });
    await w.locator(`.mg-root:not(.mg-first) section.mg[lang=${lang}]`).or(page.locator(`.mg-root:not(.mg-first) section.mg[lang=${lang}]`)).first().waitFor();
    const pick = w.locator('.mg-scenario select');
    assert.equal(await pick.inputValue(), 'incoming-not-admin');
    await shot(page, `kit-menu-${lang}`);
    // The goal: act as the person taking over (second option of "Acting as").
    const acting = w.locator('.mg-console select').first();
    await acting.selectOption({ index: 1 });
    await w.locator('.mg-debrief').waitFor();
    await axe(page, `kit debrief ${lang}`);
    await w.locator('.mg-debrief').scrollIntoViewIfNeeded();
    await shot(page, `kit-debrief-${lang}`);
    await w.locator('.mg-kit button').first().click();
    await w.locator('.mg-summary').waitFor();
    await axe(page, `kit summary ${lang}`);
    await shot(page, `kit-summary-${lang}`);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await w.locator('.mg-console').first().isVisible(), false, 'no console in print');
    assert.ok(await w.locator('.mg-summary').isVisible());
    await shot(page, `kit-print-${lang}`);
    await page.emulateMedia({ media: 'screen' });
  }));
}

test('at 320 px the kit stays inside the widget in Japanese', { timeout: 90000 }, () => withBrowser({ width: 320, height: 800 }, async (b) => {
  const page = await b.page(`${server.url}/#mg-scenario=dynamics-crm-user`);
  const w = widget(page, 1);
  await w.locator('.mg-scenario select').waitFor();
  await openTools(w);
  await w.locator('select[name="mg-lang"]').selectOption({ label: '日本語' });
  await w.locator('.mg-kit button').first().click();
  await w.locator('.mg-summary').waitFor();
  const overflow = await w.evaluate((el) => [...el.querySelectorAll('.mg-kit, .mg-scenario, .mg-summary, .mg-summary *')]
    .filter((x) => x.getBoundingClientRect().right > el.getBoundingClientRect().right + 1).map((x) => x.className || x.tagName));
  assert.deepEqual(overflow, []);
  await shot(page, 'kit-320-ja');
}));
