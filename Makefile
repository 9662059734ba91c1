# Handoff Copilot: every set-up step lives here, so a fresh machine with only python3 needs two commands:
#   make run    the service on the embedded default (offline engine, SQLite, embedded chromadb)
#   make test   the whole test suite (installs the dev and neural extras first)
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip
HOST   ?= 127.0.0.1
PORT   ?= 8000
export LITELLM_LOCAL_MODEL_COST_MAP := True
export HF_HUB_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false
export ANONYMIZED_TELEMETRY := False

.PHONY: install install-dev run test lint typecheck eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# Lean runtime install: no torch.
$(VENV)/.installed-runtime: $(BIN)/python pyproject.toml constraints.txt
	$(PIP) install --quiet -c constraints.txt -e .
	touch $@

# Dev + neural extras. torch is pinned and installed first so pip takes the local CPU build.
$(VENV)/.installed-dev: $(BIN)/python pyproject.toml constraints.txt
	$(PIP) install --quiet -c constraints.txt "torch==2.13.0"
	$(PIP) install --quiet -c constraints.txt -e ".[dev,neural]"
	touch $@ $(VENV)/.installed-runtime

install: $(VENV)/.installed-runtime

install-dev: $(VENV)/.installed-dev

run: install
	$(BIN)/copilot serve --host $(HOST) --port $(PORT)

test: install-dev
	$(BIN)/ruff check copilot tests evals
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

lint: install-dev
	$(BIN)/ruff check copilot tests evals
	$(BIN)/ruff format --check copilot tests evals

typecheck: install-dev
	$(BIN)/mypy

eval: install
	$(BIN)/copilot eval run evals/suites/retail --engine offline --out eval-reports/retail

bench: install-dev
	$(BIN)/python evals/bench/run_all.py

clean:
	rm -rf $(VENV) .copilot eval-reports .pytest_cache .mypy_cache .ruff_cache
