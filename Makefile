# The two commands a newcomer needs: `make run` and `make test`. Both create .venv when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= var/demo.db

.PHONY: run test lint typecheck layers pytest demo screenshots bench soak clean venv

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("caseapp needs Python 3.11 or newer") if sys.version_info < (3, 11) else None'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

$(DEMO_DB): | $(STAMP)
	mkdir -p $(dir $(DEMO_DB))
	$(BIN)/caseapp demo --db $(DEMO_DB)

demo: $(DEMO_DB)

run: $(STAMP) $(DEMO_DB)
	$(BIN)/caseapp gui --db $(DEMO_DB) $(RUN_ARGS)

test: lint typecheck layers pytest

lint: $(STAMP)
	$(BIN)/ruff check caseapp tests benchmarks
	$(BIN)/ruff format --check caseapp tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

layers: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m caseapp.gui.screenshots --out screenshots

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

# The long hardening runs (fuzzed datasets, kill -9, concurrent writers, bit flips, audit
# tampering): a table of tried / held / failed per run; every row must fail 0.
soak: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.hardening.soak

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache
