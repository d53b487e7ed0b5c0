"""The shared spaCy layer: background parses are the parses ``parse_many`` gives."""

from __future__ import annotations

from typing import Any

from assistant.nlp import parse_later, parse_many, pipeline

TEXTS = ["Seattle was defeated by Portland on Friday.", "Delhi",
         "Putin's delegation will include Foreign Minister Sergei Lavrov."]


def _analysis(doc: Any) -> list[tuple[Any, ...]]:
    tokens = [(t.text, t.pos_, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in doc]
    return [*tokens, *((e.start, e.end, e.label_) for e in doc.ents)]


def test_parse_later_returns_the_cached_parses() -> None:
    later = parse_later(TEXTS).result()
    assert [d.text for d in later] == TEXTS
    assert all(a is b for a, b in zip(later, parse_many(TEXTS)))  # cached: not parsed again


def test_a_text_parses_the_same_alone_and_in_a_batch() -> None:
    # the judge parses some texts ahead, in other batches than before: this must not matter
    nlp = pipeline()
    alone = [_analysis(nlp(t)) for t in TEXTS]
    assert [_analysis(d) for d in nlp.pipe(list(reversed(TEXTS)))] == list(reversed(alone))
