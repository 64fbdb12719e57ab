#!/usr/bin/env bash
# Release build into dist/, one path for every module: cargo (release, wasm32) builds it,
# wasm-bindgen writes its glue, wasm-opt -Oz shrinks it, terser minifies the glue; each is
# copied under a content-hashed name. Then each flow's first view in each language, the stylesheet, the demo page, the examples, the
# loader dist/embed/marketo-guides.js and dist/manifest.json (which modules there are, the
# flows each carries, whether it has practice, their files and hashes): the loader's file
# list, the offline kit and `make bench` all come from the manifest.
#
# The modules (the domain's table, `Module::all`), each with every language, lightest first:
#   <flow> guide   one flow, guide mode only (what most readers load)
#   both guide     both flows, guide mode only (a page with guides of both kinds)
#   <flow> full    one flow with the practice consoles
#   all            everything (the offline kit; pages that start in practice with both kinds)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
started=$(date +%s)

# Dev profile: it shares the dependencies the native tests already built. The module table
# (which modules there are, their flows and cargo features) is the domain's
# (`domain::flows::Module::all`), printed by embed-meta with the loader's other facts.
meta=$(cargo run --quiet --offline --bin embed-meta)
table=$(META="$meta" node -e 'for (const m of JSON.parse(process.env.META).modules) console.log([m.name, m.features, m.file].join("\t"))')
[ -n "$table" ] || { echo "[build] embed-meta gave no module" >&2; exit 1; }

stage=target/modules
rm -rf "$stage" dist
mkdir -p "$stage" dist/embed dist/examples
built="$stage/built.tsv"
: > "$built"

# module NAME FEATURES FILE: builds one module and records its hashed name for the manifest.
module() {
  local name=$1 features=$2 file=$3 hash
  cargo build --release --offline --target wasm32-unknown-unknown --bin marketo-guides \
    --no-default-features --features "$features"
  # Names kept (before wasm-bindgen and wasm-opt), for make bench's size profile.
  cp target/wasm32-unknown-unknown/release/marketo-guides.wasm "$stage/$file.names.wasm"
  wasm-bindgen --target=web --no-typescript --out-dir="$stage" --out-name="$file" \
    target/wasm32-unknown-unknown/release/marketo-guides.wasm
  wasm-opt -Oz --output="$stage/$file.wasm" "$stage/${file}_bg.wasm"
  node scripts/minify.mjs glue "$stage/$file.js"
  hash=$(cat "$stage/$file.js" "$stage/$file.wasm" | sha256sum | cut -c1-16)
  cp "$stage/$file.js" "dist/$file-$hash.js"
  cp "$stage/$file.wasm" "dist/$file-${hash}_bg.wasm"
  printf '%s\t%s\n' "$name" "$file-$hash" >> "$built"
  echo "[build] $name ($(( $(date +%s) - started ))s)"
}

while IFS=$'\t' read -r name features file; do module "$name" "$features" "$file" < /dev/null; done <<< "$table"

# Each flow's first view in each language (src/first_view.rs: the components the module
# mounts, rendered to HTML natively), content-hashed: the loader shows one at once.
cargo run --quiet --offline --bin first-views -- "$stage/first"
mkdir -p dist/first
first_tsv="$stage/first.tsv"
: > "$first_tsv"
for view in "$stage"/first/*.html; do
  base=$(basename "$view" .html)
  hash=$(sha256sum "$view" | cut -c1-16)
  cp "$view" "dist/first/$base-$hash.html"
  printf '%s\t%s\n' "$base" "first/$base-$hash.html" >> "$first_tsv"
done

# The widget's stylesheet and the demo page's, content-hashed.
cp style.css dist/style.css
node scripts/minify.mjs css dist/style.css
css_hash=$(sha256sum dist/style.css | cut -c1-16)
mv dist/style.css "dist/style-$css_hash.css"
demo_hash=$(sha256sum demo.css | cut -c1-16)
cp demo.css "dist/demo-$demo_hash.css"
# The demo page, with the demo stylesheet linked by its hashed name and without the lines
# only Trunk reads (`make dev`).
sed -e "s#<link rel=\"stylesheet\" href=\"demo.css\">#<link rel=\"stylesheet\" href=\"demo-$demo_hash.css\">#" \
  -e '/data-trunk/d' index.html > dist/index.html
if ! grep -q "demo-$demo_hash.css" dist/index.html; then echo "[build] index.html does not link demo.css as expected" >&2; exit 1; fi
if grep -q "data-trunk" dist/index.html; then echo "[build] a data-trunk line is left in dist/index.html" >&2; exit 1; fi
cp examples/*.html examples/*.css dist/examples/

# dist/manifest.json (the module table with each module's hashed files), then the loader.
entries=$(META="$meta" node -e '
const fs = require("fs");
const hashed = new Map(fs.readFileSync(process.argv[1], "utf8").trim().split("\n").map((l) => l.split("\t")));
const table = JSON.parse(process.env.META).modules;
console.log(JSON.stringify(table.map((m) => ({ name: m.name, flows: m.flows, practice: m.practice, file: hashed.get(m.name) }))));
' "$built")
# The first views by flow and language: {"sia-handoff": {"en": "first/sia-handoff.en-<hash>.html"}}.
first=$(node -e '
const views = {};
for (const line of require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n")) {
  const [base, file] = line.split("\t");
  const [flow, lang] = base.split(".");
  (views[flow] ||= {})[lang] = file;
}
console.log(JSON.stringify(views));
' "$first_tsv")
node scripts/manifest.mjs dist "style-$css_hash.css" "$entries" "$meta" "$first"
# Every page pays for the loader: rendered once and minified (scripts/loader.mjs).
node scripts/loader.mjs dist
echo "[build] dist/: $(node -e 'const m=require("./dist/manifest.json");console.log(m.modules.map(x=>x.name).join(", "))'), style-$css_hash.css, manifest.json ($(( $(date +%s) - started ))s)"
