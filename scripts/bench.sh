#!/usr/bin/env bash
# `make bench`: figures, never pass/fail. Builds the widget (release, as `make build`) and a
# bare Leptos counter (bench/counter, with Trunk, installed here when missing) with the same
# profile and wasm-opt; prints
# where the wasm's bytes go (twiggy, installed from the crate registry when missing), the
# domain micro-benchmarks, and the browser measurements of e2e/bench.mjs with their budgets.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
say() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }

say "release builds: the widget and the counter"
mkdir -p bench/output
# The counter baseline is built by Trunk (bench/counter/Trunk.toml); the widget is not.
bash scripts/trunk.sh
# The counter is the bare-Leptos baseline: built without the widget's rustflags
# (.cargo/config.toml's erase_components makes a tiny app bigger: 32.4 -> 37.9 KB gzip), in
# its own target directory so the two builds do not undo each other's caches.
if ! { bash scripts/build.sh && (cd bench/counter && RUSTFLAGS= CARGO_TARGET_DIR="$PWD/../../target/bench-counter" \
  trunk build --release --offline); } > bench/output/build.log 2>&1; then
  tail -40 bench/output/build.log; exit 1
fi
echo "  built dist/ and target/bench-counter-dist/ (log: bench/output/build.log)"

say "where the wasm's bytes go (twiggy, names kept: before wasm-bindgen and wasm-opt)"
if ! twiggy --version 2>/dev/null | grep -q ' 0\.7\.'; then
  echo "  installing twiggy 0.7 from the crate registry (about 2 minutes, once)"
  cargo install --quiet --locked twiggy --version '^0.7' >/dev/null 2>&1 || cargo install --quiet twiggy --version '^0.7'
fi
# Every module of dist/manifest.json, as scripts/build.sh kept it with its names.
rm -f bench/output/*.twiggy.csv
for wasm in target/modules/*.names.wasm; do
  echo "  $(basename "$wasm"):"
  twiggy top -n 1000000 -f csv "$wasm" > "bench/output/$(basename "$wasm" .wasm).twiggy.csv"
  node bench/profile.mjs "bench/output/$(basename "$wasm" .wasm).twiggy.csv" 12 | sed 's/^/  /'
done

say "engine timings (criterion, natively; median of each benchmark)"
cargo bench -p marketo-guides-domain --bench engines -- --warm-up-time 1 --measurement-time 3 2>/dev/null \
  | awk '/^[a-z_]+\/[a-z_0-9\/]+/ {name=$1} /time:/ {gsub(/\[|\]/,""); for (i = 1; i <= NF; i++) if ($i == "time:") printf "  %-40s %s %s\n", name, $(i+3), $(i+4)}'

say "in the browser: transfer, start-up, clicks, memory (headless Chromium)"
node e2e/bench.mjs dist target/bench-counter-dist "${BENCH_LOADS:-15}"
