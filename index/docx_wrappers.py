"""A Word document's body as Word shows it: tracked changes accepted, content controls opened.

python-docx reads a paragraph's runs and a cell's paragraphs where they are direct children,
so text inside a wrapper is lost: the runs of a tracked insertion (``w:ins``, ``w:moveTo``),
the paragraphs and runs of a content control (``w:sdt``, a form's answers) and of
``w:smartTag``/``w:customXml``, and the result of a simple field (``w:fldSimple``: a mail
merge's MERGEFIELD holds the merged name or address inside the sentence, as Word shows it; a
complex field's result runs are direct children already). :func:`open_wrappers` lifts their content into the wrapper's
place and drops tracked deletions (``w:del``, ``w:moveFrom``), so the text is the document with
its changes accepted. :func:`picked_dates` gives the dates set in date-picker controls.
:func:`drop_hidden_runs` removes hidden text (a run formatted ``w:vanish``), which Word neither
shows nor prints unless asked to.
"""

from __future__ import annotations

from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_UNWRAP = {f"{_W}{tag}" for tag in ("ins", "moveTo", "sdt", "sdtContent", "smartTag", "customXml", "fldSimple")}
_DROP = {f"{_W}{tag}" for tag in ("del", "moveFrom", "sdtPr", "sdtEndPr", "smartTagPr", "customXmlPr")}


def open_wrappers(body: Any) -> None:
    """Accept ``body``'s tracked changes and open its content controls, in place (lxml)."""
    for element in list(body.iter(*_UNWRAP, *_DROP)):
        parent = element.getparent()
        if parent is None or str(parent.tag).endswith("Pr"):
            continue  # a property marker (a paragraph mark inserted or deleted) holds no text
        if element.tag in _DROP:
            parent.remove(element)
            continue
        at = parent.index(element)
        for offset, child in enumerate(list(element)):
            if child.tag not in _DROP:
                parent.insert(at + offset, child)
        parent.remove(element)


def picked_dates(body: Any) -> list[tuple[str, str]]:
    """(label, ISO date) of each date-picker control with a date set, in document order; the
    label is the control's alias or tag. Read before :func:`open_wrappers` drops them."""
    out = []
    for picker in body.iter(f"{_W}date"):
        full = picker.get(f"{_W}fullDate") or ""
        props = picker.getparent()
        if len(full) < 10 or props is None or props.tag != f"{_W}sdtPr":
            continue
        label = ""
        for name in ("alias", "tag"):
            found = props.find(f"{_W}{name}")
            if found is not None and not label:
                label = found.get(f"{_W}val") or ""
        out.append((label, full[:10]))
    return out


_OFF = {"0", "false", "off"}


def drop_hidden_runs(body: Any) -> None:
    """Remove ``body``'s runs formatted as hidden text (``w:rPr/w:vanish``, unless its value
    turns it off), in place: a note left for the author that no reader of the document sees."""
    for vanish in list(body.iter(f"{_W}vanish")):
        properties = vanish.getparent()
        run = properties.getparent() if properties is not None else None
        if run is None or properties.tag != f"{_W}rPr" or run.tag != f"{_W}r":
            continue  # a paragraph mark's or a style's property: no text of its own
        if (vanish.get(f"{_W}val") or "").lower() in _OFF:
            continue
        parent = run.getparent()
        if parent is not None:
            parent.remove(run)
