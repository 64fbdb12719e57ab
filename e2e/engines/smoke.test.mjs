// The smoke set in the two engines documentation readers use besides Chromium: Firefox ESR
// and WebKitGTK (Safari's engine). For each flow: the widget mounts from the one-tag embed,
// a tick is kept over a reload, a share link carries it to a fresh browser, practice opens
// (the move into the module with the consoles), the strict-CSP page works, a page whose
// policy refuses WebAssembly keeps the first view, and the offline file runs from file://. The whole flows stay in Chromium (tests/); this holds that the
// other engines run the same release build at all.
//
// Run under a display (xvfb-run) for WebKit: scripts/test.sh does. ENGINES=firefox (or
// webkit) runs one engine.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createServer } from '../serve.mjs';
import { firefox, webkit } from './drivers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const DIST = process.env.DIST || path.join(here, '..', '..', 'dist');
const OUTPUT = path.join(here, '..', 'output');
const OFFLINE = pathToFileURL(path.join(DIST, 'marketo-guides-offline.html')).href;
const ENGINES = { firefox, webkit };
const chosen = (process.env.ENGINES || 'firefox webkit').split(/[ ,]+/).filter(Boolean);

// One page per flow, each with that flow's widget only, embedded with the one script tag.
const FLOWS = [
  { flow: 'sia-handoff', page: 'plain', title: 'integration to a new admin' },
  { flow: 'dynamics-sync-user', page: 'plain-dynamics', title: 'Marketo syncs as' },
];

let server;
let url;
before(async () => {
  server = createServer(DIST);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${server.address().port}`;
});
after(() => new Promise((r) => server.close(r)));

// In-page functions (sent to the engine as text: they close over nothing).
const mounted = (i) => {
  const root = document.querySelectorAll('[data-marketo-guide]')[i]?.shadowRoot;
  return !!root?.querySelector('.mg-root:not(.mg-first) section.mg .mg-step') && root.querySelector('.mg-title').textContent;
};
const firstTick = (i) => {
  const box = document.querySelectorAll('[data-marketo-guide]')[i].shadowRoot.querySelector('.mg-step input[type=checkbox]');
  return box ? { id: box.id, checked: box.checked } : null;
};
const clickIn = (i, selector, text) => {
  const root = document.querySelectorAll('[data-marketo-guide]')[i].shadowRoot;
  const el = [...root.querySelectorAll(selector)].find((e) => !text || e.textContent.trim() === text);
  if (!el) return false;
  el.click();
  return true;
};
const isChecked = (i, id) => document.querySelectorAll('[data-marketo-guide]')[i].shadowRoot.getElementById(id)?.checked === true;
const storedTick = (key, id) => {
  const text = localStorage.getItem(key);
  return !!text && Object.values(JSON.parse(text).data.ticks || {}).some(Boolean) && id;
};
const sharedLink = (i) => {
  const root = document.querySelectorAll('[data-marketo-guide]')[i].shadowRoot;
  return [...root.querySelectorAll('input')].map((x) => x.value).find((v) => v.includes('#mg-share=')) || null;
};
const hasConsole = (i) => !!document.querySelectorAll('[data-marketo-guide]')[i]?.shadowRoot?.querySelector('.mg-console');
const readOnly = (i) => {
  const root = document.querySelectorAll('[data-marketo-guide]')[i]?.shadowRoot;
  return !!root?.querySelector('.mg-first .mg-first-failed[role=alert]')
    && root.querySelectorAll('.mg-first .mg-step').length >= 3
    && root.querySelectorAll('.mg-first a[href^="https://experienceleague.adobe.com/"]').length >= 3;
};
const clearStorage = () => { localStorage.clear(); return true; };

for (const engine of chosen) {
  for (const { flow, page, title } of FLOWS) {
    test(`${engine}: ${flow} mounts, keeps a tick, shares it, opens practice, and runs under a strict CSP and from file://`, { timeout: 240000 }, async () => {
      const b = await ENGINES[engine]();
      const key = `marketo-guides:${flow}:${flow}`;
      try {
        // Mounted from the one-tag embed, fresh (storage cleared from a page of the same
        // origin without a guide, so no module download is cut off by the next navigation).
        await b.goto(`${url}/fixture/empty`);
        await b.run(clearStorage);
        await b.goto(`${url}/fixture/${page}`);
        assert.match(await b.until(mounted, 0), new RegExp(title), `${b.version}: the guide's title`);
        // A tick, saved, kept over a reload.
        const tick = await b.run(firstTick, 0);
        assert.ok(tick && !tick.checked, 'a step to tick');
        assert.ok(await b.run(clickIn, 0, `#${tick.id}`));
        await b.until(storedTick, key, tick.id);
        await b.goto('about:blank');
        await b.goto(`${url}/fixture/${page}`);
        await b.until(mounted, 0);
        await b.until(isChecked, 0, tick.id);
        await b.screenshot(path.join(OUTPUT, `engine-${engine}-${flow}.png`));
        // Shared with a link and loaded in a browser that has nothing saved.
        assert.ok(await b.run(clickIn, 0, 'button.mg-more'));
        assert.ok(await b.until(clickIn, 0, 'button', 'Share progress'));
        const link = await b.until(sharedLink, 0);
        await b.run(clearStorage);
        await b.goto('about:blank');
        await b.goto(link);
        await b.until(mounted, 0);
        assert.equal(await b.run(isChecked, 0, tick.id), false, 'nothing saved here yet');
        assert.ok(await b.until(clickIn, 0, 'button', 'Load this progress'));
        await b.until(isChecked, 0, tick.id);
        // Practice: the widget moves into the module with the consoles.
        assert.ok(await b.run(clickIn, 0, '.mg-modes input[value=practice]'));
        await b.until(hasConsole, 0);
        // A strict Content-Security-Policy (the README's), fresh.
        await b.run(clearStorage);
        await b.goto(`${url}/fixture/${page}?csp=strict`);
        await b.until(mounted, 0);
        // A policy without 'wasm-unsafe-eval': the first view stays, readable with its sources,
        // saying the checklist is not available here.
        await b.goto(`${url}/fixture/${page}?csp=nowasm`);
        assert.ok(await b.until(readOnly, 0), `${b.version}: the first view and its notice`);
        await b.screenshot(path.join(OUTPUT, `engine-${engine}-${flow}-nowasm.png`));
        // Firefox reports the policy's refusal as a page error: that one is the test's doing.
        b.errors.splice(0, b.errors.length, ...b.errors.filter((e) => !/wasm-unsafe-eval/.test(e)));
        // The offline file from file://: this flow's exercise opens in practice.
        await b.goto(OFFLINE);
        await b.until(hasConsole, FLOWS.findIndex((f) => f.flow === flow));
        assert.deepEqual(b.errors, [], 'no error in the page');
      } finally {
        await b.close();
      }
    });
  }
}
