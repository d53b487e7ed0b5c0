"""The judge checks meaning: paraphrases are accepted, changed names, numbers, dates, roles
and negations are caught, each with its reason, at the level users see (the response)."""

from __future__ import annotations

import pytest

from assistant.judge.meaning import dates, names_in, quantities, roles, slot_rival
from assistant.nlp import parse

from .conftest import CORPUS


def test_numbers_are_read_however_they_are_written() -> None:
    assert quantities("a five-week strike by nine thousand workers") == [5, 9000]
    assert quantities("It cost $4.2 million; the vote was 7 to 2.") == [4_200_000, 7, 2]
    assert quantities("thirty-eight and a half percent of 158,970 voters") == [38.5, 158_970]
    assert dates("On Friday 12 May 1932")["weekday"] == {"friday"} and dates("in Sept. 2020")["month"] == {"september"}


def test_roles_read_the_passive_as_the_active() -> None:
    active, passive = parse("Portland defeated Seattle in the final."), parse("Seattle was defeated by Portland.")
    assert roles(active) == roles(passive) == {("portl", "defeat", "seatt")}


def test_a_name_in_the_slot_of_another_has_that_one_as_its_rival() -> None:
    copied = parse("Luton (CNN) A man was charged, London's police said.")
    assert slot_rival(copied, parse("London (CNN) A man was charged, London's police said."), "Luton") == "London"
    # a person for a nationality is a rewording, not a swap; a rewritten sentence has no slots
    assert slot_rival(parse("Putin's delegation will include Lavrov."),
                      parse("The Russian delegation will include Lavrov."), "Putin") == ""
    assert slot_rival(parse("Luton is where the man landed before the police charged him."),
                      parse("London (CNN) A man was charged, London's police said."), "Luton") == ""


def test_names_match_by_spelling_and_by_a_peoples_ending_not_by_a_prefix() -> None:
    assert names_in("Ukrainian", "officials in Ukraine") and names_in("Serguei", "Sergei Lavrov")
    assert not names_in("FedEx", "a federal court") and not names_in("Ahmadinejad", "Abdolhamid Ahmadi")
    assert not names_in("Iraqi", "Iranian troops")


@pytest.fixture(scope="module")
def judge():  # type: ignore[no-untyped-def]
    from assistant.components import build_judge
    from assistant.settings import load_settings

    return build_judge("offline", load_settings())


COUNCIL = ("The city council voted 7 to 2 on Tuesday to approve the new tram line. Councillor Mia Lind, who voted "
           "against, said the five-week consultation had been too short. About 9,000 residents signed a petition. "
           "The case was heard at Hordaland District Court, which did not publish the ruling.")

# (claim, the reason it must give): the errors the audit found, each in a near-verbatim copy
ERRORS = [
    ("The city council voted 9 to 2 on Tuesday to approve the new tram line.", "number: 9 vs 7"),
    ("The city council voted 7 to 2 on Friday to approve the new tram line.", "date: Friday vs Tuesday"),
    ("The case was heard at Bergen District Court.", "entity: Bergen District Court vs Hordaland District Court"),
    ("The case was heard at Hordaland District Court, which published the ruling.", "negation:"),
    ("The new tram line approved the city council.", "role:"),
    ("Councillor Mia Lind, who voted against, said the consultation had been too short and that engineers had "
     "hidden cost overruns from tenants.", "detail:"),
]
# (claim, kind): faithful paraphrases, one per kind
PARAPHRASES = [
    ("The new tram line was approved by the city council on Tuesday, by seven votes to two.", "voice + numbers"),
    ("On Tuesday, the council backed the new tram line, 7 votes to 2.", "synonym + clause order"),
    ("Mia Lind, a councillor who opposed the plan, said that the five week consultation was too short.", "synonym"),
    ("Roughly nine thousand residents signed a petition.", "numbers as words"),
    ("Hordaland District Court, where the case was heard, did not publish its ruling.", "restructure"),
    ("The council approved the tram line 7 to 2; Lind, who voted against, called the consultation too short.",
     "summary"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("claim", "reason"), ERRORS)
def test_an_error_makes_the_response_unsupported_and_says_why(judge, claim: str, reason: str) -> None:  # type: ignore[no-untyped-def]
    verdict = judge.judge(claim, [COUNCIL])
    assert not verdict.supported, verdict
    reasons = [r for c in verdict.claims for r in c.reasons]
    assert any(r.startswith(reason) for r in reasons), reasons
    assert verdict.to_dict()["claims"][0]["reasons"]  # printed with the verdict


@pytest.mark.slow
@pytest.mark.parametrize(("claim", "kind"), PARAPHRASES)
def test_faithful_paraphrases_are_supported(judge, claim: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    verdict = judge.judge(claim, [COUNCIL])
    assert verdict.supported, (kind, [r for c in verdict.claims for r in c.reasons])


@pytest.mark.slow
def test_one_contradicted_claim_makes_the_record_unsupported(judge) -> None:  # type: ignore[no-untyped-def]
    verdict = judge.judge("The council approved the new tram line. Mia Lind voted in favour of it.", [COUNCIL])
    assert [c.supported for c in verdict.claims] == [True, False] and not verdict.supported


@pytest.mark.slow
@pytest.mark.parametrize("claim", [
    "Trump and Putin are due to meet this Friday in Alaska.",
    "The venue was picked partly for its symbolism, since it lies near the graves of Soviet pilots.",
    "Putin's delegation is set to include Foreign Minister Sergei Lavrov, Defence Minister Andrei Belousov and "
    "Economy Minister Anton Siluanov.",
])
def test_a_models_faithful_paraphrases_of_the_bundled_corpus_are_supported(judge, claim: str) -> None:  # type: ignore[no-untyped-def]
    """The three sentences verification used to cut from a model's answer (issue 14)."""
    sources = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.iterdir())]
    verdict = judge.judge(claim, sources)
    assert verdict.supported, [r for c in verdict.claims for r in c.reasons]


# Entity swaps that used to pass (issue 14): the new name is said elsewhere in the sources, so
# only its slot in the copied sentence gives it away, whatever label the recogniser gives either.
NEWS = ("London (CNN) A 19-year-old man was charged on Wednesday after he returned to Britain from Turkey, "
        "London's Metropolitan Police said. He had flown into Luton airport. "
        "Gordon Getty is one of three living sons of J. Paul Getty, the oil baron. "
        "Getty's friend Meghan Aguilar spoke at the funeral. "
        "A 15-count indictment was filed in federal court in California. It accuses FedEx of shipping illegal drugs. "
        "Deputy Sports Minister Abdolhamid Ahmadi said the plan would start next year. "
        "Former president Mahmoud Ahmadinejad opposed it. "
        "The singer was bedridden for five months after contracting Lyme disease. She later toured with Nickelback.")
SWAPS = [
    # the replaced name is still said later in the sentence
    ("Luton (CNN) A 19-year-old man was charged on Wednesday after he returned to Britain from Turkey, "
     "London's Metropolitan Police said.", "entity: Luton vs London"),
    # "Getty" is still said (J. Paul Getty)
    ("Meghan Aguilar is one of three living sons of J. Paul Getty, the oil baron.",
     "entity: Meghan Aguilar vs Gordon Getty"),
    # "FedEx" is not "federal"
    ("A 15-count indictment was filed in federal court in FedEx.", "entity: FedEx vs California"),
    # "Ahmadinejad" is not "Ahmadi"
    ("Deputy Sports Minister Mahmoud Ahmadinejad said the plan would start next year.",
     "entity: Mahmoud Ahmadinejad vs Abdolhamid Ahmadi"),
    # a band for a disease: the recogniser calls one a person, the other an organisation
    ("The singer was bedridden for five months after contracting Nickelback disease.", "entity: Nickelback vs Lyme"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("claim", "reason"), SWAPS)
def test_a_name_in_the_slot_of_another_is_a_swap(judge, claim: str, reason: str) -> None:  # type: ignore[no-untyped-def]
    verdict = judge.judge(claim, [NEWS])
    reasons = [r for c in verdict.to_dict()["claims"] for r in c["reasons"]]  # as `assistant judge` prints them
    assert not verdict.supported and reason in reasons, reasons


@pytest.mark.slow
@pytest.mark.parametrize("claim", [
    "Gordon Getty, the oil baron J. Paul Getty's son, is one of his three living sons.",
    "The singer, who later toured with Nickelback, was bedridden for five months after contracting Lyme disease.",
    "London's Metropolitan Police said a 19-year-old man was charged on Wednesday after he returned to Britain "
    "from Turkey.",
])
def test_names_gathered_from_the_sources_are_not_swaps(judge, claim: str) -> None:  # type: ignore[no-untyped-def]
    verdict = judge.judge(claim, [NEWS])
    assert verdict.supported, [r for c in verdict.claims for r in c.reasons]
