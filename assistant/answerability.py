"""Does a passage answer the question asked, or a near miss of it? And which words answer it?

Pure functions over a question's analysis (``assistant.question``), passages and spaCy
parses of sentences:

- ``unmet``: the hard constraints (names, years, numbers, quoted words) a passage does
  not carry. Its title and date count as its context: an article dated 2023 is about 2023;
- ``answer_spans``: the spans of a sentence that can fill the question (a place for
  "where", a person for "who"), never words the question itself used;
- ``near_miss_note``: what the documents hold instead, said without presenting it as the
  answer ("The closest passages are about 2023, not 2022.").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from index.retrieval import Passage
from index.text import STOPWORDS, TITLES, words_only

from .answer_types import ANSWER_KINDS
from .question import YEAR as _YEAR
from .question import Analysis, Constraint
from .text import numbers, stem

_TOKEN = re.compile(r"\w+")
_NAMED_TYPES = frozenset({"person", "person_or_org", "organisation", "thing"})
_UNNAMED = frozenset({"", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "LANGUAGE"})
_UNITS = re.compile(r"\b(years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century)\b", re.I)
_BIRTH = re.compile(r"\b(born|birth|birthday)\b", re.I)
# what stands between the items of a list: commas and "and", and a bracketed aside ("Lavrov (Foreign Affairs), ")
_LIST_GAP = re.compile(r"\s*[,;&]?\s*((and|or)\s+)?")
_BRACKETS = re.compile(r"\s*\([^()]*\)")
_A_UNIT = re.compile(r"\b(a|an)\s+(few\s+)?(year|month|week|day|hour|minute|decade|century)\b", re.I)
_DEATH = re.compile(r"\b(die|died|dies|death|dead|pass(ed)? away)\b", re.I)
_DASH_BEFORE = re.compile(r"([–—-]|\bto|\bdied(\s+on|\s+in)?)\s*(\d{1,2}\s*)?$")
# words a text quotes, with their quotation marks ("calling them “disgraceful” and “disgusting”")
_QUOTATION = re.compile(r"“[^“”]{1,200}”|\"[^\"]{1,200}\"|«[^«»]{1,200}»|‘[^‘’]{1,200}’")
_PREFIX = 5  # Kirill/Kiril, Ukrainian/Ukraine: names match on their first five letters
_IGNORED_NAME_WORDS = frozenset({"the", "of", "and", "s", "a", "an"})
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "across", "within", "around", "along",
                                 "beside", "off"})
_DATE_WORDS = re.compile(r"\b(january|february|march|april|may|june|july|august|september|october|november|"
                         r"december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midnight|"
                         r"today|tomorrow|yesterday)\b", re.IGNORECASE)
_NUMBER_WORDS = re.compile(r"\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
                           r"thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?)\b", re.IGNORECASE)
_COUNTRY_NAMES = (("US", "USA", "U.S.", "U.S.A.", "United States", "America", "American"),
                  ("UK", "U.K.", "United Kingdom", "Britain", "British"))
_ALIASES = {a.upper(): names for names in _COUNTRY_NAMES for a in names[:4] if a.upper() == a}
_PLACE_NOUNS = frozenset("state city country province region county town village island suburb district capital "
                          "municipality borough neighbourhood neighborhood outskirts".split())
_DATES_AND_NUMBERS = frozenset("DATE TIME CARDINAL ORDINAL QUANTITY MONEY PERCENT".split())
_WIDE_REGIONS = frozenset({"country", "nation", "state"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "PLACE"})
_REGION_NOUNS = frozenset("country nation state city province county capital".split())  # kinds of GPE
_NEAR_CHARS = 40  # a span this close to a focus word is what the sentence says about it
_CURRENCY = re.compile(r"[$€£¥]\s?\d[\d,.]*(\s(million|billion|thousand))?|\d[\d,.]*(\s(million|billion|thousand))?\s"
                       r"(dollars|euros|pounds|kroner|krone|yen|yuan|rubles|roubles)", re.IGNORECASE)
_MAX_LIST_GAP = 40  # characters between two items of one list ("A (Foreign Affairs), B")
_FUNCTION = STOPWORDS | TITLES  # words a name does not open with
_FUNCTION_WORDS = frozenset({"of", "for", "and", "the", "de"})  # not in a name's initials
_SUFFIXES = frozenset({"jr", "sr", "junior", "senior"})  # Donald Trump Jr. is not Donald Trump
_NUMERALS = frozenset({"ii", "iii", "iv"})  # Barack Obama II is Barack Obama
_TYPO_LENGTH = 6  # a name this long still matches with one letter wrong (Cleaveland, Apocalypic)
# Given names and their common short forms: "Nick Kyrgios" is "Nicholas Kyrgios".
_NICKNAME_GROUPS = (
    "nicholas nick nicolas nicky", "joseph joe joey", "william bill will billy willie", "robert bob rob bobby robbie",
    "james jim jimmy jamie", "michael mike mick mickey", "thomas tom tommy", "richard dick rick rich ricky richie",
    "edward ed eddie ted teddy ned", "theodore ted teddy theo", "anthony tony", "daniel dan danny",
    "david dave davey", "christopher chris kit", "matthew matt", "samuel sam sammy", "benjamin ben benny",
    "alexander alex alec sandy", "andrew andy drew", "stephen steven steve stevie", "john jack johnny jon",
    "jonathan jon jonny", "katherine catherine kathryn kate katie kathy cathy kat", "elizabeth liz beth betty lizzie "
    "eliza libby", "margaret maggie peggy meg", "susan sue susie", "jennifer jenny jen", "lawrence larry",
    "laurence larry", "gerald gerry jerry", "jerome jerry", "henry harry hank", "harold harry hal",
    "charles charlie chuck chas", "frederick fred freddie", "gregory greg", "jeffrey jeff", "geoffrey geoff jeff",
    "ronald ron ronnie",
    "donald don donnie", "kenneth ken kenny", "patrick pat paddy", "patricia pat patty trish", "timothy tim timmy",
    "vincent vince vinny", "zachary zach zack", "abraham abe", "albert al bert", "alan al", "walter walt",
    "francis frank", "franklin frank", "eugene gene", "raymond ray", "philip phil", "phillip phil",
    "nathaniel nathan nate nat", "joshua josh", "leonard leo len lenny", "victor vic", "douglas doug",
    "frances fran", "rebecca becky becca", "deborah debbie deb", "cynthia cindy", "barbara barb babs",
    "judith judy", "dorothy dot dottie", "jacqueline jackie", "pamela pam", "kimberly kim", "rosemary rose",
    "abigail abby", "victoria vicky tori", "samantha sam", "alexandra alex sandra", "isabella bella izzy",
)
_NICKNAMES: dict[str, frozenset[str]] = {}
for _group in _NICKNAME_GROUPS:
    for _name in _group.split():
        _NICKNAMES[_name] = _NICKNAMES.get(_name, frozenset()) | frozenset(_group.split())


@dataclass(frozen=True)
class Span:
    start: int  # character offsets in the sentence
    end: int
    label: str


def passage_words(p: Passage) -> set[str]:
    return {w.lower() for w in _TOKEN.findall(fold_accents(f"{p.title}\n{p.text}"))}


def fold_accents(text: str) -> str:
    """"Öyster" -> "Oyster", "São" -> "Sao": a name matches however its accents are written."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def meets(constraint: Constraint, p: Passage, words: set[str] | None = None, loose: bool = False) -> bool:
    """Whether the passage (with its title and date) carries the constraint. ``loose``: a
    name of several words counts when its last word and half of its words are there
    ("Smith was named ..." for "Malcolm Smith"), as a reader takes a surname."""
    words = passage_words(p) if words is None else words
    if constraint.kind == "year":
        return constraint.text in words or p.date.startswith(constraint.text)
    if constraint.kind == "number":
        wanted = numbers(constraint.text)
        return bool(wanted) and bool(wanted & numbers(p.text))
    if constraint.kind == "quote":
        return quoted_in(constraint.text, f"{p.title} {p.text}")
    if constraint.text.upper() in _ALIASES:  # "US" is said "U.S.", "United States", "America"
        return _says_any(_ALIASES[constraint.text.upper()], f"{p.title} {p.text}")
    parts = name_words(constraint.text)
    found = [_mentioned(w, words) for w in parts]
    if all(found) or _abbreviated(constraint.text, f"{p.title} {p.text}"):
        return True
    if constraint.person and len(parts) > 1:
        return _person_met(constraint.text, words, loose)
    if loose and len(parts) > 1:
        return found[-1] and 2 * sum(found) >= len(parts)
    return False


def _abbreviated(name: str, text: str) -> bool:
    """The name stands in the text by its initials ("DCP" for "Developing Communities
    Project"), or the initials asked for stand there in full ("New York" for "NY")."""
    if re.fullmatch(r"[A-Z]{2,5}", name):
        joints = r"\s+(?:(?:of|for|and|the|de)\s+)?"
        return re.search(r"\b" + joints.join(f"{ch}[a-z]\\w*" for ch in name) + r"\b", text) is not None
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return len(initials) >= 3 and len(initials) == len([w for w in name.split() if w.lower() not in _FUNCTION_WORDS]) \
        and re.search(rf"\b{initials}\b", text) is not None


def _person_met(name: str, words: set[str], loose: bool) -> bool:
    """A person is named by their given name (or its short form, "Nick" for "Nicholas") and
    surname, middle names and initials optional ("Barack Obama" for "Barack Hussein Obama");
    ``loose``: by the surname alone, as a text names them after the first time ("Shapiro
    wrote ..."). A "Jr." or "Sr." asked about must be there: the son is another person."""
    first, last, suffix = person_parts(name)
    if not last or not _mentioned(last, words) or any(not _mentioned(w, words) for w in suffix):
        return False
    return loose or not first or len(first) == 1 or any(_mentioned(f, words) for f in _given_forms(first))


def person_parts(name: str) -> tuple[str, str, tuple[str, ...]]:
    """(given name, surname, suffixes) of a person's name, lower case, accents folded:
    "Donald J. Trump Jr." -> ("donald", "trump", ("jr",))."""
    words = [w for w in name_words(name) if w not in _NUMERALS]
    suffix = tuple(w for w in words if w in _SUFFIXES)
    rest = [w for w in words if w not in _SUFFIXES]
    if not rest:
        return "", "", suffix
    return (rest[0] if len(rest) > 1 else ""), rest[-1], suffix


def _given_forms(first: str) -> frozenset[str]:
    return _NICKNAMES.get(first, frozenset()) | {first}


def same_person(a: str, b: str) -> bool:
    """Whether two names can be one person: the same surname (one letter may differ in a long
    one) and suffix, and given names that agree where both have one (the same, a short form
    of it, or its initial). "Barack Hussein Obama II" ~ "Barack Obama", "Nick Smith" ~
    "Nicholas Smith"; not "Ivanka Trump" ~ "Donald Trump", nor "Donald Trump Jr." ~ "Donald Trump"."""
    first_a, last_a, suffix_a = person_parts(a)
    first_b, last_b, suffix_b = person_parts(b)
    if not last_a or not last_b or not word_like(last_a, last_b) or set(suffix_a) != set(suffix_b):
        return False
    if not first_a or not first_b:
        return True
    if len(first_a) == 1 or len(first_b) == 1:
        return first_a[0] == first_b[0]
    return word_like(first_a, first_b) or first_b in _given_forms(first_a)


def unmet(analysis: Analysis, p: Passage) -> list[Constraint]:
    words = passage_words(p)
    return [c for c in analysis.constraints if not meets(c, p, words)]


def missing(analysis: Analysis, passages: Sequence[Passage]) -> list[Constraint]:
    """The constraints no passage carries: then nothing retrieved is about what was asked.
    A long question that describes its subject by several names ("Which American actor,
    born in 1956, starred in X directed by Y?") is about a passage that carries two of them
    and more than half of all it asks, when what is missing is only names of people, works
    or organisations; a missing place, year, number or quoted title still means another subject."""
    words = [passage_words(p) for p in passages]
    absent = [c for c in analysis.constraints if not any(meets(c, p, w, loose=True) for p, w in zip(passages, words))]
    if absent and not any(c.hard for c in absent) and any(described(analysis, p, w) for p, w in zip(passages, words)):
        return []
    return absent


def described(analysis: Analysis, p: Passage, words: set[str] | None = None) -> bool:
    """The passage carries at least two of the question's names and more than half of its
    constraints."""
    words = passage_words(p) if words is None else words
    met = [c for c in analysis.constraints if meets(c, p, words, loose=True)]
    return sum(c.kind == "name" for c in met) >= 2 and 2 * len(met) > len(analysis.constraints)


def conflicts(analysis: Analysis, p: Passage, context: Sequence[Passage] = ()) -> list[Constraint]:
    """The constraints the passage contradicts: it gives other years and not the one asked
    (2023, not 2022), or another person of the same surname (Donald, not Melania, Trump).
    A passage that is silent on a constraint does not contradict it: in a multi-hop
    question the year may be in the passage that names the film, not the one that names
    its director. Names are read in the context of the passage's document (its retrieved
    passages and the names it gives in full anywhere, ``Passage.names``), and a surname
    also in that of the other passages about the rest of the question: "Trump said" is
    about the Trump they name in full, unless the one asked about
    is named in full somewhere."""
    words = passage_words(p)
    document = "; ".join([*(q.text for q in (p, *context) if q.doc_id == p.doc_id), *p.names])
    everywhere = "; ".join([*(q.text for q in (p, *context)), *p.names])
    out = []
    for c in analysis.constraints:
        if meets(c, p, words):
            continue
        if c.kind == "year" and (_YEAR.search(p.text) or p.date):
            out.append(c)
        elif c.kind == "name" and len(name_words(c.text)) > 1 and not in_full(c.text, everywhere) \
                and (similar_names([c.text], document) or similar_names([c.text], _about(analysis, c, context),
                                                                         surname=True)):
            out.append(c)  # nowhere named in full, and the documents name someone else of that name
    return out


def _about(analysis: Analysis, name: Constraint, passages: Sequence[Passage]) -> str:
    """The text of the passages that carry every other constraint of the question (none
    when it has no other): where a surname the question pairs with them is used."""
    others = [c for c in analysis.constraints if c != name]
    if not others:
        return ""
    return " ".join(q.text for q in passages if all(meets(c, q) for c in others))


def in_full(name: str, text: str) -> bool:
    """The name as one phrase ("Maria Berg"), not its words apart ("Maria Lind ... Anna Berg")."""
    words = [re.escape(w[:_PREFIX]) + r"\w*" for w in name_words(name)]
    return bool(words) and re.search(r"\b" + r"\W+".join(words) + r"\b", fold_accents(text), re.IGNORECASE) is not None


def anchored(analysis: Analysis, p: Passage) -> bool:
    """The passage names at least one of the question's names (when it has any), and the
    role the question is about ("the mayor" in "What did the mayor say?"): a passage about
    the council vote does not say what the mayor said."""
    names = [c for c in analysis.constraints if c.kind == "name"]
    words = passage_words(p)
    stems = {stem(w) for w in words}
    needed = analysis.subject.split()[-1] if analysis.subject else ""
    if needed and not (_mentioned(needed, words) or stem(needed) in stems):
        return False
    return not names or any(meets(c, p, words, loose=True) for c in names)


def name_words(name: str) -> list[str]:
    return [w for w in (t.lower() for t in _TOKEN.findall(fold_accents(name))) if w not in _IGNORED_NAME_WORDS]


def _mentioned(word: str, words: set[str]) -> bool:
    """The word is in the text as written, with its first five letters (Kirill/Kiril), as a
    plural or singular ("Does"/"Doe"), or, when long, with one letter wrong ("Cleaveland")."""
    if word in words or word + "s" in words or (len(word) > 3 and word.endswith("s") and word[:-1] in words):
        return True
    if len(word) >= _PREFIX and any(w.startswith(word[:_PREFIX]) for w in words if len(w) >= _PREFIX):
        return True
    return len(word) >= _TYPO_LENGTH and any(_one_edit(word, w) for w in words if w[:1] == word[:1])


def word_like(a: str, b: str) -> bool:
    """Two words that are one name: the same, a plural or possessive of it, or long ones that
    differ by one letter."""
    if a == b or a + "s" == b or b + "s" == a:
        return True
    return min(len(a), len(b)) >= _TYPO_LENGTH and a[:1] == b[:1] and _one_edit(a, b)


def _one_edit(a: str, b: str) -> bool:
    """One letter inserted, deleted or changed (not two), between words of two or more letters."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def quoted_in(quote: str, text: str) -> bool:
    """The quoted words stand in the text in order, whatever the punctuation ("Babe?"), a
    possessive or plural ("Simpson's Theme" / "The Simpsons Theme") or one letter wrong in a
    long word ("Apocalypic")."""
    wanted = _quote_words(quote)
    if not wanted:
        return True
    if _fold(quote) in _fold(text):
        return True
    have = _quote_words(text)
    n = len(wanted)
    return any(all(word_like(a, b) for a, b in zip(wanted, have[i : i + n])) for i in range(len(have) - n + 1))


def _quote_words(text: str) -> list[str]:
    return [w for w in words_only(fold_accents(text)).split() if w != "s"]


def _says_any(names: Sequence[str], text: str) -> bool:
    """Abbreviations as written ("US", not "us"), full names in any case."""
    folded = _fold(text)
    return any(re.search(rf"(?<!\w){re.escape(a)}(?!\w)", text) if a.upper() == a else _fold(a) in folded
               for a in names)


def _fold(text: str) -> str:
    """Words only: a quote matches whatever punctuation surrounds or splits it ("Babe?" in
    a question matches "Babe" in the text, American style puts the "?" inside the quotes)."""
    return f" {words_only(fold_accents(text))} "  # padded: a containment test then matches whole words only


# -- answer spans ------------------------------------------------------------------------


def answer_spans(analysis: Analysis, doc: Any) -> list[Span]:
    """Spans of the parsed sentence ``doc`` that can fill the question, in sentence order."""
    asked = {w.lower() for w in _TOKEN.findall(analysis.text)} | {w.lower() for t in analysis.context
                                                                  for w in _TOKEN.findall(t)}
    labels = analysis.labels
    # "where" asks where something is or happens: a place it is in or at. "Which country" asks
    # for a country's name wherever the sentence puts it ("the United States Army").
    named_kind = analysis.wh_noun in _REGION_NOUNS
    spans = [Span(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in labels
             and (analysis.answer_type != "place" or _locative(e.root) or (named_kind and e.label_ == "GPE"))]
    spans += _fallback_spans(analysis, doc)
    if not spans and analysis.answer_type in _NAMED_TYPES:
        spans = _proper_nouns(doc)  # the small recogniser missed it ("chaired by Isabelle Mergault")
    if analysis.answer_type == "words":
        spans += [Span(m.start(), m.end(), "QUOTE") for m in _QUOTATION.finditer(doc.text)]
    if analysis.answer_type in ("thing", "organisation") and analysis.wh_noun:
        spans += _titled(doc, analysis.wh_noun)
    fresh = _dedupe(sorted((s for s in spans if not _all_asked(doc.text[s.start:s.end], asked, s.label)),
                           key=lambda s: (s.start, -s.end)))
    if analysis.answer_type == "length":  # a length in time is a number of units ("275 years"), not a date
        fresh = [s for s in fresh if s.label not in ("DATE", "TIME") or _UNITS.search(doc.text[s.start:s.end])]
    if analysis.answer_type == "duration":  # "three weeks", "since 2014", "a decade"; not "last month", "five"
        fresh = [s for s in fresh if _lasts(doc.text[s.start:s.end], s.label)]
    if analysis.answer_type == "number" and analysis.wh_noun:  # "how many pilots": a count of pilots
        fresh = [s for s in fresh if _counts(doc, s, stem(analysis.wh_noun))]
    if analysis.wh_noun in _WIDE_REGIONS:
        fresh = _widest(fresh, doc.text)
    # a name in brackets (a birth name, another title) answers after what the sentence says;
    # "when did X die?" takes the end of a life's span of dates ("(4 May 1928 – 2 June 2003)")
    # and "when was X born?" the start of it, or the date after "born"
    return sorted(fresh, key=lambda s: (*rank(analysis, doc.text, s), _bracketed(doc.text, s)))


def _lasts(text: str, label: str) -> bool:
    """A span that can say how long: a number of units, "a decade", or a year (since when)."""
    return bool((_NUMBER_WORDS.search(text) and _UNITS.search(text)) or _A_UNIT.search(text)
                or (label == "DATE" and _YEAR.search(text)))


def rank(analysis: Analysis, sentence: str, span: Span) -> tuple[int, bool, bool]:
    """The rules' order of a sentence's answer spans, which a trained reader only refines:
    ``preference``, then for a death the end of a life's dates, for a birth its start."""
    death = analysis.answer_type == "date" and bool(_DEATH.search(analysis.text))
    birth = analysis.answer_type == "date" and not death and bool(_BIRTH.search(analysis.text))
    return (preference(analysis, sentence[span.start:span.end], span),
            death and not _DASH_BEFORE.search(sentence, 0, span.start),
            birth and not _life_dates(sentence, span))


def _life_dates(text: str, span: Span) -> bool:
    """A date in brackets after a name ("Roy Jenkins (11 November 1920 - ...)") or after "born"."""
    return text.count("(", 0, span.start) > text.count(")", 0, span.start) or bool(
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


def _bracketed(text: str, span: Span) -> bool:
    """A name in brackets; dates are not asides there ("(born 4 May 1928)")."""
    return span.label not in _DATES_AND_NUMBERS and text.count("(", 0, span.start) > text.count(")", 0, span.start)


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


def _counts(doc: Any, span: Span, counted: str) -> bool:
    """The number stands next to the thing counted ("2.3 million passengers", "passengers:
    2.3 million"), not to something else ("two cents")."""
    return any(stem(t.lower_) == counted and abs(t.idx - span.end) <= _NEAR_CHARS for t in doc) or any(
        stem(t.lower_) == counted and abs(span.start - (t.idx + len(t))) <= _NEAR_CHARS for t in doc)


def preference(analysis: Analysis, text: str, span: Span) -> int:
    """Which span answers first: one that names the kind asked for ("Ulster County" for
    "which county"), then a person for "who", then the others in sentence order."""
    if analysis.wh_noun and analysis.wh_noun in text.lower() or span.label == "TITLE":
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


def _fallback_spans(analysis: Analysis, doc: Any) -> list[Span]:
    """What the small model's entity recogniser misses: a proper noun after "at"/"in" is a
    place ("at the Joint Base Elmendorf-Richardson"), a year or month is a date, a numeral
    a number."""
    kind, text = analysis.answer_type, doc.text
    if kind == "place":
        # a proper noun the recogniser missed, not a person; nor a company or university
        # when a kind of place is named ("which state": not "at Rutgers University")
        other = {"PERSON", "ORG"} if analysis.wh_noun else {"PERSON"}
        # ... unless it names the kind asked for ("at Gillette Stadium" for "which stadium")
        return [Span(c.start_char, c.end_char, "PLACE") for c in doc.noun_chunks
                if c.root.pos_ == "PROPN" and _locative(c.root) and (c.root.ent_type_ not in other or (
                    analysis.wh_noun and analysis.wh_noun in c.text.lower()))]
    if kind in ("date", "duration"):
        return [Span(m.start(), m.end(), "DATE") for m in (*_YEAR.finditer(text), *_DATE_WORDS.finditer(text))]
    if kind in ("thing", "organisation", "person_or_org") and analysis.wh_noun:
        # the name before the kind asked for: "with ATR 72-600 aircraft" for "What aircraft
        # ...?", "on the Harbor One network" for "... on what network?"
        return [Span(c[1:].start_char if c[0].pos_ == "DET" else c.start_char, c.root.idx, "THING")
                for c in doc.noun_chunks if c.root.lemma_.lower() == analysis.wh_noun and c.root.i > c.start
                and any(t.pos_ in ("PROPN", "NUM") for t in c[:-1])]
    if kind == "category":
        return _kinds(doc)
    if kind == "amount" and analysis.labels == {"MONEY"}:
        return [Span(m.start(), m.end(), "MONEY") for m in _CURRENCY.finditer(text)]
    if kind in ("number", "amount", "length"):
        return [Span(m.start(), m.end(), "CARDINAL") for m in _NUMBER_WORDS.finditer(text)]
    return []


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
        if run:
            out.append(Span(run[0].idx, run[-1].idx + len(run[-1].text), "PROPN"))
        run = []
    return out


def _kinds(doc: Any) -> list[Span]:
    """Common nouns that say what something is ("was an American film director", "a genus
    of flowering plants"): the noun phrases a copula or an apposition predicates, else every
    common-noun phrase; without the article or the nationality before them."""
    chunks = [c for c in doc.noun_chunks if c.root.pos_ == "NOUN"]
    said = [c for c in chunks if _list_head(c.root).dep_ in ("attr", "appos")] or chunks
    out = []
    for c in said:
        words = [t for t in c if t.pos_ not in ("DET", "PRON") and t.ent_type_ not in ("NORP", "GPE")
                 and not t.is_punct]
        if words and words[-1].i == c.root.i:
            out.append(Span(words[0].idx, c.root.idx + len(c.root.text), "KIND"))
    return out


def _list_head(token: Any) -> Any:
    """The first of a list or apposition ("in Anchorage, Alaska": Anchorage)."""
    while token.dep_ in ("appos", "conj") and token.head is not token:
        token = token.head
    return token


def _locative(token: Any) -> bool:
    """A place that can answer "where": the object of "in", "at", "near" ("based in X", "the
    war in X") or of "the state of X"; not a modifier ("the US president"). Whether it is
    where the thing asked about happens is ``attached``'s question."""
    token = _list_head(token)
    if not (token.dep_ == "pobj" and token.head.lower_ in _PLACE_PREPOSITIONS):
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


def _all_asked(text: str, asked: set[str], label: str = "") -> bool:
    """The span only repeats the question: all its words are the question's, or it is a
    person the question names by surname ("Donald Trump" when asked about Trump)."""
    words = [w.lower() for w in _TOKEN.findall(text) if w.lower() not in _IGNORED_NAME_WORDS]
    return not words or all(w in asked for w in words) or (label == "PERSON" and words[-1] in asked)


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


def short_answer(analysis: Analysis, doc: Any, spans: Sequence[Span]) -> tuple[int, int] | None:
    """The words that fill the question: the first answer span, or for a question that asks
    for several ("Which ministers ...?") the list it starts; a leading "the" is dropped."""
    if not spans:
        return None
    start, end = spans[0].start, spans[0].end
    if analysis.plural:  # the list the first span stands in, in sentence order
        def joins(s: Span, gap: str) -> bool:
            return (s.label == spans[0].label or s.label in ("ORG", "PERSON")) and len(gap) <= _MAX_LIST_GAP \
                and _LIST_GAP.fullmatch(_BRACKETS.sub("", gap)) is not None
        ordered = sorted(spans, key=lambda s: s.start)
        at = ordered.index(spans[0])
        for s in ordered[at + 1 :]:
            if not joins(s, doc.text[end : s.start]):
                break
            end = s.end
        for s in reversed(ordered[:at]):
            if not joins(s, doc.text[s.end : start]):
                break
            start = s.start
    text = doc.text
    if analysis.answer_type == "date" and _DEATH.search(analysis.text):
        dash = re.search(r"\s[–—-]\s", text[start:end])  # one span for a life: "4 May 1928 - 2 June 2003"
        if dash:
            start += dash.end()
    year = _YEAR.search(text, start, end) if analysis.wh_noun == "year" and not analysis.plural else None
    if year:  # "in what year ...?": the year of a full date ("4 May 1928")
        start, end = year.span()
    if text[start:end].lower().startswith("the "):
        start += 4
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    possessive = re.search(r"['’]s?$", text[start:end])
    if possessive and end - start > 3:  # "Don Henley's album": the answer is Don Henley
        end -= len(possessive.group(0))
    return start, end


def option_in(text: str, option: str) -> tuple[int, int] | None:
    """Where a "A or B" alternative stands in the sentence (case-insensitive); a person by
    their given name and surname with a nickname or initial between them ("Kirk Kerkorian"
    in "Kerkor "Kirk" Kerkorian", "H. Bruce Humberstone" in "H. Bruce "Lucky" Humberstone")."""
    m = re.search(re.escape(option), text, re.IGNORECASE)
    if m is None:
        simpler = re.sub(r"['’]s\b", "", option)
        m = re.search(re.escape(simpler), text, re.IGNORECASE) if simpler != option else None
    words = option.split()
    if m is None and len(words) >= 2 and len(words[-1]) >= _PREFIX and words[-1][:1].isupper():
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
    return start, end


# -- near misses -------------------------------------------------------------------------


def near_miss_note(analysis: Analysis, missing: Sequence[Constraint], p: Passage,
                   others: Sequence[Passage] = ()) -> str:
    """What the closest passage (else the next ones) holds instead of what was asked."""
    years = [c.text for c in missing if c.kind == "year"]
    if years:
        held: list[str] = []
        for q in (p, *others):
            held = sorted(set(_YEAR.findall(q.text)) - set(years))[:3] or ([q.date[:4]] if q.date else [])
            if held:
                break
        if not held:
            return f"The documents say nothing about {_join(years)}."
        return f"The closest passages are about {_join(held)}, not {_join(years)}."
    names = [c.text for c in missing if c.kind == "name"]
    if names:
        namesakes = similar_names(names, p.text)
        tail = f"; the closest passages mention {_join(namesakes)}" if namesakes else ""
        # else the document's own full names; the first mention is the one that introduces the person
        if not namesakes and (namesakes := similar_names(names, "; ".join(p.names))[:1]):
            tail = f"; the closest passage is from a document about {_join(namesakes)}"
        return f"The documents do not mention {_join(names)}{tail}."
    rest = [f"“{c.text}”" if c.kind == "quote" else c.text for c in missing]
    if not rest and analysis.subject:
        return f"The closest passages do not mention the {analysis.subject}."
    return f"The closest passages do not mention {_join(rest)}." if rest else "The closest passages do not answer it."


def type_miss_note(analysis: Analysis) -> str:
    wanted = ANSWER_KINDS.get(analysis.answer_type, "the answer") if analysis.labels else "the answer"
    about = ", ".join(analysis.focus[:3] + tuple(analysis.names()[:2]))
    return f"The closest passages discuss {about or 'the topic'} but give no {wanted.split(' ', 1)[-1]} for it."


def similar_names(names: Sequence[str], text: str, surname: bool = False) -> list[str]:
    """Other full names in the text that share a word with a missing one ("Donald Trump" for
    "Melania Trump"): the same surname, another person (not the same one named otherwise:
    "Nicholas Smith" for "Nick Smith"). ``surname``: sharing the last word only."""
    found: list[str] = []
    for name in names:
        for word in name_words(name)[-1:] if surname else name_words(name):
            pattern = rf"\b((?:[A-Z][\w’'-]+\s+){{1,2}}){re.escape(word.capitalize())}\b"
            for m in re.finditer(pattern, text):
                full = " ".join(m.group(0).split())
                if full.lower() != name.lower() and full not in found and full.split()[0].lower() not in _FUNCTION \
                        and not same_person(name, full):
                    found.append(full)
    return found[:3]


def _join(items: Sequence[str]) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1] if items else ""
