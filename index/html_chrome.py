"""Chrome on an HTML page by its markup: the boxes that are no text of the page (navigation,
asides, forms, footers, promo, related-link, notice and press-contact boxes, side columns,
hidden dialogs, calls to action, an email's footer) and the short lines the template repeats.
:func:`in_chrome` is the test the other HTML steps share; :func:`without_boxed_chrome` and
:func:`without_repeats` drop such lines from the extracted blocks. Pure functions on an lxml tree.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from .html_offer_boxes import offer_boxes
from .html_text import squash

# A short line the template repeats this often on one page ("Share this post" under every
# post of a live blog) is chrome, whatever its words.
_REPEATED, _REPEAT_MAX_WORDS = 3, 8


def without_repeats(blocks: list[str], tree: Any) -> list[str]:
    """Drops the short lines that the page's template repeats (counted on the page itself:
    the extractor keeps one copy)."""
    def line(el: Any) -> str:
        return " ".join(el.text_content().split()).casefold()

    counts = Counter(line(el) for el in tree.iter()
                     if isinstance(el.tag, str) and el.tag not in ("html", "body")
                     and 0 < len(line(el).split()) <= _REPEAT_MAX_WORDS
                     and (el.getparent() is None or line(el.getparent()) != line(el)))  # one per nest
    return [b for b in blocks if counts[" ".join(b.split()).casefold()] < _REPEATED]


def without_boxed_chrome(blocks: list[str], tree: Any, posts: Sequence[Any] = ()) -> list[str]:
    """Drops the lines that stand only inside the page's chrome boxes (:func:`_chrome_boxes`):
    a subscribe promo trafilatura kept after the story, an email's footer and its button. A
    thread's posts (:mod:`index.html_posts`), though classed as comments, are no such boxes."""
    boxes = [box for box in _chrome_boxes(tree)
             if not any(post is box or box in post.iterancestors() for post in posts)]  # content boxes
    boxes += [box for box in offer_boxes(tree) if not any(box is b or b in box.iterancestors() for b in boxes)]
    if not boxes:
        return blocks
    held = [el for box in boxes for el in box.iter()]  # held: lxml keeps one proxy per live element
    inside = {id(el) for el in held}
    body = tree.find("body")
    outside = []
    for el in body.iter() if body is not None else ():
        if id(el) not in inside:
            outside.append(el.text or "" if isinstance(el.tag, str) else "")
        parent = el.getparent()
        if parent is not None and id(parent) not in inside and el is not body:
            outside.append(el.tail or "")
    seen = _bare(" ".join(outside))
    boxed = "\x00".join(_bare(squash(box)) for box in boxes)  # a line found in one box, not across two
    kept = []
    for block in blocks:
        bare = _bare(block)
        if not (bare in boxed and bare not in seen):
            kept.append(block)
    return kept


def _bare(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _chrome_boxes(tree: Any) -> list[Any]:
    """The outermost boxes of a page that are chrome by their markup, never the one that holds
    the headline and (but for an email's footer) never a box with 30% or more of the page's
    words: a navigation, aside,
    form or footer, a box whose class or id says promo/ad/related/similar/subscribe/footer or is a
    notice or disclaimer (:data:`_NOTICE_CLASS`), a side column (:func:`_is_sidebar`), a hidden
    banner or dropdown with script-driven controls (:func:`_is_hidden_dialog`), a lone button
    link ("Book tickets"), and an email's footer, the block around its unsubscribe link."""
    body = tree.find("body")
    if body is None:
        return []
    total = len(squash(body).split())
    h1 = next(iter(tree.iter("h1")), None)
    headline = [] if h1 is None else [h1, *h1.iterancestors()]
    footers = _email_footers(body)
    found: list[Any] = []
    held: list[Any] = []  # the found boxes' elements, alive so that their ids stay theirs
    inside: set[int] = set()
    for el in body.iter():
        if not isinstance(el.tag, str) or el is body or id(el) in inside or el in headline:
            continue
        marks = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        if is_pull_quote(el):
            continue
        boxed = el.tag in _CHROME or el in footers or any(c in marks for c in (*_CHROME_CLASSES, "footer")) \
            or _is_press_box(el) or bool(_NOTICE_CLASS.search(marks)) or _is_sidebar(el) or _is_hidden_dialog(el) \
            or _is_prompt_box(el)
        button = "button" in marks or "btn" in marks
        if not (boxed or button):
            continue
        words = len(el.text_content().split())
        if el in footers:
            if words > _EMAIL_FOOTER_WORDS:
                continue
        elif words >= 0.3 * total or (not boxed and words > _BUTTON_WORDS):
            continue
        found.append(el)
        held.extend(el.iter())
        inside.update(id(x) for x in el.iter())
    return found


_BUTTON_WORDS = 6
# A page's side column by its class, id or a site builder's container name ("sidebar",
# "jtpl-sidebar", "sidebar-right", data-container="sidebar"); not a page's state ("has-sidebar",
# "no-sidebar", "with-sidebar"), which a wrapper of the whole page carries.
_SIDEBAR = re.compile(r"(?<![\w])(?!(?:has|no|with|without|show|hide)-sidebar)(?:[a-z]+[-_])?sidebar"
                      r"(?:[-_][a-z]+)?(?![\w-])")
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


_PROMPT_WORDS = 15


def _is_prompt_box(el: Any) -> bool:
    """A call to action: a box of one short paragraph (:data:`_PROMPT_WORDS` words at most) and
    the ``<button>`` it asks the reader to press ("Liked this post? Support the author" over
    "Support"), and nothing else: the prompt names the button, not the page's text."""
    kids = [k for k in el if isinstance(k.tag, str)]
    loose = (el.text or "").strip() or any((k.tail or "").strip() for k in kids)
    if el.tag not in ("div", "section", "aside") or loose:
        return False
    buttons = [k for k in kids if k.tag == "button"]
    lines = [k for k in kids if k.tag == "p"]
    return bool(buttons) and len(lines) == 1 and len(buttons) + 1 == len(kids) \
        and 0 < len(lines[0].text_content().split()) <= _PROMPT_WORDS and lines[0].find(".//a") is None


def _is_sidebar(el: Any) -> bool:
    marks = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('data-container') or ''}".lower()
    return bool(_SIDEBAR.search(marks))


def _is_hidden_dialog(el: Any) -> bool:
    """A box hidden by its own style that holds a control a script drives (a ``<button>``, a
    submit input, a ``javascript:`` link): a banner, dialog or dropdown the page shows on demand
    (a cookie banner's "Accept all", a subscribe dropdown), not a toggled answer, whose control
    stands outside what it hides."""
    if not _HIDDEN.search(el.get("style") or ""):
        return False
    for node in el.iter():
        if node.tag == "button" or (node.tag == "input" and (node.get("type") or "").lower() in ("submit", "button")):
            return True
        if node.tag == "a" and (node.get("href") or "").strip().lower().startswith("javascript:"):
            return True
    return False
# A site's message about the page, by its class: "notice", "disclaimer", "notice-banner" (the
# page's text classed so is too long to be a box, see :func:`_chrome_boxes`; "noticeboard" and
# "public-notices" are not these).
_NOTICE_CLASS = re.compile(r"(?<![\w-])(?:notice|disclaimer)s?(?:-[a-z]+)?(?![\w-])")
# The heading of a press-office box: who journalists should call, not part of the story (in
# English, French, German, Spanish, Italian, Dutch and Portuguese).
_PRESS_HEADING = re.compile(r"^(?:media|press|news\s+desk)\s+(?:enquiries|inquiries|contacts?|office|relations)"
                            r"|^for\s+media\s+(?:enquiries|inquiries)|^contacts?\s+(?:pour\s+la\s+)?presse"
                            r"|^relations\s+(?:avec\s+la\s+)?presse|^pressekontakte?\b|^pressestelle\b"
                            r"|^contactos?\s+(?:de|con|para)\s+(?:la\s+)?(?:prensa|imprensa|medios)"
                            r"|^contatti?\s+(?:per\s+la\s+)?stampa|^ufficio\s+stampa|^perscontact(?:en)?\b"
                            r"|^persvoorlichting\b|^assessoria\s+de\s+imprensa", re.IGNORECASE)
_PRESS_BOX_WORDS = 60


def _is_press_box(el: Any) -> bool:
    """A box that opens with a "Media enquiries"/"Press contact" heading and holds little else."""
    if el.tag not in ("div", "section", "aside") or len(el.text_content().split()) > _PRESS_BOX_WORDS:
        return False
    first = next((c for c in el if isinstance(c.tag, str)), None)
    return first is not None and first.tag in ("h2", "h3", "h4", "h5", "h6", "p", "strong") \
        and bool(_PRESS_HEADING.match(squash(first)))
_EMAIL_FOOTER_WORDS = 120  # an email's footer may be half of a short email, but no more than this
_UNSUBSCRIBE = re.compile(r"unsubscribe|list-manage|optout|opt-out|email[_-]?preferences", re.IGNORECASE)
_HOLDERS = ("td", "div", "section", "footer", "p")


def _email_footers(body: Any) -> list[Any]:
    """An email's footer: the cell or box around a link that unsubscribes (the box around the
    paragraph that holds it, when it is in one)."""
    found = []
    for link in body.iter("a"):
        if _UNSUBSCRIBE.search(f"{link.get('href') or ''} {link.text_content()}"):
            holder = next((a for a in link.iterancestors() if a.tag in _HOLDERS), None)
            if holder is not None and holder.tag == "p" and holder.getparent() is not None \
                    and holder.getparent().tag in _HOLDERS:
                holder = holder.getparent()
            if holder is not None and holder is not body:
                found.append(holder)
    return found + _last_layout_cells(body)


_SEPARATORS_ONLY = re.compile(r"^[\s|·•/–—,;:-]*$")


def _last_layout_cells(body: Any) -> list[Any]:
    """An email's footer by its place: the last row's one cell of the layout table that holds
    the headline in an earlier row, when it holds no heading and half or more of its lines are
    links alone (forward, social, preferences and unsubscribe links, however their addresses
    are written; a template's preview shows them as "#")."""
    h1 = next(iter(body.iter("h1")), None)
    if h1 is None:
        return []
    row = next((a for a in h1.iterancestors() if a.tag == "tr"), None)
    table = row.getparent() if row is not None else None
    if table is not None and table.tag in ("tbody", "thead"):
        table = table.getparent()
    if table is None or table.tag != "table":
        return []
    rows = [r for r in table.iter("tr") if next(r.iterancestors("table"), None) is table]
    if not rows or rows[-1] is row:
        return []
    cells = [c for c in rows[-1] if isinstance(c.tag, str) and c.tag == "td"]
    if len(cells) != 1:
        return []
    cell = cells[0]
    if any(isinstance(el.tag, str) and el.tag in ("h1", "h2", "h3", "h4", "h5", "h6") for el in cell.iter()):
        return []
    lines = [el for el in cell if isinstance(el.tag, str) and squash(el)]
    if len(lines) < 2:
        return []
    link_only = 0
    for line in lines:
        rest = squash(line)
        links = [a for a in line.iter("a") if squash(a)]
        for a in links:
            rest = rest.replace(squash(a), "", 1)
        link_only += bool(links) and bool(_SEPARATORS_ONLY.match(rest))
    return [cell] if 2 * link_only >= len(lines) else []


def is_pull_quote(el: Any) -> bool:
    """An ``<aside>`` in the text that holds a quotation (a pull quote), not a box of links."""
    marks = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    quoted = el.find(".//blockquote") is not None or "quote" in marks
    return el.tag == "aside" and quoted and not el.findall(".//a") \
        and len(el.text_content().split()) <= _PULL_QUOTE_WORDS


_PULL_QUOTE_WORDS = 60


_CHROME = ("nav", "aside", "form", "footer", "button")
_CHROME_CLASSES = ("promo", "advert", "ad-slot", "related", "similar", "newsletter", "share", "social", "cookie",
                   "subscribe", "comment", "signup", "sign-up", "menu", "breadcrumb", "guestbook", "guest-book",
                   "condolence", "sitesub")  # MediaWiki's tagline under the title, id "siteSub" in every skin


def in_chrome(el: Any, root: Any, article_footer: bool = False) -> bool:
    """``el`` sits in a navigation, aside, form or a box whose class or id says promo/ad/related/similar;
    with ``article_footer``, an article's own ``<footer>`` (its meta line: date, notes, reblog
    links, HTML's footer of its nearest sectioning element) is not chrome by its tag."""
    for node in [el, *el.iterancestors()]:
        if node is root:
            return False
        marks = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
        own = article_footer and node.tag == "footer" and next(node.iterancestors("article"), None) is not None
        if (node.tag in _CHROME and not own) or any(c in marks for c in _CHROME_CLASSES):
            return True
    return False
