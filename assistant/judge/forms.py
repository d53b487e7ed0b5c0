"""How a summary writes what its source says in another form: a number as an ordinal ("the
fifth season" for "season five"), an organisation by its initials ("CDC"), a common word with
a capital ("Suspect identified as ..."). Pure functions over text; ``meaning`` and the judge
ask them before they call a number or a name new.
"""

from __future__ import annotations

import functools
import re

_ORDINALS = {w: i for i, w in enumerate("zeroth first second third fourth fifth sixth seventh eighth ninth tenth "
                                        "eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
                                        "eighteenth nineteenth twentieth".split())} | {
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100}
_ACRONYM_SKIPS = frozenset({"of", "for", "and", "the", "on", "de", "in"})  # small words inside a long name


def ordinals(text: str) -> set[float]:
    """The numbers a text gives as ordinals: "the fifth season" says five seasons."""
    return {float(_ORDINALS[w]) for w in re.findall(r"[a-z]+", text.lower()) if w in _ORDINALS}


def acronym_in(name: str, text: str) -> bool:
    """The name is an acronym of capitalised words of the text, small words between them
    skipped: "CDC" for "the Centers for Disease Control and Prevention", "UNHCR" for "United
    Nations High Commissioner for Refugees"."""
    letters = re.sub(r"^(?:the|The)\s+|[.\s]", "", name)
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper() and letters.lower() in _initials(text)


@functools.lru_cache(maxsize=64)
def _initials(text: str) -> frozenset[str]:
    """The initials of every run of capitalised words in the text (and of each part of it)."""
    out: set[str] = set()
    run: list[str] = []
    for w in [*re.findall(r"[A-Za-z]+", text), ""]:
        if w[:1].isupper():
            run.append(w[0].lower())
        elif w.lower() in _ACRONYM_SKIPS and run:
            continue
        else:
            out.update("".join(run[i:j]) for i in range(len(run)) for j in range(i + 2, min(len(run), i + 6) + 1))
            run = []
    return frozenset(out)


def written_lower(name: str, text: str) -> bool:
    """A one-word "name" the text writes in lower case ("Suspect identified as ..." where the
    sources say "the suspect"): a common word with a capital, not a name."""
    word = name.strip()
    return word.isalpha() and word[:1].isupper() and not word.isupper() and \
        re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text) is not None
