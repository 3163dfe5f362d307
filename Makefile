# Every target bootstraps .venv from the project's own files (requirements-dev.lock,
# pyproject.toml), so a fresh clone needs only python3 >= 3.11 and make.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

# The editable install maps each package to its directory when it runs, so a generated
# package that appears later (the first regen) needs a reinstall: the stamp's name
# counts the generated packages present, and a new count is a new, missing stamp.
GENERATED_PACKAGES := $(wildcard generated/*/__init__.py)
STAMP := $(VENV)/.installed-with-$(words $(GENERATED_PACKAGES))-generated

.PHONY: venv lint test check-generated regen regen-offline drift-check demo fake record reliability reliability-doc bench

## demo: the main job: a tour of the facade against the embedded fake Sesamy API
demo: venv
	$(BIN)/python examples/demo.py

## fake: serve the fake Sesamy API on http://127.0.0.1:8080 until interrupted
fake: venv
	$(BIN)/python -m sesamy_facade.testing --port 8080

## venv: create .venv and install the pinned dev tools and this project (editable)
venv: $(STAMP)

$(STAMP): pyproject.toml requirements-dev.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	rm -f $(VENV)/.installed-with-*
	touch $@

## lint: ruff check, ruff format --check and mypy --strict on hand-written code
lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy --strict

## test: lint, check that generated/ matches the snapshots, then the test suite
test: lint check-generated
	$(BIN)/pytest

## check-generated: fail if generated/ differs from what openapi/*.json generates
check-generated: venv
	$(BIN)/python -m scripts.check_generated

## regen: fetch both published specs (or ARGS="--client-spec URL_OR_PATH ...") and regenerate
regen: venv
	$(BIN)/python -m scripts.regen $(ARGS)
	$(MAKE) --no-print-directory venv

## regen-offline: regenerate generated/ from the committed snapshots only
regen-offline: venv
	$(BIN)/python -m scripts.regen --offline
	$(MAKE) --no-print-directory venv

## record: re-record tests/cassettes through the facade (fake by default; ARGS="--only client:getContract" ...)
record: venv
	$(BIN)/python -m scripts.record_cassettes $(ARGS)

## reliability: the fault, load, bad-input and secrets suite alone (part of `make test`)
reliability: venv
	$(BIN)/pytest -q tests/reliability

## reliability-doc: rewrite docs/reliability.md from tests/reliability/cases.py
reliability-doc: venv
	$(BIN)/python -m scripts.reliability_report

## bench: the facade's cost over raw httpx and the generated client; writes docs/benchmarks.md (ARGS=--quick for smaller sizes)
bench: venv
	$(BIN)/python -m scripts.bench $(ARGS)

## drift-check: compare openapi/*.json with the published specs (or ARGS="--client-spec URL_OR_PATH ..."); exit 0 none, 1 non-breaking, 2 breaking, 3 skipped
drift-check: venv
	$(BIN)/python -m scripts.drift_check $(ARGS)
