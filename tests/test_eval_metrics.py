"""The eval metrics, the suite loader, comparisons and bounds, on hand-written inputs."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from evals import metrics as m
from evals.command import missed_bounds, parse_bounds
from evals.compare import compare, load_report
from evals.errors import SuiteError
from evals.suite import load_suite

A = m.DocRef("a1", "Here’s what Putin wants from Trump", "", "corpus/000.txt")
B = m.DocRef("b2", "The key facts about the Alaska meeting", "https://example.com/alaska", "corpus/004.txt")
C = m.DocRef("c3", "Weather in Anchorage", "", "notes/weather.md")


# -- retrieval ---------------------------------------------------------------------


def test_a_source_names_a_document_by_id_or_part_of_title_url_or_path() -> None:
    assert m.matches("a1", A) and not m.matches("b2", A) and not m.matches("1", A)  # ids match whole
    assert m.matches("here's WHAT putin", A)  # case and apostrophe style do not matter
    assert m.matches("example.com/alaska", B) and m.matches("weather.md", C)
    assert not m.matches("Alaska meeting", A)


def test_ranks_hits_and_recall() -> None:
    ranking = [C, A, B]
    ranks = m.source_ranks(["Putin wants", "key facts"], ranking)
    assert ranks == [2, 3]
    assert m.hit_at_k(ranks, 1) == 0.0 and m.hit_at_k(ranks, 2) == 1.0
    assert m.recall_at_k(ranks, 2) == 0.5 and m.recall_at_k(ranks, 5) == 1.0
    assert m.mrr_at_k(ranks, 10) == 0.5
    assert m.mrr_at_k([None], 10) == 0.0 and m.recall_at_k([None, 1], 5) == 0.5


def test_ndcg_is_one_for_a_perfect_ranking_and_discounts_lower_ranks() -> None:
    assert m.ndcg_at_k([1, 2], 10) == 1.0
    assert m.ndcg_at_k([1], 10) == 1.0
    assert m.ndcg_at_k([2], 10) == pytest.approx(1 / math.log2(3))
    assert m.ndcg_at_k([1, 3], 10) == pytest.approx((1 + 1 / math.log2(4)) / (1 + 1 / math.log2(3)))
    assert m.ndcg_at_k([None, None], 10) == 0.0
    assert m.ndcg_at_k([11], 10) == 0.0


def test_retrieval_metrics_are_not_applicable_without_expected_sources() -> None:
    assert set(m.retrieval_metrics([], [A], [A]).values()) == {None}
    got = m.retrieval_metrics(["key facts"], [A, B], [A])
    assert got["hit@1"] == 0.0 and got["hit@5"] == 1.0 and got["mrr@10"] == 0.5
    assert got["context_recall"] == 0.0  # B was ranked, but the generator was given only A


def test_unique_docs_keeps_each_document_at_its_best_rank() -> None:
    assert m.unique_docs([A, B, A, C, B]) == [A, B, C]


# -- faithfulness and citations (ALCE) -----------------------------------------------------


def test_faithfulness_is_the_share_of_grounded_claims() -> None:
    claims = [m.ClaimSupport(True, True, (True,), (False,)), m.ClaimSupport(False, False, (), ())]
    assert m.faithfulness(claims) == 0.5
    assert m.faithfulness([]) is None


def test_citation_recall_needs_the_claims_own_citations_to_support_it() -> None:
    grounded_but_miscited = m.ClaimSupport(True, False, (False,), (False,))
    assert m.citation_recall([grounded_but_miscited]) == 0.0
    assert m.faithfulness([grounded_but_miscited]) == 1.0
    uncited = m.ClaimSupport(False, False, (), ())
    assert m.citation_recall([uncited]) == 0.0 and m.citation_precision([uncited]) is None


def test_citation_precision_follows_alce() -> None:
    # two citations, each supports alone: both precise
    both = m.ClaimSupport(True, True, (True, True), (True, True))
    assert m.citation_precision([both]) == 1.0
    # the second is irrelevant: it does not support alone, and the first suffices without it
    padded = m.ClaimSupport(True, True, (True, False), (False, True))
    assert m.citation_precision([padded]) == 0.5
    # neither alone, but each is needed for the other (a claim spanning two passages): both precise
    spanning = m.ClaimSupport(True, True, (False, False), (False, False))
    assert m.citation_precision([spanning]) == 1.0
    # citations of an unsupported claim are never precise
    wrong = m.ClaimSupport(False, False, (True,), (False,))
    assert m.citation_precision([wrong]) == 0.0
    assert m.citation_precision([padded, both]) == 0.75


# -- correctness and abstention --------------------------------------------------------------


def test_token_f1_normalises_like_squad_and_ignores_citation_markers() -> None:
    assert m.token_f1("The base in Anchorage [1].", "the base in anchorage") == 1.0
    assert m.token_f1("Anchorage [2]", "Joint Base Elmendorf-Richardson in Anchorage") == pytest.approx(2 / 7)
    assert m.token_f1("Nothing here.", "Anchorage") == 0.0
    assert m.token_f1("x [unsupported]", "x") == 1.0


def test_facts_match_whole_words_with_alternatives() -> None:
    answer = "It takes place at Joint Base Elmendorf Richardson [1], sold in 1867 for $7.2 million [2]."
    found = m.facts_found(answer, ["Elmendorf-Richardson", "1867", "7.2 million", "Moscow | Kremlin", "186"])
    assert found == [True, True, True, False, False]
    assert m.fact_recall(found) == 0.6 and m.fact_recall([]) is None


def test_abstention_is_right_when_it_matches_answerability() -> None:
    assert m.abstention_ok(answerable=False, abstained=True) == 1.0
    assert m.abstention_ok(answerable=True, abstained=False) == 1.0
    assert m.abstention_ok(answerable=True, abstained=True) == 0.0
    assert m.abstention_ok(answerable=False, abstained=False) == 0.0


def test_percentiles_interpolate() -> None:
    assert m.percentile([10.0, 20.0, 30.0, 40.0], 50) == 25.0
    assert m.percentile([5.0], 95) == 5.0 and m.percentile([], 50) is None
    assert m.percentile(list(map(float, range(101))), 95) == 95.0


def test_aggregate_averages_what_applies_and_counts_it() -> None:
    records = [
        {"answerable": True, "faithfulness": 1.0, "token_f1": 0.5, "abstention_ok": 1.0, "latency_ms": 100.0},
        {"answerable": True, "faithfulness": 0.5, "token_f1": None, "abstention_ok": 0.0, "latency_ms": 300.0},
        {"answerable": False, "faithfulness": None, "token_f1": None, "abstention_ok": 1.0, "latency_ms": 200.0},
    ]
    agg, counts = m.aggregate(records)
    assert agg["faithfulness"] == 0.75 and counts["faithfulness"] == 2
    assert agg["token_f1"] == 0.5 and counts["token_f1"] == 1
    assert agg["abstention_accuracy"] == pytest.approx(2 / 3)
    assert agg["answered_answerable"] == 0.5 and agg["abstained_unanswerable"] == 1.0
    assert counts["answered_answerable"] == 2 and counts["abstained_unanswerable"] == 1
    assert agg["latency_p50_ms"] == 200.0 and agg["recall@5"] is None and counts["recall@5"] == 0


# -- suites ---------------------------------------------------------------------------------


def _suite(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "suite.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_suite_loads_every_field() -> None:
    cases = load_suite(Path(__file__).resolve().parents[1] / "evals" / "suites" / "seed.jsonl")
    assert len(cases) >= 30 and len({c.id for c in cases}) == len(cases)
    assert any(c.history for c in cases) and any(not c.answerable for c in cases)
    assert any(len(c.sources) == 2 for c in cases)
    assert all(c.reference and c.facts for c in cases if c.answerable)


@pytest.mark.parametrize(("line", "message"), [
    ('{"question": ""}', '"question" is missing or empty'),
    ('{"id": 1}', '"question" is missing'),
    ('{"question": "q", "answerable": "no"}', '"answerable" must be true or false'),
    ('{"question": "q", "history": [{"role": "bot", "content": "x"}]}', "role"),
    ('{"question": "q", "facts": [1]}', '"facts" must be a list'),
    ('{"question": "q",}', "not valid JSON"),
    ('["q"]', "must be a JSON object"),
])
def test_a_bad_suite_line_names_its_line_and_the_fix(tmp_path: Path, line: str, message: str) -> None:
    path = _suite(tmp_path, '{"question": "fine"}', line)
    with pytest.raises(SuiteError, match=message) as exc:
        load_suite(path)
    assert f"{path}:2" in str(exc.value)


def test_suite_ids_default_to_line_numbers_and_must_be_unique(tmp_path: Path) -> None:
    cases = load_suite(_suite(tmp_path, '{"question": "a"}', "# a comment", "", '{"question": "b", "sources": "x"}'))
    assert [c.id for c in cases] == ["1", "4"] and cases[1].sources == ("x",)
    with pytest.raises(SuiteError, match="used twice"):
        load_suite(_suite(tmp_path, '{"id": "x", "question": "a"}', '{"id": "x", "question": "b"}'))
    with pytest.raises(SuiteError, match="no eval suite"):
        load_suite(tmp_path / "missing.jsonl")
    with pytest.raises(SuiteError, match="holds no questions"):
        load_suite(_suite(tmp_path, ""))


# -- comparisons and bounds ---------------------------------------------------------------------


def _report(f1: float, faithful: float, error: str | None = None) -> dict[str, object]:
    record = {"id": "q1", "question": "Where?", "error": error,
              "metrics": {"token_f1": f1, "faithfulness": faithful, "hit@1": 1.0}}
    return {"created": "t", "config": {}, "records": [record, {"id": "q2", "question": "When?", "error": None,
                                                                "metrics": {"token_f1": 0.5}}],
            "aggregates": {"token_f1": f1, "faithfulness": faithful, "latency_p50_ms": 100.0}}


def test_compare_lists_regressions_and_improvements_beyond_noise() -> None:
    comparison = compare(_report(0.2, 1.0), _report(0.6, 0.98), "old/")
    assert [(r["id"], r["metric"]) for r in comparison["regressions"]] == [("q1", "token_f1")]
    assert comparison["improvements"] == []  # 0.98 -> 1.0 is under MIN_CHANGE
    assert comparison["deltas"]["token_f1"]["worse"] and comparison["deltas"]["faithfulness"]["better"]
    assert comparison["deltas"]["latency_p50_ms"]["delta"] == 0


def test_a_new_error_is_a_regression() -> None:
    comparison = compare(_report(0.6, 1.0, error="RuntimeError: boom"), _report(0.6, 1.0))
    assert comparison["regressions"][0]["metric"] == "error"


def test_load_report_explains_what_it_wants(tmp_path: Path) -> None:
    with pytest.raises(SuiteError, match="--report folder"):
        load_report(tmp_path)
    (tmp_path / "report.json").write_text(json.dumps({"aggregates": {}}), encoding="utf-8")
    with pytest.raises(SuiteError, match="no \"records\""):
        load_report(tmp_path)


def test_bounds_parse_and_gate() -> None:
    assert parse_bounds(["faithfulness=0.99", "recall@5=0.9"], "--fail-under") == {"faithfulness": 0.99,
                                                                                    "recall@5": 0.9}
    with pytest.raises(SuiteError, match="one of"):
        parse_bounds(["faithfulnes=0.9"], "--fail-under")
    with pytest.raises(SuiteError, match="not a number"):
        parse_bounds(["faithfulness=high"], "--fail-under")
    agg = {"faithfulness": 0.98, "recall@5": None, "latency_p95_ms": 400.0}
    assert missed_bounds(agg, {"faithfulness": 0.98}, {}) == []
    assert len(missed_bounds(agg, {"faithfulness": 0.99, "recall@5": 0.5}, {"latency_p95_ms": 300})) == 3


def test_the_lead_is_the_short_answer_and_the_first_verified_claim() -> None:
    from assistant.answer import Answer, Claim, ShortAnswer
    from evals.runner import lead_text

    first = "For Putin, sitting across from a U.S. president after years of isolation is a symbolic victory."
    answer = Answer("q", "q", f"{first} [1] It is a big win. [1]", False,
                    claims=[Claim(first, [1], True, 1.0), Claim("It is a big win.", [1], True, 1.0)])
    assert lead_text(answer) == first  # "U.S." does not end the sentence
    led = Answer("q", "q", f"Anchorage. [1] {first} [1]", False, claims=[Claim(first, [1], True, 1.0)],
                 short_answer=ShortAnswer("Anchorage", 1, 0, 9))
    assert lead_text(led) == f"Anchorage {first}"
    assert m.answered_correctly(lead_text(answer), ["big victory | symbolic victory"]) == 1.0


def test_a_lead_that_announces_a_list_leads_with_the_list() -> None:
    from assistant.answer import Answer, Claim
    from evals.runner import lead_text

    items = ["Among his probable demands are:", "Recognition of the east as Russian territory.",
             "Limiting the size of the army."]
    listed = Answer("q", "q", " ".join(f"{t} [1]" for t in items), False,
                    claims=[Claim(t, [1], True, 1.0) for t in items] + [Claim("Talks start Friday.", [2], True, 1.0)])
    assert lead_text(listed) == " ".join(items)  # the list, not the sentence from another passage after it
    plain = Answer("q", "q", "", False, claims=[Claim(t, [1], True, 1.0) for t in ("Talks start.", "They end.")])
    assert lead_text(plain) == "Talks start."


def test_a_persons_name_in_another_form_counts_only_as_that_person() -> None:
    from evals.metrics import contains_person

    assert contains_person("Barack Obama In 1986, DCP was led by its director.", "Barack Hussein Obama II")
    assert contains_person("Senator David Boren proposed it.", "David Lyle Boren")  # a title before the name
    assert contains_person("Peter Franklin Paul (born 1948) is a lawyer.", "Peter F. Paul")  # an initial
    assert not contains_person("Ike Turner led the band.", "Tina Turner")  # another given name
    assert not contains_person("Suffolk County is on Long Island.", "Ulster County")
    assert not contains_person("The band was founded in 1998.", "1998")  # not written as a name
