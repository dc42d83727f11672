# Two commands set Shiryo up on a fresh machine: `make site` and `make test`.
SWIFT ?= swift
SHIRYO_FLAGS ?=
# The release binary carries Swift's runtime and Foundation: it starts in two thirds of the time,
# spends less on every call into them, and runs on a machine without Swift. Linking Foundation's
# networking part in needs libcurl's development files (see deps).
RELEASE = -c release --static-swift-stdlib

.PHONY: site release-bin test quality fuzz bench deps release-deps build clean

## site: install what is missing, build in release mode, build the portal into public/
site: release-deps
	$(SWIFT) build $(RELEASE) --product shiryo
	$$($(SWIFT) build $(RELEASE) --show-bin-path)/shiryo build $(SHIRYO_FLAGS)

## release-bin: build the release binary as `make site` does and print its path, for the scripts
## that measure or test it (the build's own lines go to stderr)
release-bin: release-deps
	@$(SWIFT) build $(RELEASE) --product shiryo >&2
	@echo "$$($(SWIFT) build $(RELEASE) --show-bin-path)/shiryo"

## test: install what is missing, run every test, check that the imported content is current,
## then the quality gates on a fresh build
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$$($(SWIFT) build --show-bin-path)/shiryo import --check
	$$($(SWIFT) build --show-bin-path)/shiryo-fuzz --count $(FUZZ_SMOKE) --batch $(FUZZ_SMOKE)
	@$(MAKE) --no-print-directory quality

## quality: build the portal with the debug binary into a temp folder, run the quality gates on it
## (Nu HTML validator, axe-core light and dark, links and anchors) and their self-test, then the
## browser checks (search and list filters, chart text size and print, serve's live reload)
quality: deps
	$(SWIFT) build --product shiryo
	@bin="$$($(SWIFT) build --show-bin-path)/shiryo"; out="$$(mktemp -d)"; trap 'rm -rf "$$out"' EXIT; \
	"$$bin" build --quiet --output "$$out/public" || { echo "make quality: the site did not build" >&2; exit 1; }; \
	python3 Tests/Quality/run.py "$$out/public" --shiryo "$$bin" \
	  || { echo "make quality: a quality gate failed on the built site (its lines above name page and cause)" >&2; exit 1; }; \
	python3 Tests/Quality/selftest.py "$$out/public" --shiryo "$$bin" \
	  || { echo "make quality: a gate no longer fails on a deliberately broken page (Tests/Quality/selftest.py)" >&2; exit 1; }; \
	Tests/Browser/run-checks.sh "$$out/public" "$$bin" \
	  || { echo "make quality: a browser check failed (its lines above name the page and the cause)" >&2; exit 1; }

## fuzz: the full fuzz run, FUZZ_COUNT mutated inputs (default 100,000) through every entry point
## (pages, site.yaml, datasets, sources.yaml, templates, CSV, the three source readers), in release
## mode; prints inputs and time per entry point and fails on any crash (input and stack are kept in
## .build/fuzz-crashes/). `make test` runs FUZZ_SMOKE inputs per entry point. One entry point:
## `shiryo-fuzz --only page --count 1000`.
FUZZ_COUNT ?= 100000
FUZZ_SMOKE ?= 60
fuzz: release-deps
	$(SWIFT) build $(RELEASE) --product shiryo-fuzz
	$$($(SWIFT) build $(RELEASE) --show-bin-path)/shiryo-fuzz --count $(FUZZ_COUNT) $(FUZZ_FLAGS)

## bench: Shiryo against Hugo on the 1k, 10k and 100k-page corpora, and the portal's own build
bench: release-deps
	@command -v hugo >/dev/null || [ "$$(id -u)" != "0" ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo >/dev/null; }
	python3 Tests/Benchmarks/bench.py $(BENCH_FLAGS)

## deps: libcmark (the CommonMark C library) through apt when it is missing
deps:
	@$(call install-missing,libcmark,libcmark-dev)

## release-deps: deps, and libcurl's development files, which the static release link needs
release-deps: deps
	@$(call install-missing,libcurl,libcurl4-openssl-dev)

# $(call install-missing,PKG-CONFIG NAME,DEBIAN PACKAGE): installs the package with apt when
# pkg-config cannot find the library (as root), or prints the one command to run.
define install-missing
if ! pkg-config --exists $(1) 2>/dev/null; then \
  if [ "$$(id -u)" = "0" ]; then \
    echo "installing $(2)"; \
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(2) pkg-config >/dev/null; \
  else \
    echo "$(2) is missing; install it with: sudo apt-get install -y $(2) pkg-config" >&2; exit 1; \
  fi; \
fi
endef

clean:
	$(SWIFT) package clean
