"""Does a passage answer the question asked, or a near miss of it?

Pure functions over a question's analysis (``assistant.question``), passages and spaCy
parses of sentences:

- ``unmet``: the hard constraints (names, years, numbers, quoted words) a passage does
  not carry. Its title and date count as its context: an article dated 2023 is about 2023;
- ``near_miss_note``: what the documents hold instead, said without presenting it as the
  answer ("The closest passages are about 2023, not 2022.").

Which words of a sentence answer it is ``assistant.spans``'s question.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from index.retrieval import Passage
from index.sentences import split_sentences
from index.text import STOPWORDS, TITLES, words_only

from .answer_types import ANSWER_KINDS
from .question import YEAR as _YEAR
from .question import Analysis, Constraint, qualified_nouns
from .text import numbers, same_name_word, stem, unglue_years

_TOKEN = re.compile(r"\w+")
_DOTTED = re.compile(r"\b(?:[A-Za-z]{1,3}\.){2,}")  # "Ph.D.", "U.S.A."
PREFIX = 5  # Kirill/Kiril, Ukrainian/Ukraine: names match on their first five letters
IGNORED_NAME_WORDS = frozenset({"the", "of", "and", "s", "a", "an"})
_COUNTRY_NAMES = (("US", "USA", "U.S.", "U.S.A.", "United States", "America", "American"),
                  ("UK", "U.K.", "United Kingdom", "Britain", "British"))
# English names of countries CLDR spells otherwise ("Türkiye", "Czechia"), or no longer lists
# (countries of the past) or lists as parts of one (the United Kingdom's four countries)
_OTHER_COUNTRIES = ("Turkey", "Czech Republic", "Burma", "Myanmar", "Ivory Coast", "Macedonia", "Swaziland",
                    "East Timor", "Holland", "Vatican", "Congo", "Democratic Republic of the Congo",
                    "Republic of the Congo", "Hong Kong", "Macau", "Palestine", "People's Republic of China",
                    "Republic of China", "Republic of Ireland", "England", "Scotland", "Wales", "Northern Ireland",
                    "Soviet Union", "USSR", "East Germany", "West Germany", "Yugoslavia", "Czechoslovakia",
                    "United States of America")
_ALIASES = {a.upper(): names for names in _COUNTRY_NAMES for a in names[:4] if a.upper() == a}
# each country's names as ``same_people`` compares them: {"us", "usa", "unitedstates", "america", ...}
_COUNTRY_GROUPS = [{words_only(n).replace(" ", "") for n in names} for names in _COUNTRY_NAMES]
# a document that opens on a pronoun never names its subject
_UNNAMED = re.compile(r"\s*(He|She|His|Her|It|Its|They|Their)\b")
_COMMON_SUBJECT = re.compile(r"\s*(The\s+(?:[a-z0-9][\w-]*\s+){0,2}?[a-z][\w-]*)\s+(?:is|was|are|were|has|had|will|"
                             r"[a-z]+ed|[a-z]+s)\b")  # "The 33-lap race was", "The film stars"
_COPULA = re.compile(r"\s*(?:,\s*|\s+(?:is|was|are|were)\s+)(?:an?|the)\s+(?:[\w-]+\s+){0,2}")  # "X is a team"
_FAMILY = 5  # stems this long that begin one another are one word's family ("direct", "director")
_SAYS_AT_LEAST = 2  # content words of the question an unnamed document must say (dev: 1, 2, 3)
_PERSONAL_PRONOUNS = frozenset({"he", "she", "his", "her"})
_PRONOUN_WORDS = _PERSONAL_PRONOUNS | {"it", "its", "they", "their"}
_KIN = frozenset(stem(w) for w in "brother sister son daughter father mother husband wife grandfather grandmother "
                 "grandson granddaughter nephew niece uncle aunt cousin sibling spouse parent child children".split())
_FUNCTION = STOPWORDS | TITLES  # words a name does not open with
_FUNCTION_WORDS = frozenset({"of", "for", "and", "the", "de"})  # not in a name's initials
_SUFFIXES = frozenset({"jr", "sr", "junior", "senior"})  # Donald Trump Jr. is not Donald Trump
_NUMERALS = frozenset({"ii", "iii", "iv"})  # Barack Obama II is Barack Obama
_TYPO_LENGTH = 6  # a name this long still matches with one letter wrong (Cleaveland, Apocalypic)
_SLIP_LENGTH = 4  # shorter words match only themselves ("UFEA"/"UEFA" is a slip, "Bo"/"Ob" no name)
# a short given name ("Chad") stands for a long one it begins ("Chadwick") this much longer: not "Carl"/"Carla"
_SHORT_GIVEN, _LONGER_BY = 3, 3
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
    "dennis denny", "peter pete", "louis lou", "lewis lew", "terence terry", "terrence terry", "gerard gerry",
    "randolph randy", "randall randy", "bernard bernie", "stanley stan", "sidney sid", "sydney syd",
    "mitchell mitch", "maxwell max", "maximilian max", "oliver ollie", "reginald reg reggie", "russell russ",
    "ernest ernie", "herbert herb", "howard howie", "jacob jake", "penelope penny", "sandra sandy",
    "theresa teresa terry tess", "valerie val", "eleanor ellie nell", "caroline carrie", "lillian lily lil",
    "roderick rod", "rodney rod", "gabriel gabe", "christina tina", "gilbert gil", "augustus gus",
    "montgomery monty", "solomon sol", "clifford cliff", "bradley brad", "frederica freda", "wilhelmina mina",
)
_NICKNAMES: dict[str, frozenset[str]] = {}
for _group in _NICKNAME_GROUPS:
    for _name in _group.split():
        _NICKNAMES[_name] = _NICKNAMES.get(_name, frozenset()) | frozenset(_group.split())




def passage_words(p: Passage) -> set[str]:
    """The passage's words, lower-cased; an abbreviation written with full stops counts
    without them too ("Ph.D." is "phd")."""
    text = unglue_years(fold_accents(f"{p.title}\n{p.text}"))
    dotted = {m.group().replace(".", "").lower() for m in _DOTTED.finditer(text)}
    return {w.lower() for w in _TOKEN.findall(text)} | dotted


def fold_accents(text: str) -> str:
    """"Öyster" -> "Oyster", "São" -> "Sao", "Ulvæus" -> "Ulvaeus": a name matches however its
    accents and ligatures are written."""
    if text.isascii():
        return text
    text = text.translate(_LETTERS)
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


# letters that Unicode does not decompose into a base letter and an accent
_LETTERS = str.maketrans({"æ": "ae", "Æ": "Ae", "ø": "o", "Ø": "O", "œ": "oe", "Œ": "Oe", "ß": "ss", "đ": "d",
                          "Đ": "D", "ł": "l", "Ł": "L", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D"})


def meets(constraint: Constraint, p: Passage, words: set[str] | None = None, loose: bool = False) -> bool:
    """Whether the passage (with its title and date) carries the constraint. ``loose``: a
    name of several words counts when its last word and half of its words are there
    ("Smith was named ..." for "Malcolm Smith"), as a reader takes a surname."""
    words = passage_words(p) if words is None else words
    if constraint.kind == "year" and constraint.text.endswith("s"):  # a decade: any of its years
        decade = constraint.text[:3]
        return p.date.startswith(decade) or any(
            w[:4].isdigit() and w.startswith(decade) and w[4:] in ("", "s") for w in words)
    if constraint.kind == "year":
        return constraint.text in words or p.date.startswith(constraint.text)
    if constraint.kind == "number":
        wanted = numbers(constraint.text)
        return bool(wanted) and bool(wanted & numbers(p.text))
    if constraint.kind == "quote":
        return quoted_in(constraint.text, f"{p.title} {p.text}")
    if constraint.text.upper() in _ALIASES:  # "US" is said "U.S.", "United States", "America"
        return _says_any(_ALIASES[constraint.text.upper()], f"{p.title} {p.text}")
    country = _country_names(constraint.text)
    if country:  # "the United Kingdom" is said "UK", "Britain", "British" as well
        return _says_any(country, f"{p.title} {p.text}")
    parts = name_words(constraint.text)
    found = [_mentioned(w, words) for w in parts]
    text = f"{p.title} {p.text}"
    if all(found) or _abbreviated(constraint.text, text):
        return True
    if constraint.person and len(parts) > 1:
        return _person_met(constraint.text, words, loose, text) or _long_given_name(constraint.text, text)
    if loose and len(parts) > 1:  # the name's last words in one phrase: "the Healthy Families Program"
        said = [t.lower() for t in _TOKEN.findall(fold_accents(text))]
        return found[-1] and any(_phrase_in(parts[-k:], said) for k in range(len(parts), 0, -1) if 2 * k >= len(parts))
    return False


def _country_names(name: str) -> tuple[str, ...]:
    """All the names of the country a full name names ("United Kingdom", "the United States",
    "Britain"), or none."""
    folded = words_only(name).removeprefix("the ").replace(" ", "")
    return next((names for names, group in zip(_COUNTRY_NAMES, _COUNTRY_GROUPS) if folded in group), ())


def _abbreviated(name: str, text: str) -> bool:
    """The name stands in the text by its initials ("DCP" for "Developing Communities
    Project"), or its last words do ("Hartland Swamp WMA" for "Hartland Swamp Wildlife
    Management Area"), or the initials asked for stand there in full ("New York" for "NY")."""
    if re.fullmatch(r"[A-Z]{2,5}", name):
        joints = r"\s+(?:(?:of|for|and|the|de)\s+)?"
        return re.search(r"\b" + joints.join(f"{ch}[a-z]\\w*" for ch in name) + r"\b", text) is not None
    words = name.split()
    initials = "".join(w[0] for w in words if w[:1].isupper())
    if len(initials) >= 3 and len(initials) == len([w for w in words if w.lower() not in _FUNCTION_WORDS]) \
            and re.search(rf"\b{initials}\b", text) is not None:
        return True
    # the words kept in full, then the initials of the rest (at least two capitalised words each side)
    for k in range(2, len(words) - 1):
        head, tail = words[:k], words[k:]
        if all(w[:1].isupper() and w.isalpha() for w in tail):
            short = r"\s+".join(re.escape(w) for w in head) + r"\s+" + "".join(w[0] for w in tail)
            if re.search(rf"\b{short}\b", text):
                return True
    return False


def _person_met(name: str, words: set[str], loose: bool, text: str) -> bool:
    """A person is named by their given name (or its short form, "Nick" for "Nicholas") and
    surname, middle names and initials optional ("Barack Obama" for "Barack Hussein Obama");
    ``loose``: by the surname alone, as a text names them after the first time ("Shapiro
    wrote ..."). A "Jr." or "Sr." asked about must be there: the son is another person."""
    first, last, suffix = person_parts(name)
    if not last or not _mentioned(last, words) or any(not _mentioned(w, words) for w in suffix):
        return False
    if not first or len(first) == 1 or any(_mentioned(f, words) for f in _given_forms(first)):
        return True
    return loose and _surname_alone(last, text)


def _surname_alone(last: str, text: str) -> bool:
    """The surname stands somewhere in the text other than as the head of another name:
    "Ford said", "Henry Ford", not only "the No. 32 Ford Fusion" or "Ford Motor Company"."""
    folded = fold_accents(text)
    return any(not re.match(r"\s+[A-Z]", folded[m.end():])
               for m in re.finditer(rf"\b{re.escape(last)}\b", folded, re.IGNORECASE))


def _long_given_name(name: str, text: str) -> bool:
    """The person stands in the text under the long form their given name shortens, with
    the same surname ("Chad Smith" for "Chadwick Gaylord Smith", "Alex Moreno" for "Alexander
    Moreno"): the short form is its first three letters or more and the long one is at least
    three letters longer, so "Carl" is not "Carla" nor "Paul" "Paula"."""
    first, last, suffix = person_parts(name)
    if len(first) < _SHORT_GIVEN or not last or suffix:
        return False
    pattern = rf"\b(?i:{re.escape(first)})[a-z]{{{_LONGER_BY},}}(?:\s+[A-Z][\w.'’-]*){{0,2}}\s+(?i:{re.escape(last)})\b"
    return re.search(pattern, fold_accents(text)) is not None


def _longer_given(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return len(short) >= _SHORT_GIVEN and len(long) >= len(short) + _LONGER_BY and long.startswith(short)


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
    return word_like(first_a, first_b) or first_b in _given_forms(first_a) or _longer_given(first_a, first_b)


def unmet(analysis: Analysis, p: Passage) -> list[Constraint]:
    words = passage_words(p)
    return [c for c in analysis.constraints if not meets(c, p, words)]


def missing(analysis: Analysis, passages: Sequence[Passage]) -> list[Constraint]:
    """The constraints no passage carries: then nothing retrieved is about what was asked.
    A long question that describes its subject by several names ("Which American actor,
    born in 1956, starred in X directed by Y?") is about a passage that carries two of them
    and more than half of all it asks, when what is missing is only names of people, works
    or organisations; a missing place, year, number or quoted title still means another subject.
    A document that never names its subject may stand for the one name missing (``gap``)."""
    return gap(analysis, passages)[0]


def gap(analysis: Analysis, passages: Sequence[Passage]) -> tuple[list[Constraint], list[Passage]]:
    """What no passage carries (``missing``), and the passages that stand for it instead by
    never naming their own subject (``unnamed_subject``): then only they are evidence, the
    others lack what was asked. Both empty when nothing is missing, or when what is missing
    is taken as described."""
    words = [passage_words(p) for p in passages]
    absent = [c for c in analysis.constraints if not any(meets(c, p, w, loose=True) for p, w in zip(passages, words))]
    if absent and not any(c.hard for c in absent) and any(described(analysis, p, w) for p, w in zip(passages, words)):
        return [], []
    standing = [p for p, w in zip(passages, words)
                if absent and (_unnamed_for(analysis, p, w, absent) or _undated_title(analysis, p, w, absent))]
    return ([], standing) if standing else (absent, [])


def _undated_title(analysis: Analysis, p: Passage, words: set[str], absent: list[Constraint]) -> bool:
    """The passage names the title the missing year is part of ("the 2005 documentary "The
    Aristocrats"") with no year in the sentences that name it, and has no date of its own: the
    year described the title, and the passage does not speak of another year's."""
    if p.date:
        return False
    titles = [c for c in analysis.constraints if c.kind in ("quote", "name") and meets(c, p, words)]
    return all(c.kind == "year" and any(_names_year(analysis.text, c, t) and _undated_where_named(t.text, p.text)
                                        for t in titles) for c in absent)


def _undated_where_named(title: str, text: str) -> bool:
    """No sentence of the text that names the title gives a year (and one does name it)."""
    named = [text[s:e] for s, e in split_sentences(text) if _fold(title) in _fold(text[s:e])]
    return bool(named) and not any(_YEAR.search(s) for s in named)


def _unnamed_for(analysis: Analysis, p: Passage, words: set[str], absent: list[Constraint]) -> bool:
    """The passage may stand for everything absent: its unnamed subject and the year put on it."""
    thing = unnamed_subject(analysis, p, words)
    return thing is not None and all(
        c.text == thing.text or c.kind == "year" and _names_year(analysis.text, c, thing) for c in absent)


def unnamed_subject(analysis: Analysis, p: Passage, words: set[str] | None = None) -> Constraint | None:
    """The question's one name or title that a document may call by a pronoun or a common
    noun only: the document opens on "He", "She", "It", "They" or "The film" (its subject is
    never named in it) and carries every other constraint of the question in full, of which
    at least one is more than a year or a place (many documents name those), or it says
    what the question says of the name (``_says_what_is_asked``); a year the
    question puts on the name itself ("the 2016 Marrakesh ePrix") goes with it. Not where the
    question weighs the things it names against each other ("A or B?", "Are A and B both
    ...?"): each must be named. "He gained recognition for ... Armin van Buuren's 2013 album
    "Intense"" may be the Richard Bedford of "Which DJ did Richard Bedford work with on
    "Intense"?"; it is no evidence about him when it lacks "Intense", nor about a band when it
    says "She", nor about a person when it says "It" or "The film". A document on "He" that
    names his family ("his father, Chris Cowdrey") needs nothing more for a question about a
    family tie of a Cowdrey (``_kin``)."""
    opening = _opening(p)
    if opening is None or analysis.options or analysis.answer_type == "yesno":
        return None
    words = passage_words(p) if words is None else words
    unmet_ = [c for c in analysis.constraints if not meets(c, p, words)]
    met = [c for c in analysis.constraints if c not in unmet_]
    things = list({c.text: c for c in reversed(unmet_) if c.kind in ("name", "quote")}.values())  # a title once
    if len(things) != 1:
        return None
    thing = things[0]
    if (not met or all(c.kind == "year" or c.place for c in met)) and not _kin(analysis, p, opening, thing) \
            and not _says_what_is_asked(analysis, p, thing):
        return None
    if thing.place or thing.label == "DATE" or any(
            c.text != thing.text and not (c.kind == "year" and _names_year(analysis.text, c, thing)) for c in unmet_):
        return None
    if opening.lower() in _PERSONAL_PRONOUNS:
        return thing if thing.kind == "name" and (thing.label in ("PERSON", "") or _personal_name(thing.text)) else None
    return thing if thing.label != "PERSON" and _kind_fits(analysis.text, opening, thing) else None


def _personal_name(name: str) -> bool:
    """A name the recogniser took for an organisation or a work that reads as a person's: two
    or three capitalised words, none of them a word organisations and works are named with
    ("Effie Crockett", "Alexandra Daddario"; not "Manic Street Preachers", "Fjordline Records",
    "The Libertine")."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(re.fullmatch(r"[A-Z][a-z'’-]+", w) for w in words) \
        and not {w.lower() for w in words} & _NOT_PERSONAL


# words that name organisations, groups and works rather than people
_NOT_PERSONAL = frozenset(
    "the band bands records group club company inc corporation university college school academy studios studio "
    "games society association league team party council city bank foundation institute museum festival award "
    "awards prize cup championship series show film theatre theater orchestra choir ensemble brothers boys girls "
    "street preachers church hospital airlines airways motors news times press radio television network "
    "international national united royal state county river lake island hotel park centre center house hall "
    "project program programme fund trust union army navy force police court".split())


def _kind_fits(question: str, opening: str, thing: Constraint) -> bool:
    """"The movie ..." stands for a name the question calls a movie ("the album "Animal
    Ambition"", "the Duke Blue Devils football team") or calls nothing; not for a name beside
    which the question speaks of a movie as something else ("the movie that Olympia Dukakis
    won an award for")."""
    noun = opening.split()[-1].lower()
    if noun in _PRONOUN_WORDS:
        return True
    found = list(re.finditer(rf"\b{re.escape(noun[:PREFIX])}\w*", question, re.IGNORECASE))
    at = question.find(thing.text)
    end = at + len(thing.text)
    gaps = [_TOKEN.findall(question[m.end():at] if m.start() < at else question[end:m.start()]) for m in found]
    predicated = [m.start() > at and _COPULA.fullmatch(question[end:m.start()]) is not None for m in found]
    return not found or any(len(g) <= 2 and not any(w.lower() in STOPWORDS for w in g) for g in gaps) \
        or any(predicated)


def _says_what_is_asked(analysis: Analysis, p: Passage, thing: Constraint) -> bool:
    """The document says of its unnamed subject what the question says of the name: more than
    two thirds, and two or more, of the question's content words (the asked noun and the
    name's own words aside) are in it. "He was a public opponent of the draft" for "the draft
    that Thomas E. O'Donnell was a public opponent of"; a document on "He" that shares one
    or two words with the question ("band", "guitarist" of three) is about someone else."""
    own = {stem(w) for w in _TOKEN.findall(thing.text.lower())}
    focus = {stem(f) for f in analysis.focus if f != analysis.wh_noun} - own
    written = {stem(w) for w in _TOKEN.findall(p.text.lower())}
    said = {f for f in focus if f in written or len(f) >= _FAMILY and any(
        len(w) >= _FAMILY and (w.startswith(f) or f.startswith(w)) for w in written)}  # "direct", "director"
    return len(said) >= _SAYS_AT_LEAST and 3 * len(said) > 2 * len(focus)


def _kin(analysis: Analysis, p: Passage, opening: str, thing: Constraint) -> bool:
    """"He is the younger brother of Mats Hummels" for a question about Jonas Hummels's
    brother: a document on "He" or "She" that names a relative of the asked person's
    surname ("his father, Chris Cowdrey") is about someone of that family, and the
    question asks about a family tie too."""
    if opening.lower() not in _PERSONAL_PRONOUNS or not thing.person or len(name_words(thing.text)) < 2:
        return False
    return bool(_KIN & {stem(w) for w in _TOKEN.findall(analysis.text.lower())}) \
        and bool(_KIN & {stem(w) for w in _TOKEN.findall(p.text.lower())}) \
        and bool(similar_names([thing.text], p.text, surname=True))


def _opening(p: Passage) -> str | None:
    """How a document that never names its subject opens: "He", "The 33-lap race"."""
    if p.start != 0:
        return None
    m = _UNNAMED.match(p.text) or _COMMON_SUBJECT.match(p.text)
    return m.group(1) if m else None


def _names_year(question: str, year: Constraint, thing: Constraint) -> bool:
    """The year stands right before the name or title, as part of what it names ("the 2016
    Marrakesh ePrix", "the 1997 movie "Buddy""), not as the time of what is asked."""
    at = question.find(thing.text)
    return at > 0 and re.search(rf"\b{re.escape(year.text)}((?:\s+[a-z][\w-]*)?)\s*[\"“]?$", question[:at]) is not None


def unnamed_note(analysis: Analysis, p: Passage) -> str:
    """What an answer resting on a document that never names what was asked must say: the
    reader sees that the pronoun was taken for the name."""
    name = unnamed_subject(analysis, p)
    opening = _opening(p)
    if name is None or opening is None:
        return ""
    return (f"The source of the lead never names {name.text}: it calls its subject “{opening}”, "
            f"taken here to be {name.text}.")


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
    stands = unnamed_subject(analysis, p, words)  # "He ... his father, Chris Cowdrey" for Fabian Cowdrey
    for c in analysis.constraints:
        if meets(c, p, words) or stands is not None and c.text == stands.text \
                or c.kind == "year" and _undated_title(analysis, p, words, [c]):  # "The Aristocrats" of 2005
            continue
        if c.kind == "year" and (_YEAR.search(p.text) or p.date):
            out.append(c)
        elif c.kind == "name" and len(name_words(c.text)) > 1 and not in_full(c.text, everywhere) \
                and _others(analysis, c, similar_names([c.text], document)
                            or similar_names([c.text], _about(analysis, c, context), surname=True)):
            out.append(c)  # nowhere named in full, and the documents name someone else of that name
    return out


def _others(analysis: Analysis, name: Constraint, similar: list[str]) -> list[str]:
    """The names of that surname that are not another of the question's own ("George Dayton"
    is no near miss of Bruce Dayton when the question names both)."""
    asked = [c.text for c in analysis.constraints if c.kind == "name" and c != name]
    return [n for n in similar if not any(same_person(n, a) or n.lower() == a.lower() for a in asked)]


def _about(analysis: Analysis, name: Constraint, passages: Sequence[Passage]) -> str:
    """The text of the passages that carry every other constraint of the question (none
    when it has no other): where a surname the question pairs with them is used."""
    others = [c for c in analysis.constraints if c != name]
    if not others:
        return ""
    return " ".join(q.text for q in passages if all(meets(c, q) for c in others))


def _phrase_in(wanted: list[str], said: list[str]) -> bool:
    """The words stand in a row among ``said``, each as ``_mentioned`` takes it (its first
    five letters, a plural, one letter wrong in a long word: "Big Salon River")."""
    n = len(wanted)
    return any(all(_mentioned(w, {t}) for w, t in zip(wanted, said[i : i + n])) for i in range(len(said) - n + 1))


def in_full(name: str, text: str) -> bool:
    """The name as one phrase ("Maria Berg"), not its words apart ("Maria Lind ... Anna Berg")."""
    words = [re.escape(w[:PREFIX]) + r"\w*" for w in name_words(name)]
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
    return not names or any(meets(c, p, words, loose=True) for c in names) \
        or unnamed_subject(analysis, p, words) is not None


def names_met(analysis: Analysis, passages: Sequence[Passage]) -> dict[str, float]:
    """Per document, the share of the question's names its passages meet (1.0 when the
    question has none)."""
    names = [c for c in analysis.constraints if c.kind == "name"]
    docs: dict[str, list[Passage]] = {}
    for p in passages:
        docs.setdefault(p.doc_id, []).append(p)
    if not names:
        return {d: 1.0 for d in docs}
    return {d: sum(any(meets(c, p, loose=True) for p in ps) for c in names) / len(names) for d, ps in docs.items()}


def name_words(name: str) -> list[str]:
    return [w for w in (t.lower() for t in _TOKEN.findall(fold_accents(name))) if w not in IGNORED_NAME_WORDS]


def _mentioned(word: str, words: set[str]) -> bool:
    """The word is in the text as written, with its first five letters (Kirill/Kiril), as a
    plural or singular ("Does"/"Doe"), or, when long, with one letter wrong ("Cleaveland")."""
    if word in words or word + "s" in words or (len(word) > 3 and word.endswith("s") and word[:-1] in words):
        return True
    if len(word) >= PREFIX and any(w.startswith(word[:PREFIX]) for w in words if len(w) >= PREFIX):
        return True
    return any(_typo_of(word, w) for w in words if w[:1] == word[:1])


def word_like(a: str, b: str) -> bool:
    """Two words that are one name: the same, a plural or possessive of it, or long ones that
    differ by one letter."""
    if a == b or a + "s" == b or b + "s" == a:
        return True
    return a[:1] == b[:1] and _typo_of(a, b)


def _typo_of(a: str, b: str) -> bool:
    """Two words one slip of the keyboard apart: long ones one letter apart ("Cleaveland"),
    shorter ones (four letters or more) only by the slips that rarely make another name: two
    neighbours swapped ("UFEA" for "UEFA") or a doubled letter written once ("Lano" for
    "Llano"). "Carl" and "Carla", "Iran" and "Iraq" stay two names."""
    if min(len(a), len(b)) >= _TYPO_LENGTH:
        return _one_edit(a, b)
    if min(len(a), len(b)) < _SLIP_LENGTH or a == b:
        return False
    if len(a) == len(b):
        return _swapped(a, b)
    short, long = sorted((a, b), key=len)
    return len(long) == len(short) + 1 and any(
        long[i] == long[i + 1] and long[:i] + long[i + 1:] == short for i in range(len(long) - 1))


def _swapped(a: str, b: str) -> bool:
    """Two words of one length that differ only by two neighbouring letters swapped."""
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _one_edit(a: str, b: str) -> bool:
    """One letter inserted, deleted or changed (not two), or two neighbours swapped ("Phoneix"),
    between words of two or more letters."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b) and _swapped(a, b):
        return True
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
            return f"The documents say nothing about {listed(years)}."
        return f"The closest passages are about {listed(held)}, not {listed(years)}."
    names = [c.text for c in missing if c.kind == "name"]
    if names:
        namesakes = similar_names(names, p.text)
        tail = f"; the closest passages mention {listed(namesakes)}" if namesakes else ""
        # else the document's own full names; the first mention is the one that introduces the person
        if not namesakes and (namesakes := similar_names(names, "; ".join(p.names))[:1]):
            tail = f"; the closest passage is from a document about {listed(namesakes)}"
        return f"The documents do not mention {listed(names)}{tail}."
    rest = [f"“{c.text}”" if c.kind == "quote" else c.text for c in missing]
    if not rest and analysis.subject:
        return f"The closest passages do not mention the {analysis.subject}."
    return f"The closest passages do not mention {listed(rest)}." if rest else "The closest passages do not answer it."


def qualifier_conflicts(analysis: Analysis, doc: Any) -> list[tuple[str, str, str]]:
    """The nouns the question qualifies by a people or a place that the sentence qualifies by
    another of the same kind, and by none the same: (noun, asked, said), ("district", "South
    Holland", "North Kesteven"), ("actor", "American", "English"). A sentence that says the noun
    unqualified ("the district") is silent, not in conflict; a place against a people is not
    compared ("a Delaware retailer" may be "an American retailer")."""
    said = qualified_nouns(doc) if analysis.qualified else ()
    out = []
    for noun in dict.fromkeys(n for n, _, _ in analysis.qualified):
        asked = [(q, label) for n, q, label in analysis.qualified if n == noun]
        for label in dict.fromkeys(lb for _, lb in asked):
            mine = [q for q, lb in asked if lb == label]
            # a people and a country compare ("the American delegation", "Russia's delegation")
            theirs = [q for n, q, lb in said if n == noun and (
                lb == label or label == "NORP" and is_country(q) or lb == "NORP" and all(map(is_country, mine)))]
            if theirs and not any(same_people(a, b) for a in mine for b in theirs):
                out.append((noun, mine[0], theirs[0]))
    return out


@functools.cache
def _countries() -> frozenset[str]:
    """Country names in English (CLDR, as Babel ships them), the short forms of
    ``_COUNTRY_NAMES`` and ``_OTHER_COUNTRIES``, as ``words_only`` writes them."""
    from babel import Locale

    names = [n for code, n in Locale("en").territories.items() if code.isalpha()]
    short = (a for g in _COUNTRY_NAMES for a in g[:5])
    names = [*names, *(n.replace("&", "and") for n in names if "&" in n)]  # "Bosnia and Herzegovina"
    return frozenset(words_only(n).removeprefix("the ") for n in [*names, *short, *_OTHER_COUNTRIES])


def is_country(name: str) -> bool:
    """"Russia", "the United States", "U.S.": a country, not a state or town ("Delaware")."""
    return words_only(name).removeprefix("the ") in _countries()


def same_people(a: str, b: str) -> bool:
    """"American" ~ "U.S." ~ "the United States", "Russian" ~ "Russia", "Irish" ~ "Irish
    American"; not "Iraqi" ~ "Iran"."""
    fa, fb = (words_only(x).removeprefix("the ") for x in (a, b))
    if any(fa.replace(" ", "") in g and fb.replace(" ", "") in g for g in _COUNTRY_GROUPS):
        return True
    return any(same_name_word(x, y) for x in fa.split() for y in fb.split())


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


def listed(items: Sequence[str], last: str = "or") -> str:
    """"A", "A or B", "A, B or C" (``last``: the word before the last item)."""
    items = list(items)
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {last} {items[-1]}" if items else ""
