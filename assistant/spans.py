"""Which words of a sentence answer the question: its answer spans and the short answer.

Pure functions over a question's analysis (``assistant.question``) and spaCy parses of
sentences:

- ``answer_spans``: the spans of a sentence that can fill the question (a place for
  "where", a person for "who", a quoted phrase for "what words", a common noun for "what
  profession"), never words the question itself used, in the rules' order (``rank``);
- ``short_answer``: the words that fill the question among them (a list for "which
  ministers"), and ``option_in`` where an "A or B" alternative stands;
- ``attached``: whether a span is what the sentence says about the question's focus.

Which passages may answer at all is ``assistant.answerability``'s question.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence, Set
from dataclasses import dataclass
from typing import Any

from .answer_types import NAMED_KINDS, OFFICES, SORTS
from .answerability import IGNORED_NAME_WORDS, PREFIX, fold_accents, is_country, person_parts, same_person, word_like
from .nlp import demonym, parse
from .question import YEAR as _YEAR
from .question import Analysis
from .text import MONTHS, content_stems, stem

_ANY_YEAR = re.compile(r"\b\d{3,4}\b|\b\d{1,4}\s*(?:BC|BCE|AD|CE)\b")  # a year of any age ("1066", "44 BC")

_TOKEN = re.compile(r"\w+")
_NAMED_TYPES = frozenset({"person", "person_or_org", "organisation", "thing"})
_UNNAMED = frozenset({"", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "LANGUAGE"})
_UNITS = re.compile(r"\b(years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century)\b", re.I)
# the name after "known as", "called", "nicknamed": "Popularly known as the Desert Fox, he ..."
_NAMED_AS = re.compile(r"\b(?:known as|called|nicknamed|dubbed|named|alias|a\.k\.a\.?)\s+[\"“]?"
                       r"((?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’.-]*)*)")
_THE_BEFORE = re.compile(r"\bthe\s+$")  # "the Donbass": lower-case "the" right before a name
_DAY_OF_MONTH = re.compile(rf"^\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})\b", re.I)
_MONTH_BEFORE = re.compile(rf"\b(?:{MONTHS})\s+$", re.I)
_MEASURES = frozenset("length height width distance depth weight area speed size capacity elevation altitude".split())
_BIRTH = re.compile(r"\b(born|birth|birthday|birthdate)\b", re.I)
# a birth asked for, not one describing someone ("a politician born January 2, 1979")
_ASKS_BIRTH = re.compile(r"\b(?:born|birth|birthday|birthdate)\b(?!\s+(?:on\s+|in\s+)?(?:\w+\s+)?\d)", re.I)
_LIFE = re.compile(r"\b(born|birth|birthday|birthdate|die|died|dies|death|dead|live|lived|life|age|aged|old)\b", re.I)
# what stands between the items of a list: commas and "and", and a bracketed aside ("Lavrov (Foreign Affairs), ")
_LIST_GAP = re.compile(r"\s*[,;&]?\s*((and|or)\s+)?")
_BRACKETS = re.compile(r"\s*\([^()]*\)")
_A_UNIT = re.compile(r"\b(a|an)\s+(few\s+)?(year|month|week|day|hour|minute|decade|century)\b", re.I)
_DEATH = re.compile(r"\b(die|died|dies|death|dead|pass(ed)? away)\b", re.I)
_DASH_BEFORE = re.compile(r"([–—-]|\bto|\bdied(\s+on|\s+in)?)\s*(\d{1,2}\s*)?$")
# words a text quotes, with their quotation marks ("calling them “disgraceful” and “disgusting”")
_QUOTATION = re.compile(r"“[^“”]{1,200}”|\"[^\"]{1,200}\"|«[^«»]{1,200}»|‘[^‘’]{1,200}’")
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "across", "within", "around", "along",
                                 "beside", "off"})
_NOT_PLACES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_DESTINATIONS = frozenset({"on", "to", "into", "onto"})  # "built on the site of", "move to a new stadium"
# months and days are capitalised ("may" is a verb: "Putin may present ..."); the rest in any case
_DATE_WORDS = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|"
                         r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                         r"(?i:noon|midnight|today|tomorrow|yesterday))\b")
_NUMBER_WORDS = re.compile(r"\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
                           r"thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?)\b", re.IGNORECASE)
_PLACE_NOUNS = frozenset("state city country province region county town village island suburb district capital "
                          "municipality borough neighbourhood neighborhood outskirts".split())
_DATES_AND_NUMBERS = frozenset("DATE TIME CARDINAL ORDINAL QUANTITY MONEY PERCENT".split())
_WIDE_REGIONS = frozenset({"country", "nation", "state"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "PLACE"})
_MISREAD_PLACES = frozenset({"ORG", "PERSON"})  # what the small recogniser takes a small place for
_BASED = re.compile(r"((?:,\s*[A-Z][A-Za-z.]*)?)-based\b")  # "London-based", "Washington, D.C.-based"
_REGION_NOUNS = frozenset("country nation state city province county capital".split())  # kinds of GPE
_COUNTRY_NOUNS = frozenset({"country", "nation"})
_NEAR_CHARS = 40  # a span this close to a focus word is what the sentence says about it
_CURRENCY = re.compile(r"[$€£¥]\s?\d[\d,.]*(\s(million|billion|thousand))?|\d[\d,.]*(\s(million|billion|thousand))?\s"
                       r"(dollars|euros|pounds|kroner|krone|yen|yuan|rubles|roubles)", re.IGNORECASE)
_QUOTE_MARKS = ("\"", "“", "”")
_MAX_LIST_GAP = 40  # characters between two items of one list ("A (Foreign Affairs), B")


_OFFICE_TITLE = re.compile(r"\b(?i:(" + "|".join(sorted(OFFICES)) + r"))s?,?\s+"
                           r"((?:[A-Z](?:[\w’'-]+|\.)\s+){0,2}[A-Z][\w’'-]+)")


@dataclass(frozen=True)
class Span:
    start: int  # character offsets in the sentence
    end: int
    label: str


def answer_spans(analysis: Analysis, doc: Any) -> list[Span]:
    """Spans of the parsed sentence ``doc`` that can fill the question, in sentence order."""
    asked, alone, enclosing, enclosing_texts = _question_words(analysis)
    labels = analysis.labels
    # "where" asks where something is or happens: a place it is in or at. "Which country" asks
    # for a country's name wherever the sentence puts it ("the United States Army").
    named_kind = analysis.wh_noun in _REGION_NOUNS
    # "which village": the name the sentence calls a village ("X is a coastal village"), as
    # its subject too, and whatever the small recogniser took it for (a village as an ORG)
    called = {e.start_char for e in doc.ents if analysis.answer_type == "place" and analysis.wh_noun
              and (e.label_ in labels or e.label_ in _MISREAD_PLACES and analysis.wh_noun not in e.text.lower())
              and labelled(analysis, doc.text, Span(e.start_char, e.end_char, ""))}  # (not "The State University")
    spans = [Span(e.start_char, e.end_char, e.label_) for e in doc.ents
             if (e.label_ in labels or e.start_char in called)
             and (analysis.answer_type != "place" or _locative(e.root, _origin(analysis))
                  or (named_kind and e.label_ == "GPE") or e.start_char in called)
             and not (named_kind and e.label_ == "FAC")]  # "which state": not "the Ko Olina Resort"
    if analysis.answer_type == "place":  # "a Washington, D.C.-based label": where it is based
        spans += [Span(e.start_char, m.end(1), e.label_ if e.label_ in labels else "GPE") for e in doc.ents
                  if (e.label_ in labels or e.label_ in _MISREAD_PLACES) and (m := _BASED.match(doc.text, e.end_char))]
    if analysis.wh_noun in _COUNTRY_NOUNS and not spans:  # "an American comedian": his country, as the text says it
        spans = [Span(e.start_char, e.end_char, "NORP") for e in doc.ents if e.label_ == "NORP" and demonym(e.text)]
    spans += _fallback_spans(analysis, doc)
    if not spans and analysis.answer_type in _NAMED_TYPES:
        spans = _proper_nouns(doc)  # the small recogniser missed it ("chaired by Isabelle Mergault")
    if analysis.answer_type == "words":
        spans += [Span(m.start(), m.end(), "QUOTE") for m in _QUOTATION.finditer(doc.text)]
    if analysis.answer_type in ("thing", "organisation") and analysis.wh_noun:
        spans += _titled(doc, analysis.wh_noun)
    if analysis.answer_type == "thing" and analysis.wh_noun in ("name", "nickname", "alias"):
        spans += [Span(m.start(1), m.end(1) - m.group(1).endswith("."), "ALIAS")  # "known as the Desert Fox"
                  for m in _NAMED_AS.finditer(doc.text)]
    if analysis.answer_type == "thing" and analysis.wh_noun in NAMED_KINDS:  # "what film": a quoted title
        spans += [Span(m.start() + 1, m.end() - 1, "QUOTED") for m in _QUOTATION.finditer(doc.text)
                  if re.search(r"[^\W\d_]", m.group())]  # words, not a stray pair of marks (", '4': ")
    inside = [range(m.start(), m.end()) for n in enclosing_texts
              for m in re.finditer(re.escape(n), doc.text, re.IGNORECASE)]  # the name itself, split by the parser
    fresh = _dedupe(sorted((s for s in spans
                            if not _all_asked(doc.text[s.start:s.end], asked, s.label, alone, enclosing,
                                              _capitalised(analysis.text))
                            and not any(s.start in r and s.end - 1 in r for r in inside)),
                           key=lambda s: (s.start, -s.end)))
    if analysis.answer_type in ("amount", "number"):  # "on 10 February 2013": a day of a month counts nothing
        fresh = [s for s in fresh if not (s.label == "CARDINAL" and _DAY_OF_MONTH.search(doc.text[s.start:s.end + 12])
                                          or s.label == "CARDINAL" and _MONTH_BEFORE.search(doc.text[:s.start]))]
    if analysis.wh_noun == "age":  # "at what age": "14", "14 years old", never a year
        fresh = [s for s in fresh if not _YEAR.fullmatch(doc.text[s.start:s.end].strip()) and s.label != "DATE"
                 or _UNITS.search(doc.text[s.start:s.end])]
    if analysis.wh_noun in _MEASURES:  # "what is the length": a quantity with its unit, not a bare number
        fresh = [s for s in fresh if s.label != "CARDINAL"]
    if analysis.answer_type == "length":  # a length in time is a number of units ("275 years"), not a date
        fresh = [s for s in fresh if s.label not in ("DATE", "TIME") or _UNITS.search(doc.text[s.start:s.end])]
    if analysis.answer_type == "date" and not _LIFE.search(analysis.text):
        # "(July 16, 1911 – April 25, 1995)" after a name dates a life, not the film asked about
        fresh = [s for s in fresh if not _life_aside(doc.text, s)]
    if analysis.answer_type == "place" and analysis.wh_noun in _SMALL_PLACES | {"capital"}:
        # "What city is it in?": never a country ("in Washington, D.C. in the United States"),
        # unless it contains the place before it ("in Berlin, Germany": the short answer is Berlin)
        fresh = [s for s in fresh if not is_country(doc.text[s.start:s.end]) or re.search(r",\s*$", doc.text[:s.start])]
    if analysis.answer_type == "date" and _ASKS_BIRTH.search(analysis.text) and not _BIRTH.search(doc.text):
        # "When was the director born?": a date in brackets after a name ("(October 8, 1980)"),
        # not the year of the film a sentence without "born" gives
        fresh = [s for s in fresh if s.label != "DATE" or _in_brackets(doc.text, s.start)]
    if analysis.answer_type == "date" and analysis.wh_noun == "year":  # "in what year": "season 2" is none
        fresh = [s for s in fresh if _ANY_YEAR.search(doc.text[s.start : s.end])]
    if analysis.answer_type == "duration":  # "three weeks", "since 2014", "a decade"; not "last month", "five"
        fresh = [s for s in fresh if _lasts(doc.text[s.start:s.end], s.label, doc.text[:s.start])]
    if analysis.answer_type == "number" and analysis.wh == "how many" and analysis.wh_noun:  # a count of pilots
        fresh = [s for s in fresh if _counts(doc, s, stem(analysis.wh_noun))]
    if analysis.wh_noun in _WIDE_REGIONS:
        fresh = _widest(fresh, doc.text)
    if analysis.answer_type in ("person", "person_or_org"):  # "if we leave the Donbass": a person takes no article
        fresh = [s for s in fresh if s.label != "PERSON" or not _THE_BEFORE.search(doc.text, 0, s.start)]
    # a name in brackets (a birth name, another title) answers after what the sentence says;
    # "when did X die?" takes the end of a life's span of dates ("(4 May 1928 – 2 June 2003)")
    # and "when was X born?" the start of it, or the date after "born"
    return sorted(fresh, key=lambda s: (*rank(analysis, doc.text, s, doc), bracketed(doc.text, s)))


def _lasts(text: str, label: str, before: str = "") -> bool:
    """A span that can say how long: a number of units, "a decade", a run of years ("from 1733
    to 1867"), or a year since when ("since 2014"); not a year alone ("sold in 1867" says when,
    not for how long)."""
    since = _SINCE.search(before) or _SINCE.match(text) or _RUN.search(text)
    return bool((_NUMBER_WORDS.search(text) and _UNITS.search(text)) or _A_UNIT.search(text)
                or (label == "DATE" and _YEAR.search(text) and since))


_SINCE = re.compile(r"\b(?:since|from)\s+(?:the\s+)?$|^\s*(?:since|from)\b", re.IGNORECASE)
_RUN = re.compile(r"\d\s*(?:-|–|—|to|until|till)\s*\d")


def rank(analysis: Analysis, sentence: str, span: Span, doc: Any = None) -> tuple[int, bool, bool]:
    """The rules' order of a sentence's answer spans, which a trained reader only refines:
    ``preference`` (first a span called the kind asked for, or one in the slot the question
    word holds, with ``doc``, the sentence's parse), then for a death the end of a life's
    dates, for a birth its start."""
    death = analysis.answer_type == "date" and bool(_DEATH.search(analysis.text))
    birth = analysis.answer_type == "date" and not death and bool(_BIRTH.search(analysis.text))
    first = 0 if labelled(analysis, sentence, span) or (doc is not None and fills_slot(analysis, doc, span)) \
        else preference(analysis, sentence[span.start:span.end], span)
    return (first,
            death and not _DASH_BEFORE.search(sentence, 0, span.start),
            birth and not _life_dates(sentence, span))


def does(analysis: Analysis, doc: Any, span: Span, active: bool = False) -> bool:
    """The span is the doer of the verb the question asks the doer of: its subject ("Ada Voss
    chaired the jury") or, unless ``active``, its agent ("The jury was chaired by Ada Voss",
    "Directed by Ola Brun, the film ...") for "Who chaired the jury?", "directed by whom?"."""
    token = _conjuncts_head(doc, span) if analysis.doer else None  # "written by Ola Brun and Kim Holt": each
    if token is None:
        return False
    if token.dep_ == "nsubj" and token.head.lemma_.lower() == analysis.doer:
        return True
    return bool(not active and token.dep_ == "pobj" and token.head.lower_ == "by"
                and token.head.head.lemma_.lower() == analysis.doer)


def done_to(analysis: Analysis, doc: Any, span: Span) -> bool:
    """The span is what the verb the question asks the object of was done to: its object
    ("Ola Brun directed Salt Roads"), the subject of its passive ("Salt Roads was directed by
    ..."), or the noun its participle describes ("Salt Roads, directed by Ola Brun, ...") for
    "Which film did Ola Brun direct?"."""
    token = _conjuncts_head(doc, span) if analysis.done else None  # "starring Tom Berg and Ada Voss": each
    if token is None:
        return False
    if token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() == analysis.done:
        return True
    return any(c.dep_ == "acl" and c.lemma_.lower() == analysis.done for c in token.children)


def _conjuncts_head(doc: Any, span: Span) -> Any:
    """The span's head word, or, for an item of a list, the list's first item, which holds the
    list's place in the sentence; None where the span aligns with no words."""
    found = doc.char_span(span.start, span.end, alignment_mode="expand")
    token = found.root if found is not None else None
    while token is not None and token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def fills_slot(analysis: Analysis, doc: Any, span: Span) -> bool:
    """The span stands where the question word stands: the object of the same preposition
    after the same verb ("named the character after President Richard Nixon's middle name" for
    "... named after who?")."""
    if not analysis.slot:
        return False
    prep, verb = analysis.slot[:2]
    found = doc.char_span(span.start, span.end, alignment_mode="expand")
    token = found.root if found is not None else None
    for _ in range(4):
        if token is None or token.head is token:
            return False
        if token.dep_ == "pobj" and token.head.lower_ == prep and token.head.head.lemma_.lower() == verb:
            return True
        token = token.head
    return False


_SORT_WORDS = SORTS | frozenset("genus species variety class family breed category".split())


def slot_filler(analysis: Analysis, doc: Any) -> Span | None:
    """What fills the slot of an open "what" in the sentence: the object of the same
    preposition after the same word ("known for his speed on the ball" for "... known for
    what?", "the conclusion of World War II" for "the conclusion of what?"), as far as its
    noun phrase goes ("his speed", with an "of" phrase after it); None when the sentence has
    no such slot, or fills it only with words of the question."""
    if not analysis.slot:
        return None
    prep, heads = analysis.slot[0], set(analysis.slot[1:])
    if heads & _SORT_WORDS:  # "types of what?": "a genus of flowering plants" says it too
        heads |= _SORT_WORDS
    asked = set(content_stems(analysis.text))
    for t in doc:
        if t.lower_ != prep or t.dep_ not in ("prep", "agent"):
            continue
        said = {t.head.lemma_.lower()} | ({c.lemma_.lower() for c in t.head.children if c.dep_ == "acomp"}
                                          if t.head.lemma_ == "be" else set())
        if t.i > 0:  # "characters with psychic abilities", however the parser attached "with"
            said.add(doc[t.i - 1].lemma_.lower())
        if not heads & said:
            continue
        obj = next((c for c in t.children if c.dep_ in ("pobj", "pcomp")), None)
        if obj is None:
            continue
        end = obj if obj.dep_ == "pobj" else obj.right_edge  # "from scoring goals": the clause
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > obj.i), None)
        inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if inner is not None:
            end = inner  # "types of flowering plants"
        start = obj.left_edge
        words = doc[start.i : end.i + 1]
        if len(words) > 8 or any(w.is_punct and w.text not in "-'" for w in words):
            continue
        if not set(content_stems(words.text)) - asked:
            continue
        return Span(words.start_char, words.end_char, "SLOT")
    return None


def cloze_filler(analysis: Analysis, doc: Any) -> Span | None:
    """What follows the question's words before its closing "what" in the sentence ("a
    19-year-old American tourist" for "a 19-year-old what?", "its intensity and its raw
    sexuality" for "its intensity and what?"): the noun phrase after them, without its article,
    up to its last noun; None when the sentence lacks the words or no noun follows them."""
    if not analysis.cloze:
        return None
    pattern = r"(?<!\w)" + "".join(re.escape(w) if w == "-" else (r"\s*" if i else "") + re.escape(w)
                                    for i, w in enumerate(analysis.cloze)) + r"(?!\w)"
    found = re.search(pattern, doc.text, re.I)
    if not found:
        return None
    after = [t for t in doc if t.idx >= found.end()]
    while after and (after[0].lower_ in ("a", "an", "the") or after[0].tag_ == "PRP$"):
        after = after[1:]
    phrase: list[Any] = []
    for t in after:
        if not (t.pos_ in ("ADJ", "NOUN", "PROPN", "NUM") or t.text == "-" and phrase):
            break
        phrase.append(t)
    while phrase and phrase[-1].pos_ not in ("NOUN", "PROPN"):
        phrase.pop()
    if not phrase:
        return None
    return Span(phrase[0].idx, phrase[-1].idx + len(phrase[-1].text), "CLOZE")


# kinds of work written under two names ("which movie": "a 2011 British horror film")
_SAME_KIND = {"movie": ("film",), "film": ("movie",), "show": ("series", "programme", "program"),
              "series": ("show",), "novel": ("book",), "book": ("novel",), "song": ("single", "track"),
              "single": ("song",), "track": ("song",)}
WORKS = NAMED_KINDS - {"name", "nickname", "alias", "title"}  # kinds of work, whose names are titles


def titles_only(analysis: Analysis, sentences: Sequence[str], spans: Sequence[list[Span]]) -> list[list[Span]] | None:
    """"What show ...?" asks for a title: the sentences' spans without the people in them
    (a person the sentence calls a show stays: the recogniser takes some titles for names,
    "Johnny English Reborn is a 2011 ... film"); None when that leaves no span at all, since
    then what the recogniser calls a person may be the title ("A Mother's Gift")."""
    if analysis.answer_type != "thing" or analysis.wh_noun not in WORKS:
        return None
    kept = [[s for s in found if s.label != "PERSON" or labelled(analysis, text, s)]
            for text, found in zip(sentences, spans)]
    return kept if any(kept) else None


def labelled(analysis: Analysis, sentence: str, span: Span) -> bool:
    """The sentence calls the span the kind asked for: the kind stands in it ("Nokia Theatre"
    for "which theatre"), just before it ("the heavy metal band Disturbed", "their hit song
    "My Own Worst Enemy"") or is predicated of it right after it ("Lit, an American rock band",
    "Lit is an American rock band"); for "what type of aircraft", the aircraft."""
    noun = analysis.sort_of or analysis.wh_noun
    if not noun or not noun.isalpha():
        return False
    kind = rf"\b(?:{'|'.join(re.escape(n) for n in (noun, *_SAME_KIND.get(noun, ())))})(?:s|es)?"
    if not _UNITS.fullmatch(noun) and re.search(kind + r"\b", sentence[span.start:span.end], re.I):
        # (a unit inside the span counts it: "275 years" is no year)
        return True
    if re.search(kind + r"[\s\"“'‘(]*$", sentence[:span.start], re.I):
        return True
    # the kind heads the phrase ("an American rock band formed in ..."; not "an American film director")
    head = r"(?=\s*(?:[,.;:()]|$)|\s+(?:by|from|of|in|at|on|for|with|to|and|or|that|which|who|whose|\w+ed|\w+ing)\b)"
    return bool(re.match(rf"(?:\s*\([^()]*\)|\s*\])?"  # (an aside: "Vestfold ( ; pronounced ...) is a county")
                         rf"\s*(?:,|\bis|\bwas|\bare|\bwere)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}?{kind}{head}",
                         sentence[span.end:], re.I))


def _life_aside(text: str, span: Span) -> bool:
    """The date stands in brackets that give someone's birth or life ("(born 4 May 1928)",
    "(1879–1949)")."""
    if not _in_brackets(text, span.start):
        return False
    opened = text.rfind("(", 0, span.start)
    closed = text.find(")", span.start)
    aside = text[opened : closed if closed >= 0 else len(text)]
    return bool(_BIRTH.search(aside) or re.search(r"\d{3,4}\s*[–—-]\s*(?:\w+\s+){0,2}\d", aside))


def other_end_of_life(analysis: Analysis, text: str, start: int, end: int) -> bool:
    """The date is the end of a life's bracketed dates ("(May 11, 1894 – April 1, 1991)") when
    the question asks a birth ("born on which date?"), or its start when it asks a death."""
    if analysis.answer_type != "date" or not _in_brackets(text, start):
        return False
    death = bool(_DEATH.search(analysis.text))
    if not death and not _ASKS_BIRTH.search(analysis.text):
        return False
    opened, closed = text.rfind("(", 0, start), text.find(")", end)
    before, after = text[opened + 1 : start], text[end : closed if closed >= 0 else len(text)]
    if death:
        return bool(re.match(r"\s*[–—-]\s*(?:\w+\s+){0,2}\d", after)) and not _DASH_BEFORE.search(before)
    return bool(re.search(r"\d\s*[–—-]\s*(?:\w+\s+){0,2}$", before))


def _life_dates(text: str, span: Span) -> bool:
    """A date in brackets after a name ("Roy Jenkins (11 November 1920 - ...)") or after "born"."""
    return _in_brackets(text, span.start) or bool(
        re.search(r"\bborn\s+(on\s+|in\s+)?$", text[max(0, span.start - 12) : span.start]))


def _titled(doc: Any, kind: str) -> list[Span]:
    """The name that follows the kind asked for: "his cantata “Carmina Burana”", "the
    album Dirt" for "what cantata/album ...?" (the quotation marks left out)."""
    text, out = doc.text, []
    for t in doc:
        if t.lemma_.lower() != kind or t.i + 1 >= len(doc):
            continue
        after = t.idx + len(t.text)
        quoted = _QUOTATION.match(text, after + (len(text[after:]) - len(text[after:].lstrip())))
        if quoted:
            out.append(Span(quoted.start() + 1, quoted.end() - 1, "TITLE"))
            continue
        run = []
        for u in doc[t.i + 1 :]:
            if u.pos_ != "PROPN":
                break
            run.append(u)
        if run:
            out.append(Span(run[0].idx, run[-1].idx + len(run[-1].text), "TITLE"))
    return out


def bracketed(text: str, span: Span) -> bool:
    """A name in brackets; dates are not asides there ("(born 4 May 1928)")."""
    return span.label not in _DATES_AND_NUMBERS and _in_brackets(text, span.start)


def _in_brackets(text: str, at: int) -> bool:
    """More brackets open than closed before ``at``."""
    return text.count("(", 0, at) > text.count(")", 0, at)


def _widest(spans: list[Span], text: str) -> list[Span]:
    """"Calgary, Alberta, Canada": places are written from the smallest to the largest, so a
    place followed by another after a comma is not the country (or state) asked for."""
    out = []
    for s, after in zip(spans, [*spans[1:], None]):
        if after is not None and s.label in _PLACE_LABELS and after.label in _PLACE_LABELS \
                and re.fullmatch(r"\s*,\s*", text[s.end : after.start]):
            continue
        out.append(s)
    return out


_RESIDENTS = frozenset(stem(w) for w in "inhabitants residents people citizens".split())
_POPULATION = frozenset(stem(w) for w in "population inhabitants residents".split())


def _counts(doc: Any, span: Span, counted: str) -> bool:
    """The number stands next to the thing counted ("2.3 million passengers", "passengers:
    2.3 million"), not to something else ("two cents"); people living somewhere are counted by
    its population ("how many inhabitants": "the population was 39,134")."""
    words = {counted} | (_POPULATION if counted in _RESIDENTS else set())
    return any(stem(t.lower_) in words and abs(t.idx - span.end) <= _NEAR_CHARS for t in doc) or any(
        stem(t.lower_) in words and abs(span.start - (t.idx + len(t))) <= _NEAR_CHARS for t in doc)


def preference(analysis: Analysis, text: str, span: Span) -> int:
    """Which span answers first: one that names the kind asked for ("Ulster County" for
    "which county"), then a person for "who", then the others in sentence order."""
    if analysis.wh_noun and analysis.wh_noun in text.lower() or span.label in ("TITLE", "ALIAS"):
        return 0
    if analysis.answer_type == "person_or_org" and span.label == "PERSON":
        return 1
    if analysis.answer_type == "amount" and span.label in ("MONEY", "QUANTITY", "PERCENT"):
        return 1
    if analysis.answer_type in ("duration", "length") and (_UNITS.search(text) or span.label == "QUANTITY"):
        return 1  # "275 years", "7.5 kilometres": not the year it began
    if analysis.answer_type in ("amount", "number", "length") and _YEAR.fullmatch(text.strip()):
        return 3  # "1867" is a year before it is a number
    return 2


def described_places(analysis: Analysis, doc: Any) -> list[Span]:
    """For "where", when no sentence names a place: what a place preposition after the verb
    asked about puts it at ("will be built on the site of the old harbour" for "Where will the
    stadium be built?"); not after another verb ("said in a statement")."""
    verbs = {stem(f) for f in analysis.focus} | {
        stem(t.lemma_.lower()) for t in parse(analysis.text) if t.pos_ == "VERB"}  # "move" too, a light verb
    out = []
    for t in doc:
        verb = t.head.head
        if t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPOSITIONS | _DESTINATIONS and verb.pos_ == "VERB" \
                and stem(verb.lemma_.lower()) in verbs and t.ent_type_ not in _NOT_PLACES and not t.like_num:
            words = list(t.subtree)
            out.append(Span(words[0].idx, words[-1].idx + len(words[-1].text), "PLACE"))
    return out


def _fallback_spans(analysis: Analysis, doc: Any) -> list[Span]:
    """What the small model's entity recogniser misses: a proper noun after "at"/"in" is a
    place ("at the Joint Base Elmendorf-Richardson"), a year or month is a date, a numeral
    a number."""
    kind, text = analysis.answer_type, doc.text
    if kind == "place":
        # a proper noun the recogniser missed, not a person; nor a company or university
        # when a kind of place is named ("which state": not "at Rutgers University")
        other = {"PERSON", "ORG"} if analysis.wh_noun else {"PERSON"}
        # ... unless it names the kind asked for ("at Gillette Stadium" for "which stadium"); a
        # name ending in the kind, capitalised, is a place of that kind wherever it stands
        # ("the stadium in which both teams play, Gillette Stadium")
        origin = _origin(analysis)
        return [Span(c.start_char, c.end_char, "PLACE") for c in doc.noun_chunks
                if c.root.pos_ == "PROPN" and (_locative(c.root, origin) and (c.root.ent_type_ not in other or (
                    analysis.wh_noun and analysis.wh_noun in c.text.lower())) or _named_kind(c, analysis.wh_noun))]
    if kind in ("date", "duration"):
        # "the Victorian era" for "what era": the kind asked for, with the word that names it
        named = [Span(c[1:].start_char if c[0].pos_ == "DET" else c.start_char, c.end_char, "DATE")
                 for c in doc.noun_chunks if analysis.wh_noun and c.root.lemma_.lower() == analysis.wh_noun
                 and c.root.i > c.start and any(t.pos_ == "PROPN" or t.ent_type_ == "NORP" for t in c[:-1])]
        return named + [Span(m.start(), m.end(), "DATE") for m in (*_YEAR.finditer(text), *_DATE_WORDS.finditer(text))]
    if kind == "thing" and analysis.wh_noun in SORTS:
        # "what kind of track?": the track described, however ("standard gauge track", "ATR 72 aircraft")
        return [Span(words[0].idx, c.root.idx + len(c.root.text), "KIND") for c in doc.noun_chunks
                if analysis.sort_of and c.root.lemma_.lower() == analysis.sort_of
                for words in [[t for t in c if t.pos_ not in ("DET", "PRON") and not t.is_punct]]
                if len(words) > 1]
    if kind in ("thing", "organisation", "person_or_org") and analysis.wh_noun:
        # the name before the kind asked for: "with ATR 72-600 aircraft" for "What aircraft
        # ...?", "on the Harbor One network" for "... on what network?"
        # a capitalised kind is part of the name ("Tantallon Castle")
        return [Span(c[1:].start_char if c[0].pos_ == "DET" else c.start_char,
                     c.root.idx + len(c.root.text) if c.root.text[:1].isupper() else c.root.idx, "THING")
                for c in doc.noun_chunks if c.root.lemma_.lower() == analysis.wh_noun and c.root.i > c.start
                and any(t.pos_ in ("PROPN", "NUM") for t in c[:-1])]
    if kind == "category":
        return kind_phrases(doc)
    if kind == "amount" and analysis.labels == {"MONEY"}:
        return [Span(m.start(), m.end(), "MONEY") for m in _CURRENCY.finditer(text)]
    if kind in ("number", "amount", "length"):
        return [Span(m.start(), m.end(), "CARDINAL") for m in _NUMBER_WORDS.finditer(text)]
    return []


def _named_kind(chunk: Any, kind: str) -> bool:
    """"Gillette Stadium" for "which stadium": a proper name whose last word is the kind asked
    for, capitalised, after a word of the name."""
    return bool(kind) and chunk.root.lemma_.lower() == kind and chunk.root.text[:1].isupper() \
        and chunk.root.i > chunk.start and chunk.root.nbor(-1).pos_ == "PROPN" \
        and chunk[0].lower_ not in ("a", "an")  # "is a United States Air Force Base" describes, not names


def _proper_nouns(doc: Any) -> list[Span]:
    """Runs of proper nouns the recogniser left unlabelled or labelled as a kind of thing
    rarely met ("Mergault": PRODUCT): the names a sentence holds when it found none of the
    kind asked for. A place, an organisation or a nationality it recognised stays what it is."""
    out: list[Span] = []
    run: list[Any] = []
    for t in [*doc, None]:
        if t is not None and t.pos_ == "PROPN" and t.ent_type_ in _UNNAMED:
            run.append(t)
            continue
        if t is not None and t.pos_ == "NUM" and t.text[:1].isupper() and t.i + 1 < len(doc) \
                and doc[t.i + 1].pos_ in ("PROPN", "NUM") and doc[t.i + 1].text[:1].isupper():
            run.append(t)  # "Twenty One Pilots": a number word that opens a name
            continue
        if run:
            out.append(Span(run[0].idx, run[-1].idx + len(run[-1].text), "PROPN"))
        run = []
    return out


def kind_phrases(doc: Any) -> list[Span]:
    """Common nouns that say what something is ("was an American film director", "a genus
    of flowering plants"): the noun phrases a copula or an apposition predicates, else every
    common-noun phrase; without the article or the nationality before them; never a date or a
    number ("on May 5th")."""
    chunks = [c for c in doc.noun_chunks if c.root.pos_ == "NOUN" and c.root.ent_type_ not in _DATES_AND_NUMBERS]
    said = [c for c in chunks if _list_head(c.root).dep_ in ("attr", "appos")] or chunks
    out = []
    for c in said:
        words = [t for t in c if t.pos_ not in ("DET", "PRON") and t.ent_type_ not in ("NORP", "GPE")
                 and not t.is_punct and not (t.like_num or t.ent_type_ in _DATES_AND_NUMBERS)]
        while len(words) > 1 and words[0].i > 0 and doc[words[0].i - 1].text == "-":
            words = words[1:]  # the rest of a word cut above: "style" of "German-style board game"
        if words and words[-1].i == c.root.i:
            out.append(Span(words[0].idx, c.root.idx + len(c.root.text), "KIND"))
    return out


def _list_head(token: Any) -> Any:
    """The first of a list or apposition ("in Anchorage, Alaska": Anchorage)."""
    while token.dep_ in ("appos", "conj") and token.head is not token:
        token = token.head
    return token


def _origin(analysis: Analysis) -> bool:
    """"Where are they from?": the place after "from" answers too."""
    return analysis.wh == "where" and bool(re.search(r"\bfrom\b", analysis.text, re.I))


def _locative(token: Any, origin: bool = False) -> bool:
    """A place that can answer "where": the object of "in", "at", "near" ("based in X", "the
    war in X"), of "from" when the question asks where from (``origin``), or of "the state of
    X"; not a modifier ("the US president"). Whether it is where the thing asked about
    happens is ``attached``'s question."""
    token = _list_head(token)
    at = token.head.lower_
    if not (token.dep_ == "pobj" and (at in _PLACE_PREPOSITIONS or origin and at == "from")):
        # "the state of X"; an office of a place ("Attorney General of Nevada", "Mayor of Lund")
        return token.dep_ == "pobj" and token.head.lower_ == "of" and (
            token.head.head.lemma_ in _PLACE_NOUNS or (token.head.head.pos_ == "PROPN" and token.ent_type_ == "GPE"))
    return True


def attached(doc: Any, span: Span, focus: frozenset[str], place: bool = False) -> bool:
    """The span is what the sentence says about the question's focus. A place hangs off a
    verb or the focus itself ("will take place at X", "the meeting in X"; not "the war in
    X"); anything else stands within a few words of a focus word."""
    if place:
        found = doc.char_span(span.start, span.end, alignment_mode="expand")
        token = _list_head(found.root) if found is not None else None
        head = token.head.head if token is not None and token.dep_ == "pobj" else None
        return bool(head is not None and (head.pos_ in ("VERB", "AUX") or stem(head.lower_) in focus))
    at = [t.idx for t in doc if stem(t.lower_) in focus]
    return any(abs(a - span.start) <= _NEAR_CHARS or abs(a - span.end) <= _NEAR_CHARS for a in at)


def said_of(doc: Any, span: Span, focus: frozenset[str]) -> bool:
    """The span hangs off what the question asks about, by the parse: off the focus noun ("the
    summit on Friday"), or off a verb whose subject or own word is a focus word ("where the
    summit was held on Friday", "they meet on Friday" for "When do they meet?"), however many
    words stand between them."""
    found = doc.char_span(span.start, span.end, alignment_mode="expand")
    if found is None or not focus:
        return False
    token = _list_head(found.root)
    head = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else token.head
    if head is token:
        return False
    if head.pos_ in ("NOUN", "PROPN"):
        return stem(head.lower_) in focus
    return head.pos_ in ("VERB", "AUX") and (stem(head.lemma_.lower()) in focus or any(
        c.dep_ in ("nsubj", "nsubjpass") and stem(c.lower_) in focus for c in head.children))


def _all_asked(text: str, asked: frozenset[str], label: str, alone: frozenset[str],
               enclosing: Sequence[frozenset[str]], names: frozenset[str] = frozenset()) -> bool:
    """The span only repeats the question: all its words are the question's, or it is a
    person the question names by surname ("Donald Trump" when asked about Trump). A long word
    the question misspells by a letter is the question's ("Anti-Semitism" for "Anti-Semetism");
    ``asked`` holds the question's words with their accents folded too.

    Words the question uses only inside a longer name of another kind (``enclosing``: "the
    Boren-McCurdy proposals", "Dolce & Gabbana", "Donington School F.C.") do not make a span a
    repeat unless it is that whole name: "David Boren", "Domenico Dolce" and the village of
    Donington are what such questions ask for. ``alone``: the question's words outside them;
    ``names``: those it writes with a capital, as a surname is ("Dunmore Castle", which the
    recogniser may read as a person, does not repeat "what castle?")."""
    words = [fold_accents(w.lower()) for w in _TOKEN.findall(text) if w.lower() not in IGNORED_NAME_WORDS]
    if not words:
        return True
    if all(_among(w, asked) for w in words):
        return any(_among(w, alone) for w in words) or any(all(_among(n, frozenset(words)) for n in name)
                                                            for name in enclosing)
    return label == "PERSON" and words[-1] in alone and words[-1] in names


@functools.lru_cache(maxsize=256)
def _capitalised(question: str) -> frozenset[str]:
    """The question's words written with a capital, past its first, lower-cased (accents folded too)."""
    words = {w.lower() for w in _TOKEN.findall(question)[1:] if w[:1].isupper()}
    return frozenset(words | {fold_accents(w) for w in words})


def _among(word: str, words: Set[str]) -> bool:
    return word in words or any(word_like(word, a) for a in words)


# a common word written with hyphens ("8 mi north-east of Louth", "a well-known"): its parts
# are no name the question gives, so "North Somercotes" does not repeat it
_LOWER_COMPOUND = re.compile(r"\b[a-z]+(?:-[a-z]+)+\b")
# a name written with a hyphen between capitalised parts: "the Boren-McCurdy proposals"
_COMPOUND = re.compile(r"\b[A-Z][\w'’]*(?:-[A-Z][\w'’]*)+\b")


@functools.lru_cache(maxsize=2048)
def _question_words(analysis: Analysis) -> tuple[frozenset[str], frozenset[str], tuple[frozenset[str], ...],
                                                 tuple[str, ...]]:
    """What ``answer_spans`` compares every sentence's spans with, worked out once per
    question: its words (a follow-up's inherited terms too, accents folded as well), those
    outside the names that enclose others, those names' words, and the names as written."""
    texts = _enclosing_texts(analysis)
    enclosing = tuple(_name_words(n) for n in texts)
    asked = _words(_LOWER_COMPOUND.sub(" ", analysis.text), analysis.context)
    alone = asked
    if texts:
        outside = _LOWER_COMPOUND.sub(" ", analysis.text)
        for name in texts:
            outside = outside.replace(name, " ")
        alone = _words(outside, analysis.context)
    return asked, alone, enclosing, texts


def _words(text: str, context: Sequence[str]) -> frozenset[str]:
    """The lower-cased words of the text and the context, also with their accents folded
    ("Ulvæus" for "Ulvaeus")."""
    words = {w.lower() for w in _TOKEN.findall(text)} | {w.lower() for t in context for w in _TOKEN.findall(t)}
    return frozenset(words | {fold_accents(w) for w in words})


def _enclosing_texts(analysis: Analysis) -> tuple[str, ...]:
    """The question's names of several words that are neither a person nor a place (a
    company, a club, an event, a law): a person or place named inside one is another thing."""
    names = [m.group() for m in _COMPOUND.finditer(analysis.text)]
    names += [c.text for c in analysis.constraints if c.kind == "name" and not c.person and not c.place]
    return tuple(n for n in names if len(_name_words(n)) > 1)


def _name_words(name: str) -> frozenset[str]:
    return frozenset(fold_accents(w.lower()) for w in _TOKEN.findall(name) if w.lower() not in IGNORED_NAME_WORDS)


def _dedupe(spans: list[Span]) -> list[Span]:
    """Overlapping spans keep the first and longest."""
    out: list[Span] = []
    for s in spans:
        if out and s.start < out[-1].end:
            if s.end > out[-1].end and s.start == out[-1].start:
                out[-1] = s
            continue
        out.append(s)
    return out


# a place written before the one found, which contains it: "born in Mumbai, India"
_PLACE_BEFORE = re.compile(r"\b(?:in|from|at|near|of)\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*),\s*$")
_AND_CONTAINER = re.compile(r"\band (?:state|country|province|county)\b", re.I)  # "in what city and state"
SMALL_PLACES = frozenset("city town village hamlet suburb neighbourhood neighborhood district borough capital".split())
_SMALL_PLACES = SMALL_PLACES - {"capital"}
_COUNTS = frozenset({"CARDINAL", "QUANTITY"})
_MEASURED = frozenset({"number", "amount", "duration", "length"})
_UNIT_AFTER = re.compile(r"(?:-year-old|\s*-?\s*(?:mi|miles?|km|kilomet(?:er|re)s?|met(?:er|re)s?|ft|feet|foot|inches|"
                         r"yards?|years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|kg|"
                         r"kilograms?|lbs?|pounds|tons?|tonnes?|acres?|hectares?|percent|per cent)\b)(?![\w-])")
_TITLES = frozenset({"WORK_OF_ART", "QUOTED", "TITLE", "ALIAS"})


def short_answer(analysis: Analysis, doc: Any, spans: Sequence[Span]) -> tuple[int, int] | None:
    """The words that fill the question: the first answer span, or for a question that asks
    for several ("Which ministers ...?") the list it starts; a leading "the" is dropped, unless
    a title begins with it."""
    if not spans:
        return None
    start, end = spans[0].start, spans[0].end
    if _OPEN_END.search(doc.text, start, end):  # "the spring of" + "2025": the recogniser cut one date in two
        end = next((s.end for s in spans if s.label == spans[0].label and 0 <= s.start - end <= 1), end)
    if analysis.plural:  # the list the first span stands in, in sentence order
        def joins(s: Span, gap: str) -> bool:
            return (s.label == spans[0].label or s.label in ("ORG", "PERSON")) and len(gap) <= _MAX_LIST_GAP \
                and _LIST_GAP.fullmatch(_BRACKETS.sub("", gap)) is not None
        ordered = sorted(spans, key=lambda s: s.start)
        at = ordered.index(spans[0])
        bracketed_items = False
        for s in ordered[at + 1 :]:
            if not joins(s, doc.text[end : s.start]):
                break
            bracketed_items |= _BRACKETS.search(doc.text[end : s.start]) is not None
            end = s.end
        closing = _BRACKETS.match(doc.text, end) if bracketed_items else None
        if closing:  # "Lavrov (Foreign Affairs), Belousov (Defense) and Siluanov (Economy)": each item alike
            end = closing.end()
        for s in reversed(ordered[:at]):
            if not joins(s, doc.text[s.end : start]):
                break
            start = s.start
    text = doc.text
    life = _LIFE_DASH.search(text, start, end) if analysis.answer_type == "date" else None
    if life and _DEATH.search(analysis.text):  # one span for a life: "4 May 1928 - 2 June 2003"
        start = life.end()
    elif life and _BIRTH.search(analysis.text):  # ... its start for a birth ("1894–1991": 1894)
        end = life.start()
    year = _YEAR.search(text, start, end) if analysis.wh_noun == "year" and not analysis.plural else None
    if year:  # "in what year ...?": the year of a full date ("4 May 1928")
        start, end = year.span()
    if spans[0].label in ("PERSON", "PROPN") or analysis.answer_type == "choice":
        asked = {w.lower() for w in re.findall(r"\w+", analysis.text)} & OFFICES
        start = _name_start(doc, start, end, frozenset(asked))
    with_container = bool(_AND_CONTAINER.search(analysis.text))  # "in what city and state"
    if analysis.answer_type == "place" and not analysis.plural and spans[0].label in _PLACE_LABELS:
        inner = _PLACE_BEFORE.search(text, 0, start)  # "in Albuquerque, New Mexico": the span contains a place
        if inner and (analysis.wh == "where" or with_container):
            start = inner.start(1)  # "where", "what city and state": the place with what contains it
        elif inner and analysis.wh_noun in _SMALL_PLACES:
            start, end = inner.start(1), inner.end(1)  # "which city": the city, not its state
    if analysis.wh == "where" and not analysis.plural or with_container:
        end = _with_containers(doc, end)  # "which city": the city; "where": the place as written
    if text[start:end].lower().startswith("the ") and not (spans[0].label in _TITLES and text[start] == "T"):
        start += 4  # (a title keeps its own: "The Awakening")
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    possessive = re.search(r"['’]s?$", text[start:end])
    if possessive and end - start > 3:  # "Don Henley's album": the answer is Don Henley
        end -= len(possessive.group(0))
    if spans[0].label in _COUNTS and analysis.answer_type in _MEASURED:
        unit = _UNIT_AFTER.match(text, end)  # "19 mi", "ten weeks", "16-year-old": the number with its unit
        end = unit.end() if unit else end
    if _dangling(text[start:end]) and text[start] in _QUOTE_MARKS:  # '"The Fate of the Furious': its title
        start += 1
    elif _dangling(text[start:end]) and text[end - 1] in _QUOTE_MARKS:
        end -= 1
    if analysis.answer_type == "category" and (analysis.sort_of or analysis.wh_noun) in _ACTIVITIES:
        start, end = _activity(doc, start, end, analysis.sort_of or analysis.wh_noun)
    glued = _GLUED.search(text, start, end)  # "LLC.Gregg Berhalter": two sentences run together
    if glued and re.search(r"\w", text[glued.end(1) + 1 : end].lower().removeprefix("the")):
        start = glued.end(1) + 1  # the words after the stop, unless only "The" stands there
    elif glued:
        end = glued.end(1)
    first = next((t for t in doc if t.idx == start), None)
    if spans[0].label == "PERSON" and first is not None and first.i + 2 < len(doc) and (
            first.pos_ == "VERB" or first.lower_ == analysis.wh_noun and doc[first.i + 1].idx < end):
        start = doc[first.i + 1].idx  # "Starring Anthony Hopkins": the recogniser took the verb in; "Composer
        # William Grant Still" for "What composer ...?": the kind asked is no part of the name
    return start, end


_ACTIVITIES = frozenset("sport genre style discipline".split())
_OPEN_END = re.compile(r"\s(?:of|in)$")  # a span that ends in a preposition goes on in the next one


def _activity(doc: Any, start: int, end: int, kind: str) -> tuple[int, int]:
    """"What sport did they play?" -> "tennis" of "former professional tennis player", "which
    genre" -> "rock" of "rock band": a sport or a genre is what describes the one who plays
    it, not the player."""
    found = doc.char_span(start, end, alignment_mode="expand")
    if found is None or len(found) < 2 or found.root.lemma_.lower() == kind or found.root.pos_ != "NOUN":
        return start, end
    run: list[Any] = []  # the nouns right before the player ("tennis", not "former professional")
    for t in reversed([t for t in found if t.i < found.root.i]):
        if t.pos_ not in ("NOUN", "PROPN") and not (t.text == "-" and run):
            break
        run.insert(0, t)
    return (run[0].idx, run[-1].idx + len(run[-1].text)) if run else (start, end)


# the dash between the two dates of a life: spaced, or an en or em dash between years ("1894–1991")
_LIFE_DASH = re.compile(r"\s[–—-]\s|(?<=\d)[–—](?=\d)")
# a sentence run into the next without a space ("... Maybach vehicles.smart Automobile"): a word
# of two letters or more, a full stop, and a word; not "U.S.", "D.C." or "Amazon.com"
_GLUED = re.compile(r"(\w{2,})\.(?=[A-Z]\w|[a-z]\w{3,})")


def _name_start(doc: Any, start: int, end: int, asked: frozenset[str] = frozenset()) -> int:
    """Where the whole name begins: its given names before the part found ("Lyudmila" before
    "Stefanovna Petrushevskaya"), and the opening mark of a quoted nickname whose closing one
    the span holds ("Kerkor "Kirk" Kerkorian", never a dangling 'Kirk" Kerkorian'). An office
    the question asks about (``asked``) is no part of it: "Andrew Bailey" for "Who is the
    Governor ...?", but "President Richard Nixon" for "named after who?"."""
    text = doc.text
    token = next((t for t in doc if t.idx == start), None)
    while token is not None and token.i > 0:
        before = doc[token.i - 1]
        name = before.pos_ == "PROPN" and before.text[:1].isupper() and before.ent_type_ in ("", "PERSON") \
            and before.lower_ not in asked
        if not (name or (before.text in _QUOTE_MARKS and _dangling(text[token.idx : end]))):
            break
        token = before
    return token.idx if token is not None else start


def _dangling(words: str) -> bool:
    """The words hold a quotation mark without its pair ('Kirk" Kerkorian')."""
    return sum(words.count(q) for q in _QUOTE_MARKS) % 2 == 1


def _with_containers(doc: Any, end: int) -> int:
    """A place with the places that contain it, as they are written after it ("Roseau,
    Minnesota, USA"; "Las Vegas, Nevada")."""
    ents = {e.start_char: e for e in doc.ents if e.label_ in ("GPE", "LOC")}
    while True:
        gap = re.match(r",\s*", doc.text[end:])
        nxt = ents.get(end + gap.end()) if gap else None
        if nxt is None:
            return end
        end = nxt.end_char


def option_in(text: str, option: str) -> tuple[int, int] | None:
    """Where a "A or B" alternative stands in the sentence (case-insensitive); a person by
    their given name and surname with a nickname or initial between them ("Kirk Kerkorian"
    in "Kerkor "Kirk" Kerkorian", "H. Bruce Humberstone" in "H. Bruce "Lucky" Humberstone")."""
    m = re.search(re.escape(option).replace("'", "['’]").replace("’", "['’]"), text, re.IGNORECASE)  # "Children’s"
    if m is None:
        simpler = re.sub(r"['’]s\b", "", option)
        m = re.search(re.escape(simpler), text, re.IGNORECASE) if simpler != option else None
    words = option.split()
    if m is None and len(words) >= 2 and len(words[-1]) >= PREFIX and words[-1][:1].isupper():
        # the first words, then at most a few others, then the surname: one name
        pattern = rf"\b{re.escape(words[0])}\b[^.;:]{{0,40}}?\b{re.escape(words[-1])}\b"
        m = re.search(pattern, text)
        if m is None:
            m = re.search(rf"\b(?:[A-Z][\w.]*[\s\"“”']+){{1,3}}{re.escape(words[-1])}\b", text)
            m = m if m and same_person(option, re.sub(r"[\"“”]", "", m.group(0))) else None
    if m is None:
        return None
    start, end = m.start(), m.end()
    while start < end and text[start] in "\"“”' ":
        start += 1
    if _dangling(text[start:end]):  # 'Kirk" Kerkorian': the whole name
        opening = re.search(r"([A-Z][\w.'-]*\s+)?[\"“]\s*$", text[:start])
        start = opening.start() if opening else start
    return start, end


def office_titles(texts: Sequence[str]) -> dict[str, frozenset[str]]:
    """The offices the texts title each person by, keyed by surname in lower case:
    {"trump": {"president"}, "lavrov": {"minister"}, "witkov": {"envoy"}} from "President
    Donald Trump", "Foreign Minister Sergei Lavrov" and "the president's envoy, Steve Witkov"."""
    out: dict[str, set[str]] = {}
    for text in texts:
        for m in _OFFICE_TITLE.finditer(text):
            out.setdefault(person_parts(m.group(2))[1], set()).add(m.group(1).lower())
    return {k: frozenset(v) for k, v in out.items()}


def holds_other_office(analysis: Analysis, name: str, titles: dict[str, frozenset[str]]) -> bool:
    """"Which ministers ...?" is not answered by a person the documents title only by another
    office ("President Donald Trump"); a person they never title may be one."""
    if analysis.wh_noun not in OFFICES:
        return False
    held = titles.get(person_parts(name)[1], frozenset())
    return bool(held) and analysis.wh_noun not in held
