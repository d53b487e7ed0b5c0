"""An email's signature block: the lines under the signature separator ("-- ", RFC 3676), which
mail clients and list servers put above the sender's name, phone and the list's footer
("You received this because ...", "Unsubscribe: ..."). They are the sender's card and the
list's chrome, not the message, so a plain text that ends in such a block is read without it.
The separator must stand among the text's last lines, so a rule drawn with two dashes in the
middle of a text is no separator. A mailing list's footer under the signature stands under a
rule of underscores (Mailman's "_____" line over the list's name and address): the list's, not
the sender's, so it is dropped with the signature but not counted among its lines.

A reply that quotes the message it answers under its own text ends with that message: its
"> " quoted lines, under the line that attributes them ("On 3 May, Ann wrote:", any line ending
in a colon) or the header fields a client copies above them ("From:", "Subject:", "Date:").
That earlier message is not this one's text, so a text that ends so is read without it."""

from __future__ import annotations

import re

_SEPARATOR = re.compile(r"^--\s?$")
_LIST_RULE = re.compile(r"^_{10,}\s*$")
_TAIL_LINES = 8


def without_signature(raw: str) -> str:
    """``raw`` without its last signature separator and the lines under it, when at most
    :data:`_TAIL_LINES` non-empty lines follow it (a list's footer under a rule of underscores
    not counted); ``raw`` unchanged otherwise."""
    lines = raw.splitlines()
    at = next((i for i in range(len(lines) - 1, -1, -1) if _SEPARATOR.match(lines[i])), None)
    if at is None:
        return raw
    tail = lines[at + 1:]
    footer = next((i for i, ln in enumerate(tail) if _LIST_RULE.match(ln)), len(tail))
    after = [ln for ln in tail[:footer] if ln.strip()]
    if not after or len(after) > _TAIL_LINES:
        return raw
    return "\n".join(lines[:at]).rstrip() + "\n"


_QUOTED = re.compile(r"^\s*>")
# the header fields of a quoted message (RFC 5322's names, and Outlook's "Sent")
_QUOTED_HEADER = re.compile(r"^(?:from|to|cc|subject|date|sent|reply-to|message-id)\s*:\s", re.IGNORECASE)
_HEADER_LINES = 6


def without_quoted_reply(raw: str) -> str:
    """``raw`` without the quoted message it ends with (see the module's note): the last run of
    "> " lines, when only blank lines follow it, with the attribution line or the header
    fields right above it; ``raw`` unchanged when it does not end with quoted lines or when
    nothing but them would be left."""
    lines = raw.rstrip().splitlines()
    at = len(lines)
    while at > 0 and (_QUOTED.match(lines[at - 1]) or not lines[at - 1].strip()):
        at -= 1
    if at == len(lines) or not any(_QUOTED.match(ln) for ln in lines[at:]):
        return raw
    above = at
    while above > 0 and not lines[above - 1].strip():
        above -= 1
    headers = above
    while headers > 0 and above - headers < _HEADER_LINES and _QUOTED_HEADER.match(lines[headers - 1]):
        headers -= 1
    if headers < above:
        at = headers
    elif above > 0 and lines[above - 1].rstrip().endswith((":", "：")):
        at = above - 1
    if not any(ln.strip() for ln in lines[:at]):
        return raw
    return "\n".join(lines[:at]).rstrip() + "\n"
