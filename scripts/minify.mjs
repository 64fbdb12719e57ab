// Minifies, in place, what every reader of a documentation page downloads besides the wasm:
// JavaScript with terser, the stylesheet with csso (both from npm, pinned in
// e2e/package.json; installed by scripts/setup.sh).
//   node scripts/minify.mjs glue FILE...   wasm-bindgen's ES module glue; its exports keep
//                                          their names (the loader and the offline kit use them)
//   node scripts/minify.mjs css FILE       the widget's stylesheet: whitespace, comments and
//                                          shorthand only; rules are not merged or moved
//                                          (`restructure: false`), so the cascade is as written
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../e2e/package.json', import.meta.url));
const fail = (message) => { console.error(`[minify] ${message}`); process.exit(1); };
const load = (name) => {
  try {
    return require(name);
  } catch {
    return fail(`${name} is not installed: run scripts/setup.sh (or npm ci in e2e/)`);
  }
};

const [mode, ...files] = process.argv.slice(2);
if (!['glue', 'css'].includes(mode) || files.length === 0) fail('usage: minify.mjs glue|css FILE...');
const minify = mode === 'css' ? null : load('terser').minify;

for (const file of files) {
  const source = fs.readFileSync(file, 'utf8');
  if (mode === 'css') {
    const { css } = load('csso').minify(source, { restructure: false, comments: false });
    if (!css) fail(`${file}: csso returned nothing`);
    fs.writeFileSync(file, `${css}\n`);
    console.log(`[minify] ${file}: ${source.length} -> ${css.length + 1} bytes`);
    continue;
  }
  const out = await minify(source, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  if (!out.code) fail(`${file}: terser returned nothing`);
  const code = `${out.code}\n`;
  fs.writeFileSync(file, code);
  console.log(`[minify] ${file}: ${source.length} -> ${code.length} bytes`);
}
