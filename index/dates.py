"""Document dates: what the document states, read with python-dateutil, as YYYY-MM-DD.

A date comes from the text ("published 5 February 2024", "Updated: 2024-02-05"), from page metadata
or from PDF metadata ("D:20240205..."); never from the file's time, which says when a copy was made.
A document that states no date gets "", which fails any date filter.

Numeric dates are read day first ("03/04/2025" is 3 April; dotted ones always), month first where
the caller says the document is in US English, and either way when one number cannot be a month or a
weekday written beside the date settles it. Month names are English, Spanish, French, German,
Italian, Portuguese, Dutch, Polish, Russian, Greek, Czech, Ukrainian, Arabic, Hindi, Thai (its
Buddhist-era year, "พ.ศ. 2569" = 2026), Hungarian (year first, "2026. március 4.") and Croatian (nominative and
genitive: "7 października 2025", "15 сентября 2025 г.", "16 Οκτωβρίου 2026", "12. listopadu 2026",
"15 березня 2026 р.", "15 مارس 2026"); a Japanese date is written "2025年10月21日" or with an era
year ("令和8年12月1日"); a mail archive's ctime date "Mon Sep 15 08:03:41 BST 2025" has its time
and zone between the day and the year.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from dateutil import parser

from .calendars import SOLAR_HIJRI, ascii_digits, solar_hijri
from .month_names import month_numbers

_HEAD_CHARS = 5000  # a date line sits near the top ...
_TAIL_CHARS = 1500  # ... or in the closing lines ("Last updated ...")
_HEAD_LINES = 12  # an unlabelled date counts only in the opening lines ...
_DATELINE_WORDS = 12  # ... on a short line (a byline, a dateline), not in a sentence about events


def _unaccented(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))


# Month names of the languages we read besides English, January to December; dateutil
# knows the English ones. A name written without its accent is listed too.
_FOREIGN_MONTHS = (
    ("enero", "ene"), ("febrero",), ("marzo",), ("abril", "abr"), ("mayo",), ("junio",),  # Spanish
    ("julio",), ("agosto", "ago"), ("septiembre", "setiembre"), ("octubre",), ("noviembre",),
    ("diciembre", "dic"),
), (
    ("janvier",), ("février", "fevrier"), ("mars",), ("avril",), ("mai",), ("juin",),  # French
    ("juillet",), ("août", "aout"), ("septembre",), ("octobre",), ("novembre",), ("décembre", "decembre"),
), (
    ("januar", "jänner", "jaenner"), ("februar",), ("märz", "maerz"), (), (), ("juni",),  # German
    ("juli",), (), (), ("oktober",), (), ("dezember",),
), (
    ("gennaio",), ("febbraio",), (), ("aprile",), ("maggio",), ("giugno",),  # Italian
    ("luglio",), (), ("settembre",), ("ottobre",), (), ("dicembre",),
), (
    ("janeiro",), ("fevereiro",), ("março", "marco"), (), ("maio",), ("junho",),  # Portuguese
    ("julho",), (), ("setembro",), ("outubro",), (), ("dezembro",),
), (
    ("januari",), ("februari",), ("maart",), (), ("mei",), (),  # Dutch
    (), ("augustus",), (), (), (), (),
), (
    ("stycznia", "styczeń", "styczen"), ("lutego", "luty"), ("marca", "marzec"),  # Polish: "7 października"
    ("kwietnia", "kwiecień", "kwiecien"), ("maja", "maj"), ("czerwca", "czerwiec"), ("lipca", "lipiec"),
    ("sierpnia", "sierpień", "sierpien"), ("września", "wrzesnia", "wrzesień", "wrzesien"),
    ("października", "pazdziernika", "październik", "pazdziernik"), ("listopada", "listopad"),
    ("grudnia", "grudzień", "grudzien"),
), (
    ("января", "январь"), ("февраля", "февраль"), ("марта", "март"), ("апреля", "апрель"),  # Russian:
    ("мая", "май"), ("июня", "июнь"), ("июля", "июль"), ("августа", "август"),  # "15 сентября 2025 г."
    ("сентября", "сентябрь"), ("октября", "октябрь"), ("ноября", "ноябрь"), ("декабря", "декабрь"),
), tuple(  # Czech: "12. listopadu 2026", genitive and nominative, with and without accents
    tuple(dict.fromkeys((*names, *(_unaccented(n) for n in names)))) for names in (
        ("ledna", "leden"), ("února", "únor"), ("března", "březen"), ("dubna", "duben"),
        ("května", "květen"), ("června", "červen"), ("července", "červenec"), ("srpna", "srpen"),
        ("září",), ("října", "říjen"), ("listopadu",), ("prosince", "prosinec"),
    )
), (
    ("січня", "січень"), ("лютого", "лютий"), ("березня", "березень"), ("квітня", "квітень"),  # Ukrainian:
    ("травня", "травень"), ("червня", "червень"), ("липня", "липень"), ("серпня", "серпень"),  # "15 березня
    ("вересня", "вересень"), ("жовтня", "жовтень"), ("листопада",), ("грудня", "грудень"),  # 2026 р."
), (
    ("يناير",), ("فبراير", "شباط"), ("مارس", "آذار"), ("أبريل", "ابريل", "إبريل", "نيسان"),  # Arabic: "15 مارس
    ("مايو", "أيار"), ("يونيو", "يونيه", "حزيران"), ("يوليو", "يوليه", "تموز"),  # 2026" (Egyptian and
    ("أغسطس", "اغسطس"), ("سبتمبر", "أيلول"), ("أكتوبر", "اكتوبر"), ("نوفمبر",), ("ديسمبر",),  # Levantine names)
), tuple(  # Greek: "16 Οκτωβρίου 2026", and without accents as capitals write it ("16 ΟΚΤΩΒΡΙΟΥ 2026")
    tuple(dict.fromkeys((*names, *(_unaccented(n) for n in names)))) for names in (
        ("ιανουαρίου", "ιανουάριος"), ("φεβρουαρίου", "φεβρουάριος"), ("μαρτίου", "μάρτιος"),
        ("απριλίου", "απρίλιος"), ("μαΐου", "μάιος"), ("ιουνίου", "ιούνιος"), ("ιουλίου", "ιούλιος"),
        ("αυγούστου", "αύγουστος"), ("σεπτεμβρίου", "σεπτέμβριος"), ("οκτωβρίου", "οκτώβριος"),
        ("νοεμβρίου", "νοέμβριος"), ("δεκεμβρίου", "δεκέμβριος"),
    )
)


# Month names read by translating them to English before dateutil sees them (dateutil splits
# words at Devanagari and Thai vowel signs): Hindi ("14 मार्च 2026"), Thai ("9 มีนาคม พ.ศ. 2569",
# a Buddhist-era year), Hungarian ("2026. március 4.", year first) and Croatian genitive and
# nominative ("10. ožujka 2026."; not "listopada", October in Croatian but November in Polish).
_TRANSLATED_MONTHS = (
    ("जनवरी",), ("फ़रवरी", "फरवरी"), ("मार्च",), ("अप्रैल",), ("मई",), ("जून",), ("जुलाई",),  # Hindi
    ("अगस्त",), ("सितंबर", "सितम्बर"), ("अक्टूबर", "अक्तूबर"), ("नवंबर", "नवम्बर"), ("दिसंबर", "दिसम्बर"),
), (
    ("มกราคม",), ("กุมภาพันธ์",), ("มีนาคม",), ("เมษายน",), ("พฤษภาคม",), ("มิถุนายน",),  # Thai
    ("กรกฎาคม",), ("สิงหาคม",), ("กันยายน",), ("ตุลาคม",), ("พฤศจิกายน",), ("ธันวาคม",),
), (
    ("január",), ("február",), ("március",), ("április",), ("május",), ("június",),  # Hungarian
    ("július",), ("augusztus",), ("szeptember",), ("október",), (), (),
), (
    ("siječnja", "siječanj"), ("veljače", "veljača"), ("ožujka", "ožujak"), ("travnja", "travanj"),  # Croatian
    ("svibnja", "svibanj"), ("lipnja", "lipanj"), ("srpnja", "srpanj"), ("kolovoza", "kolovoz"),
    ("rujna", "rujan"), (), ("studenoga", "studenog", "studeni"), ("prosinca", "prosinac"),
)
# More hand lists, matched as whole words like CLDR's names (a short name such as Haitian
# "oktòb" must not be read inside another language's "oktober").
_WHOLE_WORD_MONTHS = ((
    # Haitian Creole ("Lendi 2 novanm 2026"; CLDR has no names for it). Its March, May and August,
    # "mas", "me" and "out", are words of other languages and are left out.
    ("janvye",), ("fevriye",), (), (), (), ("jen",), ("jiyè", "jiye"), (), ("septanm",),
    ("oktòb", "oktob"), ("novanm",), ("desanm",),
), (
    # Sinhala as it is written for the Gregorian months ("2026 නොවැම්බර් 08", year first);
    # CLDR's Sinhala names are the traditional lunar months'.
    ("ජනවාරි",), ("පෙබරවාරි",), ("මාර්තු",), ("අප්‍රේල්", "අප්රේල්"), ("මැයි",), ("ජූනි",), ("ජූලි",),
    ("අගෝස්තු",), ("සැප්තැම්බර්",), ("ඔක්තෝබර්",), ("නොවැම්බර්",), ("දෙසැම්බර්",),
), (
    # Māori months by their own names ("9 Whiringa-ā-rangi 2026"); CLDR's are the loanwords.
    ("kohi-tātea",), ("hui-tanguru",), ("poutū-te-rangi",), ("paenga-whāwhā",), ("haratua",),
    ("pipiri",), ("hōngongoi",), ("here-turi-kōkā",), ("mahuru",), ("whiringa-ā-nuku",),
    ("whiringa-ā-rangi",), ("hakihea",),
), (
    # Tajik writes a date's month with the izafet "-и" and the year after "соли" ("year of"):
    # "2 ноябри соли 2026"; CLDR's names are the bare ones.
    ("январи",), ("феврали",), ("марти",), ("апрели",), ("майи",), ("июни",), ("июли",),
    ("августи",), ("сентябри",), ("октябри",), ("ноябри",), ("декабри",),
), (
    # Latvian writes a date's month in the locative ("2026. gada 9. martā", "on the 9th, in March,
    # of the year 2026"); CLDR's names are the nominative ones.
    ("janvārī",), ("februārī",), ("martā",), ("aprīlī",), ("maijā",), ("jūnijā",), ("jūlijā",),
    ("augustā",), ("septembrī",), ("oktobrī",), ("novembrī",), ("decembrī",),
))
_ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                   "October", "November", "December")
_TO_ENGLISH = {name: _ENGLISH_MONTHS[i] for lang in _TRANSLATED_MONTHS for i, names in enumerate(lang)
               for name in names}
_HAND_NAMES = {n.lower() for lang in (*_FOREIGN_MONTHS, *_TRANSLATED_MONTHS) for names in lang for n in names} \
    | {n.lower() for names in parser.parserinfo.MONTHS for n in names}
# Every other language's month names (CLDR's, see index.month_names), read the same way; a name
# the hand lists hold keeps their reading. Matched as whole words only.
_CLDR_TO_ENGLISH = {name: _ENGLISH_MONTHS[month - 1] for name, month in month_numbers().items()
                    if name not in _HAND_NAMES}
_CLDR_TO_ENGLISH.update((name, _ENGLISH_MONTHS[i]) for lang in _WHOLE_WORD_MONTHS for i, names in enumerate(lang)
                        for name in names)
_TO_ENGLISH.update(_CLDR_TO_ENGLISH)
_TRANSLATED = re.compile(
    "|".join([*sorted(map(re.escape, set(_TO_ENGLISH) - set(_CLDR_TO_ENGLISH)), key=len, reverse=True),
              *(rf"(?<!\w){n}(?!\w)" for n in sorted(map(re.escape, _CLDR_TO_ENGLISH), key=len, reverse=True))]),
    re.IGNORECASE)
_BUDDHIST_ERA = "พ.ศ."  # Thai: the Buddhist era's year is the common era's plus 543
_BE_OFFSET = 543
_ROC_YEAR = r"1\d\d"  # Taiwan: "115-03-06" under a label is the Republic of China's year 115
_ROC_NUMERIC = re.compile(rf"({_ROC_YEAR})[-/.](\d{{1,2}})[-/.](\d{{1,2}})")
# Year first: Hungarian "2026. március 4.", Lithuanian "2026 m. kovo 5 d.", Sinhala "2026 නොවැම්බර් 08"
_YEAR_FIRST = re.compile(r"(\d{4})(?:\.|\s+m\.)?\s+(\S+)\s+(\d{1,2})(?:\.|\s+d\.)?")
_YEAR_OF = re.compile(r"(?<!\w)соли(?!\w)", re.IGNORECASE)  # Tajik "ноябри соли 2026", "November of the year 2026"
# Year first with a word for "of the year" between the year and the day: Latvian
# "2026. gada 9. martā", Kazakh "2026 жылғы 9 наурыз" (the year, then the day and month).
_YEAR_WORD = r"(?:gada|жылғы)"
_YEAR_WORD_DAY = re.compile(rf"(\d{{4}})\.?\s+{_YEAR_WORD}\s+(\d{{1,2}})\.?\s+(\S+)", re.IGNORECASE)
# A day written in quotation marks, as Russian and other official documents do: '"16" марта 2026 г.'
_QUOTED_DAY = re.compile(r"^[\"«„“](\d{1,2})[\"»“”]")


def _translated(value: str) -> str:
    """A date written with a month name of :data:`_TRANSLATED_MONTHS` as "D Month YYYY" in
    English, a Buddhist-era year (after "พ.ศ.", or any year past 2400 with a Thai month) as the
    common era's; other values unchanged."""
    if not _TRANSLATED.search(value):
        return value
    thai = any("\u0e00" <= c <= "\u0e7f" for c in value)
    english = _TRANSLATED.sub(lambda m: _TO_ENGLISH.get(m.group(0)) or _TO_ENGLISH.get(m.group(0).lower(), ""), value)
    english = _YEAR_OF.sub(" ", english.replace(_BUDDHIST_ERA, " "))
    year_word = _YEAR_WORD_DAY.fullmatch(english.strip())
    year_first = _YEAR_FIRST.fullmatch(english.strip())
    if year_word:
        english = f"{year_word.group(2)} {year_word.group(3)} {year_word.group(1)}"
    elif year_first:
        english = f"{year_first.group(3)} {year_first.group(2)} {year_first.group(1)}"
    year = re.search(r"\d{4}", english)
    if thai and year and int(year.group(0)) > 2400:
        english = english.replace(year.group(0), str(int(year.group(0)) - _BE_OFFSET))
    return " ".join(english.split())


class _Names(parser.parserinfo):  # type: ignore[misc]  # dateutil ships no stubs here
    """dateutil's English month names plus those of :data:`_FOREIGN_MONTHS` ("3 mars 2025",
    "3. März 2025"), and Spanish and Portuguese "5 de febrero de 2024"."""

    MONTHS = [
        tuple(dict.fromkeys((*names, *(n for lang in _FOREIGN_MONTHS for n in lang[i]))))
        for i, names in enumerate(parser.parserinfo.MONTHS)
    ]
    JUMP = [*parser.parserinfo.JUMP, "de", "del"]


_NAMES = _Names()
_MONTH_NAMES = [*(n for m in _Names.MONTHS for n in m), *_TO_ENGLISH]
_MONTH = "|".join(sorted((re.escape(n) for n in _MONTH_NAMES), key=len, reverse=True))
# "3rd", French "1er", Italian "1º", German "3.", Welsh "1af", "2il", "3ydd", "5ed", "8fed", "11eg", "22ain",
# Yiddish "18טן", "20סטן" (the suffix written onto the figure, as an ordinal is in Hebrew script)
_ORDINAL = r"st|nd|rd|th|er|af|il|ydd|fed|ed|eg|ain|ס?טן|ס?טער"
_DAY = rf"\d{{1,2}}(?:{_ORDINAL}|º|°|\.)?"
_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?"  # "2025-03-18T10:00"
# A mail archive's ctime date: "Sep 15 08:03:41 BST 2025" (a weekday may stand before it).
_CTIME = rf"(?:{_MONTH})\s+\d{{1,2}}\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s+(?:(?-i:[A-Z]{{2,5}})\s+)?\d{{4}}"
# Japanese (and Chinese): "2025年10月21日"; a Japanese era year: "令和8年12月1日" (Reiwa 8 is 2026),
# "平成31年4月1日", the era's first year written "元年"
# Korean writes the same with its own signs, "2026년 3월 9일"; Taiwan writes the Republic of
# China's year, "中華民國115年3月6日" (year 1 is 1912)
_KANJI = (r"(?:\d{4}|(?:令和|平成|(?:中華)?民國)\s*(?:\d{1,3}|元))\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]")
_ERAS = {"令和": 2018, "平成": 1988, "民國": 1911}  # the era's year 1 is the year after these
# Maltese joins day and month with "ta'" ("6 ta' Marzu 2026"), as Spanish does with "de".
_CANDIDATE = (
    rf"\d{{4}}-\d{{1,2}}-\d{{1,2}}{_TIME}|\d{{4}}/\d{{1,2}}/\d{{1,2}}|\d{{1,2}}\.\s?\d{{1,2}}\.\s?\d{{4}}"
    rf"|\d{{1,2}}/\d{{1,2}}/\d{{4}}|\d{{1,2}}-\d{{1,2}}-\d{{4}}"
    rf"|\d{{1,2}}-(?:{_MONTH})-\d{{4}}"  # "09-Jun-2025", a memo's or a form's date
    rf"|{_DAY}\s+(?:day\s+of\s+|de\s+|of\s+|ta['’]\s*)?(?:{_MONTH})\.?,?\s+(?:de\s+|พ\.ศ\.\s*|соли\s+)?\d{{4}}"
    rf"|(?:{_MONTH})\.?\s+{_DAY},?\s+\d{{4}}"
    rf"|{_CTIME}|{_KANJI}"
    rf"|\d{{4}}(?:\.|\s+m\.)\s+(?:{_MONTH})\s+\d{{1,2}}(?:\.|\s+d\.)"  # year first (see _YEAR_FIRST)
    # year first, spaced (Sinhala "2026 නොවැම්බර් 08 ඉරිදා, 06:30"), when nothing but a line's
    # end, a separator, a time or a weekday and a comma follows: "in 2026 March 5 times" is no date
    rf"|\d{{4}}\s+(?:{_MONTH})\s+\d{{1,2}}(?=[ \t]*(?:[\r\n|,;·(–—-]|$|\d{{1,2}}[:.]\d{{2}}|\S+,))"
    rf"|\d{{4}}\.?\s+{_YEAR_WORD}\s+\d{{1,2}}\.?\s+(?:{_MONTH})"  # year first, "of the year", day (see _YEAR_WORD_DAY)
    rf"|[\"«„“]\d{{1,2}}[\"»“”]\s+(?:{_MONTH})\.?,?\s+\d{{4}}"  # a quoted day (see _QUOTED_DAY)
    rf"|\d{{4}}\.\d{{1,2}}\.\d{{1,2}}\.?"  # year first, dotted: Korean and Chinese "2026.03.09"
    rf"|{SOLAR_HIJRI}"  # Iranian: "14 اسفند 1404"
)
# Vietnamese and Khmer spell a date out as "day D month M year Y": "ngày 09 tháng 3 năm 2026",
# "ថ្ងៃទី១២ ខែមីនា ឆ្នាំ២០២៦" (Khmer names the month, Vietnamese numbers it).
_SPELLED_OUT = r"(?:ngày|ថ្ងៃទី)\s*{}\s+(?:tháng|ខែ)\s*{}\s+(?:năm|ឆ្នាំ)\s*{}"
_SPELLED_OUT_PARTS = re.compile(_SPELLED_OUT.format(r"(\d{1,2})", r"(\d{1,2}|[^\s\d]+)", r"(\d{4})"), re.IGNORECASE)
_CANDIDATE += "|" + _SPELLED_OUT.format(r"\d{1,2}", r"(?:\d{1,2}|[^\s\d]+)", r"\d{4}")
# Burmese spells it out year first, "year Y, month M, day D": "၂၀၂၆ ခုနှစ် အောက်တိုဘာလ ၁၅ ရက်" (the
# month's name, CLDR's, with "လ" for "month" after it).
_BURMESE = r"{}\s*ခုနှစ်\s*{}\s*{}\s*ရက်"
_BURMESE_PARTS = re.compile(_BURMESE.format(r"(\d{4})", r"([^\s\d]+?)လ?", r"(\d{1,2})"))
_CANDIDATE += "|" + _BURMESE.format(r"\d{4}", r"[^\s\d]+", r"\d{1,2}")
_TA = re.compile(r"(?<=\d)\s+ta['’]\s*")  # Maltese "6 ta' Marzu": read as "6 Marzu"
# The legal form of a deed or a notice's closing line: "Dated this 2nd day of November 2026"
_DAY_OF = re.compile(r"(?<=\d)((?:st|nd|rd|th)?)\s+day\s+of\s+", re.IGNORECASE)
_ANY_DATE = re.compile(rf"(?<![\w-])(?:{_CANDIDATE})(?![\w-])", re.IGNORECASE)
_PUBLISHED = (r"first published|published|posted|dated|date|issued|released|for immediate release"
              r"|embargoed until|embargoed to|under embargo until|publicado|fecha"
              r"|公開日|掲載日|配信日|投稿日|発行日"  # Japanese: "公開日：2025年10月21日"
              r"|發布日期|发布日期|發佈日期|發布時間|发布时间|公告日期"  # Chinese: "發布日期：115-03-06"
              r"|게시일|등록일|작성일|발행일"  # Korean: "게시일: 2026.03.09"
              # the word for "published" in other languages: "Publiceret 5. marts 2026", "تاریخ انتشار: ..."
              r"|publiceret|publisert|publicerad|julkaistu|publicat|publicată|publicado el|pubblicato|publié le"
              r"|veröffentlicht|gepubliceerd|opublikowano|publikováno|zverejnené|objavljeno|paskelbta|diterbitkan"
              r"|dipublikasikan|inilathala|yayınlanma tarihi|yayınlandı|تاریخ انتشار|تاريخ النشر|פורסם"
              r"|cyhoeddwyd(?: gyntaf)?|објављено|објавено|публикувано|опубликовано|опубліковано|publicēts"
              r"|avaldatud|gepubliseer|birt|tarikh terbit"
              # the word for "created", the first date a record had: "Oprettet 30.11.2026 kl. 22:05"
              r"|oprettet|opprettet|skapad|luotu|erstellt am|creado el|créé le|aangemaakt op")
_UPDATED = (r"last updated|last modified|updated|modified|revised|actualizado|最終更新|更新日"
            r"|更新日期|更新時間|更新时间|수정일"
            r"|opdateret|oppdatert|uppdaterad|päivitetty|actualitzat|actualizat|aggiornato|mis à jour|mise à jour"
            r"|aktualisiert|atualizado|atualizada|atualização|actualização"  # Portuguese: "Última atualização em ..."
            r"|bijgewerkt|aktualizacja|aktualizované|atnaujinta|diperbarui|güncellendi|تاریخ به‌روزرسانی|آخر تحديث"
            r"|diweddarwyd(?: ddiwethaf)?|ажурирано|обновлено|atjaunināts|uuendatud")
# An "as of" label dates the document it heads ("Stand: 28. Februar 2026", "As of: 3 March 2026",
# "Status: 01.02.2026"): the day its content was last brought up to date. Read with its colon only.
_AS_OF = r"as of|as at|stand|status|état au|stato al|estado a"
# "00:01 BST 5 August 2025": a time of day (and its zone) may stand between a label and its date
# or a four-digit one with its zone ("Issued at: 1047 (UTC) on Wed 4 Nov 2026")
_WEEKDAY = (r"(?:(?:\d{1,2}[:.]\d{2}|\d{4}(?=\s*\(?[A-Z]{2,4}\)?\s))\s*(?:[ap]\.?m\.?\s*)?(?:\(?[A-Z]{2,4}\)?\s+)?"
            r"(?:on\s+)?)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+|(?:mon|tue|wed|thu|fri|sat|sun)\.?,?\s+)?")
# A Q&A thread's question is dated "Asked Mar 11, 2024": a label right before its date only
# (not "asked on", which a sentence about events writes).
_BARE_PUBLISHED = r"|\basked\b\s*:?"
# "Posted by Ann Lee on 3 March 2025", "last modified by jdoe on Mar 04, 2026": the label, who
# did it (up to four words, no punctuation between them), then "on" and the date
_BY_NAME_ON = r"\s+by\s+[^\s,;:]+(?:\s+[^\s,;:]+){0,3}?\s+on"
_LABELLED = [
    # "Published on 5 May 2024", "Date: 2024-05-05", "Date of issue: 12 March 2024",
    # "When: 2025-03-18T10:00" (a label that needs its colon)
    # and under a label only, a dotted date with a two-digit year ("Invoice date: 01.07.25")
    re.compile(rf"(?:\b(?:{labels})\b(?:\s+(?:on|el|em|at|this)|\s+of\s+[a-z]+|{_BY_NAME_ON})?\s*[:：\-–]?|\b(?:when|datum|data|created|{_AS_OF})\s*:{bare})"
               rf"\s*{_WEEKDAY}((?:{_CANDIDATE}|\d{{1,2}}\.\d{{1,2}}\.\d{{2}}|{_ROC_YEAR}[-/.]\d{{1,2}}[-/.]\d{{1,2}}))"
               rf"(?![\w.-]?\d)(?![\w-])", re.IGNORECASE)
    for labels, bare in ((_PUBLISHED, _BARE_PUBLISHED), (_UPDATED, ""))  # the first date a document had is its date
]
# A label naming the date of something other than the document: a hearing, a deadline, an event
# ("Hearing date", "Date of event").
_EVENTS = (r"(?:hearing|trial|due|closing|expiry|expiration|deadline|start|end|event|birth"
           r"|completion|delivery|departure|arrival)")
_OTHER_EVENT = re.compile(rf"\b{_EVENTS}\s+date\b|\bdate\s+of\s+(?:the\s+)?{_EVENTS}\b", re.IGNORECASE)
_PDF_DATE = re.compile(r"^D:(\d{4})(\d{2})(\d{2})")
_CTIME_PARTS = re.compile(
    rf"((?:{_MONTH}))\s+(\d{{1,2}})\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s+(?:[A-Z]{{2,5}}\s+)?(\d{{4}})", re.IGNORECASE)
_KANJI_PARTS = re.compile(
    r"(?:(\d{4})|(?:中華)?(令和|平成|民國)\s*(\d{1,3}|元))\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
# "03.02.2025", and spaced as Slovenian, Czech and Slovak write it: "9. 3. 2026"
_DOTTED = re.compile(r"(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})")
_YEAR_DOTTED = re.compile(r"(\d{4})\.(\d{1,2})\.(\d{1,2})\.?")
_DOTTED_SHORT = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2})")  # "01.07.25", read only under a label
_NUMERIC = re.compile(r"(\d{1,2})[/-](\d{1,2})[/-](\d{4})")
_EARLY, _LATE = dt.datetime(1901, 1, 1), dt.datetime(1902, 2, 2)


def iso_date(value: str, month_first: bool = False) -> str:
    """One date value (metadata, an ISO timestamp, "5 February 2024", "D:2024...") as ISO.

    A value missing its day, month or year ("March 2024") is not a date: dateutil fills a
    missing part from its default, so parsing with two defaults tells which parts were there.
    "03/04/2025" is day first unless ``month_first`` (a page in US English says so), and
    either way when one of the two numbers cannot be a month.
    """
    value = _QUOTED_DAY.sub(r"\1", _spelled_out(ascii_digits(value).strip()))
    value = _translated(_TA.sub(" ", _DAY_OF.sub(r"\1 ", value)))
    spaced = _DOTTED.fullmatch(value)  # "9. 3. 2026" before its dots are read as ordinal marks
    value = "-".join(reversed(spaced.groups())) if spaced else _ordinal_free(value)
    value = _without_time_between(value)
    numeric = _NUMERIC.fullmatch(value)
    if numeric:
        first, second, year = (int(g) for g in numeric.groups())
        day, month = (second, first) if month_first else (first, second)
        if month > 12:
            day, month = month, day
        if month > 12:
            return ""
        value = f"{year:04d}-{month:02d}-{day:02d}"
    pdf = _PDF_DATE.match(value)
    if pdf:
        value = "-".join(pdf.groups())
    short = _DOTTED_SHORT.fullmatch(value)
    if short:  # "01.07.25": a two-digit year is this century's
        value = f"{short.group(1)}.{short.group(2)}.20{short.group(3)}"
    dotted = _DOTTED.fullmatch(value)  # "03.02.2025": day first wherever dots are written
    if dotted:
        value = "-".join(reversed(dotted.groups()))
    year_dotted = _YEAR_DOTTED.fullmatch(value)  # "2026.03.09": year first, then month
    if year_dotted:
        value = "-".join(year_dotted.groups())
    try:
        early = parser.parse(value, parserinfo=_NAMES, default=_EARLY)
        late = parser.parse(value, parserinfo=_NAMES, default=_LATE)
    except (ValueError, OverflowError, TypeError):
        return ""
    if early.date() != late.date() or not 1900 < early.year < 2200:
        return ""
    return str(early.date().isoformat())


def _spelled_out(value: str) -> str:
    """A Vietnamese, Khmer or Burmese spelled-out date ("ngày 9 tháng 3 năm 2026") as ISO, when its
    month is a number or a known name; other values unchanged."""
    parts = _SPELLED_OUT_PARTS.fullmatch(value)
    burmese = _BURMESE_PARTS.fullmatch(value)
    if burmese:
        year, month, day = burmese.groups()
    elif parts:
        day, month, year = parts.groups()
    else:
        return value
    if not month.isdigit():
        english = _TO_ENGLISH.get(month.lower(), "")
        month = str(_ENGLISH_MONTHS.index(english) + 1) if english else ""
    return f"{year}-{month}-{day}" if month else value


def _without_time_between(value: str) -> str:
    """A ctime date ("Sep 15 08:03:41 BST 2025") without the time and zone that stand
    between its day and year (dateutil would warn on the zone), and a Japanese date
    ("2025年10月21日") as ISO; other values unchanged."""
    ctime = _CTIME_PARTS.fullmatch(value)
    if ctime:
        return f"{ctime.group(2)} {ctime.group(1)} {ctime.group(3)}"
    kanji = _KANJI_PARTS.fullmatch(value)
    if kanji:
        year, era, era_year, month, day = kanji.groups()
        if era:
            year = str(_ERAS[era] + (1 if era_year == "元" else int(era_year)))
        return "-".join((year, month, day))
    roc = _ROC_NUMERIC.fullmatch(value)
    if roc:
        return "-".join((str(_ERAS["民國"] + int(roc.group(1))), roc.group(2), roc.group(3)))
    return solar_hijri(value) or value


def stated_date(text: str, labelled_only: bool = False, month_first: bool = False, updated: bool = True) -> str:
    """The date a text states for itself: a labelled one first, else a dateline's, else the
    date of the occasion its opening sentence records ("Minutes of the meeting held on
    Tuesday 4th February 2025 at 7.30pm"). ``month_first``: see :func:`iso_date`.
    ``updated=False``: a date labelled as an update ("Updated: ...") does not count."""
    text = ascii_digits(text)
    ends = text[:_HEAD_CHARS] + "\n" + text[-_TAIL_CHARS:] if len(text) > _HEAD_CHARS else text
    for pattern in _LABELLED if updated else _LABELLED[:1]:
        for match in pattern.finditer(ends):
            if _OTHER_EVENT.search(ends, max(0, match.start() - 24), max(match.start() + 5, match.start(1))):
                continue  # "Hearing date: 7 October 2025" dates the hearing, not the document
            found = _read(match, 1, month_first)
            if found:
                return found
    if labelled_only:
        return ""
    lines = text.strip().splitlines()[:_HEAD_LINES]
    head = "\n".join(ln for ln in lines if len(ln.split()) <= _DATELINE_WORDS and not _OTHER_EVENT.search(ln))
    found = first_date(head, month_first)  # the text's digits are ASCII already
    if found:
        return found
    opening = [ln for ln in lines if ln.strip()]
    found = _date_sentence(opening, month_first) or _occasion_date(opening, month_first) \
        or _enacted_date(text, month_first)
    if found:
        return found
    for line in lines:  # a news dateline opening a paragraph: "AUGUSTA, Ga., April 14, 2002 - Tiger Woods ..."
        at = _ANY_DATE.search(line)
        if at and _DATELINE_PLACE.match(line[:at.start()]) and _DATELINE_END.match(line[at.end():]):
            found = _read(at, 0, month_first)
            if found:
                return found
    return ""


# A copy's own time: when a page was printed, accessed, retrieved or downloaded ("Printed from
# www.example.org on 03/03/2026 at 08:47"), which says nothing of when it was written.
_COPY_TIME = re.compile(r"\b(?:printed|accessed|retrieved|downloaded)\b", re.IGNORECASE)
_EVENT_LINE_WORDS = 20


def other_dates(text: str, month_first: bool = False) -> set[str]:
    """The dates ``text`` labels as another event's ("Closing date 23/03/2026") or as a copy's
    time ("Printed ... on 03/03/2026"), each read from a short line holding the label."""
    found = set()
    for line in text.splitlines():
        if len(line.split()) <= _EVENT_LINE_WORDS and (_OTHER_EVENT.search(line) or _COPY_TIME.search(line)):
            date = first_date(line, month_first)
            if date:
                found.add(date)
    return found


def names_other_event(label: str) -> bool:
    """Whether ``label`` names the date of something other than the document ("Hearing date",
    "Date of event", "Date of birth")."""
    return bool(_OTHER_EVENT.search(label))


# A page's own note of its last update, a label and a date and nothing else ("Last updated:
# 4 March 2026", "Dernière mise à jour : 11 mars 2026", "Seite aktualisiert am 03.02.2026 10:15").
_UPDATE_LINE = re.compile(
    rf"^\W*(?:[^\W\d]+\s+){{0,2}}?(?:{_UPDATED})\b(?:\s+(?:on|le|am|el|em|il|op))?\s*[:：\-–]?\s*{_WEEKDAY}"
    rf"(?:{_CANDIDATE})(?:,?\s+(?:at\s+|à\s+|um\s+)?\d{{1,2}}[:.h]\d{{2}}(?:\s*[ap]\.?m\.?)?)?\W*$", re.IGNORECASE)


def is_update_line(line: str) -> bool:
    """Whether ``line`` is only a page's last-update note (an update label and its date)."""
    return bool(_UPDATE_LINE.match(ascii_digits(line.strip())))


def first_date(text: str, month_first: bool = False) -> str:
    """The first full date written in ``text`` (day, month and year), as ISO; "" when none."""
    for match in _ANY_DATE.finditer(ascii_digits(text)):
        found = _read(match, 0, month_first)
        if found:
            return found
    return ""


# What a record is of ("Minutes of the meeting held on ...", "The inspection took place on ..."),
# then its date: the occasion a document records dates the document, wherever its opening
# sentence puts it. A weekday written with the date ("on Tuesday 4 February 2025") marks the
# same, and so does a body that met on a day ("The panel met on 10 June 2025 and agreed ...").
# A bare "on 3 March 2021" in a sentence about events does not. An instrument's enacting
# sentence dates it by its making: "Made by the Harbour Board on 4 March 2026 under section 83
# ...", "Adopted by the council on ...", as byelaws, rules and resolutions open.
_OCCASION = re.compile(
    rf"\b(?:meeting|minutes|session|hearing|assembly|inspection|visit|call|conference|workshop"
    rf"|interview|audit|review|survey|retrospective)\b[^.!?\n]{{0,40}}?\b(?:held|took place|was|on|of|dated)"
    rf"\s+(?:on\s+)?{_WEEKDAY}((?:{_CANDIDATE}))(?![\w-])"
    rf"|\bon\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+((?:{_CANDIDATE}))(?![\w-])"
    rf"|\b(?:met|convened|sat|gathered)\s+on\s+{_WEEKDAY}((?:{_CANDIDATE}))(?![\w-])"
    rf"|\b(?:made|adopted|enacted|passed|sealed)\s+by\s+(?:the\s+)?[A-Z][^.!?\n]{{0,60}}?\s+on\s+{_WEEKDAY}((?:{_CANDIDATE}))(?![\w-])",
    re.IGNORECASE)


# An instrument's recitals ("WHEREAS, the Council held a study session on ...") tell its
# background; the occasions they name do not date it.
_RECITAL = re.compile(r"\b(?:WHEREAS|Whereas),")
# A sentence of its own that records how an instrument was made, wherever it stands (US
# ordinances and resolutions close with it): "INTRODUCED at a regular meeting of the City
# Council on October 6, 2026.", "Passed and adopted by the Board on 3 March 2026."
_ENACTED = re.compile(
    rf"(?:^|(?<=[.!?;:]\s)|(?<=\n))\s*(?:introduced|adopted|passed|enacted|approved|made|sealed)"
    rf"(?:\s+and\s+(?:adopted|approved|passed|enacted))?\s+(?:by|at)\s+[^.!?\n]{{0,100}}?\s+on\s+{_WEEKDAY}"
    rf"((?:{_CANDIDATE}))(?![\w-])", re.IGNORECASE)


def _enacted_date(text: str, month_first: bool) -> str:
    """The date of the last sentence of ``text`` that records an instrument's making (see
    :data:`_ENACTED`); "" when none does."""
    for at in reversed(list(_ENACTED.finditer(text))):
        found = _read(at, 1, month_first)
        if found:
            return found
    return ""


def _occasion_date(lines: list[str], month_first: bool) -> str:
    """The date in the first sentence of the title or an opening paragraph that records an
    occasion (see :data:`_OCCASION`), before any recital of an instrument."""
    for line in lines[:_OPENING_PARAGRAPHS + 1]:
        first = _RECITAL.split(re.split(r"(?<=[.!?])\s+(?=[A-Z])", line.strip())[0])[0]
        at = _OCCASION.search(first)
        if at:
            group = next(i for i in range(1, 5) if at.group(i))
            found = _read(at, group, month_first)
            if found:
                return found
    return ""


def _date_sentence(lines: list[str], month_first: bool = False) -> str:
    """A short sentence of the opening paragraphs that ends with a full date: "Summary of
    responses, 2 January 2025.", "Meeting held on 7 March 2023." (a report's own date written
    as a sentence of its opening paragraph, not as a line of its own)."""
    for line in lines[1:_OPENING_PARAGRAPHS + 1]:  # the first line is the title
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", line.strip())[:_OPENING_SENTENCES]:
            body = sentence.rstrip(" .")
            at = ([None, *_ANY_DATE.finditer(body)])[-1]
            if at is not None and at.end() == len(body) and len(body.split()) <= _DATE_SENTENCE_WORDS:
                found = _read(at, 0, month_first)
                if found:
                    return found
    return ""


_OPENING_PARAGRAPHS = 4  # non-empty lines after the title
_OPENING_SENTENCES = 2
_DATE_SENTENCE_WORDS = 8


# The place before a dateline's date: up to five capitalised words, commas, "(AP)"; nothing else.
_DATELINE_PLACE = re.compile(r"^\s*(?:(?:[A-Z][\w.'’-]*|\([A-Z][\w ]{0,20}\))[,\s]+){1,5}(?:[-–—]\s*)?$")
# after the date: punctuation, a dash, or a wire service's tag ("May 12, 2026 /PRNewswire/ --")
_DATELINE_END = re.compile(r"^\s*(?:[.,:]|\s[-–—]|\s/[A-Za-z][\w -]{0,30}/(?:\s+[-–—]+)?)\s")


def _read(match: re.Match[str], group: int, month_first: bool) -> str:
    """The date ``match`` found, as ISO; a weekday written just before a numeric date settles
    which number is the month ("Tuesday 03/04/2025" is 4 March: 3 April 2025 was a Thursday)."""
    value = match.group(group)
    numeric = _NUMERIC.fullmatch(value.strip())
    weekday = _WEEKDAY_BEFORE.search(match.string, max(0, match.start(group) - 16), match.start(group))
    if numeric and weekday:
        readings = {iso_date(value, False), iso_date(value, True)} - {""}
        fits = [r for r in readings if dt.date.fromisoformat(r).weekday() == _WEEKDAYS[weekday.group(1).lower()[:3]]]
        if len(fits) == 1:
            return fits[0]
    return iso_date(value, month_first)


def numeric_order(text: str) -> bool | None:
    """Whether ``text`` writes its numeric dates month first (True) or day first (False), by
    the weekdays written beside them: "Wed, 07/02/2025" fits 2 July 2025 only, so a page whose
    dates fit only month first writes "Tue, 07/01/2025" month first too. None when no date
    decides it, or its dates disagree."""
    orders = set()
    for match in _NUMERIC.finditer(text):
        weekday = _WEEKDAY_BEFORE.search(text, max(0, match.start() - 16), match.start())
        if weekday is None:
            continue
        day = _WEEKDAYS[weekday.group(1).lower()[:3]]
        fits = {first for first in (False, True)
                if (found := iso_date(match.group(0), first)) and dt.date.fromisoformat(found).weekday() == day}
        if len(fits) == 1:
            orders |= fits
    return orders.pop() if len(orders) == 1 else None


_WEEKDAYS = {name: i for i, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}
_WEEKDAY_BEFORE = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*$", re.IGNORECASE)


def _ordinal_free(value: str) -> str:
    """"3rd March", "1er mars", "1º de marzo", "3. März", "8fed Tachwedd" without the day's
    ordinal mark."""
    return re.sub(rf"(?<=\d)(?:(?:{_ORDINAL})\b|[º°]|\.(?=\s))", "", value)


# A weekday with a day and month but no year ("Tuesday, 3 June", "Tue 3 Jun", "Tuesday, June 3").
_YEARLESS = re.compile(
    rf"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?:({_DAY})\s+({_MONTH})\.?|({_MONTH})\.?\s+({_DAY}))"
    rf"(?!\.?,?\s*\d)(?![\w-])", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(19[7-9]\d|20\d\d)(?!\d)")


def yearless_date(text: str, context: str) -> str:
    """A date written without its year ("Tuesday, 3 June") read with a year the page names
    elsewhere (``context``: its breadcrumb, its addresses, its other dates), when the weekday
    fits exactly one of those years; "" when it fits none or several."""
    match = _YEARLESS.search(text)
    if match is None:
        return ""
    weekday = _WEEKDAYS[match.group(1).lower()[:3]]
    day_month = f"{match.group(2)} {match.group(3)}" if match.group(2) else f"{match.group(5)} {match.group(4)}"
    fits = set()
    for year in {int(y) for y in _YEAR.findall(context)}:
        found = iso_date(f"{day_month} {year}")
        if found and dt.date.fromisoformat(found).weekday() == weekday:
            fits.add(found)
    return fits.pop() if len(fits) == 1 else ""


_OWN_DATE_LABEL = re.compile(rf"\b(?:{_PUBLISHED}|{_UPDATED}|{_AS_OF}|when|datum|data|created)\b", re.IGNORECASE)


def names_own_date(label: str) -> bool:
    """Whether ``label`` (a field's label, "Published", "Datum", "Last updated") may name the
    date of the document itself rather than of its subject ("Founded", "Born", "Wanneer")."""
    return bool(_OWN_DATE_LABEL.search(label)) and not names_other_event(label)


# "to" in the languages the page's dates are read in: "del 12 de diciembre de 2026 al 18 de
# abril de 2027", "du 3 mars au 5 avril 2026", "vom 1. bis 3. Mai", "t/m", "till"
_SPAN_JOIN = re.compile(r"\s*(?:[-–—]|to|until|till|til|tot|tot en met|t/m|bis|au|al|a|ao|à|do|fino al)\s*",
                        re.IGNORECASE)


def is_date_span(text: str, month_first: bool = False) -> bool:
    """Whether ``text`` states a span of two full dates joined by a dash ("March 4, 1938 –
    November 28, 2026", a life's or an event's run): the dates of what the page is about."""
    text = ascii_digits(text)
    found = [m for m in _ANY_DATE.finditer(text) if _read(m, 0, month_first)]
    return len(found) == 2 and bool(_SPAN_JOIN.fullmatch(text[found[0].end():found[1].start()]))
