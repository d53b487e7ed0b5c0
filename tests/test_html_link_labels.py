"""Inline "see also" paragraphs (:mod:`index.html_link_labels`): a short label ending in a
colon and one link to another story, between an article's paragraphs, are chrome; a photo
caption in a plain box classed as a caption, above the body, is kept (:mod:`index.extract_html`)."""

from __future__ import annotations

from lxml import html as lxml_html

from index.extract_html import extract_html
from index.html_link_labels import is_label_link

_PARAS = "".join(f"<p>The harbour board agreed on {d} to dredge the {w} channel before the summer season starts.</p>"
                 for d, w in (("Monday", "inner"), ("Tuesday", "outer"), ("Friday", "north")))


def _p(html: str) -> bool:
    return is_label_link(lxml_html.fragment_fromstring(html))


def test_a_label_and_one_headline_link_is_a_see_also_paragraph() -> None:
    assert _p('<p><strong>Lesen Sie auch: <a href="/2025/04/ferry">Ferry timetable changes from May</a></strong></p>')
    assert _p('<p>Relacionado: <a href="/n/123">Nuevo puerto deportivo abre en junio</a></p>')
    assert not _p('<p>Contact: <a href="mailto:a@b.org">the harbour master office team</a></p>')
    assert not _p('<p>Report: <a href="/files/report.pdf">Dredging survey of the channel</a></p>')
    assert not _p('<p>The chair of the harbour board said: <a href="/x">read the minutes here</a></p>')
    assert not _p('<p>See: <a href="/x">Minutes</a></p>')  # a word, not a headline
    assert not _p('<p>Read the <a href="/x">minutes of the board meeting</a> online.</p>')


def test_see_also_paragraphs_go_from_the_text_and_a_plain_caption_above_the_body_stays() -> None:
    page = ("<html><head><title>Dredging plan</title></head><body><article>"
            "<h1>Harbour board plans dredging</h1>"
            "<div class='lead-img'><img src='/d.jpg' alt=''><span class='caption'>The outer channel at low water"
            "</span></div><div class='story'>"
            f"{_PARAS}<p><b>Read also: <a href='/2025/02/tugs'>Two new tugs arrive at the harbour</a></b></p>"
            "<p>Work will start in April and last six weeks, the board said in a statement.</p></div>"
            "</article></body></html>")
    text = extract_html(page).text
    assert "Two new tugs" not in text and "Read also" not in text
    assert "The outer channel at low water" in text.split("\n\n")
    assert "Work will start in April and last six weeks, the board said in a statement." in text


def test_a_see_also_link_written_with_a_bare_hash_and_ad_labels_in_other_languages_go() -> None:
    # Invented Croatian-like and Hindi-like pages: the related link's href is a script's "#"
    # (an in-page anchor "#rates" is still no story), the ad slot's label is the language's word.
    assert _p('<p><strong>Pročitajte i:</strong> <a href="#">Novi trajekt stiže u luku u svibnju</a></p>')
    assert not _p('<p>Prices: <a href="#rates">the table of harbour dues below</a></p>')
    for label in ("Reklama", "Реклама", "विज्ञापन", "اشتہار"):
        page = ("<html><head><title>Dredging plan</title></head><body><article><h1>Harbour board plans dredging</h1>"
                f"{_PARAS}<p class='slot'>{label}</p>"
                "<p>Work will start in April and last six weeks, the board said in a statement.</p>"
                "</article></body></html>")
        assert label not in extract_html(page).text.split("\n\n"), label


def test_a_back_link_to_the_listing_is_no_line_of_the_article() -> None:
    from index.extract_html import extract_html

    paras = "".join(f"<p>The {w} choir sang at the winter fair and raised money for the new roof of the hall.</p>"
                    for w in ("junior", "senior", "chamber"))
    page = (f"<html><head><title>Winter fair</title></head><body><main><div class='page'>"
            f"<a class='back' href='/stories'>Back to stories</a><div><h1>Winter fair raises roof money</h1>"
            f"{paras}</div></div></main></body></html>")
    lines = extract_html(page).text.split("\n\n")
    assert "Back to stories" not in lines and len(lines) >= 3
    from lxml import html as lxml_html

    from index.html_link_labels import back_link_texts
    tree = lxml_html.fromstring("<html><body><a>Zurück zur Übersicht</a><a>Backing tracks for singers</a>"
                                "</body></html>")
    assert back_link_texts(tree) == {"Zurück zur Übersicht"}
