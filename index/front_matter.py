"""Front matter: the metadata block that static-site generators put at the top of a page.

YAML between ``---`` lines (``date: 2025-01-08``) or TOML between ``+++`` lines
(``date = 2025-01-08T10:00:00Z``). It is metadata, not body: its title and date are the
document's, and the rest (``draft = false``, ``tags = [...]``) is never shown to a reader.
A block counts only when each of its lines is a ``key: value`` / ``key = value`` line or the
continuation of one, so a text that merely opens with a rule is left alone.

MultiMarkdown writes its metadata without fences: the file's first paragraph, every line of it
a ``Key: value`` line (``Title:``, ``Base Header Level: 2``, ``CSS: report.css``) or an indented
continuation of one (:func:`split_multimarkdown_metadata`). It is read only when it names the
title, author or date, so a note opening "Note: ..." over a second "Key: value" line stays text.

Nikola writes reStructuredText-style metadata, ``.. key: value`` lines (``.. title:``, ``.. slug:``,
``.. date: 2026/11/16 21:05:00 UTC+01:00``), which a Markdown post hides in an HTML comment
opening the file (:func:`split_comment_metadata`); read the same way, when it names the title or date.
"""

from __future__ import annotations

import re

_BLOCKS = (
    (re.compile(r"\A\ufeff?\s*---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL), ":"),
    (re.compile(r"\A\ufeff?\s*\+\+\+[ \t]*\n(.*?)\n\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL), "="),
)
_KEY = re.compile(r"^([A-Za-z_][\w .-]*?)\s*([:=])\s*(.*)$")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """(lower-cased key -> value as text, the text after the block); ({}, text) when none."""
    for pattern, separator in _BLOCKS:
        block = pattern.match(text)
        if not block:
            continue
        meta: dict[str, str] = {}
        parent = ""
        for line in block.group(1).splitlines():
            if line[:1] in " \t" and parent and (nested := _KEY.match(line.strip())):
                # a nested key under one without a value: "last_update:" / "  date: 2025-01-08"
                meta.setdefault(f"{parent}.{nested.group(1).lower()}", _scalar(nested.group(3)))
                continue
            if not line.strip() or line.lstrip().startswith("#") or line[:1] in " \t-[":
                continue  # blank, a comment, a nested value, a list item, a [table]
            key = _KEY.match(line)
            if key is None or key.group(2) != separator:
                return {}, text  # not a metadata block after all
            parent = key.group(1).lower() if not key.group(3).strip() else ""
            meta.setdefault(key.group(1).lower(), _scalar(key.group(3)))
            for name, value in _flow_mapping(key.group(3)):  # "date: {created: 2025-01-08, updated: ...}"
                meta.setdefault(f"{key.group(1).lower()}.{name}", value)
        return meta, text[block.end():]
    return {}, text


_MMD_KEY = re.compile(r"^([A-Za-z][\w-]*(?: [\w-]+){0,3}):(?!:)[ \t]*(.*)$")
_MMD_NAMED = frozenset({"title", "author", "date"})


def split_multimarkdown_metadata(text: str) -> tuple[dict[str, str], str]:
    """(lower-cased key -> value, the text after the block) for a MultiMarkdown metadata block:
    the first paragraph, two lines or more, each a ``Key: value`` line (a key of up to four
    words) or an indented continuation, one key being title, author or date; ({}, text) else."""
    lines = text.lstrip("\ufeff").split("\n")
    start = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    meta: dict[str, str] = {}
    key, count, at = "", 0, start
    for at in range(start, len(lines) + 1):
        line = lines[at] if at < len(lines) else ""
        if not line.strip():
            break
        if line[:1] in " \t" and key:
            meta[key] = f"{meta[key]} {line.strip()}".strip()
            continue
        match = _MMD_KEY.match(line)
        if match is None or "://" in line[: match.end(1) + 3]:
            return {}, text
        key = match.group(1).lower()
        meta.setdefault(key, match.group(2).strip())
        count += 1
    if count < 2 or not _MMD_NAMED & meta.keys():
        return {}, text
    return meta, "\n".join(lines[at:])


_COMMENT_BLOCK = re.compile(r"\A\ufeff?\s*<!--[ \t]*\n(.*?)\n[ \t]*-->[ \t]*(?:\n|\Z)", re.DOTALL)
_DOTS_KEY = re.compile(r"^(?:\.\.[ \t]+)?([A-Za-z][\w-]*):[ \t]*(.*)$")


def split_comment_metadata(text: str) -> tuple[dict[str, str], str]:
    """(lower-cased key -> value, the text after the comment) for an HTML comment opening the
    file whose every non-blank line is a ``.. key: value`` line (Nikola) or a bare ``key: value``
    line (Wiki.js's git storage), one key being title or date; ({}, text) else."""
    block = _COMMENT_BLOCK.match(text)
    if not block:
        return {}, text
    meta: dict[str, str] = {}
    for line in block.group(1).splitlines():
        if not line.strip():
            continue
        match = _DOTS_KEY.match(line.strip())
        if match is None:
            return {}, text
        meta.setdefault(match.group(1).lower(), match.group(2).strip())
    if not {"title", "date"} & meta.keys():
        return {}, text
    return meta, text[block.end():]


_TRAILING_KEY = re.compile(r"^([a-z][a-z0-9]*(?:_[a-z0-9]+)*_?):(?:[ \t]+(.*))?$")
_TRAILING_KEYS = 5
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")


def split_trailing_metadata(text: str) -> tuple[dict[str, str], str]:
    """(key -> value, the text before the block) for a metadata block closing the file, as a
    note app's raw export writes it (Joplin): the last paragraph, five lines or more, each a
    lower-case ``key: value`` line (one word or snake_case, the value possibly empty), one value
    a timestamp. Its date is the first key of :data:`DATE_KEYS`, else the first key naming a
    creation ("created_time", "user_created_time"). ({}, text) else."""
    body = text.rstrip()
    cut = body.rfind("\n\n")
    if cut < 0:
        return {}, text
    lines = body[cut + 2:].strip("\n").split("\n")
    matches = [_TRAILING_KEY.match(line.strip()) for line in lines]
    if len(lines) < _TRAILING_KEYS or not all(matches):
        return {}, text
    meta: dict[str, str] = {}
    for match in matches:
        assert match is not None
        meta.setdefault(match.group(1), (match.group(2) or "").strip())
    if not any(_TIMESTAMP.match(value) for value in meta.values()):
        return {}, text
    if not front_matter_date(meta):
        created = next((value for key, value in meta.items() if "created" in key and _TIMESTAMP.match(value)), "")
        if created:
            meta["date"] = created
    return meta, body[:cut] + "\n"


def _flow_mapping(value: str) -> list[tuple[str, str]]:
    """The (lower-cased key, value) pairs of a YAML flow mapping written on one line
    ("{created: 2025-01-08, updated: 2025-02-03}"); [] for any other value."""
    value = value.strip()
    if not (value.startswith("{") and value.endswith("}")):
        return []
    pairs = [_KEY.match(part.strip()) for part in value[1:-1].split(",")]
    return [(pair.group(1).lower(), _scalar(pair.group(3))) for pair in pairs if pair and pair.group(2) == ":"]


def _scalar(value: str) -> str:
    value = value.strip()
    if value[:1] in "\"'" and value[-1:] == value[:1] and len(value) >= 2:
        return value[1:-1]
    return value.split(" #", 1)[0].strip()


# The keys generators and themes give a page's publication date (Hugo and Jekyll "date",
# Astro's "pubDate", "publishDate", "date_published", ...), first match wins; keys are lower-cased.
# A date given as a mapping (MkDocs Material's blog: "date:" / "  created: 2025-01-08") is read by
# its "created" key.
DATE_KEYS = ("date", "date.created", "pubdate", "published", "publishdate", "publish_date", "published_at",
             "publishedat", "date_published", "datepublished", "pubdatetime", "created", "created_at", "createdat")


# When none of those is set, the date of the page's last update (Docusaurus's nested
# "last_update: date:", Hugo's "lastmod", Quarto's "date-modified", Starlight's "lastUpdated")
# is the only one it states.
UPDATE_KEYS = ("last_update.date", "date.updated", "lastmod", "last_modified", "date-modified", "date_modified",
               "lastupdated", "last_updated", "updated", "modified")


def front_matter_date(meta: dict[str, str]) -> str:
    """The raw value of the front matter's publication date key (see :data:`DATE_KEYS`), else
    of its update date key (:data:`UPDATE_KEYS`) when that holds a number; ""."""
    found = next((meta[key] for key in DATE_KEYS if meta.get(key, "").strip()[:1] not in ("", "{")), "")
    return found or next((meta[key] for key in UPDATE_KEYS if any(c.isdigit() for c in meta.get(key, ""))), "")
