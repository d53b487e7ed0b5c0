"""What two things have in common (``assistant.common``): what a sentence about each says alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.common import asks_common, common
from assistant.question import analyse

from .conftest import offline_assistant, ranked_sentences

SENTENCES = [
    "Anna Berg (born 1961) is a Swedish architect and painter.",
    "Jonas Lind is a Danish painter who lives in Aarhus.",
    "Sven Holm is a Norwegian airline pilot.",
    "Varby Castle is a ruined castle in Norway.",
    "The Osk Museum is an art museum in Bergen, Norway.",
]


def _common(question: str) -> str | None:
    found = common(analyse(question), ranked_sentences(SENTENCES))
    return found.evidence[0].text[found.start : found.end] if found else None


@pytest.mark.parametrize(("question", "short"), [
    ("What profession do Anna Berg and Jonas Lind have in common?", "painter"),
    ("Anna Berg and Jonas Lind are both what?", "painter"),
    ("In what country are both Varby Castle and the Osk Museum?", "Norway"),
    # nothing of the kind asked for is said of both: no common answer
    ("What profession do Anna Berg and Sven Holm have in common?", None),
])
def test_what_the_sentences_about_each_say_alike(question: str, short: str | None) -> None:
    assert _common(question) == short


def test_which_one_of_both_is_a_choice_not_a_common_answer() -> None:
    assert not asks_common(analyse("Anna Berg and Jonas Lind are both painters, but which one is Danish?"))


def test_the_answer_leads_with_what_they_share_citing_both(tmp_path: Path) -> None:
    with offline_assistant(tmp_path, [{"id": "berg", "title": "Berg", "text": SENTENCES[0]},
                                      {"id": "lind", "title": "Lind", "text": SENTENCES[1]}]) as assistant:
        answer = assistant.ask("What profession do Anna Berg and Jonas Lind have in common?")
    assert answer.short_answer is not None and answer.short_answer.text == "painter"
    assert "Anna Berg" in answer.answer and "Jonas Lind" in answer.answer and len(answer.citations) == 2
