#!/usr/bin/env bash
# Installs Trunk when it is missing, at the version that works here (0.22 needs a newer
# rustc). Only `make dev` (the developer server) and `make bench` (the counter baseline) use
# it; `make serve` and `make test` never do.
set -euo pipefail
export PATH="$HOME/.cargo/bin:$PATH"
TRUNK_VERSION=0.21.14
if ! trunk --version 2>/dev/null | grep " $TRUNK_VERSION\$" >/dev/null; then
  echo "  installing trunk $TRUNK_VERSION (about 10 minutes, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi
