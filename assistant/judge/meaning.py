"""What a claim asserts against what its evidence asserts, on spaCy's parse: the checks that
decide a verdict, each contradiction with its reason.

A paraphrase keeps the names, numbers, dates, negations and roles of its source and may
change everything else: words for synonyms, active for passive, the order of clauses,
"9,000" for "nine thousand". So the checks compare those, normalised, and accept any other
word the evidence says, or says with a close synonym (``Similar``, word vectors the caller
supplies). What remains is a detail the sources do not give.

Pure functions over parsed sentences (``assistant.nlp``); the judge aligns the evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from index.text import PRONOUNS, STOPWORDS, words_only

from ..answer_types import ANSWER_KINDS
from ..text import same_name_word, stem
from .features import antonym_conflict
from .forms import acronym_in, ordinals

# What a name is; nationalities and groups ("Russian") are names too: a swapped one is an error.
NAME_LABELS = frozenset("PERSON ORG GPE LOC FAC NORP EVENT WORK_OF_ART PRODUCT LAW".split())
_CONTENT_POS = frozenset("NOUN PROPN VERB ADJ NUM".split())
# Verbs that carry little of their own ("held talks" = "met"; "has a population of" = "is home to").
_LIGHT = frozenset("be have do make take give get go come become hold keep put set say tell report state "
                   "add note include".split())
# Verbs that only say who said it: a summary's "she writes" or "he stresses" for the article's "said"
_REPORTING = frozenset("write claim announce stress argue explain insist".split())
# "22-year-old": the number is read as a number; "year" and "old" are its unit, no detail
_AGE = re.compile(r"\b(?:\d+|[a-z]+)[- ](?:year|month|week|day)s?[- ]old\b", re.IGNORECASE)
_MONTHS = ("january february march april may june july august september october november december").split()
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_MONTH_ABBR = {m[:3]: m for m in _MONTHS} | {"sept": "september"}
_VERB_MONTHS = frozenset({"may", "march"})  # in lower case, a verb
_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
          "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "twice": 2,
          "a": 1, "an": 1}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12,
           "m": 10**6, "bn": 10**9, "k": 1000}
_TOKEN = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?|[A-Za-z]+|[,;:.!?()]")  # punctuation ends a number
_YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)$")
SYNONYM = 0.5  # cosine of two words' vectors above which one stands for the other

Similar = Callable[[Sequence[str], Sequence[str]], dict[str, float]]  # words, candidates -> each word's best cosine


@dataclass(frozen=True)
class Conflict:
    """Why a claim is not supported: what it says against what the evidence says."""

    kind: str  # number | date | entity | negation | role | antonym | detail
    claim: str
    source: str = ""

    @property
    def reason(self) -> str:
        if not self.source:
            return f"{self.kind}: {self.claim!r} is not in the sources"
        return f"{self.kind}: {self.claim} vs {self.source}"


# -- numbers and dates ----------------------------------------------------------------------


def quantities(text: str) -> list[float]:
    """Every number a text states, normalised: "9,000", "nine thousand" and "9 thousand" are
    9000; "five-week" is 5; "$4.2 million" is 4,200,000; "7 to 2" is 7 and 2."""
    tokens = [t.lower() for t in _TOKEN.findall(text.replace("-", " "))]
    out: list[float] = []
    i = 0
    while i < len(tokens):
        if not tokens[i][0].isalnum():
            i += 1
            continue
        value, i = _number_at(tokens, i)
        if value is None:
            i += 1
        else:
            out.append(value)
    return out


def _number_at(tokens: list[str], i: int) -> tuple[float | None, int]:
    t = tokens[i]
    if t[0].isdigit():
        value = float(t.replace(",", ""))
        j = i + 1
        while j < len(tokens) and tokens[j] in _SCALES:
            value *= _SCALES[tokens[j]]
            j += 1
        return value, j
    if t not in _UNITS or t in ("a", "an"):
        return None, i
    total, current, j = 0.0, 0.0, i
    while j < len(tokens):
        w = tokens[j]
        if w in _UNITS and w not in ("a", "an"):
            current += _UNITS[w]
        elif w in _SCALES and w not in ("m", "k", "bn"):
            current = max(current, 1.0) * _SCALES[w]
            if _SCALES[w] >= 1000:
                total, current = total + current, 0.0
        elif w == "and" and tokens[j + 1:j + 3] == ["a", "half"] and j > i:
            current += 0.5
            j += 2
        elif w == "and" and j + 1 < len(tokens) and tokens[j + 1] in _UNITS and j > i:
            pass
        else:
            break
        j += 1
    return total + current, j


def dates(text: str) -> dict[str, set[str]]:
    """Months, weekdays and years a text names, by kind. "may" and "march" are months only
    when written with a capital ("he may face" names no month)."""
    words = [w.lower().rstrip(".") for w in re.findall(r"[A-Za-z]+\.?|\d{4}", text)
             if w.rstrip(".") not in _VERB_MONTHS]
    # an abbreviation is the whole word ("Dec.", "Sept"): "Mary", "Maya" and "Mark" name no month
    months = {_MONTH_ABBR.get(w[:4] if w.startswith("sept") else w[:3], "") for w in words
              if w in _MONTHS or (w in _MONTH_ABBR and w not in ("mar", "may", "jun"))}
    return {"month": {m for m in months if m}, "weekday": {w for w in words if w in _WEEKDAYS},
            "year": {w for w in words if _YEAR.match(w)}}


def number_conflicts(claim: str, evidence: str, context: str = "") -> list[Conflict]:
    """A number the claim states and the evidence (nor the question) does not; years are dates."""
    stated, ours = quantities(evidence), quantities(claim)
    have = set(stated) | set(quantities(context)) | ordinals(evidence)
    theirs = [v for v in stated if not _is_year(v)]
    out = []
    for v in ours:
        if v in have or _is_year(v) or (v == 1 and not _written_one(claim)):
            continue
        near = [x for x in theirs if x not in ours]
        out.append(Conflict("number", _fmt(v), _fmt(near[0]) if near else ""))
    return out


def date_conflicts(claim: str, evidence: str, context: str = "") -> list[Conflict]:
    ours, theirs, asked = dates(claim), dates(evidence), dates(context)
    out = []
    for kind in ("year", "month", "weekday"):
        for d in sorted(ours[kind] - theirs[kind] - asked[kind]):
            other = sorted(theirs[kind] - ours[kind])
            out.append(Conflict("date", d.capitalize(), other[0].capitalize() if other else ""))
    return out


def _is_year(v: float) -> bool:
    return v.is_integer() and 1500 <= v <= 2100


def _written_one(text: str) -> bool:
    return bool(re.search(r"(?<![\w.])1(?![\d.,])", text))


def _fmt(v: float) -> str:
    return f"{int(v):,}" if v.is_integer() else f"{v:g}"


# -- names --------------------------------------------------------------------------------


def name_conflicts(claim: Any, evidence: Any, context: str = "") -> list[Conflict]:
    """A name the claim gives (by the recogniser, or a run of proper nouns) that the evidence
    does not: another of the same type in the evidence is what it replaced."""
    have = _name_words(evidence.text) | _name_words(context)
    out = []
    for span, label in _names(claim):
        words = [w for w in _name_words(span) if not _title(w)]
        if not words or all(_known(w, have) for w in words) or _alias_in(span, f"{evidence.text} {context}") \
                or acronym_in(span, f"{evidence.text} {context}"):
            continue
        same = [e.text for e in evidence.ents if e.label_ == label and e.text.lower() not in claim.text.lower()]
        out.append(Conflict("entity", span, same[0] if same else ""))
    return out


def slot_rival(claim: Any, evidence: Any, name: str) -> str:
    """The name the evidence has where the claim, copying the words around it, has ``name``
    ("Luton (CNN) A 19-year-old man ..." for "London (CNN) A 19-year-old man ..."): the same
    slot filled by another name, whatever the recogniser calls either, and even when the
    replaced name is still said elsewhere in the claim. A nationality is a rival only of a
    nationality or an unlabelled name, not of a person or a place ("Putin's delegation" for
    "The Russian delegation"). "" when none."""
    ours, theirs = [t.lower_ for t in claim], [t.lower_ for t in evidence]
    start = claim.text.find(name)
    at = {t.i for t in claim if start <= t.idx < start + len(name)} if start >= 0 else set()
    matcher = SequenceMatcher(None, theirs, ours, autojunk=False)
    # the share of the claim copied, not of the pair: a claim may copy part of a sentence
    if not at or _copied(matcher) < SLOT_COPIED * len(ours):
        return ""
    label = label_of(name, claim)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "replace" and j2 - j1 <= SLOT_TOKENS < i2 - i1:
            i1, i2 = _slot_at_edge(evidence, ours, i1, i2, j1, j2)
        if op != "replace" or not at & set(range(j1, j2)) or j2 - j1 > SLOT_TOKENS or (
                i2 - i1 > SLOT_TOKENS and not _one_name(evidence[i1:i2])):
            continue
        said = {t.lower_ for t in claim[j1:j2]}
        if _described(claim[j1:j2]) or (label == "PERSON" and _described(evidence[i1:i2], definite=True)):
            continue  # a description for the name ("the Palestinian teenager" for "Abu Khdeir"), not a name
        rivals = [t for t in evidence[i1:i2] if _name_like(t) and t.lower_ not in said and not _when(t)
                  and (t.ent_type_ != "NORP" or label in ("NORP", "PROPN"))]
        if rivals:
            return _whole_name(rivals[0])
    return ""


SLOT_COPIED = 0.6  # share of the claim's tokens copied from its sentence, in order
SLOT_TOKENS = 6  # longest replaced stretch read as one slot


def copied_share(claim: Any, sentence: Any) -> float:
    """The share of the claim's tokens that copy the sentence's, in order."""
    ours = [t.lower_ for t in claim]
    matcher = SequenceMatcher(None, [t.lower_ for t in sentence], ours, autojunk=False)
    return _copied(matcher) / max(1, len(ours))


def _copied(matcher: SequenceMatcher[str]) -> int:
    return sum(b.size for b in matcher.get_matching_blocks())


def _one_name(span: Any) -> bool:
    """The tokens are one name, however long ("the United States Department of Health and
    Human Services")."""
    named = [t for t in span if not (t.i == span.start and t.pos_ == "DET")]
    return bool(named) and all(t.ent_type_ == named[0].ent_type_ for t in named) and bool(named[0].ent_type_) \
        and sum(t.ent_iob_ == "B" for t in named) <= 1


def _slot_at_edge(evidence: Any, ours: list[str], i1: int, i2: int, j1: int, j2: int) -> tuple[int, int]:
    """A claim that stops (or starts) inside its sentence ("..., accompanied by his attorney,
    Andre Harris" from "..., Clark Brewster, and immediately posted bail"): the slot it ends on
    is the sentence's words up to the next punctuation, not the rest of the sentence."""
    if all(not w[:1].isalnum() for w in ours[j2:]):  # the claim ends here
        end = next((k for k in range(i1, i2) if evidence[k].is_punct), i2)
        return i1, min(end, i1 + SLOT_TOKENS)
    if j1 == 0:  # the claim starts here
        start = next((k + 1 for k in range(i2 - 1, i1 - 1, -1) if evidence[k].is_punct), i1)
        return max(start, i2 - SLOT_TOKENS), i2
    return i1, i2


def _described(span: Any, definite: bool = False) -> bool:
    """The words hold a common noun, not a name: a description ("the teenager"); with
    ``definite``, one with its determiner ("the Kentucky senator" for "Rand Paul")."""
    return any(t.pos_ == "NOUN" and not t.ent_type_ and (not definite or any(c.dep_ in ("det", "poss")
               for c in t.children)) for t in span)


def _when(t: Any) -> bool:
    """A day or a month, which the date check reads, not a name."""
    return t.ent_type_ in ("DATE", "TIME") or t.lower_ in _WEEKDAYS or t.lower_ in _MONTHS


def _name_like(t: Any) -> bool:
    named = t.ent_type_ in NAME_LABELS or t.pos_ == "PROPN"
    return bool(t.text[:1].isupper() and _WORD.fullmatch(t.text) and not t.is_stop and named)


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")  # "O'Malley", "Jean-Claude" are words


def _whole_name(t: Any) -> str:
    ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
    return str(ent.text if ent is not None else t.text)


def _head_said(name: str, said: set[str]) -> bool:
    """A name is mentioned by its last word ("Putin" for "Vladimir Putin"; not "Palestinian"
    for "the Palestinian Authority")."""
    words = [w for w in re.findall(r"[^\W\d_]+", name) if not _title(w)]
    return not words or _known(words[-1].lower().removesuffix("'s"), said)


def label_of(name: str, claim: Any) -> str:
    """The recogniser's label for a name of the claim ("PROPN" for a run it did not label)."""
    return next((label for text, label in _names(claim) if text == name), "PROPN")


def names_in(name: str, text: str) -> bool:
    """Every word of the name (titles aside) is in the text, spelt alike."""
    have = _name_words(text)
    words = [w for w in _name_words(name) if not _title(w)]
    return (bool(words) and all(_known(w, have) for w in words)) or acronym_in(name, text)


def omitted_facts(claim: Any, evidence: Any) -> dict[str, list[str]]:
    """What the evidence states and the claim leaves out, by kind: the labels of the names it
    leaves out, numbers, dates."""
    said = _name_words(claim.text)
    names = [e.label_ for e in evidence.ents if e.label_ in NAME_LABELS and not _head_said(e.text, said)]
    values = set(quantities(claim.text))
    ours, theirs = dates(claim.text), dates(evidence.text)
    return {"entity": names,
            "number": [_fmt(v) for v in quantities(evidence.text) if v not in values and not _is_year(v)],
            "date": [d for kind in theirs for d in sorted(theirs[kind] - ours[kind])]}


_TITLE_WORDS = frozenset(w.lower()[:5] for w in "mr mrs ms dr president minister prime foreign defence defense "
                         "economy secretary general sir lord lady st saint the of and de ceo cfo chief executive "
                         "chairman chairwoman chair spokesman spokeswoman director governor mayor senator".split())
# titles matched whole, not by their first five letters ("Cardinal", not "Cardiff"; "Rev." for "Reverend")
_WHOLE_TITLES = frozenset("rev reverend gov sen rep pope cardinal bishop archbishop rabbi imam sheikh judge".split())


def _title(word: str) -> bool:
    w = word.lower().removesuffix("'s")
    return _fold_name(w) in _TITLE_WORDS or w in _WHOLE_TITLES


_ALIASES = (("us", "usa", "u s", "u s a", "united states", "america"), ("uk", "u k", "united kingdom", "britain"),
            ("eu", "european union"), ("un", "united nations"))


def _alias_in(name: str, text: str) -> bool:
    """"the US" for "the United States", "Britain" for "the UK"."""
    folded = f" {words_only(name).removeprefix('the ')} "
    said = f" {words_only(text)} "
    return any(folded.strip() in group and any(f" {a} " in said for a in group) for group in _ALIASES)


def _known(word: str, have: set[str]) -> bool:
    """The same name, a spelling one letter away ("Sergei"/"Serguei"), or the same root with
    the ending of a people or a language ("Ukraine"/"Ukrainian", "China"/"Chinese"); not
    "Iraqi" for "Iranian", "Ahmadinejad" for "Ahmadi" or "FedEx" for "federal"."""
    return word in have or any(same_name_word(word, h) for h in have)


def _names(doc: Any) -> list[tuple[str, str]]:
    out = [(e.text, e.label_) for e in doc.ents if e.label_ in NAME_LABELS]
    covered = {t.i for e in doc.ents for t in e}
    fragment = len(doc) <= 6 and not any(t.pos_ in ("VERB", "AUX") for t in doc)  # a short answer: "Goa"
    run: list[Any] = []
    for t in [*doc, None]:
        capital = t is not None and t.is_alpha and not t.is_stop and (t.i > 0 and not doc[t.i - 1].is_punct or fragment)
        if t is not None and (t.pos_ == "PROPN" or capital) and t.i not in covered and t.text[:1].isupper():
            run.append(t)
            continue
        if run:
            out.append((" ".join(x.text for x in run), "PROPN"))
            run = []
    return out


def _name_words(text: str) -> set[str]:
    """The words of a text as a name is matched against them: lower case, no "'s"."""
    return {w.lower().removesuffix("'s") for w in re.findall(r"[^\W\d_]+", text)}


def _fold_name(word: str) -> str:
    w = word.lower().removesuffix("'s")
    return w[:5] if len(w) > 5 else w  # Ukrainian/Ukraine, Kirill/Kiril


# -- negation, antonyms and roles ----------------------------------------------------------


def negation_conflicts(claim: Any, evidence: Sequence[Any]) -> list[Conflict]:
    """The claim denies what the evidence asserts with the same verb, or the reverse."""
    by_word = _by_lemma_and_pos(evidence)
    out = []
    for t in claim:
        if t.pos_ not in ("VERB", "AUX", "ADJ") or (t.pos_ == "AUX" and t.dep_ != "ROOT"):
            continue
        mates = by_word.get((t.lemma_.lower(), t.pos_), [])
        # the same verb about the same things: "yields ground" is not "may not yield agreements"
        ours = _arguments(t)
        mates = [u for u in mates if (not ours or not (theirs := _arguments(u)) or ours & theirs)
                 and _same_frame(t, u)]
        if not mates:
            continue
        if all(_negated(u) != _negated(t) for u in mates):
            out.append(Conflict("negation", _phrase(t), _phrase(mates[0])))
    return out


def _by_lemma_and_pos(docs: Sequence[Any]) -> dict[tuple[str, str], list[Any]]:
    """The verbs and adjectives of ``docs`` by (lemma, part of speech), in order: each claim
    word then looks up its mates instead of walking every token of the evidence."""
    out: dict[tuple[str, str], list[Any]] = {}
    for doc in docs:
        for u in doc:
            if u.pos_ in ("VERB", "AUX", "ADJ"):
                out.setdefault((u.lemma_.lower(), u.pos_), []).append(u)
    return out


def _same_frame(ours: Any, theirs: Any) -> bool:
    """An adjective is compared with one said of the same verb: "found guilty" is not
    "pleaded not guilty"."""
    if ours.pos_ != "ADJ" or ours.dep_ not in ("acomp", "oprd", "xcomp", "ccomp"):
        return True
    return theirs.dep_ not in ("acomp", "oprd", "xcomp", "ccomp") or ours.head.lemma_ == theirs.head.lemma_ or \
        _copula(ours.head) and _copula(theirs.head)


def _copula(t: Any) -> bool:
    return t.lemma_ in ("be", "become", "remain", "seem")


def _arguments(t: Any) -> set[str]:
    """The lemmas of the nouns a verb takes (its subject, objects, and theirs of prepositions)."""
    out = set()
    for c in t.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "attr", "agent", "prep", "dative"):
            out |= {w.lemma_.lower() for w in c.subtree if w.pos_ in ("NOUN", "PROPN")}
    if t.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        # "the gun was locked and unable to fire": the gun is what would fire
        head = t.head
        for _ in range(3):
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects or head.dep_ not in ("xcomp", "acomp", "conj") or head.head is head:
                break
            head = head.head
        # the subject's own noun, not the clauses about it ("the gun Valencia held ...")
        out |= {w.lemma_.lower() for c in subjects for w in (c, *(x for x in c.children if x.dep_ == "compound"))
                if w.pos_ in ("NOUN", "PROPN")}
    return out


def _negated(t: Any) -> bool:
    """"did not attend", "never attended", "is not open"; not "without" (that negates a noun)."""
    # "received no warning" denies receiving one; "did not have no effect" denies it twice
    verb = any(c.dep_ == "neg" or c.lower_ in _VERB_NEGATIONS for c in t.children)
    objects = bool(_denied_objects(t))
    if verb or objects:
        return verb != objects
    if t.dep_ in ("xcomp", "acl") and t.pos_ in ("VERB", "AUX") and t.head is not t:
        # what the word it completes implies: "unable to attend", "failed to win", "its failure
        # to report", "too weak to shower" deny it; "was not able to vote", "did not manage to
        # win" deny it too
        head = t.head
        if _completes(head):
            return _negated(head) != (head.lemma_.lower() not in _IMPLYING)
    head = t.head if t.dep_ in ("acomp", "xcomp", "attr") else None
    return head is not None and any(c.dep_ == "neg" for c in head.children)


def _completes(head: Any) -> bool:
    """The word says whether what it completes happened ("failed to", "managed to", "too weak to")."""
    return head.lemma_.lower() in _DENYING | _IMPLYING or any(c.dep_ == "advmod" and c.lower_ == "too"
                                                               for c in head.children)


# words whose complement did not happen ("failed to win"), and words whose complement happened
# just when they did ("managed to win"; "was not able to vote")
_DENYING = frozenset({"unable", "fail", "refuse", "decline", "neglect", "failure", "refusal", "inability"})
_IMPLYING = frozenset({"able", "manage"})


_VERB_NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor", "cannot"})


def _phrase(t: Any) -> str:
    neg = [c.text for c in t.children if c.dep_ in ("neg", "aux", "auxpass") or c.lower_ in _VERB_NEGATIONS]
    if t.dep_ in ("xcomp", "acl") and _completes(t.head):
        neg = [_phrase(t.head)] + neg  # "unable to attend", "too weak to shower"
    elif t.dep_ in ("acomp", "xcomp", "attr"):  # "is not open": the "not" hangs on "is"
        neg = [c.text for c in t.head.children if c.dep_ == "neg"] + neg
    return " ".join([*neg, t.text, *(f"no {c.text}" for c in _denied_objects(t))]).strip()


def _denied_objects(t: Any) -> list[Any]:
    """The verb's objects that "no" denies ("received no warning")."""
    return [c for c in t.children if c.dep_ in ("dobj", "obj")
            and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)]


def antonym_conflicts(claim: Any, evidence: Sequence[Any]) -> list[Conflict]:
    theirs = {stem(u.text) for doc in evidence for u in doc}  # a set: looked up once per claim word
    out = []
    for t in claim:
        if t.pos_ in ("VERB", "ADJ", "NOUN", "ADV") and antonym_conflict([stem(t.text)], theirs):
            out.append(Conflict("antonym", t.text))
    return out


def roles(doc: Any) -> set[tuple[str, str, str]]:
    """(doer, verb lemma, done-to) of every verb with both, passive turned active: "Seattle
    was defeated by Portland" is ("portland", "defeat", "seattle")."""
    out = set()
    for t in doc:
        if t.pos_ not in ("VERB", "AUX"):
            continue
        subj = [c for c in t.children if c.dep_ in ("nsubj",)]
        obj = [c for c in t.children if c.dep_ in ("dobj", "obj")]
        passive = [c for c in t.children if c.dep_ == "nsubjpass"]
        agent = [g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if passive and agent:
            subj, obj = agent, passive
        if not subj and not passive and t.dep_ in ("xcomp", "advcl"):  # "voted to approve": the voter approves
            subj = [c for c in t.head.children if c.dep_ == "nsubj"]
        if subj and obj:
            out.add((_key(subj[0]), t.lemma_.lower(), _key(obj[0])))
    return out


def _key(t: Any) -> str:
    return _fold_name(t.text) if t.pos_ == "PROPN" else t.lemma_.lower()


def role_conflicts(claim: Any, evidence: Sequence[Any]) -> list[Conflict]:
    theirs = set().union(*(roles(d) for d in evidence)) if evidence else set()
    out = []
    for doer, verb, done in roles(claim):
        if doer != done and (done, verb, doer) in theirs and (doer, verb, done) not in theirs:
            out.append(Conflict("role", f"{doer} {verb} {done}", f"{done} {verb} {doer}"))
    return out


# -- details ------------------------------------------------------------------------------


def content_words(doc: Any, skip: frozenset[str] = frozenset()) -> list[Any]:
    """The tokens a paraphrase must not add without support: nouns, names, verbs and
    adjectives, minus light verbs, numbers (``number_conflicts`` reads them) and what the
    question already says."""
    ages = [m.span() for m in _AGE.finditer(doc.text)]
    return [t for t in doc if t.pos_ in _CONTENT_POS and not t.is_stop and t.lemma_.lower() not in _LIGHT
            and t.lemma_.lower() not in _REPORTING and not any(a <= t.idx < b for a, b in ages)
            and t.is_alpha and not t.like_num and t.lower_ not in _SCALES and t.lower_ not in _UNITS
            and t.lower_ not in ("half", "quarter", "percent")
            and t.lemma_.lower() not in skip and stem(t.text) not in skip]


def details(claim: Any, evidence: Sequence[Any], similar: Similar | None,
            skip: frozenset[str] = frozenset(), known: frozenset[str] = frozenset(),
            tolerated: int = 0) -> list[Conflict]:
    """Content words of the claim the evidence neither says nor says with a close synonym
    (``known``: stems said elsewhere in the sources, which a summary may gather). When no
    more than ``tolerated`` words are unsaid, the caller accepts them whatever their vectors
    say, so they are returned without asking for any (a model run saved).

    Word vectors tell a rewording ("construction" for "work") from an added detail ("and too
    expensive") no better than chance (both score 0.3-0.5 against the evidence's words),
    so the caller weighs how many there are against how close the whole claim stays."""
    lemmas = {u.lemma_.lower() for d in evidence for u in d} | {stem(u.text) for d in evidence for u in d} | known
    pool = sorted({u.lemma_.lower() for d in evidence for u in content_words(d)})
    unsaid: dict[str, Any] = {}
    compounds = _compounds(evidence)
    for t in content_words(claim, skip):
        if t.lemma_.lower() in lemmas or stem(t.text) in lemmas or _title(t.text) or _part_of(t.lower_, compounds):
            continue
        unsaid.setdefault(t.lower_, t)
    if len(unsaid) <= tolerated:
        return [Conflict("detail", t.text) for t in unsaid.values()]
    close = similar(sorted({t.lemma_.lower() for t in unsaid.values()}), pool) if similar and pool else {}
    return [Conflict("detail", t.text) for t in unsaid.values() if close.get(t.lemma_.lower(), 0.0) < SYNONYM]


def _compounds(evidence: Sequence[Any]) -> tuple[set[str], set[str]]:
    """The evidence's long words; and each two of its words run together ("took over" ->
    "takeover", by the first one's lemma too)."""
    long = {u.lower_ for d in evidence for u in d if len(u) >= 8 and u.is_alpha}
    pairs = {f"{x}{b.lower_}" for d in evidence for a, b in zip(d, d[1:]) if a.is_alpha and b.is_alpha
             for x in (a.lower_, a.lemma_.lower())}
    return long, pairs


def _part_of(word: str, compounds: tuple[set[str], set[str]]) -> bool:
    """A word the evidence says run together from two ("a takeover" for "took over") or as
    the end of a longer one ("copter" for "helicopter", "plane" for "airplane")."""
    long, pairs = compounds
    return word in pairs or (len(word) >= 5 and any(c.endswith(word) and c != word for c in long))


# -- short answers ------------------------------------------------------------------------


def slot_conflicts(question: str, answer: str, sentences: Sequence[Any]) -> list[Conflict]:
    """A short answer ("Delhi") is supported where the sources give it for what was asked,
    not merely somewhere. With the question's analysis (``assistant.question``): an "A or
    B?" question is answered by A or B; the answer is a span that can fill the question
    (a place for "where"); and the sentence that holds it must be about the question at least
    as much as the sentence of any rival span ("Mumbai" two sentences on), within one sentence
    standing nearer the question's focus."""
    from ..question import analyse
    from ..spans import answer_spans  # the answers' own reading of a question

    analysis = analyse(question)
    if analysis.options:
        if not any(_same(o, answer) or _overlaps(o, answer) for o in analysis.options):
            return [Conflict("answer", answer, " or ".join(analysis.options))]
        return []
    asked = {stem(w) for w in (*analysis.focus, *re.findall(r"[A-Za-z]+", question)) if len(w) > 2} \
        - _QUESTION_STEMS
    if not asked or analysis.explanatory:
        return []
    relevance = _relevance(asked, sentences)
    found = [answer_spans(analysis, d) for d in sentences]  # each sentence's, read once (the reader reuses them)
    spans = [(i, d, s) for i, d in enumerate(sentences) for s in found[i]]
    ours = [(i, d, s) for i, d, s in spans if _same(d.text[s.start:s.end], answer)]
    clash = _place_kind(analysis, answer, [d.text[s.start:s.end] for _, d, s in spans], sentences) \
        or _life_end(analysis, answer, sentences)
    if clash is not None:
        return [clash]
    if not ours:  # a name the recogniser reads as another kind ("Paris" for "who") cannot fill the question
        labels = {e.label_ for d in sentences for e in d.ents if _same(e.text, answer)}
        if labels and not labels & analysis.labels and analysis.labels and not _placed(analysis, answer, sentences) \
                and _misread_beaten(analysis, answer, labels, sentences, relevance, found):
            return [Conflict("answer", answer, f"not {_kind(analysis.answer_type)}")]
        if labels & analysis.labels and spans and not _asked_or_read(answer, question, spans):
            # of the right kind, but the answers' own reading sets it aside ("in 2000" for "born in
            # which year?" beside "(born September 2, 1948)"), and something else fills the question
            _, d, s = spans[0]
            return [Conflict("answer", answer, f"{d.text[s.start:s.end]}, which fills the question")]
        return []
    focus = {stem(w) for w in analysis.focus}
    read = _reader_scores(analysis, sentences, relevance, found)
    margin = SLOT_MARGIN if read is None else READER_MARGIN

    def value(i: int, d: Any, s: Any) -> float:
        return _slot_score(relevance[i], d, s, focus) if read is None else read[(i, s)]

    best = max(value(i, d, s) for i, d, s in ours)
    rivals = [(value(i, d, s), d, s) for i, d, s in spans if _rival(d.text[s.start:s.end], answer)
              and not _wrong_size(analysis, d.text[s.start:s.end], answer)]
    better = [(score, d.text[s.start:s.end]) for score, d, s in rivals if score > best + margin]
    if better:
        return [Conflict("answer", answer, max(better)[1])]
    called = called_rival(analysis, ours, rivals, best - margin)
    return [Conflict("answer", answer, f"{called}, which the sources call a {analysis.wh_noun}")] if called else []


def called_rival(analysis: Any, ours: Sequence[tuple[int, Any, Any]], rivals: Sequence[tuple[float, Any, Any]],
                 floor: float) -> str:
    """"Next to what castle?": where the sources never call the answer the kind asked ("Canty
    Bay") and a rival that scores at least ``floor`` is called so ("Tantallon Castle"), that
    rival (the best such); else "". ``ours``: (i, sentence, span) of the answer; ``rivals``:
    (score, sentence, span)."""
    from ..spans import labelled

    if not analysis.wh_noun or any(labelled(analysis, d.text, s) for _, d, s in ours):
        return ""
    called = [(score, d.text[s.start:s.end]) for score, d, s in rivals
              if score >= floor and labelled(analysis, d.text, s)]
    return max(called)[1] if called else ""


def _misread_beaten(analysis: Any, answer: str, labels: set[str], sentences: Sequence[Any],
                    relevance: list[float], found: Sequence[Sequence[Any]]) -> bool:
    """A name the recogniser labels another kind than asked may be one it misread ("Fu Manchu",
    a band, read as a person): it stands only where the reader prefers it to every span of the
    kind asked and to every name read as it was (its twin "Sebastian Bach" is read so too)."""
    from ..spans import Span

    wider = [sorted({*f, *(Span(e.start_char, e.end_char, e.label_) for e in d.ents if e.label_ in labels)},
                    key=lambda s: (s.start, -s.end)) for d, f in zip(sentences, found)]
    read = _reader_scores(analysis, sentences, relevance, wider)
    if read is None:
        return True
    spans = [(read[(i, s)], d.text[s.start:s.end]) for i, d in enumerate(sentences) for s in wider[i] if (i, s) in read]
    ours = [score for score, text in spans if _same(text, answer)]
    return not ours or any(score > max(ours) for score, text in spans if _rival(text, answer))


def _placed(analysis: Any, answer: str, docs: Sequence[Any]) -> bool:
    """For a place asked, the sources put the answer where a place stands, whatever the small
    recogniser labels it ("born in Glasgow", "Svelvik, Vestfold")."""
    if analysis.answer_type != "place":
        return False
    return any(_PLACE_BEFORE.search(d.text, 0, m.start()) or _place_beside(d, m.start(), before=True)
               for d, m in _occurrences(answer, docs))


_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside)\s+$")


def _asked_or_read(answer: str, question: str, spans: Sequence[tuple[int, Any, Any]]) -> bool:
    """The answer is the question's own words ("Radiohead" for "... singer of which band?",
    which the reading of a question never offers), or shares a word with a span read."""
    asked = {w.lower() for w in re.findall(r"\w+", question)}
    return {w.lower() for w in re.findall(r"\w+", answer)} <= asked \
        or any(_overlaps(d.text[s.start:s.end], answer) for _, d, s in spans)


def _life_end(analysis: Any, answer: str, docs: Sequence[Any]) -> Conflict | None:
    """A death date for "born when?" or a birth date for "died when?": the sources give the
    answer only as the other end of a life's dates ("(May 11, 1894 – April 1, 1991)")."""
    from ..spans import other_end_of_life

    at = _occurrences(answer, docs)
    if at and all(other_end_of_life(analysis, d.text, m.start(), m.end()) for d, m in at):
        return Conflict("answer", answer, "the other end of a life's dates")
    return None


def _wrong_size(analysis: Any, rival: str, answer: str) -> bool:
    """A rival that cannot fill the place asked for: a country for "which city?", a town for
    "which country?" against an answer that is a country."""
    from ..answerability import is_country
    from ..spans import SMALL_PLACES

    if analysis.answer_type != "place":
        return False
    if analysis.wh_noun in SMALL_PLACES:
        return is_country(rival)
    return analysis.wh_noun in _COUNTRY_WORDS and is_country(answer) and not is_country(rival)


def _place_kind(analysis: Any, answer: str, found: Sequence[str], docs: Sequence[Any]) -> Conflict | None:
    """A place of the wrong size: a town for "which country?" where the sources name a
    country that can fill it ("Istanbul" where they say "Turkey"), a country for "which
    city?" ("Germany" for the city of the Reichstag); a place the sources only ever write
    after a smaller one for "which city?" ("Memphis, Tennessee"), or before a wider one for
    "which country?" or "which state?" ("Santa Ana, Ca.")."""
    from ..answerability import is_country
    from ..spans import SMALL_PLACES

    if analysis.answer_type != "place":
        return None
    if analysis.wh_noun in _COUNTRY_WORDS and not is_country(answer):
        country = next((t for t in found if is_country(t)), None)
        if country:
            return Conflict("answer", answer, f"{country}, a country")
    if analysis.wh_noun in SMALL_PLACES and is_country(answer):
        return Conflict("answer", answer, f"not a {analysis.wh_noun}: a country")
    at = _occurrences(answer, docs)
    if not at or any(_in_list(d.text, m.start(), m.end()) for d, m in at):
        return None
    if analysis.wh_noun in SMALL_PLACES and all(_place_beside(d, m.start(), before=True) for d, m in at):
        return Conflict("answer", answer, f"not a {analysis.wh_noun}: the place around one")
    if analysis.wh_noun in _COUNTRY_WORDS | {"state"} and all(_place_beside(d, m.end(), before=False) for d, m in at):
        return Conflict("answer", answer, f"not a {analysis.wh_noun}: a place inside one")
    return None


def _place_beside(doc: Any, at: int, before: bool) -> bool:
    """A place the recogniser names right before ``at`` and a comma ("Memphis, |Tennessee"),
    or right after a comma at ``at`` ("Santa Ana|, California")."""
    text = doc.text
    for e in doc.ents:
        if e.label_ not in ("GPE", "LOC"):
            continue
        if before and re.fullmatch(r",\s*", text[e.end_char:at]):
            return True
        if not before and re.fullmatch(r"\s*,\s*", text[at:e.start_char]):
            return True
    return False


def _in_list(text: str, start: int, end: int) -> bool:
    """The name is one of a list ("Oakland, Sidney, Belgrade, China and Rome")."""
    return bool(_LIST_AFTER.match(text, end) or _LIST_BEFORE.search(text, 0, start))


_COUNTRY_WORDS = frozenset({"country", "nation"})
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
_LIST_AFTER = re.compile(rf"(?:\s*,\s*{_NAME})*\s*,?\s*(?:and|or)\s")
_LIST_BEFORE = re.compile(rf"(?:,\s*{_NAME}\s*,\s*|\b(?:and|or)\s+)$")


def _occurrences(answer: str, docs: Sequence[Any]) -> list[tuple[Any, re.Match[str]]]:
    """Each place the sentences write the answer, as a whole word or words."""
    pattern = re.compile(rf"(?<!\w){re.escape(answer)}(?!\w)")
    return [(d, m) for d in docs for m in pattern.finditer(d.text)]


def _reader_scores(analysis: Any, sentences: Sequence[Any], relevance: list[float],
                   found: Sequence[Sequence[Any]]) -> dict[tuple[int, Any], float] | None:
    """The trained span reader's score of every answer span of the sources (``found``: each
    sentence's answer spans; ``assistant.reader``, the one the extractive answers use), or None
    when no weights are installed."""
    from ..compose import read_spans
    from ..reader import load_weights, score
    from ..sentences import Candidate

    weights = load_weights()
    if not weights:
        return None
    pool, at = [], 0
    for d, r in zip(sentences, relevance):  # one passage, sentences in order: "follows" links neighbours
        pool.append(Candidate(1, d.text, at, at + len(d.text), r))
        at += len(d.text) + 1
    spans = {id(c): list(f) for c, f in zip(pool, found)}
    read = read_spans(analysis, pool, sentences, spans)
    return {(i, s): score(weights, f) for i, c in enumerate(pool) for s, f in read[id(c)]}


def _kind(answer_type: str) -> str:
    return ANSWER_KINDS.get(answer_type, f"a {answer_type}")


SLOT_MARGIN = 0.05
READER_MARGIN = 0.5  # in the reader's log-odds: a rival must be clearly preferred (dev twins, 0 / 0.5 / 1 / 2)
_QUESTION_STEMS = frozenset(stem(w) for w in "what which who whom whose where when why how many much did does do "
                            "is are was were the and for".split())


def _same(a: str, b: str) -> bool:
    fa, fb = words_only(a), words_only(b)
    return bool(fa) and bool(fb) and (fa == fb or f" {fb} " in f" {fa} " or f" {fa} " in f" {fb} ")


def _rival(span: str, answer: str) -> bool:
    """A span that is another answer: neither the answer nor sharing a word with it."""
    return not _same(span, answer) and not _overlaps(span, answer)


def _overlaps(a: str, b: str) -> bool:
    """A word in common, not a letter nor a little word ("Children’s" and "U.S." share none)."""
    def said(x: str) -> set[str]:
        return {w for w in re.findall(r"\w+", x.lower()) if (len(w) > 1 or w.isdigit()) and w not in STOPWORDS}

    return bool(said(a) & said(b))


def _relevance(asked: set[str], sentences: Sequence[Any]) -> list[float]:
    """Share of the question's words in each sentence, the sentence before lending half of
    its share to one that opens with a pronoun."""
    own = [len(asked & {stem(t.text) for t in d}) / len(asked) for d in sentences]
    out = list(own)
    for i in range(1, len(sentences)):
        if sentences[i][:1].text.lower() in PRONOUNS:
            out[i] = max(out[i], 0.5 * own[i - 1] + own[i])
    return out


def _slot_score(relevance: float, doc: Any, span: Any, focus: set[str]) -> float:
    """The sentence's relevance, plus a little for standing near a focus word."""
    at = [t.idx for t in doc if stem(t.text) in focus]
    near = min((min(abs(a - span.start), abs(a - span.end)) for a in at), default=None)
    return relevance + (0.1 / (1 + near / 20) if near is not None else 0.0)
