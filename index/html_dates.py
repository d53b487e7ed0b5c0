"""The date of an HTML page: trafilatura's (from metadata, ``<time>``, JSON-LD or the text),
read in the page's own order and local day and checked against the page, else the first the page
states (in its title, its text, a date-marked byline, a labelled date in reading order, beside the
headline), never a closing date, a print date, an event's day or only a last update's when the
page states its first. Pure functions of the page's lxml tree and its extracted text.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .dates import (
    first_date,
    is_date_span,
    is_update_line,
    iso_date,
    numeric_order,
    other_dates,
    stated_date,
    yearless_date,
)
from .html_chrome import in_chrome
from .html_event_dates import event_dates
from .html_field_dates import DATE_MARKS, field_dates
from .html_headline_date import headline_date
from .html_text import is_prose, squash, visible_text
from .html_title_date import title_date
from .tables import is_row_line


def page_date(found_date: str, text: str, tree: Any, month_first: bool) -> str:
    """The page's ISO date ("" when it states none): trafilatura's ``found_date`` or the first
    date the page had, as the module's docstring says. ``text``: the page's extracted text, with
    its last-update notes; ``month_first``: :func:`writes_month_first` of the page."""
    us = month_first
    date = _local_day(_issued_over_created(_in_page_order(iso_date(found_date), tree), tree), tree)
    # the first date the page had: an update's date ("Actualizado: ...") only when nothing else dates it
    date = over_chrome_date(date, tree, us) or title_date(tree, us) \
        or _text_date(text, us) or _page_date(tree, us) \
        or stated_date(text, month_first=us) or _labelled_in_reading_order(tree, us) or headline_date(tree, us)
    if date and date in other_dates(text, us):  # a closing date or a print date: the labelled publication date first
        date = stated_date(text, labelled_only=True, month_first=us, updated=False) or date
    if date in event_dates(tree):  # the event's day (an event page's), not the page's
        date = stated_date(text, labelled_only=True, month_first=us, updated=False)
    if date in field_dates(tree, us):  # an infobox's "Founded", an info block's "When": the subject's day
        date = stated_date(text, labelled_only=True, month_first=us, updated=False)
    return date


def _text_date(text: str, month_first: bool) -> str:
    """The date the extracted text states for itself, its tables' rows left out: a row read as
    "Date: Tuesday 12 January 2027 | Place: Civic Hall" is labelled by its column's header and
    dates the row (a meeting, a fixture, a deadline), not the page."""
    kept = "\n".join(line for line in text.split("\n") if not is_row_line(line))
    return stated_date(kept, month_first=month_first, updated=False)


def _labelled_in_reading_order(tree: Any, month_first: bool = False) -> str:
    """A labelled date of the page's text read in the order a reader sees it, where the label,
    a name and the date stand in nested inline elements ("last modified by <span><a>Ann
    Lee</a></span> on <a>Mar 04, 2026</a>"): :func:`visible_text` puts an element's tail
    before its children's text, which parts such a label from its date. Asked last, when
    nothing else dates the page."""
    body = tree.find("body")
    if body is None:
        return ""
    parts: list[str] = []

    def read(el: Any) -> None:
        if isinstance(el.tag, str) and el.tag not in ("script", "style", "noscript"):
            parts.append(el.text or "")
            for child in el:
                read(child)
        parts.append(el.tail or "")

    read(body)
    text = " ".join(" ".join(parts).split())
    return stated_date(text, labelled_only=True, month_first=month_first, updated=False) \
        or stated_date(text, labelled_only=True, month_first=month_first)


# Dublin Core's dates of a page: when its record was made, and when it was issued (made public;
# Plone writes its publishing date as DC.date.effective)
_CREATED_METAS = ("dc.date.created", "dcterms.created")
_ISSUED_METAS = ("dc.date.issued", "dcterms.issued", "dc.date.effective", "dc.date.available", "dcterms.available")


def _issued_over_created(date: str, tree: Any) -> str:
    """``date`` (trafilatura's), unless it is the page's Dublin Core creation date and the page's
    Dublin Core metas also state when it was issued: a draft made one day and published the
    next is dated by its publication."""
    metas = {(m.get("name") or m.get("property") or "").lower(): m.get("content") or "" for m in tree.iter("meta")}
    if not date or date not in {iso_date(metas[name]) for name in _CREATED_METAS if name in metas}:
        return date
    return next((issued for name in _ISSUED_METAS if name in metas and (issued := iso_date(metas[name]))), date)


def _instant(value: str) -> dt.datetime | None:
    """An ISO timestamp with its offset ("2025-03-04T08:30:00+13:00", "...Z") as an aware
    datetime; None for anything else (a bare day, no offset)."""
    try:
        moment = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _local_day(date: str, tree: Any) -> str:
    """``date``, unless it is the day of a meta's timestamp in another offset than the page's
    own: a ``<time datetime>`` on the page naming the same instant with its local offset
    ("2025-03-04T08:30:00+13:00" against the meta's "2025-03-03T19:30:00+00:00") gives the day
    the page states, its local one."""
    if not date:
        return date
    metas = [_instant(m.get("content") or "") for m in tree.iter("meta")]
    instants = {m for m in metas if m is not None and m.date().isoformat() == date}
    if not instants:
        return date
    for time in tree.iter("time"):
        local = _instant(time.get("datetime") or "")
        if local is not None and local in instants and local.date().isoformat() != date:
            return local.date().isoformat()
    return date


def writes_month_first(tree: Any) -> bool:
    """Whether the page's language is one that writes "03/04/2025" month first (US English),
    by its <html lang>, its Content-Language or its og:locale; where these name no region
    ("en" or nothing), by the weekdays written beside the page's numeric dates (see
    :func:`index.dates.numeric_order`)."""
    langs = [tree.get("lang") or "", tree.get("{http://www.w3.org/XML/1998/namespace}lang") or ""]
    for meta in tree.iter("meta"):
        key = f"{meta.get('http-equiv') or ''} {meta.get('property') or ''} {meta.get('name') or ''}".lower()
        if "content-language" in key or "og:locale" in key.split():
            langs.append(meta.get("content") or "")
    first = next((lang for lang in langs if lang.strip()), "").strip().lower().replace("_", "-")
    if "-" not in first:
        order = numeric_order(visible_text(tree))
        if order is not None:
            return order
    return first in _MONTH_FIRST


def _in_page_order(date: str, tree: Any) -> str:
    """trafilatura's date, read again in the page's order when it is a numeric date of the
    page's text read the other way round ("07/01/2025" as 7 January on a page whose weekdays
    show it writes month first)."""
    text = visible_text(tree) if date else ""
    month_first = numeric_order(text)
    if month_first is None:
        return date
    for match in _NUMERIC_DATE.finditer(text):
        if iso_date(match.group(0), not month_first) == date and iso_date(match.group(0), month_first) != date:
            return iso_date(match.group(0), month_first) or date
    return date


_NUMERIC_DATE = re.compile(r"(?<!\d)\d{1,2}[/-]\d{1,2}[/-]\d{4}(?!\d)")


_MONTH_FIRST = frozenset({"en-us", "en-um", "en-as", "en-gu", "en-mp", "en-pr", "en-vi", "en-ph", "en-fm"})


def _page_date(tree: Any, month_first: bool = False) -> str:
    """A labelled date anywhere on the page ("Published 5 February 2024" in a byline), else
    the first full date of a short element the template marks as a date or byline by its
    class, id or itemprop (``<div class="story-date">October 7, 2024 8:41 AM</div>``), outside
    navigation, asides and related-link boxes; a date labelled as an update ("Actualizado:
    05/08/2025") only when neither gives the first date the page had."""
    text = visible_text(tree)
    return stated_date(text, labelled_only=True, month_first=month_first, updated=False) \
        or _marked_date(tree, month_first, within=_headline_root(tree)) or _marked_date(tree, month_first) \
        or stated_date(text, labelled_only=True, month_first=month_first)


def _headline_root(tree: Any) -> Any:
    """The element holding the headline and its byline (the headline's ``<article>`` or
    ``<main>``, else its parent): a date-marked element there dates the story before one in a
    top bar's "today" strip above it. None when the page has no ``<h1>``."""
    h1 = next(iter(tree.iter("h1")), None)
    if h1 is None:
        return None
    return next((a for a in h1.iterancestors() if a.tag in ("article", "main")), h1.getparent())


def _marked_date(tree: Any, month_first: bool = False, within: Any = None) -> str:
    """The first full date of a short date-marked element (see :func:`_page_date` and
    :data:`_MARK_ATTRIBUTES`), or of the text right after an empty calendar or clock icon, in
    ``within`` (the page's body when None); else a year-less one
    ("Tuesday, 3 June") read with the one year of those the page names (breadcrumb, archive
    links, addresses) that its weekday fits."""
    body = tree.find("body")
    root = body if within is None else within
    marked = []
    for el in root.iter() if root is not None else ():
        if not isinstance(el.tag, str):
            continue
        marks = " ".join(el.get(name) or "" for name in _MARK_ATTRIBUTES).lower()
        # an empty icon marked as a calendar or a clock ("glyphicon-calendar", "fa-clock-o")
        # marks the text right after it
        icon = len(el) == 0 and not (el.text or "").strip() and bool(_ICON_MARKS.search(marks))
        if not (icon or DATE_MARKS.search(marks)) or in_chrome(el, body, article_footer=True):
            continue
        text = el.tail or "" if icon else el.text_content()
        if len(text.split()) > _DATE_ELEMENT_WORDS:
            continue
        if is_date_span(text, month_first):
            continue  # a life's or an event's dates ("March 4, 1938 – November 28, 2026"), not the page's
        # "Recorded 9 October 2026 · Published 26 Nov 2026": the date labelled as published first
        found = stated_date(text, labelled_only=True, month_first=month_first, updated=False) \
            or first_date(text, month_first)
        if found:
            return found
        marked.append(text)
    if not marked or within is not None:
        return ""
    years = " ".join([visible_text(tree), *(a.get("href") or "" for a in tree.iter("a", "link"))])
    return next((found for text in marked if (found := yearless_date(text, years))), "")


def over_chrome_date(date: str, tree: Any, month_first: bool) -> str:
    """trafilatura's date, unless it read it from the page's text (no metadata, ``<time
    datetime>`` or JSON-LD holds it) and the article's own date-marked byline beside the
    headline, or a date labelled as published between the headline and the first paragraph
    (a Q&A's "Asked Mar 11, 2024"), states another: a top bar's "today" date or an answer's
    date is not the post's. A date the page states only inside links is another page's (a
    related item's): then only the labelled date under the headline, else none."""
    if not date:
        return date
    h1 = next(iter(tree.iter("h1")), None)
    if h1 is None:
        return date
    stored = [m.get("content") or "" for m in tree.iter("meta")] + [t.get("datetime") or "" for t in tree.iter("time")]
    stored += [s.text or "" for s in tree.iter("script") if "ld+json" in (s.get("type") or "")]
    if any(date in value or (len(value) <= 40 and iso_date(value, month_first) == date) for value in stored):
        return date  # "June 12, 2025" in a <meta> is metadata too
    under = stated_date(_under_headline(tree, h1), labelled_only=True, month_first=month_first, updated=False)
    if _linked_only(date, tree, month_first) or _updated_only(date, tree, month_first):
        return under  # a teaser's date or the last update's: the later steps look for the page's own
    return _marked_date(tree, month_first, within=_headline_root(tree)) or under or date


_LINKED_DATE_CHARS = 60


def _linked_only(date: str, tree: Any, month_first: bool) -> bool:
    """Whether every short element of the page that states ``date`` stands inside a link: the
    date of a teaser for another page ("More press releases", a related story), not this one's."""
    stating = [el for el in tree.iter() if isinstance(el.tag, str) and el.tag not in ("script", "style")
               and len(el.text_content()) <= _LINKED_DATE_CHARS and iso_date(el.text_content(), month_first) == date]
    return bool(stating) and all(el.tag == "a" or any(a.tag == "a" for a in el.iterancestors()) for el in stating)


def _updated_only(date: str, tree: Any, month_first: bool) -> bool:
    """Whether every short element of the page that states ``date`` is a last-update note
    ("Aktualisiert am 13.11.2026"): the page was first published on another day, which the later
    steps find (or, when the page states none, the update's date after all)."""
    stating = [el.text_content() for el in tree.iter() if isinstance(el.tag, str) and el.tag not in ("script", "style")
               and len(el.text_content()) <= _LINKED_DATE_CHARS and first_date(el.text_content(), month_first) == date]
    return bool(stating) and all(is_update_line(text) for text in stating)


def _under_headline(tree: Any, h1: Any) -> str:
    """The page's text after the headline and before its first paragraph of prose: the byline
    and the lines around it."""
    inner = list(h1.iter())  # held: lxml keeps one proxy per live element, so their ids stay theirs
    seen = {id(el) for el in inner}
    after = False
    parts: list[str] = []
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        if el is h1:
            after = True
            continue
        if not after or id(el) in seen or el.tag in ("script", "style"):
            continue
        if el.tag == "p" and is_prose(squash(el)):
            break
        parts.extend(t for t in (el.text, el.tail) if t)
    return " ".join(" ".join(parts).split())


_DATE_ELEMENT_WORDS = 16
_ICON_MARKS = re.compile(r"calendar|clock|date|time")
# Where a template names what an element holds: its class, id or itemprop, and the hooks a
# site builder's script or tests find it by (Wix's ``data-hook="time-ago"``).
_MARK_ATTRIBUTES = ("class", "id", "itemprop", "data-hook", "data-testid")
