"""A PDF's running header printed on one page only (page 1 has a letterhead instead): it holds
the running title its "Page n of m" footer repeats, so it goes (:func:`index.extract_pdf.pdf_text`)."""

from __future__ import annotations

from index.extract_pdf import pdf_text

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
