"""The offline faithfulness scorer: pure features with hand-written pairs, then verdicts."""

from __future__ import annotations

import pytest

from assistant.claims import source_sentences, split_claims
from assistant.judge.features import antonym_conflict, claim_features, index_sources, order_swapped
from assistant.text import content_stems

from .conftest import CORPUS

SOURCE = (
    "The bridge opened on 12 May 1932 after six years of work. It cost $4.2 million. "
    "Mayor Alice Grant did not attend the ceremony. The river traffic rose sharply afterwards. "
    "Portland defeated Seattle in the final on Sunday."
)
# (supported claim, unsupported twin): only a number, a name, a date or a negation differs.
PAIRS = [
    ("The bridge cost $4.2 million.", "The bridge cost $7.5 million."),
    ("The work took six years.", "The work took nine years."),
    ("The bridge opened in 1932.", "The bridge opened in 1938."),
    ("Mayor Alice Grant did not attend the ceremony.", "Mayor Alice Grant attended the ceremony."),
    ("Mayor Alice Grant did not attend the ceremony.", "Mayor Helen Park did not attend the ceremony."),
    ("River traffic rose sharply after the opening.", "River traffic fell sharply after the opening."),
    ("Portland defeated Seattle in the final.", "Seattle defeated Portland in the final."),
]


def _f(claim: str, question: str = "") -> dict[str, float]:
    return claim_features(claim, index_sources([SOURCE]), question)[0]


def test_claims_split_sentences_and_joined_clauses() -> None:
    claims = split_claims("The talks start at noon, and a working lunch follows afterwards [2]. Delhi")
    assert claims == ["The talks start at noon", "a working lunch follows afterwards.", "Delhi"]
    text = "A periodical from 1844.First for Women is a magazine."
    expected = ["A periodical from 1844.", "First for Women is a magazine."]
    assert [text[s:e] for s, e in source_sentences(text)] == expected
    text = "A station on the U55 .The Reichstag is a building."  # the space on the wrong side of the stop
    assert [text[s:e] for s, e in source_sentences(text)] == ["A station on the U55 .", "The Reichstag is a building."]
    text = "He is a playwright and actor.H. Bruce Humberstone was a director."  # the glued stop before an initial
    assert [text[s:e] for s, e in source_sentences(text)] == ["He is a playwright and actor.",
                                                               "H. Bruce Humberstone was a director."]
    text = 'A film by Lumen Pictures."The Tide" is a 2009 film.'  # a title in quotation marks opens the next
    assert [text[s:e] for s, e in source_sentences(text)] == ["A film by Lumen Pictures.", '"The Tide" is a 2009 film.']
    text = 'She said "Go."Then she left.'  # the quotation mark closes one: no new sentence
    assert [text[s:e] for s, e in source_sentences(text)] == [text]
    text = "Made by Lumen Productions.A Kid in Town is a 1995 film."  # "A" opens a sentence
    assert [text[s:e] for s, e in source_sentences(text)] == ["Made by Lumen Productions.",
                                                               "A Kid in Town is a 1995 film."]
    text = "Sponsors include St. Olaf College.St. Olaf College is a liberal arts college."  # "St." stays with its name
    assert [text[s:e] for s, e in source_sentences(text)] == ["Sponsors include St. Olaf College.",
                                                               "St. Olaf College is a liberal arts college."]


@pytest.mark.parametrize(("good", "bad"), PAIRS)
def test_each_pair_differs_on_an_explicit_check(good: str, bad: str) -> None:
    g, b = _f(good), _f(bad)
    checks = ("novel_numbers", "novel_entities", "negation_flip", "antonym", "order_swap")
    assert all(g[k] == 0 for k in checks), g
    assert any(b[k] > 0 for k in checks), b


def test_antonyms_and_swaps_as_pure_functions() -> None:
    assert antonym_conflict(content_stems("prices fell"), content_stems("prices rose"))
    assert not antonym_conflict(content_stems("prices rose"), content_stems("prices rose"))
    assert order_swapped("Seattle defeated Portland.", "Portland defeated Seattle.")
    assert not order_swapped("Portland defeated Seattle.", "Portland defeated Seattle.")


def test_short_answer_features_use_the_question() -> None:
    question = "In which city is the head office of the Oberoi Group?"
    source = "The Oberoi Group is a hotel company with its head office in Delhi."
    good = claim_features("Delhi", index_sources([source]), question)[0]
    bad = claim_features("Mumbai", index_sources([source]), question)[0]
    assert good["cov_new"] == 1.0 and good["novel_entities"] == 0
    assert bad["cov_new"] == 0.0 and bad["novel_entities"] == 1


@pytest.fixture(scope="module")
def judge():  # type: ignore[no-untyped-def]
    from assistant.components import build_judge
    from assistant.settings import load_settings

    return build_judge("offline", load_settings())


@pytest.mark.slow
@pytest.mark.parametrize(("good", "bad"), PAIRS)
def test_the_judge_flags_the_unsupported_twin(judge, good: str, bad: str) -> None:  # type: ignore[no-untyped-def]
    g, b = judge.judge(good, [SOURCE]), judge.judge(bad, [SOURCE])
    assert g.supported and all(c.supported for c in g.claims), g
    assert not b.supported and not any(c.supported for c in b.claims), b  # the response, as printed
    assert b.score < g.score and b.claims[0].reasons


@pytest.mark.slow
def test_short_unsupported_answers_are_not_supported_for_being_short(judge) -> None:  # type: ignore[no-untyped-def]
    source = "The Oberoi Group is a hotel company with its head office in Delhi. It was founded in 1934."
    question = "Where is the head office of the Oberoi Group?"
    assert judge.judge("Delhi", [source], question).supported
    for wrong in ("Mumbai", "Paris", "1957", "Goa"):
        verdict = judge.judge(wrong, [source], question)
        assert not verdict.supported, wrong
    when = "When was the Oberoi Group founded?"
    assert judge.judge("1934", [source], when).supported
    assert not judge.judge("1943", [source], when).supported


@pytest.mark.slow
def test_verdicts_carry_evidence_spans(judge) -> None:  # type: ignore[no-untyped-def]
    verdict = judge.judge("The bridge cost $4.2 million. It opened in 1932.", ["Intro text here.", SOURCE])
    assert verdict.supported and len(verdict.claims) == 2
    for claim in verdict.claims:
        ev = claim.evidence
        assert ev is not None and ev.source == 1
        assert [SOURCE][0][ev.start : ev.end] == ev.text
    assert "4.2 million" in verdict.claims[0].evidence.text  # type: ignore[union-attr]


@pytest.mark.slow
def test_an_invented_claim_about_the_right_topic_is_not_supported(judge) -> None:  # type: ignore[no-untyped-def]
    source = (CORPUS / "004_f835aa314d3b2456.txt").read_text(encoding="utf-8")
    assert judge.judge("The meeting is scheduled for this Friday in Alaska.", [source]).supported
    for invented in ("The summit will be broadcast live from the Moon by NASA.",
                     "The summit will be held in Paris next year.",
                     "Putin and Trump signed a peace treaty in Anchorage."):
        assert not judge.judge(invented, [source]).supported, invented
