"""Decode a text file whatever its encoding: BOMs, UTF-8, then charset-normalizer's guess.

Short Western texts are where detectors are weakest: Latin-1, cp1252, cp1250 and cp1257
read "Café" equally well, so charset-normalizer ties them. A tie goes to cp1252 (a superset
of Latin-1's printable range and what browsers assume for an undeclared page).

A Baltic text read as Western ties with cp1252 too, but its letters do not fit together: among
the candidates tied with cp1252, one whose accented letters one language's alphabet holds
better (fewer letters outside it) wins over cp1252. Korean in EUC-KR is read whole: a multi-byte
reading whose characters are nearly all letters is not traded for cp1252 when charset-normalizer
hears no language in it.

Central European texts tie the same way among the Latin code pages that share most letters
(ISO-8859-2, -4, -10, cp1250: "č", "š" and "ž" read alike, "ć" is "æ" in ISO-8859-4). Among
the candidates as free of noise as the best, the one whose text has the fewest accented
letters foreign to the languages charset-normalizer hears in them (the letters of those
languages it knows) wins; charset-normalizer's order settles what is still tied.

Japanese mail and Korean mail are often ISO-2022 (JIS): seven-bit bytes that switch character
sets with escape sequences ("ESC $ B" ... "ESC ( B"), so they are valid ASCII and would be read
as "$B:9=P" noise. Seven-bit text holding such a designation is decoded with the ISO-2022 codec
that names it, before UTF-8 is tried.

A code page without room for every accented letter stores some accents as combining marks after
the base letter (Windows-1258 keeps Vietnamese tones so: "e" + U+0301, not "é"). Text guessed
to be in a code page is composed to NFC, as Windows' own converter does by default
(MB_PRECOMPOSED), so its words read like the same words typed in Unicode: a line's width counts
letters, not marks, and "ngày" matches "ngày". Unicode files are left as written.

charset-normalizer never proposes the later Latin parts of ISO-8859 (-13 Baltic, -14 Celtic,
-15 Western with the euro, -16 South-Eastern European), nor in practice Latin-3 (-3, South
European: Maltese "ħ ġ ż ċ", read as ISO-8859-10's "ą ŋ õ å"), so a Romanian text in ISO-8859-16 is
read as cp1250 ("ş ţ" with cedilla for "ș ț" with comma below) and a Welsh one in ISO-8859-14
as cp1254 ("dğr" for "dŵr"). After the guess, each of those parts that reads the bytes without
control characters and with no more symbols than the guess competes with it: a reading whose
accented letters one language's alphabet holds wholly wins over a guess whose letters no
alphabet holds as well (more distinct letters outside every alphabet, or as few but more of
its ASCII letters outside it); the guess keeps every tie. The alphabets are
charset-normalizer's, and those of the Latin-script languages it has none for (Welsh, Irish,
Scottish Gaelic, Breton, Icelandic, Faroese, Latvian, Maltese, Catalan, Albanian, Esperanto).

A DOS program's text draws frames and tables with the box-drawing characters of its code page
(bytes 0xB0 to 0xDF in cp437, cp850, cp852, cp866 and their kin, laid out alike there), which a
Windows or ISO code page reads as letters ("ÚÄÄÄÄ¿", "³"). When at least two lines of the file
are nothing but such strokes read in cp437 (a frame's top and bottom, a table's rules), the
file is in a DOS code page: charset-normalizer's best DOS candidate, else cp437, the base one.
"""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path
from typing import Any

from .errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),  # before UTF-16: same start
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_WESTERN = "cp1252"
_TIE = 0.01


def read_any_text(file: Path) -> str:
    """The file's text in whatever encoding it was saved; binary files raise InputError."""
    data = file.read_bytes()
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode(data, encoding)
    bomless = _bomless_utf16(data)
    if bomless is not None:
        return bomless
    if b"\x00" in data[:8192]:  # other text without a UTF-16/32 BOM has no NUL bytes
        raise InputError("looks like a binary file, not text; remove it or give it the right "
                         "extension")
    iso2022 = _iso2022(data)
    if iso2022 is not None:
        return iso2022
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _drawn_lines(data) >= _MIN_DRAWN_LINES:
        return unicodedata.normalize("NFC", _decode(data, _dos_page(data)))
    guess = _other_script(data, _guess(data))
    return unicodedata.normalize("NFC", _later_latin(data, _decode(data, guess)))


_BOX = ("\u2500", "\u257f")  # the Unicode block DOS code pages' line-drawing bytes map to
_MIN_DRAWN_LINES = 2
_MIN_STROKES = 3
# DOS (OEM) code pages, which draw lines with the same bytes (Python's codec names)
_DOS_PAGES = ("cp437", "cp737", "cp775", "cp850", "cp852", "cp855", "cp857", "cp858", "cp860",
              "cp861", "cp862", "cp863", "cp865", "cp866", "cp869", "cp1125")


def _drawn_lines(data: bytes) -> int:
    """How many lines of ``data``, read in cp437, are box-drawing strokes only (three or more,
    spaces between them allowed): a DOS frame's or table's rules."""
    count = 0
    for line in data.decode("cp437").splitlines():
        marks = line.replace(" ", "")
        if len(marks) >= _MIN_STROKES and all(_BOX[0] <= c <= _BOX[1] for c in marks):
            count += 1
    return count


def _dos_page(data: bytes) -> str:
    """The DOS code page ``data`` is in: charset-normalizer's best DOS candidate, else cp437."""
    from charset_normalizer import from_bytes

    return next((r.encoding for r in from_bytes(data) if r.encoding in _DOS_PAGES), "cp437")


_UTF16_SAMPLE = 8192
_UTF16_ZERO_SHARE = 0.25
_UTF16_OTHER_PARITY = 10
_TEXT_CONTROLS = "\t\n\r\f"


def _bomless_utf16(data: bytes) -> str | None:
    """``data`` read as UTF-16 when it has no byte-order mark but its zero bytes fall in one
    parity only: the high byte of each ASCII character (and of the Latin-1 letters), at odd
    offsets in little-endian text, even ones in big-endian. At least a quarter of the sampled
    code units must have that zero byte, and no more than a tenth as many the other (a letter
    such as "Ā", U+0100, has its low byte zero), and the whole file must read without
    control characters other than tabs, line and form feeds; ``None`` otherwise (a binary file
    has zero bytes everywhere, or controls)."""
    sample = data[:_UTF16_SAMPLE]
    if len(data) % 2 or len(sample) < 2 or b"\x00" not in sample:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    units = len(sample) // 2
    if even_zeros * _UTF16_OTHER_PARITY <= odd_zeros and odd_zeros >= _UTF16_ZERO_SHARE * units:
        encoding = "utf-16-le"
    elif odd_zeros * _UTF16_OTHER_PARITY <= even_zeros and even_zeros >= _UTF16_ZERO_SHARE * units:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    if any((c < " " and c not in _TEXT_CONTROLS) or "\x7f" <= c <= "\x9f" for c in text):
        return None
    return text


# Escape sequences that designate a double-byte set in ISO-2022 text (RFC 1468, 1554, 1557):
# JIS C 6226 and X 0208 ("ESC $ @", "ESC $ B"), X 0212 ("ESC $ ( D"), GB 2312 ("ESC $ A"),
# KS C 5601 ("ESC $ ( C"; Korean mail announces it once with "ESC $ ) C").
_ISO2022_KR = b"\x1b$)C"
_ISO2022_JP = (b"\x1b$@", b"\x1b$B", b"\x1b$(D", b"\x1b$A", b"\x1b$(C")


def _iso2022(data: bytes) -> str | None:
    """``data`` decoded as ISO-2022 when it is seven-bit and designates a double-byte set with
    an escape sequence; ``None`` otherwise (or when no ISO-2022 codec reads it whole)."""
    if b"\x1b" not in data or any(b > 127 for b in data):
        return None
    if _ISO2022_KR in data:
        codecs_to_try: tuple[str, ...] = ("iso2022_kr",)
    elif any(seq in data for seq in _ISO2022_JP):
        codecs_to_try = ("iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_ext")
    else:
        return None
    for name in codecs_to_try:
        try:
            return data.decode(name)
        except UnicodeDecodeError:
            continue
    return None


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid {encoding} text although it starts like it (byte "
                         f"0x{data[exc.start]:02x} at offset {exc.start}); re-save it as UTF-8")from None


def _guess(data: bytes) -> str:
    from charset_normalizer import from_bytes  # imported here: most corpora are UTF-8

    results = from_bytes(data)
    best = results.best()
    if best is None:
        raise InputError("not UTF-8 and no text encoding fits its bytes (a binary file?); "
                         "re-save it as UTF-8 text or remove it")
    western = next((r for r in results if r.encoding == _WESTERN), None)
    if western is not None and _ties(western, best):
        return _fewest_stray_letters([r for r in results if _ties(r, western)], western)
    if best.coherence == 0 and not _multibyte_letters(data, str(best)) and _fits(data, _WESTERN):
        return _WESTERN  # no language evidence at all (a few words): the common case wins
    clean = [r for r in results if r.chaos <= best.chaos + _TIE]
    return _fewest_symbols_in_words(clean, _fewest_foreign_letters(clean, best))


def _other_script(data: bytes, guess: str) -> str:
    """``guess``, unless a single-byte code page made for other languages reads ``data`` both
    cleaner and more coherent in charset-normalizer's own measures (each by more than a tie).
    Once one reading is coherent enough, charset-normalizer stops trying code pages of other
    language families, so Greek in Windows-1253 read first as Cyrillic cp1251 ("ИЭмб" for
    "Θέμα") is never weighed against cp1253; this weighs them."""
    try:
        from charset_normalizer import from_bytes
        from charset_normalizer.cd import encoding_languages
        from charset_normalizer.constant import IANA_SUPPORTED
        from charset_normalizer.utils import is_multi_byte_encoding
    except ImportError:
        return guess
    if is_multi_byte_encoding(guess):
        return guess
    languages = set(encoding_languages(guess))
    others = [e for e in IANA_SUPPORTED if e not in ("ascii", guess) and not is_multi_byte_encoding(e)
              and languages.isdisjoint(encoding_languages(e))]
    results = {str(r.encoding): r for r in from_bytes(data, cp_isolation=[guess, *others])}
    mine = results.get(guess)
    if mine is None:
        return guess
    better = [r for e, r in results.items() if e != guess and r.chaos < mine.chaos - _TIE
              and r.coherence > mine.coherence + _TIE]
    return str(min(better, key=lambda r: (r.chaos, -r.coherence)).encoding) if better else guess


def _symbols_in_words(text: str) -> int:
    """Symbols (not letters, digits, marks, spaces or punctuation) written between two letters:
    "Fuglafjør›ur", where a code page's letter was read in a sibling code page as a symbol."""
    return sum(1 for before, c, after in zip(text, text[1:], text[2:])
               if before.isalpha() and after.isalpha() and ord(c) > 127
               and unicodedata.category(c)[0] in "SP" and c not in "·")


def _fewest_symbols_in_words(clean: list[Any], chosen: str) -> str:
    """``chosen``, unless it reads symbols inside words and another of ``clean``
    (charset-normalizer's matches as clean as its best) reads strictly fewer there while one
    language's alphabet holds all its accented letters: sibling code pages that differ only in a
    few positions (Mac Roman and Mac Icelandic: 0xDD is "›" in one and "ð" in the other) tie in
    charset-normalizer's measures, and the one that leaves no symbol inside a word is right."""
    readings = {str(r.encoding): str(r) for r in clean}
    if chosen not in readings or not _symbols_in_words(readings[chosen]):
        return chosen
    alphabets = _alphabets()
    if not alphabets:
        return chosen

    def held(reading: str) -> bool:
        accented = {c for c in unicodedata.normalize("NFC", reading).lower() if c.isalpha() and ord(c) > 127}
        return any(accented <= alphabet for alphabet in alphabets)

    best = min(readings, key=lambda e: (_symbols_in_words(readings[e]), e != chosen))
    if _symbols_in_words(readings[best]) < _symbols_in_words(readings[chosen]) and held(readings[best]):
        return best
    return chosen


def _alphabets() -> list[set[str]]:
    """The lower-case alphabets of the languages charset-normalizer knows, and of the
    Latin-script languages it lacks (``_MORE_ALPHABETS``); empty without its table."""
    try:
        from charset_normalizer.constant import FREQUENCIES
    except ImportError:
        return []
    return [set(letters) for letters in FREQUENCIES.values()] + [set(a) for a in _MORE_ALPHABETS]


_TOP_LANGUAGES = 3
_LETTER_SHARE = 0.9


def _ties(match: Any, other: Any) -> bool:
    """Whether charset-normalizer finds ``match`` as clean and as coherent as ``other``."""
    return bool(match.chaos <= other.chaos + _TIE and match.coherence >= other.coherence - _TIE)


def _multibyte_letters(data: bytes, text: str) -> bool:
    """Whether ``text`` (``data`` decoded) reads its non-ASCII bytes as multi-byte characters
    that are nearly all letters: Korean, Chinese or Japanese words, evidence enough even when
    charset-normalizer hears no language in a short text (cp1252 would read those bytes as
    accented letters mixed with symbols, "¿¤¸®º£")."""
    wide = [c for c in text if ord(c) > 127]
    high_bytes = sum(b > 127 for b in data)
    return bool(wide) and 2 * len(wide) <= high_bytes \
        and sum(c.isalpha() for c in wide) >= _LETTER_SHARE * len(wide)


def _fewest_stray_letters(tied: list[Any], western: Any) -> str:
    """cp1252, unless another of ``tied`` (charset-normalizer's matches as clean and coherent as
    cp1252, so a Baltic or Central European code page read as Western tie with it) decodes to
    accented letters that one language's alphabet holds better: Lithuanian "ėšūųž" from
    cp1257 against "ëðøûþ", which no language writes together, from cp1252; Hungarian "őű"
    from cp1250 against "õû". A language's alphabet is the letters charset-normalizer knows
    for it with those its table leaves out (see ``_complete_alphabets``)."""
    alphabets = _complete_alphabets()
    if not alphabets:
        return _WESTERN

    def stray(match: Any) -> int:
        letters = {c for c in str(match).lower() if ord(c) > 127 and c.isalpha()}
        return min(len(letters - alphabet) for alphabet in alphabets)

    fewest = min(tied, key=lambda r: (stray(r), r is not western))
    return str(fewest.encoding) if stray(fewest) < stray(western) else _WESTERN


def _complete_alphabets() -> list[set[str]]:
    """The lower-case letters of each language charset-normalizer knows: its table's letters
    (a language's 26 most frequent, so Hungarian's lacks "ő" and "ű", and Polish's "ś" and "ż")
    with the accented letters that table leaves out (``_RARE_LETTERS``); empty without it.
    Only the tie with cp1252 is settled by them: among Central European code pages, whose
    readings differ in a few rare letters, the frequent letters settle it better."""
    try:
        from charset_normalizer.constant import FREQUENCIES
    except ImportError:
        return []
    return [set(letters) | set(_RARE_LETTERS.get(lang, "")) for lang, letters in FREQUENCIES.items()]


# The accented letters of the Latin-script languages charset-normalizer knows that its table of
# each language's 26 most frequent letters leaves out (Romanian's cedilla "ş ţ" are not its
# letters: they are the comma-below "ș ț" misread).
_RARE_LETTERS = {
    "German": "äöüß", "French": "àâæçéèêëîïôœùûüÿ", "Dutch": "áéíóúàèëïöü",
    "Italian": "àèéìíîòóùú", "Polish": "ąćęłńóśźż", "Spanish": "áéíóúüñ", "Portuguese": "áâãàçéêíóôõú",
    "Swedish": "åäöé", "Norwegian": "åæøéèêóòô", "Danish": "åæøé", "Finnish": "äöåšž",
    "Czech": "áčďéěíňóřšťúůýž", "Slovak": "áäčďéíĺľňóôŕšťúýž", "Hungarian": "áéíóöőúüű",
    "Turkish": "çğıöşüâîû", "Romanian": "ăâîșț", "Lithuanian": "ąčęėįšųūž", "Slovene": "čšž",
    "Croatian": "čćđšž", "Estonian": "äõöüšž",
}


def _fewest_foreign_letters(tied: list[Any], best: Any) -> str:
    """The encoding among ``tied`` (charset-normalizer's matches as clean as ``best``) whose
    decoded text holds the fewest distinct non-ASCII letters outside the alphabets of the
    languages detected in any of them; ``best`` unless another has strictly fewer."""
    try:
        from charset_normalizer.constant import FREQUENCIES
    except ImportError:  # an internal table: without it, charset-normalizer's choice stands
        return str(best.encoding)
    languages = {lang for r in tied for lang in r.languages[:_TOP_LANGUAGES]}
    alphabet = {c for lang in languages for c in FREQUENCIES.get(lang, [])}
    if not alphabet or len(tied) < 2:
        return str(best.encoding)

    def foreign(match: Any) -> int:
        return len({c for c in str(match).lower() if ord(c) > 127 and c.isalpha() and c not in alphabet})

    fewest = min(tied, key=lambda r: (foreign(r), r is not best))
    return str((fewest if foreign(fewest) < foreign(best) else best).encoding)


def _fits(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


# The ISO-8859 parts charset-normalizer does not try (or never picks), and the alphabets (lower case) of the
# Latin-script languages it knows no letters for, which some of those parts were made for.
_LATER_LATIN = ("iso8859_3", "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16")
_MORE_ALPHABETS = (
    "abcdefghijlmnoprstuwyâêîôûŵŷäëïöüáéíóúẃýàèìòùẁỳ",  # Welsh
    "abcdefghilmnoprstuáéíóú",  # Irish
    "abcdefghilmnoprstuàèìòùáéó",  # Scottish Gaelic
    "abcdefghijklmnoprstuvwyzâêîôûñùü",  # Breton
    "abdefghijklmnoprstuvxyzáéíóúýðþæö",  # Icelandic
    "abdefghijklmnoprstuvyáíóúýðæø",  # Faroese
    "abcdefghijklmnoprstuvzāčēģīķļņšūž",  # Latvian
    "abdefghijklmnopqrstuvwxzàèìòùċġħż",  # Maltese
    "abcdefghijlmnopqrstuvxyzàèéíïòóúüç",  # Catalan
    "abcdefghijklmnopqrstuvxyzëç",  # Albanian
    "abcdefghijklmnoprstuvzĉĝĥĵŝŭ",  # Esperanto
)


def _later_latin(data: bytes, text: str) -> str:
    """``text`` (``data`` as guessed), or ``data`` read in a later Latin part of ISO-8859 that
    charset-normalizer does not try, when that reading's letters one language's alphabet holds
    strictly better (see the module's docstring)."""
    alphabets = _alphabets()
    if not alphabets:
        return text

    def fit(reading: str) -> tuple[int, int]:
        letters = [c for c in unicodedata.normalize("NFC", reading).lower() if c.isalpha()]
        accented = {c for c in letters if ord(c) > 127}
        return min((len(accented - alphabet), sum(c not in alphabet for c in letters if ord(c) < 128))
                   for alphabet in alphabets)

    def symbols(reading: str) -> int:
        return sum(ord(c) > 127 and not c.isalpha() and not unicodedata.category(c).startswith("M")
                   for c in reading)

    best, best_fit = text, fit(text)
    for encoding in _LATER_LATIN:
        try:
            reading = data.decode(encoding)
        except UnicodeDecodeError:  # Latin-3 leaves a few bytes unassigned
            continue
        if reading == text or any("\x80" <= c <= "\x9f" for c in reading) \
                or symbols(reading) > symbols(text):
            continue
        reading_fit = fit(reading)
        if reading_fit[0] == 0 and reading_fit < best_fit:
            best, best_fit = reading, reading_fit
    return best
