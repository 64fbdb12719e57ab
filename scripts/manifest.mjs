// The one writer of manifest.json (scripts/build.sh for dist/, scripts/dev-hook.sh for the
// module Trunk builds in `make dev`): the stylesheet and each module (name, flows, practice,
// its glue and wasm files and their SHA-256), and `meta`, what embed-meta printed (the offline
// kit renders its loader from the same values). The loader's file list, the offline kit and
// `make bench` read it.
//   node scripts/manifest.mjs DIR CSS ENTRIES_JSON META_JSON [FIRST_JSON]
// ENTRIES_JSON: [{ name, flows, practice, file }] (file: the base of the module's names in DIR).
// FIRST_JSON: each flow's first view per language, { flow: { lang: file } } (none: `make dev`).
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const [dir, css, entries, meta, first = '{}'] = process.argv.slice(2);
if (!dir || !css || !entries || !meta) { console.error('usage: manifest.mjs DIR CSS ENTRIES_JSON META_JSON'); process.exit(1); }
const sha = (f) => crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex');
const modules = JSON.parse(entries).map(({ name, flows, practice, file }) => ({
  name, flows, practice, glue: `${file}.js`, wasm: `${file}_bg.wasm`,
  sha256: { glue: sha(`${file}.js`), wasm: sha(`${file}_bg.wasm`) },
}));
fs.writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify({ css: { file: css, sha256: sha(css) }, modules, first: JSON.parse(first), meta: JSON.parse(meta) }, null, 2)}\n`);
