"""Dates written outside the Gregorian calendar's Western digits: other scripts' digits, and the
Solar Hijri (Iranian) calendar.

Persian, Arabic, Bengali, Devanagari and other scripts write dates with their own decimal digits
("۱۴ اسفند ۱۴۰۴", "৫ মার্চ ২০২৬"); every Unicode decimal digit becomes its ASCII one, one
character for one, so positions in the text stay where they were. Iran dates its pages in the
Solar Hijri calendar ("14 اسفند 1404" = 5 March 2026): its months are fixed at six of 31 days,
five of 30 and Esfand of 29 or 30, its year starts at the March equinox (Nowruz), and its leap
years follow the 33-year arithmetic cycle, exact for the years pages are dated in.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

# Farvardin to Esfand, as Persian writes them.
_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن",
           "اسفند")
SOLAR_HIJRI = rf"\d{{1,2}}\s+(?:{'|'.join(_MONTHS)})\s+1[34]\d\d"
_PARTS = re.compile(rf"(\d{{1,2}})\s+({'|'.join(_MONTHS)})\s+(1[34]\d\d)")
# 1 Farvardin 1404 was 21 March 2025; other years count from it.
_ANCHOR_YEAR, _ANCHOR = 1404, dt.date(2025, 3, 21)
_FIRST_HALF, _LONG_MONTH, _SHORT_MONTH = 6, 31, 30
_NON_ASCII_DIGIT = re.compile(r"(?![0-9])\d")


def ascii_digits(text: str) -> str:
    """``text`` with every decimal digit of another script as its ASCII digit."""
    if text.isascii():
        return text
    return _NON_ASCII_DIGIT.sub(lambda m: str(unicodedata.digit(m.group(0))), text)


def solar_hijri(value: str) -> str:
    """A Solar Hijri date ("14 اسفند 1404", ASCII digits) as an ISO Gregorian date; "" when
    ``value`` is not one or names a day its month does not have."""
    match = _PARTS.fullmatch(value.strip())
    if match is None:
        return ""
    day, month, year = int(match.group(1)), _MONTHS.index(match.group(2)) + 1, int(match.group(3))
    length = _LONG_MONTH if month <= _FIRST_HALF else _SHORT_MONTH
    if not 1 <= day <= length or (month == len(_MONTHS) and day == _SHORT_MONTH and not _leap(year)):
        return ""
    before = (month - 1) * _LONG_MONTH if month <= _FIRST_HALF else \
        _FIRST_HALF * _LONG_MONTH + (month - 1 - _FIRST_HALF) * _SHORT_MONTH
    return (_nowruz(year) + dt.timedelta(days=before + day - 1)).isoformat()


def _leap(year: int) -> bool:
    """Whether Solar Hijri ``year`` has 366 days (Esfand 30), by the 33-year cycle."""
    return (25 * year + 11) % 33 < 8


def _nowruz(year: int) -> dt.date:
    """The Gregorian date of 1 Farvardin of Solar Hijri ``year``."""
    step = 1 if year >= _ANCHOR_YEAR else -1
    days = sum(365 + _leap(y) for y in range(min(year, _ANCHOR_YEAR), max(year, _ANCHOR_YEAR)))
    return _ANCHOR + dt.timedelta(days=step * days)
