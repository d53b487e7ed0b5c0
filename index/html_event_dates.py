"""The dates an HTML page gives for an event it sells or announces, not for itself.

An event page (a ticketing platform's, a venue's) states the event's start and end in its
schema.org ``Event`` data (``startDate``, ``endDate``, any type ending in "Event": a
``MusicEvent``, an ``EducationEvent``) and in Open Graph's ``event:start_time``. Date readers
take such a date for the page's own, but it says when the event happens, not when the page was
written; a page whose only dates are its event's states no date of its own.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from .dates import iso_date

_EVENT_KEYS = ("startDate", "endDate", "doorTime")
_EVENT_METAS = ("event:start_time", "event:end_time")
# The page's own date, where its metadata gives one beside the event's.
_OWN_KEYS = ("datePublished", "dateCreated", "uploadDate")
_OWN_METAS = ("article:published_time", "datepublished", "date", "dc.date", "pubdate")


def event_dates(tree: Any) -> set[str]:
    """The ISO dates ``tree`` (an lxml page) gives as an event's start or end, minus any its
    metadata also gives as the page's own publication date."""
    event: set[str] = set()
    own: set[str] = set()
    for item in _json_ld_items(tree):
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and k.endswith("Event") for k in kinds):
            event |= {iso_date(str(item[k])) for k in _EVENT_KEYS if k in item}
        own |= {iso_date(str(item[k])) for k in _OWN_KEYS if k in item}
    for meta in tree.iter("meta"):
        name = (meta.get("property") or meta.get("name") or "").lower()
        if name in _EVENT_METAS:
            event.add(iso_date(meta.get("content") or ""))
        elif name in _OWN_METAS:
            own.add(iso_date(meta.get("content") or ""))
    return event - own - {""}


def _json_ld_items(tree: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object in the page's JSON-LD scripts, nested ones and ``@graph`` members too."""
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or ""):
            continue
        try:
            stack: list[Any] = [json.loads(script.text or "")]
        except ValueError:
            continue
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                yield item
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
