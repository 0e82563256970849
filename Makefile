# Two commands on a fresh machine: `make demo` and `make test`. Both do all set-up in .venv.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.khabar-installed
DEMO_DB ?= demo.duckdb

.PHONY: setup system-deps test test-fast demo bench clean

FRONTEND := src/khabar/server/frontend

$(STAMP): pyproject.toml $(FRONTEND)/package-lock.json
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev,spark]"
	@command -v npm >/dev/null || { apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null; }
	cd $(FRONTEND) && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	$(BIN)/python -c "from khabar.geo import default_gazetteer; default_gazetteer()"
	touch $(STAMP)

# Chromium (dashboard tests) and a Java runtime (Spark) come from Debian's packages.
system-deps:
	@command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null; }
	@command -v java >/dev/null || { apt-get update -qq && apt-get install -y -qq openjdk-17-jre-headless >/dev/null; }

setup: $(STAMP)

test: setup system-deps
	$(BIN)/python -m pytest -q

test-fast: setup
	$(BIN)/python -m pytest -q -m "not spark and not browser"

demo: setup
	rm -f $(DEMO_DB)
	$(BIN)/khabar extract examples/articles --db $(DEMO_DB)
	$(BIN)/khabar stats --db $(DEMO_DB)
	@echo
	@echo "Events are stored in $(abspath $(DEMO_DB))."
	@echo "Next: $(BIN)/khabar events --db $(DEMO_DB) --limit 20"
	@echo "      $(BIN)/khabar events --db $(DEMO_DB) --grouped"
	@echo "      $(BIN)/khabar export --db $(DEMO_DB) --format acled-csv > events.csv"
	@echo
	@echo "Dashboard: http://127.0.0.1:8000/  (Ctrl-C to stop)"
	$(BIN)/khabar serve --db $(DEMO_DB)

clean:
	rm -rf $(VENV) *.egg-info src/*.egg-info
