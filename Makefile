# Trepart: every target sets up .venv when it is missing, then does its job.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DIR ?= demo-data
DEMO_PASSWORD ?= demo-trepart
export TREPART_PASSWORD ?= $(DEMO_PASSWORD)

.PHONY: setup run test lint bench server screenshots clean-demo package package-check

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[server,test]'
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/python scripts/run_demo.py --data-dir $(DEMO_DIR)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/python scripts/translations.py --check
	$(BIN)/mypy

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python -m tests.bench $(BENCH_ARGS)

# The laptop build (PyInstaller, one folder in dist/trepart); see packaging/README.md.
package: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[package]'
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/trepart.spec

# The packaged binary (not the venv) runs its CLI verbs and starts to the unlock window.
package-check: package
	$(BIN)/python packaging/check_bundle.py --dist dist/trepart

server: $(STAMP)
	$(BIN)/trepart-server serve

clean-demo:
	rm -rf $(DEMO_DIR) demo-server

# The screenshots in the README and the guides, from throwaway demo vaults (offscreen, or under
# Xvfb when DISPLAY is set): the main views and first run, the praktik views, printing.
screenshots: $(STAMP)
	$(BIN)/python scripts/screenshots.py --out docs/screenshots --size 1366x768
	$(BIN)/python scripts/screenshots_praktik.py --out docs/screenshots
	$(BIN)/python scripts/screenshots_company.py --out docs/screenshots
	$(BIN)/python scripts/screenshots_method.py --out docs/screenshots
	$(BIN)/python scripts/screenshots_effect.py --out docs/screenshots
	$(BIN)/python scripts/render_print_screenshots.py
	$(BIN)/python scripts/render_agreement_png.py
