# Everyday tasks. CI calls `make test` (through .ci/run); a fresh clone needs only python3.
#
#   make setup   create .venv (if missing) and install tipoff with pinned dev dependencies
#   make demo    run the NBA pipeline on a simulated league end to end (the main job)
#   make test    everything `make lint` does, then the whole test suite
#   make lint    ruff (lint and format check), mypy and the layer contracts (lint-imports)
#   make bench   run the quick benchmarks: the engine's and `tipoff status`'s start-up
#                (BENCH_ARGS="--backend postgres" passes options to each); the season,
#                chaos and model benchmarks take long and run by hand

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
BENCHES := bench/noop_pipeline.py bench/queue_throughput.py bench/trigger_latency.py \
	bench/cli_status.py
BENCH_ARGS ?=
LINT_PATHS := src tests bench

# The install is redone only when pyproject.toml or constraints.txt change.
SETUP_KEY := $(shell cat pyproject.toml constraints.txt 2>/dev/null | cksum | cut -d' ' -f1)
STAMP := $(VENV)/.setup-$(SETUP_KEY)

CHECK_PYTHON = import sys; sys.exit(0 if sys.version_info >= (3, 11) else \
	"tipoff needs Python 3.11 or newer, but $(1) is " + sys.version.split()[0])

.PHONY: setup demo test lint bench

setup: $(STAMP)

$(STAMP):
	@command -v $(PYTHON) >/dev/null || { echo "$(PYTHON) not found: install Python 3.11 or newer" >&2; exit 1; }
	@$(PYTHON) -c '$(call CHECK_PYTHON,$(PYTHON))'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -c '$(call CHECK_PYTHON,$(VENV))' || { echo "remove $(VENV) and run make setup again" >&2; exit 1; }
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	@rm -f $(VENV)/.setup-*
	@touch $@

demo: setup
	$(BIN)/tipoff demo

lint: setup
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

test: lint
	$(BIN)/pytest

bench: setup
	@set -e; for script in $(BENCHES); do \
		echo "== $$script"; \
		$(BIN)/python $$script $(BENCH_ARGS); \
	done
