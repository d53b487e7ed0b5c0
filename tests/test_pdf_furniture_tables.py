"""PDF furniture and tables: a running header printed on one page only (page 1 has a letterhead
instead) holds the running title its "Page n of m" footer repeats, so it goes
(:func:`index.extract_pdf.pdf_text`); right-aligned figures stay under their own columns."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen import canvas

from index.extract_pdf import pdf_text
from index.loaders import load_paths

PAGE_1 = ("Harbour Board\nMarine Office, Quay Street\nTide Notice 3/2024 - Page 1 of 2\nTide notice\n"
          "The spring tides this week will be higher than usual, and the lower car park may flood at high water.")
PAGE_2 = ("Harbour Board - Tide Notice 3/2024\nTide Notice 3/2024 - Page 2 of 2\n"
          "Boat owners should check their moorings before Friday evening and report any damage to the office.")


def test_a_running_header_on_one_page_that_holds_the_footer_s_title_goes() -> None:
    text = pdf_text([PAGE_1, PAGE_2])
    assert "Harbour Board - Tide Notice 3/2024" not in text and "Page 2 of 2" not in text
    assert "Boat owners should check their moorings" in text and "Harbour Board" in text  # the letterhead stays


def test_a_line_that_only_mentions_the_title_in_the_text_stays() -> None:
    page_2 = PAGE_2.replace("Harbour Board - Tide Notice 3/2024\n", "")
    page_2 += "\nThe Tide Notice 3/2024 replaces the notice issued last month for the same berths and slipways."
    assert "replaces the notice issued last month" in pdf_text([PAGE_1, page_2])


def test_figures_set_right_stay_under_their_own_column_names(tmp_path: Path) -> None:
    """A table whose figures are right-aligned: "18" ends under "E. coli" but starts nearer
    "Enterococci"; a row with a cell for every column keeps its cells in order."""
    path = tmp_path / "beaches.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.drawString(84, 800, "Results of the samples taken at each beach this fortnight are given below.")
    header, starts = ["Beach", "E. coli", "Enterococci", "Result"], [84, 299, 362, 435]
    pdf.setFont("Helvetica", 9)
    for x, name in zip(starts, header):
        pdf.drawString(x, 770, name)
    for y, (beach, coli, entero, result) in zip((752, 734), (("North Sands", "18", "<10", "Excellent"),
                                                          ("Harbour Beach", "1,240", "310", "Poor"))):
        pdf.drawString(84, y, beach)
        pdf.drawRightString(350, y, coli)  # ends past "E. coli", starts nearer "Enterococci"
        pdf.drawRightString(423, y, entero)
        pdf.drawString(435, y, result)
    pdf.drawString(84, 700, "Harbour Beach failed one sample after heavy rain, and a resample was taken.")
    pdf.save()
    text = load_paths([path]).documents[0].text
    assert "Beach: North Sands | E. coli: 18 | Enterococci: <10 | Result: Excellent" in text
    assert "Beach: Harbour Beach | E. coli: 1,240 | Enterococci: 310 | Result: Poor" in text
