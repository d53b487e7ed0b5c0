"""Answer composition: lead with what was asked, then at most two sentences that add to it.

Given ranked candidate sentences (``assistant.extractive``) and the question's analysis:

1. evidence counts only if its passage meets the question's hard constraints; when none
   does, the answer is an abstention with a near-miss note;
2. where the question expects a type (a place, a date, a number ...), the lead is the best
   sentence that holds a span of that type, and that span is the short answer; when no
   sentence holds one, the answer abstains;
3. "why" and "how" questions lead with explanatory sentences;
4. for a question about now, the newest qualifying evidence leads;
5. supporting sentences carry the focus (and, for a typed question, another answer span)
   and come from documents of the lead's time: no filler, no other year's event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from index.retrieval import Passage
from index.text import DEMONSTRATIVES, PRONOUNS

from .answer_types import OFFICES, WH_TAGS, relative
from .answerability import (
    anchored,
    conflicts,
    gap,
    listed,
    missing,
    near_miss_note,
    qualifier_conflicts,
    same_person,
    type_miss_note,
    unmet,
)
from .attribution import attributed, described_speaker, in_their_words
from .common import asks_common, common
from .identity import description
from .nlp import parse, parse_many
from .polar import about_two, verdict
from .question import SPEECH_VERBS, Analysis
from .reader import Context, features, load_weights
from .reader import score as reader_score
from .sentences import Candidate, follows, life_of, next_sentence, refers_back
from .spans import (
    Span,
    answer_spans,
    attached,
    bracketed,
    cloze_filler,
    described_places,
    does,
    done_to,
    fills_slot,
    holds_other_office,
    labelled,
    office_titles,
    option_in,
    rank,
    said_of,
    short_answer,
    slot_filler,
    titles_only,
)
from .text import MONTHS, content_stems, numbers, stem, unglue_years
from .unknown import asked_about, asked_event, only_ahead, unknown_sentence

TYPED_POOL = 8  # candidates parsed for answer spans
SLOT_POOL = 4  # best candidates searched for one that fills an open "what" ("famous for what?")
CUE_BONUS = 0.2  # a "why" answer that gives a reason: the type of answer matters more than shared words
NEAR_BEST = 0.6  # a lead or a supporting sentence scores at least this share of the best
RECENT_BAND = 0.8  # for questions about now: the newest evidence within this share of the best leads
MAX_SUPPORT = 2
READER_SENTENCE = 1.0  # weight of the sentence's own score beside the reader's span score (dev: 0, 1, 2)
READER_ORDERS_SPANS = True  # False: the reader picks the lead sentence, the rules its span
READER_ALONE = False  # True: the reader alone, without the attachment rule (dev: broke suite answers)
_NEAR_CHARS = 40  # an aside this close after a name is about the name
STRONG = 0.3  # bonus of a sentence whose span is attached to the focus (dev 300: a filter, 0.15, 0.3, 0.6)
LABELLED = 0.5  # bonus of a sentence that calls its span the kind asked for ("the band Disturbed")
NEAR = 0.3  # weight of the share of the asked relation's words ("owned by what") a sentence holds
DOER = 0.5  # bonus of a sentence whose span does what the question asks who did
HOP = 1.2  # weight of the question words a linked sentence adds (dev 300: 0.45 -> 1.2 raised leads 47.7 -> 49.0%)
_REASON_CUES = frozenset(stem(w) for w in "because since due reason why so therefore thus hence order aim goal "
                         "purpose motive result allow caused cause lead led intended explain given "
                         "choice choose chosen chose "
                         "select pick decide decision significance significant".split())
# Verbs that name or describe something: "How did X describe Y?" is answered by one of them
_NAMING = frozenset(stem(w) for w in "describe described describing call called calling characterize characterized "
                    "characterizing characterise characterised label labelled labeled dub dubbed term termed "
                    "brand branded".split())
_QUOTE_MARKS = ("“", "”", "\"")
# "What made Trump start sending weapons?" asks what set it off, not a motive as "why" does:
# "after the attacks increased, he sent weapons"
_TRIGGERS = frozenset({"after", "following"})
_TOKEN = re.compile(r"\w+")
_MANNER_CUES = frozenset(stem(w) for w in "by through using via method way means process".split())

_NUMERIC = frozenset("DATE TIME CARDINAL ORDINAL QUANTITY MONEY PERCENT".split())
_NUMERIC_TYPES = frozenset({"date", "number", "amount", "length", "ordinal"})  # answers one of _NUMERIC fills
_DAY = re.compile(rf"\b(?:(?:{MONTHS})\s+\d{{1,2}}\b|\d{{1,2}}\s+(?:{MONTHS}))")
DESCRIBED = 0.15  # the share of the question a linked sentence must add to put its span first
_NAME_OPENING = re.compile(r"(?:[A-Z][\w'’.-]*)(?:\s+(?:of\s+|the\s+|de\s+)?[A-Z][\w'’.-]*)*")  # "Vestfold"
_PERSONAL = re.compile(r"(?:He|She|They)\b")
_NOT_NAMES = PRONOUNS | DEMONSTRATIVES | {"the", "a", "an", "in", "on", "at", "after", "before", "during", "since"}
_EVENT_VERBS = frozenset({"take", "hold", "happen", "occur"})  # "took place", "was held", "happened"
_CIRCUMSTANCES = frozenset({"place", "date"})  # what a sentence beside may give (``circumstance``)
_DEFINED_KINDS = frozenset({"place", "organisation", "thing"})
_OPENS = 3  # characters before a span that opens its sentence (its subject)
_YEAR = re.compile(r"\b(1[0-9]\d\d|20\d\d)\b")


@dataclass(frozen=True)
class Composed:
    """The chosen sentences, lead first, and where the short answer sits (or why none)."""

    lead: list[Candidate]
    short: tuple[int, int, int] | None = None  # passage n, start, end in the passage text
    abstain_note: str = ""
    verdict: str = ""  # "yes" or "no", when the lead sentences decide a polar question
    # Why the lead has no short answer on purpose ("A or B?" the documents do not decide):
    # the sentences are evidence, not a pick, and no span of them may be offered as one.
    undecided: str = ""


def qualified(analysis: Analysis, candidates: list[Candidate], passages: Sequence[Passage]) -> list[Candidate]:
    """Candidates whose passage is about what was asked: nothing asked for is missing from
    every passage, and theirs names the question's subject and contradicts none of it. Where a
    document that never names its subject stands for what none names, only such documents count."""
    absent, standing = gap(analysis, passages)
    if absent:
        return []
    ok = {n for n in {c.n for c in candidates}
          if anchored(analysis, passages[n - 1]) and not conflicts(analysis, passages[n - 1], passages)
          and (not standing or passages[n - 1] in standing)}
    return [c for c in candidates if c.n in ok]


def near_miss(analysis: Analysis, candidates: list[Candidate], passages: Sequence[Passage]) -> str:
    """The note for an abstention caused by constraints: what no passage mentions, else what
    the closest passage holds instead."""
    absent = missing(analysis, passages)
    ranked = sorted(candidates, key=lambda c: (not anchored(analysis, passages[c.n - 1]), -c.lexical))
    p = passages[ranked[0].n - 1] if ranked else passages[0]
    others = list(dict.fromkeys(passages[c.n - 1] for c in ranked[1:]))
    return near_miss_note(analysis, absent or conflicts(analysis, p, passages) or unmet(analysis, p), p, others)


def compose(analysis: Analysis, ranked: list[Candidate], passages: Sequence[Passage], min_score: float,
            support: int = MAX_SUPPORT, reader: str = "spans") -> Composed:
    """``reader``: what the trained span reader decides: ``spans`` (the default) the order of
    the answer spans within each sentence, so the short answer; ``lead`` the lead sentence as
    well; ``off`` nothing (the rules alone)."""
    relevant = uncut([c for c in ranked if c.lexical > 0 and c.score >= min_score], ranked)
    if not relevant:
        return Composed([])
    composed = _qualified(analysis, relevant, ranked, passages, support, reader)
    if composed.short is None and composed.verdict == "" or not _about_asked(analysis, composed.lead):
        # "The U.S. delegation has yet to be revealed": what the documents say of what was
        # asked beats a lead that does not speak of it, and a note that they do not say it
        said = unknown_sentence(analysis, [c.text for c in relevant])
        if said is not None:
            return Composed([], abstain_note=f"The documents say it is not known yet: “{' '.join(said.split())}”")
        # "Did they agree at the summit?" over articles written before it
        ahead = only_ahead(analysis.text, [c.text for c in ranked])
        if ahead is not None:
            return Composed([], abstain_note=f"The documents speak of the {asked_event(analysis.text)} only as "
                                             f"still ahead, so they cannot say what happened there: "
                                             f"“{' '.join(ahead.split())}”")
    return composed


def _about_asked(analysis: Analysis, lead: list[Candidate]) -> bool:
    """The lead sentence names the thing asked about ("delegation" for "Who is on the
    American delegation?"), or the question names none."""
    asked = asked_about(analysis)
    return not asked or not lead or bool(asked & set(content_stems(lead[0].text)))


def _qualified(analysis: Analysis, relevant: list[Candidate], ranked: list[Candidate], passages: Sequence[Passage],
               support: int, reader: str) -> Composed:
    if analysis.qualified and analysis.answer_type != "yesno":  # "the English actor": an American one is a near miss
        clashes = [qualifier_conflicts(analysis, d) for d in parse_many([c.text for c in relevant])]
        clash = next((c[0] for c in clashes if c), None)
        kept = [c for c, found in zip(relevant, clashes) if not found]
        composed = _compose(analysis, kept, ranked, passages, support, reader) if kept else Composed([])
        if clash and not composed.lead:  # what the documents hold instead is the better note
            noun, asked, said = clash
            return Composed([], abstain_note=f"The closest passages speak of the {said} {noun}, "
                                             f"not the {asked} {noun}.")
        return composed
    return _compose(analysis, relevant, ranked, passages, support, reader)


def _compose(analysis: Analysis, relevant: list[Candidate], ranked: list[Candidate], passages: Sequence[Passage],
             support: int, reader: str) -> Composed:
    if analysis.options:
        return _choose(analysis, relevant, passages)
    shared = common(analysis, relevant) if asks_common(analysis) else None
    if shared:  # "What do A and B have in common?": what a sentence about each says alike
        lead, other = shared.evidence
        return Composed([lead, other], _in_passage(lead, (shared.start, shared.end), passages))
    # each thing named may have its sentence below the relevance cut: its subject names it, which is enough
    decided = verdict(analysis.text, relevant + [c for c in ranked if c not in relevant]) \
        if analysis.answer_type == "yesno" else None
    if decided:
        return Composed(list(decided.evidence), verdict=decided.answer)
    if analysis.explanatory:
        if analysis.speaker:
            relevant = spoken_by(analysis.speaker, relevant)
            if not relevant:
                return Composed([], abstain_note=f"The closest passages mention {analysis.speaker}, "
                                                 "but not as the one who says or does what they report.")
        else:  # "What did the military blogger say?": the words beside their attribution
            words = attributed(described_speaker(analysis.text), relevant, ranked)
            if words:
                return Composed(words)
        described = _described(analysis, relevant, passages)
        if described is not None:  # "Who is Yuri Ushakov?": "a Kremlin aide", from the sentence that says so
            lead, short = described
            return Composed([lead, *supporting(analysis, relevant, lead, {}, passages, support)], short)
        lead = _explanation(analysis, relevant, ranked)
        if analysis.speaker:  # "“No one is talking about ...” Alexander Cott writes.": the words, then who
            words = in_their_words(lead, ranked)
            if len(words) > 1:
                return Composed(words)
        if analysis.answer_type == "yesno" and len(analysis.names()) <= 1 and not about_two(analysis.text):
            # "Will Zelensky attend the meeting?": evidence speaks of attending (where two things are
            # compared, what each one's sentence says of it is the evidence, whatever its words)
            speaking = _speaks_of_asked(analysis, [lead, *relevant])
            if speaking is None:
                return Composed([], abstain_note=_silent_note(analysis))
            lead = speaking
        if _filled(analysis, [lead], passages) is None:  # "inspired by what?": a sentence that fills it leads
            lead = next((c for c in relevant[:SLOT_POOL] if _filled(analysis, [c], passages)), lead)
        chosen = [lead, *supporting(analysis, relevant, lead, {}, passages, support)]
        after = completion(analysis, lead, passages)
        if after is not None:  # "Details of the offer have been revealed." The details lead, then what they complete
            chosen = [after, lead, *[c for c in chosen[1:] if c.text != after.text]][: 1 + max(support, 1)]
        return Composed(chosen, _filled(analysis, chosen, passages))
    return _typed(analysis, relevant, passages, support, load_weights() if reader != "off" else {}, reader == "lead",
                  ranked)


def _described(analysis: Analysis, relevant: list[Candidate], passages: Sequence[Passage]
               ) -> tuple[Candidate, tuple[int, int, int]] | None:
    """For a question that asks only who or what one name is, the best sentence that
    describes it ("Yuri Ushakov, a Kremlin aide, said ...") and where the description sits."""
    names = [c.text for c in analysis.constraints if c.kind == "name"]
    if analysis.answer_type != "definition" or len(names) != 1 or not set(analysis.focus) <= {
            w.lower() for w in _TOKEN.findall(names[0])}:
        return None
    pool = relevant[:TYPED_POOL]
    for c, doc in zip(pool, parse_many([c.text for c in pool])):
        at = description(doc, names[0])
        if at is not None:
            return c, _in_passage(c, at, passages)
    return None


def _speaks_of_asked(analysis: Analysis, pool: list[Candidate]) -> Candidate | None:
    """The first sentence of ``pool`` that names what the question names and holds a word it
    asks about besides (a yes or no without a verdict quotes evidence, not a sentence that only
    names the same person); None when none does."""
    named = set(content_stems(" ".join(analysis.names())))
    asked = {stem(w) for w in analysis.focus} - named
    if not asked:
        return pool[0]
    for c in pool:
        said = set(content_stems(c.text.replace("-", " ")))
        if asked & said and (not named or named & said):
            return c
    return None


def _silent_note(analysis: Analysis) -> str:
    names = analysis.names()
    asked = listed([f"“{w}”" for w in analysis.focus if stem(w) not in set(content_stems(" ".join(names)))])
    return (f"No sentence of the closest passages that mentions {listed(names, 'and')} speaks of {asked}." if names
            else f"None of the closest passages speaks of {asked}.")


def spoken_by(speaker: str, candidates: list[Candidate]) -> list[Candidate]:
    """The sentences in which the speaker is the one speaking ("Trump warned ...", "according
    to Trump"), else those in which they are the subject of what is reported ("Trump promised
    ..."), in their order; none when they are only spoken to or about ("in a call with Trump,
    Putin repeated ...")."""
    speaking, acting = _roles(speaker, candidates)
    return speaking or acting


def _roles(person: str, candidates: list[Candidate]) -> tuple[list[Candidate], list[Candidate]]:
    """The sentences in which the person speaks, and those in which they act (see ``spoken_by``)."""
    surname = person.split()[-1].lower()
    speaking: list[Candidate] = []
    acting: list[Candidate] = []
    for c, doc in zip(candidates, parse_many([c.text for c in candidates])):
        roles = {_role(t) for t in doc if t.dep_ == "nsubj" and any(w.text.lower() == surname for w in t.subtree)}
        if "speaks" in roles or re.search(rf"\baccording to (?:\w+ )*{re.escape(surname)}\b", c.text, re.I):
            speaking.append(c)
        elif "acts" in roles:
            acting.append(c)
    return speaking, acting


def _role(subject: Any) -> str:
    verb = subject.head
    return "speaks" if verb.lemma_.lower() in SPEECH_VERBS else "acts"


def uncut(relevant: list[Candidate], ranked: list[Candidate]) -> list[Candidate]:
    """A sentence or list that a chunk boundary cut short gives way to its whole copy in
    another passage, which takes its place in the ranking."""
    out = []
    for c in relevant:
        whole = next((o for o in ranked if o is not c and len(o.text) > len(c.text) and c.text in o.text), None)
        out.append(Candidate(whole.n, whole.text, whole.start, whole.end, c.lexical, c.semantic) if whole else c)
    seen: set[str] = set()
    return [c for c in out if not (c.text in seen or seen.add(c.text))]  # type: ignore[func-returns-value]


def _typed(analysis: Analysis, relevant: list[Candidate], passages: Sequence[Passage], support: int,
           weights: dict[str, float], reader_leads: bool, ranked: Sequence[Candidate] = ()) -> Composed:
    # The sentence that holds the answer often shares few words with the question ("It first
    # aired in September 2006"), so the whole pool is searched, not only the near-best.
    pool = relevant[:TYPED_POOL]
    docs = parse_many([c.text for c in pool])
    spans = pool_spans(analysis, pool, docs)
    if analysis.wh_noun in OFFICES:  # "which ministers": not a person the documents call president
        titles = office_titles([p.text for p in passages])
        spans = {id(c): [s for s in spans[id(c)] if s.label != "PERSON"
                         or not holds_other_office(analysis, c.text[s.start:s.end], titles)] for c in pool}
    typed = [c for c in pool if spans[id(c)]]
    if not typed and analysis.wh == "where":  # "built on the site of the old harbour": a place, unnamed
        spans = {id(c): described_places(analysis, d) for c, d in zip(pool, docs)}
        typed = [c for c in pool[:SLOT_POOL] if spans[id(c)]]
    if not typed:
        beside = circumstance(analysis, pool[0], ranked) if pool else None
        if beside is not None:  # "The ceremony took place at X. Singer Y married Z." for "Where did Y marry?"
            near, said = beside
            return Composed(sorted([near, pool[0]], key=lambda x: x.start), _in_passage(near, said, passages))
        return Composed([], abstain_note=type_miss_note(analysis))
    if analysis.answer_type == "person_or_org" and any(s.label == "PERSON" for c in typed for s in spans[id(c)]):
        # "Who ...?" asks for a person before an organisation: a sentence naming one leads, unless
        # the organisation does what is asked in its own name ("The Kremlin confirmed ..."; not
        # "presented by Channel Nine", where "by" may name a broadcaster as much as a presenter)
        typed = [c for c in typed if any(s.label == "PERSON" or does(analysis, docs[pool.index(c)], s, active=True)
                                         for s in spans[id(c)])]
    # A sentence whose span is what it says about the focus is worth more than one where the
    # span is incidental ("the war in Ukraine"): a bonus for the rules, a filter for the reader.
    strong = {id(c): _strong(analysis, docs[pool.index(c)], spans[id(c)]) for c in typed}
    found = dict(spans)  # every sentence's spans, before the weak ones are set aside
    if any(strong.values()) and weights and reader_leads and not READER_ALONE:
        typed = [c for c in typed if strong[id(c)]]
    gains = hop_gains(analysis, pool, docs, spans)
    # the spans that stand where the question word stands after a noun of relation ("a
    # descendant of Rollo" for "a descendant of who?"), each sentence's, found once
    relation = _relation_slot(analysis)
    filling = {id(c): {s for s in spans[id(c)] if relation and fills_slot(analysis, docs[pool.index(c)], s)}
               for c in typed}
    # a span that does what the question asks who did ("chaired by Ada Voss" for "Who chaired ...?")
    doing = {id(c): {s for s in spans[id(c)] if does(analysis, docs[pool.index(c)], s)
                     or done_to(analysis, docs[pool.index(c)], s)} for c in typed}
    if not analysis.present:  # (a question about now has its own band, by date: ``_newest``)
        # A lead from far down the ranking needs more than a span: sentences within a band of
        # the best candidate's score compete, the others only when none in the band qualifies.
        # What a linked sentence adds counts (the life of a person another sentence names).
        # A span that stands where the question word stands after a noun of relation ("a
        # descendant of Rollo" for "a descendant of who?") keeps its sentence in the running too.
        typed = [c for c in typed if c.score + HOP * max(gains[id(c)].gains.values(), default=0.0)
                 >= NEAR_BEST * pool[0].score or filling[id(c)] or doing[id(c)]] or typed
    called = {id(c): called_elsewhere(analysis, c, spans[id(c)], pool) for c in typed}
    if weights and reader_leads:
        value = _read(analysis, pool, docs, spans, weights, gains)
    else:
        for c in typed:  # the bridge to the answer is not the answer: it goes last in its sentence
            spans[id(c)] = _described_first(_called_first(sorted(spans[id(c)], key=lambda s: s in gains[id(c)].bridges),
                                                          called[id(c)]), gains[id(c)])
        value = {id(c): c.score + HOP * gains[id(c)].gains.get(spans[id(c)][0], 0.0) + STRONG * strong[id(c)]
                 + LABELLED * any(labelled(analysis, c.text, s) or s in called[id(c)] or s in filling[id(c)]
                                  for s in spans[id(c)] if s not in gains[id(c)].bridges)
                 + NEAR * near_share(analysis, c.text) + DOER * bool(doing[id(c)])
                 for c in typed}
        if weights:  # the rules chose the sentences; the reader orders the spans within each,
            _read(analysis, pool, docs, spans, weights, gains)
            for c in typed:  # but a span called the kind asked, or a person described as asked, stays first
                spans[id(c)] = _described_first(_called_first(spans[id(c)], called[id(c)]), gains[id(c)])
    if analysis.answer_type in _NUMERIC_TYPES:  # "On July 22 a plane leaves the base where the summit was
        focus = frozenset(stem(w) for w in analysis.focus)  # held on Friday": the date said of the summit
        for c in typed:
            doc = docs[pool.index(c)]
            spans[id(c)] = sorted(spans[id(c)], key=lambda s: not said_of(doc, s, focus))
    # "Which ministers ...?" asks for several: a sentence that lists several comes first
    # and one whose span stands where the question word stands ("a descendant of Rollo" for "a
    # descendant of who?") before one that names whom the question describes ("founded by William")
    typed.sort(key=lambda c: (not (analysis.plural and len(spans[id(c)]) > 1), not filling[id(c)], -value[id(c)]))
    lead = _newest(typed, passages) if analysis.present else typed[0]
    onward = None if analysis.plural else follow_on(analysis, lead, spans[id(lead)], pool, found,
                                                    called.get(id(lead), frozenset()), passages)
    if onward is not None:
        lead, spans[id(onward[0])] = onward
    at = short_answer(analysis, docs[pool.index(lead)] if lead in pool else parse(lead.text), spans[id(lead)])
    short = _in_passage(lead, at, passages) if at else None
    if any(strong.values()):  # support adds what is said about the focus, not incidental spans
        spans = {k: v for k, v in spans.items() if strong.get(k) or k == id(lead)}
    return Composed([lead, *supporting(analysis, pool, lead, spans, passages, support)], short)


def circumstance(analysis: Analysis, best: Candidate, ranked: Sequence[Candidate]
                 ) -> tuple[Candidate, tuple[int, int]] | None:
    """Where or when the event the best sentence reports took place, when that sentence does
    not say but the one right before or after it in the same document does, of its own verb
    ("The ceremony took place at Blenheim Palace on Saturday." + "Singer Y married Z." for
    "Where did Y marry?"); news gives an event's place and day beside it as often as in it.
    Only a place or a date: a person or a number beside is about something else as often."""
    if analysis.answer_type not in _CIRCUMSTANCES:
        return None
    asked = {t.lemma_.lower() for t in parse(analysis.text) if t.pos_ == "VERB"}
    if not {stem(v) for v in asked} & {stem(w) for w in _TOKEN.findall(best.text.lower())}:
        return None  # the best sentence reports another event ("married" for "Where did they meet?")
    verbs = asked | _EVENT_VERBS
    for c in ranked:
        if c.text != best.text and (follows(c, best) or follows(best, c)):
            doc = parse(c.text)
            found = [s for s in answer_spans(analysis, doc) if _said_of(doc, s, verbs)]
            short = short_answer(analysis, doc, found)
            if short is not None:
                return c, short
    return None


def _said_of(doc: Any, span: Span, verbs: set[str]) -> bool:
    """The span hangs off one of ``verbs`` (by a preposition or directly): "took place at X",
    "married on Saturday"; not "met in 2024" for a wedding."""
    found = doc.char_span(span.start, span.end, alignment_mode="expand")
    token = found.root if found is not None else None
    while token is not None and token.head is not token and token.pos_ not in ("VERB", "AUX"):
        token = token.head
    return token is not None and token.lemma_.lower() in verbs


def _relation_slot(analysis: Analysis) -> bool:
    """The question word stands after a noun of relation and its preposition ("a descendant
    of who?", "the successor of whom?"): whoever stands there in a sentence is the one asked
    for. After a verb ("written by whom?") the question's description of the one asked still
    decides between those a sentence puts there."""
    if not analysis.slot or analysis.slot[0] != "of" or analysis.slot[1] == analysis.wh_noun:
        return False
    head = analysis.slot[1]
    return any(t.lemma_.lower() == head and t.pos_ == "NOUN" for t in parse(analysis.text))


def pool_spans(analysis: Analysis, pool: list[Candidate], docs: Sequence[Any]) -> dict[int, list[Span]]:
    """The answer spans of each sentence of the pool (``docs``: their parses), read beside the
    other sentences: a name another sentence introduces as the kind asked for is one wherever
    it stands; an aside in a "He ..." sentence is not who it is about; "known as what?" takes
    the names given as such; "what show?" a title, not a person."""
    spans = {id(c): answer_spans(analysis, d) for c, d in zip(pool, docs)}
    for name in defined_names(analysis, pool):  # "Vestfold ( ; ...) is a county in Norway": a county
        for c in pool:
            found_at = c.text.find(name)
            if found_at >= 0 and not any(s.start < found_at + len(name) and found_at < s.end for s in spans[id(c)]):
                text = c.text  # (a stable sort: the rules' order among spans of one rank)
                spans[id(c)] = sorted([*spans[id(c)], Span(found_at, found_at + len(name), "TITLE")],
                                      key=lambda s: rank(analysis, text, s))
    if analysis.answer_type in ("person", "person_or_org"):  # "He ... (most nominated is Arnold Sommerfeld) ...,
        for c in pool:  # winning in 1943": what it says is of the person before it, not of the one in the aside
            if _PERSONAL.match(c.text):
                spans[id(c)] = [s for s in spans[id(c)] if not bracketed(c.text, s)]
    if any(s.label == "ALIAS" for c in pool for s in spans[id(c)]):  # "known as what?": the names given as such
        spans = {id(c): [s for s in spans[id(c)] if s.label == "ALIAS"] for c in pool}
    titles = titles_only(analysis, [c.text for c in pool], [spans[id(c)] for c in pool])
    if titles is not None:
        spans = {id(c): found for c, found in zip(pool, titles)}
    return spans


def _read(analysis: Analysis, pool: list[Candidate], docs: Sequence[Any], spans: dict[int, list[Span]],
          weights: dict[str, float], gains: dict[int, Hops] | None = None) -> dict[int, float]:
    """The trained reader's value of each sentence: its best span's score (plus, weighted, the
    sentence's own score); each sentence's spans are put in the reader's order."""
    value: dict[int, float] = {}
    read = read_spans(analysis, pool, docs, spans, gains)
    for c, doc in zip(pool, docs):
        # the rules' preference stays first ("$7.2 million" before "two cents" when money is
        # asked; a year is not a length); the reader orders the spans of one preference
        scored = sorted(((rank(analysis, c.text, s, doc), -reader_score(weights, f), s)
                         for s, f in read[id(c)]), key=lambda x: x[:2])
        if scored:
            if READER_ORDERS_SPANS:
                spans[id(c)] = [s for *_, s in scored]
            value[id(c)] = -scored[0][1] + READER_SENTENCE * c.score
    return value


def read_spans(analysis: Analysis, pool: list[Candidate], docs: Sequence[Any], spans: dict[int, list[Span]],
               gains: dict[int, Hops] | None = None) -> dict[int, list[tuple[Span, dict[str, float]]]]:
    """The reader's features of every answer span of the pool's sentences (``docs``: their
    parses), each span seen beside the other sentences: which carries most of the question,
    which links to one that carries the rest (``gains``: ``hop_gains`` of these spans, when
    the caller has them)."""
    gains = gains if gains is not None else hop_gains(analysis, pool, docs, spans)
    best = max((c.lexical for c in pool), default=0.0)
    return {id(c): [(s, features(analysis, d, s, Context(c.lexical, c.lexical >= best, gains[id(c)].gains.get(s, 0.0),
                                                          s in gains[id(c)].bridges, order)))
                    for order, s in enumerate(spans.get(id(c), []))]
            for c, d in zip(pool, docs)}


@dataclass(frozen=True)
class Hops:
    """Per span, the question's share a linked sentence adds; ``bridges``: the spans that a
    sentence closer to the question also names."""

    gains: dict[Span, float]
    bridges: frozenset[Span] = frozenset()
    described: frozenset[Span] = frozenset()  # people a sentence about them describes as the question does


def hop_gains(analysis: Analysis, pool: list[Candidate], docs: Sequence[Any],
              spans: dict[int, list[Span]]) -> dict[int, Hops]:
    """For each answer span, the share of the question's words that a sentence linked to its
    own adds: the question names one thing, a sentence about it names another (the bridge),
    and the sentence about the bridge holds the answer ("'Human Error' is an episode of
    'House'" + "'House' ran on the Fox network" for "... aired on what network?").

    Two sentences are linked when they share a name the question does not give, or follow
    each other in one passage ("He is the school bus driver ..."). A span the linked sentence
    also holds is the bridge itself, not what it leads to, and gains nothing from it; when
    that sentence carries more of the question than the span's own, the span is a bridge."""
    asked = set(content_stems(analysis.text))
    if not asked:
        return {id(c): Hops({}) for c in pool}
    own = [asked & set(content_stems(c.text)) for c in pool]
    # what the sentences after one say of its subject ("Walter Coy was an actor ... He was
    # best known for narrating 'Frontier'")
    then = [_continued(c, pool, own, spans) for c in pool]
    names = [{e.text.lower() for e in d.ents if e.label_ not in _NUMERIC and not (set(content_stems(e.text)) <= asked)}
             for d in docs]
    persons = [[e.text for e in d.ents if e.label_ == "PERSON"] + life_of(d.text) for d in docs]
    kind = set(content_stems(analysis.wh_noun))
    out: dict[int, Hops] = {}
    for i, c in enumerate(pool):
        gains: dict[Span, float] = {}
        bridges, described = set(), set()
        people = [s for s in spans.get(id(c), []) if s.label == "PERSON"]
        for s in spans.get(id(c), []):
            text = c.text[s.start:s.end].lower()
            # what the sentences after it say of its subject, or of the one person it names
            # ("named after Otto Stern and Max Volmer" + "He ... won in 1943" for "Who won in 1943
            # and is associated with Max Volmer?")
            best = len(then[i] - own[i]) / len(asked) if s.start <= _OPENS or people == [s] else 0.0
            for j, b in enumerate(pool):
                if j == i or b.text == c.text:
                    continue
                person = s.label == "PERSON" and any(same_person(c.text[s.start:s.end], p) for p in persons[j])
                if text in b.text.lower() or person:
                    others = [t for t in spans.get(id(b), []) if not _same_span(text, b.text[t.start:t.end])
                              and not (person and same_person(c.text[s.start:s.end], b.text[t.start:t.end]))]
                    if not others and person:  # a sentence about the person, not a bridge to another
                        adds = len((own[j] | then[j]) - own[i]) / len(asked)
                        best = max(best, adds)
                        if adds >= DESCRIBED and kind and kind <= own[j] | then[j]:
                            described.add(s)  # and calls them the kind asked for ("What dancer ...?")
                    elif len(own[j]) > len(own[i]):
                        bridges.add(s)
                    continue
                linked = bool((names[i] & names[j]) - {text}) or follows(b, c)
                if linked:
                    best = max(best, len(own[j] - own[i]) / len(asked))
            gains[s] = best
        out[id(c)] = Hops(gains, frozenset(bridges), frozenset(described))
    return out


def defined_names(analysis: Analysis, pool: list[Candidate]) -> list[str]:
    """The names the sentences call the kind asked for where they introduce them ("Vestfold
    is a county in Norway" for "which county"), whatever the recogniser made of them; not a
    name the question gives."""
    if not analysis.wh_noun or analysis.answer_type not in _DEFINED_KINDS:
        return []
    asked = {w.lower() for w in _TOKEN.findall(analysis.text)}
    out = []
    for c in pool:
        opening = _NAME_OPENING.match(c.text)
        if opening and opening.group().split()[0].lower() not in _NOT_NAMES \
                and labelled(analysis, c.text, Span(0, opening.end(), "TITLE")) \
                and not {w.lower() for w in _TOKEN.findall(opening.group())} <= asked:
            out.append(opening.group())
    return list(dict.fromkeys(out))


def called_elsewhere(analysis: Analysis, c: Candidate, found: list[Span], pool: list[Candidate]) -> frozenset[Span]:
    """The spans of ``c`` that another sentence calls the kind asked for ("born in Svelvik,
    Vestfold" + "Vestfold is a county in Norway" for "which county")."""
    out = set()
    for s in found if analysis.wh_noun else ():
        name = c.text[s.start : s.end]
        for o in pool:
            at = o.text.find(name) if o.text != c.text else -1
            if at >= 0 and labelled(analysis, o.text, Span(at, at + len(name), s.label)):
                out.add(s)
                break
    return frozenset(out)


def _called_first(spans: list[Span], called: frozenset[Span]) -> list[Span]:
    return sorted(spans, key=lambda s: s not in called) if called else spans


def _described_first(spans: list[Span], hop: Hops) -> list[Span]:
    """A span another sentence describes as the question does comes first in its own
    ("stars ..., Gregory Hines" + "Gregory Oliver Hines (... – August 9, 2003) was an American
    dancer" for "What dancer who died August 9, 2003 appeared in White Nights?")."""
    return sorted(spans, key=lambda s: -hop.gains.get(s, 0.0) if s in hop.described else 0.0)


def _continued(c: Candidate, pool: list[Candidate], own: list[set[str]], spans: dict[int, list[Span]]) -> set[str]:
    """The question's words in the sentences right after ``c`` that open with a pronoun and
    hold no answer of their own (one that does is where the answer is, not a description)."""
    out: set[str] = set()
    at = c
    while (nxt := next((j for j, d in enumerate(pool) if follows(at, d) and refers_back(d.text)), None)) is not None:
        if any(not bracketed(pool[nxt].text, s) for s in spans.get(id(pool[nxt]), [])):  # (an aside is no answer)
            break
        out |= own[nxt]
        at = pool[nxt]
    return out


def _same_span(a: str, b: str) -> bool:
    b = b.lower()
    return a in b or b in a


def follow_on(analysis: Analysis, lead: Candidate, lead_spans: list[Span], pool: list[Candidate],
              spans: dict[int, list[Span]], called: frozenset[Span] = frozenset(),
              passages: Sequence[Passage] = ()) -> tuple[Candidate, list[Span]] | None:
    """When the lead's span is only the bridge of a two-hop question, the sentence about the
    bridge and its answer span: another sentence names the lead's span and carries question
    words the lead does not ("'Human Error' is the finale of 'House'" leads to "House ... ran
    on the Fox network" for "... aired on what network?"). A sentence that adds nothing the
    question asks is no next hop ("Jobs founded it" is not followed to "Jobs was born in ...").
    Nor is a span the lead, or another sentence (``called``: ``called_elsewhere``), calls the
    kind asked for ("the films 'The Awakening'" for "Which movie ...?"): it is the answer."""
    if not lead_spans or lead_spans[0].label in _NUMERIC or labelled(analysis, lead.text, lead_spans[0]) \
            or lead_spans[0] in called:
        return None
    bridge = lead.text[lead_spans[0].start : lead_spans[0].end].strip(" \"“”'‘’").lower()
    if not bridge:
        return None
    asked = set(content_stems(analysis.text))
    said = asked & set(content_stems(lead.text))
    # the last person the lead names is whom a "he" or "she" right after it is about; not
    # when the question asks who did something: a "he" sentence then tells more of the doer
    person = lead_spans[0].label == "PERSON" and not analysis.doer and not any(
        s.label == "PERSON" and s.start > lead_spans[0].end for s in lead_spans)
    after = next_sentence(lead, passages) if person and passages else None
    if after is not None and not any(follows(lead, b) for b in pool):
        pool = [*pool, after]  # (the sentence after may have ranked below the pool)
        spans = {**spans, id(after): answer_spans(analysis, parse(after.text))}
    for b in pool:
        if b.n != lead.n or b.start <= lead.start:
            continue  # the sentence about the bridge comes after the one that names it
        at = b.text.lower().find(bridge) if b is not after else -1
        if at < 0:
            at = _he_or_she(b.text) if person and follows(lead, b) else -1
        if at < 0 or not (asked & set(content_stems(b.text.replace("-", " ")))) - said:
            continue  # (a compound's parts count: "then-wife" says "wife")
        rest = [s for s in spans.get(id(b), []) if bridge not in b.text[s.start : s.end].lower()
                and b.text[s.start : s.end].lower() not in bridge and not _aside(b.text, at, s)
                and not (person and same_person(bridge, b.text[s.start : s.end]))]
        if rest:
            return b, rest
    return None


def _he_or_she(text: str) -> int:
    """Where the sentence's subject is "he" or "she" ("An early pioneer, he is known for ..."),
    the pronoun's offset; else -1."""
    for t in parse(text):
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.lower_ in ("he", "she"):
            return int(t.idx)
    return -1


def _aside(text: str, at: int, span: Span) -> bool:
    """The span stands in brackets or quotes right after the name at ``at``: another name of
    it ("Kelli Ward ("née" Kaznoski; born ...)"), not something said about it."""
    between = text[at : span.start]
    return span.start > at and len(between) <= _NEAR_CHARS and "(" in between and ")" not in between


def _strong(analysis: Analysis, doc: object, spans: list[Span]) -> bool:
    """Whether a span is what the sentence says about the question's focus ("the meeting
    will take place at X")."""
    focus = frozenset(stem(w) for w in analysis.focus)
    place = analysis.answer_type == "place"
    text = doc.text  # type: ignore[attr-defined]
    named = bool(analysis.wh_noun) and any(analysis.wh_noun in text[s.start:s.end].lower() for s in spans)
    return named or any(attached(doc, s, focus, place) for s in spans)


def near_share(analysis: Analysis, text: str) -> float:
    """The share of the words around the question word (``Analysis.near``: the relation asked,
    "noted for its intensity and what") that the sentence holds: of two sentences about the
    question's subject, the one that states the relation asked holds the answer."""
    if not analysis.near:
        return 0.0
    return len(set(analysis.near) & set(content_stems(text))) / len(analysis.near)


def _filled(analysis: Analysis, chosen: list[Candidate], passages: Sequence[Passage]) -> tuple[int, int, int] | None:
    """An open "what" answered by a slot ("famous for what?"): the lead's filler of it, else
    that of the first chosen sentence with one, as the short answer."""
    if analysis.wh_noun or not (analysis.answer_type == "thing" and analysis.slot or analysis.cloze):
        return None  # (a blank after "is a pioneer captain and what?" may read as a definition)
    for c, doc in zip(chosen, parse_many([c.text for c in chosen])):
        span = (slot_filler(analysis, doc) if analysis.answer_type == "thing" else None) or cloze_filler(analysis, doc)
        if span is not None:
            return _in_passage(c, (span.start, span.end), passages)
    return None


def _in_passage(c: Candidate, at: tuple[int, int], passages: Sequence[Passage]) -> tuple[int, int, int]:
    """Sentence offsets -> (passage n, start, end) in the passage's text."""
    base = c.start - passages[c.n - 1].start
    return c.n, base + at[0], base + at[1]


def _newest(typed: list[Candidate], passages: Sequence[Passage]) -> Candidate:
    # the search rank (the prior) knows nothing of dates, so it does not count here
    best = max(c.score - c.prior for c in typed)
    band = [c for c in typed if c.score - c.prior >= RECENT_BAND * best]
    dated = [c for c in band if passages[c.n - 1].date]
    return max(dated, key=lambda c: passages[c.n - 1].date) if dated else typed[0]


def completion(analysis: Analysis, c: Candidate, passages: Sequence[Passage]) -> Candidate | None:
    """The sentence right after ``c`` when it completes it: ``c`` announces what follows
    ("Details of the offer have been revealed."), or, for a "why" question, the next sentence
    gives the purpose of what ``c`` says ("It was the Kremlin who sought the summit. Perhaps as
    a way to head off the sanctions ...")."""
    after = next_sentence(c, passages)
    if after is None:
        return None
    if ANNOUNCES.search(c.text) or analysis.answer_type == "reason" and PURPOSE.match(after.text):
        return after
    return None


def _explanation(analysis: Analysis, relevant: list[Candidate], ranked: Sequence[Candidate] = ()) -> Candidate:
    cues = _REASON_CUES if analysis.answer_type == "reason" else _MANNER_CUES if analysis.answer_type == "manner" \
        else frozenset()
    if analysis.answer_type == "manner" and _NAMING & set(content_stems(analysis.text)):
        # "How did the White House describe the summit?": a sentence that describes or calls it
        naming = [c for c in relevant if _NAMING & set(content_stems(c.text))]
        if naming:
            return max(naming, key=lambda c: c.score)
    # an open "what" ("noted for its intensity and what?"): the sentence that states the relation asked
    near = NEAR if analysis.answer_type not in ("reason", "manner") else 0.0
    states = {id(c): near * near_share(analysis, c.text) for c in relevant} if near else {}
    pool = [c for c in relevant if c.score + states.get(id(c), 0.0) >= NEAR_BEST * relevant[0].score]
    answering = [c for c, doc in zip(pool, parse_many([c.text for c in pool])) if not restates(analysis, doc)]
    pool = answering or pool
    own_words = _own_words(analysis, relevant) if analysis.answer_type == "reason" else set()
    if own_words:  # the reason the person asked about gives, in their own words, comes first
        return max((c for c in relevant if id(c) in own_words), key=lambda c: c.score)
    explains = {id(c) for c in pool if cues & set(content_stems(c.text)) or (
        analysis.answer_type == "reason" and analysis.wh != "why" and _TRIGGERS & set(_TOKEN.findall(c.text.lower())))}
    best = max(pool, key=lambda c: c.score + (CUE_BONUS if id(c) in explains else 0.0) + states.get(id(c), 0.0))
    if analysis.answer_type == "reason" and not explains:
        # "Why is the Kremlin in no hurry?": the best match restates what is asked ("few signs of
        # a compromise from the Kremlin"); the reason is the sentence the writer put after it
        after = next((c for c in (*relevant, *ranked) if follows(best, c)), None)
        if after is not None and after.lexical > 0:  # it names something the question asks about
            return after
    return best


# a sentence that announces what the next one says: "Details of the offer have been revealed.",
# "The plan has three parts:"
ANNOUNCES = re.compile(r":\s*$|\b(?:details|terms|contents?|outlines?|elements|key\s+points|main\s+points)\s+of\b"
                       r"[^.]{0,160}?\b(?:revealed|emerged|disclosed|published|released|leaked|made\s+public|"
                       r"announced|reported)\b", re.IGNORECASE)


# a sentence that gives the purpose of the one before: "Perhaps as a way to head off ...",
# "This is because ...", "The aim was to ..."
PURPOSE = re.compile(r"\W*(?:(?:perhaps|possibly|probably|presumably|partly|maybe|likely)\s*,?\s+)?"
                     r"(?:as\s+a\s+(?:way|means|bid|ploy|tactic|attempt)\s+to|in\s+(?:order|a\s+bid|an\s+(?:effort|attempt))"
                     r"\s+to|so\s+as\s+to|(?:this|that|it)\s+(?:is|was)\s+(?:partly\s+|largely\s+)?because"
                     r"|the\s+(?:reason|aim|goal|motive|purpose)\s+(?:is|was))\b", re.IGNORECASE)


def restates(analysis: Analysis, doc: Any) -> bool:
    """The sentence speaks of the question rather than answering it: it holds the question
    as an indirect one ("analysts are trying to decipher what the Russian president truly
    wants" for "What does Putin want?"), a question word inside it hanging from a verb the
    question asks about. A relative pronoun ("Putin, who wants ...") opens no question: that
    sentence says what he wants."""
    focus = set(analysis.focus)
    return any((t.tag_ in WH_TAGS or t.lower_ == "whether") and t.i > 0
               and not (relative(doc, t) or t.head.dep_ == "relcl")
               and any(h.pos_ in ("VERB", "AUX") and h.lemma_.lower() in focus for h in (t.head, t.head.head))
               for t in doc)


def _own_words(analysis: Analysis, pool: list[Candidate]) -> set[int]:
    """"Why won't Zelensky ...?": the sentences that quote someone the question names in their
    own words ("'I am not going to surrender my country,' Zelensky said"), the reason they give."""
    quoting = [c for c in pool if any(q in c.text for q in _QUOTE_MARKS)]
    people = [c.text for c in analysis.constraints if c.kind == "name"]  # a person, or a body that speaks
    return {id(c) for person in people for c in _roles(person, quoting)[0]} if quoting else set()


def supporting(analysis: Analysis, pool: list[Candidate], lead: Candidate, spans: dict[int, list[Span]],
               passages: Sequence[Passage], limit: int = MAX_SUPPORT) -> list[Candidate]:
    """Up to two more sentences that carry the focus and, for a typed question, hold another
    answer span; none repeating another, none from a document of another time (the 2002
    winner does not support the answer about the 2016 one)."""
    focus = {stem(w) for w in analysis.focus} or set(content_stems(" ".join(analysis.context)))
    chosen: list[Candidate] = []
    for c in pool:
        if len(chosen) >= limit or c.score < NEAR_BEST * pool[0].score:
            break
        if c is lead or any(_overlap(c.text, o.text) > 0.5 for o in (lead, *chosen)) or not _same_time(
                passages[c.n - 1].date, passages[lead.n - 1].date):
            continue
        carries = bool(focus & set(content_stems(c.text))) if focus else True
        if ((spans.get(id(c)) and carries) if spans else carries) and not restates(analysis, parse(c.text)):
            chosen.append(c)  # typed: another answer span, on the focus; never the question said again
    return chosen


def _same_time(a: str, b: str) -> bool:
    """Two document dates at most a year apart, or either unknown."""
    return not (a[:4].isdigit() and b[:4].isdigit()) or abs(int(a[:4]) - int(b[:4])) <= 1


def _overlap(a: str, b: str) -> float:
    x, y = set(content_stems(a)), set(content_stems(b))
    return len(x & y) / min(len(x), len(y)) if x and y else 0.0


def _choose(analysis: Analysis, relevant: list[Candidate], passages: Sequence[Passage]) -> Composed:
    """"A or B?": each alternative's best sentence; a comparison the question asks for
    ("first", "more") decides by the years or numbers they give, else the better sentence."""
    best: dict[str, tuple[Candidate, tuple[int, int]]] = {}
    figures: dict[str, list[float]] = {}
    options = [_as_written(o, relevant, [p for p in analysis.options if p != o]) for o in analysis.options]
    for option in options:
        said = [c for c in relevant if option_in(c.text, option)]
        if not said:
            continue
        others = [o for o in options if o != option]
        given = {id(c): _figures(analysis, _stretch(c, relevant, others)) if analysis.compares else [] for c in said}
        # the sentence about it: one that names no other alternative ("Anita Lane ... with
        # Nick Cave" is about Anita Lane), then one with the figure compared, then the better one
        c = min(said, key=lambda c: (any(option_in(c.text, o) for o in others),
                                     bool(analysis.compares) and not given[id(c)]))
        at = option_in(c.text, option)
        assert at is not None
        best[option], figures[option] = (c, at), given[id(c)]
    if not best:
        return Composed([relevant[0]])
    rank_of = {id(c): i for i, c in enumerate(relevant)}
    best = dict(sorted(best.items(), key=lambda kv: rank_of[id(kv[1][0])]))  # the better sentence's first
    decided = _called(analysis, best, relevant) or _compare(analysis, figures)  # "is the largest" says it outright
    lacking = [o for o in best if not figures[o]]
    if analysis.compares and not decided and len(best) > 1 and 0 < len(lacking) < len(best):
        return _undecided(analysis, best, lacking)
    pick = decided or _fits(analysis, best, relevant) or next(iter(best))
    lead, at = best[pick]
    return Composed([lead], _in_passage(lead, at, passages))


def _undecided(analysis: Analysis, best: dict[str, tuple[Candidate, tuple[int, int]]], lacking: list[str]) -> Composed:
    """A comparison the documents cannot make: they give the figure compared for some
    alternatives and none for the others ("Arthur's Magazine (1844-1846)" beside "First for
    Women is a woman's magazine"). Picking one would present a guess as the answer, so the
    sentences about each go out, those with a figure first, with no short answer."""
    given = [o for o in best if o not in lacking]
    lead = list(dict.fromkeys(best[o][0] for o in given + lacking))
    what = "year" if analysis.compares in ("earlier", "later") else "figure"
    return Composed(lead, undecided=f"The documents give no {what} for {listed(lacking)}, so they cannot "
                                    f"compare {listed(list(best), 'and')}.")


def _stretch(c: Candidate, relevant: list[Candidate], others: list[str]) -> list[Candidate]:
    """The sentence and those after it in its document up to one naming another alternative:
    what the document says of the one it names ("Better Than Ezra is an American band ...
    The band formed in 1988")."""
    out = [c]
    while True:
        nxt = next((d for d in relevant if follows(out[-1], d)), None)
        if nxt is None or nxt in out or any(option_in(nxt.text, o) for o in others):
            return out
        out.append(nxt)


def _figures(analysis: Analysis, stretch: list[Candidate]) -> list[float]:
    """The years (for "earlier", "later") or the other figures (for "more", "fewer") of the
    first sentence of the stretch that gives any."""
    for c in stretch:
        text = unglue_years(c.text)
        years = [float(y) for y in _YEAR.findall(text)]
        counted = _DAY.sub(" ", text)  # "June 14, 1952" counts nothing
        values = years if analysis.compares in ("earlier", "later") else sorted(numbers(counted) - set(years))
        if values:
            return values
    return []


def _as_written(option: str, relevant: list[Candidate], others: Sequence[str] = ()) -> str:
    """The alternative as the sentences write it: itself, else an ending of it that starts
    with a capital and stands in one, longest first ("Boston College" for "Massachusetts Boston College", where
    the question's place ran into the name: "in Chestnut Hill, Massachusetts Boston College or
    ..."); never an ending another alternative also has ("Mine" of "Camlaren Mine or Barton Mine")."""
    words = option.split()
    endings = [option] + [" ".join(words[k:]) for k in range(1, len(words)) if words[k][:1].isupper()
                          and not any(option_in(o, " ".join(words[k:])) for o in others)]
    return next((e for e in endings if any(option_in(c.text, e) for c in relevant)), option)


def _called(analysis: Analysis, best: dict[str, tuple[Candidate, tuple[int, int]]],
            relevant: list[Candidate]) -> str | None:
    """The one alternative the sources call what the question's superlative asks ("Is A or B
    the largest private hospital in ...?": "B is the largest private hospital in ...")."""
    most = [t.lower_ for t in parse(analysis.text) if t.tag_ in ("JJS", "RBS")]
    if not most:
        return None
    called = set()
    for option in best:
        for c in relevant:
            at = option_in(c.text, option)
            if at is not None and re.match(rf"\s*(?:,[^,]*,\s*)?(?:is|was|are|were|remains|became)\s+(?:the|its)\s+"
                                           rf"(?:[\w-]+\s+)?(?:{'|'.join(map(re.escape, most))})\b",
                                           c.text[at[1]:], re.IGNORECASE):
                called.add(option)
    return called.pop() if len(called) == 1 else None


def _fits(analysis: Analysis, best: dict[str, tuple[Candidate, tuple[int, int]]],
          relevant: list[Candidate]) -> str | None:
    """Which alternative the question describes ("Which documentary is about Finnish rock
    groups, A or B?"): the one whose sentences, with the sentence that follows each, carry
    the most of the question's other words; none on a tie."""
    asked = set(content_stems(analysis.text)) - {w for o in best for w in content_stems(o)}
    cover = {}
    for option in best:
        said = [c for c in relevant if option_in(c.text, option)]
        said += [c for c in relevant if any(follows(o, c) for o in said)]
        cover[option] = len(asked & {w for c in said for w in content_stems(c.text)})
    ranked = sorted(cover.values(), reverse=True)
    return max(cover, key=lambda o: cover[o]) if len(ranked) > 1 and ranked[0] > ranked[1] else None


def _compare(analysis: Analysis, values: dict[str, list[float]]) -> str | None:
    """The alternative the comparison asked for picks (``values``: each one's figures): the
    earliest year for "born first", the latest for "younger", the largest figure for "more";
    none when one of them gives no figure, or they tie."""
    if len(values) < 2 or not analysis.compares:
        return None
    if not all(values.values()):
        return None

    def worth(option: str) -> float:
        v = values[option]
        return {"earlier": -min(v), "later": min(v), "more": max(v), "fewer": -min(v)}[analysis.compares]

    ranked = sorted(values, key=worth, reverse=True)
    return ranked[0] if worth(ranked[0]) != worth(ranked[1]) else None
