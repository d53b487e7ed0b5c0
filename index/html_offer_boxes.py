"""Sales boxes beside or inside an article: a paywall's subscribe offer ("Subscribe to keep
reading", the offer list, the price, "Start my subscription"), a distribution site's pitch
("Want your news featured here?", "GET STARTED"), a newsletter's sign-up ("Get our news by
email", the address field, "I agree to the privacy policy"). Whatever their class, they are
built around a link to a subscription or sign-up page, or around a form that asks for nothing
but an email address (an ``<input type="email">`` and no text area: not a comment or contact
form); the small box around such a link or form is chrome. A newsroom's membership appeal
("Your support makes this reporting possible. Become a member") is the same box around a link
to its donation page or a "Donate"/"Give now" button, and a paywall's prompt may be a box of
bare lines with no link at all, opened by the call to subscribe ("Subscribe to keep reading",
"Suscríbete para seguir leyendo"), in the languages we read."""

from __future__ import annotations

import re
from typing import Any

_SIGNUP_HREF = re.compile(r"(?:^|[/?&=_-])(?:subscribe|subscriptions?|signup|sign-up|get-started|pricing|plans"
                          r"|donate|donations?|membership|become-a-member|suscripci[oó]n(?:es)?|suscribete"
                          r"|abonnements?|assinaturas?|abbonamenti|abbonamento)"
                          r"(?:$|[/?&=_.#-])", re.IGNORECASE)
_SIGNUP_TEXT = re.compile(r"^\W*(?:subscribe(?:\s+now|\s+today)?|sign\s+up(?:\s+now|\s+today)?|get\s+started"
                          r"|start\s+(?:my|your)\s+(?:subscription|free\s+trial)|see\s+(?:all\s+)?plans"
                          r"|donate(?:\s+now|\s+today)?|give\s+(?:now|today)"
                          r"|become\s+a\s+(?:sustaining\s+|paying\s+)?(?:member|subscriber)(?:\s+today)?"
                          r"|suscr[ií]bete|abonnez-vous|jetzt\s+abonnieren|assine(?:\s+j[aá])?|abbonati)\W*$",
                          re.IGNORECASE)
# A paywall's call to subscribe opening a short line ("Subscribe to keep reading", "Suscríbete
# para seguir leyendo", "Abonnez-vous pour lire la suite")
_SIGNUP_LINE = re.compile(r"^\W*(?:subscribe|suscr[ií]bete|abonnez-vous|abonnieren\s+sie|assine|abbonati)\b",
                          re.IGNORECASE)
_SIGNUP_LINE_WORDS = 8
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
    for link in body.iter("a", "button", "form", "p"):
        text = " ".join(link.text_content().split())
        if link.tag == "p":
            if len(text.split()) > _SIGNUP_LINE_WORDS or not _SIGNUP_LINE.match(text):
                continue
        elif not (_SIGNUP_HREF.search(link.get("href") or "") or _SIGNUP_TEXT.match(text) or _is_email_form(link)):
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
