"""Cited answers: draft parsing, verification, abstention, follow-ups, the JSON contract."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answer import Answer
from assistant.conversation import needs_context, standalone_query
from assistant.core import ABSTAIN_TEXT, Assistant, check_question
from assistant.errors import QuestionError
from assistant.extractive import ExtractiveGenerator, asks_for_quantity, missing_names
from assistant.generators import Draft, Turn
from assistant.judge.fake import OverlapJudge
from assistant.retrieval import Passage
from assistant.settings import load_settings
from assistant.verify import assemble, check_claim, parse_draft
from index import Index, IndexSettings
from index.encoders import HashingEncoder

from .conftest import CORPUS, write_jsonl


def _passage(n: int, text: str, doc: str = "d") -> Passage:
    return Passage(n, f"{doc}{n}", f"Title {n}", f"/src/{n}.txt", "", "", f"c{n}", text, 100, 100 + len(text), 0.5)


PASSAGES = [
    _passage(1, "The bridge opened in 1932. It cost four million dollars."),
    _passage(2, "The mayor did not attend the ceremony. Crowds lined the river."),
]


def test_parse_draft_reads_markers() -> None:
    claims = parse_draft("The bridge opened in 1932 [1]. Crowds lined the river. [2][1] Headline [2] Tail.")
    assert [(c.text, c.cited) for c in claims] == [
        ("The bridge opened in 1932.", [1]), ("Crowds lined the river.", [2, 1]), ("Headline", [2]), ("Tail.", []),
    ]


def test_verification_keeps_repoints_and_removes() -> None:
    judge = OverlapJudge()
    draft = parse_draft("The bridge opened in 1932 [2]. The mayor did not attend the ceremony [2]. "
                        "The bridge was painted gold [1].")
    checked = [check_claim(c, PASSAGES, judge) for c in draft]
    assert [c.passage for c in checked] == [1, 2, None]  # re-pointed, kept, removed
    text, claims, citations, notes = assemble(checked, PASSAGES)
    assert text == "The bridge opened in 1932. [1] The mayor did not attend the ceremony. [2]"
    assert [c.n for c in citations] == [1, 2] and citations[0].doc_id == "d1"
    assert citations[0].quote == "The bridge opened in 1932."
    assert citations[0].start == 100 and citations[0].end == 100 + len("The bridge opened in 1932.")
    assert "painted gold" in notes[0] and all(c.supported for c in claims)
    _, kept, _, _ = assemble(checked, PASSAGES, keep_unsupported=True)
    assert [c.supported for c in kept] == [True, True, False]


def test_verbatim_quotes_need_no_judge() -> None:
    class Refuses:
        name = "refuses"

        def judge_claims(self, *a: object, **k: object) -> list[object]:
            raise AssertionError("a verbatim quote must not reach the judge")

    claim = parse_draft("Crowds lined   the river. [2]")[0]
    assert check_claim(claim, PASSAGES, Refuses()).passage == 2  # type: ignore[arg-type]


def test_follow_ups_are_made_standalone() -> None:
    history = [Turn("user", "What did Putin say about Ukraine?"), Turn("assistant", "He said ... [1]")]
    assert needs_context("What did he say about it?")
    assert not needs_context("What did Putin say about the Alaska summit?")
    query = standalone_query("What did he say about it?", history)
    assert query.startswith("What did he say about it?") and "Putin" in query and "Ukraine" in query
    assert standalone_query("What did he say about it?", []) == "What did he say about it?"


def test_empty_and_oversized_questions_are_clear_errors() -> None:
    with pytest.raises(QuestionError, match="empty"):
        check_question("   ")
    with pytest.raises(QuestionError, match="under"):
        check_question("why " * 1000)


def test_extractive_cites_and_abstains() -> None:
    gen = ExtractiveGenerator(HashingEncoder(64))
    draft = gen.generate("When did the bridge open?", PASSAGES)
    assert draft.text.startswith("The bridge opened in 1932. [1]")
    assert gen.generate("Who painted the Mona Lisa?", PASSAGES).abstained


def test_extractive_abstains_on_names_the_passages_never_mention() -> None:
    gen = ExtractiveGenerator(HashingEncoder(64))
    draft = gen.generate("What did Paris say about the bridge opening?", PASSAGES)
    assert draft.abstained and draft.notes == ["the passages never mention Paris"]
    assert missing_names("Did the Mayor-Elect attend (Mayor, River)?", PASSAGES) == ["Mayor-Elect"]
    assert missing_names("Did the Mayor's crowds come?", PASSAGES) == []  # possessive, first-word skipped
    assert missing_names("Was the Ceremonial opening held?", PASSAGES) == []  # shares "cerem..." with ceremony


def test_extractive_answers_quantities_only_with_numbers_or_dates() -> None:
    gen = ExtractiveGenerator(HashingEncoder(64))
    assert asks_for_quantity("How many boats?") and asks_for_quantity("When did it open?")
    assert not asks_for_quantity("Why did the mayor not attend?")
    assert "1932" in gen.generate("When did the bridge or the ceremony happen?", PASSAGES).text
    assert gen.generate("How many people lined the river?", PASSAGES).abstained  # a sentence, but no number


def _assistant(tmp_path: Path, generator: object = None) -> Assistant:
    tmp_path.mkdir(parents=True, exist_ok=True)
    store = str(tmp_path / "store")
    data = write_jsonl(tmp_path / "d.jsonl", [
        {"id": "bridge", "title": "Bridge", "text": "The bridge opened in 1932. It cost four million dollars."},
        {"id": "river", "title": "River", "text": "The river flooded in 1950. Boats were stranded for weeks."},
    ])
    settings = load_settings(store=store, embedding="fake:64")
    index = Index(IndexSettings(store=store, embedding="fake:64"))
    index.ingest([str(data)])
    return Assistant(settings, generator=generator, judge=OverlapJudge(), index=index)  # type: ignore[arg-type]


def test_assistant_answers_with_the_json_contract(tmp_path: Path) -> None:
    with _assistant(tmp_path) as assistant:
        answer = assistant.ask("When did the bridge open?")
    data = answer.to_dict()
    assert set(data) >= {"question", "query", "answer", "abstained", "citations", "claims", "timings_ms"}
    assert not answer.abstained and "1932" in answer.answer and answer.answer.endswith("[1]")
    cite = data["citations"][0]  # type: ignore[index]
    assert set(cite) >= {"n", "doc_id", "title", "source", "url", "chunk_id", "start", "end", "quote", "score"}
    assert "[^1]" in answer.to_markdown() and "**Sources**" in answer.to_markdown()


def test_unsupported_generator_output_never_reaches_the_user(tmp_path: Path) -> None:
    class Inventor:
        name = "inventor"

        def generate(self, question: str, passages: object, history: object = ()) -> Draft:
            return Draft("The bridge opened in 1932 [1]. It was designed by Gustave Eiffel [1].")

    with _assistant(tmp_path, Inventor()) as assistant:
        answer = assistant.ask("Who designed the bridge?")
    assert "Eiffel" not in answer.answer and "1932" in answer.answer
    assert any("Eiffel" in n for n in answer.notes)

    class OnlyInvents(Inventor):
        def generate(self, question: str, passages: object, history: object = ()) -> Draft:
            return Draft("Reply X. The bridge was designed by Gustave Eiffel [1].")

    with _assistant(tmp_path / "b", OnlyInvents()) as assistant:
        answer = assistant.ask("Who designed the bridge?")
    assert answer.abstained and answer.answer == ABSTAIN_TEXT and answer.citations


@pytest.mark.slow
def test_bundled_corpus_place_and_abstention(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    settings = load_settings(store=store)
    with Index(settings.index) as index:
        index.ingest([str(CORPUS)])
    with Assistant.open(settings) as assistant:
        where = assistant.ask("Where will Trump and Putin meet?")
        france = assistant.ask("What is the capital of France?")
    assert isinstance(where, Answer) and not where.abstained
    places = ("Alaska", "Anchorage", "Elmendorf")
    assert any(p in where.answer for p in places)
    assert any(any(p in c.quote for p in places) for c in where.citations)
    for c in where.citations:
        text = Path(c.source).read_text(encoding="utf-8")  # quotes are spans of the cleaned text
        assert c.quote and " ".join(c.quote.split())[:40] in " ".join(text.split())
    assert france.abstained and france.citations


def test_markdown_lists_each_source_document_once() -> None:
    from assistant.answer import Citation

    cites = [Citation(1, "d1", "Bridge", "/a.txt", "", "c1", 0, 5, "Quote one", 0.5),
             Citation(2, "d1", "Bridge", "/a.txt", "", "c2", 6, 9, "Quote two", 0.4),
             Citation(3, "d2", "River", "/b.txt", "http://x", "c3", 0, 3, "Quote three", 0.3, "2025-08-12")]
    md = Answer("q", "q", "A [1] B [2] C [3]", False, cites).to_markdown()
    assert md.startswith("A[^1] B[^2] C[^3]")
    assert '[^2]: Bridge (/a.txt): "Quote two"' in md
    sources = md.split("**Sources**")[1]
    assert sources.count("Bridge") == 1 and "River, 2025-08-12 (http://x)" in sources


def test_extractive_answers_with_a_whole_announced_list() -> None:
    text = ("The council met on Monday.\n\nAmong its demands are:\n\nLower rents for students.\n\n"
            "More buses at night.\n\nA new library.\n\nWhat happens next is unclear?\n\nThe mayor will reply in May.")
    short = _passage(1, text[: text.index("More buses")].rstrip())
    full = _passage(2, text)
    draft = ExtractiveGenerator(HashingEncoder(64)).generate("What are the council's demands?", [short, full])
    claims = parse_draft(draft.text)
    texts = [c.text for c in claims]
    at = texts.index("Among its demands are:")
    assert texts[at : at + 4] == ["Among its demands are:", "Lower rents for students.",
                                  "More buses at night.", "A new library."]
    assert all(c.cited == [2] for c in claims[at : at + 4]), "the full list replaces the one a chunk cut short"
    assert texts.count("Lower rents for students.") == 1
    assert "What happens next" not in draft.text
