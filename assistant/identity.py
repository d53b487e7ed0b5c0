""""Who is Yuri Ushakov?", "What is NATO?": the words a sentence describes a name with.

A pure function over a spaCy parse (``assistant.nlp``). News introduces a person or body
in a few fixed ways, and each is a dependency pattern:

- an apposition after the name: "Yuri Ushakov, a Kremlin aide, said ...";
- an apposition before it: "the Kremlin's top economic envoy, Kirill Dmitriev, ...";
- the copula: "Ushakov is a Kremlin aide";
- a title in front of the name: "Kremlin aide Yuri Ushakov", "Foreign Minister Sergei Lavrov".

The description is the noun phrase only: a relative clause after it ("a blogger who is well
known for ...") and anything in brackets are left out, so it can stand as a short answer.
"""

from __future__ import annotations

from typing import Any

Span = tuple[int, int]

_CUT = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "mark", "advcl"})  # not part of the description


def description(doc: Any, name: str) -> Span | None:
    """Where ``doc`` describes ``name`` (character offsets of the describing noun phrase),
    or None when it only mentions it."""
    root = _name_root(doc, name)
    if root is None:
        return None
    entity = next((e for e in doc.ents if e.start <= root.i < e.end), None)
    named = set(range(entity.start, entity.end)) if entity is not None else {root.i}
    for child in root.children:  # "Yuri Ushakov, a Kremlin aide,"; not an aside in brackets
        if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN") and not child.ent_type_ \
                and (child.left_edge.i == 0 or doc[child.left_edge.i - 1].text != "("):
            found = _phrase(doc, child, exclude=set())
            if found and _closed(doc, child, found[1]):
                return found
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":  # "the Kremlin's envoy, Kirill Dmitriev"
        return _phrase(doc, root.head, exclude={t.i for t in root.subtree})
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":  # "Ushakov is a Kremlin aide"
        attr = next((c for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if attr is not None and not any(c.dep_ == "neg" for c in root.head.children):
            return _phrase(doc, attr, exclude=set())
    titles = [c for c in root.children if c.dep_ == "compound" and c.i < root.i and c.i not in named]
    if titles:  # "Kremlin aide Yuri Ushakov"
        start = min(t.left_edge.i for t in titles)
        end = max(t.i for t in titles)
        return int(doc[start].idx), int(doc[end].idx + len(doc[end].text))
    return None


def _closed(doc: Any, head: Any, end: int) -> bool:
    """The phrase ends at a comma, a bracket, the sentence's end or its own clause ("a blogger
    who ..."): "Yuri Ushakov, the program includes ..." is a misreading, not an apposition."""
    after = next((t for t in doc if t.idx >= end), None)
    return after is None or after.is_punct or any(after.i in {u.i for u in c.subtree}
                                                  for c in head.children if c.dep_ in _CUT)


def _name_root(doc: Any, name: str) -> Any:
    """The head token of the name where the sentence gives it whole, or its last word alone
    (a person's surname: "Ushakov said")."""
    words = name.split()
    last = words[-1].lower()
    whole = doc.text.find(name)
    for t in doc:
        if t.lower_ != last or (whole >= 0 and not whole <= t.idx < whole + len(name)):
            continue
        while t.dep_ in ("compound", "flat") and t.head is not t and t.head.pos_ == "PROPN":
            t = t.head
        return t
    return None


def _phrase(doc: Any, head: Any, exclude: set[int]) -> Span | None:
    """The noun phrase ``head`` heads, without its clauses, brackets and ``exclude``: the
    longest run of its words that holds the head."""
    kept = {head.i}
    stack = [head]
    while stack:
        for child in stack.pop().children:
            if child.dep_ in _CUT or child.i in exclude or child.dep_ == "det" and child.lower_ in ("that", "this"):
                continue
            kept.add(child.i)
            stack.append(child)
    start = end = head.i
    while start - 1 in kept and doc[start - 1].text != "(":
        start -= 1
    while end + 1 in kept and doc[end + 1].text != "(":
        end += 1
    if start == end and doc[head.i].pos_ == "PROPN":
        return None  # another name, not a description
    return int(doc[start].idx), int(doc[end].idx + len(doc[end].text))
