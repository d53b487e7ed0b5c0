"""Sales boxes beside or inside an article: a paywall's subscribe offer ("Subscribe to keep
reading", the offer list, the price, "Start my subscription"), a distribution site's pitch
("Want your news featured here?", "GET STARTED"), a newsletter's sign-up ("Get our news by
email", the address field, "I agree to the privacy policy"). Whatever their class, they are
built around a link to a subscription or sign-up page, or around a form that asks for nothing
but an email address (an ``<input type="email">`` and no text area: not a comment or contact
form); the small box around such a link or form is chrome."""

from __future__ import annotations

import re
from typing import Any

_SIGNUP_HREF = re.compile(r"(?:^|[/?&=_-])(?:subscribe|subscription|signup|sign-up|get-started|pricing|plans)"
                          r"(?:$|[/?&=_.#-])", re.IGNORECASE)
_SIGNUP_TEXT = re.compile(r"^\W*(?:subscribe(?:\s+now|\s+today)?|sign\s+up(?:\s+now|\s+today)?|get\s+started"
                          r"|start\s+(?:my|your)\s+(?:subscription|free\s+trial)|see\s+(?:all\s+)?plans)\W*$",
                          re.IGNORECASE)
_BOXES = ("div", "section", "aside", "form")
_BOX_WORDS = 60


def offer_boxes(tree: Any) -> list[Any]:
    """The outermost boxes (``div``/``section``/``aside``/``form``) of at most
    :data:`_BOX_WORDS` words around a link to a subscription or sign-up page (by its address or
    its words), never one holding the ``<h1>``."""
    body = tree.find("body")
    if body is None:
        return []
    h1 = next(iter(tree.iter("h1")), None)
    found: list[Any] = []
    for link in body.iter("a", "button", "form"):
        text = " ".join(link.text_content().split())
        if not (_SIGNUP_HREF.search(link.get("href") or "") or _SIGNUP_TEXT.match(text) or _is_email_form(link)):
            continue
        box = None
        for node in link.iterancestors():
            if node is body or node.tag in ("article", "main"):
                break
            if node.tag not in _BOXES:
                continue
            if len(node.text_content().split()) > _BOX_WORDS or (h1 is not None and h1 in node.iter("h1")):
                break
            box = node
        if box is not None and not any(box is f or f in box.iterancestors() for f in found):
            found = [f for f in found if box not in f.iterancestors()] + [box]
    return found


def _is_email_form(el: Any) -> bool:
    """A ``<form>`` with an email field (``<input type="email">``) and no text area."""
    return el.tag == "form" and el.find(".//textarea") is None \
        and any((i.get("type") or "").lower() == "email" for i in el.iter("input"))
