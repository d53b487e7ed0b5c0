"""An HTML page parsed and made ready for trafilatura: what the page shows in markup trafilatura
misreads is rewritten first. Toggled headings are opened (:mod:`index.html_toggles`), captions
made plain paragraphs (:mod:`index.html_captions`), tables written in other markup made tables
(:mod:`index.html_grids`), a byline's glued fields set apart; and the controls that are no text
of the page are dropped: a table layout's link columns, a wiki's edit links, action links ("View
directions", "Read more") and ARIA menus. Pure functions on the lxml tree :func:`parse` builds.
"""

from __future__ import annotations

import re
from typing import Any

from .dates import first_date
from .html_captions import PLAIN_CAPTION, WAS_CAPTION, is_caption, plain_caption
from .html_grids import as_tables
from .html_text import INLINE_OUT, squash
from .html_toggles import open_toggle_headings


def parse(html: str) -> Any:
    """The page as an lxml tree made ready for trafilatura (see the module's docstring); None
    when lxml cannot parse it."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        # Bytes with the encoding fixed: lxml refuses a str carrying <?xml encoding=...?>, and
        # the text is already decoded, so a <meta charset> must not decode it again.
        tree = lxml_html.fromstring(html.encode("utf-8"), parser=_utf8_parser())
    except (etree.ParserError, ValueError):
        return None
    open_toggle_headings(tree)
    for caption in [el for el in tree.iter() if isinstance(el.tag, str) and is_caption(el)]:
        plain_caption(caption)
        caption.set(PLAIN_CAPTION, "")
    for el in tree.iter("figure", "figcaption"):
        if el.tag == "figcaption":
            el.set(WAS_CAPTION, "")  # the lead photo's caption above the headline is kept by it
        el.tag = "div" if el.tag == "figure" else "p"
    as_tables(tree)
    for row in [el for el in tree.iter() if _is_field_row(el)]:
        _fields_apart(row)
    for cell in _link_columns(tree):
        cell.drop_tree()
    for link in [*_edit_links(tree), *_action_links(tree), *_menu_items(tree)]:
        link.drop_tree()
    return tree


_MENU_ROLES = frozenset({"menu", "menubar", "menuitem", "menuitemcheckbox", "menuitemradio"})


def _menu_items(tree: Any) -> list[Any]:
    """The items of an ARIA menu (``role="menu"``, ``"menuitem"``: a site's actions menu, a
    drop-down of commands): controls, not text, whatever their words."""
    def menu(el: Any) -> bool:
        return isinstance(el.tag, str) and (el.get("role") or "").strip().lower() in _MENU_ROLES

    return [el for el in tree.iter() if menu(el) and not any(menu(a) for a in el.iterancestors())]


# The inline elements a template writes a byline's fields in ("<span class="autor">",
# "<time>"); links are left out: a row of abutting links is a menu, not a byline.
_FIELD_TAGS = frozenset({"span", "time", "small", "b", "strong", "em", "i", "abbr", "cite"})


def _is_field_row(el: Any) -> bool:
    """A byline's row: two or more inline fields and nothing else, one of them a date, written
    with no space between them where that would glue two words ("<span>Navacerrada</span><span>4
    de agosto de 2025</span>"). The template sets them apart by its stylesheet, so each is a
    line of its own, and the date is read as written, not as "Navacerrada4 de agosto"."""
    fields = [c for c in el if isinstance(c.tag, str)]
    if len(fields) < 2 or el.tag in INLINE_OUT or (el.text or "").strip() or any((c.tail or "").strip() for c in el):
        return False
    if any(f.tag not in _FIELD_TAGS or len(f.text_content().strip()) < 2 for f in fields):
        return False
    if not any(f.tag == "time" or first_date(f.text_content()) for f in fields):
        return False
    return any(not a.tail and a.text_content()[-1:].isalnum() and b.text_content()[:1].isalnum()
               for a, b in zip(fields, fields[1:]))


def _fields_apart(row: Any) -> None:
    """Each field of a field row (:func:`_is_field_row`) in a paragraph of its own."""
    from lxml import etree

    if row.tag == "p":
        row.tag = "div"
    for field in [c for c in row if isinstance(c.tag, str)]:
        paragraph = etree.Element("p")
        paragraph.tail, field.tail = field.tail, None
        field.addprevious(paragraph)
        paragraph.append(field)


# A link that ends a line with an action on the page rather than words of it ("... Town Hall.
# View directions", "... Read more").
_ACTION_LINK = re.compile(r"^(?:(?:view|get|show|see|open)\s+(?:directions|the\s+map|map|on\s+(?:a\s+)?map|route)"
                          r"|(?:read|see|view|show)\s+more|directions)\W*$", re.IGNORECASE)


def _action_links(tree: Any) -> list[Any]:
    """Links at the end of a paragraph (nothing after them) whose whole text is an action
    (:data:`_ACTION_LINK`), after other words of that paragraph."""
    found = []
    for link in tree.iter("a"):
        holder = link.getparent()
        if holder is None or holder.tag not in ("p", "li", "td", "dd", "div") or (link.tail or "").strip():
            continue
        if link.getnext() is not None or not _ACTION_LINK.match(squash(link)):
            continue
        if len(_text_without(holder, link).split()) >= 3:
            found.append(link)
    return found


_EDIT_HREF = re.compile(r"[?&](?:ve)?action=(?:edit|submit)\b")


def _edit_links(tree: Any) -> list[Any]:
    """A wiki's section edit links in its headings ("History[edit]"): a link to the page's edit
    action, or a box the template classes as an edit section, with the brackets around it."""
    found = []
    for heading in tree.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        for el in heading.iterdescendants():
            marks = (el.get("class") or "").lower()
            if "editsection" in marks.replace("-", "") or (el.tag == "a" and _EDIT_HREF.search(el.get("href") or "")):
                box = el
                while box.getparent() is not heading and not re.sub(r"[\W_]", "", _text_without(box.getparent(), box)):
                    box = box.getparent()  # the brackets' box around the link
                found.append(box)
                break
    return found


def _text_without(el: Any, inner: Any) -> str:
    """The text of ``el`` less the text of its descendant ``inner``."""
    return str(el.text_content()).replace(str(inner.text_content()), "", 1)


_BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table")


def _link_columns(tree: Any) -> list[Any]:
    """The navigation columns of a page laid out in a table: cells beside the content cell
    whose text is mostly links (a menu and the boxes under it)."""
    found = []
    for table in tree.iter("table"):
        cells = [c for row in table.iterchildren("tr", "tbody") for c in _cells(row)]
        if len(cells) < 2 or not any(c.find(f".//{tag}") is not None for c in cells for tag in _BLOCK_TAGS):
            continue
        for cell in cells:
            words = len(cell.text_content().split())
            linked = sum(len(a.text_content().split()) for a in cell.iter("a"))
            if words and linked / words >= 0.5 and words < 80:
                found.append(cell)
    return found


def _cells(row: Any) -> list[Any]:
    rows = row.iterchildren("tr") if row.tag == "tbody" else [row]
    return [c for r in rows for c in r.iterchildren("td", "th")]


def _utf8_parser() -> Any:
    from lxml import html as lxml_html

    return lxml_html.HTMLParser(encoding="utf-8")
