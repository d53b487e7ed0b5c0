"""Yes or no: a verdict on a polar question from the sentences that state each thing it names.

Pure functions over the question and the ranked candidate sentences (parsed by
``assistant.nlp``). A verdict is given only where those sentences decide it; otherwise the
answer quotes the evidence without one.

- "Are A and B both P?", "Is A P?": **yes** when, for each thing named, a sentence whose
  subject names it states every content word of P; **no** when one's sentence gives, where P
  names a nationality or a year, another of the same kind ("a Canadian indie rock band" for
  "American rock bands"; not a place, which may lie inside the one asked about). A word of P
  the sentence lacks is no "no": the documents may simply not say.
- "Do A and B have the same X?": the value of kind X (nationality, state, year, or a name
  beside X: "the family Araceae") each one's sentence gives: **yes** when they share one,
  **no** when both give one and they differ; "different X" is the same question turned round.

A nationality is read from the word itself ("American", probed by the recogniser alone), since
in a question the recogniser often folds it into the name before it ("Kings of Leon American").

The evidence (one sentence per thing named) becomes the answer's lead, so verification checks
what the verdict rests on, and the verdict is shown only when all of it survives.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .nlp import demonym, parse, parse_many
from .sentences import Candidate
from .text import content_stems, stem

POOL = 12  # best-ranked sentences searched for each thing's own sentence
_AUX = frozenset("are is was were do does did have has had can could will would should".split())
_OPENERS = _AUX | frozenset("what which who whom whose where when why how both in from to at of for".split())
_ARTICLES = frozenset({"the", "a", "an"})
_LINKS = frozenset({"of", "for", "the", "de", "la", "von", "van", "and", "&"})
_SAME = re.compile(r"\b(?:the\s+)?(same|different|differing)\s+(?:type\s+of\s+|kind\s+of\s+)?([a-z]+)", re.IGNORECASE)
_TWO = re.compile(r"\b(both|same|either|different|differing)\b|[A-Z][\w.'’-]*,?\s+and\s+(?:the\s+)?[A-Z]",
                  re.IGNORECASE)
_RIVALS = frozenset({"NORP", "DATE"})  # not places: Seattle is no rival to the United States
_KINDS = {"nationality": {"NORP", "LANGUAGE"}, "citizenship": {"NORP", "LANGUAGE"}, "country": {"NORP", "LANGUAGE"},
          "state": {"GPE"},  # "an English screenwriter": the recogniser reads "English" as a language
          "year": {"DATE"}}  # a town is no rival to its province: places compare only as states
# "both located in China": "in China" is what is asked; "both types of drinks": "drinks" is
_FILLERS = frozenset({"both", "also", "locat", "situat", "type", "kind", "sort"})
_YEAR = re.compile(r"\b(1[0-9]\d\d|20\d\d)\b")
_BASED = re.compile(r"\b([A-Za-z]{3,})[- ]based\b(?!\s+on\b)|\bbased\s+on\s+(?:the\s+|a\s+)?([A-Za-z]{3,})\b")


@dataclass(frozen=True)
class Verdict:
    answer: str  # "yes" or "no"
    evidence: tuple[Candidate, ...]  # the sentences it rests on, the deciding one first
    reason: str = ""  # what decided it, for the notes ("nationality: Canadian, not American")


def about_two(question: str) -> bool:
    """The question asks of two things ("Are A and B both ...?", "the same X?")."""
    return _TWO.search(question) is not None


def verdict(question: str, ranked: Sequence[Candidate]) -> Verdict | None:
    """The yes or no the sentences decide, or None."""
    want = 2 if about_two(question) else 1
    found = things_said(question, ranked, want)
    if found is None:
        return None
    things, groups = found
    same = _SAME.search(question)
    if same:
        decided = _same(same.group(2).lower(), groups) if want == 2 else None
        if decided and same.group(1).lower() != "same":  # "from different states?": the same, turned round
            return Verdict("no" if decided.answer == "yes" else "yes", decided.evidence, decided.reason)
        return decided
    return _both(parse(question), things, groups)


Said = list[tuple[Candidate, Any]]  # a thing's sentences (best first, at most two) with their parses


def things_said(question: str, ranked: Sequence[Candidate], want: int) -> tuple[list[str], list[Said]] | None:
    """The first ``want`` things the question names (its capitalised runs) that a sentence of
    their own has as its subject, with those sentences; None when one has none."""
    names = _names(parse(question))
    pool = list(ranked[:POOL])
    docs = parse_many([c.text for c in pool])
    found: dict[str, Said] = {}
    for c, d in zip(pool, docs):
        said = _subject_words(d)
        for name in names:
            for head in _heads(name):
                if _matches(head, said):
                    found.setdefault(name, []).append((c, d))
                    break
    things: list[str] = []
    for n in names:  # runs found in the same sentence are one name cut in two ("Kings" | "of Leon American")
        if n in found and not any(found[n][0][0] is found[t][0][0] for t in things):
            things.append(n)
    things = things[:want]
    if len(things) < want or len({id(found[n][0][0]) for n in things}) < len(things):
        return None  # a thing named has no sentence of its own (or two share one: not told apart)
    return things, [found[n][:2] for n in things]


def _names(q: Any) -> list[str]:
    """The capitalised runs of the question ("First for Women", "Kings of Leon", "Gin"), in
    order; a new entity starts a new run ("Kings of Leon" | "American")."""
    runs: list[list[Any]] = []
    current: list[Any] = []
    tokens = list(q)
    for i, t in enumerate(tokens):
        capital = t.text[:1].isupper() and any(ch.isalpha() for ch in t.text) and not (
            i == 0 and t.lower_ in _OPENERS)
        j = i + 1  # "Monastery of the Transfiguration": links may come two at a time
        while j < len(tokens) and tokens[j].lower_ in _LINKS - {"and", "&"} and j - i < 2:
            j += 1
        linking = ((t.lower_ in _LINKS or t.text == ",") and current and j < len(tokens)
                   and tokens[j].text[:1].isupper() and t.lower_ != "and")  # "Qidong, Jiangsu"
        if capital and current and (t.ent_iob_ == "B" or _nationality(t)) and current[-1].text != "," \
                and current[-1].lower_ not in _LINKS:  # "Kings of Leon" stays one; "... Leon | American"
            runs.append(current)
            current = []
        if capital or linking:
            current.append(t)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    out = []
    for run in runs:
        while run and (run[-1].lower_ in _LINKS or run[-1].text == ","):
            run = run[:-1]
        if run and not (len(run) == 1 and run[0].i == 0 and run[0].lower_ in _OPENERS):
            out.append(" ".join(t.text for t in run).replace(" ,", ","))
    return list(dict.fromkeys(out))


def _nationality(t: Any) -> bool:
    """A nationality word describing what follows it or ending the question ("... Leon American
    rock bands?", "both American?"), whatever entity the recogniser folded it into."""
    after = t.nbor(1) if t.i + 1 < len(t.doc) else None
    describes = after is None or after.is_punct or (after.is_lower and after.pos_ in ("NOUN", "ADJ"))
    return describes and demonym(t.text)


def _heads(name: str) -> list[str]:
    """The name, then its shorter beginnings: "Spike Slawson" for a run "Spike Slawson American"
    the recogniser did not cut, "Fuling" for "Fuling District"; none of a name that opens with
    an article ("The" of "The Watercolor" is in any subject with one), nor one cut at a link
    ("Kings" of "Kings of Leon" is in "The Kings of Rhythm")."""
    words = name.split()
    if words[0].lower() in _ARTICLES:
        return [name]
    return [name] + [" ".join(words[:k]) for k in range(len(words) - 1, 0, -1)
                     if words[k - 1].lower() not in _LINKS and words[k].lower() not in _LINKS]


def _subject_words(doc: Any) -> set[str]:
    """The lower-cased words of the sentence's grammatical subject(s), appositions included
    ("James Dixon Swan, better known as Jimmy Barnes, is ...")."""
    out: set[str] = set()
    for t in doc:
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT":
            out.update(w.lower_ for w in t.subtree)
    for t in doc:  # and what opens it, up to its first verb ("Patrice Leconte (born 1947) is ...");
        if t.pos_ in ("AUX", "VERB") and not t.text[:1].isupper():  # a name read as one is no verb ("Wenling")
            break
        out.add(t.lower_)
    return out


def _matches(name: str, said: set[str]) -> bool:
    """A name stands in a subject when its first and last words do ("Pavel Urysohn" in
    "Pavel Samuilovich Urysohn")."""
    words = [w.lower().strip(",") for w in name.split()]
    first = words[0] in said or len(words) > 1 and len(words[0]) >= 3 and any(
        w.startswith(words[0]) for w in said)  # "Pam" for "Pamela"
    return first and words[-1] in said


def _both(q: Any, things: list[str], groups: list[Said]) -> Verdict | None:
    named = set(content_stems(" ".join(things + [_rest_of_name(q, t, g) for t, g in zip(things, groups)])))
    named |= set(content_stems(_described_as(q.text, things[0])))
    asked = [s for s in dict.fromkeys(content_stems(q.text)) if s not in named and s not in _FILLERS]
    if not asked:
        return None
    for group in groups:
        # a compound's parts count too: "gin-based" says "gin" and "based"
        said = {s for c, _ in group for s in content_stems(c.text) + content_stems(c.text.replace("-", " "))}
        lacking = [s for s in asked if not _has(s, said)]
        if lacking:
            return _rival(q, lacking, group, groups)
    return Verdict("yes", tuple(g[0][0] for g in groups))


def _described_as(question: str, first: str) -> str:
    """The words before the first thing named: what the question takes the things to be ("the
    bands" in "Are the bands Tool and Capital Cities both from Los Angeles?", "filmmakers"), not
    what it asks of them."""
    at = question.find(first)
    return question[:at] if at > 0 else ""


def _rest_of_name(q: Any, thing: str, group: Said) -> str:
    """The question's words right after the thing that its own sentence's subject also has:
    the rest of a name the question's capitals cut short ("Sake bomb", "Morning glory",
    "Braque d'Auvergne")."""
    said = set().union(*(_subject_words(d) for _, d in group))
    last = thing.split()[-1]
    rest: list[str] = []
    for t in q:
        if t.text != last:
            continue
        for u in q[t.i + 1 :]:
            if u.lower_ not in said or u.is_punct:
                break
            rest.append(u.text)
    return " ".join(rest)


def _has(word: str, said: set[str]) -> bool:
    """The word, or one of its family ("direct" in "director", "produc" in "producer")."""
    return word in said or any(min(len(word), len(w)) >= 4 and (w.startswith(word) or word.startswith(w))
                               for w in said)


def _rival(q: Any, lacking: list[str], group: Said, groups: list[Said]) -> Verdict | None:
    """"No" when the sentence gives another of what the question names: a nationality, a
    place or a year of the same kind as the one it lacks, or another base ("a brandy-based
    cocktail" for "tequila based")."""
    base = _base(q.text)
    if base and stem(base) in lacking:
        for c, _ in group:
            other = _base(c.text)
            if other and stem(other) != stem(base):
                rest = tuple(g[0][0] for g in groups if g is not group)
                return Verdict("no", (c, *rest), f"{other}-based, not {base}-based")
    for t in q:
        kind = "NORP" if _nationality(t) else t.ent_type_  # the recogniser may fold "American" into a name
        if kind not in _RIVALS or stem(t.text) not in lacking or sum(
                _nationality(u) if kind == "NORP" else (u.ent_type_ == kind and u.ent_iob_ == "B") for u in q) > 1:
            continue  # one nationality or year asked about: with two, which goes with whom is a parse away
        for c, d in group:
            others = [e.text for e in d.ents if e.label_ == kind and stem(e.text) not in lacking
                      and stem(t.text) not in e.text.lower()]  # "African-American" is American
            if others and (kind != "DATE" or _YEAR.search(others[0])):
                rest = tuple(g[0][0] for g in groups if g is not group)
                return Verdict("no", (c, *rest), f"{others[0]}, not {t.text}")
    return None


def _base(text: str) -> str:
    """What a thing is based on: "tequila" in "tequila-based", "Tequila based" or "based on tequila"."""
    m = _BASED.search(text)
    return (m.group(1) or m.group(2) or "").lower() if m else ""


def _same(kind: str, groups: list[Said]) -> Verdict | None:
    """"The same X": the values of kind X each thing's sentences give, compared."""
    values: list[tuple[set[str], Candidate]] = []
    for group in groups:
        got: set[str] = set()
        chosen = group[0][0]
        for c, d in group:
            mine = _values(kind, d)
            if mine and not got:
                got, chosen = mine, c
        if not got:
            return None
        values.append((got, chosen))
    (a, ca), (b, cb) = values[0], values[1]
    if a & b:
        return Verdict("yes", (ca, cb), f"{kind}: {sorted(a & b)[0]}")
    return Verdict("no", (ca, cb), f"{kind}: {sorted(a)[0]}, {sorted(b)[0]}")


def _values(kind: str, doc: Any) -> set[str]:
    labels = _KINDS.get(kind) or _KINDS.get(re.sub(r"ies$", "y", kind).removesuffix("s"))  # "different states"
    if labels == {"DATE"}:
        return {y for e in doc.ents if e.label_ == "DATE" for y in _YEAR.findall(e.text)}
    if labels:
        return {e.text.lower() for e in doc.ents if e.label_ in labels}
    tokens = list(doc)  # a name beside the kind word: "the family Araceae", "the Araceae family"
    return {n.text.lower() for i, t in enumerate(tokens) if t.lower_ in (kind, kind.rstrip("s"))
            for n in tokens[max(i - 1, 0) : i + 2] if n is not t and n.text[:1].isupper() and n.is_alpha}
