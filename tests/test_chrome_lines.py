"""Lines of a page that are chrome whatever its template (:mod:`index.chrome_lines`: also
licence lines, a press release's media and SOURCE lines, a citation tool's label), and the
plain-text cleaner's "read also" labels in more languages (:mod:`index.clean`)."""

from __future__ import annotations

import pytest

from index.chrome_lines import is_chrome_line
from index.clean import clean_text


@pytest.mark.parametrize("line", [
    "Leggi anche Como, chiusa la strada del lungolago",  # Italian, no separator: a headline follows
    "Lees ook: Arnhem krijgt een nieuwe markt",
    "Veja também: Prefeitura anuncia obras na ponte",
    "Lire aussi - Le marché de Lyon rouvre",
    "Was this page helpful?",
    "Did you find this article useful? Yes No",
    "1,204 followers",
    "87 subscribers",
    "📲 Participe do canal da Gazeta do Sul no WhatsApp",
    "Join our Telegram channel for breaking news",
    "Segui il canale di Cronaca Locale su WhatsApp",
    "More information about the Beekeepers mailing list",
    "Les også: Bybanen får nye vogner i vår",  # Norwegian, Greek and Turkish "read also" links
    "Διαβάστε επίσης: Νέα γέφυρα στον Βόλο",
    "İLGİLİ HABER: Konya'da yeni otobüs hattı",
    "[Home] [Archive] [Search] [Help]",  # an old archive's bracketed navigation
    "URL: https://archive.example.org/cases/2024/17.html",
    "About us | Privacy Policy | Terms of use | Contact",  # a footer's link row
    "Copyright ⓒ Example News Agency. Reuse prohibited.",
    "<저작권자(c) 예시통신, 무단 전재-재배포 금지>",  # a Korean agency's copyright line
    "This is a developing story. Check back for updates.",
    "Comments are closed for this article.",
    "Contains public sector information licensed under the Open Government Licence v3.0.",  # licence lines
    "This article is licensed under a Creative Commons Attribution-ShareAlike 4.0 licence.",
    "Photo - https://media.wire.example/9912/harbour.jpg Logo - https://media.wire.example/9913/logo.png",
    "SOURCE Harbour Tugs Ltd",  # a press release's source line
    "How to Cite",
])
def test_chrome_lines_in_many_templates_and_languages(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize("line", [
    "See also the council minutes of 3 May, which set the budget.",  # a sentence, not a link
    "Read more about the plan. It was agreed in May and starts in June.",
    "The warden sent the rota to the WhatsApp group on Monday.",
    "The page was helpful to many residents, the council said.",
    "More information about the grant is on the council's website.",
    "The court heard that the copyright in the photographs belonged to the agency.",
    "Residents asked about parking, recycling and the new bus stop.",
    "Source: the council's annual report.",
    "The photo was taken by a drone licensed to fly over the harbour.",
])
def test_sentences_that_share_their_words_are_kept(line: str) -> None:
    assert not is_chrome_line(line)


def test_a_read_also_line_in_dutch_is_removed_from_plain_text() -> None:
    raw = ("Nieuwe brug open\n\nDe nieuwe brug over de rivier is dinsdag geopend door de wethouder en twee klassen.\n\n"
           "Lees ook: Stad wil een parkeergarage onder de markt\n\n"
           "De bouw liep een half jaar vertraging op door munitie die in de rivierbodem werd gevonden.\n")
    assert "parkeergarage" not in clean_text(raw).text


def test_a_short_last_paragraph_before_the_chrome_is_kept_in_plain_text() -> None:
    raw = ("Ferry timetable changes\n\nFrom March the ferry between the two islands runs five times a day "
           "instead of four, the county council said on Monday.\n\nThe extra sailing leaves at half past three.\n\n"
           "Fares stay the same.\n\nAdvert\n\nShare: Facebook | Email\n")
    text = clean_text(raw).text
    assert "The extra sailing leaves at half past three." in text and "Fares stay the same." in text
    assert "Share: Facebook" not in text


def test_short_links_event_buttons_follow_prompts_and_count_rows_are_chrome_lines() -> None:
    # Invented lines of the kinds event and news pages carry around their text.
    for line in ("Kurzlink: exmpl.de/a9Zq", "Short link: https://exmpl.news/p/123", "Add to calendar",
                 "Get directions", "Siga o Jornal da Serra no Google News", "1.2k followers · 40 events hosted",
                 "250 subscribers | 12 videos"):
        assert is_chrome_line(line), line
    for line in ("Tickets: £5 on the door, children free.", "3 eggs · 200 g flour",
                 "The road reopens on Monday: details at example.org/roads.", "Google News changed its layout."):
        assert not is_chrome_line(line), line


def test_a_call_to_tag_a_handle_on_a_network_is_chrome_in_any_language() -> None:
    # Invented Dutch, French and German calls; a sentence naming a handle mid-text stays.
    assert is_chrome_line("Dit recept gemaakt? Tag @keukenvanmarie op Instagram!")
    assert is_chrome_line("Vous avez testé ? Identifiez @chezpaul sur Pinterest")
    assert is_chrome_line("Nachgebacken? Markiere @backstube_anna auf TikTok.")
    assert not is_chrome_line("The council's account @harbourboard posted the new timetable on Instagram last week, "
                              "and the ferry company shared it the same day.")


def test_a_line_of_contact_details_alone_is_chrome() -> None:
    # Invented contact box lines, and lines that only look alike
    assert is_chrome_line("media@riverside-trust.org · +44 1632 960 184")
    assert is_chrome_line("bookings@hallhire.example | 01632 960 555")
    assert is_chrome_line("+33 1 70 36 39 50")
    assert not is_chrome_line("12.03.2026")
    assert not is_chrome_line("2024-2025")
    assert not is_chrome_line("Write to media@riverside-trust.org for the full report.")


def test_the_recaptcha_notice_that_replaces_the_hidden_badge_is_chrome() -> None:
    # Invented wording around Google's fixed phrase, as a contact form's footer might carry it.
    assert is_chrome_line("This form is protected by reCAPTCHA and the Google Privacy Policy and Terms apply.")
    assert not is_chrome_line("The council said the booking system will be protected by a new login from May.")
