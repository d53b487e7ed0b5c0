"""Word-level normalisation shared by question analysis, composition, verification and the
judges: tokens, stems, numbers, negation."""

from __future__ import annotations

import functools
import re

from nltk.stem import PorterStemmer

from index.text import STOPWORDS

NEGATIONS = frozenset("not no never none nobody nothing neither nor cannot without n't".split())

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*%?")
_NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?")
_NUMBER_WORDS = {
    w: i for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
     "ninety": 90, "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9,
     "dozen": 12, "half": 0.5, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"  # a regex alternation
# a year run into the day or month after it: a life's dates whose dash was lost ("26 September 188926 May 1976",
# "(May 30, 1896December 26, 1977)")
_GLUED_YEAR = re.compile(rf"\b(1\d{{3}}|20\d{{2}})(?=(?:\d{{1,2}}\s+)?(?:{MONTHS})\b)")

_stemmer = PorterStemmer()


def unglue_years(text: str) -> str:
    """The text with a year that runs into the day or month after it set apart ("188926 May
    1976" -> "1889 – 26 May 1976"), so that both years read as years."""
    return _GLUED_YEAR.sub(r"\1 – ", text)


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The word's stem, spelt the American way: "legalised" and "legalized" are one word,
    as are "colour" and "color", "centre" and "center", "defence" and "defense"; an irregular
    verb form is its verb's ("known" is "know", "born" is "bear", as the parser lemmatises them)."""
    word = american(word.lower().strip("'’-").replace("’", "'").removesuffix("'s"))
    return str(_stemmer.stem(_IRREGULAR.get(word, word)))


# British endings and their American spelling: -ise/-isation ("organise"), -our in a word of
# six letters or more ("colour", "neighbour"; not "four", "hour", "tour"), -tre/-bre
# ("centre", "centred", "fibre"), and the -ence nouns that American spells -ense
_BRITISH = (
    (re.compile(r"(?<=\w\w)is(e|es|ed|ing|er|ers|ation|ations)$"), r"iz\1"),
    (re.compile(r"^(\w{3,})our(s|ed|ing|ite|ites|able|ful|less|ism|ist)?$"), r"\1or\2"),
    (re.compile(r"(?<=\w\w)(t|b)re(s)?$"), r"\1er\2"),
    (re.compile(r"(?<=\w\w)(t|b)red$"), r"\1ered"),
    (re.compile(r"^(def|off|lic|pret)ence(s)?$"), r"\1ense\2"),
)
_AMERICAN = {"catalogue": "catalog", "dialogue": "dialog", "analogue": "analog", "programme": "program",
             "programmes": "programs", "grey": "gray", "aluminium": "aluminum", "tyre": "tire", "tyres": "tires",
             "cheque": "check", "cheques": "checks", "plough": "plow", "mould": "mold", "sceptical": "skeptical",
             "manoeuvre": "maneuver", "manoeuvres": "maneuvers", "jewellery": "jewelry", "storey": "story",
             "storeys": "stories", "pyjamas": "pajamas", "anaemia": "anemia", "paediatric": "pediatric",
             "encyclopaedia": "encyclopedia", "mediaeval": "medieval"}


# Irregular verb forms and the verb they are a form of (and irregular plurals), so that a question's lemma ("know",
# "bear" for "born") meets the word a passage writes ("known", "born"). Forms that are also
# common words of their own are left out: "found" (to found), "left", "saw", "felt", "rose",
# "lay", "ground", "bound", "wound", "fell", "spoke", "lead".
_IRREGULAR = {form: verb for verb, forms in (
    ("know", "knew known"), ("bear", "born borne"), ("write", "wrote written"), ("win", "won"),
    ("begin", "began begun"), ("become", "became"), ("sing", "sang sung"), ("draw", "drew drawn"),
    ("drive", "drove driven"), ("fly", "flew flown"), ("give", "gave given"), ("take", "took taken"),
    ("choose", "chose chosen"), ("eat", "ate eaten"), ("forget", "forgot forgotten"), ("freeze", "froze frozen"),
    ("hide", "hid hidden"), ("ride", "rode ridden"), ("ring", "rang rung"), ("shake", "shook shaken"),
    ("steal", "stole stolen"), ("swim", "swam swum"), ("throw", "threw thrown"), ("wear", "wore worn"),
    ("break", "broke broken"), ("speak", "spoken"), ("grow", "grew grown"), ("blow", "blew blown"),
    ("show", "shown"), ("hold", "held"), ("tell", "told"), ("sell", "sold"), ("buy", "bought"),
    ("bring", "brought"), ("catch", "caught"), ("teach", "taught"), ("think", "thought"), ("fight", "fought"),
    ("seek", "sought"), ("make", "made"), ("pay", "paid"), ("say", "said"), ("meet", "met"), ("keep", "kept"),
    ("build", "built"), ("send", "sent"), ("spend", "spent"), ("lose", "lost"), ("mean", "meant"),
    ("hear", "heard"), ("stand", "stood"), ("understand", "understood"), ("strike", "struck"),
    ("stick", "stuck"), ("hang", "hung"), ("run", "ran"), ("come", "came"), ("sit", "sat"),
    ("get", "got gotten"), ("withdraw", "withdrew withdrawn"), ("rebuild", "rebuilt"),
    ("rewrite", "rewrote rewritten"), ("bite", "bit bitten"), ("dig", "dug"), ("feed", "fed"), ("flee", "fled"),
    ("breed", "bred"), ("shoot", "shot"), ("spin", "spun"), ("swing", "swung"), ("weep", "wept"),
    ("wake", "woke woken"), ("overtake", "overtook overtaken"), ("undertake", "undertook undertaken"),
    ("forbid", "forbade forbidden"), ("forgive", "forgave forgiven"), ("arise", "arose arisen"),
    ("lend", "lent"), ("bend", "bent"), ("deal", "dealt"), ("dream", "dreamt"), ("lean", "leant"),
    ("light", "lit"), ("slide", "slid"), ("sink", "sank sunk"), ("drink", "drank drunk"), ("shrink", "shrank shrunk"),
    ("stink", "stank"), ("spring", "sprang sprung"), ("tear", "tore torn"), ("swear", "swore sworn"),
    # and nouns with irregular plurals
    ("child", "children"), ("woman", "women"), ("man", "men"), ("wife", "wives"), ("foot", "feet"),
    ("tooth", "teeth"), ("mouse", "mice"), ("goose", "geese"), ("wolf", "wolves"), ("half", "halves"),
    ("knife", "knives"), ("thief", "thieves"), ("shelf", "shelves"), ("calf", "calves"),
) for form in forms.split()}


def american(word: str) -> str:
    """A lower-case word in American spelling: "legalised" -> "legalized", "colour" -> "color"."""
    if word in _AMERICAN:
        return _AMERICAN[word]
    for pattern, replacement in _BRITISH:
        if pattern.search(word):
            return pattern.sub(replacement, word)
    return word


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry content (no stopwords, no bare numbers)."""
    out = []
    for w in words(text):
        low = w.lower()
        if low in STOPWORDS or w[0].isdigit() or len(low) < 2:
            continue
        out.append(stem(low))
    return out


def numbers(text: str) -> set[float]:
    """Every number written in digits or as a common number word, as a value."""
    values: set[float] = set()
    for m in _NUMBER.finditer(text):
        whole = m.group(1).replace(",", "")
        values.add(float(f"{whole}.{m.group(2)}") if m.group(2) else float(whole))
    for w in words(text):
        if w.lower() in _NUMBER_WORDS:
            values.add(float(_NUMBER_WORDS[w.lower()]))
    return values


def entity_stems(text: str) -> set[str]:
    """Stems of capitalised words that are not stopwords nor (in a sentence) its first word.

    Names, places and organisations are what a paraphrase keeps verbatim, so one that the
    sources never mention is strong evidence of an invented fact. A fragment of a few
    words ("Mumbai", "Badr Hari") is all names, first word included."""
    out: set[str] = set()
    tokens = words(text)
    fragment = len(tokens) <= 4 and not text.rstrip().endswith((".", "!", "?"))
    for i, w in enumerate(tokens):
        if not w[0].isupper() or w.lower() in STOPWORDS:
            continue
        sentence_start = i == 0 or tokens[i - 1][-1:] in ".!?"
        if sentence_start and not fragment and not _looks_like_name(w):
            continue
        out.add(stem(w))
    return out


def _looks_like_name(word: str) -> bool:
    return word.isupper() and len(word) > 1 or any(c.isupper() for c in word[1:])


def has_negation(text: str) -> bool:
    lows = [w.lower() for w in words(text)]
    return any(w in NEGATIONS or w.endswith("n't") for w in lows)


def same_name_word(a: str, b: str) -> bool:
    """Two lower-case words that are one name: the same, a spelling one letter away
    ("sergei"/"serguei"), or the same root with the ending of a people or a language
    ("ukraine"/"ukrainian", "china"/"chinese", "russia"/"russian"); not "iraqi" for
    "iranian", "ahmadinejad" for "ahmadi" or "fedex" for "federal"."""
    if a == b:
        return True
    if min(len(a), len(b)) >= 5 and _one_edit(a, b):
        return True
    short, long = sorted((a, b), key=len)
    root = short[:-1] if short[-1:] in ("a", "e", "y") and len(short) > 4 else short
    return len(root) >= 4 and long.startswith(root) and long[len(root):] in _PEOPLE_ENDINGS


_PEOPLE_ENDINGS = frozenset("s es n ns an ans ian ians ese i is ish ic ics ern e a".split())


def _one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a == b:
        return a == b
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))
