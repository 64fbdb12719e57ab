// The first seconds (issue 34): a first-time reader sees the guide's first view (rendered at
// build time from the same components, src/first_view.rs) as soon as the stylesheet is there,
// while the module still downloads. Its controls say they are not ready and change nothing;
// the module takes over without losing focus. A returning reader never sees it. Where the
// module cannot run (a policy without 'wasm-unsafe-eval', a failed download) the first view
// stays with its sources and says so; a failed download offers "Try again".
import { test, before, after } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, withBrowser, assert, axe, shot, tabTo, idle, frames, stored, DEEP_ACTIVE, LIVE, FIRST } from './helpers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const DIST = process.env.DIST || path.join(here, '..', '..', 'dist');
const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'manifest.json'), 'utf8'));
const TEXTS = manifest.meta.first.texts;
const KEY = (flow) => manifest.meta.stores[flow] + flow;
const WASM = /_bg\.wasm$/;
const FLOWS = [['sia-handoff', 'plain'], ['dynamics-sync-user', 'plain-dynamics']];
const LOCALES = { en: 'en-US', ko: 'ko-KR', ja: 'ja-JP' };
const SOURCES = 'a[href^="https://experienceleague.adobe.com/"]';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.close(); });

/** Holds every module's wasm until `release()`: a download as slow as the test needs.
 *  `asked` resolves once the loader has asked for one. */
async function hold(page) {
  let release;
  let asked;
  const gate = new Promise((r) => { release = r; });
  const requested = new Promise((r) => { asked = r; });
  await page.route(WASM, async (route) => {
    asked();
    await gate;
    await route.continue().catch(() => {}); // the page may be gone by then
  });
  return { release, requested };
}

/** The text a reader reads in a widget's section (a first view's loading status aside). */
const text = (locator) => locator.evaluate((el) => {
  const copy = el.cloneNode(true);
  copy.querySelectorAll('.mg-first-status').forEach((n) => n.remove());
  return copy.textContent.replace(/\s+/g, ' ').trim();
});

/** Where a widget's parts are on the page (px from the document's top, rounded): its box,
 *  its first question, its checklist heading and each step. */
const places = (page, section) => page.locator(section).evaluate((el) => {
  const y = (n) => Math.round(n.getBoundingClientRect().top + window.scrollY);
  return {
    widget: [y(el), Math.round(el.getBoundingClientRect().height)],
    question: y(el.querySelector('.mg-questions .mg-field, .mg-questions .mg-question, .mg-questions fieldset')),
    steps: [...el.querySelectorAll('.mg-step')].map(y),
  };
});

/** Takes out of the page's errors those the test caused on purpose (they must be there). */
function expectErrors(b, pattern, what) {
  assert.ok(b.errors.some((e) => pattern.test(e)), `expected ${what} in the console`);
  b.errors.splice(0, b.errors.length, ...b.errors.filter((e) => !pattern.test(e)));
}

for (const [flow, fixture] of FLOWS) {
  for (const lang of ['en', 'ko']) {
    test(`${flow}, ${lang}: the first view at once under a slow module, its controls not ready yet; the module takes over with focus kept`, { timeout: 90000 }, () =>
      withBrowser({ locale: LOCALES[lang], width: 390, height: 844 }, async (b) => {
        const page = await b.page();
        const module = await hold(page);
        await page.goto(`${server.url}/fixture/${fixture}?lang=${lang}`);
        const first = page.locator(FIRST);
        await first.waitFor();
        await module.requested;
        // Styled from the start (the stylesheet came first), in the reader's language, with
        // its questions, checklist and sources.
        assert.equal(await first.evaluate((el) => getComputedStyle(el).borderTopLeftRadius), '8px');
        assert.equal(await first.getAttribute('lang'), lang);
        assert.ok(await first.locator(SOURCES).count() >= 3, 'source links');
        assert.ok(await first.locator('.mg-step').count() >= 3, 'the checklist');
        const status = page.locator('.mg-first-status[role=status]');
        assert.equal(await status.textContent(), TEXTS[lang].loading);
        // Every control says it is not ready, and points at that status.
        const controls = first.locator('input, select, textarea, button');
        assert.ok(await controls.count() > 5);
        assert.equal(await first.locator('input, select, textarea, button').evaluateAll(
          (cs) => cs.filter((c) => c.getAttribute('aria-disabled') !== 'true' || !c.getAttribute('aria-describedby').includes('mg-first-status')).length), 0);
        // A tick or an answer does nothing yet: by mouse, and by keyboard.
        const done = first.locator('.mg-step input[type=checkbox]').first();
        await done.click({ force: true });
        assert.equal(await done.isChecked(), false);
        const radio = first.locator('input[type=radio]:not(:checked)').first();
        await radio.click({ force: true });
        assert.equal(await radio.isChecked(), false);
        await tabTo(page, done);
        await page.keyboard.press('Space');
        assert.equal(await done.isChecked(), false);
        const doneId = await done.getAttribute('id');
        await axe(page, `first view ${flow} ${lang}`);
        await shot(page, `first-view-${flow}-${lang}`);
        // The module arrives: the widget replaces the first view, and focus is on the same
        // Done box, which now works.
        module.release();
        const live = page.locator(LIVE);
        await live.waitFor();
        await idle(page);
        assert.equal(await page.locator('.mg-first').count(), 0, 'no first view left');
        const focused = await page.evaluate(`${DEEP_ACTIVE}?.id`);
        assert.equal(focused.replace(/^mg\d+-/, ''), doneId.replace(/^mg\d+-/, ''), 'focus kept on the Done box');
        await page.keyboard.press('Space');
        await stored(page, KEY(flow), (v) => Object.values(v.data.ticks).filter(Boolean).length === 1);
        assert.equal(await live.locator(`[id="${focused}"]`).isChecked(), true);
      }));
  }
}

for (const [flow, fixture] of FLOWS) {
  for (const lang of ['en', 'ko', 'ja']) {
    test(`${flow}, ${lang}: the first view's text is the mounted widget's`, { timeout: 60000 }, () =>
      withBrowser({ locale: LOCALES[lang] }, async (b) => {
        const page = await b.page();
        const module = await hold(page);
        await page.goto(`${server.url}/fixture/${fixture}?lang=${lang}`);
        await page.locator(FIRST).waitFor();
        const before = await text(page.locator(FIRST));
        const placed = await places(page, FIRST);
        module.release();
        await page.locator(LIVE).waitFor();
        await idle(page);
        assert.equal(await text(page.locator(LIVE)), before);
        // Taken over without a jump: the widget, its questions and its steps where they were.
        assert.deepEqual(await places(page, LIVE), placed);
      }));
  }
}

test('a returning reader never sees the first view: the placeholder until their own state', { timeout: 60000 }, () =>
  withBrowser({}, async (b) => {
    const page = await b.page();
    await page.goto(`${server.url}/fixture/plain`);
    const tick = page.locator(LIVE).locator('.mg-step input[type=checkbox]').first();
    await tick.check();
    await stored(page, KEY('sia-handoff'), (v) => Object.values(v.data.ticks).filter(Boolean).length === 1);
    // Anything ever added with the first view's class, in any shadow root, is recorded.
    await page.addInitScript(() => {
      window.firstViews = 0;
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        const root = attach.call(this, init);
        new MutationObserver((records) => {
          for (const r of records) for (const n of r.addedNodes) if (n.classList?.contains('mg-first')) window.firstViews += 1;
        }).observe(root, { childList: true, subtree: true });
        return root;
      };
    });
    const module = await hold(page);
    await page.reload();
    // The loader has decided: the module is asked for and the stylesheet applies (what a first
    // view waits for).
    await module.requested;
    await page.waitForFunction(() => !!document.querySelector('[data-marketo-guide]').shadowRoot.querySelector('link[rel=stylesheet]')?.sheet);
    await frames(page);
    assert.equal(await page.evaluate(() => window.firstViews), 0);
    assert.equal(await page.locator('.mg-placeholder').count(), 1, 'the placeholder stays');
    module.release();
    await page.locator(LIVE).waitFor();
    await idle(page);
    assert.equal(await page.locator(LIVE).locator('.mg-step input[type=checkbox]').first().isChecked(), true, 'their own state');
    assert.equal(await page.evaluate(() => window.firstViews), 0);
  }));

test('a policy without \'wasm-unsafe-eval\': the first view stays, readable, saying the checklist is not available here', { timeout: 60000 }, () =>
  withBrowser({ locale: 'ja-JP' }, async (b) => {
    const page = await b.page();
    await page.goto(`${server.url}/fixture/plain-dynamics?csp=nowasm&lang=ja`);
    const alert = page.locator('.mg-first-failed[role=alert]');
    await alert.waitFor();
    assert.equal(await alert.textContent(), TEXTS.ja.unavailable);
    assert.equal(await alert.locator('button').count(), 0, 'nothing to try again');
    const first = page.locator(FIRST);
    assert.ok(await first.locator(SOURCES).count() >= 3, 'its sources');
    assert.equal(await page.locator('.mg-first-status').count(), 0, 'no "getting ready" left');
    assert.equal(await page.locator(LIVE).count(), 0);
    await axe(page, 'first view without WebAssembly');
    await shot(page, 'first-view-no-wasm-ja');
    expectErrors(b, /WebAssembly|Content Security Policy|wasm-unsafe-eval/i, 'the policy refusing WebAssembly');
  }));

test('a failed first download: the first view says so with "Try again" in an alert, which then works', { timeout: 60000 }, () =>
  withBrowser({ locale: 'ko-KR' }, async (b) => {
    const page = await b.page();
    let failing = true;
    await page.route(WASM, (route) => (failing ? route.abort('failed') : route.continue()));
    await page.goto(`${server.url}/fixture/plain?lang=ko`);
    const alert = page.locator('.mg-first-failed[role=alert]');
    await alert.waitFor();
    assert.equal(await alert.locator('p').textContent(), TEXTS.ko.failed);
    assert.ok(await page.locator(FIRST).locator(SOURCES).count() >= 3, 'its sources');
    await shot(page, 'first-view-failed-ko');
    // The network is back: "Try again", by keyboard.
    failing = false;
    await tabTo(page, alert.getByRole('button', { name: TEXTS.ko.retry }));
    await page.keyboard.press('Enter');
    const live = page.locator(LIVE);
    await live.waitFor();
    await idle(page);
    assert.equal(await page.locator('.mg-first, .mg-first-failed').count(), 0);
    await live.locator('.mg-step input[type=checkbox]').first().check();
    await stored(page, KEY('sia-handoff'), (v) => Object.values(v.data.ticks).filter(Boolean).length === 1);
    expectErrors(b, /Failed to load resource: net::ERR_FAILED$/, 'the failed download');
  }));

test('a panic at start: the first view comes back, saying the checklist is not available', { timeout: 60000 }, () =>
  withBrowser({}, async (b) => {
    const page = await b.page();
    // The module's mount fails as a panic does (the instance traps: a RuntimeError).
    await page.route(/marketo-guides-[a-z-]+-[0-9a-f]+\.js$/, async (route) => {
      const response = await route.fetch();
      const glue = (await response.text()).replace('export function mount_widget(',
        'export function mount_widget(){throw new WebAssembly.RuntimeError("unreachable")}function panicked_mount_widget(');
      assert.ok(glue.includes('panicked_mount_widget'), 'the glue exports mount_widget as expected');
      await route.fulfill({ response, body: glue });
    });
    await page.goto(`${server.url}/fixture/plain`);
    const alert = page.locator('.mg-first-failed[role=alert]');
    await alert.waitFor();
    assert.equal(await alert.textContent(), TEXTS.en.unavailable);
    assert.ok(await page.locator(FIRST).locator(SOURCES).count() >= 3, 'its sources');
    assert.equal(await page.locator(LIVE).count(), 0);
    assert.equal(await page.locator('.mg-first').count(), 1, 'one first view');
  }));

test('a first view pasted in the page: readable without JavaScript, and used instead of fetched', { timeout: 60000 }, async () => {
  await withBrowser({ javaScriptEnabled: false }, async (b) => {
    const page = await b.page();
    await page.goto(`${server.url}/fixture/pasted`);
    const guide = page.locator('[data-marketo-guide] .mg-first');
    assert.ok(await guide.locator('.mg-step').count() >= 3, 'the checklist is in the page');
    assert.ok(await guide.locator(SOURCES).count() >= 3, 'with its sources');
    assert.match(await guide.textContent(), /Admin A/);
  });
  await withBrowser({}, async (b) => {
    const page = await b.page();
    const fetched = [];
    page.on('request', (r) => { if (r.url().includes('/first/')) fetched.push(r.url()); });
    const module = await hold(page);
    await page.goto(`${server.url}/fixture/pasted`);
    // In the widget's shadow root (the page's copy stays in the element, hidden by it).
    await page.waitForFunction(() => !!document.querySelector('[data-marketo-guide]').shadowRoot?.querySelector('.mg-first .mg-step'));
    await module.requested;
    assert.equal(await page.locator('.mg-first-status').textContent(), TEXTS.en.loading);
    assert.equal(await page.evaluate(() => document.querySelector('[data-marketo-guide] > .mg-first').checkVisibility()), false,
      'the page\'s copy is not shown twice');
    module.release();
    await page.locator(LIVE).waitFor();
    await idle(page);
    assert.deepEqual(fetched, [], 'the page\'s copy was used');
  });
});
