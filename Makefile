# The two commands a newcomer needs: `make run` and `make test`. Both create .venv when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= var/demo.db
# Every install takes the exact versions and file hashes of a lock file (`make lock` renews them).
INSTALL = $(BIN)/python -m pip install --quiet --require-hashes --no-deps -r
# One resolution for every platform and Python from 3.11 on, so the same files serve CI's
# Windows and macOS runners (uv's --universal; pip-compile resolves for this machine only).
COMPILE = $(BIN)/uv pip compile --quiet --universal --python-version 3.11 --generate-hashes \
	--custom-compile-command "make lock" pyproject.toml requirements/build.in

.PHONY: run test lint typecheck layers pytest demo screenshots bench soak clean venv lock dist \
	translations

venv: $(STAMP)

$(STAMP): pyproject.toml requirements/dev.lock
	$(PYTHON) -c 'import sys; sys.exit("caseapp needs Python 3.11 or newer") if sys.version_info < (3, 11) else None'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(INSTALL) requirements/dev.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/python packaging/translations.py compile
	touch $(STAMP)

# The translations: Qt Linguist sources (.ts) in the repository, compiled (.qm) here and at
# build time, never committed. `make translations` takes new texts of the code into the .ts
# files (pyside6-lupdate) and compiles them (resources/translations/README.md).
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
$(QM): %.qm: %.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(STAMP)
	$(BIN)/python packaging/translations.py update
	$(BIN)/python packaging/translations.py compile

# Renew the locks after a change of dependencies in pyproject.toml: what is locked stays as it
# is where it still fits. `make lock UPGRADE=--upgrade` takes the newest releases allowed.
UPGRADE ?=
lock: $(STAMP)
	$(COMPILE) --extra postgres --extra dev $(UPGRADE) -o requirements/dev.lock
	$(COMPILE) --extra postgres --extra dist $(UPGRADE) -o requirements/dist.lock

$(DEMO_DB): | $(STAMP)
	mkdir -p $(dir $(DEMO_DB))
	$(BIN)/caseapp demo --db $(DEMO_DB)

demo: $(DEMO_DB)

run: $(STAMP) $(QM) $(DEMO_DB)
	$(BIN)/caseapp gui --db $(DEMO_DB) $(RUN_ARGS)

test: lint typecheck layers pytest

lint: $(STAMP)
	$(BIN)/ruff check caseapp tests benchmarks
	$(BIN)/ruff format --check caseapp tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

layers: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m caseapp.gui.screenshots --out screenshots

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

# The frozen program in dist/caseapp/ and, on Linux, a .deb beside it (packaging/README.md).
# Built in its own environment from requirements/dist.lock, with caseapp installed as a wheel.
DIST_VENV := .venv-dist
dist:
	test -x $(DIST_VENV)/bin/python || $(PYTHON) -m venv $(DIST_VENV)
	$(DIST_VENV)/bin/python -m pip install --quiet --require-hashes --no-deps -r requirements/dist.lock
	# The .qm files go into the wheel and the frozen program (which has no lrelease of its own).
	$(DIST_VENV)/bin/python packaging/translations.py compile
	$(DIST_VENV)/bin/python -m pip install --quiet --no-deps --no-build-isolation --force-reinstall .
	$(DIST_VENV)/bin/pyinstaller packaging/caseapp.spec --noconfirm --log-level WARN \
		--distpath dist --workpath build/pyinstaller
	QT_QPA_PLATFORM=offscreen dist/caseapp/caseapp-cli --self-test
	if [ "$$(uname)" = Linux ]; then packaging/linux/build-deb.sh dist/caseapp dist; fi

# The long hardening runs (fuzzed datasets, kill -9, concurrent writers, bit flips, audit
# tampering): a table of tried / held / failed per run; every row must fail 0.
soak: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.hardening.soak

clean:
	rm -rf $(VENV) $(DIST_VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache resources/translations/*.qm
