#!/usr/bin/env bash
# The whole suite, in the order a failure is cheapest to see: format, lints, native tests,
# browser tests, release build, end-to-end tests. Stops at the first failure and always
# ends with a summary of what ran.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-90}
mkdir -p e2e/output
log=e2e/output/test.log
: > "$log"

native=0; browser=0; e2e=0; failed=0
started=$(date +%s)
# Each stage's heading says how long the run has taken so far (CI has a time budget).
# The stage times go to e2e/output/test.log too, for CI's record.
stage() {
  printf '\n\033[1m== %s ==\033[0m (at %ss)\n' "$*" "$(( $(date +%s) - started ))"
  printf '%s at %ss\n' "$*" "$(( $(date +%s) - started ))" >> "$log"
}
# Property tests: 1,000 cases here; more on demand (PROPTEST_CASES=10000 make test).
export PROPTEST_CASES=${PROPTEST_CASES:-1000}
# Sums "test result: ok. N passed; M failed" lines of cargo test output.
count_cargo() { grep -Eo 'test result: [a-zA-Z]+\. [0-9]+ passed; [0-9]+ failed' "$1" | awk '{p+=$4; f+=$6} END {print p+0, f+0}'; }
finish() {
  local secs=$(( $(date +%s) - started ))
  echo
  echo "== summary (${secs}s) =="
  echo "native tests:  $native"
  echo "browser tests: $browser"
  echo "e2e tests:     $e2e"
  echo "total: $((native + browser + e2e)) passed, $failed failed"
  printf 'summary after %ss: native %s, browser %s, e2e %s; %s passed, %s failed\n' "$secs" "$native" "$browser" "$e2e" \
    "$((native + browser + e2e))" "$failed" >> "$log"
  exit "$1"
}
fail() { failed=$((failed + ${2:-1})); echo "FAILED: $1"; finish 1; }

stage "format"
cargo fmt --all -- --check || fail "cargo fmt --check (run: cargo fmt --all)"

stage "clippy (warnings are errors)"
cargo clippy --workspace --all-targets --quiet -- -D warnings || fail "clippy, native"
cargo clippy --target wasm32-unknown-unknown --lib --bins --tests --quiet -- -D warnings || fail "clippy, wasm32"
# The lints also run on the feature sets of the release build's other modules (the domain's
# module table, `Module::all`, as embed-meta prints it; the run above is the last module's,
# everything). Code a module leaves out must not leave anything unused behind.
features_list=$(cargo run --quiet --offline --bin embed-meta | node -e '
const m = JSON.parse(require("fs").readFileSync(0, "utf8")).modules;
for (const x of m.slice(0, -1)) console.log(x.features);') || fail "embed-meta (the module table)"
[ -n "$features_list" ] || fail "no module in the module table"
for features in $features_list; do
  cargo clippy --target wasm32-unknown-unknown --lib --bin marketo-guides --no-default-features --features "$features" \
    --quiet -- -D warnings || fail "clippy, wasm32, features $features"
done

stage "native tests"
out=e2e/output/native.txt
cargo test --workspace 2>&1 | tee "$out"; rc=${PIPESTATUS[0]}
read -r p f < <(count_cargo "$out"); native=$p
[ "$rc" = 0 ] || fail "native tests" "$f"

stage "browser tests (wasm-bindgen-test in headless Chromium)"
out=e2e/output/browser.txt
cargo test --target wasm32-unknown-unknown --test web 2>&1 | tee "$out"; rc=${PIPESTATUS[0]}
read -r p f < <(count_cargo "$out"); browser=$p
[ "$rc" = 0 ] || fail "browser tests" "$f"

stage "release build"
bash scripts/build.sh || fail "release build (scripts/build.sh)"
node scripts/offline.mjs dist || fail "offline file (make offline)"

stage "end-to-end tests (Playwright against dist/)"
out=e2e/output/e2e.txt
(cd e2e && node --test --test-concurrency=1 --test-reporter=spec tests/) 2>&1 | tee "$out"; rc=${PIPESTATUS[0]}
e2e=$(grep -Eo '^ℹ pass [0-9]+' "$out" | awk '{print $3}' | tail -1); e2e=${e2e:-0}
f=$(grep -Eo '^ℹ fail [0-9]+' "$out" | awk '{print $3}' | tail -1)
[ "$rc" = 0 ] || fail "e2e tests" "${f:-1}"

stage "the other engines: Firefox ESR (WebDriver BiDi) and WebKitGTK (WebKitWebDriver, under Xvfb)"
out=e2e/output/engines.txt
(cd e2e && xvfb-run -a node --test --test-concurrency=1 --test-reporter=spec engines/) 2>&1 | tee "$out"; rc=${PIPESTATUS[0]}
engines=$(grep -Eo '^ℹ pass [0-9]+' "$out" | awk '{print $3}' | tail -1); engines=${engines:-0}
e2e=$((e2e + engines))
f=$(grep -Eo '^ℹ fail [0-9]+' "$out" | awk '{print $3}' | tail -1)
[ "$rc" = 0 ] || fail "engine smoke tests" "${f:-1}"

[ "$native" -gt 0 ] && [ "$browser" -gt 0 ] && [ "$e2e" -gt 0 ] && [ "$engines" -gt 0 ] || fail "a test layer ran no test"
finish 0
