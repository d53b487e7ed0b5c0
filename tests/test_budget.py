"""Packing passages and turns under a token budget: pure functions, real tiktoken counts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.answer import Turn
from assistant.budget import (
    MIN_CUT_TOKENS,
    PASSAGE_SEPARATOR,
    format_passage,
    pack_history,
    pack_passages,
)
from index.retrieval import Passage
from index.tokens import count_tokens

SENTENCES = [
    "Officials said the leaders will meet in Anchorage on 15 August.",
    "The venue is a military base on the edge of the city.",
    "Talks are expected to focus on a ceasefire and on trade.",
    "Observers said the meeting was the first of its kind this year.",
    "Local businesses prepared for thousands of visitors and reporters.",
    "The governor welcomed the decision in a short statement on Monday.",
]


def passage(n: int, text: str | None = None, title: str = "") -> Passage:
    body = text if text is not None else " ".join(f"{s} (Report {n}.)" if i == 0 else s
                                                   for i, s in enumerate(SENTENCES))
    return Passage(n, f"doc-{n}", title or f"Report {n}", f"doc-{n}.txt", "", f"2025-08-{n:02d}",
                   f"doc-{n}#0", body, 100, 100 + len(body), 1.0 / n)


def cost(n: int, p: Passage) -> int:
    return count_tokens(format_passage(n, p) + PASSAGE_SEPARATOR)


PASSAGES = [passage(n) for n in range(1, 7)]
COSTS = [cost(n, p) for n, p in enumerate(PASSAGES, start=1)]


def test_format_passage_numbers_and_labels() -> None:
    p = passage(3, "Some   text\nacross lines.")
    assert format_passage(3, p) == "[3] (Report 3, 2025-08-03) Some text across lines."
    assert format_passage(1, replace(p, title="", date="")) == "[1] Some text across lines."


def test_everything_fits_without_notes() -> None:
    kept, notes = pack_passages(PASSAGES, sum(COSTS) + 50, 50)
    assert kept == PASSAGES
    assert notes == []


def test_tail_is_dropped_when_too_little_room_is_left_to_cut() -> None:
    budget = sum(COSTS[:4]) + MIN_CUT_TOKENS // 2  # room after [4] is too small to cut [5]
    kept, notes = pack_passages(PASSAGES, budget, 0)
    assert kept == PASSAGES[:4]
    assert notes == [f"passages [5]-[6] dropped: over the {budget:,}-token context budget"]


def test_single_dropped_passage_is_named_alone() -> None:
    budget = sum(COSTS[:5]) + 5
    kept, notes = pack_passages(PASSAGES, budget, 0)
    assert kept == PASSAGES[:5]
    assert notes == [f"passage [6] dropped: over the {budget:,}-token context budget"]


def test_reserve_is_taken_off_the_budget_and_shows_in_the_note() -> None:
    kept, notes = pack_passages(PASSAGES, 2048, 2048 - sum(COSTS[:2]))
    assert kept == PASSAGES[:2]
    assert notes == ["passages [3]-[6] dropped: over the 2,048-token context budget"]


def test_passage_that_does_not_fit_is_cut_at_a_sentence_boundary_and_keeps_its_number() -> None:
    room_for_third = COSTS[2] - 15  # the last sentence or two no longer fit
    kept, notes = pack_passages(PASSAGES, sum(COSTS[:2]) + room_for_third, 0)
    assert kept[:2] == PASSAGES[:2] and len(kept) == 3
    cut, original = kept[2], PASSAGES[2]
    assert original.text.startswith(cut.text) and cut.text.endswith(".") and len(cut.text) < len(original.text)
    assert original.text[len(cut.text)] == " "  # whole sentences only
    assert (cut.rank, cut.chunk_id, cut.start, cut.end) == (3, "doc-3#0", 100, 100 + len(cut.text))
    assert cost(3, cut) <= room_for_third
    assert notes == [f"passage [3] cut to {cost(3, cut):,} of {COSTS[2]:,} tokens",
                     f"passages [4]-[6] dropped: over the {sum(COSTS[:2]) + room_for_third:,}-token context budget"]


def test_cut_ends_exactly_at_a_sentence_end() -> None:
    text = " ".join(SENTENCES)
    p = passage(1, text)
    kept, _ = pack_passages([p], cost(1, p) - 20, 0)
    ends = {len(" ".join(SENTENCES[:k])) for k in range(1, len(SENTENCES) + 1)}
    assert len(kept[0].text) in ends


def test_one_long_sentence_is_cut_between_words() -> None:
    words = " ".join(f"word{i}" for i in range(400))  # no sentence boundary at all
    p = passage(1, words)
    kept, notes = pack_passages([p], 120, 0)
    assert len(kept) == 1 and notes[0].startswith("passage [1] cut to ")
    assert words.startswith(kept[0].text + " ")
    assert cost(1, kept[0]) <= 120
    assert count_tokens(kept[0].text) >= MIN_CUT_TOKENS


@pytest.mark.parametrize("budget", range(0, 1200, 37))
def test_kept_passages_never_exceed_the_room(budget: int) -> None:
    kept, notes = pack_passages(PASSAGES, budget, 10)
    assert sum(cost(n, p) for n, p in enumerate(kept, start=1)) <= max(budget - 10, 0)
    assert [p.chunk_id for p in kept] == [p.chunk_id for p in PASSAGES[: len(kept)]]  # a prefix: stable [n]
    assert bool(notes) == (len(kept) < len(PASSAGES) or kept[-1] != PASSAGES[len(kept) - 1])


def test_history_keeps_the_most_recent_turns() -> None:
    turns = [Turn("user", "first question " * 20), Turn("assistant", "first answer " * 20),
             Turn("user", "second question"), Turn("assistant", "second answer [1]")]
    recent = sum(count_tokens(t.content) + 4 for t in turns[2:])
    kept, notes = pack_history(turns, recent + 5, per_turn_tokens=4)
    assert kept == turns[2:]
    assert notes == ["2 earliest conversation turns left out to fit the context window"]
    assert pack_history(turns, 10_000) == (turns, [])
    assert pack_history(turns, 0) == ([], ["4 earliest conversation turns left out to fit the context window"])
