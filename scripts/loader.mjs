// The loader every documentation page includes (dist/embed/marketo-guides.js), rendered once
// from embed/loader.js and {files, meta, inline}, then minified; nothing is looked for again
// in its output:
//   files   from the manifest: the stylesheet, each module's name, flows, whether it has
//           the practice consoles, and the base of its file names (lightest first), and each
//           flow's first view per language;
//   meta    what `embed-meta` prints from the Rust domain and catalogs (languages, titles,
//           the module table, link keys, the storage key's cap);
//   inline  a JavaScript expression: `null` on a served page; the offline kit passes the name
//           of the object it defines before the loader (glue, wasm bytes, stylesheet).
//   node scripts/loader.mjs DIST     writes DIST/embed/marketo-guides.js (files and meta from
//                                    DIST/manifest.json)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'e2e', 'package.json'));
const fail = (why) => { throw new Error(`[loader] ${why}`); };

/** The loader's file list, from a manifest (dist/manifest.json). */
export function filesOf(manifest) {
  return {
    css: manifest.css.file,
    modules: manifest.modules.map((m) => ({ name: m.name, flows: m.flows, practice: m.practice, file: m.glue.replace(/\.js$/, '') })),
    first: manifest.first || {},
  };
}

/** The minified loader for these values. */
export async function render({ files, meta, inline }) {
  let src = fs.readFileSync(path.join(root, 'embed', 'loader.js'), 'utf8');
  const values = { FILES: JSON.stringify(files), META: JSON.stringify(meta), INLINE: inline };
  for (const [name, value] of Object.entries(values)) {
    const slot = `/*MG:${name}*/`;
    if (src.split(slot).length !== 2) fail(`embed/loader.js has no single ${slot}`);
    src = src.replace(new RegExp(`/\\*MG:${name}\\*/(\\{\\}|null)`), () => value);
  }
  const { minify } = require('terser');
  const out = await minify(src, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  if (!out.code) fail('terser returned nothing');
  return `${out.code}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dist] = process.argv.slice(2);
  if (!dist) { console.error('usage: loader.mjs DIST'); process.exit(1); }
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
  const code = await render({ files: filesOf(manifest), meta: manifest.meta, inline: 'null' });
  fs.mkdirSync(path.join(dist, 'embed'), { recursive: true });
  fs.writeFileSync(path.join(dist, 'embed', 'marketo-guides.js'), code);
  console.log(`[loader] ${path.join(dist, 'embed', 'marketo-guides.js')}: ${code.length} bytes`);
}
