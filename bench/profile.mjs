// Where the wasm's bytes go, by crate: reads `twiggy top -f csv` of a module built with its
// names kept (the release build before wasm-bindgen and wasm-opt) and sums the items by
// the crate in their name. Run by `make bench`; `node bench/profile.mjs top.csv [rows]`.
import fs from 'node:fs';

const [file, rowsArg = '12'] = process.argv.slice(2);
const lines = fs.readFileSync(file, 'utf8').trim().split('\n').slice(1);
const byCrate = new Map();
const items = [];
let total = 0;
for (const line of lines) {
  // Name,ShallowSize,ShallowSizePercent,RetainedSize,RetainedSizePercent (the name may hold commas)
  const m = line.match(/^"?(.*?)"?,(\d+),[\d.]+,\d*,[\d.]*$/);
  if (!m) continue;
  const [, name, bytes] = m;
  if (/subsection|custom section|__wbindgen_describe|^"?Σ/.test(name)) continue;
  const n = Number(bytes);
  total += n;
  // The first path segment that names a crate; closures and shims of core::ops are the
  // callers' code (mostly view closures), kept apart as their own line.
  let crate = 'data and tables';
  const path = name.match(/([a-z_][a-z0-9_]*)(\[[0-9a-f]+\])?::/);
  if (path) crate = path[1];
  if (/^core::ops::function::FnOnce::call_once/.test(name)) crate = 'closures (core::ops::FnOnce)';
  else if (/^marketo_guides::(ui|i18n|storage|share)/.test(name)) crate = name.match(/^marketo_guides::\w+/)[0];
  byCrate.set(crate, (byCrate.get(crate) || 0) + n);
  items.push([n, name]);
}
const rows = Number(rowsArg);
console.log(`  ${'crate (code and data before wasm-opt)'.padEnd(40)} ${'bytes'.padStart(9)}  share`);
for (const [crate, n] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
  console.log(`  ${crate.padEnd(40)} ${String(n).padStart(9)}  ${((100 * n) / total).toFixed(1).padStart(5)} %`);
}
console.log(`  ${'all'.padEnd(40)} ${String(total).padStart(9)}`);
console.log('\n  largest items:');
for (const [n, name] of items.sort((a, b) => b[0] - a[0]).slice(0, rows)) {
  console.log(`  ${String(n).padStart(9)}  ${name.replace(/::h[0-9a-f]{16}$/, '').slice(0, 110)}`);
}
