"""Plain-text notices and newsletters: a saved page's breadcrumb trail is not the title
(:mod:`index.text_breadcrumb`); a heading in capitals over a table, or a one-word heading
over the subject line, stays; a printed paper's imprint and recycling line go
(:func:`index.clean.clean_text`); a TAB-separated table is one whose lines hold as many cells
between tabs, wherever the tab stops fall (:mod:`index.text_tables`)."""

from __future__ import annotations

from pathlib import Path

from index.clean import clean_text
from index.loaders import load_paths
from index.text_breadcrumb import is_breadcrumb, without_breadcrumb
from index.text_footer import without_letter_footer
from index.text_lynx import without_lynx_links
from index.text_signature import without_quoted_reply, without_signature

_PROSE = ("The water supply to the lower town will be switched off on Thursday from nine in the morning "
          "until two in the afternoon while a valve is replaced.")


def test_a_breadcrumb_trail_over_a_notice_is_dropped_and_its_heading_stays(tmp_path: Path) -> None:
    notice = f"Home > Notices > Water works\n\nNOTICE\n\nWater off in the lower town\n\n{_PROSE}\n\nThe water board\n"
    (tmp_path / "notice.txt").write_text(notice, encoding="utf-8")
    doc = load_paths([tmp_path / "notice.txt"]).documents[0]
    assert doc.text.split("\n\n")[:3] == ["NOTICE", "Water off in the lower town", _PROSE]
    assert doc.title == "Water off in the lower town"
    assert is_breadcrumb("Αρχική › Ανακοινώσεις › Νερό")
    assert not is_breadcrumb("Profits > costs > zero this year, he said")


def test_a_capitals_heading_over_a_table_stays_and_the_imprint_goes() -> None:
    letter = (f"Dear friends,\n\n{_PROSE}\n\nWith love,\nAnn\n\nCOFFEE MORNINGS\n"
              "Day\tPlace\tHost\n2 May\tChurch hall\tJean Cole\n9 May\tThe Old School\tRob Hart\n"
              "16 May\tChurch hall\tMary Bell\n\n————\nThe Village Voice is printed by Hill Press Ltd.\n"
              "Please recycle this newsletter when you have read it.\n")
    text = clean_text(letter).text
    assert "COFFEE MORNINGS" in text.split("\n\n")
    assert "Day: 9 May | Place: The Old School | Host: Rob Hart" in text.splitlines()  # tabs, not columns
    assert "printed by" not in text and "recycle" not in text


def test_a_slash_or_full_width_breadcrumb_is_dropped_but_alternatives_joined_by_slashes_stay() -> None:
    assert is_breadcrumb("Start / Aktuelles / Bekanntmachungen")
    assert is_breadcrumb("ホーム ＞ 防災 ＞ お知らせ")
    assert not is_breadcrumb("cats / dogs / rabbits")  # lower case: alternatives, not places
    assert not is_breadcrumb("Monday / Tuesday evening opening hours / Weekend and bank holidays")
    assert not is_breadcrumb("Page 1 / 2 / 3")


def test_japanese_sentences_without_spaces_are_prose(tmp_path: Path) -> None:
    notice = ("ホーム ＞ 防災 ＞ お知らせ\n図書館の臨時休館について\n\n"
              "図書館は、空調設備の工事のため臨時休館します。\n"
              "休館中は、返却ポストをご利用ください。\n"
              "予約した本の受け取りは、工事が終わってからになります。\n")
    (tmp_path / "oshirase.txt").write_text(notice, encoding="utf-8")
    doc = load_paths([tmp_path / "oshirase.txt"]).documents[0]
    assert doc.title == "図書館の臨時休館について"
    assert "休館中は、返却ポストをご利用ください。" in doc.text
    assert "ホーム" not in doc.text


def test_the_site_line_right_above_a_breadcrumb_goes_with_it(tmp_path: Path) -> None:
    notice = (f"Lakeside Borough Council Online\nHome > Notices > Roads\n\nBridge Street closed for resurfacing\n\n"
              f"{_PROSE}\n\nThe highways team\n")
    (tmp_path / "notice.txt").write_text(notice, encoding="utf-8")
    doc = load_paths([tmp_path / "notice.txt"]).documents[0]
    assert "Lakeside Borough Council Online" not in doc.text
    assert doc.title == "Bridge Street closed for resurfacing"
    # a sentence over a trail is no site line
    kept = without_breadcrumb("The council met today.\nHome > Notices > Roads\nText.")
    assert kept.splitlines() == ["The council met today.", "Text."]


def test_a_one_step_trail_at_the_top_goes_with_the_site_line_above_it(tmp_path: Path) -> None:
    # Invented: a residents' site saved as text, its header in capitals over a two-part trail.
    notice = (f"HILLCREST RESIDENTS ASSOCIATION\nStart › Notices\n\nNOTICE\n\nSubject: Water off in the lower town\n\n"
              f"{_PROSE}\n\nThe water board\n")
    (tmp_path / "notice.txt").write_text(notice, encoding="utf-8")
    doc = load_paths([tmp_path / "notice.txt"]).documents[0]
    assert "Notices" not in doc.text and "HILLCREST" not in doc.text
    assert "Water off in the lower town" in doc.text
    kept = without_breadcrumb("Intro\nBook one > Book two\nPrices » stay « the same\n")
    assert "Prices » stay « the same" in kept  # third line: too deep for a one-step trail
    assert without_breadcrumb("Budget 2025 > Budget 2024\nText.\n").startswith("Budget 2025")  # figures


def test_sentences_under_a_table_at_the_end_of_a_caseless_script_notice_stay() -> None:
    # Invented Arabic notice: after the table, two short sentences (no capitals in Arabic, the
    # last word with a vowel mark before the stop) close it, then the view count and print line.
    notice = ("إعلان عن إغلاق المكتبة\n\n"
              "تعلن إدارة المكتبة العامة عن إغلاق القاعة الرئيسية طوال الأسبوع القادم بسبب أعمال الصيانة الدورية.\n"
              "يمكن للقراء إعادة الكتب في الصندوق الموجود عند المدخل الرئيسي للمبنى خلال ساعات الدوام.\n\n"
              "القاعة\tاليوم\tالوقت\nالقاعة الكبرى\tالأحد\tصباحاً\nقاعة المطالعة\tالاثنين\tمساءً\n\n"
              "نعتذر عن الإزعاج الذي قد يسببه ذلك مؤقتاً.\nللاستفسار يرجى الاتصال بمكتب الاستقبال.\n\n"
              "عدد المشاهدات: 512\nطباعة | إرسال\n")
    text = clean_text(notice).text
    assert "نعتذر عن الإزعاج الذي قد يسببه ذلك مؤقتاً." in text.split("\n\n")
    assert "للاستفسار يرجى الاتصال بمكتب الاستقبال." in text.split("\n\n")
    assert "عدد المشاهدات" not in text


def test_a_mails_signature_block_and_list_footer_go(tmp_path: Path) -> None:
    # Invented list mail: the message, the "-- " separator, the sender's card and the footer.
    mail = (f"Subject: Water off on Thursday\n\n{_PROSE}\n\nThanks,\nAnn\n\n-- \nHillcrest Residents\n"
            "Tel: 01632 960 123\nYou are receiving this because you joined the residents' mailing list.\n"
            "To leave the list, reply with the word stop.\n")
    (tmp_path / "mail.txt").write_text(mail, encoding="utf-8")
    text = load_paths([tmp_path / "mail.txt"], extractors="auto").documents[0].text
    assert _PROSE in text
    assert "receiving this" not in text and "reply with the word stop" not in text
    # a rule of two dashes with the text going on under it is no signature
    long_tail = "Intro.\n--\n" + "\n".join(f"Line {i} of the text goes on here." for i in range(12))
    assert without_signature(long_tail) == long_tail


def test_a_capitals_heading_right_above_the_first_prose_stays_under_a_programs_header() -> None:
    # Invented: a club report printed by a DOS program (its header line and a rule of "=" above),
    # then the report's own heading in capitals and its date line; and a notice whose
    # one-word capitals heading stands over its subject line.
    report = ("HILLSIDE CHESS CLUB                                  Page 1\n"
              "ClubSoft 2.1 - printed 04/02/2026 at 10:15\n==================================\n\n"
              "        ANNUAL ACCOUNTS - SEASON 2025\n\nDated 04/02/2026\n\n"
              f"{_PROSE}\n")
    paragraphs = clean_text(report).text.split("\n\n")
    assert paragraphs[-3:] == ["ANNUAL ACCOUNTS - SEASON 2025", "Dated 04/02/2026", _PROSE]
    notice = f"RIVERSIDE WARD OFFICE\nHealth desk\n\nNOTICE\nWater off in the lower town\n\n{_PROSE}\n"
    assert "Water off in the lower town" in clean_text(notice).text.split("\n\n")
    # a name line in capitals over the story is no heading
    story = f"City desk\n\nJOHN SMITH\n\n{_PROSE}\n"
    assert "JOHN SMITH" not in clean_text(story).text


def test_form_feed_pages_lose_their_running_header_and_footer_and_a_split_paragraph_joins(tmp_path: Path) -> None:
    # Invented: a two-page club report as a DOS program prints it, CRLF and a form feed.
    from index.text_pages import without_page_breaks

    page1 = ("Bramley Cycling Club - Yearbook 2025\r\n==============================\r\n\r\n"
             "The club rode 41 Sunday runs this year, two more than last year, and lost only one to snow.\r\n"
             "The new route to the reservoir was the most popular and the café there now opens at\r\n\r\n"
             "                                      -- sheet 1/2 --\r\n")
    page2 = ("Bramley Cycling Club - Yearbook 2025\r\n==============================\r\n\r\n"
             "eight on Sundays for us.\r\nMembers voted to keep the fee at twelve pounds for another year.\r\n\r\n"
             "                                      -- sheet 2/2 --\r\n")
    text = without_page_breaks(page1 + "\f" + page2)
    assert "Yearbook" not in text and "sheet" not in text and "=====" not in text
    assert "the café there now opens at\neight on Sundays for us." in text
    (tmp_path / "yearbook.txt").write_bytes((page1 + "\f" + page2).encode("cp850"))
    doc = load_paths([tmp_path / "yearbook.txt"], extractors="auto").documents[0]
    assert "now opens at eight on Sundays for us." in doc.text and "Yearbook" not in doc.title + doc.text
    # pages that share no header or footer line keep every line
    assert without_page_breaks("One page of notes.\fAnother page.") == "One page of notes.\nAnother page."


def test_a_closing_place_and_date_line_with_a_spaced_numeric_date_dates_the_text(tmp_path: Path) -> None:
    # Invented: a Slovak club notice closed by its place-and-date line, the date spaced "9. 4. 2025".
    notice = ("Oznam\n\nVýbor klubu oznamuje, že jarná brigáda na ihrisku sa uskutoční v sobotu a všetci členovia "
              "sú vítaní.\n\nNáradie a občerstvenie zabezpečí klub pre každého, kto príde pomôcť.\n\n"
              + "".join(f"Úloha {n}: skupina {n} natrie lavičky a vyčistí odtok pri šatni.\n" for n in range(1, 12))
              + "\n"
              "V Dolnej Vsi dňa 9. 4. 2025\n\nPredseda klubu\n")
    (tmp_path / "oznam.txt").write_text(notice, encoding="utf-8")
    assert load_paths([tmp_path / "oznam.txt"], extractors="auto").documents[0].date == "2025-04-09"


def test_a_programs_print_header_over_a_rule_goes_and_the_texts_own_heading_is_the_title(tmp_path: Path) -> None:
    # Invented: a records program's header line (fields set apart by wide gaps, the page number last).
    text = ("KASSA-PRO 4.0          Printed: 02.05.2025 09:12          Blatt 1\n"
            "=================================================================\n\n"
            "MINUTES OF THE ALLOTMENT SOCIETY AGM\n\n"
            "Twenty-two members came to the meeting in the church hall and the chair opened it at seven.\n"
            "The accounts were approved without changes and the rent for a full plot stays the same.\n")
    from index.text_pages import without_print_header

    assert without_print_header(text).lstrip().startswith("MINUTES OF THE ALLOTMENT SOCIETY AGM")
    (tmp_path / "agm.txt").write_text(text, encoding="utf-8")
    doc = load_paths([tmp_path / "agm.txt"], extractors="auto").documents[0]
    assert "KASSA" not in doc.title + doc.text and doc.title == "MINUTES OF THE ALLOTMENT SOCIETY AGM"
    # a heading over a rule, with no page number among wide-gapped fields, stays
    plain = "Allotment news\n==============\n\nThe water is back on at every trough from Monday morning onwards.\n"
    assert without_print_header(plain) == plain


def test_the_quoted_message_a_reply_ends_with_goes_with_its_headers_or_attribution() -> None:
    # Invented replies: the answered message quoted under the reply, under the header fields a
    # client copies or under an attribution line.
    reply = "The hall is booked for the 12th from six o'clock.\nPlease bring your own cups.\n"
    quoted = "\n> Has anyone booked the hall for the quiz night yet?\n> We need it from six.\n"
    headers = ("\nFrom: Ann Lee <ann@example.org>\nSubject: [quiz] Re: hall booking\n"
               "Date: Mon, 3 Mar 2025 09:12:00 +0000\n")
    assert without_quoted_reply(reply + headers + quoted) == reply
    assert without_quoted_reply(reply + "\nOn Mon, 3 Mar 2025, Ann Lee wrote:\n" + quoted) == reply
    # quoted lines with the reply under them (answered inline) stay, and so does a text that is only a quote
    inline = quoted + "\nYes, I booked it this morning.\n"
    assert without_quoted_reply(inline) == inline
    assert without_quoted_reply(quoted) == quoted


# Invented: a text browser's dump of a county walking club's news page.
_DUMP = """   #[1]Fellside Ramblers feed [2]alternate

   [3]Skip to content

   [4]Fellside Ramblers

     * [5]Walks
     * [6]Routes
     * [7]Join

Bridge on the Cray valley path reopens after flood repairs

   [IMG]
   The new footbridge over the Cray at Low Mill. (Photo: Fellside Ramblers)

   The footbridge at Low Mill, washed away in the November floods, reopened
   on Saturday after volunteers rebuilt it with oak from the estate.

   Walkers can read the route notes on [8]the club's route page before they
   set out, as the path is still muddy below the mill.

   Related walks

    1. [9]Winter circuit of Hawes Pike
    2. [10]Three reservoirs in a day

References

   1. https://ramblers.example/feed
   8. https://ramblers.example/routes/cray
  10. https://ramblers.example/walks/reservoirs
"""


def test_a_text_browser_dumps_link_lines_and_references_go_and_its_link_words_in_prose_stay(tmp_path: Path) -> None:
    (tmp_path / "dump.txt").write_text(_DUMP, encoding="utf-8")
    doc = load_paths([tmp_path / "dump.txt"], extractors="auto").documents[0]
    assert doc.title == "Bridge on the Cray valley path reopens after flood repairs"
    paragraphs = doc.text.split("\n\n")
    assert "The new footbridge over the Cray at Low Mill." in paragraphs  # the caption, not its credit
    assert "Walkers can read the route notes on the club's route page before they set out" in doc.text
    for gone in ("Skip to content", "Walks", "Hawes Pike", "Three reservoirs", "https://", "[", "IMG", "Photo:"):
        assert gone not in doc.text
    assert without_lynx_links("See [1]this and [2]that and [3]more.\n") == "See [1]this and [2]that and [3]more.\n"


def test_a_letters_closing_contact_row_or_data_protection_line_goes(tmp_path: Path) -> None:
    # Invented letters: an Estonian managing agent's notice with its letterhead's contact row, an
    # English one with the data-protection line its sender prints on every letter.
    row = "Kodu Haldus OÜ | Pärnu mnt 12, 10148 Tallinn | tel 612 3456 | info@koduhaldus.example"
    estonian = ("Lugupeetud elanikud!\n\nMaja katus parandatakse aprillis ja töö kestab umbes kolm nädalat, mille "
                "jooksul ei saa\nkasutada pööningut ega hoovi parklat.\n\nPalume elanikel viia oma asjad "
                "pööningult ära hiljemalt kolmekümnendaks märtsiks.\n\nTallinnas 3.3.2026\n\nHaldur Mari Tamm\n"
                f"Kodu Haldus OÜ\n\n{row}\n")
    notice = ("Your personal data are processed under Regulation (EU) 2016/679. You may exercise your rights "
              "at office@brook.example.")
    english = f"Dear tenants,\n\n{_PROSE}\n\nYours sincerely,\n\nJo Brook\nLettings manager\n\n{notice}\n"
    for letter, footer in ((estonian, row), (english, notice)):
        (tmp_path / "letter.txt").write_bytes(letter.replace("\n", "\r\n").encode("utf-8"))
        text = load_paths([tmp_path / "letter.txt"], extractors="auto").documents[0].text
        assert "Palume elanikel" in text or _PROSE in text
        assert footer not in text
    table_end = f"{_PROSE}\n\nRoom | Day | Host\nHall | Monday | Ann\nLibrary | Tuesday | office@brook.example\n"
    assert without_letter_footer(table_end) == table_end  # a table's rows, not one footer line
    gdpr_text = f"{_PROSE}\n\nThe GDPR gives every tenant the right to see the records we hold about them."
    assert without_letter_footer(gdpr_text) == gdpr_text  # the text's own closing sentence that names the law


def test_a_rule_under_a_letterhead_line_closes_it_and_the_subject_under_the_heading_stays() -> None:
    # Invented: a residents' association's notice whose second letterhead line (long, no full
    # stop) stands right over a rule of "=": the rule is not that line's wrapped continuation,
    # so the heading, the subject line and the prose under them read as the notice's opening
    notice = ("RIVERSIDE COURT RESIDENTS' ASSOCIATION\n"
              "Agent: Harbour Lettings Ltd. for the owners, tel. 01632-960118\n"
              "==========================================================================\n\n"
              "N O T I C E\n\nSubject: lift out of service for the annual safety inspection\n\n"
              "Dear residents,\n\n"
              "The engineers will inspect the lift on Monday morning and it will be stopped from nine "
              "until about one o'clock. Please use the stairs during that time and ask a neighbour for "
              "help with heavy shopping.\n\nThank you for your patience.\n")
    text = clean_text(notice).text
    assert "Subject: lift out of service for the annual safety inspection" in text.split("\n\n")
    assert "=====" not in text and "01632-960118" not in text


def test_a_press_release_s_markers_go_and_its_numbered_notes_and_table_heading_stay(tmp_path: Path) -> None:
    release = ("FOR IMMEDIATE RELEASE\r\rNew ferry timetable for the islands\r\r"
               f"{_PROSE}\r\rThe first sailing leaves at six.\r\rSailings per day\r"
               "  Weekdays      8 sailings\r  Saturdays     6 sailings\r  Sundays       4 sailings\r\r"
               "ENDS\r\rNotes to editors\r1. The ferry service carries about two thousand passengers every day.\r"
               "2. Passengers can sign up for the newsletter to get notice of any changes to sailings.\r")
    (tmp_path / "release.txt").write_text(release, encoding="utf-8")
    doc = load_paths([tmp_path / "release.txt"]).documents[0]
    lines = doc.text.split("\n\n")
    assert not {"FOR IMMEDIATE RELEASE", "ENDS", "Notes to editors"} & set(lines)
    assert doc.title == "New ferry timetable for the islands"
    assert "Sailings per day" in lines
    assert any("sign up for the newsletter" in line for line in lines)


def test_a_notice_s_subject_line_under_its_letterhead_stays(tmp_path: Path) -> None:
    notice = ("Greenfield Allotment Society\n12 Orchard Road, Dunmore\n\nDate: 3 March 2026\n\n"
              "Notice: Spring water connection\n\nDear members,\n\n"
              f"{_PROSE}\n\nThe committee\n")
    (tmp_path / "notice.txt").write_text(notice, encoding="utf-8")
    lines = load_paths([tmp_path / "notice.txt"]).documents[0].text.split("\n\n")
    assert "Notice: Spring water connection" in lines
    assert lines.index("Notice: Spring water connection") == lines.index(_PROSE) - 1
    assert "Date: 3 March 2026" not in lines


def test_a_numbered_agenda_keeps_each_item_on_its_own_line_with_its_heading() -> None:
    # Invented: a bowls club's agenda, letterhead over a one-word capitals heading, the meeting
    # line, then numbered items, the longer ones long enough to read as wrapped prose.
    agenda = ("GREENWAY BOWLS CLUB\nPavilion, Mill Road, Leeds LS9 2AB\n\nAGENDA\n\n"
              "Special general meeting of the Greenway Bowls Club\nMonday 2 March 2026 at 8pm\n\n"
              "1. Opening and apologies\n2. Report on the repair of the pavilion roof after the storm\n"
              "3. Proposal to raise the annual fee for playing members\n4. Any other business\n\n"
              f"{_PROSE}\n")
    paragraphs = clean_text(agenda).text.split("\n\n")
    assert "Special general meeting of the Greenway Bowls Club" in paragraphs
    assert "1. Opening and apologies" in paragraphs
    assert "2. Report on the repair of the pavilion roof after the storm" in paragraphs
    assert "3. Proposal to raise the annual fee for playing members" in paragraphs


def test_a_capitals_heading_of_three_words_is_the_title_not_the_letterhead_above_it() -> None:
    # Invented: a housing cooperative's notice, its name and address over the notice's own heading.
    notice = ("Cooperativa Casa Verde\nVia Roma 12, 40100 Bologna\n\nBologna, 4 marzo 2026\n\n"
              f"AVVISO DI CHIUSURA DEL CORTILE\n\n{_PROSE}\n")
    cleaned = clean_text(notice)
    assert cleaned.title == "AVVISO DI CHIUSURA DEL CORTILE"
    assert "Cooperativa Casa Verde" not in cleaned.text
