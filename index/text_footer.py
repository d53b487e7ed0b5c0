"""A letter or notice saved as plain text can close with its sender's footer, set apart by a
blank line under the signature: the letterhead's contact row ("Acme Lettings Ltd | 4 Mill Road,
Leeds | tel. 0113 496 0000 | office@acme.example"), or the data-protection notice that EU
senders print on every letter ("Your data is processed under Regulation (EU) 2016/679 ...").
Both are printed on every letter the sender writes, not this letter's text, so a text whose last
paragraph is one such line, right under a signature block (a paragraph of short lines: the
sign-off, the name, the role), is read without it. Under a paragraph of prose the line is the
text's own closing sentence, even when it names the law.

A contact row has three or more short parts joined by "|", "·" or "•", one of them an e-mail
address or a phone number. A data-protection notice cites the regulation by its number
(2016/679) or its name in an EU language (GDPR, RGPD, DSGVO, AVG).

A rule drawn under the text ("-----") sets the footer apart as the blank line under a signature
does: a contact row right under a rule at the very end is the footer whatever stands above it."""

from __future__ import annotations

import re

from .text_tables import is_rule

_ROW_SEPARATOR = re.compile(r"\s+[|·•]\s+")
_MIN_PARTS = 3
_PART_WORDS = 8
_REACH = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\d[\d ]{5,}\d")
_GDPR = re.compile(r"\b2016/679\b|\b(?:GDPR|RGPD|DSGVO|AVG|RODO)\b")
_NOTICE_WORDS = 40
_SIGNATURE_LINE_WORDS = 6


def without_letter_footer(raw: str) -> str:
    """``raw`` without its last paragraph when that is one footer line (above); else unchanged."""
    body, sep, last = raw.replace("\r\n", "\n").rstrip().rpartition("\n\n")
    line = last.strip()
    ruled = line.split("\n")
    if sep and body.strip() and len(ruled) == 2 and is_rule(ruled[0]) and _is_contact_row(ruled[1].strip()):
        return body + "\n"
    if not sep or not body.strip() or "\n" in line or not _under_signature(body):
        return raw
    return body + "\n" if _is_contact_row(line) or _is_data_notice(line) else raw


def _is_contact_row(line: str) -> bool:
    parts = _ROW_SEPARATOR.split(line)
    return len(parts) >= _MIN_PARTS and all(len(p.split()) <= _PART_WORDS for p in parts) \
        and any(_REACH.search(p) for p in parts)


def _is_data_notice(line: str) -> bool:
    return len(line.split()) <= _NOTICE_WORDS and bool(_GDPR.search(line))


def _under_signature(body: str) -> bool:
    """Whether ``body``'s last paragraph is a signature block: every line of it short."""
    block = body.rstrip().rpartition("\n\n")[2]
    return all(len(ln.split()) <= _SIGNATURE_LINE_WORDS for ln in block.splitlines())
