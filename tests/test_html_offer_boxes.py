"""A sales box built around a link to a subscription or sign-up page is chrome, inside the
article or beside it, whatever its class (:mod:`index.html_offer_boxes`); a paragraph of the
story that links to a sign-up page is not a box and stays."""

from __future__ import annotations

from index.extract_html import extract_html

_STORY = "".join(f"<p>{s}</p>" for s in (
    "The county will resurface the coast road between the two villages from the first week of May.",
    "Work will take six weeks, and the road will close overnight from eight in the evening to six in the morning.",
    "Buses will run on a diversion through the upper village, adding ten minutes to each journey.",
    "Residents can sign up for text alerts about each night's closures on the council's website.",
))


def _page(extra_in_article: str, beside: str) -> str:
    return ("<html><head><title>Coast road to close at night</title></head><body><main><article>"
            f"<h1>Coast road to close at night for resurfacing</h1><div class='body'>{_STORY}</div>"
            f"{extra_in_article}</article>{beside}</main></body></html>")


def test_a_paywall_offer_and_a_pitch_box_are_dropped_and_the_story_stays() -> None:
    offer = ("<div class='wall-x'><h2>Keep reading for 99p</h2><p>Get every story from your local paper.</p>"
             "<ul><li>All our journalism online</li><li>The daily puzzles</li></ul>"
             "<p>Then £6.99 a month. Cancel whenever you like.</p>"
             "<a class='btn' href='/subscribe?src=wall'>Start my subscription</a></div>")
    pitch = ("<div class='col-right'><h3>PUT YOUR EVENT IN FRONT OF 20,000 READERS?</h3><p>12k+ Weekly readers</p>"
             "<a href='/account/signup/'>GET STARTED</a></div>")
    text = extract_html(_page(offer, pitch)).text
    for gone in ("Keep reading for 99p", "All our journalism online", "Then £6.99 a month", "12k+ Weekly readers",
                 "GET STARTED"):
        assert gone not in text
    assert "Work will take six weeks" in text


def test_a_story_paragraph_linking_to_a_sign_up_page_stays() -> None:
    linked = _STORY.replace("sign up for text alerts", "<a href='/alerts/signup'>sign up for text alerts</a>")
    html = _page("", "").replace(_STORY, linked)
    assert "Residents can sign up for text alerts" in extract_html(html).text
