"""The trained span reader: its features are about the question and the span, its weights
file is small and fitted off the measured slices, and it reads invented passages right."""

from __future__ import annotations

import json

import pytest

from assistant.compose import read_spans
from assistant.nlp import parse_many
from assistant.question import analyse
from assistant.reader import WEIGHTS_PATH, Context, features, load_weights, score
from assistant.sentences import Candidate
from assistant.spans import answer_spans
from evals.halueval import SLICES


def _read(question: str, sentences: list[str]) -> list[tuple[float, str]]:
    """Every answer span of the sentences (one invented passage, in order), best first."""
    analysis = analyse(question)
    docs = parse_many(sentences)
    pool, at = [], 0
    for text in sentences:
        pool.append(Candidate(1, text, at, at + len(text), 0.0))
        at += len(text) + 1
    spans = {id(c): answer_spans(analysis, d) for c, d in zip(pool, docs)}
    read = read_spans(analysis, pool, docs, spans)
    weights = load_weights()
    return sorted(((score(weights, f), c.text[s.start:s.end]) for c in pool for s, f in read[id(c)]),
                  key=lambda x: -x[0])


def test_weights_file_is_small_and_fitted_outside_the_measured_slices() -> None:
    data = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    measured = [SLICES["qa"]["dev"], SLICES["qa"]["check"]]
    assert data["train_ranges"] and all(b <= c or d <= a for a, b in data["train_ranges"] for c, d in measured)
    assert 20 < len(data["weights"]) < 5000
    # no feature may describe a corpus's layout: no passage index, no search rank
    assert not [k for k in data["weights"] if any(w in k for w in ("passage", "rank=", "prior", "top"))
                if not k.startswith("rule_rank")]


def test_features_describe_the_question_span_relation() -> None:
    analysis = analyse("In which city was the treaty signed?")
    doc = parse_many(["The treaty was signed in Lisbon by delegates from Oporto."])[0]
    spans = answer_spans(analysis, doc)
    by_text = {doc.text[s.start:s.end]: s for s in spans}
    ctx = Context(lexical=0.5, best=True, hop=0.0, bridge=False, rule_rank=0)
    lisbon = features(analysis, doc, by_text["Lisbon"], ctx)
    assert lisbon["type=place|label=GPE"] == 1.0
    assert lisbon["window"] > 0  # "treaty", "signed" stand near it
    assert lisbon["in_question"] == 0.0
    assert any(k.startswith("path=") for k in lisbon)


def test_a_span_the_question_names_is_not_the_answer() -> None:
    analysis = analyse("Where did Oporto delegates sign the treaty?")
    doc = parse_many(["Oporto delegates signed the treaty in Lisbon."])[0]
    ctx = Context(0.5, True, 0.0, False, 0)
    from assistant.spans import Span

    named = features(analysis, doc, Span(0, 6, "GPE"), ctx)
    assert named["all_in_question"] == 1.0


@pytest.mark.parametrize(("question", "sentences", "right"), [
    ("Where was the treaty signed?",
     ["The delegates travelled from Madrid by train.", "The treaty was signed in Lisbon on a Sunday."], "Lisbon"),
    ("Who directed the film Harbour Lights?",
     ["Harbour Lights is a 1998 drama starring Anna Berg.", "The film was directed by Tomas Lind."], "Tomas Lind"),
    ("In what year did the Kestrel bridge open?",
     ["Work on the Kestrel bridge began in 1931.", "The Kestrel bridge opened in 1934 after delays."], "1934"),
])
def test_reader_prefers_the_span_that_fills_the_question(question: str, sentences: list[str], right: str) -> None:
    if not load_weights():
        pytest.skip("no reader weights installed")
    ranked = _read(question, sentences)
    assert ranked and ranked[0][1] == right, ranked
