"""A record's labelled fields laid out in boxes, not a table or a description list: a run of
sibling boxes, each holding a short label and its value and nothing else (a collection record's
``<div class="field"><span class="label">Object number</span><span class="value">1987.214</span>
</div>``, one per field). An extractor reads each label and each value as a line of its own, or
drops the spans; as a table of rows labelled by their first cells, each field reads "Object
number: 1987.214", the label beside its value. Pure functions on an lxml tree."""

from __future__ import annotations

from typing import Any

_MIN_FIELDS = 4  # as many as a description list needs to be read as one (see html_grids._DL_PAIRS)
_LABEL_WORDS = 5
_VALUE_WORDS = 30
_BOXES = ("div", "li")
_INLINE = frozenset({"span", "b", "strong", "em", "i", "small", "label", "abbr", "time", "a"})


def field_lists_as_tables(tree: Any) -> None:
    """Each run of :data:`_MIN_FIELDS` or more sibling field boxes (:func:`_is_field_box`) made a
    table, a row per field: its label in the first cell, its value in the second. A field box of
    the same record standing apart from the run (after a field whose value is paragraphs) is made
    one paragraph, "Label: value"."""
    for run in _field_runs(tree):
        parent = run[0].getparent()
        _as_table(run)
        for box in [c for c in parent if isinstance(c.tag, str) and _is_field_box(c)]:
            _as_line(box)


def _field_runs(tree: Any) -> list[list[Any]]:
    runs: list[list[Any]] = []
    for parent in tree.iter():
        run: list[Any] = []
        for child in [*(c for c in parent if isinstance(c.tag, str)), None]:
            if child is not None and _is_field_box(child):
                run.append(child)
                continue
            if len(run) >= _MIN_FIELDS:
                runs.append(run)
            run = []
    return runs


def _is_field_box(box: Any) -> bool:
    """A box holding two inline elements and no loose text: a short label without figures or a
    link, then a value of a few words."""
    if box.tag not in _BOXES or (box.text or "").strip():
        return False
    cells = [c for c in box if isinstance(c.tag, str)]
    if len(cells) != 2 or any(c.tag not in _INLINE or (c.tail or "").strip() for c in cells):
        return False
    if any(not isinstance(g.tag, str) or g.tag not in _INLINE for c in cells for g in c.iterdescendants()):
        return False
    label, value = (" ".join(c.text_content().split()) for c in cells)
    return (cells[0].tag != "a" and cells[0].find(".//a") is None and 0 < len(label.split()) <= _LABEL_WORDS
            and not any(ch.isdigit() for ch in label) and 0 < len(value.split()) <= _VALUE_WORDS)


def _as_table(run: list[Any]) -> None:
    from lxml import etree

    table = etree.Element("table")
    run[0].addprevious(table)
    for box in run:
        table.append(box)  # moved: lxml keeps one parent per element
        box.tag = "tr"
        for cell in box:
            if isinstance(cell.tag, str):
                cell.tag = "td"
                cell.text = (cell.text or "").rstrip().rstrip(":：")


def _as_line(box: Any) -> None:
    label = next(c for c in box if isinstance(c.tag, str))
    text = " ".join(label.text_content().split()).rstrip(":：")
    for child in list(label):
        label.remove(child)
    label.text = text + ": "
    box.tag = "p"
