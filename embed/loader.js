// Marketo setup guides: the one script a documentation page includes.
//   <script type="module" src=".../embed/marketo-guides.js"></script>
//   <div data-marketo-guide="sia-handoff"></div>
// Each element gets an open shadow root with the widget's own stylesheet and a light
// placeholder; the WebAssembly module is fetched only when a widget comes near the
// viewport (or at once with data-load="eager"). A first-time reader's widget shows its
// first view meanwhile (the guide rendered at build time, src/first_view.rs), and keeps it
// where the module cannot run. Elements added later are mounted,
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
const widgets = new Map(); // element -> { root, id, seen, glue, carry, undo, moving, first, pasted }
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

// ---- First views (META.first; FILES.first: each flow's, per language) ----
// A first-time reader's widget shows the guide's first view as soon as the stylesheet is
// there: the page's own copy (pasted inside the element, see README) or the file for its flow
// and language. Its controls do nothing until the module takes over (aria-disabled, with a
// status that says so); focus is carried over. A returning reader keeps the placeholder: they
// never see a state other than their own. Where the module cannot run, the first view stays,
// saying so (and offering "Try again" when the download failed).
const FIRST = META.first;
const firstFile = (el) => (FILES.first[flowOf(el)] || {})[pageLang(el)];
const said = (el) => FIRST.texts[pageLang(el)];

// Whether this widget's reader gets the first view: its flow named exactly, in guide mode with
// a theme the view can take, no shared-progress link (the widget shows its offer), and
// nothing saved under its key (checked, not decoded).
function firstTime(el) {
  if (INLINE || !firstFile(el) || el.getAttribute(ATTR) !== flowOf(el)) return false;
  const mode = el.getAttribute('data-mode');
  const theme = el.getAttribute('data-theme');
  if ((mode !== null && mode !== META.guide) || practiceStart(el)) return false;
  if (theme !== null && !META.themes.includes(theme)) return false;
  if (decodeURIComponent(location.hash.slice(1)).startsWith(META.share)) return false;
  try {
    return localStorage.getItem(META.stores[flowOf(el)] + keyOf(el)) === null;
  } catch {
    return true; // storage blocked: nothing saved
  }
}

// The first view's element: the page's copy (if it is this flow's, in the reader's language),
// else fetched (null if it cannot be).
async function firstView(el, w) {
  const lang = pageLang(el);
  if (w.pasted && w.pasted.getAttribute(FIRST.attr) === flowOf(el) && w.pasted.lang === lang) {
    return document.importNode(w.pasted, true);
  }
  const file = firstFile(el);
  if (!file) return null;
  try {
    const res = await fetch(here(file));
    if (!res.ok) return null;
    const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
    const view = doc.body.firstElementChild;
    return view && view.classList.contains(FIRST.class) ? document.importNode(view, true) : null;
  } catch {
    return null;
  }
}

// Puts a notice where the widget shows its own: under the guide's header.
function place(view, notice) {
  const head = view.querySelector('.mg > header');
  if (head) head.after(notice); else view.prepend(notice);
}

// The first view's controls wait for the module: they say so and change nothing.
const CONTROLS = 'input, select, textarea, button';
function freezeStatus(view, el) {
  // On the header's rule, taking no room of its own: nothing moves when it goes.
  const status = document.createElement('p');
  status.className = 'mg-first-status';
  status.id = 'mg-first-status';
  status.setAttribute('role', 'status');
  status.textContent = said(el).loading;
  const head = view.querySelector('.mg > header');
  if (head) head.append(status); else view.prepend(status);
  return status;
}
function freeze(view, el) {
  const status = freezeStatus(view, el);
  for (const c of view.querySelectorAll(CONTROLS)) {
    c.setAttribute('aria-disabled', 'true');
    c.setAttribute('aria-describedby', [status.id, c.getAttribute('aria-describedby')].filter(Boolean).join(' '));
    if (c.matches('textarea, input:not([type=checkbox]):not([type=radio])')) c.readOnly = true;
  }
  const still = (e) => {
    const t = e.target.closest && e.target.closest(`${CONTROLS}, label`);
    if (!t || !view.contains(t) || t.closest('.mg-first-failed')) return; // "Try again" works
    // Tab and Shift+Tab move on; everything else that would change a control does nothing.
    if (e.type === 'keydown' && (e.key === 'Tab' || !t.matches('select, input[type=radio], input[type=checkbox], button'))) return;
    e.preventDefault();
  };
  for (const type of ['click', 'mousedown', 'keydown']) view.addEventListener(type, still, true);
}

// Shows the first view in place of the placeholder, once the stylesheet applies; not if the
// widget has mounted meanwhile (or left the page).
async function showFirst(el, w, styled) {
  const [view] = await Promise.all([firstView(el, w), styled]);
  if (!view || widgets.get(el) !== w || w.id !== null || w.first) return;
  const theme = el.getAttribute('data-theme');
  if (theme !== null) view.querySelector('.mg')?.setAttribute('data-theme', theme);
  freeze(view, el);
  w.first = view;
  w.root.querySelector('.mg-placeholder')?.remove();
  w.root.append(view);
}

// Where focus is in the first view, to find the same control in the mounted widget: ids and
// group names are the widget's own prefix (mgN-) and a stable rest.
function focusIn(w) {
  const f = w.root.activeElement;
  if (!f || !w.first || !w.first.contains(f)) return null;
  const rest = (v) => (v || '').replace(/^mg\d+-/, '');
  if (f.type === 'radio') return `input[type=radio][name$="-${CSS.escape(rest(f.name))}"][value="${CSS.escape(f.value)}"]`;
  if (f.id) return `[id$="-${CSS.escape(rest(f.id))}"]`;
  const step = f.closest('[data-step]');
  return step ? `[data-step="${CSS.escape(step.dataset.step)}"]` : null;
}

// The module cannot run here (`failure`: what stopped it; none: no WebAssembly at all). The
// first view stays (or comes), saying that the checklist is not available and progress is not
// kept; a failed download adds "Try again" in an alert.
async function unavailable(el, w, failure) {
  const download = failure instanceof TypeError; // a fetch or import that failed
  if (!w.first) await showFirst(el, w, w.styled || Promise.resolve()); // styled first, here too
  const where = w.first || w.root.querySelector('.mg-placeholder');
  if (!where || widgets.get(el) !== w) return;
  where.querySelector('.mg-first-status')?.remove();
  const box = document.createElement('div');
  box.className = 'mg-notice mg-notice-strong mg-first-failed';
  box.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.textContent = download ? said(el).failed : said(el).unavailable;
  box.append(text);
  if (download) {
    const again = document.createElement('button');
    again.type = 'button';
    again.className = 'mg-btn';
    again.textContent = said(el).retry;
    again.addEventListener('click', () => {
      box.remove();
      if (w.first) freezeStatus(w.first, el);
      w.seen = false;
      start(el);
    });
    box.append(again);
  }
  if (w.first) place(w.first, box); else where.prepend(box);
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
  // A first view the page pasted inside the element (shown by the page before this runs,
  // and to readers without JavaScript), used instead of fetching one.
  const pasted = el.querySelector(`:scope > [${FIRST.attr}]`);
  const w = { root, id: null, seen: false, glue: null, carry: null, undo: null, moving: false, first: null, pasted };
  widgets.set(el, w);
  if (pasted && firstTime(el)) {
    w.styled = sheet(root);
    showFirst(el, w, w.styled);
  }
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
  const styled = w.styled || (w.styled = sheet(w.root));
  if (!w.first && firstTime(el)) showFirst(el, w, styled);
  if (typeof WebAssembly !== 'object') {
    await unavailable(el, w, null);
    return w;
  }
  let glue = null;
  let failure = null;
  try {
    [glue] = await Promise.all([load(moduleFor(el)), styled]);
  } catch (e) {
    failure = e;
  }
  // Still on the page, and not re-added meanwhile?
  if (widgets.get(el) !== w || !el.isConnected) return w;
  if (!glue) {
    await unavailable(el, w, failure);
    return w;
  }
  // The module takes over in one step: the widget replaces the first view (src/ui/mount.rs)
  // in the same task, and focus goes to the same control.
  const refocus = focusIn(w);
  const first = w.first;
  try {
    w.glue = glue;
    w.id = glue.mount_widget(el, w.root, null, null);
  } catch (e) {
    // A panic at start: the instance is gone. The first view comes back, saying so.
    w.id = null;
    w.glue = null;
    w.root.querySelectorAll('.mg-root, .mg-crashed').forEach((n) => n.remove());
    w.first = null;
    if (first) {
      w.first = first;
      w.root.append(first);
    }
    await unavailable(el, w, e);
    return w;
  }
  w.first = null;
  if (refocus) w.root.querySelector(`.mg-root:not(.${FIRST.class}) ${refocus}`)?.focus();
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
