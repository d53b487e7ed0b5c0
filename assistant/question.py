"""Question analysis: what a question asks for and what evidence must match to answer it.

One leaf module shared by the generators, the follow-up logic and the verification of
generated answers. From spaCy's parse of a question it derives:

- the expected answer type (a place for "where", a person for "who", a number for "how
  many", a reason for "why", ...; for "which city" the noun decides);
- the focus: the content words the answer must be about;
- the hard constraints: names, years, numbers and quoted words that evidence must carry.
  A passage about 2023 does not answer a question about 2022, however close its topic;
- the parts of a multi-part question ("Where will they meet, and who is going?");
- whether it refers back to the conversation ("Why there?") rather than standing alone.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from index.text import DEMONSTRATIVES, PRONOUNS, STOPWORDS

from .answer_types import (
    CHANGES,
    EXPLANATORY,
    NAME_LABELS,
    OFFICES,
    SORTS,
    TYPE_LABELS,
    WH_TAGS,
    WH_WORDS,
    answer_type_of,
    asks_name,
    asks_plural,
    comparison,
    of_noun,
    options_of,
    question_word,
    relative,
    wh_token,
)
from .nlp import parse
from .text import MONTHS, stem

_KEEP = frozenset("say tell call name show".split())  # spaCy counts these as stopwords; questions turn on them
_SAYING = frozenset("say tell announce claim state warn write argue insist add reply respond comment".split())
# The verbs of a sentence that reports someone's words: the question's own, and more that a
# report uses ("Trump promised ...", "according to ..." is matched apart).
SPEECH_VERBS = _SAYING | frozenset("promise threaten vow predict suggest deny admit urge stress note explain describe "
                                   "call ask acknowledge confirm repeat demand propose".split())
_LIGHT_VERBS = frozenset("be do have get make take go come".split())
_BACK_ADVERBS = frozenset({"there", "then"})
_PRESENT_WORDS = frozenset("now currently current today latest recently recent present still".split())
_MONTH = re.compile(rf"\b({MONTHS})\b")
_MONEY = re.compile(r"\b(dollars?|euros?|pounds?|kroner|krone|yen|yuan|rubles?|roubles?|money|cost|costs|price|"
                    r"paid|pay|spend|spent|funding|budget)\b|[$€£¥]", re.IGNORECASE)
_ORDINAL = re.compile(r"\d+(st|nd|rd|th|s)")  # "27th", "1990s": not codes
_OFFICE_WORDS = OFFICES | {"prime", "foreign", "vice", "deputy"}  # "UK Prime Minister ..." ends "UK"
_QUOTED = re.compile(r"[\"“”]([^\"“”]{2,80})[\"“”]")
YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")  # a year as a question or a passage writes it
_LIFE_DATES = re.compile(r"\((?:born|b\.|n[ée]e?)\s[^()]*\)"  # "(born August 23, 1965)", "(1862 – 1946)"
                         r"|\([^()]*\b(?:1[5-9]\d\d|20\d\d)\s*[–-]\s*[^()]*\b(?:1[5-9]\d\d|20\d\d)\s*\)")
# the second year of a span ("2017-2018 season") names the same season as the first
_SEASON_END = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\s*[-–/]\s*$")
_OPEN_ENDED = re.compile(r"\b(?:since|from|after|before|until)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?$", re.I)
_YEAR_OR_DECADE = re.compile(r"\b(1[5-9]\d\d|20\d\d)(?:(?<=0)(['’]?s))?\b")  # "1994", "1990s", "1990's"
_DIGITS = re.compile(r"\d")
_CONTEXT = re.compile(r"\s*\(([^()]*)\)\s*$")  # the terms a follow-up inherits, added by the conversation
PLACE_LABELS = frozenset({"GPE", "LOC"})
# (not before a question word that ends the question: "... noted for its intensity and what?")
_PART_SPLIT = re.compile(r"[,;]?\s+and\s+(?=(?:in |on |at |for |from |by |with |to )?(?:who|whom|whose|what|"
                         r"which|where|when|why|how)\b(?!\s*[?.!]?\s*$))", re.IGNORECASE)


@dataclass(frozen=True)
class Constraint:
    """Something the evidence must carry: a ``name``, a ``year`` (a decade "1990s" is any of its
    years), a ``number`` or a ``quote``.
    ``label``: for a name, the entity label the recogniser gave it ("PERSON", "GPE", ...; empty
    when a run of capitalised words was taken as a name without one)."""

    kind: str
    text: str
    label: str = field(default="", compare=False)

    @property
    def place(self) -> bool:
        """A named place ("Hawaii", "Sevier County"): evidence about another place is no answer."""
        return self.kind == "name" and self.label in PLACE_LABELS

    @property
    def person(self) -> bool:
        return self.kind == "name" and self.label == "PERSON"

    @property
    def hard(self) -> bool:
        """Evidence without it is about something else, however much else it shares: a year,
        a number, a quoted title, a month, a place. A person, a work or an organisation a long
        question describes by other names as well can be named by a pronoun or not at all
        ("He was born in Enugu" for a question naming him, his film and his town)."""
        return self.kind != "name" or self.place or self.label == "DATE"


@dataclass(frozen=True)
class Analysis:
    text: str  # the question, without inherited context
    answer_type: str  # a key of TYPE_LABELS, one of EXPLANATORY, or "" when unknown
    wh: str = ""  # the question word ("where", "how many", "which", ...)
    focus: tuple[str, ...] = ()  # lower-case lemmas of the content words the answer is about
    constraints: tuple[Constraint, ...] = ()
    parts: tuple[str, ...] = ()  # the sub-questions of a multi-part question (one: itself)
    context: tuple[str, ...] = ()  # terms a follow-up inherits from the conversation (soft)
    refers_back: bool = False  # leans on the conversation: pronouns, "there", "then", ellipsis
    present: bool = False  # asks about now: present or future tense, "currently", "this week"
    plural: bool = False  # "who are", "which ministers": the answer may be a list
    options: tuple[str, ...] = ()  # "A or B?": the answer is one of these
    compares: str = ""  # what "A or B?" compares: "earlier", "later", "more", "fewer" (``comparison``)
    wh_noun: str = ""  # "city" in "which city"
    sort_of: str = ""  # "aircraft" in "what type of aircraft" (``wh_noun`` is then "type")
    cloze: tuple[str, ...] = ()  # "19-year-old" in "Eve, a 19-year-old what?": the words the answer follows
    subject: str = ""  # "mayor", "harbour master": the role the answer must be about, last word its head
    speaker: str = ""  # "Donald Trump" in "What did Donald Trump say?": whose words are asked for
    near: tuple[str, ...] = ()  # stems of the words around the question word: the relation asked ("owned by what")
    # (noun lemma, the people or place that qualifies it, NORP or PLACE): ("delegation", "American", "NORP") for "the
    # American delegation"; evidence about another's ("Russia's delegation") is a near miss
    qualified: tuple[tuple[str, str, str], ...] = ()
    slot: tuple[str, ...] = ()  # ("after", "name") for "named after who?": that verb's object of that word (then
    # other words it may hang from: ``_slot``)
    doer: str = ""  # "chair" for "Who chaired the ceremony?", "direct" for "directed by whom?": whose doer is asked
    done: str = ""  # "build" for "What did Ola Brun build?", "star" for "starring which actress?": whose object
    extras: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def labels(self) -> frozenset[str]:
        """The entity labels that can fill the answer (empty for explanatory types); an
        amount of money when the question speaks of money ("how much ... in dollars")."""
        if self.answer_type == "amount" and self.extras.get("money") and self.wh_noun not in CHANGES:
            return frozenset({"MONEY"})
        return TYPE_LABELS.get(self.answer_type, frozenset())

    @property
    def explanatory(self) -> bool:
        """The answer is a sentence, not a span: why, how, what it is, yes or no, and an open
        "what" ("What did the mayor say?")."""
        return self.answer_type in EXPLANATORY or not self.answer_type or (
            self.answer_type == "thing" and not self.wh_noun)

    def names(self) -> list[str]:
        return [c.text for c in self.constraints if c.kind == "name"]


# The same question is analysed by the follow-up logic, the generator, the lead check and the
# prompt; the analysis is a frozen value, so it is worked out once.
@functools.lru_cache(maxsize=2048)
def analyse(question: str) -> Analysis:
    """The analysis of a (possibly multi-part) question; runs of spaces count as one (the
    parser reads "What  teen film" as a word of space between the question word and its noun)."""
    text, context = split_context(" ".join(question.split()))
    parts = split_parts(text)
    first = _analyse_one(parts[0], context)
    if len(parts) == 1:
        return first
    constraints = tuple(dict.fromkeys(c for p in parts for c in _analyse_one(p, context).constraints))
    return Analysis(**{**first.__dict__, "text": text, "parts": tuple(parts), "constraints": constraints})


def split_context(question: str) -> tuple[str, tuple[str, ...]]:
    """"Why there? (Putin, Alaska)" -> ("Why there?", ("Putin", "Alaska"))."""
    m = _CONTEXT.search(question)
    if not m or not question[: m.start()].rstrip().endswith("?"):
        return question.strip(), ()
    terms = tuple(t.strip() for t in m.group(1).split(",") if t.strip())
    return question[: m.start()].strip(), terms


def split_parts(text: str) -> list[str]:
    """Sub-questions joined by "and" before a question word; a part with no words of its own
    ("..., and in what year?") borrows the first part's subject matter."""
    pieces = [p.strip(" ,;") for p in _PART_SPLIT.split(text) if p.strip(" ,;?")]
    if len(pieces) < 2:
        return [text]
    parts = [p if p.endswith("?") else p + "?" for p in pieces]
    if not _asks(parse(parts[0])):  # "X was directed by a man whose credits include A, B, and what other film?"
        return [text]
    first = _analyse_one(parts[0], ())
    out = [parts[0]]
    for p in parts[1:]:
        own = _analyse_one(p, ())
        borrowed = ", ".join(first.focus + tuple(first.names()))
        out.append(p if own.focus or own.constraints else f"{p[:-1]} ({borrowed})?")
    return out


def _asks(doc: Any) -> bool:
    """The words ask a question of their own: a question word that is not a relative pronoun,
    or an auxiliary first ("Is it ...")."""
    return any(t.lower_ in WH_WORDS and t.tag_ in WH_TAGS and not relative(doc, t) for t in doc) or (
        len(doc) > 0 and doc[0].pos_ == "AUX")


@functools.lru_cache(maxsize=2048)
def _analyse_one(text: str, context: tuple[str, ...]) -> Analysis:
    doc = parse(text)
    token = wh_token(doc)
    wh, wh_noun = question_word(doc, token)
    options = options_of(doc) if wh in ("which", "what", "who", "", "yesno") else ()
    answer_type = answer_type_of(doc, wh, wh_noun, options)
    if answer_type == "thing" and not wh_noun and asks_name(doc):
        wh_noun = "name"  # "... popularly known as what?": a name, not a description
    # "What State has ...", "which Kingdom": the kind asked for is not a name to match
    constraints = _split_options(tuple(c for c in _constraints(doc, text) if c.text.lower() != wh_noun), options)
    focus = _focus(doc, wh_noun, constraints)
    return Analysis(
        text=text, answer_type=answer_type, wh=wh, focus=focus, constraints=constraints, parts=(text,),
        context=context, refers_back=_refers_back(doc, focus, constraints), present=_present(doc),
        plural=asks_plural(doc, token), options=options, compares=comparison(doc) if options else "",
        wh_noun=wh_noun, subject=_subject(doc, wh_noun), sort_of=of_noun(doc, wh_noun) if wh_noun in SORTS else "",
        speaker=_speaker(doc), near=_near(doc, token), slot=_slot(token), doer=_doer(token), done=_done(token),
        qualified=qualified_nouns(doc),
        cloze=_cloze(doc, token) if answer_type in ("thing", "definition") and not wh_noun else (),
        extras={"money": bool(_MONEY.search(text))},
    )


def _split_options(constraints: tuple[Constraint, ...], options: tuple[str, ...]) -> tuple[Constraint, ...]:
    """"Bralorne or Dome Mine" read as one name: the alternatives are each a name."""
    out: list[Constraint] = []
    for c in constraints:
        if c.kind == "name" and len(options) == 2 and re.search(r"\bor\b", c.text):
            out.extend(Constraint("name", re.sub(r"^(?:the|The)\s+", "", o)) for o in options)
        else:
            out.append(c)
    return tuple(dict.fromkeys(out))


_PEOPLE_OR_PLACE = frozenset({"NORP", "GPE", "LOC"})


def qualified_nouns(doc: Any) -> tuple[tuple[str, str, str], ...]:
    """The common nouns a people or a place qualifies, as (noun lemma, qualifier, NORP or
    PLACE): "the American delegation" -> ("delegation", "American", "NORP"), "Russia's
    ministers" -> ("minister", "Russia", "PLACE"). Also read from evidence sentences, so
    ``answerability`` can tell "the U.S. delegation" from "Russia's delegation"."""
    out = []
    for t in doc:
        if t.pos_ != "NOUN":
            continue
        for c in t.lefts:  # with what they join: "the British-Irish boy band" -> British, Irish
            if c.dep_ not in ("amod", "compound", "poss", "nmod") or any(w.dep_ == "prep" for w in c.subtree):
                continue
            for w in c.subtree:
                if w.ent_type_ in _PEOPLE_OR_PLACE and w.ent_iob_ == "B":
                    ent = next((e for e in doc.ents if e.start == w.i), None)
                    kind = "NORP" if w.ent_type_ == "NORP" else "PLACE"  # (the recogniser's GPE or LOC)
                    out.append((t.lemma_.lower(), ent.text if ent is not None else w.text, kind))
    return tuple(dict.fromkeys(out))


def _constraints(doc: Any, text: str) -> tuple[Constraint, ...]:
    out: list[Constraint] = [Constraint("quote", q.strip()) for q in _QUOTED.findall(text)]
    # "Roger Avary (born August 23, 1965) is ...": a life's dates describe who is meant, as the
    # name does; a passage about him that does not repeat them is no passage about another year
    covered: set[int] = {t.i for m in _LIFE_DATES.finditer(text) for t in doc.char_span(
        m.start(), m.end(), alignment_mode="expand") or ()}
    for ent in doc.ents:
        if ent.start in covered:
            continue
        said = text[ent.start_char : ent.end_char + 2]  # with the "'s" the recogniser leaves out
        years = [m.group(1) + ("s" if m.group(2) else "") for m in _YEAR_OR_DECADE.finditer(said)
                 if not (m.group(2) and _OPEN_ENDED.search(text, 0, ent.start_char + m.start()))
                 and not _SEASON_END.search(said, 0, m.start())]  # "the 2017-2018 season": 2017-18
        if ent.label_ == "DATE" and years:
            out.extend(Constraint("year", y) for y in years)  # "1994", or "1990s" for "the 1990's"
        elif ent.label_ == "DATE" and _MONTH.search(ent.text):  # "in August": the evidence must say August
            out.append(Constraint("name", _MONTH.search(ent.text).group(0), "DATE"))  # type: ignore[union-attr]
        elif ent.label_ == "NORP" or ent.label_ == "LANGUAGE":
            pass
        elif ent.label_ in NAME_LABELS and not _is_common(ent):
            whole = doc[ent.start : _name_end(doc, ent)]
            name = _clean_name(whole)
            if name and not _quoted(name, out):
                out.append(Constraint("name", name, ent.label_))
            covered.update(range(ent.start, whole.end))
        elif ent.label_ in ("CARDINAL", "MONEY", "QUANTITY", "PERCENT") and _DIGITS.search(ent.text):
            out.append(Constraint("number", ent.text))
        else:
            continue
        covered.update(range(ent.start, ent.end))
    for t in doc:  # codes such as "T4" or "F-35" the entity recogniser missed
        if t.i in covered or t.is_punct:
            continue
        # A capitalised word the recogniser did not take ("Jazz") is as often a title word as
        # a name, and a false name makes the answer abstain; two or more in a row ("Ivanka
        # Trump") are a name it missed.
        run = _propn_run(doc, t.i, covered)  # (not an office: "the new Assistant Coach")
        if len(run) >= 2 and run[-1].lower_ not in _ROLE_WORDS and not _quoted(" ".join(x.text for x in run), out):
            out.append(Constraint("name", _strip_possessive(" ".join(x.text for x in run))))
            covered.update(x.i for x in run)
        elif _DIGITS.search(t.text) and re.search("[A-Za-z]", t.text) and not _ORDINAL.fullmatch(t.text):
            out.append(Constraint("name", _strip_possessive(t.text)))
        elif t.like_num and YEAR.fullmatch(t.text):
            decade = t.text.endswith("0") and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("s", "'s", "’s")
            out.append(Constraint("year", t.text + ("s" if decade else "")))
    return tuple(dict.fromkeys(c for c in out if c.text))


def _name_end(doc: Any, ent: Any) -> int:
    """Where a name the recogniser found ends. It may stop short of the capitalised words
    right after it ("Vasek" of "Vasek Pospisil", "James Dean" of "James Dean Bradfield",
    "Rebecca" of "Rebecca Rippy") or cut one name in two ("Statistician Walter", "Francis
    Willcox"): those words, with nothing between, are part of it; not a title or office
    ("UK Prime Minister ..."), a stopword, or a name of another kind."""
    end: int = ent.end
    ents = {e.start: e for e in doc.ents}
    if doc[end - 1].tag_ == "POS" or not doc[end - 1].text[:1].isupper():
        return end  # "Blue Öyster Cult's Godzilla", "Gülhane Park and Zografeion Lyceum": two things
    while end < len(doc):
        t = doc[end]
        if not (t.is_alpha and t.text[:1].isupper()) or t.lower_ in STOPWORDS or t.lower_ in _OFFICE_WORDS \
                or not doc[end - 1].whitespace_:
            break
        other = ents.get(end)
        if other is not None and other.label_ != ent.label_:
            break
        end = int(other.end) if other is not None else end + 1
    return end


def _propn_run(doc: Any, i: int, covered: set[int]) -> list[Any]:
    """The capitalised proper nouns from token ``i`` on (none if ``i`` is not one), or a
    title's capitalised words whatever the tagger made of them ("Guitars for Wounded
    Warriors", "Party Never Ends", "Real Damage" in "contributed to Real Damage"): two or
    more, joined at most by a small word, not opening on a question word or an article."""
    run = []
    for t in doc[i:]:
        if t.i in covered or t.pos_ != "PROPN" or not t.text[:1].isupper() or t.i == 0 or t.lower_ in STOPWORDS:
            break
        run.append(t)
    return run if len(run) >= 2 else _title_run(doc, i, covered) or run


_ROLE_WORDS = _OFFICE_WORDS | frozenset("coach manager director representative member captain editor professor "
                                         "officer executive founder chair commissioner".split())
_TITLE_LINKS = frozenset({"for", "of", "the", "and", "in", "on", "to", "a", "an", "from", "with", "at"})
_NOT_TITLE_OPENERS = WH_WORDS | frozenset({"the", "a", "an", "in", "on", "at", "of", "for", "from", "and", "is", "are",
                                            "was", "were", "do", "does", "did", "has", "have", "had", "can", "will",
                                            "both", "name", "during", "after", "before", "since", "this", "that"})


def _title_run(doc: Any, i: int, covered: set[int]) -> list[Any]:
    first = doc[i]
    if not (first.is_alpha and first.text[:1].isupper()) or first.lower_ in _NOT_TITLE_OPENERS or first.ent_type_:
        return []
    run: list[Any] = []
    for t in doc[i:]:
        if t.i in covered or t.ent_type_:
            break
        if t.is_alpha and t.text[:1].isupper():
            run.append(t)
        elif t.lower_ in _TITLE_LINKS and run and run[-1].text[:1].isupper():
            run.append(t)
        else:
            break
    while run and not run[-1].text[:1].isupper():
        run.pop()
    return run if sum(t.text[:1].isupper() for t in run) >= 2 else []


def _clean_name(ent: Any) -> str:
    """The name without the words around it the recogniser took in: a leading article or
    lower-case word ("older Glenn Hughes"), quotes, a possessive, ordinals ("27th")."""
    words = [t for t in ent if not t.is_punct or t.text in ("-", "&", ".")]
    while words and (words[0].is_lower or words[0].lower_ == "the" or (words[0].i == 0 and words[0].is_stop)):
        words = words[1:]  # ... or the question's first word ("Are Manhattan West and ...")
    words = [t for t in words if not re.fullmatch(r"\d+(st|nd|rd|th)", t.text)]
    text = " ".join(t.text for t in words).replace(" - ", "-").replace(" .", ".")
    return _strip_possessive(text.strip("\"“”'’ "))


def _is_common(ent: Any) -> bool:
    """An entity that is a common word at the start ("Musician and satirist ...")."""
    return len(ent) == 1 and ent.start == 0 and ent[0].pos_ != "PROPN"


def _quoted(name: str, found: list[Constraint]) -> bool:
    """The name is part of a quoted title the question gives ("Thousand Times" of "A
    Thousand Times a Day")."""
    return any(name.lower() in q.text.lower() for q in found if q.kind == "quote")


def _strip_possessive(text: str) -> str:
    return re.sub(r"['’]s?$", "", text.strip()).strip()


def _focus(doc: Any, wh_noun: str, constraints: tuple[Constraint, ...]) -> tuple[str, ...]:
    """Lemmas of the nouns, verbs, adjectives and adverbs that are not question words,
    light verbs, stopwords or part of a constraint."""
    constrained = " ".join(c.text.lower() for c in constraints)
    out = []
    for t in doc:
        lemma = t.lemma_.lower()
        if ((t.is_stop and lemma not in _KEEP) or t.is_punct or t.tag_ in WH_TAGS
                or t.pos_ not in ("NOUN", "VERB", "ADJ", "PROPN", "NUM")
                or lemma in _LIGHT_VERBS or t.lower_ in constrained):
            continue
        out.append(lemma)
    if wh_noun and wh_noun not in out:
        out.insert(0, wh_noun)
    return tuple(dict.fromkeys(out))


_NEAR_ARCS = frozenset("det poss pobj prep conj appos compound amod attr dobj nsubj nsubjpass advmod npadvmod".split())
_NEAR_ARGUMENT = 4  # an argument of the asked verb this short is part of the relation asked; a longer one describes


def _near(doc: Any, token: Any) -> tuple[str, ...]:
    """The relation the question asks about, as stems: the words of the question word's own
    phrase, the words that lead from it up to its verb, and the verb's short arguments.
    "This Federation of Indian Airlines member is owned by what Indian business
    conglomerate?" -> indian, busi, conglomer, own: the long subject describes the bridge,
    which another sentence names; the answer's sentence says who owns it."""
    if token is None:
        return ()
    picked: list[Any] = []
    head = token
    if token.dep_ == "conj" and token.i >= 2 and doc[token.i - 1].lower_ in ("and", "or") \
            and doc[token.i - 2].pos_ in ("NOUN", "PROPN"):
        # "... by a pioneer American aviator and what?": the conjunct before it says what kind of
        # thing is asked, wherever the parser hung the question word
        head = doc[token.i - 2]
        picked.extend(t for t in head.lefts if t.dep_ in ("amod", "compound"))
    while head.dep_ in _NEAR_ARCS and head.head is not head and head.pos_ not in ("VERB", "AUX"):
        phrase = list(head.subtree)
        if len(phrase) <= _NEAR_ARGUMENT + 2:
            picked.extend(phrase)
        head = head.head
    picked.append(head)
    if head.pos_ in ("VERB", "AUX"):
        for child in head.children:
            sub = list(child.subtree)
            if child.dep_ not in ("punct", "cc") and len(sub) <= _NEAR_ARGUMENT:
                picked.extend(sub)
    out = [stem(t.lower_) for t in picked if t.i != token.i and t.pos_ in ("NOUN", "VERB", "ADJ", "PROPN", "NUM", "ADV")
           and not t.is_stop and t.lemma_.lower() not in _LIGHT_VERBS and t.tag_ not in WH_TAGS]
    return tuple(dict.fromkeys(out))


def _slot(token: Any) -> tuple[str, ...]:
    """The preposition and the lemma of the verb, adjective or noun the question word (or the
    noun it determines) hangs from: ("after", "name") for "... named after who?", ("by", "own")
    for "owned by what conglomerate?", ("for", "famous") for "famous for what?", and the word
    before the preposition when that is another ("focused on characters with what?": ("with",
    "focus", "character")); () otherwise."""
    if token is None:
        return ()
    phrase = token.head if token.dep_ == "det" else token
    prep = phrase.head if phrase.dep_ in ("pobj", "pcomp") else None  # ("after who?" is read as a clause)
    if prep is None or prep.dep_ not in ("prep", "agent") or prep.head.pos_ not in ("VERB", "AUX", "ADJ", "NOUN"):
        return ()  # (a noun too: "the conclusion of what?")
    said = next((c for c in prep.head.children if c.dep_ == "acomp" and c.i < prep.i), None) \
        if prep.head.lemma_ == "be" else None  # "were famous for what?": the parser may hang "for" on "were"
    head = (said if said is not None else prep.head).lemma_.lower()
    before = prep.doc[prep.i - 1] if prep.i > 0 else None  # "characters with what?": the parser may hang
    if before is not None and before.pos_ in ("NOUN", "VERB", "ADJ") and before.lemma_.lower() != head:
        return prep.lower_, head, before.lemma_.lower()  # "with" on "focused"; the word before it is kept too
    return prep.lower_, head


def _doer(token: Any) -> str:
    """The lemma of the verb whose doer the question asks for: the question word (or the noun
    it determines) as the subject of an active verb ("Who chaired the ceremony?", "Which firm
    built the bridge?"), or after "by" on a verb ("a film directed by who?"); "" otherwise, and
    for light verbs ("Who is ...", "Who had ...") that say nothing of what was done."""
    if token is None:
        return ""
    phrase = token.head if token.dep_ == "det" else token
    if phrase.dep_ == "nsubj" and phrase.head.pos_ == "VERB":
        verb = phrase.head
    elif phrase.dep_ == "pobj" and phrase.head.lower_ == "by" and phrase.head.head.pos_ == "VERB":
        verb = phrase.head.head
    else:
        return ""
    lemma = verb.lemma_.lower()
    return "" if lemma in _LIGHT_VERBS else lemma


def _done(token: Any) -> str:
    """The lemma of the verb whose object the question asks for: the question word (or the
    noun it determines) as its object ("What did she build?", "a film starring which
    actress?") or as the subject of its passive ("Which bridge was built by the firm?"); ""
    otherwise, and for light verbs. (The small parser misreads some: "Which film did Ola Brun
    direct?" takes "direct" for an adjective.)"""
    if token is None:
        return ""
    phrase = token.head if token.dep_ == "det" else token
    if phrase.dep_ not in ("dobj", "nsubjpass") or phrase.head.pos_ != "VERB":
        return ""
    lemma = phrase.head.lemma_.lower()
    return "" if lemma in _LIGHT_VERBS else lemma


_DETERMINERS = frozenset("a an the his her its their our my your this that these those".split())


def _cloze(doc: Any, token: Any) -> tuple[str, ...]:
    """The words right before a question word that ends the question as a blank ("a
    19-year-old what?", "the third-most populous what in the U.S.?", "its intensity and
    what?"), lower case, up to three and without the article: the answer follows them."""
    if token is None or token.lower_ != "what" or token.i == 0 or any(
            t.pos_ in ("VERB", "AUX") for t in doc[token.i + 1 :]):
        return ()
    words: list[str] = []
    for t in reversed(doc[max(0, token.i - 3) : token.i]):
        if t.lower_ in _DETERMINERS or t.is_punct and t.text != "-" or t.pos_ in ("ADP", "VERB", "AUX"):
            break
        words.insert(0, t.lower_)
    while words and words[0] == "-":  # "third-most populous": "most populous"
        words = words[1:]
    return tuple(words) if any(w.isalpha() and len(w) > 2 for w in words) else ()


def _refers_back(doc: Any, focus: tuple[str, ...], constraints: tuple[Constraint, ...]) -> bool:
    """Pronouns and "there"/"then" point at the conversation; so does a question with no
    content of its own ("And Putin?" has a name, "Why?" has nothing)."""
    for t in doc:
        if t.lower_ in PRONOUNS and t.tag_ in ("PRP", "PRP$") and not _bound(doc, t):
            return True
        if t.lower_ in _BACK_ADVERBS and t.dep_ != "expl" and not (t.lower_ == "there" and t.head.lemma_ == "be"
                                                                    and t.i < t.head.i and t.i > 0):
            return True
        if t.lower_ in DEMONSTRATIVES and t.dep_ not in ("det", "mark"):
            return True
    return not focus and not constraints


def _subject(doc: Any, wh_noun: str) -> str:
    """Who the question asks about by role, when it asks what they said ("What did the mayor
    say?"): another speaker's words are no answer. Other descriptions ("the father of ...")
    often name what another passage identifies, so they do not bind the evidence."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() not in _SAYING:
        return ""
    for t in root.children:
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and t.lemma_.lower() != wh_noun:
            if not any(c.tag_ in WH_TAGS for c in t.children):
                modifiers = [c.text for c in t.children if c.dep_ == "compound" and c.i < t.i]
                return " ".join([*modifiers, t.lemma_.lower()])
    return ""


def _speaker(doc: Any) -> str:
    """The person whose words a question asks for, by name ("What did Trump tell reporters?"):
    a passage that names them only as the one spoken to or about does not say what they said."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() not in _SAYING:
        return ""
    for t in root.children:
        if t.dep_ == "nsubj" and t.pos_ == "PROPN":
            return " ".join(c.text for c in t.subtree if c.pos_ == "PROPN")
    return ""


def _bound(doc: Any, pronoun: Any) -> bool:
    """"Which golfer won his second Masters?": a noun earlier in the question can be what the
    pronoun means, so it does not point at the conversation."""
    return any(t.pos_ in ("NOUN", "PROPN") for t in doc[: pronoun.i])


def _present(doc: Any) -> bool:
    if any(t.lower_ in _PRESENT_WORDS for t in doc) or re.search(r"\bthis (week|month|year)\b", doc.text, re.I):
        return True
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    tenses = {t.tag_ for t in [root, *root.children] if t.dep_ in ("ROOT", "aux", "auxpass")}
    return bool(tenses & {"VBZ", "VBP", "MD"}) and "VBD" not in tenses

