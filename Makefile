# One command to run the service, one to run the tests; both set up .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench samples audit

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/flask --app app run --host 127.0.0.1 --port 5000

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

audit: $(STAMP)
	scripts/audit_dependencies.sh

lint: $(STAMP)
	$(BIN)/ruff check .

bench: $(STAMP)
	$(BIN)/python bench/validate_bench.py
	$(BIN)/python bench/fill_bench.py
	$(BIN)/python bench/extraction_accuracy.py
	$(BIN)/python bench/extraction_speed.py
	$(BIN)/python bench/suite.py

samples: $(STAMP)
	$(BIN)/python scripts/make_samples.py
