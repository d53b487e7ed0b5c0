"""Date forms read by :mod:`index.dates`: a mail archive's ctime date, a Japanese date under
its label, Polish and Russian month names, a record's day-month-year date, a labelled date of
another event, a notice's closing date line, a date in a page's ``<title>`` and in an element
a site builder marks by its ``data-hook``."""

from __future__ import annotations

import json
from pathlib import Path

from index.dates import first_date, iso_date, stated_date
from index.loaders import load_paths


def test_a_ctime_date_with_its_time_and_zone_before_the_year_dates_a_message() -> None:
    message = ("[Gardeners] Compost bays\n\nJo Reed jo at example.org Tue Mar 4 19:22:05 GMT 2025\n\n"
               "Hello all, the bays are full.")
    assert stated_date(message) == "2025-03-04"
    assert iso_date("Wed Jan 8 07:00:00 2025") == "2025-01-08"  # no zone
    assert stated_date("The job ran at Mar 4 19:22 and failed 2025 times.") == ""


def test_a_japanese_date_under_its_label_with_a_full_width_colon() -> None:
    page = "川の水位が上昇\n\n掲載日：2024年6月3日（月）7:15\n最終更新：2024年6月4日（火）9:00\n本文。"
    assert stated_date(page, labelled_only=True) == "2024-06-03"
    assert stated_date("最終更新：2024年6月4日（火）", labelled_only=True) == "2024-06-04"


def test_polish_month_names_in_the_genitive_and_the_nominative() -> None:
    assert stated_date("Nowe Miasto, dnia 3 marca 2024 r.\n\nOGŁOSZENIE") == "2024-03-03"
    assert iso_date("12 września 2024") == "2024-09-12"
    assert iso_date("1 grudnia 2023") == "2023-12-01"


def test_a_jsonl_record_dated_day_month_year_with_hyphens(tmp_path: Path) -> None:
    record = {"title": "Bridge opens", "date": "03-11-2024", "text": "The bridge opened on Monday. It is long."}
    (tmp_path / "a.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert load_paths([tmp_path / "a.jsonl"]).documents[0].date == "2024-11-03"


def test_russian_and_greek_month_names_in_the_genitive_and_the_nominative() -> None:
    assert iso_date("3 октября 2024") == "2024-10-03"
    assert stated_date("Объявление\n\n3 октября 2024 г.\n\nУважаемые жильцы!") == "2024-10-03"
    assert iso_date("май 2024") == ""  # no day
    assert [iso_date("3 Μαρτίου 2025"), iso_date("21 ΙΟΥΝΙΟΥ 2024")] == ["2025-03-03", "2024-06-21"]  # no accents
    assert stated_date("Ανακοίνωση\n\nΠάτρα, 7 Μαΐου 2025") == "2025-05-07"
    assert iso_date("Σεπτέμβριος 2024") == ""


def test_a_date_labelled_as_another_events_is_not_the_documents() -> None:
    notice = ("Grant round opens\n\n02/06/2025\n\nClosing date: 30 June 2025\n\n"
              "Applications are welcome from groups in the parish.")
    assert stated_date(notice) == "2025-06-02"
    assert stated_date("Fees\n\nDue date: 1 May 2025\n\nPublished: 3 April 2025") == "2025-04-03"


def test_a_notices_closing_date_line_dates_a_text_file(tmp_path: Path) -> None:
    notice = ("Allotment society\n\nNOTICE\n\nThe water troughs will be switched off for the winter. Please "
              "drain your hoses and store them in the shed.\n\nThe gate code changes on Monday.\n\n"
              "Plot fees for next year stay the same.\n\nThe skip will come back in March.\n\n"
              "Thank you to everyone who helped at the open day.\n\nThe committee\n\n4 November 2025\n\n"
              "Views: 88\n(c) 2025 Allotment society\n")
    (tmp_path / "notice.txt").write_text(notice, encoding="utf-8")
    assert load_paths([tmp_path / "notice.txt"], extractors="auto").documents[0].date == "2025-11-04"


def test_a_date_in_the_page_title_dates_a_page_that_labels_only_other_events() -> None:
    from index.extract_html import extract_html

    body = "".join(f"<p>{n}. The tenant appealed against an order dated 2 March 2025 about the fence.</p>"
                   for n in range(1, 4))
    page = (f"<html><head><title>Reed v Moss [2025] EWHC 40 (Ch) (14 November 2025)</title></head><body>"
            f"<div><h1>Chancery Division Decisions</h1><p>Hearing date: 3 November 2025</p>{body}</div></body></html>")
    assert extract_html(page).date == "2025-11-14"


def test_a_date_in_an_element_a_site_builder_hooks_beats_the_updated_line() -> None:
    from index.extract_html import extract_html

    story = "".join(f"<p>The rowing club raced {n} crews on the river on Saturday, and every crew finished.</p>"
                    for n in range(3, 6))
    page = ("<html><head><title>Regatta results</title></head><body><div data-hook='post-metadata'>"
            "<span data-hook='time-ago' title='Jun 7, 2025'>Jun 7, 2025</span>"
            "<span data-hook='post-updated'>Updated: Jun 9, 2025</span></div>"
            f"<article><h1>Regatta results</h1>{story}</article></body></html>")
    assert extract_html(page).date == "2025-06-07"


def test_a_label_then_a_four_digit_time_with_its_zone_and_a_short_weekday() -> None:
    page = ("Flood alert\n\nValid from: 0600 Sat 8 Mar\n\nIssued at: 2215 (GMT) on Fri 7 Mar 2025\n\n"
            "River levels are rising.")
    assert stated_date(page) == "2025-03-07"
    assert stated_date("Updated at 09:15 on Tue 4 Feb 2025") == "2025-02-04"


def test_a_wire_dateline_with_the_service_tag_after_the_date() -> None:
    story = ("Harbour board orders new tugs\n\n"
             "PLYMOUTH, England, March 3, 2025 /BizWire/ -- The harbour board has ordered two tugs from a Dutch yard.")
    assert stated_date(story) == "2025-03-03"


def test_a_nested_update_date_in_front_matter_dates_a_page_with_no_other(tmp_path: Path) -> None:
    page = ("---\ntitle: Library hours\nlast_update:\n  date: 2025-02-11\n  author: Web team\n---\n\n"
            "# Library hours\n\nThe library opens at nine on weekdays and at ten on Saturdays.\n")
    (tmp_path / "hours.md").write_text(page, encoding="utf-8")
    assert load_paths([tmp_path / "hours.md"]).documents[0].date == "2025-02-11"
    dated = page.replace("title: Library hours\n", "title: Library hours\ndate: 2024-12-01\n")
    (tmp_path / "hours.md").write_text(dated, encoding="utf-8")
    assert load_paths([tmp_path / "hours.md"]).documents[0].date == "2024-12-01"


def test_czech_ukrainian_and_arabic_month_names() -> None:
    assert stated_date("Praha\n\n3. června 2025 14:05\n\nRada schválila rozpočet.") == "2025-06-03"
    assert stated_date("Vydáno 21. ledna 2024") == "2024-01-21"
    assert stated_date("ОГОЛОШЕННЯ\n\n7 жовтня 2025 р.\n\nПро ремонт мосту.") == "2025-10-07"
    assert stated_date("الأربعاء 9 أكتوبر 2024\n\nافتتاح مكتبة جديدة") == "2024-10-09"
    assert iso_date("4 أيار 2023") == "2023-05-04"


def test_a_japanese_date_with_an_era_year() -> None:
    assert stated_date("図書館のお知らせ\n令和3年4月5日\n本文です。") == "2021-04-05"
    assert iso_date("令和元年7月1日") == "2019-07-01"
    assert iso_date("平成30年2月14日") == "2018-02-14"


def test_a_label_then_who_did_it_then_on_before_the_date() -> None:
    assert stated_date("Posted by Ann Lee on 3 March 2025", labelled_only=True) == "2025-03-03"
    assert stated_date("Edited by web-team, last updated by jdoe on Apr 09, 2024", labelled_only=True) == "2024-04-09"
    # the words after "by" are a name, not a sentence: a comma ends them
    assert stated_date("Posted by the club, then on 3 March 2025 we met", labelled_only=True) == ""


def test_a_labelled_date_split_over_nested_links_is_read_in_reading_order() -> None:
    from index.extract_html import extract_html

    story = "".join(f"<p>The allotment society planted {n} new fruit trees along the lane this winter.</p>"
                    for n in range(3, 6))
    page = ("<html><head><title>Orchard plan</title></head><body><h1>Orchard plan</h1>"
            "<div class='meta'>Written by <span><a href='/u/1'>Sam Ode</a></span>, last updated by "
            "<span><a href='/u/2'>Kay Ng</a></span> on <a href='/diff'>Feb 11, 2025</a></div>"
            f"<div class='content'>{story}</div></body></html>")
    assert extract_html(page).date == "2025-02-11"


def test_a_front_matter_date_given_as_a_mapping_is_read_by_its_created_key(tmp_path: Path) -> None:
    nested = ("---\ndate:\n  created: 2025-03-09\n  updated: 2025-04-01\nslug: kit\n---\n\n"
              "# New kit\n\nThe club bought new kit for the junior section this spring.\n")
    flow = nested.replace("date:\n  created: 2025-03-09\n  updated: 2025-04-01\n",
                          "date: {created: 2025-03-09, updated: 2025-04-01}\n")
    for name, page in (("nested.md", nested), ("flow.md", flow)):
        (tmp_path / name).write_text(page, encoding="utf-8")
        assert load_paths([tmp_path / name]).documents[0].date == "2025-03-09"


def test_hindi_thai_hungarian_and_croatian_month_names_are_read() -> None:
    assert first_date("प्रकाशित: 2 अक्टूबर 2025, 09:00 IST") == "2025-10-02"
    assert first_date("ปรับปรุงเมื่อ 21 สิงหาคม พ.ศ. 2568") == "2025-08-21"  # Buddhist era: 2568 - 543
    assert iso_date("5 ตุลาคม 2567") == "2024-10-05"  # a Thai month with an era year past 2400
    assert first_date("Frissítve: 2025. október 17. 14:20") == "2025-10-17"  # year first
    assert first_date("Osijek, 3. veljače 2027.") == "2027-02-03"
    assert first_date("Zagreb, 28. studenoga 2025.") == "2025-11-28"
    assert first_date("Warszawa, 3 listopada 2025") == "2025-11-03"  # still November in Polish


def test_month_names_of_other_languages_come_from_their_whole_cldr_tables() -> None:
    # Invented lines; each language's names come from CLDR, not a hand list.
    assert first_date("Offentliggjort 14. oktober 2025") == "2025-10-14"  # Danish
    assert first_date("Dilluns, 2 de febrer de 2026") == "2026-02-02"  # Catalan, with "de"
    assert first_date("Isnin, 7 Julai 2025 | 9:15pm") == "2025-07-07"  # Malay
    assert first_date("Setyembre 30, 2025") == "2025-09-30"  # Tagalog, month first
    assert first_date("Helsinki 12. joulukuuta 2025") == "2025-12-12"  # Finnish partitive
    assert first_date("Publicat la 3 noiembrie 2025") == "2025-11-03"  # Romanian
    assert first_date("2025 m. rugsėjo 18 d.") == "2025-09-18"  # Lithuanian, year first
    assert first_date("Warszawa, 3 listopada 2025") == "2025-11-03"  # a name two languages share: the hand list's


def test_dates_in_other_digits_calendars_and_east_asian_forms() -> None:
    assert first_date("۲۵ مهر ۱۴۰۳") == "2024-10-16"  # Solar Hijri, Persian digits
    assert first_date("1 فروردین 1403") == "2024-03-20"  # Nowruz after a leap year
    assert first_date("30 اسفند 1404") == ""  # 1404 is not a leap year: no Esfand 30
    assert first_date("প্রকাশ: ১২ আগস্ট ২০২৫") == "2025-08-12"  # Bengali digits and month
    assert first_date("中華民國114年10月9日") == "2025-10-09"  # Taiwan: Republic of China year
    assert stated_date("標題\n發布日期：114-10-09", labelled_only=True) == "2025-10-09"  # ROC year under a label
    assert first_date("2025년 11월 4일") == "2025-11-04"  # Korean
    assert stated_date("등록일: 2025.11.04  조회: 12", labelled_only=True) == "2025-11-04"  # year first, dotted


def test_the_word_published_in_other_languages_labels_a_date() -> None:
    # Invented: the label picks the publication date over an update and an event's date.
    page = "Ny legeplads åbner\n\nOpdateret 9. april 2025\n\nPubliceret 2. april 2025\n\nÅbning 1. maj 2025."
    assert stated_date(page, labelled_only=True, updated=False) == "2025-04-02"
    assert stated_date("تاریخ انتشار: ۲۵ مهر ۱۴۰۳ - ۱۰:۱۵", labelled_only=True) == "2024-10-16"
    assert stated_date("Zverejnené: 3. októbra 2025", labelled_only=True) == "2025-10-03"


def test_the_headlines_own_date_marked_byline_beats_a_top_bars_today_date() -> None:
    from index.extract_html import extract_html

    story = "".join(f"<p>The ferry ran {n} extra crossings on the river this week, and every one was full.</p>"
                    for n in range(3, 6))
    page = ("<html><body><div class='top-strip'><span class='today-date'>Biyernes, Oktubre 10, 2025</span></div>"
            "<div class='inner'><h1>Ferry crossings added</h1><div class='post-date'>Oktubre 8, 2025</div>"
            f"{story}</div></body></html>")
    assert extract_html(page).date == "2025-10-08"


def test_a_created_property_line_dates_an_exported_page() -> None:
    # Invented Notion-like export: its property lines run together as one paragraph.
    page = ("# Allotment rota\n\nCreated: October 2, 2025 7:15 PM Created by: Sam Hale Last edited time: "
            "October 9, 2025 9:00 AM\n\nThe rota starts on Saturday 11 October.")
    assert stated_date(page) == "2025-10-02"
    assert stated_date("The fund was created on 2 October 2025 by the council.", labelled_only=True) == ""


def test_an_event_pages_start_date_is_not_the_pages_date() -> None:
    from index.extract_html import extract_html

    about = "".join(f"<p>Join us for session {n} of the pond dipping club, with nets and trays provided.</p>"
                    for n in range(1, 4))
    event = {"@context": "https://schema.org", "@type": "MusicEvent", "name": "Pond dipping",
             "startDate": "2025-07-12T10:00:00+01:00"}
    page = (f"<html><head><script type='application/ld+json'>{json.dumps(event)}</script>"
            "<meta property='event:start_time' content='2025-07-12T10:00:00+01:00'></head>"
            f"<body><main><h1>Pond dipping</h1><p class='when'>Saturday, July 12</p>{about}</main></body></html>")
    assert extract_html(page).date == ""
    news = page.replace("</head>", "<meta property='article:published_time' content='2025-07-12'></head>")
    assert extract_html(news).date == "2025-07-12"  # the page states the same day as its own


def test_abbreviated_month_names_spaced_dotted_dates_and_more_published_labels() -> None:
    # Invented lines: CLDR's abbreviated names (Serbian Cyrillic, Welsh, Icelandic), with the
    # wide names' readings unchanged; Slovenian and Czech day-first dates with a space after each dot.
    assert stated_date("петак, 6. феб 2026, 08:10") == "2026-02-06"
    assert stated_date("Diweddariad: 4 Gorff 2025") == "2025-07-04"
    assert iso_date("3. ágú. 2025") == "2025-08-03"
    assert iso_date("5 marts 2026") == "2026-03-05" and iso_date("3. März 2025") == "2025-03-03"
    assert stated_date("Datum objave: 14. 2. 2026") == "2026-02-14"
    assert iso_date("1. 12. 2025") == "2025-12-01" and iso_date("01.12.2025") == "2025-12-01"
    # the word for "published" in Welsh, Serbian and Latvian, before a later update
    text = "Diweddarwyd ddiwethaf: 9 Ionawr 2026\nCyhoeddwyd gyntaf: 2 Ionawr 2026"
    assert stated_date(text, labelled_only=True, updated=False) == "2026-01-02"
    assert stated_date("Објављено: 12. јануар 2026.", labelled_only=True) == "2026-01-12"


def test_vietnamese_and_khmer_spelled_out_dates_and_maltese_ta() -> None:
    # Invented lines: "day D month M year Y" in Vietnamese (month as a number) and Khmer (month
    # named, Khmer digits), and Maltese "ta'" between day and month (CLDR's Maltese names).
    assert stated_date("Hải Phòng, ngày 21 tháng 11 năm 2025\n\nThông báo họp tổ dân phố.") == "2025-11-21"
    assert stated_date("ថ្ងៃទី៣ ខែតុលា ឆ្នាំ២០២៥") == "2025-10-03"
    assert iso_date("ngày 5 tháng 13 năm 2025") == ""
    assert stated_date("Aġġornat: 14 ta' Lulju 2025") == "2025-07-14"
    assert iso_date("2 ta’ Diċembru 2024") == "2024-12-02"


def test_the_shipped_month_table_is_what_babel_gives() -> None:
    """``index/data/month_names.json`` is read at import instead of 38 locales from Babel (about
    a second); after a change to ``LOCALES`` or a Babel upgrade, ``python -m index.month_names``."""
    from index import month_names

    assert month_names.month_numbers() == month_names.build()


def test_an_instruments_enacting_sentence_dates_it_by_its_making() -> None:
    # Invented rules: the making date in the opening sentence, the commencement in a rule.
    text = ("Allotment Rules 2025 Adopted by the Parish Council on 12 June 2025 under its powers "
            "as allotment authority.\n\n1. These rules may be cited as the Allotment Rules 2025 and come into force on "
            "1 October 2025.\n\n"
            "2. Every plot holder shall keep the plot tidy.")
    assert stated_date(text) == "2025-06-12"
    made = "Burial Ground Byelaws\n\nMade by the Town Council on 3 February 2024 at its annual meeting."
    assert stated_date(made) == "2024-02-03"
    # other deeds done by someone on a day date nothing
    assert stated_date("Footpath works\n\nThe stiles were repaired by the Ramblers on 3 March 2024 in the rain.") == ""


def test_welsh_ordinal_days_before_a_month_name() -> None:
    # Invented lines: Welsh writes the day's ordinal as a suffix ("1af", "2il", "3ydd", "5ed",
    # "18fed", "11eg", "31ain"), under a weekday or alone.
    assert stated_date("Dydd Mawrth, 3ydd Mawrth 2026\n\nCyfarfod blynyddol.") == "2026-03-03"
    assert iso_date("1af Ionawr 2027") == "2027-01-01" and iso_date("2il Chwefror 2026") == "2026-02-02"
    assert iso_date("18fed Mai 2026") == "2026-05-18" and iso_date("31ain Rhagfyr 2025") == "2025-12-31"
    assert iso_date("11eg Medi 2026") == "2026-09-11" and iso_date("5ed Ebrill 2026") == "2026-04-05"


def test_a_burmese_year_first_spelled_out_date_in_burmese_digits() -> None:
    # Invented lines: "year Y, month M (CLDR's name + "လ"), day D", in Burmese digits.
    assert iso_date("၂၀၂၅ ခုနှစ် မတ်လ ၉ ရက်") == "2025-03-09"
    assert stated_date("မန္တလေး၊ ၂၀၂၇ ခုနှစ် ဇန်နဝါရီလ ၂၁ ရက် တနင်္လာနေ့\n\nသတင်း") == "2027-01-21"
    assert iso_date("၂၀၂၅ ခုနှစ် ၁၃ ရက်") == ""  # no month


def test_a_date_after_an_empty_calendar_icon_dates_the_page() -> None:
    # Invented page: the byline's date (Welsh, which trafilatura does not read) stands after
    # a calendar icon in an unmarked meta line.
    from index.extract_html import extract_html

    story = "".join(f"<p>The ferry crossed the lake {n} times on Sunday, and every crossing left on time.</p>"
                    for n in range(3, 6))
    page = ("<html><head><title>Ferry timetable</title></head><body><article><h1>Ferry timetable</h1>"
            "<p class='meta'><i class='icon icon-user'></i> Staff reporter "
            "<i class='fa fa-calendar'></i> 14 Mawrth 2025 <i class='fa fa-eye'></i> 312</p>"
            f"{story}</article></body></html>")
    assert extract_html(page).date == "2025-03-14"


def test_a_dublin_core_issued_date_beats_its_creation_date() -> None:
    # Invented page: Dublin Core metas give the day the record was made and, later, the day it
    # was published (Plone's "effective"); no other date on the page.
    from index.extract_html import extract_html

    story = "".join(f"<p>The harbour office will close at {n} on weekdays from next month onwards.</p>"
                    for n in range(3, 6))
    head = ("<meta name='DC.date.created' content='2025-02-03T15:00:00+01:00' />"
            "<meta name='DC.date.modified' content='2025-02-10T09:00:00+01:00' />"
            "<meta name='DC.date.effective' content='2025-02-04T08:00:00+01:00' />")
    page = (f"<html><head><title>Harbour office hours</title>{head}</head><body><article>"
            f"<h1>Harbour office hours</h1>{story}</article></body></html>")
    assert extract_html(page).date == "2025-02-04"
    assert extract_html(page.replace("DC.date.effective", "DC.rights")).date == "2025-02-03"


def test_an_instruments_closing_introduction_line_dates_it_not_a_recital() -> None:
    # Invented ordinance: a recital names a workshop's date; the closing sentence records the
    # instrument's introduction.
    text = ("ORDINANCE NO. 31\n\nAN ORDINANCE OF THE TOWN OF BIRCH FALLS ON PARKING WHEREAS, the Town held a "
            "public workshop on parking on March 3, 2025 and heard residents; NOW, THEREFORE, THE TOWN "
            "COUNCIL DOES ORDAIN AS FOLLOWS:\n\nSection 1. Parking on Main Street is limited to two hours.\n\n"
            "Section 2. This ordinance takes effect on adoption. INTRODUCED at a regular meeting of the Town "
            "Council on April 14, 2025.")
    assert stated_date(text) == "2025-04-14"
    assert stated_date("Passed and adopted by the Board of Trustees on 2 June 2025.\n\nResolution 4") == "2025-06-02"
    # a news sentence that reports an adoption does not open with the verb
    story = "Parks plan\n\n" + "\n\n".join(["The new benches went in last week."] * 5)
    assert stated_date(f"{story}\n\nThe plan was adopted by the council on 3 March 2020 after a debate.") == ""


def test_haitian_sinhala_maori_and_tajik_month_names() -> None:
    # Invented lines: Haitian Creole (no CLDR names), Sinhala's Gregorian months written year
    # first with a space only, Māori's own month names, Tajik's izafet month and "соли".
    assert stated_date("Madi 15 septanm 2026\n\nReyinyon an.") == "2026-09-15"
    assert iso_date("3 desanm 2025") == "2025-12-03" and iso_date("21 jiyè 2026") == "2026-07-21"
    assert iso_date("2027 ජනවාරි 05") == "2027-01-05"
    assert stated_date("ගාල්ල\n\n2026 මාර්තු 14 සෙනසුරාදා, 09:15\n\nපුවත") == "2026-03-14"  # weekday after
    assert stated_date("කොළඹ\n\n2026 ඔක්තෝබර් 21 | ක්‍රීඩා\n\nපුවත") == "2026-10-21"
    assert stated_date("Rātapu, 14 Here-turi-kōkā 2026\n\nPānui") == "2026-08-14"
    assert stated_date("Хуҷанд, 5 марти соли 2027\n\nЭълон") == "2027-03-05"
    assert iso_date("2026 November 8") == "2026-11-08"
    assert stated_date("At 2026 March 5 times over.") == ""  # a year then a name, then a count


def test_a_date_in_an_articles_own_footer_dates_the_page() -> None:
    # Invented post: the date is a date-marked link in the article's <footer> (a blog theme's
    # meta line), in a language trafilatura does not read; the page's own footer stays chrome.
    from index.extract_html import extract_html

    story = "".join(f"<p>The choir will sing {n} carols in the square, and everyone may join in.</p>"
                    for n in range(3, 6))
    page = ("<html><head><title>Carols</title></head><body><article><h2>Carols in the square</h2>"
            f"<div class='body'>{story}</div><footer class='meta'><a class='date' href='/p/1'>"
            "Dydd Llun, 14 Mawrth 2025</a> · <a href='#notes'>9 notes</a></footer></article>"
            "<footer><span class='date'>Updated 2 Ionawr 2024</span></footer></body></html>")
    assert extract_html(page).date == "2025-03-14"


def test_a_time_elements_local_day_beats_a_metas_utc_day_of_the_same_instant() -> None:
    # Invented post: published at 07:15 on 4 March in UTC+11, which article:published_time
    # gives in UTC (3 March, 20:15); the <time> states the same instant with the local offset.
    from index.extract_html import extract_html

    story = "".join(f"<p>The reef survey counted {n} new coral colonies along the northern shelf.</p>"
                    for n in range(3, 6))
    head = "<meta property='article:published_time' content='2025-03-03T20:15:00+00:00' />"
    page = (f"<html><head><title>Reef survey</title>{head}</head><body><article><h1>Reef survey</h1>"
            "<p class='posted-on'>Posted on <time class='entry-date published' "
            "datetime='2025-03-04T07:15:00+11:00'>Mati 4, 2025</time></p>"
            f"{story}</article></body></html>")
    assert extract_html(page).date == "2025-03-04"
    # A different instant (a later edit) does not move the date.
    assert extract_html(page.replace("T07:15:00+11:00", "T09:15:00+11:00")).date == "2025-03-03"


def test_a_year_first_date_with_the_word_for_of_the_year_and_a_locative_month() -> None:
    # Invented Latvian notice lines: "2025. gada 4. aprīlī" is the year, "of the year", the day
    # and the month in the locative (CLDR has only the nominative names).
    assert first_date("Jelgavā, 2025. gada 4. aprīlī") == "2025-04-04"
    assert stated_date("Paziņojums\n\nLiepājā, 2024. gada 17. decembrī\n\nDārzs būs slēgts.") == "2024-12-17"
    assert first_date("2025. gada 4. aprīlis") == "2025-04-04"


def test_a_day_in_quotation_marks() -> None:
    # Invented Russian and Ukrainian foot lines: official documents write the day in quotes.
    assert first_date('"21" апреля 2025 г.') == "2025-04-21"
    assert first_date("«3» июня 2024 г.") == "2024-06-03"
    assert first_date("„7” травня 2025 р.") == "2025-05-07"


def test_an_as_of_label_dates_the_document_over_an_earlier_line_naming_a_meeting() -> None:
    # Invented cover pages: the "as of" line gives the day the content stands at; the line
    # above it names the meeting the report goes to.
    cover = ("Annual report 2024\nPresented to the general meeting on 14 April 2025\n"
             "As of: 31 March 2025\n\nThe club grew again last year.")
    assert stated_date(cover) == "2025-03-31"
    german = "Jahresbericht 2024\nVorgelegt zur Sitzung am 14. April 2025\nStand: 31. März 2025\n"
    assert stated_date(german) == "2025-03-31"


def test_a_portuguese_update_line_is_read_as_one_and_dates_a_page_with_no_other(tmp_path: Path) -> None:
    # Invented: a documentation page whose only date is its footer's Portuguese "last updated"
    # line ("Última atualização em ..."), the label joined to its date by "em" ("on")
    assert stated_date("Última atualização em 3 de mar. de 2026.", labelled_only=True) == "2026-03-03"
    assert stated_date("Publicado em 5 de maio de 2026", labelled_only=True) == "2026-05-05"
    page = ("<html><head><title>Guia da API de horários</title></head><body><main><h1>Guia da API de horários</h1>"
            "<p>A API devolve os horários de todas as linhas de autocarro da cidade, atualizados todas as noites.</p>"
            "<p>Cada pedido precisa de uma chave, que se obtém no portal de dados abertos sem qualquer custo.</p>"
            "<p>Os resultados vêm em JSON e podem ser filtrados por linha, por paragem ou por hora de partida.</p>"
            "</main><footer><p>Última atualização em 3 de mar. de 2026.</p></footer></body></html>")
    (tmp_path / "api.html").write_text(page, encoding="utf-8")
    assert load_paths([tmp_path / "api.html"], extractors="auto").documents[0].date == "2026-03-03"


def test_the_legal_ordinal_form_dated_this_nth_day_of_month_year_is_read() -> None:
    # Invented: a deed-style closing line, "Dated this 21st day of March 2025", at a text's end.
    notes = ("Allotment notes\n\nThe water troughs were refilled and the gate lock was replaced.\n\n"
             "Plot holders may collect a new key from the shed on Saturday mornings.\n\n"
             "Dated this 21st day of March 2025\n\nPat Doyle, Secretary")
    assert stated_date(notes) == "2025-03-21"
    assert first_date("Given under my hand this 3rd day of June, 2024.") == "2024-06-03"
    assert iso_date("1st day of May 2026") == "2026-05-01"
