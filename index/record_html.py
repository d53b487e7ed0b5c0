"""A JSON Lines record whose ``text`` is HTML (a CMS export's post body: ``<p>`` paragraphs,
an ad slot, a "Read more" link, a share line), read as HTML: each block element a paragraph,
the tags gone, and the boxes a template marks as chrome by class (ad slots, share rows,
related links, newsletter boxes) left out; the caller's plain-text cleaner then removes
the chrome lines left, as for any record. A date field holding Unix epoch seconds or
milliseconds (``"published": 1788853500``) is read as a UTC date."""

from __future__ import annotations

import datetime as dt
import re

_MARKUP = re.compile(r"</?(?:p|div|br|h[1-6]|ul|ol|li|blockquote|table|tr|td|figure|figcaption|section)\b[^>]*>",
                     re.IGNORECASE)
_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "tr", "section")
_CHROME_CLASS = re.compile(r"(?:^|[\s_-])(?:ad|ads|advert\w*|ad-slot|share\w*|social|related|newsletter|promo)"
                           r"(?:$|[\s_-])", re.IGNORECASE)
_MIN_TAGS = 2


def is_html(text: str) -> bool:
    """Whether ``text`` is an HTML fragment: two or more block tags."""
    return len(_MARKUP.findall(text, 0, 20_000)) >= _MIN_TAGS


def html_paragraphs(text: str) -> str:
    """The fragment's text, a paragraph per block element, blank-line separated."""
    from lxml import html as lxml_html  # imported here: only records holding HTML pay for it

    root = lxml_html.fragment_fromstring(text, create_parent="div")
    for el in [e for e in root.iter() if isinstance(e.tag, str) and _CHROME_CLASS.search(e.get("class") or "")]:
        if el.getparent() is not None:
            el.drop_tree()
    for el in root.iter("br"):
        el.tail = "\n" + (el.tail or "")
    for el in root.iter(*_BLOCKS):
        el.text = "\n\n" + (el.text or "")
        el.tail = "\n\n" + (el.tail or "")
    parts = (" ".join(p.split()) for p in re.split(r"\n\s*\n", root.text_content()))
    return "\n\n".join(p for p in parts if p)


_EPOCH_MIN, _EPOCH_MAX = 0, 4_102_444_800  # 1970 to 2100, in seconds


def epoch_date(value: object) -> str:
    """``value`` as a UTC ISO date when it is Unix time in seconds or milliseconds; else ""."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return ""
    if isinstance(value, str) and not re.fullmatch(r"\d{9,13}(?:\.\d+)?", value.strip()):
        return ""
    seconds = float(value)
    if seconds > _EPOCH_MAX:
        seconds /= 1000  # milliseconds
    if not _EPOCH_MIN < seconds < _EPOCH_MAX:
        return ""
    return dt.datetime.fromtimestamp(seconds, tz=dt.UTC).date().isoformat()
