"""The extractor switch: which readers turn each file format into text.

``auto``: the maintained libraries (trafilatura and htmldate for HTML, markdown-it-py,
charset-normalizer, python-dateutil, pypdf with header/footer removal). Plain ``.txt`` keeps
the rule-based chrome cleaner, which measurably adds on plain-text dumps of web pages.
``rules``: the earlier hand-written readers, unchanged, so one benchmark run can compare both.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .errors import ConfigError
from .parsed import Parsed

EXTRACTORS: tuple[str, ...] = ("auto", "rules")
DEFAULT_EXTRACTORS = "auto"

Reader = Callable[[Path], Parsed]


def check_extractors(name: str) -> str:
    """``name`` if it is a known extractor set, else a ConfigError listing the valid ones."""
    if name not in EXTRACTORS:
        raise ConfigError(f"unknown extractors {name!r}; use one of: {', '.join(EXTRACTORS)}")
    return name


def readers(name: str) -> dict[str, Reader]:
    """The reader for each supported suffix (all but ``.jsonl``) in extractor set ``name``."""
    # Imported here: each set pulls in its own parsing libraries.
    if check_extractors(name) == "rules":
        from .readers_rules import RULES_READERS

        return RULES_READERS
    from .readers_auto import AUTO_READERS

    return AUTO_READERS
