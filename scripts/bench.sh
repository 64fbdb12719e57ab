#!/usr/bin/env bash
# Prints figures: how long the engines take (criterion, natively) and how big the release
# build is. Never a pass/fail test: numbers to read and compare.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"

echo "== engine timings (criterion; median of each benchmark) =="
cargo bench -p marketo-guides-domain --bench engines -- --warm-up-time 1 --measurement-time 3 2>/dev/null \
  | awk '/^[a-z_]+\/[a-z_0-9\/]+/ {name=$1} /time:/ {gsub(/\[|\]/,""); for (i = 1; i <= NF; i++) if ($i == "time:") printf "  %-40s %s %s\n", name, $(i+3), $(i+4)}'

echo
echo "== release build size =="
[ -f dist/index.html ] || bash scripts/build.sh >/dev/null
for f in dist/*.wasm dist/*.js dist/embed/*.js dist/*.css; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  br="-"
  if command -v brotli >/dev/null; then br=$(brotli -q 11 -c "$f" | wc -c); fi
  printf '  %-45s %8s B raw  %8s B gzip  %8s B brotli\n' "$(basename "$f")" "$raw" "$gz" "$br"
done
