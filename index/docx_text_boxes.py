"""A Word text box's paragraphs read where the box is anchored, once.

Word keeps a text box's content (``w:txbxContent``) inside a run of the paragraph it is
anchored to, and Word 2010+ writes it twice: as DrawingML under ``mc:AlternateContent``'s
``mc:Choice`` and again as VML under ``mc:Fallback`` (for older readers). python-docx reads
only a paragraph's direct runs, so the box's text is lost. :func:`lift_text_boxes` puts a copy
of each box's paragraphs and tables right after the paragraph (or table cell paragraph) that
anchors it, in document order, reading a box under ``mc:Fallback`` only when its
``mc:AlternateContent`` has no box under a ``mc:Choice`` (so the text comes once).
"""

from __future__ import annotations

import copy
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_BOX = f"{_W}txbxContent"


def _ancestors(element: Any) -> list[Any]:
    out = []
    parent = element.getparent()
    while parent is not None:
        out.append(parent)
        parent = parent.getparent()
    return out


def _read_once(box: Any) -> bool:
    """False for a box inside another box (its text comes with the outer one) and for a
    fallback copy whose ``mc:AlternateContent`` has a box among its choices."""
    for parent in _ancestors(box):
        if parent.tag == _BOX:
            return False
        if parent.tag == f"{_MC}Fallback":
            alternate = parent.getparent()
            if alternate is not None and any(
                    True for choice in alternate.iterchildren(f"{_MC}Choice") for _ in choice.iter(_BOX)):
                return False
    return True


def lift_text_boxes(body: Any) -> None:
    """Copy each text box's blocks after the paragraph anchoring it, in place (lxml)."""
    boxes = [box for box in body.iter(_BOX) if _read_once(box)]
    after: dict[Any, Any] = {}  # anchoring paragraph -> the last block inserted after it
    for box in boxes:
        anchor = next((p for p in _ancestors(box) if p.tag == f"{_W}p"), None)
        if anchor is None or anchor.getparent() is None:
            continue
        last = after.get(anchor, anchor)
        for block in box:
            if block.tag in (f"{_W}p", f"{_W}tbl"):
                new = copy.deepcopy(block)
                last.addnext(new)
                last = new
        after[anchor] = last
