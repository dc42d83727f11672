# Two commands set Shiryo up on a fresh machine: `make site` and `make test`.
SWIFT ?= swift
SHIRYO_FLAGS ?=

.PHONY: site test deps build clean

## site: install what is missing, build in release mode, build the portal into public/
site: deps
	$(SWIFT) build -c release --product shiryo
	$$($(SWIFT) build -c release --show-bin-path)/shiryo build $(SHIRYO_FLAGS)

## test: install what is missing, run every test, check that the imported content is current,
## then search and list filters in headless Chromium (skipped with a message where it cannot be installed)
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$$($(SWIFT) build --show-bin-path)/shiryo import --check
	Tests/Browser/run-search-check.sh

## deps: libcmark (the CommonMark C library) through apt when it is missing
deps:
	@if ! pkg-config --exists libcmark 2>/dev/null; then \
	  if [ "$$(id -u)" = "0" ]; then \
	    echo "installing libcmark-dev (the CommonMark C library)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev pkg-config >/dev/null; \
	  else \
	    echo "libcmark-dev is missing; install it with: sudo apt-get install -y libcmark-dev" >&2; exit 1; \
	  fi; \
	fi

clean:
	$(SWIFT) package clean
