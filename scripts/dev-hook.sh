#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml): the module Trunk just built (everything: the default
# features, the table's last module) gets the manifest and the loader a release build gives
# its modules, from the same writers (scripts/manifest.mjs, scripts/loader.mjs), so the demo
# page that Trunk serves embeds it through the one script tag, as a documentation page does.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${TRUNK_STAGING_DIR:?run by Trunk}
glue=$(cd "$dir" && ls marketo-guides-*.js | head -1)
[ -n "$glue" ] || { echo "[dev] no module in $dir" >&2; exit 1; }
meta=$(cargo run --quiet --offline --bin embed-meta)
entries=$(META="$meta" node -e '
const all = JSON.parse(process.env.META).modules.at(-1);
console.log(JSON.stringify([{ name: all.name, flows: all.flows, practice: all.practice, file: process.argv[1].replace(/\.js$/, "") }]));
' "$glue")
node scripts/manifest.mjs "$dir" style.css "$entries" "$meta"
node scripts/loader.mjs "$dir"
