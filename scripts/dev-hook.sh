#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml): the module Trunk just built gets the manifest and the
# loader a release build gives its modules (scripts/build.sh), so the demo page that Trunk
# serves embeds it through the one script tag, as a documentation page does.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${TRUNK_STAGING_DIR:?run by Trunk}
glue=$(cd "$dir" && ls marketo-guides-*.js | head -1)
[ -n "$glue" ] || { echo "[dev] no module in $dir" >&2; exit 1; }
meta=$(cargo run --quiet --offline --bin embed-meta)
META="$meta" node - "$dir" "$glue" <<'JS'
const fs = require('fs');
const [dir, glue] = process.argv.slice(2);
const flows = Object.keys(JSON.parse(process.env.META).titles);
const module = { name: 'all', flows, practice: true, glue, wasm: glue.replace(/\.js$/, '_bg.wasm') };
fs.writeFileSync(`${dir}/manifest.json`, `${JSON.stringify({ css: { file: 'style.css' }, modules: [module] }, null, 2)}\n`);
JS
node scripts/loader.mjs "$dir" "$meta"
