# The two commands in README: `make serve` and `make test`. Both install whatever is
# missing first (scripts/setup.sh is idempotent and fast when everything is there).
.PHONY: setup serve dev test build offline bench fuzz clean

setup:
	@bash scripts/setup.sh

build: setup
	@bash scripts/build.sh

# The trainer's kit: dist/marketo-guides-offline.html, one file that runs from file://.
offline: build
	@node scripts/offline.mjs dist

serve: build
	@node e2e/serve.mjs dist

# For developers: Trunk serves the demo page on http://127.0.0.1:8080/ with the module that
# has everything (debug build), rebuilding and reloading on every change (Trunk.toml).
dev: setup
	@bash scripts/trunk.sh
	@PATH="$(CURDIR)/e2e/node_modules/.bin:$$HOME/.cargo/bin:$$PATH" trunk serve

test: setup
	@bash scripts/test.sh

bench: setup
	@bash scripts/bench.sh

clean:
	cargo clean
	rm -rf dist e2e/output
