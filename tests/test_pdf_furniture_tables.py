"""PDF furniture and tables: a running header printed on one page only (page 1 has a letterhead
instead) holds the running title its "Page n of m" footer repeats, so it goes
(:func:`index.extract_pdf.pdf_text`); right-aligned figures stay under their own columns; a cell
wrapped onto a second line stays in its row; a one-page notice's small imprint at its foot goes."""

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


def test_flush_right_prices_of_different_lengths_stay_one_table(tmp_path: Path) -> None:
    """Invented price list without column names: prices set flush right, one of them much longer
    ("£12 per week" under "£340"), so their starts lie further apart than a column's slack."""
    path = tmp_path / "hall.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.setFont("Helvetica", 11)
    pdf.drawString(84, 800, "The charges for hiring the village hall from April are as follows:")
    for y, (item, price) in zip((770, 752, 734, 716), (("Main hall, evening", "£340"), ("Small room, evening", "£85"),
                                                       ("Storage cupboard", "£12 per week"), ("Cleaning fee", "£40"))):
        pdf.drawString(120, y, item)
        pdf.drawRightString(480, y, price)
    pdf.drawString(84, 680, "Bookings are taken by the secretary on weekday mornings at the hall office.")
    pdf.save()
    lines = load_paths([path]).documents[0].text.splitlines()
    for row in ("Main hall, evening: £340", "Storage cupboard: £12 per week", "Cleaning fee: £40"):
        assert row in lines, row


def test_a_wrapped_cell_stays_in_its_row_and_a_small_imprint_drawn_first_goes(tmp_path: Path) -> None:
    """A cell whose text wraps onto a second line under itself is one cell of its row; an imprint
    in a size smaller than all else at the foot of a one-page notice, drawn before the title, goes."""
    path = tmp_path / "nominations.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.setFont("Helvetica", 7)
    pdf.drawString(60, 30, "Printed by the Clerk, Parish Office, Mill Road")
    pdf.setFont("Helvetica-Bold", 15)
    pdf.drawString(60, 790, "Parish Council Election")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, 765, "These are the candidates nominated for the two seats on the parish council.")
    pdf.setFont("Helvetica-Bold", 8.5)
    for x, name in zip((60, 200, 360), ("Candidate", "Address", "Description")):
        pdf.drawString(x, 740, name)
    pdf.setFont("Helvetica", 8.5)
    rows = (("ABBOTT Jane", ["4 Green Lane, Millford"], "Independent"),
            ("BARNES Tom", ["The Old Bakery, Church Street,", "Millford"], "Green Party"),
            ("COLE Amy", ["9 Brook Row, Millford"], "Labour Party"))
    y = 722.0
    for name, address, party in rows:
        pdf.drawString(60, y, name)
        for i, line in enumerate(address):
            pdf.drawString(200, y - 10 * i, line)
        pdf.drawString(360, y, party)
        y -= 10 * len(address) + 8
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, y - 20, "A poll will be held on Thursday 7 May if the seats are contested by more candidates.")
    pdf.save()
    text = load_paths([path]).documents[0].text
    assert "Candidate: BARNES Tom | Address: The Old Bakery, Church Street, Millford | Description: Green Party" in text
    assert "Candidate: COLE Amy | Address: 9 Brook Row, Millford | Description: Labour Party" in text
    assert "Printed by the Clerk" not in text and text.startswith("Parish Council Election")


def test_a_table_on_a_page_turned_a_quarter_keeps_its_rows(tmp_path: Path) -> None:
    """Invented landscape rota drawn turned on a portrait page carrying /Rotate 90: its rows run
    along the page's height, each cell a string of its own."""
    path = tmp_path / "rota.pdf"
    w, h = 595.0, 842.0
    pdf = canvas.Canvas(str(path), pagesize=(h, w))
    pdf.setPageRotation(90)
    pdf.translate(w, 0)
    pdf.rotate(90)
    pdf.setFont("Helvetica", 11)
    pdf.drawString(70, 520, "The volunteers' rota for the winter weekends at the museum shop is as follows.")
    rows = [["Day", "Morning", "Afternoon", "Closing"], ["Saturday", "Ines", "Tomas", "Ines"],
            ["Sunday", "Oskar", "Maren", "Pavel"], ["Monday", "Lotte", "Jonas", "Lotte"]]
    for r, row in enumerate(rows):
        for x, cell in zip((70, 240, 400, 560), row):
            pdf.drawString(x, 470 - 22 * r, cell)
    pdf.drawString(70, 360, "Please tell the shop manager by Friday noon if you cannot come on your day.")
    pdf.save()
    lines = load_paths([path]).documents[0].text.splitlines()
    assert any("Sunday" in ln and "Oskar" in ln and "Maren" in ln and "Pavel" in ln and "Lotte" not in ln
               for ln in lines), lines


def test_an_ocr_layers_one_line_text_objects_keep_a_tables_rows(tmp_path: Path) -> None:
    """Invented scanned letter's invisible text layer: one text object per line or cell, each
    line's end drawn after it as a piece of its own; a space-aligned list's cells share a line."""
    path = tmp_path / "scan.pdf"
    pdf = canvas.Canvas(str(path))
    placed = [(72, 760, "The bins will be emptied in this order from next month onwards, street by street:"),
              (90, 735, "Mill Lane"), (250, 735, "route A"), (380, 735, "7.00"),
              (90, 717, "Harbour Row"), (250, 717, "route A"), (380, 717, "7.40"),
              (90, 699, "Chapel Hill"), (250, 699, "route B"), (380, 699, "8.15"),
              (72, 670, "Please put your bins out by the kerb the evening before collection day.")]
    for x, y, line in placed:
        text = pdf.beginText()
        text.setTextRenderMode(3)
        text.setFont("Helvetica", 11)
        text.setTextOrigin(x, y)
        text.textOut(line)
        pdf.drawText(text)
    pdf.save()
    lines = load_paths([path]).documents[0].text.splitlines()
    assert any("Harbour Row" in ln and "route A" in ln and "7.40" in ln and "Mill Lane" not in ln
               for ln in lines), lines


def test_a_metadata_title_that_is_only_the_running_header_gives_way_to_the_first_heading(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.setTitle("Review 2025")
    for n, lines in enumerate((("Report of the trustees on the year 2025",
                                "The choir gave eleven concerts in the year and welcomed nine new singers."),
                               ("The accounts show a small surplus, which the trustees will keep as a reserve.",)), 1):
        pdf.drawString(72, 800, "Review 2025")
        for i, line in enumerate(lines):
            pdf.drawString(72, 760 - 20 * i, line)
        pdf.drawString(72, 40, f"Page {n} of 2")
        pdf.showPage()
    pdf.save()
    doc = load_paths([path]).documents[0]
    assert "Review 2025" not in doc.text and doc.title.startswith("Report of the trustees on the year 2025")
