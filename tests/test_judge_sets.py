"""The perturbations that make the judge's evaluation sets, on hand-written sentences."""

from __future__ import annotations

import random

import pytest

from assistant.nlp import parse
from evals.judge_sets import (
    Article,
    add_detail,
    change_date,
    change_number,
    date_shape,
    flip_negation,
    indefinite,
    is_sentence,
    number_candidates,
    past_tense,
    perturb,
    swap_entity,
    swap_roles,
    third_person,
)

ARTICLE = Article(
    "test:1",
    "The council met on Tuesday in Oslo. Maria Lind and Anna Berg spoke. The bridge will cost 7 million euros "
    "and open in May 2024. Portland defeated Seattle in the final.",
    {"PERSON": ("Maria Lind", "Anna Berg"), "GPE": ("Oslo", "Portland", "Seattle"), "ORG": ("the Harbour Board",)},
)


def rng() -> random.Random:
    return random.Random("test")


@pytest.mark.parametrize(("sentence", "flipped"), [
    ("The council approved the plan.", "The council did not approve the plan."),
    ("The council did not approve the plan.", "The council approved the plan."),
    ("The council didn't approve the plan.", "The council approved the plan."),
    ("The mayor has approved the closure.", "The mayor has not approved the closure."),
    ("The bridge is not finished.", "The bridge is finished."),
    ("The ministers won't sign the treaty.", "The ministers will sign the treaty."),
    ("Police said Smith attacked Jones.", "Police said Smith did not attack Jones."),
])
def test_negation_flips_the_main_verb(sentence: str, flipped: str) -> None:
    p = flip_negation(parse(sentence))
    assert p is not None and p.kind == "negation"
    assert p.claim == flipped


def test_role_swap_active_and_passive() -> None:
    active = swap_roles(parse("Portland defeated Seattle in the final."))
    assert active is not None and active.claim == "Seattle defeated Portland in the final."
    passive = swap_roles(parse("Seattle was defeated by Portland on Sunday."))
    assert passive is not None and passive.claim == "Portland was defeated by Seattle on Sunday."


def test_role_swap_needs_two_names_and_a_one_way_verb() -> None:
    assert swap_roles(parse("The council approved the plan.")) is None
    assert swap_roles(parse("Maria Lind met Anna Berg in Oslo.")) is None  # meeting goes both ways


@pytest.mark.parametrize("sentence", [
    "The bridge will cost 7 million euros.", "The closure lasts five weeks.", "About 1,200 people came.",
    "The rate rose to 3.5 per cent.", "It was a six-year ban.",
])
def test_number_change_never_returns_the_same_number(sentence: str) -> None:
    for seed in range(20):
        p = change_number(parse(sentence), ARTICLE, random.Random(seed))
        assert p is not None and p.old != p.new and p.claim != sentence
        assert not ARTICLE.says(p.new)


def test_number_change_keeps_format_and_article() -> None:
    p = change_number(parse("Pakistan lifted a six-year moratorium on executions."), ARTICLE, rng())
    assert p is not None and p.new.isalpha()
    assert (" an " in p.claim) == (p.new in ("eight", "eleven", "eighteen", "eighty"))
    assert all(v != 1200 and v >= 2 for v in number_candidates(1200, "comma"))
    assert indefinite("8") == "an" and indefinite("six") == "a" and indefinite("11") == "an"


def test_years_are_dates_not_numbers() -> None:
    doc = parse("The bridge opened in 1932 after years of work.")
    assert change_number(doc, ARTICLE, rng()) is None
    p = change_date(doc, ARTICLE, rng())
    assert p is not None and p.old == "1932" and p.new.isdigit() and p.new != "1932"


def test_date_change_picks_a_value_the_article_lacks() -> None:
    p = change_date(parse("The council will meet again on Tuesday in March."), ARTICLE, rng())
    assert p is not None and p.new not in ("Tuesday", "March", "May")
    assert not ARTICLE.says(p.new)


def test_entity_swap_uses_another_entity_of_the_same_label() -> None:
    p = swap_entity(parse("Maria Lind said the bridge was too expensive."), ARTICLE, rng())
    assert p is not None and p.old == "Maria Lind" and p.new == "Anna Berg"
    assert p.claim == "Anna Berg said the bridge was too expensive."


def test_detail_adds_something_the_article_does_not_say() -> None:
    doc = parse("Councillor Maria Lind voted against the bridge.")
    for seed in range(10):
        p = add_detail(doc, ARTICLE, ["Madrid", "Lagos"], random.Random(seed))
        assert p is not None and p.claim != doc.text and not ARTICLE.says(p.new)


def test_perturb_gives_new_claims_only() -> None:
    doc = parse("Portland defeated Seattle in the final on Sunday.")
    found = perturb(doc, ARTICLE, ["Madrid"], "seed")
    kinds = {p.kind for p in found}
    assert {"negation", "role", "date"} <= kinds
    assert all(p.claim != doc.text and not ARTICLE.says(p.claim) for p in found)


def test_inflection_and_filters() -> None:
    assert [past_tense(v) for v in ("approve", "stop", "carry", "say", "admit", "visit")] == [
        "approved", "stopped", "carried", "said", "admitted", "visited"]
    assert [third_person(v) for v in ("approve", "go", "carry", "have")] == ["approves", "goes", "carries", "has"]
    assert date_shape("1932") == "year" and date_shape("July 16, 1911") == "full"
    assert is_sentence("The council voted 7 to 2 on Tuesday to approve the bridge.")
    assert not is_sentence("Análisis profundos y casos de estudio de éxito en la región.")
    assert not is_sentence("| Section | Length | Stops | Gerland to Saint-Fons | 4.1 km | 8 |")
