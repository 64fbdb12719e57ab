# The two commands in README: `make serve` and `make test`. Both install whatever is
# missing first (scripts/setup.sh is idempotent and fast when everything is there).
.PHONY: setup serve test build offline bench fuzz clean

setup:
	@bash scripts/setup.sh

build: setup
	@bash scripts/build.sh

# The trainer's kit: dist/marketo-guides-offline.html, one file that runs from file://.
offline: build
	@node scripts/offline.mjs dist

serve: build
	@node e2e/serve.mjs dist

test: setup
	@bash scripts/test.sh

bench: setup
	@bash scripts/bench.sh

clean:
	cargo clean
	rm -rf dist e2e/output
