"""An email's signature block: the lines under the signature separator ("-- ", RFC 3676), which
mail clients and list servers put above the sender's name, phone and the list's footer
("You received this because ...", "Unsubscribe: ..."). They are the sender's card and the
list's chrome, not the message, so a plain text that ends in such a block is read without it.
The separator must stand among the text's last lines, so a rule drawn with two dashes in the
middle of a text is no separator."""

from __future__ import annotations

import re

_SEPARATOR = re.compile(r"^--\s?$")
_TAIL_LINES = 8


def without_signature(raw: str) -> str:
    """``raw`` without its last signature separator and the lines under it, when at most
    :data:`_TAIL_LINES` non-empty lines follow it; ``raw`` unchanged otherwise."""
    lines = raw.splitlines()
    at = next((i for i in range(len(lines) - 1, -1, -1) if _SEPARATOR.match(lines[i])), None)
    if at is None:
        return raw
    after = [ln for ln in lines[at + 1:] if ln.strip()]
    if not after or len(after) > _TAIL_LINES:
        return raw
    return "\n".join(lines[:at]) + "\n"
