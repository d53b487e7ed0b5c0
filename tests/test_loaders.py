"""Loading every supported format, and turning every kind of bad input into a helpful Problem."""

from __future__ import annotations

import datetime as dt
import json
import os
import unicodedata
from pathlib import Path

import docx
import pytest
from reportlab.pdfgen import canvas

from index.decoding import read_any_text
from index.documents import Document, LoadResult, Problem, stable_id
from index.errors import InputError
from index.loaders import DEFAULT_MAX_FILE_BYTES, SUPPORTED_SUFFIXES, load_paths

PROSE = ("The harbour committee met on Thursday to discuss the new ferry timetable, and "
         "most members agreed that the evening service should run every hour in summer.")


def _only(result: LoadResult) -> Document:
    assert result.problems == [], result.problems
    assert len(result.documents) == 1
    return result.documents[0]


def _problem(result: LoadResult, name: str) -> Problem:
    found = [p for p in result.problems if Path(p.source).name == name]
    assert len(found) == 1, result.problems
    return found[0]


def _make_pdf(path: Path, lines: list[str], title: str | None = None) -> Path:
    pdf = canvas.Canvas(str(path))
    if title:
        pdf.setTitle(title)
    y = 800
    for line in lines:
        if line:
            pdf.drawString(72, y, line)
        y -= 16
    pdf.save()
    return path


def _make_docx(path: Path, title: str = "", created: dt.datetime | None = None) -> Path:
    document = docx.Document()
    document.add_paragraph("Ferry timetable review", style="Title")
    document.add_paragraph(PROSE)
    table = document.add_table(rows=2, cols=2)
    for row, (a, b) in zip(table.rows, [("Route", "Departures"), ("North pier", "Hourly")]):
        row.cells[0].text, row.cells[1].text = a, b
    document.add_paragraph("The  committee   will meet again in May.")
    if title:
        document.core_properties.title = title
    if created:
        document.core_properties.created = created
    document.save(str(path))
    return path


def test_supported_suffixes_and_default_limit() -> None:
    assert SUPPORTED_SUFFIXES == (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx",
                                  ".jsonl")
    assert DEFAULT_MAX_FILE_BYTES == 20 * 1024 * 1024


def test_txt_is_cleaned_and_has_provenance(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    file = folder / "ferry.txt"
    file.write_text(f"Ferry timetable changes\n\nDate: 2025-08-12\n\n{PROSE}\n\nLEAVE A REPLY\n\n"
                    "Please enter your comment!\n", encoding="utf-8")
    doc = _only(load_paths([folder]))
    assert doc.title == "Ferry timetable changes"
    assert doc.date == "2025-08-12"
    assert doc.text == f"Ferry timetable changes\n\n{PROSE}"
    assert doc.source == str(file.resolve())
    assert doc.origin == str(folder.resolve())
    assert doc.doc_id == stable_id(str(file.resolve()))


def test_txt_with_bom_and_file_argument(tmp_path: Path) -> None:
    file = tmp_path / "bom.txt"
    file.write_bytes("\ufeff".encode() + PROSE.encode())
    doc = _only(load_paths([str(file)]))
    assert doc.text == PROSE
    assert doc.origin == str(file.resolve())
    assert doc.title.startswith("The harbour committee")


def test_markdown(tmp_path: Path) -> None:
    file = tmp_path / "notes.md"
    file.write_text(
        "Intro line\n\n# Ferry *notes*\n\nThe **evening** service, see [the plan](http://x.y/p)\n"
        "and ![a map](map.png) the map.\n\n- first item\n- second _item_\n\n"
        "```\ncode  stays\n```\n", encoding="utf-8")
    doc = _only(load_paths([file]))
    assert doc.title == "Ferry notes"
    assert doc.text.split("\n\n") == [
        "Intro line", "Ferry notes", "The evening service, see the plan and the map.",
        "first item", "second item", "code  stays"]


def test_html(tmp_path: Path) -> None:
    file = tmp_path / "page.htm"
    file.write_text(
        "<html><head><title>Ferry news | Coast Daily</title>"
        "<link rel='canonical' href='https://coast.example/ferry'></head><body>"
        "<nav><a href='/'>Home</a></nav><article><h1>Ferry news</h1>"
        f"<p>{PROSE}</p></article><div class='cookie-notice'>We use cookies.</div>"
        "</body></html>", encoding="utf-8")
    doc = _only(load_paths([file]))
    assert (doc.title, doc.url) == ("Ferry news", "https://coast.example/ferry")
    assert doc.text == f"Ferry news\n\n{PROSE}"


def test_pdf_joins_wrapped_lines(tmp_path: Path) -> None:
    lines = ["Ferry timetable review", "",
             "The harbour committee met on Thursday to discuss the new ferry",
             "timetable, and most members agreed that the evening service should",
             "run every hour in summer.",
             "A second paragraph starts here and it is long enough to wrap onto",
             "the next line of the page."]
    with_title = _make_pdf(tmp_path / "a.pdf", lines, title="Committee minutes")
    doc = _only(load_paths([with_title]))
    assert doc.title == "Committee minutes"
    assert len(doc.date) == 10 and doc.date[4] == "-"
    assert doc.text.split("\n\n") == [
        "Ferry timetable review",
        "The harbour committee met on Thursday to discuss the new ferry timetable, and most "
        "members agreed that the evening service should run every hour in summer.",
        "A second paragraph starts here and it is long enough to wrap onto the next line of "
        "the page."]
    without_title = _make_pdf(tmp_path / "b.pdf", lines)
    assert _only(load_paths([without_title])).title == "Ferry timetable review"


def test_docx_paragraphs_tables_and_titles(tmp_path: Path) -> None:
    plain = _make_docx(tmp_path / "plain.docx")
    doc = _only(load_paths([plain]))
    assert doc.title == "Ferry timetable review"
    assert doc.date == ""  # the blank template's 2013 date is not the document's
    assert doc.text.split("\n\n") == ["Ferry timetable review", PROSE,
                                      "Route: North pier | Departures: Hourly",
                                      "The committee will meet again in May."]
    rules = _only(load_paths([plain], extractors="rules"))
    assert "Route | Departures\nNorth pier | Hourly" in rules.text
    created = dt.datetime(2024, 5, 1, 9, 30, tzinfo=dt.UTC)
    titled = _make_docx(tmp_path / "titled.docx", title="Minutes, April", created=created)
    doc = _only(load_paths([titled]))
    assert (doc.title, doc.date) == ("Minutes, April", "2024-05-01")


def test_jsonl_records_and_bad_lines(tmp_path: Path) -> None:
    file = tmp_path / "records.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "First record.\n\n  Second   paragraph.",
                    "title": "Record A", "date": "2024-02-03", "author": "Kim"}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"title": "no text here"}),
        "",
        json.dumps({"text": "A record with a url and no id.", "url": "https://ex.example/r"}),
        json.dumps({"text": "   "}),
        json.dumps({"id": "a1", "text": "Same id again."}),
        json.dumps({"text": "x" * 100}),
    ]
    file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = load_paths([file])
    source = str(file.resolve())
    by_line = {p.line: p.message for p in result.problems}
    assert all(p.source == source for p in result.problems)
    assert sorted(by_line) == [2, 3, 4, 7, 8]
    assert "not valid JSON" in by_line[2] and "not a JSON object" in by_line[3]
    assert by_line[4] == 'line has no "text" field; every line needs {"text": ...}'
    assert by_line[7] == by_line[4]
    assert "duplicate id" in by_line[8]
    first, with_url, long = result.documents
    assert (first.text, first.title, first.date) == ("First record.\n\nSecond paragraph.",
                                                     "Record A", "2024-02-03")
    assert first.source == f"{source}#a1" and first.doc_id == stable_id(source, "a1")
    assert (with_url.source, with_url.url) == ("https://ex.example/r", "https://ex.example/r")
    assert with_url.doc_id == stable_id(source, "line 6")
    assert with_url.title == "A record with a url and no id."
    assert long.source == f"{source}#line 9" and len(long.title) <= 80
    assert all(d.origin == source for d in result.documents)


def test_walk_skips_hidden_and_unsupported_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(PROSE, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.md").write_text(f"# A\n\n{PROSE}", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(PROSE, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(PROSE, encoding="utf-8")
    (tmp_path / "data.xyz").write_text("?", encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "sub" / "loop")  # would loop forever if followed
    seen: list[str] = []
    result = load_paths([tmp_path], progress=seen.append)
    assert result.problems == []
    assert [Path(d.source).name for d in result.documents] == ["b.txt", "a.md"]
    assert seen == [str(tmp_path / "b.txt"), str(tmp_path / "sub" / "a.md")]
    assert f"{tmp_path / '.hidden.txt'} (hidden)" in result.skipped
    assert f"{tmp_path / '.git'} (hidden)" in result.skipped
    assert f"{tmp_path / 'data.xyz'} (unsupported type .xyz)" in result.skipped
    assert any(s.startswith(str(tmp_path / "sub" / "loop")) for s in result.skipped)


def test_bad_inputs_become_problems_and_the_rest_still_loads(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text(PROSE, encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (folder / "latin1.txt").write_bytes("Café au lait".encode("latin-1"))
    (folder / "big.txt").write_text(PROSE * 12, encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (folder / "chrome.txt").write_text("Subscribe\n\nLEAVE A REPLY\n", encoding="utf-8")
    _make_pdf(folder / "scanned.pdf", [])
    (tmp_path / "empty").mkdir()
    missing = tmp_path / "missing"
    result = load_paths([folder, tmp_path / "empty", missing], max_file_bytes=1500)

    assert [Path(d.source).name for d in result.documents] == ["good.txt", "latin1.txt"]
    assert Problem(str(missing), "no such file or folder; check the path") in result.problems
    empty = _problem(result, "empty").message
    assert empty.startswith("no supported documents here (supported: .txt, .md")
    assert "binary file" in _problem(result, "binary.txt").message
    # The rule-based extractors refuse text that is not UTF-8; the default ones decode it.
    latin = _problem(load_paths([folder / "latin1.txt"], extractors="rules"), "latin1.txt").message
    assert latin.startswith("not valid UTF-8 text (byte 0xe9 at offset 3)")
    assert "iconv -f latin1 -t utf-8 latin1.txt" in latin
    big = _problem(result, "big.txt").message
    assert big.startswith("is ") and "over the 1.5 KB limit per file" in big
    assert "--max-file-mb" in big
    assert _problem(result, "broken.pdf").message.startswith("could not read PDF: ")
    assert _problem(result, "broken.pdf").message.endswith("is the file complete?")
    assert _problem(result, "broken.docx").message.startswith("could not read DOCX: ")
    scanned = _problem(result, "scanned.pdf").message
    assert scanned == "no text could be extracted (scanned image? run OCR first)"
    assert _problem(result, "chrome.txt").message == "no text left after cleaning"


def test_oversize_message_in_megabytes(tmp_path: Path) -> None:
    file = tmp_path / "huge.txt"
    with open(file, "wb") as fh:
        fh.truncate(int(2.5 * 1024 * 1024))  # sparse: size is checked before reading
    result = load_paths([file], max_file_bytes=1024 * 1024)
    assert result.problems[0].message.startswith("is 2.5 MB, over the 1 MB limit per file")


def test_unsupported_file_given_directly(tmp_path: Path) -> None:
    file = tmp_path / "sheet.xlsx"
    file.write_bytes(b"x")
    assert "unsupported file type .xlsx" in _problem(load_paths([file]), "sheet.xlsx").message


def test_ids_are_stable_and_duplicates_loaded_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PROSE, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": PROSE}) + "\n", encoding="utf-8")
    first = [d.doc_id for d in load_paths([tmp_path]).documents]
    second = [d.doc_id for d in load_paths([str(tmp_path)]).documents]
    assert first == second and len(set(first)) == 2
    twice = load_paths([tmp_path, tmp_path / "a.txt"])
    assert len(twice.documents) == 2
    assert twice.skipped == [f"{(tmp_path / 'a.txt').resolve()} (already loaded)"]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".jsonl"])
def test_empty_text_files_are_problems(tmp_path: Path, suffix: str) -> None:
    file = tmp_path / f"empty{suffix}"
    file.write_text("\n\n", encoding="utf-8")
    result = load_paths([file])
    assert result.documents == [] and len(result.problems) == 1


def test_a_latin2_text_is_not_read_as_another_latin_code_page(tmp_path: Path) -> None:
    # Invented Croatian, Polish and Czech notices in ISO-8859-2: "ć", "ł", "ě" and "ů" have no
    # place in ISO-8859-4 or cp1250 at those bytes, where "č", "š", "ž" read alike.
    texts = {
        "hr.txt": ("Obavještavamo građane da će se knjižnica zatvoriti zbog radova na krovu. "
                   "Sljedećih tjedana posudba će biti moguća samo u područnom ogranku, a čitaonica "
                   "ostaje zatvorena. Ključeve ormarića treba vratiti do petka.\n"),
        "pl.txt": ("Uprzejmie informujemy, że w przyszłym tygodniu biblioteka będzie zamknięta z powodu "
                   "remontu dachu. Książki można zwracać do skrzynki przy wejściu głównym, a czytelnia "
                   "pozostanie nieczynna aż do piątku.\n"),
        "cs.txt": ("Upozorňujeme občany, že knihovna bude příští týden uzavřena kvůli opravě střechy. "
                   "Výpůjčky bude možné vracet do schránky u hlavního vchodu a čítárna zůstane "
                   "zavřená až do pátku. Děkujeme za pochopení.\n"),
    }
    for name, text in texts.items():
        (tmp_path / name).write_bytes(text.encode("iso-8859-2"))
        assert read_any_text(tmp_path / name) == text, name


def test_a_hungarian_latin2_text_is_read_with_its_rarer_letters(tmp_path: Path) -> None:
    # Invented Hungarian notices in ISO-8859-2: "ő" and "ű" are "õ" and "û" in cp1252, which
    # ties with it, and charset-normalizer's Hungarian letters (its 26 most frequent) lack them
    texts = {
        "hu.txt": ("Értesítjük a lakókat, hogy a főbejárat melletti kapu zárját jövő héten cserélik. "
                   "Az új kulcsokat a gondnoknál lehet átvenni, a régieket kérjük visszaadni. "
                   "Köszönjük a türelmüket és a segítőkész együttműködést.\n"),
        "hu-short.txt": "A fűtés kedden reggel újraindul, a szerelők délelőtt érkeznek.\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_bytes(text.encode("iso-8859-2"))
        assert read_any_text(tmp_path / name) == text, name


def test_a_baltic_code_page_tied_with_cp1252_is_read_by_its_letters(tmp_path: Path) -> None:
    # Invented Lithuanian notices in cp1257: charset-normalizer finds cp1252 as clean, but there
    # they read "ë", "ð", "ø", "þ" together, which no language writes. (Latvian is not read so:
    # charset-normalizer has no Latvian letter table.)
    texts = {
        "lt.txt": ("Pranešame, kad dėl stogo remonto biblioteka kitą savaitę bus uždaryta. Knygas galima "
                   "grąžinti į dėžutę prie įėjimo, o skaitykla neveiks iki penktadienio. Ačiū už supratimą.\n"),
        "lt-short.txt": "Dėl šildymo sutrikimų gyventojai bus informuoti rytoj.\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_bytes(text.encode("cp1257"))
        assert read_any_text(tmp_path / name) == text, name


def test_texts_in_the_later_latin_iso_parts_are_read_by_their_letters(tmp_path: Path) -> None:
    # Invented Romanian (ISO-8859-16: comma-below "ș ț", which cp1250 reads as cedilla "ş ţ")
    # and Welsh (ISO-8859-14: "ŵ ŷ", which cp1254 reads as "ğ ş") notices: charset-normalizer
    # never proposes these parts, but only they read the letters as one language writes them.
    texts = {
        "ro.txt": ("Anunț pentru locatari\n\nVă informăm că săptămâna viitoare se înlocuiește "
                   "țeava de gaz din subsol. Ușa pivniței rămâne închisă, iar cheia se află la "
                   "administrator. Mulțumim pentru răbdare și înțelegere.\n", "iso8859_16"),
        "cy.txt": ("Newyddion y pentref\n\nBydd y llyfrgell ar gau ddydd Llun tra bydd y to yn cael ei "
                   "drwsio. Mae'r dŵr wedi dod i mewn i'r tŷ bach ac i'r ystafell ddarllen. Bydd "
                   "paned i bawb ar ôl y cyfarfod yn y neuadd.\n", "iso8859_14"),
    }
    for name, (text, encoding) in texts.items():
        (tmp_path / name).write_bytes(text.encode(encoding))
        assert read_any_text(tmp_path / name) == text, name

def test_a_maltese_text_in_latin_3_is_read_in_latin_3(tmp_path: Path) -> None:
    # An invented Maltese notice in ISO-8859-3: charset-normalizer reads "ħ ġ ż ċ" as another
    # Latin part's "ą õ ŋ å", which no language writes together; only Latin-3 reads Maltese.
    text = ("Avviż lill-membri\n\nIl-ħajt tal-ġnien se jissewwa għada filgħodu. Il-ħaddiema "
            "jidħlu mill-bieb ta' wara u ċ-ċavetta tinżamm għand is-segretarju. Grazzi tal-"
            "paċenzja tagħkom.\n")
    (tmp_path / "mt.txt").write_bytes(text.encode("iso8859_3"))
    assert read_any_text(tmp_path / "mt.txt") == text


def test_a_greek_code_page_text_is_not_read_as_cyrillic(tmp_path: Path) -> None:
    # An invented Greek notice: in Windows-1253 or ISO-8859-7, charset-normalizer reads it first
    # as Cyrillic cp1251 ("Тбмяб"), coherently enough to stop trying other language families,
    # though it finds the Greek reading cleaner and more coherent when asked.
    text = ("ΑΘΛΗΤΙΚΟΣ ΣΥΛΛΟΓΟΣ ΚΑΛΑΜΑΡΙΑΣ, ΟΔΟΣ ΠΟΝΤΟΥ 12, 551 33 ΘΕΣΣΑΛΟΝΙΚΗ\r\n"
            "Ταμίας: Ν. Γεωργίου, τηλ. 2310 445 120\r\n\r\nΘεσσαλονίκη, 3 Μαρτίου 2026\r\n\r\n"
            "Σας υπενθυμίζουμε ότι οι συνδρομές για τη νέα χρονιά πρέπει να πληρωθούν μέχρι το "
            "τέλος του μήνα.\r\nΤο ποσό για κάθε τμήμα φαίνεται στον πίνακα που ακολουθεί.\r\n\r\n")
    for encoding in ("cp1253", "iso8859_7"):
        (tmp_path / "el.txt").write_bytes(text.encode(encoding))
        assert read_any_text(tmp_path / "el.txt") == text, encoding

def test_a_short_korean_text_in_euc_kr_is_not_read_as_cp1252(tmp_path: Path) -> None:
    # Invented: too short for charset-normalizer to name its language, but every byte pair
    # decodes to a Hangul syllable, where cp1252 reads accented letters among symbols.
    text = "도서관 휴관 안내\r\n\r\n지붕 공사로 다음 주 도서관을 휴관합니다.\r\n"
    (tmp_path / "ko.txt").write_bytes(text.encode("euc-kr"))
    assert read_any_text(tmp_path / "ko.txt") == text


def test_seven_bit_iso2022_mail_is_decoded_by_its_escape_sequences(tmp_path: Path) -> None:
    # Invented Japanese and Korean notices in ISO-2022: every byte is ASCII, so UTF-8 would
    # "decode" them to escape noise ("$B?^=q4["); the designations name the codec.
    texts = {
        "ja.txt": ("件名: 図書館休館のお知らせ\n\n屋根の工事のため、来週は図書館を休館します。\n"
                   "本の返却は入口の返却ポストをご利用ください。\n"),
        "ko.txt": "도서관 휴관 안내\n\n지붕 공사로 다음 주 도서관을 휴관합니다.\n",
    }
    for name, text in texts.items():
        data = text.encode("iso2022_jp" if name == "ja.txt" else "iso2022_kr")
        assert max(data) < 128
        (tmp_path / name).write_bytes(data)
        assert read_any_text(tmp_path / name) == text, name
    (tmp_path / "ascii.txt").write_bytes(b"Plain \x1b[1mbold\x1b[0m terminal text\n")
    assert read_any_text(tmp_path / "ascii.txt") == "Plain \x1b[1mbold\x1b[0m terminal text\n"


def test_a_docx_layout_table_is_read_cell_by_cell_with_its_nested_table(tmp_path: Path) -> None:
    # Invented: a newsletter laid out as a one-row, two-cell table; the left cell holds the
    # story, the right cell a heading and a table of its own.
    document = docx.Document()
    layout = document.add_table(rows=1, cols=2)
    left, right = layout.rows[0].cells
    left.paragraphs[0].text = "The choir sang at the cathedral on Sunday for the first time since 2019."
    left.add_paragraph("More than two hundred people came to hear the spring concert.")
    right.paragraphs[0].text = "Collection"
    inner = right.add_table(rows=3, cols=2)
    for row, (label, value) in zip(inner.rows, (("Fund", "Amount"), ("Roof appeal", "£412"),
                                               ("Organ fund", "£218")), strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    document.save(str(tmp_path / "news.docx"))
    text = load_paths([tmp_path / "news.docx"], extractors="auto").documents[0].text
    blocks = text.split("\n\n")
    assert "The choir sang at the cathedral on Sunday for the first time since 2019." in blocks
    assert "More than two hundred people came to hear the spring concert." in blocks
    assert "Fund: Roof appeal | Amount: £412" in text.splitlines()


def test_a_code_page_text_with_combining_tone_marks_is_composed(tmp_path: Path) -> None:
    # Invented Vietnamese notice in Windows-1258, which stores most tones as combining marks
    # after the letter: read back composed (NFC), as the same words typed in Unicode are.
    text = "Thông báo cắt nước\r\nNgày mai khu phố sẽ bị cắt nước từ 8 giờ đến 11 giờ sáng.\r\n"
    data = b"".join(_cp1258(c) for c in text)
    assert b"\xec" in data  # the acute as a combining mark
    (tmp_path / "vi.txt").write_bytes(data)
    assert read_any_text(tmp_path / "vi.txt") == text


def _cp1258(letter: str) -> bytes:
    """A letter as Windows-1258 writes it: whole when the code page holds it, else its base
    (with a circumflex, breve or horn when it has one) and then its tone as a combining mark."""
    try:
        return letter.encode("cp1258")
    except UnicodeEncodeError:
        marks = unicodedata.normalize("NFD", letter)
        base = unicodedata.normalize("NFC", marks[:-1])
        return base.encode("cp1258") + marks[-1].encode("cp1258")


def test_utf16_without_a_bom_is_read_by_its_zero_bytes(tmp_path: Path) -> None:
    # Invented notices saved as UTF-16 with no byte-order mark: the high byte of every ASCII
    # character is zero, at odd offsets (little-endian) or even ones (big-endian); "Ā" (U+0100)
    # puts a zero in the other parity, which a few letters may do.
    text = ("PĀNUI MŌ TE WHARE PUKAPUKA\r\n\r\nKa kati te whare pukapuka ā te Rāapa nei.\r\n"
            "Rārangi\tWā\r\nTuatahi\t9.00\r\n")
    for name, encoding in (("le.txt", "utf-16-le"), ("be.txt", "utf-16-be")):
        (tmp_path / name).write_bytes(text.encode(encoding))
        assert read_any_text(tmp_path / name) == text, name


def test_zero_bytes_in_both_parities_are_still_a_binary_file(tmp_path: Path) -> None:
    (tmp_path / "blob.txt").write_bytes(bytes([0, 1, 0, 0, 7, 0, 0, 3] * 64))
    with pytest.raises(InputError, match="binary"):
        read_any_text(tmp_path / "blob.txt")


def test_a_sibling_mac_code_page_wins_when_the_guess_puts_symbols_inside_words(tmp_path: Path) -> None:
    # Invented Faroese notice in Mac Icelandic: Mac Roman reads its "ð" and "Ð" bytes as
    # symbols in the middle of words ("verður" as "ver›ur"), and charset-normalizer ranks Mac
    # Roman first, the two being as clean.
    text = ("Fráboðan til øll í bygdini\n\nMánadagin 3. desember verður bókasavnið stongt, tí "
            "gólvið skal umvælast. Børn og vaksin kunnu lata bøkur inn í kassan við durnar. Vit "
            "vóna, at øll hava tolsemi við okkum.\n")
    (tmp_path / "is.txt").write_bytes(text.encode("mac_iceland"))
    assert read_any_text(tmp_path / "is.txt") == text


def test_a_two_row_docx_table_of_multi_paragraph_cells_is_two_records(tmp_path: Path) -> None:
    # Invented CV: a borderless two-column table, each row a period beside the post, the
    # employer and what was done there as paragraphs of one cell; the periods are not column
    # names over figures.
    document = docx.Document()
    document.add_paragraph("Work history")
    table = document.add_table(rows=2, cols=2)
    for row, (period, post, note) in zip(table.rows, (
            ("2021 – now", "Site engineer, Harbour Works Ltd", "I ran the quay wall repairs."),
            ("2017 – 2021", "Surveyor, Dale & Co", "I drew up the flood maps for the valley."))):
        row.cells[0].text = period
        row.cells[1].text = post
        row.cells[1].add_paragraph(note)
    document.add_paragraph("References are available on request from both employers.")
    path = tmp_path / "cv.docx"
    document.save(str(path))
    lines = load_paths([path]).documents[0].text.splitlines()
    first = "2021 – now: Site engineer, Harbour Works Ltd"
    assert any(ln.startswith(first) and "2017" not in ln for ln in lines), lines
    assert any(ln.startswith("2017 – 2021: Surveyor, Dale & Co") for ln in lines), lines


def test_a_dos_box_drawn_file_is_read_in_a_dos_code_page(tmp_path: Path) -> None:
    # Invented DOS printout: a frame and a table drawn with cp437's box characters and no
    # accented letter; a Windows code page would read the strokes as "ÄÄÄ" and "³".
    text = ("┌────────────────────────┐\r\n│  HILLSIDE CHESS CLUB   │\r\n└────────────────────────┘\r\n\r\n"
            "The winter league begins next month and all members may enter.\r\n\r\n"
            "┌──────────┬──────────┬──────┐\r\n│ Round    │ Board    │ Time │\r\n"
            "├──────────┼──────────┼──────┤\r\n│ First    │ North    │ 7.30 │\r\n"
            "│ Second   │ South    │ 8.00 │\r\n└──────────┴──────────┴──────┘\r\n")
    path = tmp_path / "card.txt"
    path.write_bytes(text.encode("cp437"))
    assert read_any_text(path) == text
    # A Western file without drawn lines keeps its reading.
    path.write_bytes("Der Bäcker öffnet um sieben Uhr, außer am Sonntag.\n".encode("cp1252"))
    assert read_any_text(path) == "Der Bäcker öffnet um sieben Uhr, außer am Sonntag.\n"
