#!/usr/bin/env bash
# Release build of the demo page into dist/ (Trunk, offline, registry-installed tools).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release --offline
