"""The mechanisms the twenty-fifth held-out set asked for, each on an invented input: a
press release's subhead that opens with a currency sign, the word "copyright" inside a
sentence, a contact row under a closing rule, a mail's signature over a mailing list's footer,
an article's key-points aside, a caption credit named by a component attribute, membership,
donation and paywall prompts, a call to comment, and a back link drawn with an arrow in
Markdown."""

from __future__ import annotations

from index.chrome_lines import is_chrome_line
from index.clean import clean_text
from index.extract_html import extract_html
from index.extract_markdown import extract_markdown
from index.text_footer import without_letter_footer
from index.text_signature import without_signature

PROSE = ("The volunteers meet at the community hall every second Saturday of the month, and new members "
         "are always welcome to join them for tea after the work is done.")
STORY = ("<p>The ferry between Eastport and Milltown will run twice an hour from the first of March, the "
         "harbour board said on Tuesday after a long meeting.</p>"
         "<p>Passengers have asked for more crossings since the bridge closed for repairs last spring, and "
         "the board said the new timetable would stay in place until the bridge reopens.</p>"
         "<p>The first boat will leave Eastport at six in the morning and the last will return from "
         "Milltown shortly before midnight on weekdays and weekends alike.</p>")


def _page(article: str, title: str = "Ferry to run twice an hour") -> str:
    return (f"<html><head><title>{title} - Coast Courier</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<main><article><h1>{title}</h1>{article}</article></main>"
            "<footer><p>Coast Courier, 4 Quay Road</p></footer></body></html>")


def test_a_subhead_opening_with_a_currency_sign_stays_under_the_capitals_headline() -> None:
    raw = ("FOR IMMEDIATE RELEASE\n\nPress office:\nAnna Berg, Press Officer\nValley Mills Trust\n\n"
           "OLD VALLEY MILL TO OPEN AS A BAKERY SCHOOL\n\n"
           "$1.2 million grant will pay for ovens and training places for fourteen young bakers\n\n"
           "MILLTOWN, Ohio, March 3, 2026 -- " + PROSE + "\n\n" + PROSE + "\n\n###\n")
    cleaned = clean_text(raw)
    assert cleaned.title == "OLD VALLEY MILL TO OPEN AS A BAKERY SCHOOL"
    assert "$1.2 million grant will pay for ovens" in cleaned.text
    assert "Anna Berg" not in cleaned.text
    # a subhead of more than twelve words, a phrase without a full stop
    longer = raw.replace("training places for fourteen young bakers", "training places for fourteen young bakers "
                         "every year")
    assert "fourteen young bakers every year" in clean_text(longer).text


def test_the_word_copyright_inside_a_sentence_is_no_copyright_line() -> None:
    raw = ("Rules for the photo competition\n\n" + PROSE + "\n"
           "– Entrants keep the copyright in every picture they send.\n"
           "– Each entrant may send three pictures.\n\n" + PROSE + "\n")
    assert "Entrants keep the copyright in every picture they send." in clean_text(raw).text
    assert "Copyright 2026 Valley Camera Club" not in clean_text(raw + "\nCopyright 2026 Valley Camera Club\n").text


def test_a_contact_row_under_a_closing_rule_is_the_footer() -> None:
    raw = (PROSE + "\n\nQuestions should go to the club secretary.\n\n" + "-" * 40 + "\n"
           "Valley Camera Club · 2 Mill Lane, Milltown · club@valleycamera.example\n")
    kept = without_letter_footer(raw)
    assert "club@valleycamera.example" not in kept
    assert "Questions should go to the club secretary." in kept


def test_a_signature_over_a_mailing_list_footer_goes_with_the_footer() -> None:
    raw = ("Hi all,\n\nThe boat is booked for Saturday.\n\nAnna\n\n-- \nAnna Berg\nSecretary\n"
           "Valley Rowing Club\nTel 555 0100\n\nThis message is confidential and meant for its addressee only.\n"
           "If it reached you by mistake, please delete it.\n\n"
           "_______________________________________________\nrowing mailing list\nrowing@lists.valley.example\n"
           "https://lists.valley.example/mailman/listinfo/rowing\n")
    kept = without_signature(raw)
    assert "The boat is booked for Saturday." in kept
    assert "confidential" not in kept and "mailing list" not in kept


def test_a_key_points_aside_of_whole_sentences_is_the_article_s_text() -> None:
    aside = ("<aside class='summary'><h2>Key points:</h2><ul>"
             "<li>The ferry will run twice an hour from March.</li>"
             "<li>The timetable stays until the bridge reopens.</li></ul></aside>")
    text = extract_html(_page(aside + STORY)).text
    assert "The ferry will run twice an hour from March." in text
    assert "The timetable stays until the bridge reopens." in text
    links = ("<aside class='summary'><h2>More news</h2><ul>"
             "<li><a href='/a'>Council agrees the new parking charges for the town.</a></li>"
             "<li><a href='/b'>School play raises money for the new library roof.</a></li></ul></aside>")
    assert "parking charges" not in extract_html(_page(links + STORY)).text


def test_a_caption_credit_named_by_a_component_attribute_is_dropped() -> None:
    figure = ("<figure><img src='boat.jpg' alt=''><figcaption>The new ferry at Eastport pier on Monday. "
              "<span data-component='Credit'>(Coast Courier: Jo Reed)</span></figcaption></figure>")
    text = extract_html(_page(figure + STORY)).text
    assert "The new ferry at Eastport pier on Monday." in text
    assert "Jo Reed" not in text


def test_a_membership_appeal_linking_to_the_donation_page_is_chrome() -> None:
    linked = ("<div class='Enhancement'><p>Reporting like this is paid for by listeners. "
              "<a href='/donate'>Support our newsroom</a></p></div>")
    text = extract_html(_page(STORY + linked + STORY.replace("<p>", "<p>Again: "))).text
    assert "paid for by listeners" not in text
    assert "The first boat will leave Eastport" in text


def test_a_donation_box_around_a_give_now_button_is_chrome() -> None:
    button = ("<div class='wp-block-appeal'><p>Local news depends on its readers. Chip in what you can this "
              "month and help us keep reporting.</p><button type='submit'>Give now</button></div>")
    text = extract_html(_page(STORY + button + STORY.replace("<p>", "<p>Again: "))).text
    assert "Chip in what you can" not in text
    assert "The first boat will leave Eastport" in text


def test_a_paywall_box_of_bare_lines_opened_by_the_call_to_subscribe_is_chrome() -> None:
    paywall = "<div class='a_x'><p>Suscríbete para seguir leyendo</p><p>Lee sin límites</p></div>"
    text = extract_html(_page(STORY + paywall)).text
    assert "Suscríbete" not in text and "sin límites" not in text
    assert "The first boat will leave Eastport" in text


def test_a_call_to_comment_is_chrome() -> None:
    assert is_chrome_line("Have your say in the comments below.")
    assert is_chrome_line("Tell us what you think in the comments section!")
    assert not is_chrome_line("Readers argued for weeks in the comments below the first story, and the "
                              "council read every one of them.")


def test_a_back_link_drawn_with_an_arrow_is_chrome_in_markdown() -> None:
    markdown = "---\ntitle: Ferry\n---\n\n[← All harbour posts](/posts/)\n\n" + PROSE + "\n"
    assert "All harbour posts" not in extract_markdown(markdown).text


def test_a_module_title_over_an_item_gives_way_to_the_item_s_own_headline() -> None:
    html = ("<html><head><title>Pool closed for repairs until May • Milltown, OH • Town Portal</title></head><body>"
            "<div class='breadcrumbs'><a href='/'>Home</a> › <a href='/alerts'>Town Alerts</a></div>"
            "<h1 class='moduleTitle'>Town Alerts</h1><h2 class='category'>Parks Notices</h2>"
            "<div class='item'><h3>Pool closed for repairs until May</h3>" + STORY + "</div>"
            "<footer><p>Town of Milltown</p></footer></body></html>")
    parsed = extract_html(html)
    assert parsed.title == "Pool closed for repairs until May"
    assert "Town Alerts" not in parsed.text and "Parks Notices" not in parsed.text
    assert "The first boat will leave Eastport" in parsed.text
