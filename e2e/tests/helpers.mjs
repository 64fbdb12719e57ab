// Shared e2e helpers: one server and one Chromium per test file, a fresh context per test,
// console errors fail the test, keyboard-only interaction, axe scans, screenshots.
import { after } from 'node:test';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { createServer } from '../serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const OUTPUT = path.join(here, '..', 'output');
fs.mkdirSync(OUTPUT, { recursive: true });
const DIST = process.env.DIST || path.join(here, '..', '..', 'dist');

export async function startServer() {
  const server = createServer(DIST);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, close: () => new Promise((r) => server.close(r)) };
}

// One Chromium per test file (each file runs in its own process), started on first use and
// closed after the file's last test; each test gets a fresh context (its own storage,
// cookies and cache), so tests never see each other's state.
let shared = null;
function browser() {
  shared ||= chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  return shared;
}
after(async () => { if (shared) await (await shared).close(); });

export async function launch({ locale = 'en-US', width = 1280, height = 900, timezoneId, javaScriptEnabled = true } = {}) {
  const context = await (await browser()).newContext({ locale, viewport: { width, height }, javaScriptEnabled, ...(timezoneId ? { timezoneId } : {}) });
  const errors = [];
  context.on('page', (page) => watch(page, errors));
  return {
    context,
    errors,
    async page(url) {
      const page = context.pages().find((p) => p.url() === 'about:blank') || (await context.newPage());
      if (url) await open(page, url);
      return page;
    },
    async close() {
      await context.close();
      assert.deepEqual(errors, [], 'the page logged errors');
    },
  };
}

function watch(page, errors) {
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
}

/** Runs `fn` with a fresh browser that is always closed, even when `fn` fails. */
export async function withBrowser(options, fn) {
  const b = await launch(options);
  let failed = true;
  try {
    await fn(b);
    failed = false;
  } finally {
    if (failed) await b.context.close().catch(() => {});
    else await b.close();
  }
}

export async function open(page, url) {
  await page.goto(url);
  await page.waitForSelector('.mg-root:not(.mg-first) section.mg');
}

/** Presses Tab until `locator` has focus (keyboard only), up to `max` presses. */
export async function tabTo(page, locator, max = 250) {
  const target = await locator.elementHandle();
  assert.ok(target, 'tabTo: element not found');
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => {
      let a = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return el === a;
    })) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${locator} with Tab`);
}

/** Focuses a control by Tab and presses a key (Enter for buttons, Space for checkboxes). */
export async function pressByKeyboard(page, locator, key = 'Enter') {
  await tabTo(page, locator);
  await page.keyboard.press(key);
}

/** Chooses an option in a <select> with the keyboard only (arrow keys, both ways). */
export async function chooseByKeyboard(page, select, label) {
  await tabTo(page, select);
  const current = () => select.evaluate((s) => s.options[s.selectedIndex]?.text ?? '');
  for (const key of ['ArrowDown', 'ArrowUp']) {
    for (let i = 0; i < 30; i++) {
      if ((await current()).includes(label)) return;
      const before = await current();
      await page.keyboard.press(key);
      if ((await current()) === before) break;
    }
  }
  throw new Error(`option ${label} not reached`);
}

/** Types into a text field reached by keyboard. */
export async function typeByKeyboard(page, input, text) {
  await tabTo(page, input);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

export async function axe(page, label) {
  // The widgets live in open shadow roots of their embedding elements; axe checks inside.
  const result = await new AxeBuilder({ page }).include('[data-marketo-guide]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  assert.deepEqual(summary, [], `axe violations (${label})`);
}

export async function shot(page, name) {
  await page.screenshot({ path: path.join(OUTPUT, `${name}.png`), fullPage: true });
}

/** The mounted widget number `i` on the page (not a first view the loader shows meanwhile). */
export function widget(page, i = 0) {
  return page.locator('.mg-root:not(.mg-first) section.mg').nth(i);
}

export { assert };

/** A mounted widget's section; a first view (rendered at build time, shown by the loader
 *  until the module takes over) is inside `.mg-first` instead. */
export const LIVE = '.mg-root:not(.mg-first) section.mg';
/** A first view's section. */
export const FIRST = '.mg-first section.mg';

/** Moves a radio group's choice with the keyboard: Tab to the checked radio, then arrows. */
export async function chooseRadioByKeyboard(page, group, target) {
  await tabTo(page, group.locator('input[type=radio]:checked'));
  for (let i = 0; i < 6; i++) {
    if (await target.isChecked()) return;
    await page.keyboard.press('ArrowRight');
  }
  throw new Error('radio not reached');
}

/** The simulated Entra admin center: admin consent for the open app (API permissions). */
export async function entraConsent(page, entra) {
  await pressByKeyboard(page, entra.getByRole('button', { name: 'API permissions' }));
  await pressByKeyboard(page, entra.getByRole('button', { name: 'Grant admin consent' }));
}

/** The simulated Entra admin center: a new client secret, as in Entra (Certificates &
 * secrets › New client secret › Description › Add); its value is then on screen. */
export async function entraNewSecret(page, entra, description) {
  await pressByKeyboard(page, entra.getByRole('button', { name: 'Certificates & secrets' }));
  await pressByKeyboard(page, entra.getByRole('button', { name: 'New client secret' }));
  await typeByKeyboard(page, entra.getByLabel('Description'), description);
  await pressByKeyboard(page, entra.getByRole('button', { name: 'Add', exact: true }));
}


// Waiting for the widget instead of for the clock. While a change waits to be written a
// widget's host element has `data-mg-unsaved`; after each save, once the frame that shows it
// is drawn, `data-mg-saved` names the revision and `data-mg-unsaved` is gone (src/ui/shell.rs).
// The first `data-mg-saved` appears once the widget is mounted and drawn.

/** Waits until widget `i` of `page` (or the host element a selector names) has settled: mounted, drawn, and nothing waiting to be
 *  written. After a change and this, a check that something did NOT happen is a real check. */
export async function idle(page, i = 0) {
  await page.waitForFunction((n) => {
    const host = typeof n === 'number' ? document.querySelectorAll('[data-marketo-guide]')[n] : document.querySelector(n);
    return !!host && host.hasAttribute('data-mg-saved') && !host.hasAttribute('data-mg-unsaved');
  }, i, { timeout: 15000 });
}

/** Waits for the page's next two frames: whatever a frame was asked to do (a live region's
 *  text, an IntersectionObserver's first report) has been done. */
export async function frames(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Runs `act` (a change in widget `i`), then waits until the widget has saved it and shows it. */
export async function settle(page, i, act) {
  await act();
  await idle(page, i);
}

/** Waits until the stored state under `key` satisfies `check` (a function of the parsed
 *  envelope, sent to the page as text: it may use no variable from outside) and returns it. */
export async function stored(page, key, check) {
  const handle = await page.waitForFunction(
    ([k, src]) => {
      const text = localStorage.getItem(k);
      let value;
      try { value = JSON.parse(text); } catch { return null; } // not (yet) what the widget writes
      // eslint-disable-next-line no-new-func
      return text && new Function('v', `return (${src})(v)`)(value) ? text : null;
    },
    [key, check.toString()],
    { timeout: 15000 },
  );
  return JSON.parse(await handle.jsonValue());
}

/** In the page: the focused element, inside shadow roots too. */
export const DEEP_ACTIVE = `(() => { let a = document.activeElement; while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement; return a; })()`;

/** Opens a widget's tools (under "More") if they are folded: language, start over, share,
 *  summary, export and import live there. */
export async function openTools(w) {
  const more = w.locator('.mg-more');
  if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
}
