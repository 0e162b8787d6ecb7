# Netwerkkaart: two commands. `make run` starts the app, `make test` runs every test headless.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test bench lint screenshot clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(PY) pyproject.toml
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@sh packaging/ensure-qt-libs.sh
	@touch $(STAMP)

run: $(STAMP)
	@sh packaging/ensure-qt-libs.sh --gui
	$(VENV)/bin/netwerkkaart --example

# ruff on everything, mypy strict on the Qt-free packages, the import contracts: CI enforces it.
lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/netwerkkaart screenshot -o resources/screenshot.png

clean:
	rm -rf $(VENV) build src/*.egg-info
