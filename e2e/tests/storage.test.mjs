// Progress that survives: reloads in both flows and modes, separate storage keys, a
// sandboxed iframe without storage, a corrupt saved value, and two tabs at once.
import { test, before, after } from 'node:test';
import { startServer, withBrowser, widget, open, assert, openTools, stored, settle } from './helpers.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.close(); });

const SIA = 'marketo-guides:sia-handoff:sia-handoff';
const DYN = 'marketo-guides:dynamics-sync-user:dynamics-sync-user';
const ticked = (v) => Object.values(v.data.ticks).some(Boolean);
const tags = async (w) => (await w.locator('.mg-step .mg-tag').allTextContents()).map((t) => t.trim());

test('reload keeps progress in both flows and both modes', { timeout: 90000 }, () =>
  withBrowser({}, async (b) => {
    const page = await b.page(`${server.url}/`);
    let [sia, dyn] = [widget(page, 0), widget(page, 1)];
    // Guide mode, both flows: answers and ticks.
    await sia.getByLabel('Admin who is leaving (Admin A)').fill('Ana');
    await sia.locator('.mg-step').first().getByRole('checkbox').check();
    await dyn.getByLabel('Installed Marketo solution version').fill('3.1.0.2');
    await dyn.locator('.mg-step').first().getByRole('checkbox').check();
    await stored(page, SIA, (v) => v.data.answers.leaving_name === 'Ana' && Object.values(v.data.ticks).some(Boolean));
    await stored(page, DYN, (v) => v.data.answers.version === '3.1.0.2' && Object.values(v.data.ticks).some(Boolean));
    await page.reload();
    await page.waitForSelector('.mg-root:not(.mg-first) section.mg');
    [sia, dyn] = [widget(page, 0), widget(page, 1)];
    assert.equal(await sia.getByLabel('Admin who is leaving (Admin A)').inputValue(), 'Ana');
    assert.equal((await tags(sia))[0], 'Completed');
    assert.equal(await dyn.getByLabel('Installed Marketo solution version').inputValue(), '3.1.0.2');
    assert.equal((await tags(dyn))[0], 'Completed');

    // Practice mode, both flows: the simulated state and the mode itself.
    await sia.getByRole('radio', { name: /Practice/ }).check();
    await sia.getByRole('button', { name: 'Remove access Bo Park' }).click();
    await dyn.getByRole('radio', { name: /Practice/ }).check();
    await dyn.getByRole('radio', { name: 'Sync user with a password' }).check();
    await dyn.getByLabel(/Sync user's user name/).fill('Sync Bot');
    await dyn.getByLabel(/E-mail for the sign-in details/).fill('sync@nowhere.invalid');
    await dyn.getByRole('button', { name: 'Add user and send e-mail' }).click();
    await stored(page, SIA, (v) => v.data.mode === 'Practice' && JSON.stringify(v.data.practice).includes('RemoveAccess'));
    await stored(page, DYN, (v) => v.data.mode === 'Practice' && JSON.stringify(v.data.practice).includes('Sync Bot'));
    await page.reload();
    await page.waitForSelector('.mg-console');
    [sia, dyn] = [widget(page, 0), widget(page, 1)];
    assert.equal(await sia.getByRole('radio', { name: /Practice/ }).isChecked(), true);
    assert.equal(await sia.getByRole('button', { name: 'Remove access Bo Park' }).count(), 0);
    assert.equal((await tags(sia))[0], 'Completed');
    assert.match(await dyn.locator('.mg-table').textContent(), /Sync Bot/);
    assert.match(await dyn.locator('.mg-log').textContent(), /User Sync Bot created/);
  }));

test('two widgets of the same flow with different storage keys stay apart', { timeout: 60000 }, () =>
  withBrowser({}, async (b) => {
    const page = await b.page(`${server.url}/fixture/two-widgets`);
    await widget(page, 0).locator('.mg-step').first().getByRole('checkbox').check();
    await widget(page, 1).getByLabel('Admin taking over (Admin B)').fill('Beatriz');
    await stored(page, 'marketo-guides:sia-handoff:team-a', ticked);
    await stored(page, 'marketo-guides:sia-handoff:team-b', (v) => v.data.answers.incoming_name === 'Beatriz');
    await page.reload();
    await page.waitForSelector('.mg-root:not(.mg-first) section.mg');
    assert.deepEqual((await tags(widget(page, 0)))[0], 'Completed');
    assert.deepEqual((await tags(widget(page, 1)))[0], 'Do this now');
    assert.equal(await widget(page, 0).getByLabel('Admin taking over (Admin B)').inputValue(), '');
    assert.equal(await widget(page, 1).getByLabel('Admin taking over (Admin B)').inputValue(), 'Beatriz');
    const keys = await page.evaluate(() => Object.keys(localStorage).sort());
    assert.deepEqual(keys, ['marketo-guides:sia-handoff:team-a', 'marketo-guides:sia-handoff:team-b']);
  }));

test('inside a sandboxed iframe without storage the widget works and says progress is not kept', { timeout: 60000 }, () =>
  withBrowser({}, async (b) => {
    const page = await b.page();
    await page.goto(`${server.url}/fixture/iframe-outer`);
    const frame = page.frameLocator('iframe');
    await frame.locator('.mg-root:not(.mg-first) section.mg').waitFor();
    assert.match(await frame.locator('.mg-notice').textContent(), /cannot save progress here/);
    // The stylesheet loaded too (an opaque origin blocks resources with integrity checks).
    assert.equal(await frame.locator('.mg-root:not(.mg-first) section.mg').evaluate((el) => getComputedStyle(el).borderTopLeftRadius), '8px');
    await frame.locator('.mg-step').first().getByRole('checkbox').check();
    assert.equal((await frame.locator('.mg-step .mg-tag').first().textContent()).trim(), 'Completed');
  }));

test('a corrupt saved value is quarantined, never lost, and offered for download', { timeout: 60000 }, () =>
  withBrowser({}, async (b) => {
    const page = await b.page(`${server.url}/fixture/plain`);
    const key = 'marketo-guides:sia-handoff:sia-handoff';
    const broken = '{"schema":1,"revision":3,"data":{"mode":"Gui';
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, broken]);
    await page.reload();
    await page.waitForSelector('.mg-root:not(.mg-first) section.mg');
    const w = widget(page, 0);
    assert.match(await w.locator('.mg-notice').textContent(), /could not be read/);
    const link = w.locator('.mg-notice a[download]');
    assert.match(decodeURIComponent(await link.getAttribute('href')), /"mode":"Gui$/);
    const all = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
    const aside = Object.keys(all).filter((k) => k.startsWith(`${key}:quarantine:`));
    assert.equal(aside.length, 1);
    assert.equal(all[aside[0]], broken);
    // The reader carries on; the copy aside stays.
    await w.locator('.mg-step').first().getByRole('checkbox').check();
    await stored(page, key, ticked);
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), aside[0]), broken);
  }));

test('two pages ticking different steps both end with both ticks', { timeout: 60000 }, () =>
  withBrowser({}, async (b) => {
    const one = await b.page(`${server.url}/fixture/plain`);
    const two = await b.context.newPage();
    await open(two, `${server.url}/fixture/plain`);
    await widget(one, 0).locator('.mg-step').nth(0).getByRole('checkbox').check();
    await stored(one, SIA, (v) => Object.values(v.data.ticks).filter(Boolean).length === 1);
    // The second page merges the first's tick in before its own change is saved with it.
    await widget(two, 0).locator('.mg-step .mg-tag').nth(0).filter({ hasText: 'Completed' }).waitFor();
    await widget(two, 0).locator('.mg-step').nth(2).getByRole('checkbox').check();
    await stored(two, SIA, (v) => Object.values(v.data.ticks).filter(Boolean).length === 2);
    for (const page of [one, two]) {
      await widget(page, 0).locator('.mg-step .mg-tag').nth(2).filter({ hasText: 'Completed' }).waitFor();
      const t = await tags(widget(page, 0));
      assert.equal(t[0], 'Completed', `first tick in ${page === one ? 'one' : 'two'}`);
      assert.equal(t[2], 'Completed', `second tick in ${page === one ? 'one' : 'two'}`);
    }
    // An untick travels too.
    await widget(one, 0).locator('.mg-step').nth(0).getByRole('checkbox').uncheck();
    await widget(two, 0).locator('.mg-step .mg-tag').nth(0).filter({ hasNotText: 'Completed' }).waitFor();
  }));

test('when storage is full the widget keeps working, says so, and saves once there is room', { timeout: 60000 }, () =>
  withBrowser({}, async (b) => {
    const page = await b.page(`${server.url}/fixture/plain`);
    // Fill the origin's storage with someone else's data.
    await page.evaluate(() => {
      let n = 0;
      for (const size of [512 * 1024, 64 * 1024, 8 * 1024, 1024, 128, 16, 1]) {
        const chunk = 'x'.repeat(size);
        for (;;) { try { localStorage.setItem(`filler-${n++}`, chunk); } catch { break; } }
      }
      window.fillers = n;
    });
    const w = widget(page, 0);
    await w.locator('.mg-step').first().getByRole('checkbox').check();
    await w.locator('.mg-notice').filter({ hasText: /storage is full/ }).waitFor();
    assert.equal((await tags(w))[0], 'Completed');
    // Room again: the next change is saved and the notice goes away.
    await page.evaluate(() => { for (let i = 0; i < window.fillers; i++) localStorage.removeItem(`filler-${i}`); });
    await settle(page, 0, () => w.locator('.mg-step').nth(1).getByRole('checkbox').check());
    assert.equal(await w.locator('.mg-notice').count(), 0);
    const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('marketo-guides:sia-handoff:sia-handoff')));
    assert.equal(saved.data.ticks.RemoveIncomingAccess, true);
    assert.equal(saved.data.ticks.IncomingConnects, true);
  }));

test('start over asks first, and only a confirmed reset clears the saved progress', { timeout: 60000 }, () =>
  withBrowser({}, async (b) => {
    const page = await b.page(`${server.url}/fixture/plain`);
    const w = widget(page, 0);
    await w.locator('.mg-step').first().getByRole('checkbox').check();
    await stored(page, SIA, ticked);
    await openTools(w);
    await w.getByRole('button', { name: 'Start over' }).click();
    await w.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
    assert.equal((await tags(w))[0], 'Completed');
    await openTools(w);
    await w.getByRole('button', { name: 'Start over' }).click();
    await w.getByRole('button', { name: 'Yes, start over' }).click();
    assert.equal((await tags(w))[0], 'Do this now');
    await page.waitForFunction((k) => localStorage.getItem(k) === null || !Object.values(JSON.parse(localStorage.getItem(k)).data.ticks).some(Boolean), SIA);
    await page.reload();
    await page.waitForSelector('.mg-root:not(.mg-first) section.mg');
    assert.equal((await tags(widget(page, 0)))[0], 'Do this now');
  }));
