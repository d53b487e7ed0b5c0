"""A Word document read as Word shows it (:mod:`index.docx_wrappers`): the text of tracked
insertions kept and of tracked deletions left out, a content control's answer kept, and a
date picker's date taking the document's date over the properties and over a labelled date
of another event."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
from docx.oxml import parse_xml

from index.dates import names_other_event
from index.loaders import load_paths

_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _run(text: str, deleted: bool = False) -> str:
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r><{tag} xml:space="preserve">{text}</{tag}></w:r>'


def _control(inner: str, alias: str, picker: str = "") -> str:
    date = f'<w:date w:fullDate="{picker}T00:00:00Z"><w:dateFormat w:val="dd/MM/yyyy"/></w:date>' if picker else ""
    return (f'<w:sdt {_NS}><w:sdtPr><w:alias w:val="{alias}"/>{date}</w:sdtPr>'
            f"<w:sdtContent>{inner}</w:sdtContent></w:sdt>")


def test_tracked_insertions_are_read_and_tracked_deletions_are_not(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Allotment rents", style="Title")
    paragraph = parse_xml(
        f"<w:p {_NS}>{_run('The rent rises to')}"
        f'<w:del w:id="1" w:author="A" w:date="2025-01-02T10:00:00Z">{_run(" £20", deleted=True)}</w:del>'
        f'<w:ins w:id="2" w:author="A" w:date="2025-01-02T10:00:00Z">{_run(" £25")}</w:ins>'
        f"{_run(' a year for a half plot.')}</w:p>")
    document.element.body.insert(1, paragraph)
    document.add_paragraph("Plot holders were told at the spring meeting.")
    path = tmp_path / "rents.docx"
    document.save(str(path))
    doc = load_paths([path]).documents[0]
    assert "The rent rises to £25 a year for a half plot." in doc.text
    assert "£20" not in doc.text


def test_content_controls_hold_answers_and_a_date_picker_dates_the_form(tmp_path: Path) -> None:
    document = docx.Document()
    document.core_properties.created = dt.datetime(2021, 6, 1)
    document.add_paragraph("Hall booking request", style="Title")
    document.add_paragraph("Return this form to the hall secretary.")
    table = document.add_table(rows=3, cols=2)
    answers = [("Name of group", "Tuesday Knitters", ""), ("Date of event", "Friday 9 May 2025", ""),
               ("Date of request", "07/03/2025", "2025-03-07")]
    for row, (label, answer, picker) in zip(table.rows, answers):
        row.cells[0].text = label
        cell = row.cells[1]._tc
        cell.remove(cell.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p")[0])
        cell.append(parse_xml(_control(f"<w:p>{_run(answer)}</w:p>", label, picker)))
    path = tmp_path / "booking.docx"
    document.save(str(path))
    doc = load_paths([path]).documents[0]
    assert "Name of group: Tuesday Knitters" in doc.text
    assert "Date of event: Friday 9 May 2025" in doc.text
    assert doc.date == "2025-03-07"  # the picker's date, not the event's nor the properties'


def test_a_date_of_some_other_event_is_named_as_such() -> None:
    assert names_other_event("Date of event")
    assert names_other_event("Date of birth")
    assert names_other_event("Hearing date")
    assert not names_other_event("Date of application")


def test_a_mail_merge_fields_merged_value_stays_inside_its_sentence(tmp_path: Path) -> None:
    # Invented letter: a simple MERGEFIELD holds the merged street inside the sentence.
    document = docx.Document()
    document.add_paragraph("Window cleaning rounds", style="Title")
    paragraph = parse_xml(
        f"<w:p {_NS}>{_run('Your windows on ')}"
        f'<w:fldSimple w:instr=" MERGEFIELD Street ">{_run("Mill Lane 7")}</w:fldSimple>'
        f"{_run(' will be cleaned on the first Monday of each month.')}</w:p>")
    document.element.body.insert(1, paragraph)
    document.add_paragraph("Please leave the side gate unlocked on those mornings.")
    path = tmp_path / "letter.docx"
    document.save(str(path))
    doc = load_paths([path]).documents[0]
    assert "Your windows on Mill Lane 7 will be cleaned on the first Monday of each month." in doc.text
    assert "MERGEFIELD" not in doc.text


def test_hidden_text_is_not_read(tmp_path: Path) -> None:
    # Invented report: a hidden paragraph (w:vanish on its runs) and a hidden run inside a
    # shown sentence; a run whose vanish is turned off stays.
    document = docx.Document()
    document.add_paragraph("Bridge repairs", style="Title")
    document.add_paragraph("The footbridge will reopen after the railings are replaced next week.")
    document.add_paragraph("Hidden reminder: check the invoice before sending.").runs[0].font.hidden = True
    mixed = document.add_paragraph("The contractor starts on Monday.")
    mixed.add_run(" Ask Tom about the skip.").font.hidden = True
    document.add_paragraph("Walkers should use the ford path meanwhile.").runs[0].font.hidden = False
    path = tmp_path / "bridge.docx"
    document.save(str(path))
    doc = load_paths([path]).documents[0]
    assert "Hidden reminder" not in doc.text and "Ask Tom" not in doc.text
    assert "The contractor starts on Monday." in doc.text and "use the ford path" in doc.text
