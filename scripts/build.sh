#!/usr/bin/env bash
# Release build into dist/: Trunk (offline, registry-installed tools) builds the wasm, its
# JS glue and the demo page; then the widget's stylesheet gets a content hash and the
# loader dist/embed/marketo-guides.js is written from embed/loader.js with the file names
# and the placeholder texts (from the Rust catalogs) filled in.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release --offline

glue=$(cd dist && ls marketo-guides-*.js | grep -v '_bg' | head -1)
wasm=$(cd dist && ls marketo-guides-*_bg.wasm | head -1)
css_hash=$(sha256sum dist/style.css | cut -c1-16)
mv dist/style.css "dist/style-$css_hash.css"
# Dev profile: it shares the dependencies the native tests already built.
meta=$(cargo run --quiet --offline --bin embed-meta)
mkdir -p dist/embed
FILES="{\"glue\":\"../$glue\",\"wasm\":\"../$wasm\",\"css\":\"../style-$css_hash.css\"}" META="$meta" \
  node -e '
    const fs = require("fs");
    let src = fs.readFileSync("embed/loader.js", "utf8");
    src = src.replace("/*MG:FILES*/{}", process.env.FILES).replace("/*MG:META*/{}", process.env.META)
      .replace("/*MG:INLINE*/null", "null");
    if (src.includes("/*MG:")) { console.error("loader placeholders left unfilled"); process.exit(1); }
    // Every page pays for this file: whole-line comments go (code lines are left as written).
    src = src.split("\n").filter((line) => !/^\s*\/\/.*$/.test(line)).join("\n");
    fs.writeFileSync("dist/embed/marketo-guides.js", src);
  '
# Trunk may add preload hints for the module and wasm; the loader fetches them lazily.
# Trunk leaves its own processed <link data-trunk …> behind with inject_scripts = false.
sed -i -E '/<link[^>]+rel="(modulepreload|preload)"[^>]*>/d; /<link data-trunk [^>]*>/d' dist/index.html
# The example documentation page, served next to the build (make serve: /examples/).
mkdir -p dist/examples && cp examples/*.html examples/*.css dist/examples/
echo "[build] dist/embed/marketo-guides.js -> $glue, $wasm, style-$css_hash.css"
