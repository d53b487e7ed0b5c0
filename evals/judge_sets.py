"""Evaluation sets for the judge that the format of a claim cannot give away.

    python -m evals.judge_sets [--out evals/judge_sets] [--limit N]

Writes three JSONL files into the out folder (default evals/judge_sets), one record a line:

    {"id", "set", "kind", "question", "sources": [...], "claim", "label": 1|0, "split": "dev"|"check", "origin"}

qa_twins.jsonl (set "qa_twins")
    For each HaluEval QA record of the dev (0-999) and check (5000-5499) slices: the right short
    answer (label 1, kind "right") and a wrong span of the same entity type taken from the same
    knowledge passage (label 0, kind "person", "place", "organisation", "date", "number" or
    "thing"). Both claims are short spans, so length and punctuation cannot tell them apart.
    Records with no typed answer (yes/no...) or no distractor of its type are skipped and counted.
qa_sentences.jsonl (set "qa_sentences")
    The same pairs as full sentences: the passage sentence that holds the right answer (label 1)
    and the same sentence with the answer replaced by the distractor (label 0). Records whose
    answer is not written in the passage are skipped.
perturbations.jsonl (set "perturb")
    FactCC-style twins of correct sentences from HaluEval summarization articles (dev 0-499,
    check 5000-5299; up to 3 sentences of 8-40 words among the first 10 of each article) and from
    the repo's news pages (corpus/*.txt and the .txt/.md files of evals/corpora/mixed/, split
    dev/check by a stable hash of the sentence). "sources" is the whole article; the sentence itself
    is the label-1 claim (kind "original") and each applicable perturbation a label-0 claim:
    "entity" (a PERSON/ORG/GPE/LOC/NORP/FAC replaced by another of the same label from the same
    article, absent from the sentence), "number" (a number changed, format kept, new value absent
    from the article), "date" (a month, weekday or year shifted to one absent from the article),
    "negation" (the main verb negated or un-negated), "role" (subject and object of the main verb
    swapped, passive agent included) and "detail" (an age, a weekday, a place or an attribution
    the article does not have, added to the sentence). "origin" records what was replaced by what.

The sets are deterministic: every random choice is seeded with the record's name. The script
prints a table of counts per file, kind and split. Regenerate with the command above (about a
minute or two on 2 cores; spaCy's en_core_web_sm through assistant.nlp).
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypedDict

from spacy.tokens import Doc, Span, Token
from tqdm import tqdm

from assistant.claims import source_sentences
from assistant.nlp import pipeline
from index.text import STOPWORDS, TITLES

from .halueval import Pair, load

ROOT = Path(__file__).resolve().parents[1]
NEWS_FILES = (*sorted((ROOT / "corpus").glob("*.txt")), *sorted((ROOT / "evals" / "corpora" / "mixed").glob("*.txt")),
              *sorted((ROOT / "evals" / "corpora" / "mixed").glob("*.md")))
SPLITS = ("dev", "check")

TYPE_OF_LABEL = {
    "PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place", "ORG": "organisation",
    "DATE": "date", "TIME": "date", "CARDINAL": "number", "QUANTITY": "number", "MONEY": "number",
    "PERCENT": "number", "ORDINAL": "number", "NORP": "thing", "WORK_OF_ART": "thing", "EVENT": "thing",
    "PRODUCT": "thing", "LAW": "thing", "LANGUAGE": "thing",
}
ENTITY_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC")
PERTURB_KINDS = ("entity", "number", "date", "negation", "role", "detail")
MIN_WORDS, MAX_WORDS, FIRST_SENTENCES, PER_ARTICLE = 8, 40, 10, 3
MAX_DETAIL_DEPTH = 3  # "on Monday" or "in Ohio" is added only after a phrase this close to the main verb
PLACE_MIN_ARTICLES = 3  # a place added as a detail is one that several articles name: a real place, not a tagging slip

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90})
WORD_OF_NUMBER = {v: k for k, v in NUMBER_WORDS.items()}
DURATION_UNITS = frozenset("second seconds minute minutes hour hours day days week weeks month months year years "
                           "decade decades century centuries".split())
REPORTING_VERBS = frozenset("say tell add report claim state announce confirm insist explain write warn reveal "
                            "believe think estimate suggest argue note".split())
SYMMETRIC_VERBS = frozenset("meet marry wed date divorce face play fight battle tie draw match equal resemble "
                            "partner hug kiss greet join merge".split())
# Name particles and titles, which two names share without naming the same thing.
_NAME_PARTICLES = frozenset("de la le van von der".split()) | TITLES
STOP = STOPWORDS | _NAME_PARTICLES
_IRREGULAR_PAST = dict(pair.split(":") for pair in (
    "be:was have:had do:did go:went say:said make:made take:took come:came give:gave know:knew think:thought "
    "see:saw find:found tell:told become:became leave:left feel:felt bring:brought begin:began keep:kept "
    "hold:held write:wrote stand:stood hear:heard let:let mean:meant set:set meet:met run:ran pay:paid sit:sat "
    "speak:spoke lead:led read:read grow:grew lose:lost fall:fell send:sent build:built understand:understood "
    "draw:drew break:broke spend:spent cut:cut rise:rose drive:drove buy:bought wear:wore choose:chose seek:sought "
    "throw:threw catch:caught deal:dealt win:won fight:fought teach:taught sell:sold put:put hit:hit hurt:hurt "
    "shut:shut quit:quit get:got eat:ate drink:drank sleep:slept steal:stole forget:forgot hide:hid ride:rode "
    "shoot:shot sink:sank strike:struck swim:swam flee:fled fly:flew forgive:forgave freeze:froze hang:hung "
    "lend:lent light:lit show:showed sing:sang spread:spread stick:stuck sweep:swept swing:swung wake:woke "
    "withdraw:withdrew bear:bore bet:bet bid:bid bind:bound bite:bit blow:blew feed:fed lay:laid overcome:overcame "
    "undergo:underwent upset:upset").split())
_DOUBLING = frozenset("admit commit permit submit omit prefer refer occur control regret transfer equip compel "
                      "patrol rebel".split())


class Row(TypedDict):
    id: str
    set: str
    kind: str
    question: str
    sources: list[str]
    claim: str
    label: int
    split: str
    origin: str


@dataclass(frozen=True)
class Perturbation:
    """One label-0 twin of a sentence: which kind, the new sentence, and what changed."""

    kind: str
    claim: str
    old: str
    new: str


@dataclass(frozen=True)
class Article:
    """What the perturbations may use of a sentence's article."""

    key: str
    text: str
    entities: dict[str, tuple[str, ...]]

    @functools.cached_property
    def _flat(self) -> str:
        return normalise(self.text)

    @functools.cached_property
    def _words(self) -> frozenset[str]:
        found = re.findall(r"\w+(?:[.,]\w+)*", self.text.lower())
        return frozenset(found) | {part for w in found for part in re.split(r"[.,]", w)}

    def says(self, value: str) -> bool:
        """``value`` occurs in the article: as a whole word when it is one, else anywhere (case-insensitive)."""
        if re.fullmatch(r"\w+(?:[.,]\w+)*", value):
            return value.lower() in self._words
        return normalise(value) in self._flat


@dataclass(frozen=True)
class Twin:
    """A QA record's right answer and a distractor of the same type from its passage."""

    kind: str
    right: str
    wrong: str
    sentence: str | None
    wrong_sentence: str | None


# ---------------------------------------------------------------- text helpers


def words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOP and len(w) > 1}


def normalise(text: str) -> str:
    return " ".join(text.lower().split())


def in_text(needle: str, haystack: str) -> bool:
    return normalise(needle) in normalise(haystack)


def replace_chars(text: str, edits: Iterable[tuple[int, int, str]]) -> str:
    """``text`` with each (start, end) range replaced, ranges not overlapping."""
    out, cursor = [], 0
    for start, end, new in sorted(edits):
        out.append(text[cursor:start])
        out.append(new)
        cursor = end
    out.append(text[cursor:])
    return "".join(out)


def delete_token(token: Token) -> tuple[int, int, str]:
    """The edit that removes a token and the space that goes with it ("did not go", "didn't go")."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.whitespace_:
        return (token.idx - len(before.whitespace_), token.idx + len(token.text), "")
    return (token.idx, token.idx + len(token.text), "")


def match_case(new: str, old: str) -> str:
    if old.isupper() and len(old) > 1:
        return new.upper()
    if old[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def stable_split(text: str) -> str:
    return SPLITS[hashlib.sha1(text.encode("utf-8")).digest()[0] % 2]


def word_count(text: str) -> int:
    return len(text.split())


def is_sentence(text: str) -> bool:
    """A prose sentence: starts like one, ends with a full stop (or a quote), no markup."""
    english = len(set(text.lower().split()) & STOPWORDS) >= 2
    return (MIN_WORDS <= word_count(text) <= MAX_WORDS and english and bool(re.match(r"[\"“‘'(]?[A-Z0-9]", text))
            and bool(re.search(r"[.!?][\"”’')]*$", text)) and not re.search(r"[|#*\n]|---|\.\.\.|…", text))


# ---------------------------------------------------------------- inflection (for removing "did not")


def past_tense(lemma: str) -> str:
    if lemma in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ied"
    if lemma in _DOUBLING or (len(lemma) <= 4 and re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", lemma)
                              and lemma not in {"open", "edit"}):
        return lemma + lemma[-1] + "ed"
    return lemma + "ed"


def third_person(lemma: str) -> str:
    irregular = {"be": "is", "have": "has", "do": "does", "go": "goes"}
    if lemma in irregular:
        return irregular[lemma]
    if re.search(r"(s|x|z|ch|sh|o)$", lemma):
        return lemma + "es"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ies"
    return lemma + "s"


# ---------------------------------------------------------------- parse helpers


def main_verb(doc: Doc) -> Token | None:
    """The root of the longest sentence spaCy finds, when it is a verb."""
    sentence = max(doc.sents, key=len)
    root = sentence.root
    return root if root.pos_ in ("VERB", "AUX") else None


def chunk_of(token: Token) -> Span | None:
    """The noun chunk headed by ``token``, else its subtree when short and verbless."""
    for chunk in token.doc.noun_chunks:
        if chunk.root == token:
            return chunk
    subtree = token.doc[token.left_edge.i:token.right_edge.i + 1]
    return subtree if len(subtree) <= 5 and not any(t.pos_ in ("VERB", "AUX") for t in subtree) else None


def reported(root: Token) -> Token:
    """The verb of what a reporting verb reports ("Police said [Smith attacked Jones]"), else the root itself."""
    if root.lemma_ in REPORTING_VERBS:
        clause = next((c for c in root.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
        if clause is not None:
            return clause
    return root


def named(span: Span) -> bool:
    """A noun chunk that names someone or something (a proper noun or a named entity, not just a nationality
    adjective as in "a Palestinian camp"), with no pronoun and no number."""
    names = any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE", "LOC", "FAC") for t in span)
    return (names or span.root.ent_type_ == "NORP") and not any(t.pos_ in ("PRON", "NUM") for t in span)


def clean_entity(text: str) -> str | None:
    """An entity text fit to be put into another sentence, else None."""
    text = re.sub(r"^(?:the|The)\s+", "", text.strip()).strip(" ,.'\"’”“")
    text = re.sub(r"(?:'s|’s)$", "", text)
    if not re.fullmatch(r"[A-Z][\w.'’&-]*(?: [\w.'’&-]+){0,4}", text) or not re.search(r"[a-z]", text):
        return None
    return text


def entity_pool(docs: Iterable[Doc]) -> dict[str, tuple[str, ...]]:
    """The distinct entities of an article per label, each in the form it mostly takes ("the United States",
    "China"): spaCy puts a name's own "the" inside the entity."""
    mentions: dict[str, Counter[str]] = {}
    for doc in docs:
        for ent in doc.ents:
            text = clean_entity(ent.text)
            if text:
                mentions.setdefault(ent.label_, Counter())[text] += 1
                mentions.setdefault("the", Counter())[text] += 2 * bool(re.match(r"(?:the|The)\s", ent.text)) - 1
    the = mentions.pop("the", Counter())
    return {label: tuple(f"the {t}" if the[t] > 0 else t for t in texts) for label, texts in mentions.items()}


def plain_place(name: str) -> bool:
    """A place name that reads well after "in" with no article: "Ohio", "Jordan", "New Delhi"."""
    return (len(name) > 3 and not name.isupper() and not name.startswith("the ") and word_count(name) <= 2
            and not words(name) & {"united", "states", "kingdom", "republic", "islands", "emirates", "union"})


def bare(name: str) -> str:
    return name.removeprefix("the ")


# ---------------------------------------------------------------- perturbations (pure)


def swap_entity(doc: Doc, article: Article, rng: random.Random) -> Perturbation | None:
    """One named entity replaced by another of the same label from the article, absent from the sentence."""
    ents = [e for e in doc.ents if e.label_ in ENTITY_LABELS and clean_entity(e.text)]
    rng.shuffle(ents)
    for ent in ents:
        name = clean_entity(ent.text) or ""
        own_the = re.match(r"(?:the|The)\s", ent.text) is not None  # "The United States" may become "China"
        start = ent.start_char if own_the else ent.start_char + ent.text.find(name)
        end = ent.start_char + ent.text.find(name) + len(name)
        old = doc.text[start:end]
        plural = name.endswith("s")
        candidates = [c for c in article.entities.get(ent.label_, ())
                      if not in_text(bare(c), doc.text) and not (words(c) & words(name))
                      and (own_the or not c.startswith("the ")) and (ent.label_ != "NORP" or c.endswith("s") == plural)]
        if candidates:  # a name as long as the old one reads most naturally
            fit = min(abs(word_count(bare(c)) - word_count(name)) for c in candidates)
            new = rng.choice([c for c in candidates if abs(word_count(bare(c)) - word_count(name)) == fit])
            new = new[:1].upper() + new[1:] if old[:1].isupper() else new
            return Perturbation("entity", replace_chars(doc.text, [(start, end, new)]), old, new)
    return None


def _number_value(token: Token) -> tuple[float, str] | None:
    """The value of a number token and its format ("word", "int", "comma", "d2"...), if it may change."""
    text = token.text
    doc = token.doc
    if token.ent_type_ and token.ent_type_ not in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT", "DATE"):
        return None
    if token.ent_type_ == "DATE":  # a duration ("five weeks", "30-year") is a number; a day or a year is a date
        ent = next(e for e in doc.ents if e.start <= token.i < e.end)
        if not any(t.lower_ in DURATION_UNITS for t in ent) and not (
                token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].lower_ in DURATION_UNITS):
            return None
    neighbours = [doc[j] for j in (token.i - 1, token.i + 1) if 0 <= j < len(doc)]
    if any(n.lower_ in NUMBER_WORDS or n.text in ("-", "/", ":", ".") and n.i == token.i - 1 for n in neighbours) \
            and not (token.i + 1 < len(doc) and doc[token.i + 1].text == "-"):
        return None
    if token.lower_ in NUMBER_WORDS and token.pos_ == "NUM":
        word_value = NUMBER_WORDS[token.lower_]
        return (float(word_value), "word") if word_value >= 2 else None
    m = re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", text)
    if not m or token.pos_ != "NUM":
        return None
    value = float(text.replace(",", ""))
    if "." in text:
        return value, f"d{len(text.split('.')[1])}"
    if value < 2 or (len(text) == 4 and 1800 <= value <= 2100) or text.startswith("0"):
        return None
    return value, "comma" if "," in text else "int"


def indefinite(number: str) -> str:
    """The article that goes before a number: "an eight-year ban", "a six-year ban", "an 11-day trip"."""
    digits = number.replace(",", "")
    vowel = number[:1].lower() in "aeiou" or digits.startswith("8") or (
        digits.isdigit() and len(digits) in (2, 5, 6) and digits[:2] in ("11", "18"))
    return "an" if vowel else "a"


def format_number(value: float, fmt: str, old: str) -> str | None:
    if fmt == "word":
        word = WORD_OF_NUMBER.get(int(value))
        return match_case(word, old) if word and value == int(value) else None
    if fmt.startswith("d"):
        return f"{value:.{int(fmt[1:])}f}"
    return f"{int(value):,}" if fmt == "comma" else str(int(value))


def number_candidates(value: float, fmt: str) -> list[float]:
    """Plausible other values: a few steps up or down at the number's own precision, or doubled."""
    if fmt.startswith("d"):
        step = 10.0 ** -int(fmt[1:])
    else:
        step = 1.0
        while value % (step * 10) == 0 and step * 10 < value:
            step *= 10
    values = [value + k * step for k in (-3, -2, -1, 1, 2, 3)] + [value * 2]
    return [round(v, 6) for v in values if v >= 2 and round(v, 6) != round(value, 6)]


def change_number(doc: Doc, article: Article, rng: random.Random) -> Perturbation | None:
    """A number (digits or a number word) changed to another plausible value that the article does not have."""
    tokens = [(t, v) for t in doc if (v := _number_value(t))]
    rng.shuffle(tokens)
    for token, (value, fmt) in tokens:
        candidates = number_candidates(value, fmt)
        rng.shuffle(candidates)
        for candidate in candidates:
            new = format_number(candidate, fmt, token.text)
            forms = {new, format_number(candidate, "word", new or ""), format_number(candidate, "int", ""),
                     format_number(candidate, "comma", "")} if new else set()
            if new and new != token.text and not any(f and article.says(f) for f in forms):
                edits = [(token.idx, token.idx + len(token.text), new)]
                before = doc[token.i - 1] if token.i > 0 else None
                if before is not None and before.lower_ in ("a", "an"):
                    edits.append((before.idx, before.idx + len(before.text), match_case(indefinite(new), before.text)))
                claim = replace_chars(doc.text, edits)
                return Perturbation("number", claim, token.text, new)
    return None


def _date_options(token: Token, doc: Doc) -> tuple[str, ...]:
    text = token.text
    if text in MONTHS and (token.ent_type_ == "DATE" or (token.pos_ == "PROPN" and text not in ("May", "March"))):
        return tuple(m for m in MONTHS if m != text)
    if text in WEEKDAYS:
        return tuple(d for d in WEEKDAYS if d != text)
    previous = doc[token.i - 1].lower_ if token.i > 0 else ""
    if re.fullmatch(r"1[89]\d\d|20\d\d", text) and (token.ent_type_ == "DATE" or previous in (
            "in", "since", "of", "by", "until", "from", "to", ",") or previous.capitalize() in MONTHS):
        year = int(text)
        return tuple(str(year + k) for k in (-3, -2, -1, 1, 2, 3, -5, 5) if year + k <= 2030)
    return ()


def change_date(doc: Doc, article: Article, rng: random.Random) -> Perturbation | None:
    """A month name, weekday or year shifted to one that the article does not have."""
    tokens = [(t, options) for t in doc if (options := _date_options(t, doc))]
    rng.shuffle(tokens)
    for token, options in tokens:
        fresh = [o for o in options if not article.says(o)]
        if fresh:
            new = rng.choice(fresh)
            return Perturbation("date", replace_chars(doc.text, [(token.idx, token.idx + len(token.text), new)]),
                                token.text, new)
    return None


def _base(lemma: str) -> str:
    return lemma


_CONTRACTED = {"ca": "can", "wo": "will", "sha": "shall"}


def flip_negation(doc: Doc) -> Perturbation | None:
    """The main verb negated ("approved" -> "did not approve", "was" -> "was not") or its negation removed;
    after a reporting verb, the reported verb ("X have been released, a spokesman said")."""
    main = main_verb(doc)
    if main is None:
        return None
    root = reported(main)
    if root.i == 0:
        return None
    negs = [c for c in root.children if c.dep_ == "neg" and c.lower_ in ("not", "n't", "never", "n’t")]
    auxes = sorted((c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i), key=lambda t: t.i)
    if negs:
        neg = negs[0]
        edits = [delete_token(neg)]
        if neg.lower_ in ("n't", "n’t") and neg.i > 0 and doc[neg.i - 1].lower_ in _CONTRACTED:
            aux = doc[neg.i - 1]
            edits.append((aux.idx, aux.idx + len(aux.text), match_case(_CONTRACTED[aux.lower_], aux.text)))
        dos = [a for a in auxes if a.lemma_ == "do" and a.i < neg.i]
        if dos and neg.lower_ != "never" and root.pos_ == "VERB" and len(auxes) == 1:
            aux = dos[0]
            if aux.i == 0 or aux.tag_ not in ("VBD", "VBZ", "VBP"):
                return None
            if aux.i + 1 != neg.i:
                return None
            inflected = {"VBD": past_tense, "VBZ": third_person}.get(aux.tag_, _base)(root.lemma_)
            edits = [(aux.idx, neg.idx + len(neg.text) + len(neg.whitespace_), ""),
                     (root.idx, root.idx + len(root.text), inflected)]
        claim = replace_chars(doc.text, edits)
        before = doc[neg.i - 1] if neg.i > 0 else None
        old = doc[neg.i - 1:neg.i + 1].text if before is not None and before in auxes + [root] else neg.text
        return Perturbation("negation", claim, old, "-")
    if auxes:
        aux = auxes[0]
        if aux.i == 0 or (aux.i + 1 < len(doc) and doc[aux.i + 1].lower_ in ("better", "rather")):
            return None  # "had better go" does not take "not" there
        new = "cannot" if aux.lower_ == "can" else aux.text + " not"
        return Perturbation("negation", replace_chars(doc.text, [(aux.idx, aux.idx + len(aux.text), new)]),
                            aux.text, new)
    if root.pos_ == "AUX" or root.lemma_ == "be":
        return Perturbation("negation", replace_chars(doc.text, [(root.idx, root.idx + len(root.text),
                                                                  root.text + " not")]), root.text, root.text + " not")
    support = {"VBD": "did", "VBZ": "does", "VBP": "do"}.get(root.tag_)
    if support is None or not re.fullmatch(r"[a-z]+", root.lemma_):
        return None
    new = f"{support} not {root.lemma_}"
    return Perturbation("negation", replace_chars(doc.text, [(root.idx, root.idx + len(root.text), new)]),
                        root.text, new)


def _swappable(verb: Token) -> tuple[Span, Span] | None:
    subj_deps, obj_deps = ("nsubj",), ("dobj",)
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        objs = [c for c in agent.children if c.dep_ == "pobj"] if agent is not None else []
        subjs = [c for c in verb.children if c.dep_ == "nsubjpass"]
    else:
        subjs = [c for c in verb.children if c.dep_ in subj_deps]
        objs = [c for c in verb.children if c.dep_ in obj_deps]
    if len(subjs) != 1 or len(objs) != 1 or verb.lemma_ in SYMMETRIC_VERBS | {"be", "have"}:
        return None
    if any(c.dep_ in ("appos", "relcl", "acl") for c in (*subjs[0].children, *objs[0].children)):
        return None  # "Sawai, Deputy Superintendent, told CNN": the apposition would stay with the wrong name
    subj, obj = chunk_of(subjs[0]), chunk_of(objs[0])
    if subj is None or obj is None or not (named(subj) and named(obj)) or normalise(subj.text) == normalise(obj.text):
        return None
    if subj.end > obj.start and obj.end > subj.start:
        return None
    plural = {subjs[0].tag_ in ("NNS", "NNPS"), objs[0].tag_ in ("NNS", "NNPS")}
    if len(plural) > 1 and not (verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)):
        return None  # "The Smiths play Jones" -> "Jones play the Smiths": agreement would break
    return subj, obj


def _moved(span: Span, to_start: bool) -> str:
    text = span.text
    first = span[0]
    if first.pos_ == "DET" or (first.is_title and first.pos_ not in ("PROPN",) and first.i == 0):
        text = text[:1].upper() + text[1:] if to_start else text[:1].lower() + text[1:]
    elif to_start:
        text = text[:1].upper() + text[1:]
    return text


def swap_roles(doc: Doc) -> Perturbation | None:
    """Subject and object of the main verb swapped ("Portland defeated Seattle" -> "Seattle defeated Portland"),
    or the passive subject and the "by" agent; also tried on the clause of a reporting verb and on a verb
    coordinated with the main one."""
    root = main_verb(doc)
    if root is None:
        return None
    clauses = [c for c in root.children if c.dep_ in ("ccomp", "conj") and c.pos_ in ("VERB", "AUX")]
    verbs = [c for c in clauses if c.dep_ == "ccomp"] + [root] + [c for c in clauses if c.dep_ == "conj"]
    for verb in verbs:
        pair = _swappable(verb)
        if pair is None:
            continue
        subj, obj = sorted(pair, key=lambda s: s.start)
        edits = [(subj.start_char, subj.end_char, _moved(obj, subj.start == 0)),
                 (obj.start_char, obj.end_char, _moved(subj, False))]
        return Perturbation("role", replace_chars(doc.text, edits), subj.text, obj.text)
    return None


def depth(token: Token) -> int:
    """How many heads up from ``token`` to its sentence's root."""
    steps = 0
    while token.head != token and steps < 50:
        token, steps = token.head, steps + 1
    return steps


def _before_final_stop(doc: Doc) -> int | None:
    """Where to insert a phrase at the end of the sentence: before its final stop, unless it ends in a quote."""
    last = doc[-1]
    if last.text in (".", "!") and len(doc) > 1 and doc[-2].text not in ('"', "”", "'", "’", ")") \
            and doc[-2].ent_type_ not in ("DATE", "TIME") and doc[-2].pos_ in ("NOUN", "PROPN", "NUM", "ADV", "VERB"):
        return doc[-2].idx + len(doc[-2].text)
    return None


def add_detail(doc: Doc, article: Article, places: Sequence[str], rng: random.Random) -> Perturbation | None:
    """An unsupported detail added: a person's age, a weekday, a place or an attribution the article lacks."""
    options: list[tuple[int, str]] = []
    end = _before_final_stop(doc)
    ages = [a for a in range(21, 80) if not article.says(str(a))]
    for ent in doc.ents:
        after = doc[ent.end] if ent.end < len(doc) else None
        if ent.label_ == "PERSON" and ages and after is not None and after.text in (",", ".") \
                and not (ent.end + 1 < len(doc) and doc[ent.end + 1].like_num):
            age = rng.choice(ages)
            options.append((ent.end_char, f", {age}" if after.text == "," or after.i == len(doc) - 1 else f", {age},"))
            break
    root = main_verb(doc)
    past = root is not None and (root.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in root.children))
    labels = {e.label_ for e in doc.ents}
    # "on Monday" or "in Ohio" at the end must attach to the main clause, not to a phrase deep inside it
    event = past and end is not None and depth(doc[-2]) <= MAX_DETAIL_DEPTH
    if end is not None:
        days = [d for d in WEEKDAYS if not article.says(d)]
        if event and days and not labels & {"DATE", "TIME"}:
            options.append((end, f" on {rng.choice(days)}"))
        fresh = [p for p in places if not article.says(p)]
        if fresh and not labels & {"GPE", "LOC", "FAC"} and event:
            options.append((end, f" in {rng.choice(fresh)}"))
        if fresh and not re.search(r"\b(?:said|says|according|told|tells|claim(?:s|ed)?|reports?|reported|announced|"
                                   r"stated?|confirmed)\b", doc.text):
            options.append((end, f", according to officials in {rng.choice(fresh)}"))
    if not options:
        return None
    at, phrase = rng.choice(options)
    return Perturbation("detail", replace_chars(doc.text, [(at, at, phrase)]), "-", phrase.strip(" ,"))


def perturb(doc: Doc, article: Article, places: Sequence[str], seed: str) -> list[Perturbation]:
    """Every applicable perturbation of one sentence, at most one per kind, each really new."""
    makers: dict[str, Callable[[random.Random], Perturbation | None]] = {
        "entity": lambda rng: swap_entity(doc, article, rng),
        "number": lambda rng: change_number(doc, article, rng),
        "date": lambda rng: change_date(doc, article, rng),
        "negation": lambda rng: flip_negation(doc),
        "role": lambda rng: swap_roles(doc),
        "detail": lambda rng: add_detail(doc, article, places, rng),
    }
    out = []
    for kind, make in makers.items():
        p = make(random.Random(f"{seed}:{kind}"))
        if p is not None and normalise(p.claim) != normalise(doc.text) and not article.says(p.claim):
            out.append(p)
    return out


# ---------------------------------------------------------------- QA twins


@dataclass(frozen=True)
class _Ent:
    """An entity of a passage, with offsets in the whole passage."""

    label_: str
    text: str
    start_char: int
    end_char: int


_QUOTES = " \"'“”‘’"
_SPAN_LABELS = frozenset(("DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL"))


def entity_text(ent: _Ent) -> str | None:
    """An entity's text fit to stand as a short answer, else None (names cleaned, glued sentences refused,
    places that need "the" refused: "the United States" cannot replace "Seward County")."""
    if ent.label_ in ("GPE", "LOC", "FAC") and re.match(r"(?:the|The)\s", ent.text):
        return None
    if ent.label_ not in _SPAN_LABELS:
        name = clean_entity(ent.text)
        return name if name and (ent.label_ != "PERSON" or len(name) >= 4) else None
    text = ent.text.strip(" ,.;:")
    return text if text and not re.search(r"[.!?][\"”]?[A-Z]|\n|[\"“”]", text) else None


def date_shape(text: str) -> str:
    """The form of a date: "year" (1932), "full" (July 16, 1911), "month" (March 1990) or "other"."""
    if re.fullmatch(r"\d{4}", text):
        return "year"
    month = any(m in text for m in MONTHS)
    return ("full" if re.search(r"\b\d{1,2}\b", text) else "month") if month and re.search(r"\d{4}", text) else "other"


def number_shape(text: str) -> str:
    """The form of a number: "17%" and "95%" are alike, "nine" and "9 to 5" are not."""
    digits = re.sub(r"\d+(?:[.,]\d+)*", "0", text.lower())
    return re.sub(r"[a-z]+", lambda m: "w" if m.group() in NUMBER_WORDS else m.group(), digits)


def distractors(label: str, right: str, written: str, question: str, ents: Sequence[_Ent]) -> list[str]:
    """Passage entities of the answer's label (for a place, else of any place label) that share no word with the
    answer or the question, and for a date have its form; closest to the answer in length first."""
    banned = words(right) | words(written) | words(question)
    places = ("GPE", "LOC", "FAC")
    for labels in ((label,), places if label in places else ()):
        found = {t for e in ents if e.label_ in labels and (t := entity_text(e)) and not (words(t) & banned)
                 and not in_text(t, right) and not in_text(right, t) and not in_text(t, question)
                 and (label not in ("DATE", "TIME") or date_shape(t) == date_shape(right))
                 and (TYPE_OF_LABEL.get(label) != "number" or number_shape(t) == number_shape(right))}
        if found:
            return sorted(found, key=lambda t: (abs(word_count(t) - word_count(right)), t))
    return []


def pick_twin(pair: Pair, sentences: Sequence[tuple[int, Doc]], answer_doc: Doc | None) -> Twin | str:
    """The twin of a QA record, or the reason it has none."""
    passage = pair.sources[0]
    ents = [ent for start, doc in sentences for ent in _shifted(doc, start)]
    found = _locate(pair.right, passage, ents, answer_doc)
    if found is None:
        return "no typed answer"
    label, start, end = found
    while start >= 0 and end > start and passage[start] in _QUOTES:
        start += 1
    while start >= 0 and end > start and passage[end - 1] in _QUOTES:
        end -= 1
    right = pair.right.strip().rstrip(".")
    written = passage[start:end] if start >= 0 else right
    sentence_span = next(((s, s + len(d.text)) for s, d in sentences if start >= 0 and s <= start < s + len(d.text)),
                         None)
    candidates = distractors(label, right, written, pair.question, ents)
    if not candidates:
        return "no distractor"
    if sentence_span is not None:  # a distractor from another sentence makes the harder sentence twin
        sentence = passage[sentence_span[0]:sentence_span[1]]
        candidates = [c for c in candidates if not in_text(c, sentence)] or candidates
    closest = [c for c in candidates if word_count(c) == word_count(candidates[0])]
    wrong = random.Random(f"{pair.id}:twin").choice(closest)
    sentence_claim = wrong_sentence = None
    if sentence_span is not None:
        s0, s1 = sentence_span
        sentence = passage[s0:s1].strip()
        edits = [(start - s0, min(end, s1) - s0, wrong)]
        article = re.search(r"\b(an?|An?) $", passage[s0:start])  # "an Austrian" -> "a Dutch"
        if article:
            edits.append((article.start(1), article.end(1), match_case(indefinite(wrong), article.group(1))))
        changed = replace_chars(passage[s0:s1], edits).strip()
        if (not in_text(right, changed) and not in_text(written, changed) and changed != sentence
                and not in_text(wrong, sentence)):  # "Island Records ... signed to Island Records" would give it away
            sentence_claim, wrong_sentence = sentence, changed
    return Twin(TYPE_OF_LABEL.get(label, "thing"), right, wrong, sentence_claim, wrong_sentence)


def _shifted(doc: Doc, start: int) -> list[_Ent]:
    """The entities of a sentence doc with their character offsets in the passage, a "the" just before them
    included ("the United States" is not a place that can replace "Seward County")."""
    out = []
    for e in doc.ents:
        the = 4 if doc.text[max(0, e.start_char - 4):e.start_char] in ("the ", "The ") else 0
        out.append(_Ent(e.label_, doc.text[e.start_char - the:e.end_char], start + e.start_char - the,
                        start + e.end_char))
    return out


def _locate(answer: str, passage: str, ents: Sequence[_Ent], answer_doc: Doc | None) -> tuple[str, int, int] | None:
    """The spaCy label of the right answer and its (start, end) in the passage, (-1, -1) when not written there."""
    needle = answer.strip().rstrip(".")
    at = passage.lower().find(needle.lower()) if len(needle) > 1 else -1
    if at >= 0:
        end = at + len(needle)
        best: _Ent | None = None
        score = 0.0
        for ent in ents:
            overlap = min(end, ent.end_char) - max(at, ent.start_char)
            if overlap > 0:
                jaccard = overlap / (max(end, ent.end_char) - min(at, ent.start_char))
                if jaccard > score:
                    best, score = ent, jaccard
        if best is not None and score >= 0.5:
            return best.label_, min(at, best.start_char), max(end, best.end_char)
    if answer_doc is not None and answer_doc.ents:
        own = max(answer_doc.ents, key=len)
        if len(own.text) >= 0.5 * len(needle):
            return (own.label_, at, at + len(needle)) if at >= 0 else (own.label_, -1, -1)
    return None


def twin_rows(pair: Pair, split: str, twin: Twin) -> tuple[list[Row], list[Row]]:
    origin = f"halueval-qa:{pair.id.removeprefix('qa-')} | {twin.kind}: {twin.right} -> {twin.wrong}"
    sources = list(pair.sources)

    def row(set_name: str, kind: str, claim: str, label: int) -> Row:
        return Row(id=f"{set_name}:{pair.id}:{'right' if label else 'wrong'}", set=set_name, kind=kind,
                   question=pair.question, sources=sources, claim=claim, label=label, split=split, origin=origin)

    twins = [row("qa_twins", "right", twin.right, 1), row("qa_twins", twin.kind, twin.wrong, 0)]
    sentences = []
    if twin.sentence and twin.wrong_sentence:
        sentences = [row("qa_sentences", "right", twin.sentence, 1),
                     row("qa_sentences", twin.kind, twin.wrong_sentence, 0)]
    return twins, sentences


# ---------------------------------------------------------------- driving


NER_ONLY = ("tagger", "parser", "attribute_ruler", "lemmatizer")


def parse_stream(texts: Sequence[str], desc: str, full: bool = True) -> list[Doc]:
    """spaCy docs of many short texts, batched through the shared pipeline, each text parsed once;
    with ``full=False`` only the entities are found (faster: no tagger, parser or lemmatizer)."""
    nlp = pipeline()
    disable = [name for name in NER_ONLY if name in nlp.pipe_names and not full]
    docs = nlp.pipe(texts, batch_size=256, disable=disable)
    return list(tqdm(docs, total=len(texts), desc=desc, unit="sent", file=sys.stderr, mininterval=2))


def sentence_spans(text: str) -> list[tuple[int, str]]:
    return [(s, text[s:e].strip()) for s, e in source_sentences(text) if text[s:e].strip()]


def qa_sets(limit: int | None, skips: Counter[str]) -> tuple[list[Row], list[Row]]:
    pairs = [(split, p) for split in SPLITS for p in load("qa", split, limit)]
    spans = [sentence_spans(p.sources[0]) for _, p in pairs]
    texts = [t for ss in spans for _, t in ss] + [p.right.strip() for _, p in pairs]
    docs = iter(parse_stream(texts, "qa passages (entities)", full=False))
    sentence_docs = [[(s, next(docs)) for s, _ in ss] for ss in spans]
    twins: list[Row] = []
    sentences: list[Row] = []
    for (split, pair), sdocs in zip(pairs, sentence_docs):
        answer_doc = next(docs)
        twin = pick_twin(pair, sdocs, answer_doc)
        if isinstance(twin, str):
            skips[f"qa: {twin}"] += 1
            continue
        t, s = twin_rows(pair, split, twin)
        twins += t
        sentences += s
        if not s:
            skips["qa_sentences: answer not in one passage sentence, or its distractor already there"] += 1
    return twins, sentences


@dataclass(frozen=True)
class Source:
    """An article and the sentences to perturb (their positions among the article's sentences)."""

    key: str
    split: str | None  # None: by a hash of each sentence
    text: str
    sentences: tuple[str, ...]
    candidates: tuple[int, ...]
    per_article: int | None


def halueval_sources(limit: int | None) -> list[Source]:
    out = []
    for split in SPLITS:
        for pair in load("summarization", split, limit):
            article = pair.sources[0]
            sentences = tuple(t for _, t in sentence_spans(article))
            candidates = tuple(i for i, t in enumerate(sentences[:FIRST_SENTENCES]) if is_sentence(t))
            out.append(Source(f"halueval-sum:{pair.id.removeprefix('sum-')}", split, article, sentences, candidates,
                              PER_ARTICLE))
    return out


def news_sources() -> list[Source]:
    out = []
    for path in NEWS_FILES:
        text = path.read_text(encoding="utf-8")
        sentences = tuple(t for _, t in sentence_spans(text))
        candidates = tuple(i for i, t in enumerate(sentences) if is_sentence(t))
        out.append(Source(f"news:{path.relative_to(ROOT)}", None, text, sentences, candidates, None))
    return out


def common_places(articles: Sequence[Article]) -> list[str]:
    """Place names that several articles tag as places and few tag otherwise: real places, not tagging slips."""
    labels = Counter((name, label) for a in articles for label, names in a.entities.items() for name in names)
    other = Counter(name for (name, label), n in labels.items() if label != "GPE" for _ in range(n))
    return sorted(name for (name, label), n in labels.items()
                  if label == "GPE" and plain_place(name) and n >= PLACE_MIN_ARTICLES and n > 2 * other[name])


def perturbation_rows(sources: Sequence[Source]) -> list[Row]:
    chosen = [(k, i) for k, src in enumerate(sources) for i in src.candidates]
    full = dict(zip(chosen, parse_stream([sources[k].sentences[i] for k, i in chosen], "candidate sentences")))
    rest = [(k, i) for k, src in enumerate(sources) for i in range(len(src.sentences)) if (k, i) not in full]
    ner = dict(zip(rest, parse_stream([sources[k].sentences[i] for k, i in rest], "other sentences (entities)",
                                      full=False)))
    both = full | ner
    parsed = [[both[(k, i)] for i in range(len(src.sentences))] for k, src in enumerate(sources)]
    articles = [Article(src.key, src.text, entity_pool(ds)) for src, ds in zip(sources, parsed)]
    all_places = common_places(articles)
    rows: list[Row] = []
    for src, article, sdocs in zip(sources, articles, parsed):
        rng = random.Random(src.key)
        places = [p for p in all_places if p not in article.entities.get("GPE", ())]
        found = {i: perturb(sdocs[i], article, places, f"{src.key}:s{i}") for i in src.candidates}
        order = sorted(found, key=lambda i: (-any(p.kind == "role" for p in found[i]), -len(found[i]), rng.random()))
        for i in order[:src.per_article] if src.per_article else order:
            if not found[i]:
                continue
            sentence = src.sentences[i]
            split = src.split or stable_split(sentence)
            rows.append(_perturb_row(src, i, "original", sentence, 1, split, f"{src.key} | original"))
            for p in found[i]:
                origin = f"{src.key} | {p.kind}: {p.old} -> {p.new}"
                rows.append(_perturb_row(src, i, p.kind, p.claim, 0, split, origin))
    return rows


def _perturb_row(src: Source, i: int, kind: str, claim: str, label: int, split: str, origin: str) -> Row:
    return Row(id=f"perturb:{src.key}:s{i}:{kind}", set="perturb", kind=kind, question="", sources=[src.text],
               claim=claim, label=label, split=split, origin=origin)


def write_jsonl(path: Path, rows: Sequence[Row]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def count_table(files: Mapping[str, Sequence[Row]]) -> str:
    counts = Counter((name, r["set"], r["kind"], r["split"]) for name, rows in files.items() for r in rows)
    lines = [f"{'file':<22} {'set':<13} {'kind':<13} {'dev':>6} {'check':>6} {'total':>6}"]
    for name, set_name, kind in sorted({k[:3] for k in counts}):
        dev, check = counts[(name, set_name, kind, "dev")], counts[(name, set_name, kind, "check")]
        lines.append(f"{name:<22} {set_name:<13} {kind:<13} {dev:>6} {check:>6} {dev + check:>6}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=Path("evals/judge_sets"), help="folder for the JSONL files")
    ap.add_argument("--limit", type=int, default=None, help="records per HaluEval slice (default: whole slices)")
    args = ap.parse_args(argv)
    started = time.time()
    skips: Counter[str] = Counter()
    twins, sentences = qa_sets(args.limit, skips)
    perturbed = perturbation_rows(halueval_sources(args.limit) + news_sources())
    files = {"qa_twins.jsonl": twins, "qa_sentences.jsonl": sentences, "perturbations.jsonl": perturbed}
    for name, rows in files.items():
        write_jsonl(args.out / name, rows)
    print(count_table(files))
    for reason, n in sorted(skips.items()):
        print(f"skipped {n:>5}  {reason}")
    print(f"wrote {sum(map(len, files.values()))} records to {args.out}/ in {time.time() - started:.0f} s",
          file=sys.stderr)


if __name__ == "__main__":
    main()
