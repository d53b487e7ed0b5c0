"""The author card a post ends with (:mod:`index.author_card`)."""

from __future__ import annotations

from index.author_card import without_author_card

POST = ["Allotment rents go up", "The society voted on Tuesday to raise the rents for the first time in six years.",
        "The money will pay for the new water tanks on the top field and a second shed."]


def test_an_author_card_at_the_end_goes_with_its_bio() -> None:
    card = ["Written by Tom Hale", "·Writer for Plot Notes", "Gardener, beekeeper and reluctant committee member."]
    assert without_author_card([*POST, *card]) == POST
    assert without_author_card([*POST, "About the author", "Tom Hale grows leeks."]) == POST


def test_a_byline_at_the_top_or_a_card_followed_by_prose_stays() -> None:
    top = ["Written by Tom Hale", *POST]
    assert without_author_card(top) == top
    going_on = [*POST, "Written by Tom Hale", "The committee will meet again in March, after the AGM, to agree the"
                " timetable for the works and to choose a contractor from the three who have sent quotes so far."]
    assert without_author_card(going_on) == going_on
