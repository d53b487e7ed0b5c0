"""The chrome remover: on the seed pages, and on invented pages the rules were not written for."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.clean import Cleaned, clean_text, find_date
from index.clean_html import clean_html

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

CHROME = ["LEAVE A REPLY", "Please enter your comment", "Please enter your name",
          "Subscribe to Merca2.0", "cookies", "Share post", "More like this", "spot_img",
          "FOTO:", "READ ALSO", "credit card", "Resumen de privacidad", "Premium", "gratis",
          "Related Articles", "Popular", "VLADIMIR PUTIN", "Date:", "..."]


def _seed(prefix: str) -> Cleaned:
    (path,) = CORPUS.glob(f"{prefix}_*.txt")
    return clean_text(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("prefix", ["000", "004"])
def test_seed_pages_lose_their_chrome(prefix: str) -> None:
    cleaned = _seed(prefix)
    for junk in CHROME:
        assert junk not in cleaned.text, junk
    assert cleaned.date == ""
    assert cleaned.url == ""


def test_seed_000_keeps_prose_dateline_and_title() -> None:
    cleaned = _seed("000")
    assert cleaned.title == "Here’s what Putin wants from Trump, and it’s not Ukraine’s peace"
    paragraphs = cleaned.text.split("\n\n")
    assert "Anchorage, Alaska" in paragraphs
    assert "Alaska was once remotely owned" in cleaned.text
    assert "Or, more specifically, it will be delivered to Putin." in paragraphs
    assert "That might work for Putin." in paragraphs
    assert paragraphs[-1].startswith("And if Putin went his own way at this summit")


def test_seed_004_keeps_prose_headings_and_bullets() -> None:
    cleaned = _seed("004")
    assert cleaned.title == ("What Putin really wants from Trump? "
                             "The key facts about the Alaska meeting")
    paragraphs = cleaned.text.split("\n\n")
    for kept in ("Why is the meeting between Trump and Putin being held in Alaska?",
                 "What is Putin’s official and real agenda?",
                 "What is at stake for Trump?",
                 "A guarantee that Ukraine will not join NATO.",
                 "Increasing economic pressure on Russia if no progress is made."):
        assert kept in paragraphs, kept
    assert "Joint Base Elmendorf-Richardson" in cleaned.text
    assert paragraphs[-1].startswith("The Anchorage meeting may not yield concrete agreements")
    assert all("  " not in p and "\n" not in p for p in paragraphs)


def test_html_page_of_another_site() -> None:
    cleaned = clean_html((FIXTURES / "harbor_gazette.html").read_text(encoding="utf-8"))
    assert cleaned.title == "Tidal turbines light up a fishing town for the first time"
    assert cleaned.date == "2024-03-05"
    assert cleaned.url == "https://harborgazette.example/energy/tidal-turbines-fishing-town"
    for junk in ("Home", "We use cookies", "Accept", "Share on", "Get the morning briefing",
                 "Comments", "Great article", "More stories", "Seaweed farms",
                 "Harbor Gazette Ltd", "Advertisement", "About us", "Photo:"):
        assert junk not in cleaned.text, junk
    paragraphs = cleaned.text.split("\n\n")
    assert paragraphs[0] == cleaned.title
    assert "PORT ELLIS, Maine —" in paragraphs
    assert "What happens when the tide turns?" in paragraphs
    assert "Two turbines anchored to the seabed" in paragraphs
    assert any(p.startswith("The two machines sit forty metres") for p in paragraphs)
    assert paragraphs[-1].startswith("The town council will vote on a third turbine")


def test_text_scrape_of_another_site() -> None:
    cleaned = clean_text((FIXTURES / "valley_scrape.txt").read_text(encoding="utf-8"))
    assert cleaned.title == "City council approves new bike lanes on Main Street"
    assert cleaned.date == "2024-06-03"
    for junk in ("Accept all cookies", "Sign up for our newsletter", "Follow us on Twitter",
                 "Advertisement", "All rights reserved", "You may also like", "Menu",
                 "Residents fight over parking", "Log in"):
        assert junk not in cleaned.text, junk
    paragraphs = cleaned.text.split("\n\n")
    assert "How much will it cost?" in paragraphs
    assert any(p.startswith("The plan, which passed 5 to 2") for p in paragraphs)
    assert paragraphs[-1].startswith("Construction is expected to start")


def test_wrapped_text_without_chrome_keeps_every_paragraph() -> None:
    raw = (
        "Notes on the spring survey\n\n"
        "The survey team counted birds along the river on three mornings in April, and the\n"
        "numbers were higher than in any of the five previous years.\n\n"
        "Most of the increase came from swallows.\n\n"
        "The team thinks the mild winter and the new wetland near the old mill both helped,\n"
        "but says one good year is not yet a trend and asks for another count next spring.\n"
    )
    cleaned = clean_text(raw)
    assert cleaned.text.split("\n\n") == [
        "Notes on the spring survey",
        "The survey team counted birds along the river on three mornings in April, and the "
        "numbers were higher than in any of the five previous years.",
        "Most of the increase came from swallows.",
        "The team thinks the mild winter and the new wetland near the old mill both helped, "
        "but says one good year is not yet a trend and asks for another count next spring.",
    ]
    assert cleaned.title == "Notes on the spring survey"


def test_article_about_cookies_is_not_taken_for_a_cookie_notice() -> None:
    long_paragraph = ("Regulators said that a site which uses cookies to follow readers across "
                      "the web must now ask first, and " + "the rule applies to every page. " * 12)
    cleaned = clean_text("Privacy rules tighten for publishers\n\n" + long_paragraph)
    assert "uses cookies" in cleaned.text


@pytest.mark.parametrize("text, expected", [
    ("Date: 2025-08-12", "2025-08-12"),
    ("Published August 12, 2025 at 10:00", "2025-08-12"),
    ("12 August 2025", "2025-08-12"),
    ("Publicado el 3 de marzo de 2024", "2024-03-03"),
    ("Sept. 9, 2023", "2023-09-09"),
    ("On July 22, a plane took off", ""),
    ("2025-02-30", ""),
])
def test_find_date(text: str, expected: str) -> None:
    assert find_date(text) == expected


def test_malformed_and_empty_html_do_not_crash() -> None:
    assert clean_html("") == Cleaned("", "", "", "")
    broken = "<html><body><div><p>Unclosed <b>bold <i>text</p></div><table><tr><td>cell"
    assert "Unclosed bold text" in clean_html(broken).text
    deep = "<div>" * 3000 + "A deeply nested sentence that has enough words to count as prose." \
        + "</div>" * 10
    clean_html(deep)


def test_html_title_fallbacks_and_suffix() -> None:
    page = ("<html><head><title>Rivers are rising across the north | The Daily Example</title>"
            "<script type='application/ld+json'>{\"@graph\": [{\"datePublished\": "
            "\"2023-11-02T08:00:00Z\"}]}</script></head><body><p>Hi.</p></body></html>")
    cleaned = clean_html(page)
    assert cleaned.title == "Rivers are rising across the north"
    assert cleaned.date == "2023-11-02"
    short = "<html><head><title>Home | Example</title></head><body><h1>X</h1></body></html>"
    assert clean_html(short).title == "Home | Example"


def test_a_letterhead_date_line_and_heading_above_the_prose_are_kept() -> None:
    raw = ("Harbour Rowing Club of Port Ellen and District\n"
           "Port Ellen, 14 May 2024\n\n"
           "Annual general meeting\n\n"
           "The meeting opened at seven with thirty-one members present in the boathouse, and the "
           "chair thanked everyone who had helped to repair the old gig over the winter.\n"
           "The accounts were approved without changes after a short discussion of the fuel costs.\n")
    cleaned = clean_text(raw)
    assert cleaned.title == "Harbour Rowing Club of Port Ellen and District"
    assert cleaned.text.split("\n\n")[1:3] == ["Port Ellen, 14 May 2024", "Annual general meeting"]
    # a page dump whose head holds chrome keeps to the old rule: its short lines go
    dump = "Home\n\nSign in\n\nWeather\n\n" + raw
    assert "Annual general meeting" not in clean_text(dump).text


def test_a_plain_text_masthead_and_its_first_heading_are_kept() -> None:
    from index.clean import clean_text

    prose = ("The committee has agreed to repaint the stairwells in Heron Court this autumn. The work "
             "starts on the ground floor and moves up, one floor a week.")
    raw = (f"BRAMBLE HILL RESIDENTS' GROUP\nNewsletter - 3rd of March, 2024\n\nStairwell painting\n\n{prose}\n\n"
           f"Garden day\n\n{prose}\n")
    cleaned = clean_text(raw)
    for line in ("Newsletter - 3rd of March, 2024", "Stairwell painting", prose):
        assert line in cleaned.text, line
    # a sign-up prompt with no date is still chrome
    assert "Subscribe to our newsletter" not in clean_text(f"Subscribe to our newsletter\n\n{prose}\n").text


def test_a_label_value_heading_stays_and_a_metadata_line_goes() -> None:
    """A "Label: value" line under the title is metadata only when its label is a metadata key
    ("Date:", "Stand:"); a notice's heading "Announcement: ..." is the document's heading."""
    prose = ("The footpath along the canal between the lock and the mill will be closed for repairs from "
             "the first to the twentieth of October. A signed diversion runs along Station Road.")
    raw = f"Parish of Little Hadham\n\nDate: 12 September 2024\n\nAnnouncement: Canal footpath closure\n\n{prose}\n"
    cleaned = clean_text(raw)
    assert "Announcement: Canal footpath closure" in cleaned.text.split("\n\n")
    assert "Date: 12 September 2024" not in cleaned.text
    german = raw.replace("Date: 12 September 2024", "Stand: 12.09.2024")
    assert "Stand:" not in clean_text(german).text


def test_a_letters_sign_off_after_its_last_paragraph_is_kept_without_the_signature() -> None:
    prose = ("The school library will open at eight from Monday, and pupils may borrow four books "
             "at a time. Please remind your children to bring their books back on Fridays.")
    cleaned = clean_text(f"Library opening hours\n\nDear parents,\n\n{prose}\n\nKind regards\nThe Head Teacher\n")
    assert cleaned.text.split("\n\n")[-1] == "Kind regards"


def test_a_short_last_paragraph_after_an_ad_label_stays() -> None:
    # Invented: a story whose closing sentence follows an ad slot's label.
    prose = [f"The parish council spent {n} weeks mapping the footpaths that cross the common land this spring."
             for n in ("three", "four", "five")]
    raw = "\n\n".join([*prose, "ADVERTISEMENT", "The map goes on show in May.", "Share this story"])
    text = clean_text(raw).text
    assert "The map goes on show in May." in text
    assert "ADVERTISEMENT" not in text and "Share this story" not in text


def test_prose_in_a_language_without_a_stopword_list_and_a_rule_under_the_head() -> None:
    # Invented Welsh notice: its sentences hold few of the listed languages' function words
    # but are written in lower case and closed by a full stop, which lists of names are not;
    # a dashed rule between the date line and the text parts them and is no chrome.
    paragraphs = [
        "Bydd y côr yn canu yn yr eglwys nos Sadwrn am saith o'r gloch, a bydd paned wedyn i bawb.",
        "Mae'r pwyllgor yn chwilio am wirfoddolwyr i helpu gyda'r ffair haf ym mis Mehefin eleni.",
        "Cofiwch ddod â'ch llyfrau yn ôl i'r llyfrgell cyn diwedd y mis, os gwelwch yn dda.",
    ]
    raw = ("CYMDEITHAS Y PENTREF\nNewyddion yr Haf\nDydd Llun, 4 Mai 2026\n" + "-" * 50 + "\n\n"
           "Croeso i bawb i'r rhifyn newydd.\n\n" + "\n\n".join(paragraphs) + "\n")
    kept = clean_text(raw).text.split("\n\n")
    for line in ("Newyddion yr Haf", "Croeso i bawb i'r rhifyn newydd.", *paragraphs):
        assert line in kept, line


def test_a_heading_framed_by_rules_above_the_salutation_is_kept() -> None:
    # Invented: a notice whose capitals heading stands between two rules of "=".
    prose = ("The boiler in the basement will be replaced next week, so there will be no hot water "
             "on Tuesday and Wednesday between nine and four. We apologise for the trouble.")
    raw = (f"Elm Court Residents\n14 Station Road\n\n{'=' * 40}\n NOTICE OF BOILER REPLACEMENT\n{'=' * 40}\n\n"
           f"Dear residents,\n\n{prose}\n")
    kept = clean_text(raw).text.split("\n\n")
    assert "NOTICE OF BOILER REPLACEMENT" in kept and prose in kept


def test_a_captions_closing_credit_goes_and_the_caption_stays() -> None:
    # Invented: a plain-text story whose photo caption ends with its credit in brackets.
    prose = [f"The lifeboat crew at Sandhaven answered {n} calls this winter, most of them to walkers cut off "
             "by the tide." for n in ("forty", "fifty")]
    caption = "Volunteers on the slipway at dawn. (Photo: Sandhaven RNLI)"
    raw = "\n\n".join(["Lifeboat crew marks a busy winter", caption, *prose])
    paragraphs = clean_text(raw).text.split("\n\n")
    assert "Volunteers on the slipway at dawn." in paragraphs
    assert not any("Photo:" in p for p in paragraphs)


def test_section_headings_in_capitals_underlined_by_rules_are_kept() -> None:
    # Invented: a club bulletin whose sections each open with a capitals heading between dashed
    # rules; a contents list repeats them first.
    rule = "-" * 50
    sections = [("NEW BOATHOUSE DOORS", "The new doors on the boathouse were fitted last week, and each member "
                 "can collect a key from the secretary on a Saturday morning."),
                ("WINTER TRAINING TIMES", "Winter training moves to the indoor tank from the first of December, on "
                 "Tuesday and Thursday evenings from seven until nine.")]
    raw = "ROWING CLUB BULLETIN\nIssue 12\n\nCONTENTS\n* New boathouse doors\n* Winter training times\n\n"
    raw += "".join(f"{rule}\n{heading}\n{rule}\n\n{prose}\n\n" for heading, prose in sections)
    kept = clean_text(raw).text.split("\n\n")
    for heading, prose in sections:
        assert heading in kept and prose in kept, heading


def test_a_title_underlined_with_equals_signs_is_the_title_not_the_letterhead_above_it() -> None:
    # Invented: a residents' notice whose letterhead line stands over its underlined title; a
    # letterhead of two lines closed by a rule underlines no title.
    prose = ("The lift in the east stairwell will be out of service from Monday while its cables are "
             "replaced. The engineers expect to finish the work by Thursday evening.")
    raw = (f"Elm Court Residents · 14 Station Road · Leeds LS1 4AB\n\nLift repairs in the east stairwell\n"
           f"{'=' * 40}\n\n{prose}\n")
    cleaned = clean_text(raw)
    assert cleaned.title == "Lift repairs in the east stairwell"
    assert "Elm Court Residents" not in cleaned.text and prose in cleaned.text
    two_lines = raw.replace("\n\nLift repairs", "\nLift repairs")
    assert clean_text(two_lines).title != "Lift repairs in the east stairwell"
