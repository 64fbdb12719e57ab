#!/usr/bin/env bash
# Release build into dist/: one wasm module (and its JS glue) per flow, then Trunk (offline,
# registry-installed tools) builds the module with every flow and the demo page; then the
# widget's stylesheet gets a content hash and the loader dist/embed/marketo-guides.js is
# written from embed/loader.js with the file names and the placeholder texts (from the
# Rust catalogs) filled in.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Dev profile: it shares the dependencies the native tests already built.
meta=$(cargo run --quiet --offline --bin embed-meta)
flows=$(META="$meta" node -e 'console.log(Object.keys(JSON.parse(process.env.META).titles).join(" "))')
langs=$(META="$meta" node -e 'console.log(JSON.parse(process.env.META).langs.join(" "))')
all_langs=$(for l in $langs; do printf ',lang-%s' "$l"; done)
guides=$(for l in $langs; do printf 'guide-%s ' "$l"; done)
kinds="full $guides"

# Modules per flow (cargo features named after the flows): "full" (guide and practice, every
# language) and per language "guide-<lang>" (the guide mode and that language's texts only,
# what most readers use; practice moves the widget into the full one, another language into
# that language's guide module). A page with one kind of guide loads only that guide's code.
# For a page with both kinds, "both" has per language a guide-only module with both flows.
# Built before Trunk, which empties dist/, with the same profile, wasm-bindgen and
# wasm-opt -Oz as Trunk's build of the module with everything below.
stage=target/flow-modules
rm -rf "$stage" && mkdir -p "$stage"
module() { # name features
  cargo build --release --offline --target wasm32-unknown-unknown --bin marketo-guides \
    --no-default-features --features "$2"
  # Names kept (before wasm-bindgen and wasm-opt), for make bench's size profile.
  cp target/wasm32-unknown-unknown/release/marketo-guides.wasm "$stage/$1.names.wasm"
  wasm-bindgen --target=web --no-typescript --out-dir="$stage" --out-name="marketo-guides-$1" \
    target/wasm32-unknown-unknown/release/marketo-guides.wasm
  wasm-opt -Oz --output="$stage/$1.wasm" "$stage/marketo-guides-${1}_bg.wasm"
  node scripts/minify.mjs glue "$stage/marketo-guides-$1.js"
}
for flow in $flows; do
  for kind in $kinds; do
    case "$kind" in
      full) module "$flow-$kind" "$flow,practice$all_langs" ;;
      guide-*) module "$flow-$kind" "$flow,lang-${kind#guide-}" ;;
    esac
  done
done
every_flow=$(echo $flows | tr ' ' ',')
for kind in $guides; do module "both-$kind" "$every_flow,lang-${kind#guide-}"; done

trunk build --release --offline

glue=$(cd dist && ls marketo-guides-*.js | grep -v '_bg' | grep -E '^marketo-guides-[0-9a-f]+\.js$' | head -1)
wasm=$(cd dist && ls marketo-guides-*_bg.wasm | grep -E '^marketo-guides-[0-9a-f]+_bg\.wasm$' | head -1)
# Copies a group's modules into dist/ under content-hashed names; prints the group's part of
# FILES ("<kind>":"<group>-<kind>-<hash>", …).
publish() { # group kinds…
  local group=$1 files="" kind name hash
  shift
  for kind in "$@"; do
    name="$group-$kind"
    hash=$(cat "$stage/marketo-guides-$name.js" "$stage/$name.wasm" | sha256sum | cut -c1-16)
    cp "$stage/marketo-guides-$name.js" "dist/marketo-guides-$name-$hash.js"
    cp "$stage/$name.wasm" "dist/marketo-guides-$name-${hash}_bg.wasm"
    files="$files${files:+,}\"$kind\":\"$name-$hash\""
  done
  echo "{$files}"
}
by_flow=""
for flow in $flows; do
  # shellcheck disable=SC2086 # $kinds is a list
  by_flow="$by_flow${by_flow:+,}\"$flow\":$(publish "$flow" $kinds)"
done
# shellcheck disable=SC2086
both=$(publish both $guides)
node scripts/minify.mjs css dist/style.css
css_hash=$(sha256sum dist/style.css | cut -c1-16)
mv dist/style.css "dist/style-$css_hash.css"
mkdir -p dist/embed
# FILES names each module by the part of its files' names after "marketo-guides-" (the glue
# is <that>.js, the wasm <that>_bg.wasm), to keep the loader small.
all=${glue#marketo-guides-}
FILES="{\"css\":\"style-$css_hash.css\",\"all\":\"${all%.js}\",\"both\":$both,\"flows\":{$by_flow}}" META="$meta" \
  node -e '
    const fs = require("fs");
    let src = fs.readFileSync("embed/loader.js", "utf8");
    src = src.replace("/*MG:FILES*/{}", process.env.FILES).replace("/*MG:META*/{}", process.env.META)
      .replace("/*MG:INLINE*/null", "null");
    if (src.includes("/*MG:")) { console.error("loader placeholders left unfilled"); process.exit(1); }
    fs.writeFileSync("dist/embed/marketo-guides.js", src);
  '
# Every page pays for the loader, and every page with a widget for a glue file: minified.
node scripts/minify.mjs loader dist/embed/marketo-guides.js
node scripts/minify.mjs glue "dist/$glue"
# Trunk may add preload hints for the module and wasm; the loader fetches them lazily.
# Trunk leaves its own processed <link data-trunk …> behind with inject_scripts = false.
sed -i -E '/<link[^>]+rel="(modulepreload|preload)"[^>]*>/d; /<link data-trunk [^>]*>/d' dist/index.html
# The example documentation page, served next to the build (make serve: /examples/).
mkdir -p dist/examples && cp examples/*.html examples/*.css dist/examples/
echo "[build] dist/embed/marketo-guides.js -> $glue, $wasm (all flows), per flow ($flows) a full module and a guide-only one per language ($langs), a guide-only one with both flows per language, style-$css_hash.css"
