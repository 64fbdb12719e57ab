// Writes dist/embed/marketo-guides.js from embed/loader.js: its FILES come from
// dist/manifest.json (the stylesheet, and each module's name, flows, whether it has the
// practice consoles, and the base of its file names), its META from the Rust catalogs
// (scripts/build.sh passes what `embed-meta` printed). INLINE stays null (the offline kit
// fills it).
//   node scripts/loader.mjs DIST META_JSON
import fs from 'node:fs';
import path from 'node:path';

const [dist, meta] = process.argv.slice(2);
const fail = (why) => { console.error(`[loader] ${why}`); process.exit(1); };
if (!dist || !meta) fail('usage: loader.mjs DIST META_JSON');
const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
JSON.parse(meta); // well-formed, or stop here
const files = {
  css: manifest.css.file,
  // Lightest first: the loader takes the first that carries what a widget needs.
  modules: manifest.modules.map((m) => ({ name: m.name, flows: m.flows, practice: m.practice, file: m.glue.replace(/\.js$/, '') })),
};
let src = fs.readFileSync('embed/loader.js', 'utf8');
const slots = [['/*MG:FILES*/{}', JSON.stringify(files)], ['/*MG:META*/{}', meta], ['/*MG:INLINE*/null', 'null']];
for (const [slot, value] of slots) {
  if (src.split(slot).length !== 2) fail(`embed/loader.js has no single ${slot}`);
  src = src.replace(slot, () => value);
}
fs.mkdirSync(path.join(dist, 'embed'), { recursive: true });
fs.writeFileSync(path.join(dist, 'embed', 'marketo-guides.js'), src);
