"""A briefing as a Word document with real footnotes.

python-docx has no footnote API, so the footnotes part (``word/footnotes.xml``) is written
here and related to the document, and each marker is a ``w:footnoteReference`` run: Word and
LibreOffice then number the notes and set them at the foot of the page themselves.
"""

from __future__ import annotations

import io
from itertools import groupby
from xml.sax.saxutils import escape

from .briefing import BriefEntry, Briefing, Footnote, Source, source_line

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_SUPERSCRIPT = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
_SEPARATORS = (
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
    "</w:footnote>"
)


def to_docx(b: Briefing) -> bytes:
    from docx import Document
    from docx.shared import Pt, RGBColor

    doc = Document()
    doc.core_properties.title = b.title
    doc.add_heading(b.title, level=0)
    made = doc.add_paragraph().add_run(b.made)
    made.italic, made.font.size, made.font.color.rgb = True, Pt(9.5), RGBColor(0x61, 0x6E, 0x7C)
    for section, group in groupby(b.entries, key=lambda e: e.item.section):
        if section:
            doc.add_heading(section, level=1)
        for entry in group:
            _entry(doc, entry, 2 if section else 1)
    if b.sources:
        doc.add_heading("Sources", level=1)
        for s in b.sources:
            doc.add_paragraph(f"{s.number}. {source_line(s)}")
    _add_footnotes(doc, b)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _entry(doc: object, e: BriefEntry, level: int) -> None:
    from docx.oxml import parse_xml

    doc.add_heading(e.item.question, level=level)  # type: ignore[attr-defined]
    if e.item.note:
        doc.add_paragraph(e.item.note, style="Intense Quote")  # type: ignore[attr-defined]
    p = doc.add_paragraph()  # type: ignore[attr-defined]
    if not e.answered:
        p.add_run(e.segments[0].text).bold = True
        return
    for seg in e.segments:
        p.add_run(seg.text)
        for n in seg.footnotes:
            p._p.append(parse_xml(f'<w:r xmlns:w="{_W}">{_SUPERSCRIPT}<w:footnoteReference w:id="{n}"/></w:r>'))


def _add_footnotes(doc: object, b: Briefing) -> None:
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    sources = {s.number: s for s in b.sources}
    notes = "".join(_footnote_xml(f, sources[f.source]) for f in b.footnotes)
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{_W}">' \
          f"{_SEPARATORS}{notes}</w:footnotes>"
    main = doc.part  # type: ignore[attr-defined]
    part = Part(PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, xml.encode("utf-8"), main.package)
    main.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)


def _footnote_xml(f: Footnote, s: Source) -> str:
    quote = escape(" ".join(f.quote.split()))
    where = escape(f"source {s.number}: {s.name}" + (f", {s.date}" if s.date else ""))
    return (f'<w:footnote w:id="{f.n}"><w:p><w:pPr><w:spacing w:after="60"/></w:pPr>'
            f"<w:r>{_SUPERSCRIPT}<w:footnoteRef/></w:r>"
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> “{quote}” — {where}.</w:t></w:r>'
            "</w:p></w:footnote>")
