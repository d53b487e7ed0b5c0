"""Citation markers: the ``[n]`` (or ``[1, 2]``) a claim carries for the passages that support it.
A leaf: it imports nothing of ours."""

from __future__ import annotations

import re
from collections.abc import Iterator

MARKER = re.compile(r"\[(\d+(?:\s*,\s*\d+)*)\]")
# The whitespace before a marker goes with it when it is removed or rewritten.
_SPACED = re.compile(r"\s*" + MARKER.pattern)
# What a claim kept on request carries instead when no passage supports it.
UNSUPPORTED = "[unsupported]"
_SPACED_OR_UNSUPPORTED = re.compile(r"\s*(?:" + MARKER.pattern + "|" + re.escape(UNSUPPORTED) + ")")
_BEFORE_STOP = re.compile(r"((?:" + _SPACED.pattern + r")+)([.!?])")  # group 2 is a marker's numbers


def numbers_of(marker: re.Match[str]) -> list[int]:
    """The passage numbers a matched marker cites: ``[1, 2]`` -> [1, 2]."""
    return [int(n) for n in marker.group(1).split(",")]


def cited(text: str) -> list[int]:
    """Every passage number ``text`` cites, in order, repeats included."""
    return [n for m in MARKER.finditer(text) for n in numbers_of(m)]


def strip_markers(text: str, replacement: str = "") -> str:
    """``text`` without its markers, ``[unsupported]`` included (nor the whitespace before each)."""
    return _SPACED_OR_UNSUPPORTED.sub(replacement, text)


def after_stop(text: str) -> str:
    """Markers moved after the full stop they stand before: "in 1932 [1]." -> "in 1932. [1]"."""
    return _BEFORE_STOP.sub(r"\3\1", text)


def to_footnotes(text: str) -> str:
    """Markers as Markdown footnote references: "in 1932 [1, 2]." -> "in 1932[^1][^2]."."""
    return _SPACED.sub(lambda m: "".join(f"[^{n}]" for n in numbers_of(m)), text)


def split_markers(text: str) -> Iterator[tuple[str, list[int]]]:
    """``text`` as (text before a marker, the numbers it cites) pieces, the whitespace before a
    marker kept in its piece; the last piece cites nothing."""
    cursor = 0
    for m in MARKER.finditer(text):
        yield text[cursor : m.start()], numbers_of(m)
        cursor = m.end()
    yield text[cursor:], []
