"""The author card a post ends with: "Written by A. Name" (or "About the author") and a few
short lines under it (a role, a one-line bio, a follower count). It says who wrote the post,
not what the post says. A pure function on the blocks of an extracted page."""

from __future__ import annotations

import re

_CARD_OPENING = re.compile(
    r"^\W*(?:written\s+by\s+\S.{0,40}|about\s+the\s+author|über\s+(?:den|die)\s+autor(?:in)?|sobre\s+(?:o|el|la)"
    r"\s+autora?|à\s+propos\s+de\s+l['’]auteur|over\s+de\s+auteur|l['’]autore|sull['’]autore)\W*$", re.IGNORECASE)
_CARD_LINES = 4  # the card's lines under its opening, at most ...
_CARD_LINE_WORDS = 20  # ... and each this short: a longer paragraph is the post going on


def without_author_card(blocks: list[str]) -> list[str]:
    """``blocks`` without an author card at their end (see the module's docstring); unchanged
    when the opening line is not within the last few blocks, a long paragraph follows it, or
    the blocks before it are fewer words than the card (a byline over a short text)."""
    for at in range(max(1, len(blocks) - _CARD_LINES - 1), len(blocks)):
        card, post = blocks[at:], blocks[:at]
        if _CARD_OPENING.match(card[0]) and all(len(b.split()) <= _CARD_LINE_WORDS for b in card[1:]) \
                and _words(post) > _words(card):  # a post before its card, not a byline over a short text
            return post
    return blocks


def _words(blocks: list[str]) -> int:
    return sum(len(b.split()) for b in blocks)
