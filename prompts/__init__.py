"""Prompt templates as plain text files, rendered with declared variables."""

from __future__ import annotations

import re
from pathlib import Path

__all__ = ["MissingVariableError", "render"]

_DIR = Path(__file__).parent
_VAR = re.compile(r"\{\{\s*(\w+)\s*\}\}")


class MissingVariableError(KeyError):
    """A template variable was not given a value."""


def render(name: str, **values: str) -> str:
    """Render ``prompts/NAME.txt``; every ``{{ var }}`` must be given, or it fails loudly."""
    text = (_DIR / f"{name}.txt").read_text(encoding="utf-8")

    def fill(m: re.Match[str]) -> str:
        if m.group(1) not in values:
            raise MissingVariableError(f"prompt {name!r} needs the variable {m.group(1)!r}")
        return values[m.group(1)]

    return _VAR.sub(fill, text)
