#!/usr/bin/env bash
# Idempotent set-up of every tool the build and the tests need, from the package
# registries only. A tool already present at the right version is left alone, so a
# re-run on a ready machine takes seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/,""); print; exit}' Cargo.lock 2>/dev/null || true)
WB_VERSION=${WB_VERSION:-0.2.130}

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

# 1. The three browser engines and CJK fonts (Debian): Chromium with ChromeDriver (every
#    test), Firefox ESR and WebKitGTK's WebKitWebDriver with Xvfb for its display (the smoke
#    set in e2e/engines/); the fonts make Korean and Japanese screenshots legible.
#    apt-get update only when something is missing.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null \
   || ! command -v firefox-esr >/dev/null || ! command -v WebKitWebDriver >/dev/null || ! command -v xvfb-run >/dev/null \
   || ! fc-list 2>/dev/null | grep "Noto Sans CJK" >/dev/null; then
  say "installing chromium, chromium-driver, firefox-esr, webkit2gtk-driver, xvfb and fonts-noto-cjk from apt"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver firefox-esr webkit2gtk-driver \
    xvfb xauth fonts-noto-cjk >/dev/null
fi

# 2. The wasm32 target.
if ! rustup target list --installed | grep -x wasm32-unknown-unknown >/dev/null; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2b. rustfmt and clippy (part of most toolchains; added if this one lacks them).
for component in rustfmt clippy; do
  if ! rustup component list --installed 2>/dev/null | grep "^$component" >/dev/null; then
    say "adding the $component component"
    rustup component add "$component"
  fi
done

# 4. wasm-bindgen-cli at the Cargo.lock version (without --locked: its lock file wants a
#    crate version the registry here lacks). Brings wasm-bindgen-test-runner.
if ! wasm-bindgen --version 2>/dev/null | grep " $WB_VERSION\$" >/dev/null \
   || ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "installing wasm-bindgen-cli $WB_VERSION (about 3 minutes, once)"
  cargo install --force wasm-bindgen-cli --version "$WB_VERSION"
fi

# 5. npm packages: playwright-core, puppeteer-core (Firefox over WebDriver BiDi), axe, terser and csso (the build minifies the loader, the
#    glue and the stylesheet) and binaryen's wasm-opt (Debian's wasm-opt 108 produces modules that fail in the
#    browser; never use it).
if [ ! -x e2e/node_modules/.bin/wasm-opt ] || [ ! -d e2e/node_modules/playwright-core ] || [ ! -d e2e/node_modules/puppeteer-core ] \
   || [ ! -d e2e/node_modules/terser ] || [ ! -d e2e/node_modules/csso ] || [ e2e/package-lock.json -nt e2e/node_modules/.package-lock.json ]; then
  say "installing npm packages in e2e/"
  (cd e2e && npm ci --no-audit --no-fund --loglevel=error)
fi

# 6. Crates, so that the build's --offline cargo runs find them.
cargo fetch --quiet

say "ready: $(wasm-bindgen --version), wasm-opt $(e2e/node_modules/.bin/wasm-opt --version | awk '{print $3}'), $(chromium --version 2>/dev/null | head -1), $(firefox-esr --version 2>/dev/null | head -1), WebKitGTK $(dpkg-query -W -f='${Version}' libwebkit2gtk-4.1-0 2>/dev/null)"
