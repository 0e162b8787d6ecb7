# Netwerkkaart: two commands. `make run` starts the app, `make test` runs every test headless.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test bench bench-gramps lint screenshot clean

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

# Gramps' relationship graph of its example tree against ours, side by side: needs Debian's
# gramps package (installed here when run as root; otherwise the line says how, and skips)
bench-gramps: $(STAMP)
	@command -v gramps >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get install -y -q gramps >/dev/null; } || true
	QT_QPA_PLATFORM=offscreen HOME=$$(mktemp -d) $(PY) -m benchmarks gramps

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/netwerkkaart screenshot -o resources/screenshot.png

clean:
	rm -rf $(VENV) build src/*.egg-info
