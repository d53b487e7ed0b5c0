"""A Word text box's text read once where it is anchored (:mod:`index.docx_text_boxes`), and
a TOC field left out with the short line heading it (:mod:`index.docx_toc`)."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml

from index.loaders import load_paths

_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:v="urn:schemas-microsoft-com:vml"')


def _p(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _box_paragraph(lines: list[str]) -> str:
    """An otherwise empty paragraph anchoring a text box written as Word 2010+ writes it: a
    DrawingML choice and a VML fallback, each holding the same ``w:txbxContent``."""
    content = "<w:txbxContent>" + "".join(_p(line) for line in lines) + "</w:txbxContent>"
    return (f"<w:p {_NS}><w:r><mc:AlternateContent>"
            f'<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>{content}</wps:txbx></wps:wsp>'
            "</w:drawing></mc:Choice>"
            f"<mc:Fallback><w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback>"
            "</mc:AlternateContent></w:r></w:p>")


def test_a_text_box_is_read_once_in_document_order(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Harbour club bulletin", style="Title")
    document.add_paragraph("The slipway repairs finished on time and under budget this spring.")
    document.element.body.insert(2, parse_xml(_box_paragraph(
        ["Tide times", "Saturday: high water at 06:40 and again at 19:05."])))
    document.add_paragraph("Members can launch from the new slipway from next weekend onwards.")
    path = tmp_path / "bulletin.docx"
    document.save(str(path))
    text = load_paths([path], extractors="auto").documents[0].text
    assert text.count("Saturday: high water at 06:40 and again at 19:05.") == 1
    assert (text.index("under budget") < text.index("Tide times") < text.index("high water")
            < text.index("Members can launch"))


def test_a_fallback_only_box_is_read(tmp_path: Path) -> None:
    content = "<w:txbxContent>" + _p("Only the old picture holds this boxed sentence here.") + "</w:txbxContent>"
    paragraph = (f"<w:p {_NS}><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing/></mc:Choice>"
                 f"<mc:Fallback><w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback>"
                 "</mc:AlternateContent></w:r></w:p>")
    document = docx.Document()
    document.add_paragraph("Boxed notes", style="Title")
    document.element.body.insert(1, parse_xml(paragraph))
    path = tmp_path / "boxed.docx"
    document.save(str(path))
    text = load_paths([path], extractors="auto").documents[0].text
    assert text.count("Only the old picture holds this boxed sentence here.") == 1


def _field_run(kind: str) -> str:
    return f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>'


def _toc_line(text: str, page: int, first: bool = False, last: bool = False) -> str:
    begin = (_field_run("begin") + '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h </w:instrText></w:r>'
             + _field_run("separate")) if first else ""
    end = _field_run("end") if last else ""
    return (f'<w:p {_NS}><w:pPr><w:pStyle w:val="TOC1"/></w:pPr>{begin}'
            f"<w:r><w:t>{text}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>{page}</w:t></w:r>{end}</w:p>")


def test_a_toc_field_goes_with_its_heading(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Footpath audit", style="Title")
    document.add_paragraph("Prepared for the rights of way group by the parish clerk.")
    document.add_paragraph("Index of sections")
    body = document.element.body
    for at, line in enumerate([_toc_line("A. Findings", 1, first=True), _toc_line("B. Costs", 2, last=True)]):
        body.insert(3 + at, parse_xml(line))
    document.add_paragraph("A. Findings", style="Heading 1")
    document.add_paragraph("Four stiles on the ridge path need new steps before the summer.")
    path = tmp_path / "audit.docx"
    document.save(str(path))
    text = load_paths([path], extractors="auto").documents[0].text
    assert "Index of sections" not in text and "B. Costs" not in text
    assert "Prepared for the rights of way group" in text and "Four stiles" in text
    assert text.count("A. Findings") == 1
