"""Month names of many languages, from the Unicode CLDR data Babel ships, mapped to 1-12.

The hand lists in :mod:`index.dates` cover the languages read first; every other language's
whole month table comes from here: the wide names in both CLDR contexts, the form a date
writes ("5. marts", Lithuanian genitive "kovo", Finnish partitive "maaliskuuta") and the
stand-alone form a calendar heading writes ("kovas", "maaliskuu"). Catalan's format names carry
their preposition ("de març", "d'abril"); the bare name is kept. A name that means a different
month in another language read here (Croatian "listopada" is October, Polish November) is
dropped, since the text alone cannot tell which is meant.

Abbreviated names count too ("11. мар 2026", Welsh "10 Maw 2026", Slovenian "9. mar. 2026"),
without their full stop, when they name one month only and are no language's wide name of
another month: a wide name's reading never changes for an abbreviation.

Reading 38 locales from Babel takes about a second, and :mod:`index.dates` needs the table when
it is imported, by every command. So the table is built once and shipped as
``index/data/month_names.json``; ``python -m index.month_names`` rebuilds it (after a change to
:data:`LOCALES` or a Babel upgrade), and a test checks that it is what Babel gives.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

TABLE = Path(__file__).parent / "data" / "month_names.json"

# Languages whose month names are words (not "3월" or "3月", which :mod:`index.dates` reads as
# numbers): Nordic, Baltic, Iberian, Balkan and Southeast Asian languages, Turkish, Persian,
# Hebrew, Bengali, Swahili, Maltese, Khmer and others the hand lists do not hold.
LOCALES = (
    "da", "nb", "nn", "sv", "fi", "is", "et", "lv", "lt", "ca", "gl", "ro", "sk", "sl", "hr", "bs",
    "sr", "sr_Latn", "mk", "bg", "be", "sq", "tr", "az", "id", "ms", "fil", "sw", "af", "ga", "cy",
    "fa", "he", "bn", "ur", "ta", "mt", "km", "my", "pa", "gu", "yi", "kk",
)
_PREPOSITION = re.compile(r"^(?:de\s+|d['’])", re.IGNORECASE)
_SHORTEST = 3


@cache
def month_numbers() -> dict[str, int]:
    """Every lower-cased month name of :data:`LOCALES` that names one month only, to its
    number (the shipped table, see the module's note)."""
    table: dict[str, int] = json.loads(TABLE.read_text(encoding="utf-8"))
    return table


def build() -> dict[str, int]:
    """The table from Babel's CLDR data: what ``index/data/month_names.json`` holds."""
    from babel.dates import get_month_names

    wide = _names(get_month_names, "wide")
    short = _names(get_month_names, "abbreviated")
    names = {name: months.pop() for name, months in wide.items() if len(months) == 1}
    names.update((name, months.pop()) for name, months in short.items() if len(months) == 1 and name not in wide)
    return names


def _names(get_month_names: Any, width: str) -> dict[str, set[int]]:
    """Each lower-cased name of ``width`` in :data:`LOCALES`, both contexts, to its months."""
    seen: dict[str, set[int]] = {}
    for locale in LOCALES:
        for context in ("format", "stand-alone"):
            for month, name in get_month_names(width, context, locale).items():
                for bare in _forms(str(name).rstrip(".")):
                    seen.setdefault(bare, set()).add(int(month))
    return seen


def _forms(name: str) -> list[str]:
    """The lower-cased name without a leading preposition; none when it holds a digit or is
    shorter than :data:`_SHORTEST` letters."""
    bare = _PREPOSITION.sub("", name.strip()).lower()
    if len(bare) < _SHORTEST or any(c.isdigit() for c in bare):
        return []
    return [bare]


if __name__ == "__main__":
    TABLE.write_text(json.dumps(build(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {TABLE}")
