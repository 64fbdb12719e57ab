// The one move left: a widget of a guide-only module switched to practice moves into its
// flow's module with the consoles. Under a slow network (Chromium's own emulation) the
// reader switches and acts at once, again and again, and nothing is lost; a download that
// fails says so, offers "Try again" and leaves the guide working; an import moved along can
// still be undone; and practice choices survive a language change and an import.
import { test, before, after } from 'node:test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assert, withBrowser, launch, startServer, widget, open, openTools, shot, stored, DEEP_ACTIVE } from './helpers.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.close(); });

const DYN_KEY = 'marketo-guides:dynamics-sync-user:dynamics-sync-user';
const SIA_KEY = 'marketo-guides:sia-handoff:sia-handoff';
const FULL = /-(sia-handoff|dynamics-sync-user)-full-[0-9a-f]+(_bg\.wasm|\.js)(\?|$)/;

const usesPassword = (v) => JSON.stringify(v.data.practice).includes('SyncUserPassword');

test('switching to practice on a slow network and acting at once, 20 times in a row, loses nothing', { timeout: 600000 }, () =>
  withBrowser({}, async (b) => {
    const page = await b.page();
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    // A slow connection: every module download takes a while.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 150, downloadThroughput: 3 * 1024 * 1024, uploadThroughput: 512 * 1024,
    });
    for (let round = 1; round <= 20; round++) {
      await page.goto(`${server.url}/`);
      await page.evaluate(() => localStorage.clear());
      await open(page, `${server.url}/`);
      const w = widget(page, 1);
      await w.getByRole('radio', { name: 'Sync user with a password' }).check();
      await w.getByRole('radio', { name: /^Practice/ }).check();
      // While the console downloads: the widget says so and takes no input.
      if (round === 1) {
        await w.locator('.mg-loading[role=status]').waitFor();
        assert.equal(await w.getAttribute('aria-busy'), 'true', `round ${round}: busy while loading`);
        assert.equal(await w.locator('header.mg-head').getAttribute('inert'), '', 'the header takes no input');
        await w.getByRole('radio', { name: /^Guide/ }).click({ force: true, timeout: 500 }).catch(() => {});
        assert.equal(await w.getByRole('radio', { name: /^Practice/ }).isChecked(), true, 'a click while loading is not taken');
      }
      // As soon as the console is there, the same choice in it (the guide's choice is not
      // shown in practice: this radio is the console's).
      const password = w.getByRole('radio', { name: 'Sync user with a password' });
      await password.waitFor();
      assert.equal(await w.locator('.mg-console').count() > 0, true);
      await password.check();
      // Saved, and still chosen once saved (a late write of the old widget would flip it).
      const saved = await stored(page, DYN_KEY, usesPassword);
      assert.equal(saved.data.mode, 'Practice', `round ${round}`);
      assert.equal(await password.isChecked(), true, `round ${round}: the choice stays`);
      assert.equal(await w.getAttribute('aria-busy'), null, `round ${round}: no longer busy`);
      // One widget root per shadow root: the old one left nothing behind.
      const roots = await page.evaluate(() => [...document.querySelectorAll('[data-marketo-guide]')]
        .map((el) => el.shadowRoot.querySelectorAll('.mg-root, .mg-placeholder').length));
      assert.deepEqual(roots, [1, 1], `round ${round}: one root each`);
    }
    // And after a reload (a move again): still the reader's choice.
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await page.reload();
    const again = widget(page, 1).getByRole('radio', { name: 'Sync user with a password' });
    await again.waitFor();
    assert.equal(await again.isChecked(), true);
  }));

test('a module that fails to download: an alert in the reader\'s language with "Try again", and the guide keeps working', { timeout: 120000 }, () =>
  withBrowser({}, async (b) => {
    const page = await b.page();
    let failing = true;
    await page.route(FULL, (route) => (failing ? route.abort('failed') : route.continue()));
    await open(page, `${server.url}/`);
    const w = widget(page, 0);
    // In Korean, chosen in the widget.
    await openTools(w);
    await w.locator('select[name=mg-lang]').selectOption('ko');
    await w.locator('.mg-step input[type=checkbox]').first().check();
    await w.locator('.mg-modes input[value=practice]').click();
    const alert = w.locator('.mg-move-failed[role=alert]');
    await alert.waitFor();
    assert.match(await alert.textContent(), /연습 콘솔을 내려받지 못했습니다/);
    const retry = alert.getByRole('button', { name: '다시 시도' });
    assert.equal(await page.evaluate(`${DEEP_ACTIVE}.textContent`), '다시 시도', 'focus on "Try again"');
    // The guide is back and works: ticks, the mode switch, the tools.
    assert.equal(await w.getAttribute('aria-busy'), null);
    assert.equal(await w.locator('.mg-modes input[value=guide]').isChecked(), true);
    assert.equal(await w.locator('.mg-step input[type=checkbox]').first().isChecked(), true, 'the tick made before is kept');
    await w.locator('.mg-step input[type=checkbox]').nth(1).check();
    await stored(page, SIA_KEY, (v) => Object.values(v.data.ticks).filter(Boolean).length === 2);
    await shot(page, 'move-failed-ko');
    // Once the network is back, "Try again" moves the widget into practice.
    failing = false;
    await retry.click();
    await w.locator('.mg-console').waitFor();
    assert.equal(await alert.count(), 0);
    assert.equal(await w.getAttribute('lang'), 'ko');
    await w.locator('.mg-modes input[value=guide]').check();
    assert.equal(await w.locator('.mg-step input[type=checkbox]').nth(1).isChecked(), true, 'nothing lost on the way');
    // The two failed requests are the test's doing; nothing else may be logged.
    const expected = /Failed to load resource: net::ERR_FAILED$/;
    assert.equal(b.errors.filter((e) => expected.test(e)).length, 2);
    b.errors.splice(0, b.errors.length, ...b.errors.filter((e) => !expected.test(e)));
  }));

test('an imported practice file moves the widget and its import can still be undone', { timeout: 120000 }, () =>
  withBrowser({}, async (b) => {
    // A practice file, exported from a full module.
    const page = await b.page();
    await open(page, `${server.url}/fixture/practice`);
    const w0 = widget(page, 0);
    await w0.locator('.mg-console').waitFor();
    await openTools(w0);
    const [download] = await Promise.all([page.waitForEvent('download'), w0.getByRole('button', { name: 'Export progress' }).click()]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mg-move-')), 'practice.json');
    fs.copyFileSync(await download.path(), file);
    // A reader in the guide (guide-only module) with a name typed, imports it.
    const reader = await b.context.newPage();
    await open(reader, `${server.url}/fixture/plain`);
    const w = widget(reader, 0);
    const LONG = 'Maria-Fernanda Alejandra Gonzalez-Rodriguez de la Vega Santiago';
    await w.getByLabel('Admin who is leaving (Admin A)').fill(LONG);
    await openTools(w);
    await w.locator('input[type=file]').setInputFiles(file);
    await w.locator('[role=alertdialog]').getByRole('button', { name: 'Yes, replace it' }).click();
    await w.locator('.mg-console').waitFor();
    const undo = w.getByRole('button', { name: 'Undo import' });
    assert.equal(await undo.isVisible(), true, 'Undo is still offered after the move');
    assert.equal(await reader.evaluate(`${DEEP_ACTIVE}.textContent`), 'Undo import', 'and has focus');
    await undo.click();
    await w.locator('.mg-modes input[value=guide]').check();
    assert.equal(await w.getByLabel('Admin who is leaving (Admin A)').inputValue(), LONG, 'the guide as before the import');
    assert.equal(await undo.count(), 0);
  }));

test('whom the trainee acts as survives a language change and comes back with an import', { timeout: 120000 }, () =>
  withBrowser({}, async (b) => {
    const page = await b.page();
    await open(page, `${server.url}/fixture/practice`);
    const w = widget(page, 0);
    const acting = w.locator('.mg-console select[id$="-acting"]');
    await acting.selectOption({ label: 'Bo Park (Admin)' });
    await openTools(w);
    await w.locator('select[name=mg-lang]').selectOption('ja');
    const selected = () => acting.evaluate((s) => s.options[s.selectedIndex].text);
    assert.match(await selected(), /^鈴木 望/, 'still the second admin, named in Japanese');
    await w.locator('select[name=mg-lang]').selectOption('en');
    assert.equal(await selected(), 'Bo Park (Admin)');
    // Exported acting as Bo; then acting as Ana; the import brings Bo back, on screen too.
    const [download] = await Promise.all([page.waitForEvent('download'), w.getByRole('button', { name: 'Export progress' }).click()]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mg-acting-')), 'practice.json');
    fs.copyFileSync(await download.path(), file);
    await acting.selectOption({ label: 'Ana Lima (Admin)' });
    await w.locator('input[type=file]').setInputFiles(file);
    await w.locator('[role=alertdialog]').getByRole('button', { name: 'Yes, replace it' }).click();
    assert.equal(await selected(), 'Bo Park (Admin)');
    // And it is what was saved (leaving the page writes what is pending): still Bo.
    await page.reload();
    await w.locator('.mg-console').waitFor();
    assert.equal(await selected(), 'Bo Park (Admin)', 'after a reload');
  }));

test('a change another tab saved while the move was under way reaches the moved widget; the widget takes no input meanwhile', { timeout: 120000 }, () =>
  withBrowser({}, async (b) => {
    // The practice module is held until the other tab has saved: the move window, on purpose.
    let release;
    const held = new Promise((r) => { release = r; });
    await b.context.route(FULL, async (route) => { await held; await route.continue(); });
    const mover = await b.page();
    await open(mover, `${server.url}/fixture/plain`);
    const w = widget(mover, 0);
    await w.locator('.mg-modes input[value=practice]').click();
    await w.locator('.mg-loading[role=status]').waitFor();
    assert.equal(await w.getAttribute('aria-busy'), 'true');
    // No input is taken while moving: a click on the guide's mode does nothing.
    await w.locator('.mg-modes input[value=guide]').click({ force: true, timeout: 500 }).catch(() => {});
    assert.equal(await w.locator('.mg-modes input[value=practice]').isChecked(), true);
    // Meanwhile another tab (its own browser here, so its save reaches this page only through
    // storage, as a save whose event comes too late would) names A and ticks a step.
    const other = await launch();
    try {
      const page = await other.page(`${server.url}/fixture/plain`);
      const o = widget(page, 0);
      await o.getByLabel('Admin who is leaving (Admin A)').fill('Dana Whitfield-Okonkwo');
      await o.locator('.mg-step input[type=checkbox]').first().check();
      const theirs = await stored(page, SIA_KEY, (v) => Object.values(v.data.ticks).some(Boolean) && v.data.answers.leaving_name !== '');
      await mover.evaluate(([k, text]) => localStorage.setItem(k, text), [SIA_KEY, JSON.stringify(theirs)]);
    } finally {
      await other.close();
    }
    release();
    await w.locator('.mg-console').waitFor();
    // The moved widget has both: its own switch to practice and the other tab's work, and
    // what it saves keeps them.
    const saved = await stored(mover, SIA_KEY, (v) => v.data.mode === 'Practice');
    assert.equal(saved.data.answers.leaving_name, 'Dana Whitfield-Okonkwo', 'the other tab\'s name is kept');
    assert.ok(Object.values(saved.data.ticks).some(Boolean), 'the other tab\'s tick is kept');
    await w.locator('.mg-modes input[value=guide]').check();
    assert.equal(await w.getByLabel('Admin who is leaving (Admin A)').inputValue(), 'Dana Whitfield-Okonkwo');
    assert.equal(await w.locator('.mg-step input[type=checkbox]').first().isChecked(), true);
  }));
