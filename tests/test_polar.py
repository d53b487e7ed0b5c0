"""Yes or no (``assistant.polar``): a verdict only where the sentences decide it, and shown only
when the sentences it rests on survive verification."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answer import Draft
from assistant.core import Assistant
from assistant.polar import verdict

from .conftest import offline_assistant, ranked_sentences

SENTENCES = [
    "Marta Olsen (born 1961) is a Norwegian harbour engineer and author.",
    "Jonas Berg is a Danish harbour engineer who designed the Aalborg locks.",
    "Ingrid Dahl, better known as Inka, is a Norwegian jazz singer.",
    "The Lindholm Tunnel opened in 1998 beneath the fjord.",
    "The Vester Bridge opened in 1998 after four years of work.",
    "The Norre Bridge opened in 2004.",
    "Kari Lund is a harbour engineer in Bergen.",
    "Wolf Harbour is a Canadian indie rock band formed in Halifax in 2003.",
    "Kings of Tide is an American rock band from Tulsa, Oklahoma.",
    "Sela Ruud (born 1950) is an English novelist.",
    "Ørnhøj Mølle is a windmill located in the village of Ørnhøj, Denmark.",
    "Kvæfjord Kirke is a church in Kvæfjord, Denmark.",
    "Blue Canal is a rock band from Austin, Texas.",
    "Red Orchard is a rock band from Portland, Oregon.",
    "Grey Fjord is an indie pop duo from Austin, Texas.",
    "The Salt Mule is a gin-based cocktail served in a copper cup.",
    "The Harbour Fizz is a rum-based cocktail with lime.",
]


@pytest.mark.parametrize(("question", "answer", "reason"), [
    ("Are Marta Olsen and Jonas Berg both harbour engineers?", "yes", ""),
    ("Are both Marta Olsen and Jonas Berg Norwegian harbour engineers?", "no", "Danish, not Norwegian"),
    ("Are Marta Olsen and Inka of the same nationality?", "yes", "nationality: norwegian"),
    ("Do Jonas Berg and Marta Olsen have the same nationality?", "no", "nationality: danish, norwegian"),
    ("Did the Lindholm Tunnel and the Vester Bridge open in the same year?", "yes", "year: 1998"),
    ("Did the Vester Bridge and the Norre Bridge open in the same year?", "no", "year: 1998, 2004"),
    ("Is Marta Olsen an author?", "yes", ""),
    # the recogniser folds "American" into "Kings of Tide American": read as a nationality all the same
    ("Are both Wolf Harbour and Kings of Tide American rock bands?", "no", "Canadian, not American"),
    ("Are Kings of Tide and Wolf Harbour both rock bands?", "yes", ""),
    # "English" is read as a language by the recogniser: still a nationality
    ("Did Sela Ruud and Kari Lund have the same nationality?", None, ""),
    ("Did Sela Ruud and Marta Olsen have the same nationality?", "no", "nationality: english, norwegian"),
    # "located" asks nothing of its own; names outside ASCII stay names
    ("Are Ørnhøj Mølle and Kvæfjord Kirke both located in Denmark?", "yes", ""),
    # "different": "the same", turned round
    ("Are the bands Blue Canal and Red Orchard from different states?", "yes", "states: "),
    ("Are Marta Olsen and Inka of different nationalities?", "no", "norwegian"),
    # what the words before the things call them is taken, not asked: a duo is not asked to be a band
    ("Are the bands Blue Canal and Grey Fjord both from Austin, Texas?", "yes", ""),
    ("Are Blue Canal and Grey Fjord both bands from Austin, Texas?", None, ""),
    # another base is a "no"; a base the sentence does not give decides nothing
    ("Are the Salt Mule and the Harbour Fizz both rum based?", "no", "gin-based, not rum-based"),
    ("Are the Salt Mule and the Harbour Fizz both cocktails based on gin?", "no", "rum-based, not gin-based"),
    ("Are the Salt Mule and Blue Canal both based on gin?", None, ""),
])
def test_a_verdict_where_the_sentences_decide_it(question: str, answer: str | None, reason: str) -> None:
    asked = set(question.lower().split())  # the search's ranking, roughly: shared words first
    decided = verdict(question, ranked_sentences(sorted(SENTENCES, key=lambda t: -len(asked & set(t.lower().split())))))
    if answer is None:  # Kari Lund's sentence gives no nationality, a duo is no band, a band has no base
        assert decided is None
        return
    assert decided is not None and decided.answer == answer
    assert reason in decided.reason
    # Each thing named stands in its own evidence sentence, the deciding one first.
    assert len(decided.evidence) == (1 if " and " not in question else 2)


@pytest.mark.parametrize(("question", "sentences"), [
    # the question's capitals cut the name short: "toddy" is the rest of it, not what is asked
    ("Are Fjordling and Harbour toddy both types of drinks?",
     ["A fjordling is a cold, lemon-flavoured drink.", "The harbour toddy or harbour punch is a hot drink made "
                                                       "with rum."]),
    # a name the tagger reads as a verb ("-ling") still opens its sentence as its subject
    ("Are Fenling and Xinshan both in China?",
     ["Fenling (Fenling dialect: Fen-lin ] ; ) is a coastal county-level city in Fujian province, China.",
      "Xinshan () is a small county-level city of Henan province of Central China."]),
])
def test_yes_where_each_things_own_sentence_says_it(question: str, sentences: list[str]) -> None:
    decided = verdict(question, ranked_sentences(sentences))
    assert decided is not None and decided.answer == "yes", decided


@pytest.mark.parametrize(("question", "sentences", "answer"), [
    # an article or a name's first word is no name: "The" of "The Fjordliners" is not in "The Melvins are ..."
    ("Are both The Fjordliners and Kings of Orley Norwegian folk bands?",
     ["Kings of Orley is a Norwegian folk band from Bergen.", "The Melvins are a Norwegian folk band from Oslo.",
      "The Fjordliners is a Swedish folk band formed in 1997.", "The Kings of Rhythm are a Norwegian folk band."],
     "no"),
    ("Were Up North and The Watercolour Fox released in the same year?",
     ["Up North is a 2009 Norwegian animated film.", "The album was released on 30 September 2014 by Orley Music.",
      "The Watercolour Fox is a 2009 Swedish animated film."], "yes"),
])
def test_each_thing_is_found_by_its_own_name(question: str, sentences: list[str], answer: str) -> None:
    decided = verdict(question, ranked_sentences(sentences))
    assert decided is not None and decided.answer == answer, decided


@pytest.mark.parametrize("question", [
    "Are Marta Olsen and Jonas Berg both authors?",  # Berg's sentence does not say: no "no" from silence
    "Are Kari Lund and Jonas Berg both from Denmark?",  # a place is no rival: Bergen could lie anywhere
    "Are Marta Olsen and Sven Holm both harbour engineers?",  # Holm has no sentence of his own
    "Where did Marta Olsen study?",
])
def test_no_verdict_where_they_do_not(question: str) -> None:
    assert verdict(question, ranked_sentences(SENTENCES)) is None


class _Scripted:
    """Drafts the same text and verdict whatever it is asked."""

    name = "scripted"

    def __init__(self, text: str, decided: str) -> None:
        self.draft = Draft(text, verdict=decided)

    def generate(self, question: str, passages: object, history: object = ()) -> Draft:
        return self.draft


def _assistant(tmp_path: Path, generator: object = None) -> Assistant:
    return offline_assistant(tmp_path, [
        {"id": "olsen", "title": "Olsen", "text": SENTENCES[0]},
        {"id": "berg", "title": "Berg", "text": SENTENCES[1]},
    ], generator)


def test_the_answer_leads_with_the_verdict_cited_to_its_sentences(tmp_path: Path) -> None:
    with _assistant(tmp_path) as assistant:
        answer = assistant.ask("Are Marta Olsen and Jonas Berg both harbour engineers?")
    assert answer.verdict == "yes" and answer.answer.startswith("Yes. [")
    assert "Marta Olsen" in answer.answer and "Jonas Berg" in answer.answer
    assert answer.to_dict()["verdict"] == "yes"


def test_a_verdict_whose_evidence_fails_verification_is_not_shown(tmp_path: Path) -> None:
    invents = _Scripted("Marta Olsen is a harbour engineer [1]. "
                        "Jonas Berg paints portraits of Swedish kings in Uppsala [2].", "yes")
    with _assistant(tmp_path, invents) as assistant:
        answer = assistant.ask("Are Marta Olsen and Jonas Berg both harbour engineers?")
    assert answer.verdict == "" and not answer.answer.startswith("Yes")


def test_a_thing_whose_sentence_scores_below_the_relevance_cut_is_still_weighed() -> None:
    """"Chris Holt" shares one word with the question, so his sentence scores below the cut;
    its subject names him all the same, and the verdict compares both nationalities."""
    from assistant.compose import compose
    from assistant.question import analyse
    from assistant.sentences import Candidate
    from index.retrieval import Passage

    sents = ["Tor Lind (born 1957) was a Danish film director, producer and screenwriter.",
             "Christopher Holt (born 1956) is an American television producer and writer."]
    text = " ".join(sents)
    passage = Passage(1, "d", "", "", "", "", "c", text, 0, len(text), 1.0)
    at = [text.index(s) for s in sents]
    ranked = [Candidate(1, s, a, a + len(s), lex, sem) for s, a, (lex, sem) in zip(sents, at, [(0.6, 0.7), (0.1, 0.2)])]
    question = "Do filmmakers Chris Holt and Tor Lind share the same nationality?"
    composed = compose(analyse(question), ranked, [passage], 0.3)
    assert composed.verdict == "no", [c.text for c in composed.lead]
