#!/usr/bin/env bash
# Release build into dist/, one path for every module: cargo (release, wasm32) builds it,
# wasm-bindgen writes its glue, wasm-opt -Oz shrinks it, terser minifies the glue; each is
# copied under a content-hashed name. Then the stylesheet, the demo page, the examples, the
# loader dist/embed/marketo-guides.js and dist/manifest.json (which modules there are, the
# flows each carries, whether it has practice, their files and hashes): the loader's file
# list, the offline kit and `make bench` all come from the manifest.
#
# Six modules, each with every language, lightest first:
#   <flow> guide   one flow, guide mode only (what most readers load)
#   both guide     both flows, guide mode only (a page with guides of both kinds)
#   <flow> full    one flow with the practice consoles
#   all            everything (the offline kit; pages that start in practice with both kinds)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
started=$(date +%s)

# Dev profile: it shares the dependencies the native tests already built.
meta=$(cargo run --quiet --offline --bin embed-meta)
flows=$(META="$meta" node -e 'console.log(Object.keys(JSON.parse(process.env.META).titles).join(" "))')

stage=target/modules
rm -rf "$stage" dist
mkdir -p "$stage" dist/embed dist/examples
entries="$stage/entries.tsv"
: > "$entries"

# module NAME FEATURES PRACTICE FLOWS: builds one module and records it for the manifest.
module() {
  local name=$1 features=$2 practice=$3 carries=$4 file hash
  file="marketo-guides-${name// /-}"
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
  printf '%s\t%s\t%s\t%s\n' "$name" "$carries" "$practice" "$file-$hash" >> "$entries"
  echo "[build] $name ($(( $(date +%s) - started ))s)"
}

every_flow=$(echo $flows | tr ' ' ',')
for flow in $flows; do module "$flow guide" "$flow" false "$flow"; done
module "both guide" "$every_flow" false "$every_flow"
for flow in $flows; do module "$flow full" "$flow,practice" true "$flow"; done
module "all" "$every_flow,practice" true "$every_flow"

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

# dist/manifest.json, then the loader's file list from it.
CSS="style-$css_hash.css" node - "$entries" <<'EOF'
const fs = require('fs');
const crypto = require('crypto');
const sha = (f) => crypto.createHash('sha256').update(fs.readFileSync(`dist/${f}`)).digest('hex');
const modules = fs.readFileSync(process.argv[2], 'utf8').trim().split('\n').map((line) => {
  const [name, flows, practice, file] = line.split('\t');
  return {
    name, flows: flows.split(','), practice: practice === 'true',
    glue: `${file}.js`, wasm: `${file}_bg.wasm`,
    sha256: { glue: sha(`${file}.js`), wasm: sha(`${file}_bg.wasm`) },
  };
});
const css = process.env.CSS;
fs.writeFileSync('dist/manifest.json', `${JSON.stringify({ css: { file: css, sha256: sha(css) }, modules }, null, 2)}\n`);
EOF
node scripts/loader.mjs dist "$meta"
# Every page pays for the loader: minified.
node scripts/minify.mjs loader dist/embed/marketo-guides.js
echo "[build] dist/: $(node -e 'const m=require("./dist/manifest.json");console.log(m.modules.map(x=>x.name).join(", "))'), style-$css_hash.css, manifest.json ($(( $(date +%s) - started ))s)"
