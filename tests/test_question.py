"""Question analysis, answerability and the correctness metrics: pure functions, hand-written inputs."""

from __future__ import annotations

import pytest

from assistant.answerability import conflicts, missing, near_miss_note
from assistant.question import analyse
from evals import metrics as m
from index.retrieval import Passage


def _p(text: str, doc: str = "d", date: str = "") -> Passage:
    return Passage(1, doc, "", "", "", date, "c", text, 0, len(text), 0.5)


@pytest.mark.parametrize(("question", "kind"), [
    ("Where will Trump and Putin meet?", "place"),
    ("Who founded the company?", "person_or_org"),
    ("In what year did the bridge open?", "date"),
    ("How many passengers did Northwind carry in 2022?", "number"),
    ("Why is the meeting held in Alaska?", "reason"),
    ("Which city hosts the summit?", "place"),
    ("Which Russian ministers are going to Alaska?", "person"),
    ("What does E pluribus unum mean?", "definition"),
    ("Which magazine was started first, Arthur's Magazine or First for Women?", "choice"),
    ("What was the festival officially known as?", "thing"),  # a name, not a description
    ("Between the players Kim Berg and Mary Holt, who is older?", "choice"),
    ("What was agreed between Trump and Putin in Alaska?", "thing"),  # "between" without a comparison
    ("What are the plants of that genus sometimes called?", "thing"),
])
def test_expected_answer_types(question: str, kind: str) -> None:
    assert analyse(question).answer_type == kind


def test_constraints_parts_and_follow_ups() -> None:
    a = analyse("How many passengers did Northwind carry in 2022?")
    assert {(c.kind, c.text) for c in a.constraints} == {("name", "Northwind"), ("year", "2022")}
    assert "passenger" in a.focus
    parts = analyse("Where will Trump and Putin meet, and who is in Putin's delegation?").parts
    assert parts == ("Where will Trump and Putin meet?", "who is in Putin's delegation?")
    assert analyse("Why there?").refers_back and analyse("What did he say about it?").refers_back
    assert not analyse("What is the capital of France?").refers_back  # short is not a follow-up
    assert not analyse("Which golfer won his second Masters?").refers_back  # "his" is the golfer


def test_near_miss_year_is_a_conflict_and_silence_is_not() -> None:
    a = analyse("How many passengers did Northwind carry in 2022?")
    held = _p("Northwind carried 2.3 million passengers in 2023.")
    assert [c.text for c in conflicts(a, held)] == ["2022"]
    assert not conflicts(a, _p("Northwind carries many passengers."))  # silent on the year
    assert near_miss_note(a, conflicts(a, held), held) == "The closest passages are about 2023, not 2022."


def test_same_surname_is_another_person_read_in_its_document() -> None:
    a = analyse("What did Melania Trump say?")
    first = _p("President Donald Trump arrived.", doc="x")
    later = _p("Trump said the talks went well.", doc="x")
    assert not missing(a, [first, later])  # the surname is there ...
    assert conflicts(a, later, [first, later])  # ... but the document's Trump is Donald
    assert not conflicts(a, _p("Trump said the talks went well."))  # nobody else named: no conflict
    assert missing(analyse("What is the capital of France?"), [first])


def test_correctness_metrics() -> None:
    assert m.exact_match("the Delhi", "Delhi") == 1.0 and m.exact_match("New Delhi", "Delhi") == 0.0
    assert m.contains_answer("Its head office is in Delhi.", ["Delhi"])
    assert not m.contains_answer("Its head office is in New-Delhite.", ["Delhi"])
    assert m.answered_correctly("Anchorage. The meeting is at the base.", ["Elmendorf | Anchorage"]) == 1.0
    assert m.answered_correctly("The meeting is at the base.", ["Anchorage"]) == 0.0
    assert m.answered_correctly("anything", []) is None
    scores = m.abstention_scores([True, True, False, False], [True, False, True, True])
    assert scores == {"precision": 2 / 3, "recall": 1.0}
