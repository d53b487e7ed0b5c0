"""What a question asks for: its question word, the noun that names the kind ("which city"),
the answer type that follows, the alternatives of an "A or B?" question, and whether it
wants several answers. Pure functions over spaCy's parse; ``assistant.question`` builds
the whole analysis on them.
"""

from __future__ import annotations

import re
from typing import Any

# Answer types and the entity labels that can fill them.
TYPE_LABELS: dict[str, frozenset[str]] = {
    "place": frozenset({"GPE", "LOC", "FAC"}),
    "person": frozenset({"PERSON"}),
    "organisation": frozenset({"ORG"}),
    "person_or_org": frozenset({"PERSON", "ORG"}),
    "date": frozenset({"DATE", "TIME"}),
    "number": frozenset({"CARDINAL", "QUANTITY"}),  # "how many": a count, not money or a share
    "amount": frozenset({"MONEY", "QUANTITY", "PERCENT", "CARDINAL"}),
    "duration": frozenset({"DATE", "TIME", "QUANTITY", "CARDINAL"}),
    "length": frozenset({"QUANTITY", "DATE", "TIME", "CARDINAL"}),  # in space or in time
    "nationality": frozenset({"NORP", "GPE", "LANGUAGE"}),
    "words": frozenset({"QUOTE"}),  # "What words did X use?": what the text quotes
    "category": frozenset({"KIND"}),  # "What profession ...?": a common noun ("film director"), not a name
    "ordinal": frozenset({"ORDINAL"}),  # "What number album ...?": "second", "5th"
    "thing": frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC", "GPE", "LOC", "PERSON", "LANGUAGE"}),
}
# What each answer type asks for, in words (prompts, abstention notes).
ANSWER_KINDS = {"place": "a place", "person": "a person", "person_or_org": "a person or organisation",
                "organisation": "an organisation", "date": "a date", "number": "a number", "amount": "an amount",
                "duration": "a duration", "length": "a length or a duration", "nationality": "a nationality",
                "words": "the words quoted", "category": "a kind of thing", "thing": "a name", "ordinal": "a rank",
                "reason": "a reason", "manner": "how it happens", "definition": "what it is",
                "choice": "one of the alternatives named", "yesno": "yes or no, with the fact that shows it"}
# Types whose answer is a sentence, not a span.
EXPLANATORY = frozenset({"reason", "manner", "definition", "yesno"})
# Names the evidence must carry; nationalities ("American", "Dutch") describe rather than name.
# offices a person is titled by ("President Donald Trump", "Foreign Minister Sergei Lavrov")
OFFICES = frozenset("president minister senator governor mayor king queen prince princess emperor pope chancellor "
                    "premier ambassador envoy secretary spokesman spokeswoman spokesperson adviser advisor "
                    "general judge chairman ceo sheikh cardinal bishop".split())
# changes of an amount: "What pay rise ...?" is answered by a share ("6%") as well as by money
CHANGES = frozenset("rise increase raise cut fall drop growth decline".split())
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"})
_NOUN_TYPES = {
    "place": "city town country state nation capital place location venue site base region province county island "
             "continent river lake mountain village area district neighborhood neighbourhood street airport stadium "
             "arena port valley desert sea ocean border territory municipality suburb borough".split(),
    "person": "person man woman people actor actress singer player president minister leader author writer director "
              "founder artist musician composer king queen prince princess emperor politician wife husband son "
              "daughter father mother brother sister coach manager star executive narrator rapper producer chef "
              "scientist journalist governor mayor senator candidate pilot golfer boxer captain spokesman "
              "spokeswoman spokesperson ambassador envoy adviser advisor chancellor premier officer chairman ceo "
              "owner pope general champion winner official delegate diplomat lawmaker legislator representative "
              "member lawyer judge doctor nurse teacher student athlete footballer soldier victim suspect witness "
              "commander negotiator mediator aide deputy secretary host presenter anchor reporter editor "
              "photographer inventor engineer designer architect explorer songwriter poet playwright screenwriter "
              "dancer astronaut entrepreneur businessman businesswoman cricketer quarterback hitman drummer vocalist "
              "frontman conductor painter sculptor professor lecturer researcher scholar philosopher astronomer "
              "biographer performer superstar celebrity striker goalkeeper defender midfielder pitcher batsman "
              "bowler wrestler swimmer runner skier jockey referee umpire mentor pioneer guest dj entrant monarch "
              "ruler dictator tycoon billionaire heir heiress widow widower bride groom spouse sibling cousin "
              "uncle aunt nephew niece grandson granddaughter grandfather grandmother boyfriend girlfriend "
              "surgeon physician attorney prosecutor detective sheriff policeman policewoman firefighter farmer "
              "merchant banker investor cofounder commissioner councillor councilor congressman congresswoman "
              "monk nun priest rabbi imam prophet missionary warrior knight admiral colonel lieutenant sergeant "
              "assassin killer murderer gunman attacker kidnapper hostage prisoner inmate refugee migrant "
              "immigrant protester demonstrator voter illustrator animator puppeteer".split(),
    "organisation": "company organization organisation team band group party club university college school agency "
                    "newspaper magazine network channel airline brand label firm corporation institution league "
                    "publisher bank ministry department".split(),
    "date": "year date day month century decade season era time birthdate birthday".split(),
    "number": "number population age".split(),
    "amount": "percentage share proportion rate amount price cost sum fee salary revenue budget length height width "
              "size distance weight area depth capacity speed value wage pay fare bonus profit loss debt "
              "deficit".split() + sorted(CHANGES),  # "What pay rise ...?": 6%
    "duration": "duration period".split(),
    "nationality": "nationality ethnicity citizenship language".split(),
    "words": "word phrase term expression slogan quote quotation catchphrase".split(),
    "category": "profession occupation job career genre type kind sort industry format field instrument species "
                "vegetation style breed material sport discipline role position post rank category".split(),
}
NOUN_TYPE = {noun: kind for kind, nouns in _NOUN_TYPES.items() for noun in nouns}
# "Between A and B, who ...?", "Of the directors A and B, which one ...?": the two compared
_CAP = "A-Z0-9\u00c0-\u00de\u0100-\u017f"  # a capital, a digit, or a Latin letter with an accent ("Żuławski")
_NAMED = rf"((?:[{_CAP}][\w.'-]*\s?)+)"
_BETWEEN = re.compile(rf"(?:\b[Bb]etween|^\s*Of) (?:[a-z ]+,? )?{_NAMED} and {_NAMED}")
# Kinds of thing whose answer is a name or a title, not a description ("What is the name of ...?")
NAMED_KINDS = frozenset("name title nickname alias song album single track film movie book novel show series play "
                         "opera poem painting game ship brand".split())
SORTS = frozenset("type kind sort form".split())
# "which one", or a question that opens with "Between A and B": one of the two is picked
_WHICH_ONE = re.compile(r"\bwhich (one|of (the|them|these|those))\b|^\s*(in )?between\b", re.I)
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
WH_WORDS = frozenset("what which who whom whose where when why how".split())


def wh_token(doc: Any) -> Any:
    """The question word: the one that opens the question (after a preposition, "In what
    year ..."), else the last one ("... named after who?"); relative pronouns do not count."""
    found = [t for t in doc if t.lower_ in WH_WORDS and t.tag_ in WH_TAGS]
    asking = [t for t in found if not relative(doc, t)]
    found = asking or found
    if not found:
        return None
    opening = [t for t in found if all(u.pos_ in ("ADP", "SPACE", "PUNCT", "CCONJ") for u in doc[: t.i])]
    return opening[0] if opening else found[-1]


def relative(doc: Any, t: Any) -> bool:
    """"..., which was recorded in London": a relative pronoun after a noun or a comma that a
    verb follows, not the question word."""
    before = doc[t.i - 1] if t.i > 0 else None
    after = doc[t.i + 1] if t.i + 1 < len(doc) else None
    if t.lower_ == "whose" and before is not None and (before.pos_ in ("NOUN", "PROPN") or before.text == ","):
        return True  # "a protégé of Gustav Klimt whose work is noted for ... what?"
    if t.lower_ in ("which", "whom") and before is not None and before.pos_ == "ADP" and t.i > 1 \
            and doc[t.i - 2].pos_ in ("NOUN", "PROPN"):
        # "the city in which James Uchechukwu was born", "the man to whom she wrote": a clause follows, its verb
        # before any noun; not "the capital of which country", "by which Vietnam War veteran"
        head = next((u for u in doc[t.i + 1 :] if u.pos_ in ("NOUN", "VERB", "AUX")), None)
        return head is not None and head.pos_ != "NOUN"
    return (t.lower_ in ("which", "who", "that") and before is not None and after is not None
            and (before.pos_ in ("NOUN", "PROPN") or before.is_punct) and after.pos_ in ("VERB", "AUX"))


def question_word(doc: Any, token: Any) -> tuple[str, str]:
    """The question word and, for "which city" / "what year" / "what is the length", its noun."""
    if token is None:
        return ("yesno" if len(doc) and doc[0].pos_ == "AUX" else ""), ""
    word = token.lower_
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if word == "how" and nxt is not None and nxt.lower_ in ("many", "much", "long", "old", "far", "often"):
        counted = noun_after(doc, nxt) if nxt.lower_ == "many" else None  # "how many passengers"
        return f"how {nxt.lower_}", counted.lemma_.lower() if counted is not None else ""
    noun = noun_after(doc, token) if word in ("which", "what", "whose") else None
    if noun is not None:
        return word, noun.lemma_.lower()
    measured = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    if word == "what" and measured is not None and measured.pos_ == "NOUN" \
            and NOUN_TYPE.get(measured.lemma_.lower()) in ("number", "amount", "date"):
        return word, measured.lemma_.lower()  # "had a population of what?" asks what population
    if word == "who" and token.head.lemma_ == "be" and token.i == 0:  # "Who is the composer ...?": a composer
        kind = next((c for c in token.head.children if c.i != token.i and c.dep_ in ("nsubj", "attr")
                     and c.pos_ == "NOUN" and NOUN_TYPE.get(c.lemma_.lower()) == "person"), None)
        return word, kind.lemma_.lower() if kind is not None else ""
    if word in ("which", "what") and not any(c.pos_ == "NOUN" for c in token.children if c.dep_ != "prep"):
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        ranked = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if of is not None \
            else None
        if ranked is not None:  # "which of his movies", "which of Bruce Springsteen's albums"
            return word, ranked.lemma_.lower()
    if word == "what" and token.head.lemma_ == "be" and token.dep_ in ("nsubj", "nsubjpass", "attr"):
        # the noun the copula joins the question word to ("What is the fifth studio album by ...", where
        # the parser may take "is ... released" for a passive, "What is a small network appliance ...")
        heads = [token.head, *([token.head.head] if token.head.dep_ in ("aux", "auxpass") else [])]
        subject = next((c for h in heads for c in h.children if c.i != token.i and c.pos_ == "NOUN"
                        and c.dep_ in ("nsubj", "nsubjpass", "attr")), None)
        return word, subject.lemma_.lower() if subject is not None else ""
    return word, ""


def noun_after(doc: Any, token: Any) -> Any:
    """"which Russian ministers" -> ministers: the last noun of the words that follow; a
    capitalised kind the question word determines counts ("next to what Castle?")."""
    noun = kind = named = None
    for t in doc[token.i + 1 :]:
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if t.pos_ == "NOUN" or (t.i == token.i + 1 and t.is_lower and t.is_alpha and after is not None and (
                t.pos_ == "ADJ" and after.pos_ in ("ADP", "AUX") or t.pos_ == "VERB" and after.is_punct)):
            noun = t  # (a noun the tagger took for an adjective or a verb: "What mosaic inside ...",
            # "of which genre?")
        elif t.pos_ == "ADV" and after is not None and after.pos_ == "ADJ":
            continue  # "which second largest city", "what most populous state"
        elif after is not None and after.text == "-" and not t.whitespace_ or t.lower_ == "all" and t.i == token.i + 1:
            continue  # the first part of a word joined by a hyphen ("what long-running soap opera"),
            # "what all female high school"
        elif t.pos_ == "PROPN" and noun is not None and t.ent_iob_ == "B":
            break  # "At which age Audrey Lindvall's sister was ...": a name after the noun opens the clause
        elif t.pos_ == "PROPN" and t.ent_type_ not in ("PERSON", "ORG"):
            kind = t
        elif t.pos_ == "PROPN":
            named = t
        elif (t.tag_ in ("VBG", "VBN") or t.tag_ == "VBD" and t.pos_ == "VERB" and noun is None
              and t.lemma_ not in ("do", "be", "have")) and t.dep_ != "prep" \
                and t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("ADJ", "NOUN", "PROPN"):
            continue  # "which bestselling American fantasy author" (not "songs including several hits");
            # "What Golden Globe nominated American actor": a participle the tagger took for a past tense
        elif (t.tag_ == "POS" and doc[t.i - 1].text[:1].isupper()) or (
                t.pos_ in ("ADP", "CCONJ") and t.i + 1 < len(doc) and doc[t.i - 1].pos_ == "PROPN"
                and doc[t.i + 1].pos_ == "PROPN"):
            continue  # "what Alice in Chains' album", "what Beatles' song": the noun after the owner's name
            # (not "which band's song": that asks for the band)
        elif t.pos_ not in ("ADJ", "PROPN", "NUM") and not (t.pos_ == "PUNCT" and t.text == "-"):
            # a capitalised kind the recogniser took for a name ("what Castle?", "What U.S Highway
            # gives ...") when the question word opens its phrase and a verb or the end follows
            if named is not None and noun is None and kind is None and (t.is_punct or t.pos_ in ("VERB", "AUX")):
                kind = named
            break
    return noun if noun is not None else kind


def answer_type_of(doc: Any, wh: str, wh_noun: str, options: tuple[str, ...]) -> str:
    if options:
        return "choice"
    fixed = {"where": "place", "when": "date", "why": "reason", "how many": "number", "how much": "amount",
             "how long": "duration", "how old": "number", "how far": "amount", "how often": "duration",
             "whose": "person", "yesno": "yesno"}
    if wh == "how long" and _copula(doc):
        return "length"  # "How long is the line?" (7.5 km) or "was the rule?" (275 years); "did it take?": a duration
    if wh in fixed:
        return fixed[wh]
    if wh == "what" and _asks_rank(doc):
        return "ordinal"  # "What number album of Taylor Swift ...?": her second
    if wh == "what" and _causes(doc):
        return "reason"  # "What made Trump start sending weapons?" asks why
    if wh == "how":
        return "manner"
    if wh == "what" and wh_noun not in NOUN_TYPE and asks_name(doc):
        return "thing"  # "... is officially known as what?", "What was it called?": a name
    if wh_noun in NAMED_KINDS:
        return "thing"  # "What is the name of ...?", "what's their best known song?": a name or title
    if wh_noun and wh_noun not in NOUN_TYPE and wh == "what" and not _det_noun(doc) and _described_one(doc, wh_noun):
        return "thing"  # "What is a resort in Palm Beach built by Marjorie Post?": which one, by its name
    if wh_noun and wh_noun not in NOUN_TYPE and wh == "what" and not _det_noun(doc):
        return "definition"  # "What are the council's demands?": a description, not a name
    if wh_noun in SORTS:  # "what type of aircraft": the kind is the noun after "of"
        of = of_noun(doc, wh_noun)
        if of and of not in SORTS:
            if of not in NOUN_TYPE and _classifies_named(doc, wh_noun):
                return "category"  # "What type of film are 'Transparent' and 'Heat'?": documentary
            return NOUN_TYPE.get(of, "thing")  # a kind of person, place ...; else a named kind of thing
    if wh_noun in _REGION_OR_MEASURE and _det_noun(doc):
        return "thing"  # "in which area": a region or a field by its name; "what is the area of": a measure
    if wh_noun:
        return NOUN_TYPE.get(wh_noun, "person" if wh_noun.endswith(("ist", "ian")) else "thing")
    if wh in ("who", "whom"):
        return "definition" if _asks_identity(doc) else "person_or_org"
    if wh == "what" and any(t.lemma_ in ("mean", "stand") for t in doc):
        return "definition"
    if wh == "what" and _asks_identity(doc):
        return "definition"
    return "thing" if wh in ("what", "which") else ""


_REGION_OR_MEASURE = frozenset({"area"})
_CAUSING_VERBS = frozenset("make cause lead prompt drive push force persuade convince trigger spark".split())


def _asks_rank(doc: Any) -> bool:
    """"What number album ...?", "what number post-Beatles album": "number" right after the
    question word and before the noun it ranks (not "what number of people": a count)."""
    token = wh_token(doc)
    if token is None or token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "number":
        return False
    return doc[token.i + 2].pos_ in ("NOUN", "ADJ", "PROPN")  # (not "What number is on his shirt?")


def _causes(doc: Any) -> bool:
    """"What made/caused/led X to do Y?": "what" is the subject of a causing verb that has a
    clause of its own (not "What made the headlines?")."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    return root is not None and root.lemma_.lower() in _CAUSING_VERBS \
        and any(c.dep_ == "nsubj" and c.lower_ == "what" for c in root.children) \
        and any(c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") for c in root.children)


def _described_one(doc: Any, noun: str) -> bool:
    """"What is a resort in Palm Beach, built by Marjorie Post?": "a" + noun + a description
    that names something or has a clause of its own picks out one thing, to be named; "What is
    a sonnet?" (no description) asks what it is."""
    for t in doc:
        if t.lemma_.lower() == noun and t.dep_ in ("attr", "nsubj") and t.head.lemma_ == "be" \
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
            described = [c for c in t.children if c.dep_ in ("relcl", "acl", "prep", "conj")]
            return any(c.dep_ in ("relcl", "acl") and c.tag_ != "VB"  # not "a way to cut costs"
                       or c.dep_ in ("prep", "conj") and any(w.pos_ == "PROPN" for w in c.subtree)
                       for c in described)
    return False


def _classifies_named(doc: Any, sort: str) -> bool:
    """"What type of film are 'Transparent' and 'Heat'?", "Qwirkle and Evo are which type of
    entertainment?": the sort is what a copula says of things named, so a category answers,
    not a name ("What type of aircraft does the airline fly?" asks for a model by its name)."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_ != "be" or not any(
            c.dep_ == "attr" and c.lemma_.lower() == sort for c in root.children):
        return False
    return any(c.lemma_.lower() != sort and c.dep_ in ("nsubj", "attr", "acomp") and (
        c.pos_ == "PROPN" or c.i > 0 and doc[c.i - 1].text in ('"', "'", "“")
        or any(g.pos_ == "PROPN" and g.dep_ in ("appos", "conj", "compound") for g in c.children))
        for c in root.children)


def of_noun(doc: Any, noun: str) -> str:
    """"type of vegetation" -> vegetation."""
    for t in doc:
        if t.lemma_.lower() == noun and t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "of":
            after = noun_after(doc, doc[t.i + 1])
            return after.lemma_.lower() if after is not None else ""
    return ""


def asks_name(doc: Any) -> bool:
    """"known as", "called", "named", "nicknamed": the question asks for a name."""
    words = [t.lower_ for t in doc if not t.is_punct]
    return any(w in ("called", "named", "nicknamed", "titled", "dubbed") for w in words) or any(
        a == "known" and b == "as" for a, b in zip(words, words[1:])) or any(
        (a, b, c) == ("referred", "to", "as") for a, b, c in zip(words, words[1:], words[2:]))


def _copula(doc: Any) -> bool:
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    return root is not None and root.lemma_ == "be"


def _det_noun(doc: Any) -> bool:
    """"What city ...": the question word is the determiner of a noun."""
    token = wh_token(doc)
    return token is not None and noun_after(doc, token) is not None


def _asks_identity(doc: Any) -> bool:
    """"Who is Kirill Dmitriev?", "What is NATO?": a copula whose subject is a name, asked
    about with the question word itself (not "... a film directed by who?"); not an office
    ("Who is the Governor of the Bank of England?" asks who holds it)."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_ != "be":
        return False
    token = wh_token(doc)
    if token is not None and token.head.i != root.i:
        return False
    return any(c.dep_ in ("nsubj", "attr") and c.pos_ == "PROPN" and c.lemma_.lower() not in OFFICES
               for c in root.children)


_JOINING = frozenset("and of the for in on at to de du la von van a an".split())


def options_of(doc: Any) -> tuple[str, ...]:
    """"..., Arthur's Magazine or First for Women?": the alternatives after the last comma."""
    text = doc.text.rstrip(" ?")
    between = _BETWEEN.search(text)  # "Between Kim Clijsters and Mary Pierce, who is older?": compared
    if between and not between.group(1)[:1].isdigit() and (
            any(t.tag_ in ("JJR", "JJS", "RBR", "RBS") for t in doc) or _WHICH_ONE.search(text)):
        return (between.group(1).strip(), between.group(2).strip())
    if " or " not in text:
        return ()
    polar = _POLAR_OPTIONS.match(text) if len(doc) > 0 and doc[0].pos_ == "AUX" else None
    if polar:  # "Is Children's National Medical Center or MedStar Washington Hospital Center the largest ...?"
        right = polar.group(2).split()
        end = 0
        while end < len(right) and (right[end][:1].isupper() or right[end][:1].isdigit()
                                    or (0 < end < len(right) - 1 and right[end] in _JOINING
                                        and right[end + 1][:1].isupper())):
            end += 1
        if end:
            return (polar.group(1), " ".join(right[:end]).rstrip(",;:"))
    tail = text.rsplit(",", 1)[-1] if "," in text else text
    if " or " not in tail:  # "Which musician, Edwyn Collins or Jimmie Ross, played bass?"
        tail = next((part for part in text.split(",")[1:] if " or " in part), tail)
    left, _, right = tail.rpartition(" or ")
    parts = text.split(",")
    if not left.strip() and len(parts) > 2:  # "Which band ..., Hole, the rock band that ..., or The Wolfhounds?"
        left = parts[1]  # the first alternative is the name that opens the first aside
        left = " ".join(left.split()[:1 + next((i for i, w in enumerate(left.split()[1:]) if not w[:1].isupper()),
                                                len(left.split()) - 1)])
    left_words = left.split()
    # the alternative before "or" is the capitalised run that ends the left side
    # ("Charley and the Angel"), short joining words inside it included
    start = len(left_words)
    while start > 0 and (left_words[start - 1][:1].isupper() or left_words[start - 1][:1].isdigit()
                         or (start < len(left_words) and left_words[start - 1] in _JOINING)):
        start -= 1
    while start < len(left_words) and left_words[start] in _JOINING:
        start += 1
    a, b = " ".join(left_words[start:]).strip(), right.strip()
    if re.match(r"the [A-Z0-9]", b):  # "... or the Melvins?"
        b = b[4:]
    if not a or not b or not (a[:1].isupper() or a[:1].isdigit()) or not (b[:1].isupper() or b[:1].isdigit()):
        return ()
    if polar is not None or (len(doc) > 0 and doc[0].pos_ == "AUX" and a.split()[0] == doc[0].text):
        return ()  # "Is Dortmund in Germany or Austria?": no two names read whole
    return (a, b)


# "Is A or B ...?": two names, the first right after the auxiliary, each wholly capitalised
_POLAR_OPTIONS = re.compile(r"[A-Z][a-z]*\s+((?:(?:[A-Z0-9][\w'’.&-]*|of|the|and|for|de)\s+)*?[A-Z0-9][\w'’.&-]*)"
                            r"\s+or\s+(.+)$")


# What an "A or B?" question compares, by the word that asks it.
_EARLIER = frozenset("first earlier earliest older oldest sooner soonest before".split())
_LATER = frozenset("second later latest younger youngest newer newest last".split())
_MORE = frozenset("more most larger largest bigger biggest higher highest longer longest taller tallest greater "
                  "greatest heavier heaviest".split())
_FEWER = frozenset("fewer fewest less least smaller smallest lower lowest shorter shortest lighter lightest".split())


def comparison(doc: Any) -> str:
    """What "A or B?" compares: ``earlier`` ("born first", "older"), ``later`` ("released
    second", "more recent"), ``more`` ("more members", "larger") or ``fewer``; none when the
    question describes one of them ("most famous for", "more diverse", "founded in Ohio"),
    which the words that describe it decide, not a year or a figure."""
    for t in doc:
        w = t.lower_
        if w in ("more", "most") and t.head.lemma_ == "recent":
            return "later"
        if w in ("more", "most", "less", "least") and t.dep_ == "advmod" and t.head.pos_ in ("ADJ", "ADV"):
            continue  # "most famous for ...": a description
        if w in _EARLIER:
            return "earlier"
        if w in _LATER and not (w == "second" and t.dep_ in ("amod", "nummod") and t.head.pos_ in ("NOUN", "ADJ")):
            return "later"  # "released second"; not "the second album"
        if w in _MORE:
            return "more"
        if w in _FEWER:
            return "fewer"
    return ""


_MEMBERSHIP = frozenset({"in", "on", "among"})


def asks_plural(doc: Any, token: Any) -> bool:
    """"Which ministers ...?", "Who are ...?": the answer may be a list; "how many ministers"
    asks for one number."""
    if token is not None and token.lower_ == "how":
        return False
    noun = noun_after(doc, token) if token is not None else None
    if noun is not None and noun.tag_ in ("NNS", "NNPS"):
        return True
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is not None and token is not None and token.lower_ == "who" and root.lemma_ == "be" and any(
            p.dep_ == "prep" and p.lower_ in _MEMBERSHIP and any(
                o.dep_ == "pobj" and any(d.dep_ in ("det", "poss") for d in o.children) for o in p.children)
            for p in root.children):
        return True  # "Who is in the delegation?", "Who is on Putin's team?": its members ("in charge": one)
    return bool(root is not None and root.lower_ in ("are", "were") and token is not None
                and token.lower_ in ("who", "what", "which"))
