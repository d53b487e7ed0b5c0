"""An HTML page parsed and made ready for trafilatura: what the page shows in markup trafilatura
misreads is rewritten first. Toggled headings are opened (:mod:`index.html_toggles`), an
article's key-points aside made a section (:mod:`index.html_summary_boxes`), captions made
plain paragraphs (:mod:`index.html_captions`), boxes of content drawn as a form's
``<fieldset>`` made sections, tables written in other markup made tables
(:mod:`index.html_grids`), a byline's glued fields set apart; and the controls that are no text
of the page are dropped: a table layout's link columns, a wiki's edit links, action links ("View
directions", "Read more"), ARIA menus, the alert bars above the headline, and tab panels'
headings that repeat their tabs. Pure functions on the lxml tree :func:`parse` builds.
"""

from __future__ import annotations

import re
from typing import Any

from .dates import first_date
from .html_captions import PLAIN_CAPTION, WAS_CAPTION, is_caption, plain_caption
from .html_grids import as_tables
from .html_summary_boxes import open_summary_boxes
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
    open_summary_boxes(tree)
    for caption in [el for el in tree.iter() if isinstance(el.tag, str) and is_caption(el)]:
        plain_caption(caption)
        caption.set(PLAIN_CAPTION, "")
    for el in tree.iter("figure", "figcaption"):
        if el.tag == "figcaption":
            el.set(WAS_CAPTION, "")  # the lead photo's caption above the headline is kept by it
        el.tag = "div" if el.tag == "figure" else "p"
    _boxes_opened(tree)
    as_tables(tree)
    for row in [el for el in tree.iter() if _is_field_row(el)]:
        _fields_apart(row)
    for cell in _link_columns(tree):
        cell.drop_tree()
    for link in [*_edit_links(tree), *_action_links(tree), *_menu_items(tree), *_alerts_over_headline(tree),
                 *_tab_headings(tree)]:
        link.drop_tree()
    return tree


_CONTROLS = ("input", "select", "textarea", "button")


def _boxes_opened(tree: Any) -> None:
    """A ``<fieldset>`` that holds no form control is a box of the page's content under its
    ``<legend>`` (a campus system's module description: "Grunddaten", "Inhalte"), which
    trafilatura drops whole as a form's part: made a ``<section>`` under a heading, its
    ``<label>`` field names plain text."""
    for box in list(tree.iter("fieldset")):
        if any(True for _ in box.iter(*_CONTROLS)):
            continue
        box.tag = "section"
        for legend in box.findall("legend"):
            legend.tag = "h2"
        for label in box.iter("label"):  # a field's name, which trafilatura drops as a control's
            label.tag = "span"


def _alerts_over_headline(tree: Any) -> list[Any]:
    """The ARIA alerts (``role="alert"``) above the page's first ``<h1>``: a site's alert bar
    ("Check your flight status with your airline") stands over every page's headline; a story's
    own warning box stands in its text, under it."""
    alerts: list[Any] = []
    for el in tree.iter():
        if el.tag == "h1":
            return alerts
        if isinstance(el.tag, str) and (el.get("role") or "").strip().lower() == "alert":
            alerts.append(el)
    return []


def _tab_headings(tree: Any) -> list[Any]:
    """The headings that repeat a tab's label in its panel: a tab bar is a list of two links or
    more to anchors on the page ("Description", "Additional information", "Reviews (0)"), and a
    panel's first heading that reads its tab's label (without a count) is the control's text
    again, not the page's; a panel whose tab counts none ("Reviews (0)") holds only the notice
    that there are none."""
    ids = {el.get("id"): el for el in tree.iter() if isinstance(el.tag, str) and el.get("id")}
    found: list[Any] = []
    for bar in tree.iter("ul", "ol"):
        # a tab's panel stands beside its bar in one box (a table of contents links to far sections)
        tabs = [a for a in bar.iter("a") if (a.get("href") or "").startswith("#") and a.get("href")[1:] in ids
                and ids[a.get("href")[1:]].getparent() is bar.getparent()]
        if len(tabs) < 2:
            continue
        for tab in tabs:
            panel = ids[tab.get("href")[1:]]
            if _EMPTY_COUNT.search(squash(tab)):  # "Reviews (0)": the panel says only that there are none
                found.append(panel)
                continue
            label = _COUNT.sub("", squash(tab))
            heading = next(panel.iter("h2", "h3", "h4"), None)  # (the panel's own, not the panel)
            if heading is not None and heading is not panel and label and squash(heading) == label:
                found.append(heading)
    return list(dict.fromkeys(found))


_COUNT = re.compile(r"\s*\(\d+\)$")
_EMPTY_COUNT = re.compile(r"\S\s*\(0\)$")


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
