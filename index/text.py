"""Text vocabulary shared by every layer: stopwords, pronouns that refer back, a words-only
normal form and word-for-word span matching. A leaf: it imports nothing of ours."""

from __future__ import annotations

import re

# Function words, one table per language. English is what the judge, BM25 query words and the
# eval baselines drop; cleaning counts every language's share to tell prose from page chrome.
STOPWORDS_BY_LANGUAGE = {
    "en": frozenset(
        """a an the and or but if then than so of to in on at by for from with without as into onto
        about over under after before between through during is are was were be been being am has
        have had having do does did doing will would shall should can could may might must this
        that these those it its he him his she her they them their we us our you your i me my who
        whom whose which what when where why how there here also very just only not no nor too
        all any both each few more most other some such own same s t said says say according
        one's it's up out off again further once while since because""".split()
    ),
    "es": frozenset(
        """el la los las un una unos unas y o de del al en con por para es son fue ser ha han se que
        su sus lo le les como más pero sin sobre entre este esta estos estas ese esa no ya muy""".split()
    ),
}
STOPWORDS = STOPWORDS_BY_LANGUAGE["en"]
ANY_STOPWORD = frozenset().union(*STOPWORDS_BY_LANGUAGE.values())

# Words that point back at what was named before: a sentence that opens with one, or a
# question that holds one, is about something said earlier.
PRONOUNS = frozenset("he she it they him her them his hers its their theirs".split())
DEMONSTRATIVES = frozenset("this that these those".split())
TITLES = frozenset("mr mrs ms dr".split())  # what a name may open with


def words_only(text: str) -> str:
    """The words of ``text`` in lower case, one space apart: punctuation never decides a match
    ("Babe?" in a question is "babe" in the text)."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def verbatim_span(needle: str, text: str, ignore_case: bool = False) -> tuple[int, int] | None:
    """Where ``needle`` stands in ``text`` word for word, whatever whitespace is between its words."""
    pattern = r"\s+".join(re.escape(w) for w in needle.split())
    m = re.search(pattern, text, re.IGNORECASE if ignore_case else 0) if pattern else None
    return (m.start(), m.end()) if m else None
