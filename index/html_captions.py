"""Photo captions as the HTML extractor reads them: trafilatura drops a ``<figcaption>`` and any
box classed "caption", so before it runs each caption becomes a plain paragraph, without the
photo credit beside it or at its end ("Photo: A. Name"), marked (:data:`PLAIN_CAPTION`,
:data:`WAS_CAPTION`) for the lead step (:mod:`index.html_lead`) that puts it back.
Pure functions on an lxml tree, which they edit in place.
"""

from __future__ import annotations

import re
from typing import Any

from .html_text import BREAKS, INLINE_OUT


def is_caption(el: Any) -> bool:
    """A photo caption: a <figcaption>, or a box its template marks as a caption (not a
    credit) beside an image (a "caption" label over a heading is no photo's): a class with
    "caption", schema.org's ``itemprop="caption"``, or AEM core components' image title
    (``cmp-image__title``, which the Image component shows as the caption)."""
    marks = f"{el.get('class') or ''}".lower()
    if el.tag == "figcaption":
        return True
    captioned = "caption" in marks or "cmp-image__title" in marks or (el.get("itemprop") or "").lower() == "caption"
    if not captioned or _CREDIT_MARKS.search(marks) or el.tag not in ("div", "p", "span"):
        return False
    if any(is_caption(a) for a in el.iterancestors()):
        return False
    box = el.getparent()  # the image's box: the picture and its caption, little else
    return box is not None and (box.find(".//img") is not None or box.find(".//picture") is not None) \
        and len(box.text_content().split()) <= _CAPTION_BOX_WORDS


_CAPTION_BOX_WORDS = 80


_CREDIT_MARKS = re.compile(r"credit|copyright|byline|source|photographer|attribution")
_CREDIT_TEXT = re.compile(r"^\W*(?:(?:photo|foto|image|picture|pictures|illustration|credit)s?\s*(?:by\b|:)|©|\(c\))",
                          re.IGNORECASE)


def plain_caption(caption: Any) -> None:
    """The caption's text as plain text in classless boxes (trafilatura drops a box classed
    "caption" and its parts, also one inside a <figcaption>: Squarespace's ``<figcaption
    class="image-caption-wrapper"><div class="image-caption">``), without the photo credit
    beside it ("Photo: A. Name/Agency")."""
    for el in list(caption.iterdescendants()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        # the part's name in its class, its schema.org property or a component framework's
        # data attribute (``data-component="Credit"``)
        marks = f"{el.get('class') or ''} {el.get('itemprop') or ''} {el.get('data-component') or ''}".lower()
        if _CREDIT_MARKS.search(marks) or _CREDIT_TEXT.match(el.text_content()):
            el.drop_tree()
        elif el.tag in INLINE_OUT and el.tag not in BREAKS:
            el.drop_tag()
        else:
            _unmark(el)
    _unmark(caption)
    _without_trailing_credit(caption)
    if caption.tag != "figcaption":
        caption.tag = "p"


# A credit written at the end of the caption's own text: "... on Kinder Scout. Photo: A. Name",
# "... in Arnhem (Foto: B. Name)", "... nesta quarta — Foto: Agência", and in Finnish, Turkish,
# Greek and Russian ("... στη Νέα Ελβετία. (Φωτογραφία: A. Name)"), and Marathi and Hindi
# ("... दुरुस्तीकाम. (छायाचित्र: A. Name)").
_TRAILING_CREDIT = re.compile(
    r"(?:(?<=[.!?।])\s+|\s*[—–]\s*|\s*\(\s*)(?:photo|foto|image|picture|credit|bild|imagem|immagine|kuva"
    r"|fotoğraf|φωτογραφία|φωτό|фото|छायाचित्र|छायाचित्रः|फोटो|तस्वीर|चित्र)s?"
    r"\s*(?:credit\s*)?(?:by\b|:)\s*[^()]{1,80}?\)?\s*$", re.IGNORECASE)


def _without_trailing_credit(caption: Any) -> None:
    """The caption's last text without the photo credit written at its end (the same text
    node as the caption, so no element to drop)."""
    last = caption[-1] if len(caption) else None
    text = (last.tail if last is not None else caption.text) or ""
    kept = _TRAILING_CREDIT.sub("", text)
    if kept == text or not kept.strip():
        return
    if last is not None:
        last.tail = kept
    else:
        caption.text = kept


def _unmark(el: Any) -> None:
    for attribute in ("class", "id"):
        el.attrib.pop(attribute, None)


WAS_CAPTION = "data-figcaption"
# A box its template classes as a photo caption (see :func:`is_caption`): between the headline
# and the body it is the lead photo's caption, kept though it ends without a full stop.
PLAIN_CAPTION = "data-plain-caption"
