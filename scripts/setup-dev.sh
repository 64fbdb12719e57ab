#!/usr/bin/env bash
# What `make dev` needs beyond scripts/setup.sh: Trunk, the developer server that rebuilds the
# demo page on every change. The release build and the tests do not use it. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
bash scripts/setup.sh
TRUNK_VERSION=0.21.14 # 0.22 needs a newer rustc
if ! trunk --version 2>/dev/null | grep " $TRUNK_VERSION\$" >/dev/null; then
  printf '\033[1m[setup]\033[0m installing trunk %s (about 10 minutes, once)\n' "$TRUNK_VERSION"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi
