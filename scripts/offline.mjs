// Writes dist/marketo-guides-offline.html: the trainer's page with everything inside one
// file (page, stylesheet, loader, JS glue and the wasm as base64), because a page opened
// from file:// may neither load a module script by src= nor fetch the wasm. Run after
// scripts/build.sh; the loader is rendered from the same files and meta (dist/manifest.json),
// its `inline` the object defined before it here.
import fs from 'node:fs';
import path from 'node:path';
import { render, filesOf } from './loader.mjs';

const dist = path.resolve(process.argv[2] || 'dist');
const out = path.join(dist, 'marketo-guides-offline.html');
const fail = (why) => { console.error(`[offline] ${why}`); process.exit(1); };

// The module with everything and the stylesheet, as dist/manifest.json names them.
const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
// The table's last module has everything (domain::flows::Module::all).
const all = manifest.modules.at(-1);
if (!all?.practice || !manifest.meta || all.flows.length !== Object.keys(manifest.meta.titles).length) fail('dist/manifest.json does not end with the module that has everything');
const glueFile = path.join(dist, all.glue);
const wasmFile = path.join(dist, all.wasm);
const cssFile = path.join(dist, manifest.css.file);
for (const f of [glueFile, wasmFile, cssFile]) if (!fs.existsSync(f)) fail(`${f} is missing: run scripts/build.sh first`);
let glue = fs.readFileSync(glueFile, 'utf8');
const template = fs.readFileSync('offline/page.html', 'utf8');
const room = fs.readFileSync('offline/room.js', 'utf8');

// The glue is an ES module; inside one inline module script its exports become locals of
// a function scope (its own `wasm` and friends must not meet the loader's).
const exported = [];
// The build minifies the glue (scripts/minify.mjs), so an export may stand anywhere in a line.
glue = glue
  .replace(/\bexport (async )?function (\w+)/g, (_, a, name) => { exported.push(name); return `${a || ''}function ${name}`; })
  .replace(/\bexport class (\w+)/g, (_, name) => { exported.push(name); return `class ${name}`; })
  .replace(/\bexport\s*\{([^}]*)\};?/g, (_, names) => {
    for (const n of names.split(',')) { const [local, as] = n.trim().split(/\s+as\s+/); if (local) exported.push(as ? `${as}: ${local}` : local); }
    return '';
  })
  .replace(/\bexport default (\w+);?/g, (_, name) => { exported.push(`default: ${name}`); return ''; });
if (/\bexport\b/.test(glue)) fail('the glue has an export this script does not know');
for (const need of ['default', 'mount_widget', 'unmount_widget', 'module_failed']) {
  if (!exported.some((e) => e === need || e.startsWith(`${need}:`))) fail(`the glue does not export ${need}`);
}

const inline = `{ glue: MG_GLUE, wasm: ${JSON.stringify(fs.readFileSync(wasmFile).toString('base64'))}, css: ${JSON.stringify(fs.readFileSync(cssFile, 'utf8'))} }`;
const loader = await render({ files: filesOf(manifest), meta: manifest.meta, inline: 'MG_INLINE' });

// (Replacements by function: a `$` in the code must not be read as a pattern.)
// Nothing in the scripts may close the <script> element early.
const script = `const MG_GLUE = (() => {\n${glue}\nreturn { ${exported.join(', ')} };\n})();\nconst MG_INLINE = ${inline};\n${loader}\n${room}`;
const safe = script.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
const page = template.replace('</body>', () => `<script type="module">\n${safe}\n</script>\n</body>`);
if (page === template) fail('offline/page.html has no </body>');
fs.writeFileSync(out, page);
console.log(`[offline] ${path.relative(process.cwd(), out)}: ${(page.length / 1024).toFixed(0)} KiB, one file`);
