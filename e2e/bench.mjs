// `make bench`: what the widget costs a reader, measured in headless Chromium against a bare
// Leptos counter built with the same profile and tools (bench/counter), in the same run.
// Prints one table (each figure beside its budget) and writes the same as JSON to
// bench/output/bench.json. Figures to read and compare, never a pass/fail test.
//
//   node e2e/bench.mjs <widget dist> <counter dist> [loads]
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { createServer } from './serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const [widgetDist = path.join(here, '..', 'dist'), counterDist = path.join(here, '..', 'target', 'bench-counter-dist')] = process.argv.slice(2);
const LOADS = Number(process.argv[4] || process.env.BENCH_LOADS || 15);
const ACTIONS = 200;
// A slow phone's network (Chrome DevTools' "Slow 4G" figures): where the first view matters.
const SLOW = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8) };
const SLOW_LOADS = Number(process.env.BENCH_SLOW_LOADS || 5);
const THOUSAND = 1000;
const KB = 1024;

// The budgets of issue 12. "Flat" over the second thousand actions: at most 5 % more than
// after the first (memory also gets one 64 KiB wasm page of slack); time per action: its
// trend over the 2,000 actions at most +10 % of the median per 1,000 actions (faster is fine).
const BUDGET = {
  totalGzip: 150 * KB,
  totalGzipStretch: 100 * KB,
  totalRatio: 4,
  beforeNear: 3 * KB,
  startupRatio: 1.5,
  // Issue 34: the first view on screen at half the counter's start-up at most, after at most
  // 25 KB gzip; the interactive checklist no slower than before it (161 ms, README, 4 Dec.).
  firstRatio: 0.5,
  beforeFirst: 25 * KB,
  interactiveBefore: 161,
  clickP95: 16,
  wasmMemory: 8 * 1024 * KB,
  flat: 1.05,
  flatTime: 1.1,
};

const gzip = (b) => zlib.gzipSync(b, { level: 9 }).length;
const brotli = (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length;
function sizes(file) {
  const body = fs.readFileSync(file);
  return { file: path.basename(file), raw: body.length, gzip: gzip(body), brotli: brotli(body) };
}
const sum = (rows, k) => rows.reduce((a, r) => a + r[k], 0);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]; };

// --- files -----------------------------------------------------------------------------
// Every file the widget may fetch: the loader, the stylesheet, and each module's glue and wasm
// (as dist/manifest.json lists them).
function widgetFiles() {
  const loader = path.join(widgetDist, 'embed', 'marketo-guides.js');
  const manifest = JSON.parse(fs.readFileSync(path.join(widgetDist, 'manifest.json'), 'utf8'));
  const at = (name) => path.join(widgetDist, name);
  const firsts = Object.values(manifest.first || {}).flatMap((byLang) => Object.values(byLang)).map(at);
  return [loader, at(manifest.css.file), ...firsts, ...manifest.modules.flatMap((m) => [at(m.glue), at(m.wasm)])];
}
function counterFiles() {
  const names = fs.readdirSync(counterDist);
  return {
    glue: path.join(counterDist, names.find((n) => n.endsWith('.js'))),
    wasm: path.join(counterDist, names.find((n) => n.endsWith('.wasm'))),
  };
}

// --- browser helpers ---------------------------------------------------------------------
// Before any script of the page: note when the first element matching each selector of
// `window.__benchSelectors` (name -> selector) exists (in the document or in any shadow root),
// in `window.__benchAt[name]`, and keep the wasm instances' memories.
const INIT = `(() => {
  window.__benchMemories = [];
  window.__benchAt = {};
  const keep = (p) => p.then((r) => { const i = r.instance || r; if (i.exports && i.exports.memory) window.__benchMemories.push(i.exports.memory); return r; });
  const inst = WebAssembly.instantiate, stream = WebAssembly.instantiateStreaming;
  WebAssembly.instantiate = function (...a) { return keep(inst.apply(this, a)); };
  if (stream) WebAssembly.instantiateStreaming = function (...a) { return keep(stream.apply(this, a)); };
  const watch = (root) => {
    const seen = () => {
      let left = 0;
      for (const [name, sel] of Object.entries(window.__benchSelectors)) {
        if (window.__benchAt[name] !== undefined) continue;
        if (root.querySelector(sel)) window.__benchAt[name] = performance.now(); else left += 1;
      }
      if (!left) mo.disconnect();
    };
    const mo = new MutationObserver(seen);
    mo.observe(root, { childList: true, subtree: true });
  };
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (o) { const r = attach.call(this, o); watch(r); return r; };
  watch(document);
})()`;

async function newPage(browser, selector) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const selectors = typeof selector === 'string' ? { ready: selector } : selector;
  await context.addInitScript(`window.__benchSelectors = ${JSON.stringify(selectors)};`);
  await context.addInitScript(INIT);
  const page = await context.newPage();
  return { context, page };
}

// The interactive checklist (the mounted widget's), and a first view's (rendered at build
// time, shown by the loader until the module takes over: src/first_view.rs).
const READY = {
  widget: '.mg-root:not(.mg-first) .mg-step input[type=checkbox]',
  first: '.mg-first .mg-step input[type=checkbox]',
  counter: '#count',
};
const WIDGET = { ready: READY.widget, first: READY.first };

/** One load: when the selector (or each of several, by name) first matched, in ms. */
async function startup(browser, url, selector) {
  const { context, page } = await newPage(browser, selector);
  await page.goto(url);
  await page.waitForFunction(() => window.__benchAt.ready !== undefined, null, { timeout: 30000 });
  const at = await page.evaluate(() => window.__benchAt);
  await context.close();
  return typeof selector === 'string' ? at.ready : at;
}

/** One load over SLOW: when the first view and the interactive checklist (or the counter)
 *  were on screen, and what of the widget's files had arrived by then (bytes on the wire). */
async function slowLoad(browser, url, selector, { withoutFirstView = false } = {}) {
  const { context, page } = await newPage(browser, selector);
  // The same load as before first views existed: their files are refused (the loader keeps
  // the placeholder), so the module has the network to itself.
  if (withoutFirstView) await page.route(/\/first\//, (route) => route.abort());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW);
  await page.goto(url);
  await page.waitForFunction(() => window.__benchAt.ready !== undefined, null, { timeout: 60000 });
  const timing = await page.evaluate(() => ({
    at: window.__benchAt,
    files: performance.getEntriesByType('resource').map((e) => ({ name: e.name, end: e.responseEnd, bytes: e.encodedBodySize })),
  }));
  await context.close();
  const widget = timing.files.filter((f) => /\/(embed\/|first\/|marketo-guides-|style-)/.test(new URL(f.name).pathname));
  const by = (t) => (t === undefined ? null : widget.filter((f) => f.end <= t).reduce((a, f) => a + f.bytes, 0));
  return { first: timing.at.first ?? null, ready: timing.at.ready, beforeFirst: by(timing.at.first), toReady: by(timing.at.ready) };
}

// In the page: the practice widget's shadow root, its buttons by visible text, and one action
// measured from the click until every update it caused has reached the DOM (the effects run
// as microtasks; a message-channel task runs after all of them).
const IN_PAGE = `
  window.__bench = {
    root: () => document.querySelector('[data-marketo-guide]').shadowRoot,
    // Visible controls only: the console keeps rows of people without access, hidden.
    visible(selector) { return [...this.root().querySelectorAll(selector)].filter((e) => !e.closest('[hidden]')); },
    button(text) { return this.visible('button').find((b) => b.textContent.trim() === text); },
    settle: () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); }),
    async click(el) { const t0 = performance.now(); el.click(); await this.settle(); return performance.now() - t0; },
    // One engine action: Ana removes Bo's access, or gives it back. Each is checked to have
    // happened (the row's button went or came back), so a figure never times a no-op.
    async step(i) {
      const remove = () => this.button('Remove access ' + window.__benchPerson);
      let ms;
      if (i % 2 === 0) {
        if (!remove()) throw new Error('no Remove access button');
        ms = await this.click(remove());
        if (remove()) throw new Error('Remove access changed nothing');
      } else {
        const box = this.visible('.mg-grant label').find((l) => l.textContent.trim() === window.__benchPerson);
        if (!box) throw new Error('no checkbox to give access back');
        box.querySelector('input').click();
        await this.settle();
        ms = await this.click(this.button('Connect selected users'));
        if (!remove()) throw new Error('Connect selected users changed nothing');
      }
      return ms;
    },
    async run(n) { const times = []; for (let i = 0; i < n; i++) times.push(await this.step(i)); return times; },
  };`;

async function practicePage(browser, base) {
  const { context, page } = await newPage(browser, '.mg-console');
  await page.goto(`${base}/fixture/bench-practice`);
  await page.waitForFunction(() => window.__benchAt.ready !== undefined, null, { timeout: 30000 });
  await page.evaluate(IN_PAGE);
  // The practice roster's second person, in whichever language the samples are.
  const person = await page.evaluate(() => {
    const b = window.__bench.visible('button').find((x) => x.textContent.trim().startsWith('Remove access '));
    return b.textContent.trim().slice('Remove access '.length);
  });
  await page.evaluate((p) => { window.__benchPerson = p; }, person);
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp };
}

async function footprint(page, cdp) {
  await page.waitForTimeout(1000); // the widget writes its saved value 250 ms after the last change
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const page_ = await page.evaluate(() => ({
    wasm: window.__benchMemories.reduce((a, m) => a + m.buffer.byteLength, 0),
    saved: Object.keys(localStorage).reduce((a, k) => a + new Blob([k, localStorage.getItem(k) || '']).size, 0),
    rendered: window.__bench.root().querySelectorAll('*').length,
  }));
  return { wasm: page_.wasm, jsHeap: heap.usedSize, domNodes: dom.nodes, widgetElements: page_.rendered, saved: page_.saved };
}

// --- the run -----------------------------------------------------------------------------
async function listen(server) {
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${server.address().port}`;
}

// Both served gzip-compressed, as a documentation site's server sends them.
const widgetServer = createServer(widgetDist, { gzip: true });
const counterServer = createServer(counterDist, { gzip: true });
const widgetUrl = await listen(widgetServer);
const counterUrl = await listen(counterServer);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-dev-shm-usage', '--js-flags=--expose-gc'],
});

const result = { date: new Date().toISOString(), loads: LOADS, budgets: BUDGET };
try {
  // Transfer: what each kind of page really fetches of the widget's files (the loader picks
  // the module: on a page with one kind of guide, that flow's guide-only one in the page's
  // language, or its full one when the page starts in practice; the one with everything when
  // there are both kinds).
  const wf = widgetFiles();
  const cf = counterFiles();
  result.widgetFiles = wf.map(sizes);
  result.counterFiles = [sizes(cf.glue), sizes(cf.wasm)];
  // Also when the first view and the interactive checklist were first on screen, and which
  // files had fully arrived before the first view was (the browser's resource timing).
  const fetchedBy = async (fixture, selector, wait) => {
    const { context, page } = await newPage(browser, selector);
    const fetched = [];
    page.on('response', (r) => { if (/\/(embed\/|first\/|marketo-guides-|style-)/.test(new URL(r.url()).pathname)) fetched.push(path.basename(new URL(r.url()).pathname)); });
    await page.goto(`${widgetUrl}/fixture/${fixture}`, { waitUntil: 'load' });
    if (wait) await page.waitForFunction(() => window.__benchAt.ready !== undefined, null, { timeout: 30000 });
    await page.waitForTimeout(1500);
    const timing = await page.evaluate(() => ({
      at: window.__benchAt,
      ends: performance.getEntriesByType('resource').map((e) => [e.name, e.responseEnd]),
    }));
    await context.close();
    const known = (names) => [...new Set(names)].map((name) => result.widgetFiles.find((r) => r.file === name)).filter(Boolean);
    const rows = known(fetched);
    const first = timing.at.first;
    const early = first === undefined ? null
      : known(timing.ends.filter(([, end]) => end <= first).map(([name]) => path.basename(new URL(name).pathname)));
    return {
      files: rows.map((r) => r.file), raw: sum(rows, 'raw'), gzip: sum(rows, 'gzip'), brotli: sum(rows, 'brotli'),
      firstAt: first ?? null, readyAt: timing.at.ready ?? null,
      beforeFirst: early && { files: early.map((r) => r.file), gzip: sum(early, 'gzip') },
    };
  };
  result.pages = {
    handoff: await fetchedBy('bench-start', WIDGET, true),
    handoffJa: await fetchedBy('bench-start-ja', WIDGET, true),
    practice: await fetchedBy('bench-practice', '.mg-console', true),
    dynamics: await fetchedBy('bench-dynamics', WIDGET, true),
    both: await fetchedBy('bench-both', WIDGET, true),
  };
  // What a page with widgets far below the fold fetches of the widget's files.
  result.beforeNear = await fetchedBy('lazy', 'never', false);

  // Start-up, alternating the pages load by load: the handoff and Dynamics pages (first view,
  // then the interactive checklist) and the counter.
  const widgetLoads = [];
  const dynamicsLoads = [];
  const counterLoads = [];
  await startup(browser, `${widgetUrl}/fixture/bench-start`, WIDGET); // warm the server and the browser
  for (let i = 0; i < LOADS; i++) {
    widgetLoads.push(await startup(browser, `${widgetUrl}/fixture/bench-start`, WIDGET));
    dynamicsLoads.push(await startup(browser, `${widgetUrl}/fixture/bench-dynamics`, WIDGET));
    counterLoads.push(await startup(browser, `${counterUrl}/`, READY.counter));
  }
  const spread = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), all: xs });
  const firstViews = (loads) => loads.map((l) => l.first).filter((x) => x !== undefined);
  result.startup = {
    widget: spread(widgetLoads.map((l) => l.ready)),
    widgetFirst: spread(firstViews(widgetLoads)),
    dynamics: spread(dynamicsLoads.map((l) => l.ready)),
    dynamicsFirst: spread(firstViews(dynamicsLoads)),
    counter: spread(counterLoads),
  };

  // Over a slow phone's network: each kind of page (a first-time reader) and the counter.
  const SLOW_PAGES = { handoff: 'bench-start', handoffJa: 'bench-start-ja', dynamics: 'bench-dynamics', both: 'bench-both' };
  result.slow = { network: SLOW, loads: SLOW_LOADS, pages: {}, counter: [] };
  for (let i = 0; i < SLOW_LOADS; i++) {
    for (const [k, fixture] of Object.entries(SLOW_PAGES)) {
      (result.slow.pages[k] ||= []).push(await slowLoad(browser, `${widgetUrl}/fixture/${fixture}`, WIDGET));
    }
    result.slow.counter.push(await slowLoad(browser, `${counterUrl}/`, READY.counter));
    (result.slow.withoutFirstView ||= []).push(await slowLoad(browser, `${widgetUrl}/fixture/bench-start`, WIDGET, { withoutFirstView: true }));
  }

  // Interaction, then (in a fresh context) memory and storage over two thousand actions.
  {
    const { context, page } = await practicePage(browser, widgetUrl);
    const clicks = await page.evaluate((n) => window.__bench.run(n), ACTIONS);
    result.click = { p50: quantile(clicks, 0.5), p95: quantile(clicks, 0.95), max: Math.max(...clicks), actions: ACTIONS };
    await context.close();
  }
  {
    const { context, page, cdp } = await practicePage(browser, widgetUrl);
    const at = { load: await footprint(page, cdp) };
    const perAction = [];
    const all = [];
    for (const label of ['first', 'second']) {
      const t0 = Date.now();
      const times = await page.evaluate((n) => window.__bench.run(n), THOUSAND);
      all.push(...times);
      // The mean includes the bench's own work between actions; the median of the clicks
      // is the widget's cost, and steady against the odd pause of a busy machine.
      perAction.push({ mean: (Date.now() - t0) / THOUSAND, median: quantile(times, 0.5) });
      at[label] = await footprint(page, cdp);
    }
    result.memory = at;
    // Whether actions get slower as the history grows. Medians of blocks of 100 clicks swing
    // by ±25 % on a busy 2-core machine, so the trend is the Theil-Sen slope (the median of
    // the pairwise slopes) of the 20 block medians, in ms per 1,000 actions.
    const BLOCK = 100;
    const blocks = [];
    for (let i = 0; i + BLOCK <= all.length; i += BLOCK) blocks.push(quantile(all.slice(i, i + BLOCK), 0.5));
    const slopes = [];
    for (let i = 0; i < blocks.length; i++) for (let j = i + 1; j < blocks.length; j++) slopes.push((blocks[j] - blocks[i]) / (j - i));
    const trend = quantile(slopes, 0.5) * (THOUSAND / BLOCK);
    result.perAction = { first: perAction[0], second: perAction[1], blockMedians: blocks, trendPerThousand: trend, median: quantile(all, 0.5) };
    await context.close();
  }
} finally {
  await browser.close();
  widgetServer.close();
  counterServer.close();
}

// --- the table ---------------------------------------------------------------------------
const lines = [];
const out = (s = '') => lines.push(s);
const kb = (b) => `${(b / KB).toFixed(1)} KB`;
const verdict = (ok) => (ok ? 'within' : 'OVER');
const row = (what, figure, budget, ok) => out(`  ${what.padEnd(44)} ${String(figure).padStart(22)}   ${String(budget).padEnd(24)} ${ok === undefined ? '' : verdict(ok)}`);

out('== transfer (bytes) ==');
out(`  ${'file'.padEnd(44)} ${'raw'.padStart(9)} ${'gzip -9'.padStart(9)} ${'brotli'.padStart(9)}`);
for (const [who, rows] of [['widget', result.widgetFiles], ['counter', result.counterFiles]]) {
  for (const r of rows) out(`  ${(who + ': ' + r.file).slice(0, 44).padEnd(44)} ${String(r.raw).padStart(9)} ${String(r.gzip).padStart(9)} ${String(r.brotli).padStart(9)}`);
}
const cGz = sum(result.counterFiles, 'gzip');
out(`  ${'counter: total'.padEnd(44)} ${String(sum(result.counterFiles, 'raw')).padStart(9)} ${String(cGz).padStart(9)} ${String(sum(result.counterFiles, 'brotli')).padStart(9)}`);
const PAGES = { handoff: 'handoff page', handoffJa: 'handoff page in Japanese', practice: 'handoff page, practice', dynamics: 'Dynamics page', both: 'page with both flows' };
for (const [k, name] of Object.entries(PAGES)) {
  const p = result.pages[k];
  out(`  ${('widget, ' + name + ': total').padEnd(44)} ${String(p.raw).padStart(9)} ${String(p.gzip).padStart(9)} ${String(p.brotli).padStart(9)}`);
}
result.totals = Object.fromEntries(Object.keys(PAGES).map((k) => [k, { gzip: result.pages[k].gzip, brotli: result.pages[k].brotli, ratio: result.pages[k].gzip / cGz }]));
result.totals.counterGzip = cGz;
out();
out(`  ${'figure'.padEnd(44)} ${'measured'.padStart(22)}   ${'budget'.padEnd(24)} verdict`);
for (const [k, name] of Object.entries(PAGES)) {
  const t = result.totals[k];
  row(`total gzip, ${name}`, kb(t.gzip), `<= ${kb(BUDGET.totalGzip)} (stretch ${kb(BUDGET.totalGzipStretch)})`, t.gzip <= BUDGET.totalGzip);
  row(`  widget / counter, ${name}`, `${t.ratio.toFixed(2)} x`, `<= ${BUDGET.totalRatio} x`, t.ratio <= BUDGET.totalRatio);
  out(`    fetched: ${result.pages[k].files.join(', ')}`);
}
row('before a widget is near (gzip)', `${kb(result.beforeNear.gzip)}`, `<= ${kb(BUDGET.beforeNear)}`, result.beforeNear.gzip <= BUDGET.beforeNear);
out(`    fetched: ${result.beforeNear.files.join(', ') || 'nothing'}`);
const s = result.startup;
const sr = s.widget.median / s.counter.median;
const ms = (x) => `${x.median.toFixed(0)} ms (${x.min.toFixed(0)}-${x.max.toFixed(0)})`;
row(`start-up counter, median of ${LOADS} (min-max)`, ms(s.counter), '');
out('  the first view (a first-time reader) on this machine, unthrottled, one load per page:');
for (const [k, name] of Object.entries(PAGES)) {
  const p = result.pages[k];
  if (k === 'practice') { out(`    ${name}: no first view (starts in practice)`); continue; }
  out(`    ${name}: ${p.firstAt === null ? 'not shown (the module was there first)' : `first view ${p.firstAt.toFixed(0)} ms`}, interactive ${p.readyAt.toFixed(0)} ms`);
}
for (const [label, first, ready] of [['handoff page', s.widgetFirst, s.widget], ['Dynamics page', s.dynamicsFirst, s.dynamics]]) {
  if (first.all.length) row(`${label}: first view shown in ${first.all.length} of ${LOADS}, median`, ms(first), '');
  row(`${label}: interactive, median of ${LOADS}`, ms(ready), `<= ${BUDGET.interactiveBefore} ms (before)`, ready.median <= BUDGET.interactiveBefore);
}
{
  const sl = result.slow;
  const med = (xs) => (xs.length ? median(xs) : null);
  const counter = med(sl.counter.map((l) => l.ready));
  out();
  out(`== over a slow phone's network (${(sl.network.downloadThroughput * 8 / 1e6).toFixed(1)} Mbps down, ${sl.network.latency} ms round trip, files gzip-compressed; median of ${sl.loads} loads) ==`);
  row('counter start-up', `${counter.toFixed(0)} ms`, '');
  for (const [k, loads] of Object.entries(sl.pages)) {
    const name = PAGES[k];
    const firsts = loads.filter((l) => l.first !== null);
    const first = med(firsts.map((l) => l.first));
    const ready = med(loads.map((l) => l.ready));
    out(`  ${name}:`);
    if (first === null) { out('    no first view shown'); } else {
      row('  first view on screen', `${first.toFixed(0)} ms (${firsts.length} of ${loads.length})`, '');
      row('  first view / counter start-up', `${(first / counter).toFixed(2)} x`, `<= ${BUDGET.firstRatio} x`, first / counter <= BUDGET.firstRatio);
      const before = med(firsts.map((l) => l.beforeFirst));
      row('  fetched before it (on the wire)', kb(before), `<= ${kb(BUDGET.beforeFirst)}`, before <= BUDGET.beforeFirst);
    }
    row('  interactive checklist', `${ready.toFixed(0)} ms`, '');
    row('  fetched by then (on the wire)', kb(med(loads.map((l) => l.toReady))), '');
  }
  const without = med(sl.withoutFirstView.map((l) => l.ready));
  const withFirst = med(sl.pages.handoff.map((l) => l.ready));
  row('handoff page interactive without a first view', `${without.toFixed(0)} ms`, '(its file refused)');
  row('  with / without the first view', `${(withFirst / without).toFixed(2)} x`, 'no slower: <= 1.05 x', withFirst / without <= 1.05);
  out();
}
row('start-up (interactive), widget / counter', `${sr.toFixed(2)} x`, `<= ${BUDGET.startupRatio} x`, sr <= BUDGET.startupRatio);
row(`click -> DOM, p50 / p95 of ${ACTIONS}`, `${result.click.p50.toFixed(1)} / ${result.click.p95.toFixed(1)} ms`, `p95 <= ${BUDGET.clickP95} ms`, result.click.p95 <= BUDGET.clickP95);
const m = result.memory;
for (const [k, name] of [['wasm', 'wasm linear memory'], ['jsHeap', 'JS heap (after GC)'], ['domNodes', 'DOM nodes (document)'], ['widgetElements', 'elements in the widget'], ['saved', 'saved value (localStorage)']]) {
  const fmt = k === 'domNodes' || k === 'widgetElements' ? (x) => String(x) : kb;
  const slack = k === 'wasm' ? 64 * KB : 0;
  const flat = m.second[k] <= m.first[k] * BUDGET.flat + slack;
  const budget = k === 'wasm' ? `<= 8 MiB; flat` : 'flat over 2nd 1,000';
  const ok = k === 'wasm' ? flat && m.first[k] <= BUDGET.wasmMemory : flat;
  row(`${name}: load / 1,000 / 2,000`, `${fmt(m.load[k])} / ${fmt(m.first[k])} / ${fmt(m.second[k])}`, budget, ok);
}
const pa = result.perAction;
row('click -> DOM median: 1st / 2nd thousand', `${pa.first.median.toFixed(2)} / ${pa.second.median.toFixed(2)} ms`, '');
row('click -> DOM trend over 2,000 actions', `${pa.trendPerThousand >= 0 ? '+' : ''}${pa.trendPerThousand.toFixed(2)} ms / 1,000`, `flat: at most +10 % of median`, pa.trendPerThousand <= pa.median * (BUDGET.flatTime - 1));
row('wall time per action: 1st / 2nd thousand', `${pa.first.mean.toFixed(2)} / ${pa.second.mean.toFixed(2)} ms`, '(with the bench harness)');

console.log(lines.join('\n'));
const outDir = path.join(here, '..', 'bench', 'output');
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'bench.json'), JSON.stringify(result, null, 2));
console.log(`\n(written to bench/output/bench.json)`);
