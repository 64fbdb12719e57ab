// Marketo setup guides: the one script a documentation page includes.
//   <script type="module" src=".../embed/marketo-guides.js"></script>
//   <div data-marketo-guide="sia-handoff"></div>
// Each element gets an open shadow root with the widget's own stylesheet and a light
// placeholder; the WebAssembly module is fetched only when a widget comes near the
// viewport (or at once with data-load="eager"). Elements added later are mounted,
// removed ones torn down. Everything is found relative to this file's own URL.
// scripts/loader.mjs fills in FILES from dist/manifest.json (the stylesheet, and the modules
// lightest first, each with its name, the flows it carries, whether it has the practice
// consoles, and its files) and META (from the Rust catalogs and domain). Every module speaks
// every language.
const FILES = /*MG:FILES*/{};
const META = /*MG:META*/{};
// The offline kit (scripts/offline.mjs) puts everything in one file: the glue, the wasm
// bytes (base64) of the module with everything, and the stylesheet; `null` on a served page.
const INLINE = /*MG:INLINE*/null;
const ATTR = 'data-marketo-guide';
const here = (file) => new URL(`../${file}`, import.meta.url).href;
const widgets = new Map(); // element -> { root, id, seen, glue, carry, undo, moving }
const listening = new WeakSet(); // elements whose moves are listened for
const modules = new Map(); // a module's name (FILES.modules) -> Promise of its glue
const failures = new Map(); // a module's name -> downloads of it that failed (a retry asks anew)
const known = (flow) => FILES.modules.some((m) => m.flows.includes(flow));
// The module table ends with the module that has everything (domain::flows::Module::all).
const EVERYTHING = FILES.modules[FILES.modules.length - 1].name;

// The placeholder's language, before any module is here to ask: the same hints in the same
// order as the widget's own choice (src/ui/mod.rs `lang_hints`, then `Lang::resolve`), and
// the same reading of a tag (its primary subtag). An e2e test holds the two to one answer.
function pageLang(el) {
  const tags = [el.getAttribute('data-lang'), document.documentElement.lang, ...(navigator.languages || [])];
  for (const tag of tags) {
    const primary = (tag || '').trim().toLowerCase().split(/[-_]/)[0];
    if (META.langs.includes(primary)) return primary;
  }
  return 'en';
}

const flowOf = (el) => (el.getAttribute(ATTR) || '').trim().toLowerCase();
// The storage key a widget saves under, as the widget reads it (domain::embed::read): trimmed,
// cut to META.keyCap characters; blank or absent, the flow's name.
const keyOf = (el) => [...(el.getAttribute('data-storage-key') || '').trim()].slice(0, META.keyCap).join('') || flowOf(el);
// The flow of the scenario a link names (?mg-scenario=<slug> or #mg-scenario=<slug>), when
// the slug is one of the scenarios (META.scenarios: slug -> flow); anything else opens nothing.
function linkedScenarioFlow() {
  for (const part of [location.search.slice(1), location.hash.slice(1)]) {
    const slug = new URLSearchParams(part).get(META.scenario);
    if (slug !== null && Object.hasOwn(META.scenarios, slug.trim())) return META.scenarios[slug.trim()];
  }
  return null;
}
// Starts in practice: data-mode, or a link to one of its flow's scenarios (which opens practice).
const practiceStart = (el) => (el.getAttribute('data-mode') || '').trim().toLowerCase() === META.practice
  || linkedScenarioFlow() === flowOf(el);

// Which module a widget runs in: one already there that fits; otherwise, for the page's first,
// the lightest that carries every kind of guide on the page (one download, not two), with the
// practice consoles when a guide there starts in practice. A guide of another kind added later
// brings the lightest module for itself. A misspelt flow (the widget only says what is wrong)
// goes with any module.
function moduleFor(el, practice) {
  if (INLINE) return EVERYTHING;
  const flow = known(flowOf(el)) ? flowOf(el) : null;
  const needs = practice || practiceStart(el);
  const fits = (m) => (!flow || m.flows.includes(flow)) && (!needs || m.practice);
  for (const name of modules.keys()) if (fits(FILES.modules.find((m) => m.name === name))) return name;
  const page = [...widgets.keys()].filter((e) => known(flowOf(e)));
  const first = modules.size === 0;
  const kinds = first ? [...new Set([...page.map(flowOf), ...(flow ? [flow] : [])])] : flow ? [flow] : [];
  const practiceToo = needs || (first && page.some(practiceStart));
  const pick = FILES.modules.find((m) => kinds.every((k) => m.flows.includes(k)) && (!practiceToo || m.practice));
  return pick ? pick.name : EVERYTHING;
}

// The module's glue and the wasm are fetched at the same time (the glue accepts the pending
// response), not one after the other.
function load(name) {
  if (!modules.has(name)) {
    let started;
    if (INLINE) {
      const bytes = Uint8Array.from(atob(INLINE.wasm), (c) => c.charCodeAt(0));
      started = INLINE.glue.default({ module_or_path: bytes }).then(() => INLINE.glue);
    } else {
      const { file: files } = FILES.modules.find((m) => m.name === name);
      // After a failure the glue's address differs, so the browser fetches it again rather
      // than answering from its record of the failed import.
      const tried = failures.get(name) || 0;
      const bytes = fetch(here(`${files}_bg.wasm`));
      bytes.catch(() => {}); // reported through `started`
      started = import(here(`${files}.js`) + (tried ? `?retry=${tried}` : '')).then(async (glue) => {
        await glue.default({ module_or_path: bytes });
        return glue;
      });
    }
    modules.set(name, started);
    started.catch(() => { // a later widget or "Try again" tries again
      modules.delete(name);
      failures.set(name, (failures.get(name) || 0) + 1);
    });
  }
  return modules.get(name);
}

// A widget in a guide-only module switched to practice (or loaded a practice state): move it
// into a module with the consoles, with its latest state, in one step (no empty box), focus
// kept where it was. Until then the widget shows that it is loading and takes no input; a
// change that still arrives (another tab's) comes with a new ask and its state goes along.
// The old widget is unmounted (writing what it had pending) before the new one is mounted
// with the carried state, so nothing of the old one arrives after. A failed download is
// reported to the widget, which says so and offers "Try again" (a new ask).
async function move(el, { practice, state, undo }) {
  const w = widgets.get(el);
  if (!w) return;
  w.carry = typeof state === 'string' ? state : null; // anything else: storage has it
  w.undo = typeof undo === 'string' ? undo : null;
  if (w.moving || w.id === null) return;
  w.moving = true;
  // Where focus is when the reader asks (the widget stops taking input right after).
  const f = w.root.activeElement;
  const focused = f && (f.type === 'radio' ? `input[type=radio][value="${f.value}"]` : f.name ? `[name="${f.name}"]` : null);
  const glue = await load(moduleFor(el, practice)).catch(() => null);
  w.moving = false;
  if (widgets.get(el) !== w || !el.isConnected || w.id === null) return;
  // No module with what the widget needs (a failed download, or none better than its own):
  // the widget goes back to its guide and says so, with "Try again"; it never stays busy.
  if (!glue || glue === w.glue) {
    w.glue.module_failed(w.id);
    return;
  }
  const refocus = focused || (w.undo ? '[name="mg-undo-import"]' : null);
  w.glue.unmount_widget(w.id);
  w.glue = glue;
  w.id = glue.mount_widget(el, w.root, w.carry, w.undo);
  w.carry = w.undo = null;
  if (refocus) w.root.querySelector(refocus)?.focus();
}

// The placeholder is styled here (CSSOM, allowed under a strict style-src) so that a page
// whose widgets are all far below the fold fetches this file only: the stylesheet comes
// with the module, when a widget is near.
const PLACEHOLDER = 'display:block;box-sizing:border-box;min-height:36em;font:600 16px/1.5 system-ui,sans-serif;'
  + 'color:#555;border:1px dashed #d6d6d6;border-radius:8px;padding:1.25em 1.5em;margin:1.5em 0';

function prepare(el) {
  if (widgets.has(el)) return;
  const root = el.shadowRoot || el.attachShadow({ mode: 'open' });
  root.replaceChildren();
  const box = document.createElement('div');
  box.className = 'mg-placeholder';
  box.style.cssText = PLACEHOLDER;
  const titles = META.titles[(el.getAttribute(ATTR) || '').trim()];
  box.lang = pageLang(el);
  box.textContent = titles ? titles[box.lang] : '';
  root.append(box);
  const w = { root, id: null, seen: false, glue: null, carry: null, undo: null, moving: false };
  widgets.set(el, w);
  if (!listening.has(el)) {
    listening.add(el);
    el.addEventListener(META.needsModule, (e) => move(el, e.detail || {}));
  }
  // Started after the scan that found it, so the choice of module sees every guide of the page.
  if ((el.getAttribute('data-load') || '').trim() === 'eager') queueMicrotask(() => start(el));
  else near.observe(el);
}

// The widget's stylesheet in its shadow root; resolves once it applies (or failed), so the
// widget never shows unstyled.
function sheet(root) {
  if (INLINE) {
    const style = document.createElement('style');
    style.textContent = INLINE.css;
    root.prepend(style);
    return Promise.resolve();
  }
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = here(FILES.css);
  const ready = new Promise((r) => { link.onload = r; link.onerror = r; });
  root.prepend(link);
  return ready;
}

async function start(el) {
  const w = widgets.get(el);
  if (!w || w.seen) return w;
  w.seen = true;
  near.unobserve(el);
  const [glue] = await Promise.all([load(moduleFor(el)), sheet(w.root)]);
  // Still on the page, and not re-added meanwhile?
  if (widgets.get(el) === w && el.isConnected) {
    w.glue = glue;
    w.id = glue.mount_widget(el, w.root, null, null);
  }
  return w;
}

function teardown(el) {
  const w = widgets.get(el);
  if (!w) return;
  widgets.delete(el);
  near.unobserve(el);
  if (w.id !== null) w.glue.unmount_widget(w.id);
}

const near = new IntersectionObserver((entries) => {
  for (const e of entries) if (e.isIntersecting) start(e.target);
}, { rootMargin: '600px 0px' });

function scan(node) {
  if (node.nodeType !== 1) return;
  if (node.hasAttribute(ATTR)) prepare(node);
  node.querySelectorAll(`[${ATTR}]`).forEach(prepare);
}

new MutationObserver((records) => {
  for (const r of records) {
    r.removedNodes.forEach((n) => {
      if (n.nodeType !== 1) return;
      for (const el of [...widgets.keys()]) if (!el.isConnected && (el === n || n.contains(el))) teardown(el);
    });
    r.addedNodes.forEach(scan);
    if (r.type === 'attributes' && r.target.hasAttribute(ATTR) && !widgets.has(r.target)) prepare(r.target);
  }
}).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: [ATTR] });

// Deep links: #mg-<storage-key>-<step-id> opens that widget (if lazy) and focuses the step.
// A shared-progress link (#mg-share=…, META.share) starts every widget: the one it is for shows the offer;
// so does a scenario link (#mg-scenario=…): the widget of that scenario's flow opens it.
async function follow() {
  const hash = decodeURIComponent(location.hash.slice(1));
  if (hash.startsWith(META.share) || linkedScenarioFlow()) {
    for (const el of widgets.keys()) start(el);
    return;
  }
  if (!hash.startsWith('mg-')) return;
  for (const el of widgets.keys()) {
    const key = keyOf(el);
    if (!hash.startsWith(`mg-${key}-`)) continue;
    const step = hash.slice(key.length + 4);
    const w = await start(el);
    for (let i = 0; i < 20 && w.id === null; i++) await new Promise((r) => setTimeout(r, 50));
    const row = w.root.querySelector(`[data-step="${CSS.escape(step)}"]`);
    if (row) {
      row.scrollIntoView({ block: 'center' });
      row.focus();
    }
    return;
  }
}
addEventListener('hashchange', follow);

scan(document.documentElement);
follow();
