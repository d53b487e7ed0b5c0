"""A Word table of contents left out, with its heading.

A Word TOC is a field (``w:instrText`` " TOC \\o ... "): its cached result is one paragraph
per heading, the heading's words, a tab and a page number ("2. Method<tab>1"). Those lines
repeat the headings the body has anyway and their page numbers mean nothing in extracted
text. :func:`drop_toc_fields` removes the paragraphs from the field's begin to its end
(nested fields such as PAGEREF counted), and the short line right above them that heads
them ("Contents", "Table of contents"): a paragraph styled as a TOC heading, or one of at
most three words without a figure that is neither the body's first paragraph nor styled as
a title or heading.
"""

from __future__ import annotations

from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _text(paragraph: Any) -> str:
    return "".join(t.text or "" for t in paragraph.iter(f"{_W}t"))


def _style(paragraph: Any) -> str:
    found = paragraph.find(f"{_W}pPr/{_W}pStyle")
    return (found.get(f"{_W}val") or "").lower().replace(" ", "") if found is not None else ""


def _field_events(paragraph: Any) -> list[tuple[str, str]]:
    """("begin"/"end"/"instr", text) in order for ``paragraph``'s field characters."""
    out = []
    for element in paragraph.iter(f"{_W}fldChar", f"{_W}instrText"):
        if element.tag == f"{_W}instrText":
            out.append(("instr", element.text or ""))
        else:
            kind = element.get(f"{_W}fldCharType") or ""
            if kind in ("begin", "end"):
                out.append((kind, ""))
    return out


def _heads_toc(paragraph: Any, first: bool) -> bool:
    style = _style(paragraph)
    if style == "tocheading":
        return True
    words = _text(paragraph).split()
    return (not first and 0 < len(words) <= 3 and not any(c.isdigit() for c in "".join(words))
            and not style.startswith(("title", "heading")))


def drop_toc_fields(body: Any) -> None:
    """Remove ``body``'s TOC field paragraphs and the line heading them, in place (lxml)."""
    paragraphs = [child for child in body if child.tag == f"{_W}p"]
    drop: list[Any] = []
    i = 0
    while i < len(paragraphs):
        events = _field_events(paragraphs[i])
        starts = [k for k, (kind, _) in enumerate(events) if kind == "instr"
                  and events[k][1].split()[:1] == ["TOC"] and k > 0 and events[k - 1][0] == "begin"]
        if not starts:
            i += 1
            continue
        depth, j, events = 0, i, events[starts[0] - 1:]
        while True:
            for kind, _ in events:
                depth += {"begin": 1, "end": -1}.get(kind, 0)
            if depth <= 0 or j + 1 >= len(paragraphs):
                break
            j += 1
            events = _field_events(paragraphs[j])
        if depth > 0:  # a field never closed: leave the document as it is
            break
        if i > 0 and _heads_toc(paragraphs[i - 1], first=i - 1 == 0):
            drop.append(paragraphs[i - 1])
        drop.extend(paragraphs[i:j + 1])
        i = j + 1
    for paragraph in drop:
        body.remove(paragraph)
