// The demo page: a widget mounts in every placeholder, through the embedding contract.
import { test, before, after } from 'node:test';
import { startServer, withBrowser, shot, assert } from './helpers.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.close(); });

test('the demo page mounts a widget in each data-marketo-guide placeholder', { timeout: 90000 }, () => withBrowser({}, async (b) => {
  const page = await b.page(`${server.url}/`);
  const hosts = page.locator('[data-marketo-guide]');
  assert.equal(await hosts.count(), 2);
  for (const [i, title] of [[0, 'Hand the Marketo integration to a new admin'], [1, 'Step 2 of 3: set up the application user Marketo syncs as']]) {
    const host = hosts.nth(i);
    assert.equal(await host.locator('.mg-root:not(.mg-first) section.mg').count(), 1, `widget ${i} mounted`);
    assert.equal((await host.locator('.mg-title').textContent()).trim(), title);
    assert.ok(await host.locator('.mg-step').count() > 0, `widget ${i} has steps`);
  }
  await shot(page, 'demo-page');
}));

test('an unknown flow name shows a readable message instead of a blank box', { timeout: 90000 }, () => withBrowser({}, async (b) => {
  const page = await b.page();
  await page.goto(`${server.url}/fixture/unknown-flow`);
  await page.waitForSelector('[data-marketo-guide="sia-handoff"] .mg-root:not(.mg-first) section.mg');
  const text = await page.locator('[data-marketo-guide="no-such-flow"] [role=alert]').textContent();
  assert.match(text, /data-marketo-guide.*no-such-flow.*sia-handoff, dynamics-sync-user/);
}));
