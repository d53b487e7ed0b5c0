"""Remove web-page chrome (menus, cookie notices, share bars, comment forms) from text.

The approach follows jusText-style boilerplate removal rather than site-specific rules:
the page is split into paragraphs, each paragraph is classified as ``good`` prose,
``short`` (undecided) or ``bad`` chrome from general patterns and prose features, short
paragraphs are then decided by their neighbours, and everything after an end-of-article
marker (a comment form, "Related articles") is cut unless real prose follows it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, replace

from .chrome_lines import is_ad_label
from .cjk_words import CJK_SENTENCE_END, SPACELESS_LINE_END
from .cjk_words import words as cjk_words
from .dates import first_date
from .text import ANY_STOPWORD
from .text_tables import is_rule, rows_text, table_runs

GOOD, SHORT, BAD = "good", "short", "bad"


@dataclass(frozen=True)
class Cleaned:
    """The main text of a page with its title, ISO date and canonical url ("" when unknown)."""

    text: str
    title: str
    date: str
    url: str = ""


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# A press release's conventional markers: its release line, the mark that ends its text
# ("ENDS", "-30-", "###") and the heading of the background notes for journalists after it.
_PRESS_MARKS = (r"^(?:\W*(?:for (?:immediate|general) release|ends?|notes? (?:to|for) editors?|editors'? notes?)\W*"
                r"|\s*-\s*30\s*-\s*|\s*#{3}\s*)$")

# (pattern, max_words): a paragraph of at most max_words words that matches is chrome.
# Longer paragraphs are exempt, so that an article *about* cookies or newsletters survives.
_CHROME: tuple[tuple[re.Pattern[str], int], ...] = tuple((_rx(p), n) for p, n in (
    # cookie / consent / privacy notices (English, Spanish)
    (r"\bcookies?\b.*\b(uses?|using|utiliza\w*|usa\w*|accept\w*|acept\w*|consent\w*|polic\w+"
     r"|pol[ií]tica|settings|configura\w*|preferen\w+|browser|navegador)\b", 90),
    (r"\b(uses?|utiliza\w*|usa\w*|accept\w*|acept\w*)\b.*\bcookies?\b", 90),
    (r"\b(privacy|privacidad|gdpr|rgpd|terms of (use|service)|t[ée]rminos y condiciones)\b", 15),
    # subscribe / newsletter / account prompts
    (r"(^subscribe\b|\bsubscribe (to|now|for|today)\b|\bsuscr[ií]be(te)?\b|\bnewsletters?\b"
     r"|\bbolet[ií]n\b|\bsign (up|in)\b|\blog ?in\b|\biniciar sesi[oó]n\b|\breg[ií]strate\b"
     r"|\bcreate (an|your) account\b|\bbecome a member\b)", 30),
    # comment forms
    (r"(leave a (reply|comment)|deja (un|tu) comentario|please enter your|will not be published"
     r"|save my name|post (a )?comment|add a comment|join the (discussion|conversation)"
     r"|^\d+ (comments?|comentarios)$)", 30),
    # share / follow buttons
    (r"(^(share|compartir|comparte)( (this|post|article|story|on|via|en)\b.*)?:?$|\bfollow us\b"
     r"|\bs[ií]guenos\b|^((facebook|twitter|x|linkedin|whatsapp|e-?mail|telegram|pinterest"
     r"|reddit)\W*)+$)", 12),
    # a share bar's buttons written out with their screen-reader hint, as a boilerplate remover
    # leaves them: "Click to share on Facebook (Opens in new window)", "Share on X (opens in a new tab)"
    (r"^(?:click to )?(?:share|email|print|post|tweet|pin)\b[^()]{0,60}\(opens in (?:a )?new (?:window|tab)\)", 30),
    # related / popular / read-also lists and bare navigation labels
    (r"^(read (also|more|next)|see also|lee (tambi[eé]n|m[aá]s)|leer m[aá]s|leggi anche|lees ook|veja tamb[eé]m"
     r"|leia tamb[eé]m|lire aussi|lesen sie auch|les ogs[åa]|l[æa]s ogs[åa]|l[äa]s (ocks[åa]|[äa]ven)|lue my[öo]s"
     r"|διαβάστε επίσης|ilgili haber|(tambi[eé]n )?te "
     r"puede interesar|you (may|might) also like|more like this|recommended( for you)?"
     r"|related( articles| posts| stories| news| content)?|art[ií]culos relacionados"
     r"|noticias relacionadas|(most )?(popular|read|viewed)( now| posts| stories)?"
     r"|lo m[aá]s (le[ií]do|visto)|trending( now)?|premium|subscribe|home|inicio|menu|men[uú]"
     r"|search|buscar|advertisement|advertising|ads?|sponsored( content)?|publicidad|anuncio"
     r"|patrocinado)\s*([:.|»>—-].*)?$", 25),
    (r"^more (in|from|on) [^.!?]{1,40}$", 6),
    # copyright lines: the notice opens the line or the word stands before the mark or the year
    # ("Copyright 2025 Acme", "Acme, copyright © 2025"); the word inside a sentence ("Authors keep
    # the copyright in their photographs.") is the text's own
    (r"(©|\(c\)\s*\d{4}|^\W*copyright\b|\bcopyright\s*(?:©|\(c\)|\d{4})|all rights reserved"
     r"|todos los derechos reservados)", 40),
    # paywall / premium offers
    (r"\b(free trial|cancel (at )?any ?time|cancela\w* en cualquier momento|gratis|sin costo"
     r"|credit card details|payment method|m[eé]todo de pago|unlimited access"
     r"|acceso (ilimitado|exclusivo)|exclusive (content|articles)|subscribers? only)\b", 30),
    # photo credits and captions
    (r"(\b(photo|foto|image|imagen|picture|cr[eé]dito|credit)s?\s*:|getty images|shutterstock"
     r"|\bap photo\b|\breuters\s*/|/\s*afp\b)", 25),
    # a printed paper's imprint ("The Parish News is printed by ...") and its recycling line
    (r"^(?:[\w'’&.,-]+\s+){1,8}(?:is|are)\s+printed\s+(?:and\s+published\s+)?by\b|^printed\s+(?:and\s+published\s+)?by\b"
     r"|^please\s+recycle\b", 25),
    # calls to action, accessibility skip links and script leftovers
    (r"\b(click (here|ok)|haz clic|pulsa aqu[ií]|javascript|loading\.\.\.|cargando)\b", 25),
    (r"^(skip|jump) to (the )?(main )?(content|navigation|menu|search)$", 6),
    (_PRESS_MARKS, 4),
))

# Metadata labels that were left without a value by the scrape ("Date:").
_EMPTY_LABEL = _rx(r"^(date|fecha|author|autor|by|por|posted( on| by)?|published|publicado"
                   r"|updated|actualizado|tags?|etiquetas|categor(y|ies|[ií]as?)|source|fuente"
                   r"|share( post)?|compartir|comments?|comentarios)\s*:?$")

# Where an article ends and the page's lists and forms begin.
_END_MARKER = _rx(r"^(leave a (reply|comment)|deja (un|tu) (comentario|respuesta)"
                  r"|(\d+ )?comments?|comentarios|post a comment|related( articles| posts"
                  r"| stories| news)?|art[ií]culos relacionados|noticias relacionadas"
                  r"|more like this|you (may|might) also like|(tambi[eé]n )?te puede interesar"
                  r"|recommended( for you)?"
                  r"|(most )?popular( now| posts)?|lo m[aá]s (le[ií]do|visto)|trending( now)?"
                  r"|read next|more (in|from) .{1,40})\s*:?$")

_DATE_LINE_WORDS = 8
# A letter's sign-off, the line after its last paragraph (English, Dutch, German, French, Spanish).
_SIGN_OFF = _rx(r"^(?:(?:with\s+)?(?:kind|best|warm|many)?\s*(?:regards|wishes|thanks)"
                r"|yours(?:\s+(?:sincerely|faithfully|truly))?|sincerely(?:\s+yours)?|(?:met\s+)?vriendelijke\s+groet(?:en)?|hartelijke\s+groet(?:en)?"
                r"|mit\s+freundlichen\s+gr(?:ü|ue)(?:ß|ss)en|viele\s+gr(?:ü|ue)(?:ß|ss)e|cordialement"
                r"|bien\s+(?:à|a)\s+vous|atentamente|saludos(?:\s+cordiales)?|un\s+saludo)\s*[,.!]?$")
_HEAD_LINES, _HEAD_LINE_WORDS = 3, 12
_OPENING_BLOCKS = 12  # a text's own heading stands among its first lines
_BULLET = re.compile(r"^\s*(?:[•·▪◦‣●■□*]|-(?=\s))\s*")
_TERMINAL = re.compile(rf"[.!?…:;{CJK_SENTENCE_END}][\"”’»)\]」』]*$")
_SENTENCE = re.compile(rf"[.!?][\"”’»)\]]*(\s|$)|[{CJK_SENTENCE_END}]|{SPACELESS_LINE_END.pattern}")
_DATELINE = re.compile(r"^[A-ZÁÉÍÓÚÑ][\w'’.-]*(,?\s+[A-ZÁÉÍÓÚÑ(][\w'’.()-]*)*\s*[—–-]?$")


# One item of a numbered list written out as a full sentence ("2. The company publishes a quarterly
# newsletter ..."): a page's prompts and notices are never numbered.
_NUMBERED_SENTENCE = re.compile(r"^\d{1,2}[.)]\s+\S+(?:\s+\S+){5,}[.!?][\"”’»)]*$")


@dataclass(frozen=True)
class _Block:
    text: str
    bullet: bool
    row: bool = False  # a table's row: kept wherever it stands, unless it reads as chrome
    opens: bool = False  # the first line of its paragraph (the lines between two blank lines)
    centred: bool = False  # set in the middle of the line by leading spaces (a typed notice's heading)

    @property
    def words(self) -> list[str]:
        return cjk_words(self.text)  # a run of Chinese or Japanese characters counts by its length


# ---------------------------------------------------------------- classification


def _is_chrome(block: _Block) -> bool:
    text, n = block.text, len(block.words)
    if not re.search(r"\w", text) or _EMPTY_LABEL.match(text):
        return True
    if _NUMBERED_SENTENCE.match(text):  # a numbered note's sentence is text, whatever it mentions
        return False
    # Template leftovers such as "spot_imgspot_img" are one identifier-like token.
    if n <= 2 and ("_" in text or len(text) > 30):
        return True
    if any(n <= limit and pattern.search(text) for pattern, limit in _CHROME):
        return True
    return _is_caption_or_teaser(text, n)


def _is_caption_or_teaser(text: str, n: int) -> bool:
    # Teasers of other articles are cut off with an ellipsis.
    if n <= 40 and text.rstrip("\"”’» ").endswith(("...", "…")):
        return True
    # Name lines and captions under photos are set in capitals.
    letters = [c for c in text if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return n <= 12 and len(letters) >= 6 and upper / len(letters) >= 0.8


def _stopword_share(words: list[str]) -> float:
    bare = [w.strip(".,;:!?¡¿\"“”'’()«»").lower() for w in words]
    return sum(w in ANY_STOPWORD for w in bare) / max(1, len(bare))


def _classify(block: _Block, check_stopwords: bool) -> str:
    if _is_chrome(block):
        return BAD
    words = block.words
    if len(words) < 10 or not (_SENTENCE.search(block.text) or len(words) >= 15):
        return SHORT
    # Lists of names and menu items have almost no function words; prose does. Prose in a
    # language the stopword lists do not cover has few of theirs, but it is written in lower
    # case and ends its sentence, which names and menu items are not.
    if check_stopwords and _stopword_share(words) < 0.15 and not _lower_case_sentence(block.text):
        return SHORT
    return GOOD


def _lower_case_sentence(text: str) -> bool:
    """A sentence (or a few) closed by a full stop, ! or ?, at least two thirds of whose words
    open in lower case."""
    worded = [w for w in text.split() if w[:1].isalpha()]
    lower = sum(w[:1].islower() for w in worded)
    return bool(re.search(r"[.!?][\"”’»)\]]*$", text)) and len(worded) > 0 and 3 * lower >= 2 * len(worded)


def _find_title(blocks: list[_Block], labels: list[str]) -> int | None:
    """The first substantial, non-chrome line near the top of the page; a line underlined by
    a rule of "=" above the first prose paragraph, when there is one (see :func:`_underlined`)."""
    underlined = _underlined(blocks, labels)
    if underlined is not None:
        return underlined
    for i, block in enumerate(blocks[:12]):
        if labels[i] != BAD and 3 <= len(block.words) <= 30 and not block.bullet:
            return i
        if labels[i] == GOOD:
            break
    return None


def _underlined(blocks: list[_Block], labels: list[str]) -> int | None:
    """A plain text's title written as a Setext or reStructuredText title: a paragraph of one
    line, three words or more, with a rule of "=" right under it (and none right above: a line
    framed by rules is a section's heading), above the first prose paragraph. A letterhead line
    over it (the sender's name and address) is then no title; a rule under a letterhead of two
    lines or more closes the letterhead and underlines no title."""
    for i, block in enumerate(blocks[:12]):
        if labels[i] == GOOD:
            break
        under = blocks[i + 1].text if i + 1 < len(blocks) else ""
        framed = i > 0 and is_rule(blocks[i - 1].text)
        if labels[i] != BAD and 3 <= len(block.words) <= 30 and block.opens and not block.bullet and not framed \
                and is_rule(under) and under.strip()[:1] == "=":
            return i
    return None


def _cut_after_end_markers(blocks: list[_Block], labels: list[str]) -> None:
    """After "Leave a reply" or "Related articles", drop all unless real prose resumes."""
    seen_good, cutting, run_words = False, False, 0
    for i, block in enumerate(blocks):
        if not cutting and seen_good and len(block.words) <= 6 and _END_MARKER.match(block.text):
            cutting, run_words = True, 0
        if cutting:
            run_words = run_words + len(block.words) if labels[i] == GOOD else 0
            if labels[i] == GOOD and (len(block.words) >= 40 or run_words >= 80):
                cutting = False  # a substantial paragraph: the article goes on
                continue
            labels[i] = BAD
        seen_good = seen_good or labels[i] == GOOD


def _decide_short(blocks: list[_Block], labels: list[str], keep: set[int]) -> list[bool]:
    """Short paragraphs are kept only between good prose (or as a list the prose announces)."""
    result = [label == GOOD for label in labels]
    i = 0
    while i < len(blocks):
        if labels[i] != SHORT:
            i += 1
            continue
        end = i
        while end < len(blocks) and labels[end] == SHORT and not (end > i and _SIGN_OFF.match(blocks[end].text)):
            end += 1
        # an ad slot's label between paragraphs stands in the text's flow, not after its end
        k = i - 1
        while k > 0 and labels[k] == BAD and is_ad_label(blocks[k].text):
            k -= 1
        before = labels[k] if k >= 0 else BAD
        after = labels[end] if end < len(blocks) else BAD
        if end < len(blocks) and _SIGN_OFF.match(blocks[end].text) and _TERMINAL.search(blocks[end - 1].text):
            after = GOOD  # a letter's last paragraph, closed by its sign-off ("Kind regards,")
        announced = i > 0 and before == GOOD and blocks[i - 1].text.endswith(":")
        # a letter's sign-off right after its last paragraph ("Mit freundlichen Grüßen"), not the signature under it
        closing = before == GOOD and bool(_SIGN_OFF.match(blocks[i].text))
        last = _closing_sentences(blocks, i, end) if before == GOOD and after == BAD else i
        for j in range(i, end):
            sandwiched = before == GOOD and after == GOOD
            result[j] = sandwiched or (announced and blocks[j].bullet) or j in keep or (closing and j == i) or j < last
        i = end
    for j in keep:
        result[j] = True
    return result


def _closing_sentences(blocks: list[_Block], start: int, end: int) -> int:
    """Where the whole sentences that open the short run ``start:end`` end: an article's last
    short paragraphs, right after its prose and before the chrome under it ("Tickets stay
    the same price." over "Advertisement" and a share row). A table's rows (kept anyway) may
    stand before them: the sentences under a table close the article as well."""
    at = start
    while at < end and blocks[at].row:
        at += 1
    if at == start or at == end or not _is_sentence(blocks[at].text):
        at = start
    while at < end and (_is_sentence(blocks[at].text) or _table_heading(blocks, at, end) or blocks[at].row):
        at += 1
    return at


def _table_heading(blocks: list[_Block], at: int, end: int) -> bool:
    """Whether the line at ``at`` is a short heading right over a table's rows ("Key figures"):
    among an article's closing lines it stays with the rows it names."""
    return at + 1 < end and blocks[at + 1].row and not blocks[at].row \
        and len(blocks[at].words) <= _HEAD_LINE_WORDS and not _TERMINAL.search(blocks[at].text)


def _is_sentence(text: str) -> bool:
    """A whole sentence: three words or more, opening with a capital (or a letter of a script
    without capitals, Arabic, Hebrew), a full stop (or ! or ?, or Arabic "؟", Urdu "۔") at the end."""
    first = text[:1]
    opens = first.isupper() or (first.isalpha() and first.lower() == first.upper())
    if len(text.split()) < 3 or not opens or text[-1:] not in ".!?؟۔":
        return False
    body = text[:-1].rstrip("".join(c for c in text[-4:-1] if unicodedata.category(c) == "Mn"))
    return body[-1:].isalnum()  # a word before the stop, past any vowel marks ("باتاً.")


def _dateline(blocks: list[_Block], labels: list[str], start: int) -> int | None:
    """A short "Place, Region" line right before the first prose paragraph."""
    for i in range(start, min(len(blocks), start + 4)):
        if labels[i] == GOOD:
            prev = i - 1
            if prev >= start and labels[prev] == SHORT and len(blocks[prev].words) <= 6:
                text = blocks[prev].text
                if _DATELINE.match(text) and ("," in text or text[-1] in "—–-"):
                    return prev
            return None
    return None


def _head(blocks: list[_Block], labels: list[str], start: int) -> list[int]:
    """The short lines between the title and the first prose paragraph, when they are few and
    headline-like and nothing before that paragraph is chrome (see :func:`_select`)."""
    first_good = next((i for i, label in enumerate(labels) if label == GOOD), None)
    # a rule line ("-----") under the head parts it from the text and is no chrome
    rules = {i for i in range(start, first_good or 0) if not re.search(r"\w", blocks[i].text)}
    if first_good is None or any(labels[i] == BAD and i not in rules for i in range(first_good)):
        return []
    head = [i for i in range(start, first_good) if i not in rules]
    if not 0 < len(head) <= _HEAD_LINES:
        return []
    if any(blocks[i].bullet or len(blocks[i].words) > _HEAD_LINE_WORDS or not blocks[i].text[:1].isupper()
           for i in head):
        return []
    return [i for i in head if not _METADATA_LINE.match(blocks[i].text)]  # "Date: ...", "By: ..." are metadata


def _masthead(blocks: list[_Block], labels: list[str]) -> None:
    """A plain text's masthead is not chrome: its opening name line in capitals
    ("WESTHOLME TENANTS' ASSOCIATION") and a short line of its first few holding a full date
    ("Newsletter - 1st of July, 2025", though "newsletter" reads as a sign-up prompt elsewhere)
    count as short lines, so the title and the head lines under them (see :func:`_head`) stay."""
    for i, block in enumerate(blocks[:_HEAD_LINES]):
        if labels[i] == SHORT:
            continue
        if labels[i] != BAD or block.bullet or len(block.words) > _HEAD_LINE_WORDS or not block.text[:1].isupper():
            break
        dated = len(block.words) <= _DATE_LINE_WORDS and bool(first_date(block.text))
        if not (dated or (i == 0 and _is_caption_or_teaser(block.text, len(block.words)))) \
                or re.match(_PRESS_MARKS, block.text, re.IGNORECASE):
            break
        labels[i] = SHORT


# A "Label: value" line is metadata only when its label is a metadata key (dating,
# authorship, filing, a memo's fields), in the languages we read: "Stand: 03.02.2025" is,
# "Bekanntmachung: Sperrung der Kufsteiner Straße" is the notice's heading.
_METADATA_LINE = _rx(
    r"^(?:date[ds]?|datum|data|fecha|stand|as of|(?:written |posted |published )?by|por|von|author|autor|auteur"
    r"|verfasser|posted( on)?|published( on)?|publicado|publié( le)?|veröffentlicht|(?:last )?(?:updated|modified)"
    r"|actualizado|aktualisiert|mis à jour|tags?|etiquetas|categor(?:y|ies|[ií]as?|ie)|kategorie|source|fuente"
    r"|quelle|bron|(?:our |your )?ref(?:erence)?|version|status|to|from|cc|bcc|sent|subject|subj|re|aan|van"
    r"|onderwerp|an|betreff|objet|de|para|asunto)\s*:\s")


def _select(blocks: list[_Block], title: str, hints: tuple[str, ...] = (),
            keep_head: bool = False) -> tuple[list[str], str]:
    """Classify the paragraphs and return the kept ones and the title line.

    ``hints`` are the texts the title line may have on the page (the metadata title,
    the first heading); without them the title is the first substantial line. ``keep_head``
    (a plain-text document) keeps the few short lines between the title and the first
    paragraph of prose (a date line, the document's heading) when nothing before that
    paragraph is chrome.
    """
    every_word = [w for b in blocks for w in b.words]
    # Stopword density only says something for the languages the list covers.
    check_stopwords = _stopword_share(every_word) >= 0.1
    labels = [_classify(b, check_stopwords) for b in blocks]
    if keep_head:
        _masthead(blocks, labels)
        for i in _sentence_paragraphs(blocks, labels):
            labels[i] = GOOD
        for i in _numbered_list(blocks, labels):
            labels[i] = GOOD
        sentence_list = _sentence_list(blocks, labels)
        for i in sentence_list[1:]:
            labels[i] = GOOD
    _cut_after_end_markers(blocks, labels)
    if any(hints):
        wanted = {h.casefold() for h in hints if h}
        found = [i for i, b in enumerate(blocks[:15]) if b.text.casefold() in wanted]
        title_at = found[0] if found else None
    else:
        title_at = _find_title(blocks, labels)
        if keep_head:
            title_at = _heading_over_letterhead(blocks, labels, title_at)
        title = blocks[title_at].text if title_at is not None else ""
    keep = {title_at} if title_at is not None else set()
    dateline = _dateline(blocks, labels, 0 if title_at is None else title_at + 1)
    if dateline is not None:
        keep.add(dateline)
    if keep_head:
        keep.update(_head(blocks, labels, 0 if title_at is None else title_at + 1))
        keep.update(_opening_heading(blocks, labels))
        keep.update(_subject_line(blocks, labels))
        keep.update(sentence_list[:1])
    keep.update(i for i, b in enumerate(blocks) if b.row and labels[i] != BAD)
    keep.update(_lead_ins(blocks, labels))
    keep.update(_capitals_headings(blocks, labels, title_at))
    kept = _decide_short(blocks, labels, keep)
    return [b.text for b, k in zip(blocks, kept) if k], title


_PARAGRAPH_WORDS = 10  # what makes a block prose (see :func:`_classify`), over its lines together


def _sentence_paragraphs(blocks: list[_Block], labels: list[str]) -> list[int]:
    """The lines of a plain text's paragraph written one sentence a line: two lines or more
    between blank lines, each a whole sentence (see :func:`_is_sentence`), none chrome, with
    ten words or more together. Each is too short to read as prose alone (a language of long
    words says much in nine), but a paragraph of whole sentences is prose, which menus and
    name lines never are."""
    found: list[int] = []
    start = 0
    while start < len(blocks):
        end = start + 1
        while end < len(blocks) and not blocks[end].opens:
            end += 1
        para = range(start, end)
        if len(para) >= 2 and all(labels[i] == SHORT and not (blocks[i].bullet or blocks[i].row)
                                  and _is_sentence(blocks[i].text) for i in para) \
                and sum(len(blocks[i].words) for i in para) >= _PARAGRAPH_WORDS:
            found.extend(para)
        start = end
    return found


def _heading_over_letterhead(blocks: list[_Block], labels: list[str], title_at: int | None) -> int | None:
    """A plain text's own heading in capitals of three words or more, or centred (see
    :func:`_opening_heading`), is its title, not the letterhead's name line above it."""
    heading = _opening_heading(blocks, labels)
    if heading and title_at is not None and title_at < heading[0] \
            and (len(blocks[heading[0]].words) >= 3 or blocks[heading[0]].centred):
        return heading[0]
    return title_at


def _numbered_list(blocks: list[_Block], labels: list[str]) -> list[int]:
    """The items of a numbered list counting up from 1 ("1. Welcome and apologies", "2. Minutes
    of the last meeting", ...), three or more, none of them chrome: an agenda's or a procedure's
    steps, short lines that are the text and not a menu around it."""
    kept: list[int] = []
    i = 0
    while i < len(blocks):
        end = i
        while end < len(blocks) and _item_number(blocks[end].text) == end - i + 1 and labels[end] != BAD:
            end += 1
        if end - i >= _LIST_ITEMS:
            kept += range(i, end)
        i = max(end, i + 1)
    return kept


_LIST_ITEMS = 3


def _sentence_list(blocks: list[_Block], labels: list[str]) -> list[int]:
    """A plain text's bulleted list whose items are each a whole sentence, two or more with ten
    words or more together, none chrome, under a short heading line of its own (its paragraph's
    first line, no sentence): advice or steps, which a menu's or a footer's items never are.
    The first such list's heading index, then its items'; [] when there is none."""
    for start, block in enumerate(blocks):
        if block.bullet or not block.opens or block.row or labels[start] == BAD or _is_sentence(block.text) \
                or len(block.words) > _HEAD_LINE_WORDS:
            continue
        end = start + 1
        while end < len(blocks) and blocks[end].bullet and not blocks[end].opens and labels[end] != BAD \
                and _is_sentence(blocks[end].text):
            end += 1
        items = range(start + 1, end)
        if len(items) >= 2 and sum(len(blocks[i].words) for i in items) >= _PARAGRAPH_WORDS \
                and (end == len(blocks) or blocks[end].opens):
            return [start, *items]
    return []


def _lead_ins(blocks: list[_Block], labels: list[str]) -> list[int]:
    """A short line ending in a colon right above a table's rows ("Costs approved by the
    meeting:"): it announces the table, which is kept wherever it stands, and stays with it."""
    return [i for i, block in enumerate(blocks[:-1])
            if blocks[i + 1].row and not block.row and not block.bullet and labels[i] != BAD
            and block.text.endswith(":") and len(block.words) <= _HEAD_LINE_WORDS]


def _capitals_headings(blocks: list[_Block], labels: list[str], title_at: int | None) -> list[int]:
    """Headings set in capitals that head what is kept: a line right above a table's rows or
    their column names ("SERVICES IN MARCH"), a text's opening word or two right above its title line
    ("NOTICE" over the subject), and a section's heading underlined by a rule ("-----") over prose
    or rows (:func:`_ruled_heading`). Capitals alone read as a caption or a name line elsewhere."""
    found = []
    for i, block in enumerate(blocks[:-1]):
        if not _capitals_line(block):
            continue
        n = len(block.words)
        over_rows = blocks[i + 1].row or (  # or over the column names a table's rows follow
            i + 2 < len(blocks) and blocks[i + 2].row and labels[i + 1] == SHORT and len(blocks[i + 1].words) <= 8)
        opening = i == 0 and title_at == 1 and n <= 2 and labels[0] != GOOD
        if over_rows or opening or _ruled_heading(blocks, labels, i):
            found.append(i)
    return found + _section_headings(blocks, labels, title_at, found)


_SECTION_HEADINGS = 2


def _section_headings(blocks: list[_Block], labels: list[str], title_at: int | None, found: list[int]) -> list[int]:
    """A text's section headings in capitals, each opening a paragraph's place over prose that is
    kept ("DEATHS" over the first notice, "ALSO WORTH KNOWING" over a paragraph): where two or more
    such lines (or one beside a heading found otherwise) part the text, they are its sections, not
    a caption or a name line, which stands once."""
    heads = [i for i, block in enumerate(blocks[:-1]) if i != title_at and i not in found and block.opens
             and _capitals_line(block) and labels[i + 1] == GOOD and not blocks[i + 1].row]
    return heads if len(heads) + len(found) >= _SECTION_HEADINGS else []


def _ruled_heading(blocks: list[_Block], labels: list[str], at: int) -> bool:
    """A plain text's section heading: the line at ``at`` has a rule right under it (a heading
    underlined, or framed by rules above and below), and what follows the rules is prose or a
    table's rows, which the heading names."""
    after = at + 1
    while after < len(blocks) and is_rule(blocks[after].text):
        after += 1
    return after > at + 1 and after < len(blocks) and (labels[after] == GOOD or blocks[after].row)


def _capitals_line(block: _Block) -> bool:
    """A short line set in capitals that no chrome pattern matches: a heading or a name line."""
    n = len(block.words)
    if block.row or block.bullet or n > _HEAD_LINE_WORDS or not _is_caption_or_teaser(block.text, n):
        return False
    return not (_EMPTY_LABEL.match(block.text) or any(n <= limit and p.search(block.text) for p, limit in _CHROME))


def _opening_heading(blocks: list[_Block], labels: list[str]) -> list[int]:
    """A plain text's own heading in capitals right above its first prose paragraph, with the
    few short lines between them (its subject line, its date line): "ANNUAL REPORT 2025" over
    "12 March 2026", "NOTICE" over "Closure of the car park". What stands above the heading (a
    program's header line, a rule of "=") does not matter: the heading opens the text itself;
    nor does a rule under it (a heading framed by rules above and below).
    A capitals line of one or two words (a name line over a story) needs a line of three words
    or more under it that is not a date, unless it is centred by spaces, as a typed notice sets
    its heading ("ANNOUNCEMENT" in the middle of the line); a name line stands flush left."""
    first_good = next((i for i, label in enumerate(labels) if label == GOOD), None)
    if first_good is None or first_good > _OPENING_BLOCKS:
        return []
    run: list[int] = []
    at = first_good - 1
    while at >= 0 and labels[at] == SHORT and len(run) < _HEAD_LINES and _head_line(blocks[at]):
        run.append(at)
        at -= 1
    while at > 0 and not re.search(r"\w", blocks[at].text):  # a heading framed by rules ("=====")
        at -= 1
    if at < 0 or labels[at] != BAD or not _capitals_line(blocks[at]):
        return []
    if len(blocks[at].words) < 3 and not blocks[at].centred \
            and not any(len(blocks[i].words) >= 3 and not first_date(blocks[i].text) for i in run):
        return []
    return [at, *run]


# A notice's or a letter's subject written as "Label: subject" ("Notice: Water tank cleaning"),
# and the salutation that may stand between it and the first paragraph ("Dear residents,").
_LABEL_PART = r"[^\s\d:：_,.;=/\-]+"  # a word without digits or punctuation, combining marks allowed
_SUBJECT = re.compile(rf"^[^\W\d_]{_LABEL_PART}?(?:\s{_LABEL_PART})?[:：]\s*[^\s:：]+(?:\s+[^\s:：]+){{1,10}}$")
_SALUTATION = re.compile(r"^\S+(?:\s+\S+){0,3},$")


def _subject_line(blocks: list[_Block], labels: list[str]) -> list[int]:
    """A plain text's subject line right above its first prose paragraph (or above the salutation
    over it), written as a label and the subject: a letterhead's address and date line may stand
    above it, so :func:`_head` keeps none of them, but the subject is the text's own heading.
    A metadata line ("Date: ...") or one holding a date is no subject."""
    first_good = next((i for i, label in enumerate(labels) if label == GOOD), None)
    if first_good is None or first_good > _OPENING_BLOCKS:
        return []
    at = first_good - 1
    if at > 0 and _SALUTATION.match(blocks[at].text):
        at -= 1
    text = blocks[at].text if at >= 0 else ""
    if at < 0 or labels[at] != SHORT or blocks[at].bullet or not _SUBJECT.match(text) or _METADATA_LINE.match(text) \
            or first_date(text):
        return []
    return [at]


def _head_line(block: _Block) -> bool:
    """A short line that opens as a heading does: with a capital, or with a figure or a currency
    sign, as a subhead under a headline may ("£2.4 million grant for the old mill"). A subhead
    is a phrase, not a sentence, and may run to :data:`_SUBHEAD_WORDS` words when it ends
    without a full stop; other head lines are short."""
    first = block.text[:1]
    opens = first.isupper() or first.isdigit() or (bool(first) and unicodedata.category(first) == "Sc")
    n = len(block.words)
    short = n <= _HEAD_LINE_WORDS or (n <= _SUBHEAD_WORDS and not _TERMINAL.search(block.text))
    return not block.bullet and short and opens


_SUBHEAD_WORDS = 20


# ---------------------------------------------------------------- plain text


def _squash(text: str) -> str:
    return " ".join(text.split())


# A caption's closing credit, "(Image: Harbour Gazette)", "(Photo: J. Smith/AP)": the photo's
# owner, not the caption. The credit goes, so the caption is judged on its own words.
_CREDIT_TAIL = _rx(r"(?<=[.!?])\s*\((?:photo|foto|image|imagen|picture|cr[eé]dito|credit)s?\s*:[^()]{1,60}\)\s*$")


_CENTRED_INDENT = 12  # leading spaces that set a short line in the middle of a typed page


def _make_block(line: str) -> _Block:
    bullet = bool(_BULLET.match(line))
    centred = len(line) - len(line.lstrip(" ")) >= _CENTRED_INDENT
    return _Block(_CREDIT_TAIL.sub("", _squash(_BULLET.sub("", line, count=1))), bullet, centred=centred)


def _text_blocks(raw: str) -> list[_Block]:
    """Split on blank lines; inside a chunk, join hard-wrapped lines and keep other lines apart;
    a space-aligned table's rows are blocks of their own, each with its column names."""
    blocks: list[_Block] = []
    for chunk in re.split(r"\n\s*\n", raw.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [ln for ln in chunk.split("\n") if ln.strip()]
        runs = table_runs(lines)
        if runs:
            start, end = runs[0]
            blocks += _text_blocks("\n".join(lines[:start]))
            blocks += [_Block(row, False, row=True) for row in rows_text(lines[start:end])]
            blocks += _text_blocks("\n".join(lines[end:]))
            continue
        current: list[str] = []
        first = len(blocks)
        for line in lines:
            if current and _continues(current[-1], line):
                current.append(line.strip())
                continue
            if current:
                blocks.append(_make_block(" ".join(current)))
            current = [line]
        if current:
            blocks.append(_make_block(" ".join(current)))
        if first < len(blocks):
            blocks[first] = replace(blocks[first], opens=True)
    return [b for b in blocks if b.text]


def _continues(prev: str, line: str) -> bool:
    """Whether ``line`` is the wrapped continuation of ``prev`` rather than a new paragraph.
    A short line holding a full date ("Lyon, le 3 mars 2025") is a line of its own: a letter's
    or a report's date line under its sender line."""
    if _heading_subject(prev, line):
        return True
    if _BULLET.match(line) or _TERMINAL.search(prev.rstrip()) or len(prev.strip()) < 40 or is_rule(line) \
            or _next_item(prev, line):
        return False  # a rule ("=====") under a line closes its block, it does not wrap it
    if len(line.split()) <= _DATE_LINE_WORDS and first_date(line):
        return False
    # Wrapped prose has lower-case words; a menu bar or a headline in title case does not.
    if not any(w[:1].islower() for w in prev.split()):
        return False
    letters = [c for c in line if c.isalpha()]
    return not letters or sum(c.isupper() for c in letters) / len(letters) < 0.8


# A numbered item: "2. Minutes of the last meeting", "3) Treasurer's report"
_ITEM_NUMBER = re.compile(r"^\s*(\d{1,2})[.)]\s+\S")


def _item_number(line: str) -> int:
    """The number a numbered item opens with; 0 for any other line."""
    number = _ITEM_NUMBER.match(line)
    return int(number.group(1)) if number else 0


def _next_item(prev: str, line: str) -> bool:
    """Whether ``line`` is the item numbered right after ``prev``'s ("2. ..." under "1. ..."):
    the next item of a numbered list (an agenda's), not the wrapped end of a long item."""
    number = _item_number(line)
    return number > 1 and _item_number(prev) == number - 1


def _heading_subject(prev: str, line: str) -> bool:
    """A notice's heading in capitals and the subject line under it that goes on in lower case
    ("NOTICE" over "of the annual meeting of members"): one heading, not a caption in capitals."""
    words = prev.split()
    letters = [c for c in prev if c.isalpha()]
    return (0 < len(words) <= 3 and len(letters) >= 4 and all(c.isupper() for c in letters)
            and line.strip()[:1].islower() and not _TERMINAL.search(line.rstrip()))


def clean_text(raw: str) -> Cleaned:
    """Clean plain text or text scraped from a web page (with its chrome)."""
    blocks = _text_blocks(raw)
    paragraphs, title = _select(blocks, "", keep_head=True)
    head = "\n".join(raw.strip().splitlines()[:12])
    subject = _memo_subject(raw)
    if subject:  # a memo's subject line is its title and the first line of its text
        paragraphs = [p for p in paragraphs if p != title]
        title, paragraphs = subject, [subject, *paragraphs]
    return Cleaned("\n\n".join(paragraphs), title, find_date(head))


# A memo's or an email's header block: "To:", "From:", "Date:", "Subject:" lines at the top.
_MEMO_FIELD = _rx(r"^\s*(to|from|date|cc|bcc|sent|subject|subj|re|ref|aan|van|datum|onderwerp|an|von|betreff"
                  r"|objet|de|para|asunto|fecha)\s*:\s*(.*?)\s*$")
_SUBJECT_FIELDS = ("subject", "subj", "re", "onderwerp", "betreff", "objet", "asunto")


def _memo_subject(raw: str) -> str:
    """The subject of a memo whose opening lines are a header block with at least three
    fields, one of them the subject ("Subject:   Car park resurfacing"); "" for other texts."""
    fields = [m for ln in raw.strip().splitlines()[:_MEMO_HEAD_LINES] if (m := _MEMO_FIELD.match(ln))]
    subject = next((m.group(2) for m in fields if m.group(1).lower() in _SUBJECT_FIELDS and m.group(2)), "")
    return _squash(subject) if len(fields) >= 3 else ""


_MEMO_HEAD_LINES = 12


# ---------------------------------------------------------------- dates


_MONTHS = {
    name: i + 1
    for names in (
        "january february march april may june july august september october november december",
        "jan feb mar apr may jun jul aug sep oct nov dec",
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
        "ene feb mar abr may jun jul ago sept oct nov dic",
    )
    for i, name in enumerate(names.split())
}
_MONTH = r"([A-Za-zé]{3,10})\.?"
_DATE_FORMS = (
    (re.compile(r"(?<!\d)(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)"), "ymd"),
    (re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"), "mdy"),
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:de\s+)?{_MONTH},?\s+(?:de\s+)?(\d{{4}})\b"),
     "dmy"),
)


def _to_iso(year: str, month: str, day: str) -> str:
    number = int(month) if month.isdigit() else _MONTHS.get(month.lower(), 0)
    try:
        return dt.date(int(year), number, int(day)).isoformat()
    except ValueError:
        return ""


def find_date(text: str) -> str:
    """The first calendar date written in a common English or Spanish form, as YYYY-MM-DD."""
    found: list[tuple[int, str]] = []
    for pattern, order in _DATE_FORMS:
        for m in pattern.finditer(text):
            a, b, c = m.groups()
            iso = {"ymd": (a, b, c), "mdy": (c, a, b), "dmy": (c, b, a)}[order]
            value = _to_iso(*iso)
            if value:
                found.append((m.start(), value))
                break
    return min(found)[1] if found else ""
