"""Headings and lists an HTML extractor dropped from inside an article, put back: an
accordion's section title written as a ``<button>`` in its heading
(:mod:`index.html_toggles`), and a heading with the list under it, a heading over a table,
the second of two headed boxes side by side and a section box after its heading, each between
kept blocks, and a heading over its kept section box (:mod:`index.html_gaps`)."""

from __future__ import annotations

from lxml import html as lxml_html

from index.extract_html import extract_html
from index.html_chrome import in_chrome
from index.html_gaps import with_gaps_filled, with_section_headings
from index.html_text import squash

_PARAS = " ".join(f"<p>The {w} committee met on a wet evening and agreed the plan for the year ahead.</p>"
                  for w in ("garden", "library", "harbour"))


def _page(body: str) -> str:
    return (f"<html><head><title>Parish notes</title></head><body><header><nav><a href='/'>Home</a> "
            f"<a href='/news'>News</a></nav></header><main><article><h1>Parish notes for the spring</h1>"
            f"{body}</article></main><footer><p>Copyright Parish Office</p></footer></body></html>")


def test_an_accordion_heading_made_of_a_button_is_kept_with_its_section() -> None:
    sections = "".join(
        f'<div class="acc"><h3 class="acc__heading"><button type="button" aria-expanded="false">{title}</button></h3>'
        f'<div class="acc__body" hidden><p>{text}</p></div></div>'
        for title, text in (("Where the path will run", "The new path runs beside the brook for half a mile."),
                            ("When the work starts", "Work starts in the second week of May and lasts a month.")))
    text = extract_html(_page(f"<p>The council wants to hear what walkers think about a new path.</p>{sections}")).text
    assert "Where the path will run" in text.split("\n\n")
    assert "When the work starts" in text.split("\n\n")
    assert text.index("When the work starts") < text.index("Work starts in the second week")


def _filled(body: str, kept: list[str]) -> list[str]:
    """What :func:`with_gaps_filled` makes of ``kept``, the blocks an extractor kept of ``body``."""
    tree = lxml_html.fromstring(_page(body))
    return with_gaps_filled(kept, tree, squash, in_chrome)


_LAST = "Please send notices for the next issue to the editor by the first Friday."
_KEPT = [f"The {w} committee met on a wet evening and agreed the plan for the year ahead."
         for w in ("garden", "library", "harbour")]


def test_a_heading_and_its_list_between_kept_blocks_are_put_back() -> None:
    doc = (f'<div class="doc-content">{_PARAS}'
           '<h2 class="c8" id="h.x1"><span class="c0 c3">Found in the churchyard</span></h2>'
           '<ul class="c11 lst-kix_q1-0 start"><li class="c2"><span class="c0">A green umbrella.</span></li>'
           '<li class="c2"><span class="c0">A pair of reading glasses in a brown case.</span></li></ul>'
           f'<p class="c1"><span class="c0"></span></p><p class="c2"><span class="c0">{_LAST}</span></p></div>')
    assert _filled(doc, [*_KEPT, _LAST]) == [
        *_KEPT, "Found in the churchyard", "A green umbrella.", "A pair of reading glasses in a brown case.", _LAST]


def test_a_heading_over_a_kept_table_is_put_back_but_not_a_link_row_or_a_hidden_paragraph() -> None:
    doc = (f'{_PARAS}<h2><span class="c3">Coming up</span></h2><table><tr><td>Quiz night</td><td>Friday</td></tr>'
           f'<tr><td>Jumble sale</td><td>Saturday</td></tr></table><p><a href="/a">Older notes</a> '
           f'<a href="/b">Newer notes</a></p><div aria-hidden="true"><p>Subscribers read on.</p></div><p>{_LAST}</p>')
    table = "Quiz night | Friday\nJumble sale | Saturday"
    assert _filled(doc, [*_KEPT, table, _LAST]) == [*_KEPT, "Coming up", table, _LAST]


def test_the_second_of_two_headed_boxes_keeps_its_heading_but_a_promo_box_gains_none() -> None:
    sign, bylaw = "Dogs must be kept on a lead at all times.", "Dogs must be on a lead only in the play area."
    boxes = (f'<div class="pair"><div class="box"><h2>What the sign says</h2><p>{sign}</p></div>'
             f'<div class="box"><h2>What the bylaw says</h2><p>{bylaw}</p></div></div>{_PARAS}')
    assert _filled(boxes, ["What the sign says", sign, bylaw, *_KEPT]) == [
        "What the sign says", sign, "What the bylaw says", bylaw, *_KEPT]
    promo = f'{_PARAS}<div class="release-box"><h3>WANT YOUR NEWS HERE?</h3><p>Join 4,000 readers.</p></div>'
    assert _filled(promo, [*_KEPT, "Join 4,000 readers."]) == [*_KEPT, "Join 4,000 readers."]


def test_a_byline_or_a_dotted_rule_between_kept_blocks_is_not_put_back() -> None:
    doc = (f'<p class="post-meta">Posted on 3 May by Ann Lee</p>{_PARAS}<p>. . . . . . . .</p><p>{_LAST}</p>')
    assert _filled(doc, [*_KEPT, _LAST]) == [*_KEPT, _LAST]
    doc = (f'<h2>Spring</h2><p class="post-meta">Posted on 3 May by Ann Lee</p>{_PARAS}')
    assert _filled(doc, ["Spring", *_KEPT]) == ["Spring", *_KEPT]


_STEPS = ("Empty the water tank after each use.", "Wipe the seals with a dry cloth.")


def test_a_headed_section_box_between_kept_blocks_is_put_back_but_not_an_ad_box() -> None:
    doc = (f'<div class="page">{_PARAS}<h2 class="s2" id="care">Daily care</h2>'
           f'<div class="lvl2"><ol><li><div class="li"> {_STEPS[0]}</div></li>'
           f'<li><div class="li">{_STEPS[1]}</div></li></ol></div>'
           f'<h2 class="s3" id="more">Further notes</h2><div class="lvl2"><p>{_LAST}</p></div></div>')
    assert _filled(doc, [*_KEPT, _LAST]) == [*_KEPT, "Daily care", *_STEPS, "Further notes", _LAST]
    boxed = f'{_PARAS}<div class="slot-box"><p class="slot-label">Sponsored</p></div><p>{_LAST}</p>'
    assert _filled(boxed, [*_KEPT, _LAST]) == [*_KEPT, _LAST]  # a box after a paragraph, not a heading


def test_a_dropped_heading_over_its_kept_section_box_is_put_back_but_not_a_date_header() -> None:
    doc = (f'<h2 class="date-header">Monday, 3 March 2025</h2><div class="posts">{_PARAS}</div>'
           f'<h2 class="section1" id="intro">How the plan began</h2><div class="level1"><p>{_LAST}</p></div>')
    tree = lxml_html.fromstring(_page(doc))
    got = with_section_headings([*_KEPT, _LAST], tree, squash, in_chrome)
    assert got == [*_KEPT, "How the plan began", _LAST]


def test_a_heading_right_over_a_kept_table_is_put_back_before_it() -> None:
    """An extractor that kept the paragraphs and the table's rows but not the ``<h3>`` over the
    table (:func:`index.html_subheads.with_inner_headings`)."""
    from index.html_subheads import with_inner_headings

    first, second = "The branch libraries change their hours in May.", "Late opening moves to Thursday."
    table = ("<table><tr><th>Branch</th><th>Hours</th></tr><tr><td>Mill Lane</td><td>9 to 5</td></tr>"
             "<tr><td>Riverside</td><td>10 to 4</td></tr></table>")
    tree = lxml_html.fromstring(f"<html><body><div><p>{first}</p><p>{second}</p><h3>Opening times by branch</h3>"
                                f"{table}<p>Ask at the desk.</p></div></body></html>")
    rows = "Branch: Mill Lane | Hours: 9 to 5\nBranch: Riverside | Hours: 10 to 4"
    out = with_inner_headings([first, second, rows, "Ask at the desk."], tree, squash)
    assert out == [first, second, "Opening times by branch", rows, "Ask at the desk."]


def test_the_heading_of_a_list_of_dated_teasers_goes_with_them() -> None:
    """A kept "more pages" box: its heading, then links to other pages each with its date
    (:func:`index.html_link_list_headings.without_link_list_headings`); a list of links with
    no dates (a page's own further reading) keeps its heading."""
    from index.html_link_list_headings import without_link_list_headings

    entries = ("<div class='entry'><a href='/a'>New reading room hours</a> <span>02.03.2026</span></div>"
               "<div class='entry'><a href='/b'>Book sale in April</a> <span>15.02.2026</span></div>")
    tree = lxml_html.fromstring(f"<html><body><p>Text.</p><div><h5>Elsewhere on the site</h5>{entries}</div>"
                                "</body></html>")
    kept = ["Text.", "Elsewhere on the site", "New reading room hours 02.03.2026", "Book sale in April 15.02.2026"]
    assert without_link_list_headings(kept, tree, squash) == ["Text."]
    undated = lxml_html.fromstring("<html><body><p>Text.</p><div><h5>Sources</h5><div><a href='/a'>Parish records"
                                   "</a> (county archive)</div></div></body></html>")
    kept = ["Text.", "Sources", "Parish records (county archive)"]
    assert without_link_list_headings(kept, undated, squash) == kept
