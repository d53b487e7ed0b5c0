"""The answer generator seam (``assistant.components`` builds them from a spec string).

A generator drafts an answer from numbered passages: text whose sentences carry [n]
markers pointing at ``passages[n - 1]``. It never decides what reaches the user: every
draft goes through citation verification (``assistant.verify``) afterwards.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from index.retrieval import Passage

from .answer import Draft, Turn


class Generator(Protocol):
    name: str

    def generate(self, question: str, passages: Sequence[Passage], history: Sequence[Turn] = ()) -> Draft: ...
