"""HTML pages to main text and metadata with trafilatura.

trafilatura finds the article by the page's structure (link density, boilerplate
containers, text density), so a short real sentence that mentions "privacy" or
"newsletter" survives where a word list would drop it. Around it we only:

- turn ``<figure>``/``<figcaption>`` into plain paragraphs, since trafilatura drops captions;
- keep the standfirst when the page shows its meta description and trafilatura left it out;
- keep the lead between the headline and the body (standfirst, lead-image caption) when it is
  prose inside the article and trafilatura started the text after it;
- write tables row by row with their headers (:mod:`index.tables`);
- fall back to the rule-based cleaner when trafilatura finds no main text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any

from .author_card import without_author_card
from .chrome_lines import is_chrome_line, without_reading_time
from .clean_html import clean_html
from .dates import first_date, is_update_line, iso_date, numeric_order, other_dates, stated_date, yearless_date
from .html_answers import with_answers
from .html_details import without_details_panels
from .html_event_dates import event_dates
from .html_field_lists import field_lists_as_tables
from .html_flat_tables import with_tables_rejoined
from .html_gaps import with_gaps_filled, with_section_headings
from .html_headline import entry_headline
from .html_headline_date import headline_date
from .html_link_labels import back_link_texts, label_link_texts, link_bar_texts
from .html_link_list_headings import without_link_list_headings
from .html_offer_boxes import offer_boxes
from .html_posts import thread_posts, with_posts
from .html_subheads import with_inner_headings
from .html_title_date import title_date
from .html_toggles import open_toggle_headings
from .html_trailing_tables import with_trailing_tables
from .parsed import Parsed
from .tables import table_text

# Extensive date search turns a "© 2023" footer into 2023-01-01; metadata and stated
# dates only.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_TEXT_TAGS = frozenset({"p", "head", "quote", "code"})


def extract_html(html: str, favor_recall: bool = False) -> Parsed:
    """The main text of a page with its title, ISO date ("" when the page states none) and url.

    ``favor_recall`` is trafilatura's switch toward keeping more; it made no difference on
    our test pages, so the default stays trafilatura's balanced mode (the benchmark can flip it).
    """
    tree = _parse(html)
    found = _trafilatura(tree, favor_recall) if tree is not None else None
    if found is None or not found.body.xpath("string()").strip():
        return _rules(html)
    blocks = _in_source_order(with_tables_rejoined(_blocks(found.body), tree, _squash), tree)
    blocks = _with_pull_quotes(_with_entry_headings(blocks, tree), tree)
    blocks = with_inner_headings(blocks, tree, _squash)
    posts = thread_posts(tree, blocks)
    blocks = with_posts(blocks, tree, _squash)
    site = found.sitename or ""
    title = _without_site(found.title or "", site, blocks[0] if blocks else "")
    post = entry_headline(tree, title)
    if post:  # the blog's name was taken for the title: the post's own headline leads
        blocks = [post, *(b for b in blocks if b != title and b != post)]
        title = post
    blocks = _with_standfirst(_with_headline(blocks, title, tree), found.description or "", tree)
    blocks = with_gaps_filled(_with_lead(blocks, tree, title), tree, _squash, _in_chrome)
    blocks = with_section_headings(blocks, tree, _squash, _in_chrome)
    blocks = with_trailing_tables(blocks, tree, _squash, lambda t: table_text(*_table_rows(t)), _in_chrome)
    blocks = _without_boxed_chrome(_without_repeats(blocks, tree), tree, posts)
    blocks = with_answers(blocks, tree)
    # "See also: <a>...</a>"; "Home | News | ..."; "Back to news"
    read_also = label_link_texts(tree) | link_bar_texts(tree) | back_link_texts(tree)
    blocks = without_author_card([b for b in map(without_reading_time, blocks)
                                  if b and not is_chrome_line(b) and b not in read_also])
    blocks = without_link_list_headings(blocks, tree, _squash)
    text = "\n\n".join(blocks)  # dated with a last-update note, which is no text of the page
    blocks = [b for b in blocks if not is_update_line(b)]
    us = _month_first(tree)
    date = _local_day(_issued_over_created(_in_page_order(iso_date(found.date or ""), tree), tree), tree)
    # the first date the page had: an update's date ("Actualizado: ...") only when nothing else dates it
    date = _over_chrome_date(date, tree, us) or title_date(tree, us) \
        or stated_date(text, month_first=us, updated=False) or _page_date(tree, us) \
        or stated_date(text, month_first=us) or _labelled_in_reading_order(tree, us) or headline_date(tree, us)
    if date and date in other_dates(text, us):  # a closing date or a print date: the labelled publication date first
        date = stated_date(text, labelled_only=True, month_first=us, updated=False) or date
    if date in event_dates(tree):  # the event's day (an event page's), not the page's
        date = stated_date(text, labelled_only=True, month_first=us, updated=False)
    blocks = without_details_panels(blocks, tree, date, _squash, us)
    return Parsed("\n\n".join(blocks), title, date,
                  _canonical(tree) or found.url or "", author=found.author or "", site=site)


def _parse(html: str) -> Any:
    from lxml import etree
    from lxml import html as lxml_html

    try:
        # Bytes with the encoding fixed: lxml refuses a str carrying <?xml encoding=...?>, and
        # the text is already decoded, so a <meta charset> must not decode it again.
        tree = lxml_html.fromstring(html.encode("utf-8"), parser=_utf8_parser())
    except (etree.ParserError, ValueError):
        return None
    open_toggle_headings(tree)
    for caption in [el for el in tree.iter() if isinstance(el.tag, str) and _is_caption(el)]:
        _plain_caption(caption)
        caption.set(_PLAIN_CAPTION, "")
    for el in tree.iter("figure", "figcaption"):
        if el.tag == "figcaption":
            el.set(_WAS_CAPTION, "")  # the lead photo's caption above the headline is kept by it
        el.tag = "div" if el.tag == "figure" else "p"
    for pairs in [dl for dl in tree.iter("dl") if _dl_pairs(dl)]:
        _dl_as_table(pairs)
    for table in [t for t in tree.iter("table") if _row_labelled(t)]:
        for th in table.iter("th"):
            th.tag = "td"  # its first row is a row like the others, not the column names
    for grid in [el for el in tree.iter("div", "ul", "ol", "section") if _grid_rows(el)]:
        _as_table(grid)
    field_lists_as_tables(tree)  # after the grids: a grid of label/value boxes is one already
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


_DL_TERM_WORDS = 5
# Four pairs or more: a record's summary (a job's salary, hours, contract, dates); a list of two
# or three pairs stays as it was read (term and value each a line), as the earlier pages' are.
_DL_PAIRS = 4


def _dl_pairs(dl: Any) -> bool:
    """A description list of label/value pairs: only ``<dt>``/``<dd>`` children, each short
    term followed by one description, :data:`_DL_PAIRS` pairs or more."""
    kids = [k for k in dl if isinstance(k.tag, str)]
    tags = [k.tag for k in kids]
    return (len(kids) >= 2 * _DL_PAIRS and tags == ["dt", "dd"] * (len(kids) // 2)
            and all(0 < len(k.text_content().split()) <= _DL_TERM_WORDS for k in kids[::2]))


def _dl_as_table(dl: Any) -> None:
    """A description list of pairs as a table of rows labelled by their terms ("Salary:
    £27,000" rather than the term and its value on lines of their own)."""
    from lxml import etree

    kids = [k for k in dl if isinstance(k.tag, str)]
    dl.tag = "table"
    for term, value in zip(kids[::2], kids[1::2]):
        row = etree.Element("tr")
        term.addprevious(row)
        term.tag, value.tag = "th", "td"
        term.set("scope", "row")
        row.append(term)
        row.append(value)


def _row_labelled(table: Any) -> bool:
    """A key/value table: two rows or more, each a header cell and then data cells only
    (``<tr><th scope="row">Weight</th><td>4 kg</td></tr>``). Its header cells label their rows,
    not columns, so each row reads "Weight: 4 kg" and the first is no header row."""
    rows = [[c.tag for c in row if isinstance(c.tag, str) and c.tag in ("th", "td")] for row in table.iter("tr")]
    if len(rows) < 2 or table.find(".//table") is not None:
        return False
    return all(len(cells) >= 2 and cells[0] == "th" and "th" not in cells[1:] for cells in rows)


# The inline elements a template writes a byline's fields in ("<span class="autor">",
# "<time>"); links are left out: a row of abutting links is a menu, not a byline.
_FIELD_TAGS = frozenset({"span", "time", "small", "b", "strong", "em", "i", "abbr", "cite"})


def _is_field_row(el: Any) -> bool:
    """A byline's row: two or more inline fields and nothing else, one of them a date, written
    with no space between them where that would glue two words ("<span>Navacerrada</span><span>4
    de agosto de 2025</span>"). The template sets them apart by its stylesheet, so each is a
    line of its own, and the date is read as written, not as "Navacerrada4 de agosto"."""
    fields = [c for c in el if isinstance(c.tag, str)]
    if len(fields) < 2 or el.tag in _INLINE_OUT or (el.text or "").strip() or any((c.tail or "").strip() for c in el):
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
        if link.getnext() is not None or not _ACTION_LINK.match(_squash(link)):
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


def _is_caption(el: Any) -> bool:
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
    if any(_is_caption(a) for a in el.iterancestors()):
        return False
    box = el.getparent()  # the image's box: the picture and its caption, little else
    return box is not None and (box.find(".//img") is not None or box.find(".//picture") is not None) \
        and len(box.text_content().split()) <= _CAPTION_BOX_WORDS


_CAPTION_BOX_WORDS = 80


_CREDIT_MARKS = re.compile(r"credit|copyright|byline|source|photographer|attribution")
_CREDIT_TEXT = re.compile(r"^\W*(?:(?:photo|foto|image|picture|pictures|illustration|credit)s?\s*(?:by\b|:)|©|\(c\))",
                          re.IGNORECASE)


def _plain_caption(caption: Any) -> None:
    """The caption's text as plain text in classless boxes (trafilatura drops a box classed
    "caption" and its parts, also one inside a <figcaption>: Squarespace's ``<figcaption
    class="image-caption-wrapper"><div class="image-caption">``), without the photo credit
    beside it ("Photo: A. Name/Agency")."""
    for el in list(caption.iterdescendants()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        marks = f"{el.get('class') or ''} {el.get('itemprop') or ''}".lower()
        if _CREDIT_MARKS.search(marks) or _CREDIT_TEXT.match(el.text_content()):
            el.drop_tree()
        elif el.tag in _INLINE_OUT and el.tag not in _BREAKS:
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


# A table built from <div>s (a CSS grid): at least this many rows of the same number of cells.
_GRID_MIN_ROWS, _GRID_MAX_CELLS, _CELL_MAX_WORDS = 3, 12, 12
_INLINE = frozenset({"a", "span", "b", "strong", "em", "i", "small", "abbr", "sup", "sub", "br"})


def _grid_rows(el: Any) -> list[Any]:
    """The rows of a table laid out in block elements: every child of ``el`` holds the same
    number (2 or more) of short leaf cells, so the children read as rows and columns."""
    rows = [child for child in el if isinstance(child.tag, str)]
    if len(rows) < _GRID_MIN_ROWS or any(row.tag not in ("div", "li") for row in rows):
        return []
    widths = set()
    for row in rows:
        cells = [c for c in row if isinstance(c.tag, str)]
        if not 2 <= len(cells) <= _GRID_MAX_CELLS or (row.text or "").strip():
            return []
        if any((c.tag in _INLINE and not _label_value(cells))
               or any(g.tag not in _INLINE for g in c.iterdescendants() if isinstance(g.tag, str))
               or len(c.text_content().split()) > _CELL_MAX_WORDS for c in cells):
            return []
        widths.add(len(cells))
    return rows if len(widths) == 1 else []


def _label_value(cells: list[Any]) -> bool:
    """Two inline cells, a label without figures and a value with one ("Prep time" "30 minutes",
    "Servings" "8"): a details list's row, though its cells are spans, not blocks."""
    if len(cells) != 2 or any(c.tag not in _INLINE or c.tag == "a" or c.find(".//a") is not None for c in cells):
        return False  # a link and its file size ("Agenda pack" "PDF 6 MB") are a download list
    label, value = (c.text_content().strip() for c in cells)
    return bool(label) and not any(ch.isdigit() for ch in label) and any(ch.isdigit() for ch in value)


def _as_table(grid: Any) -> None:
    rows = _grid_rows(grid)
    first_cells = [c.text_content() for c in rows[0]]
    later = " ".join(c.text_content() for row in rows[1:] for c in row)
    head_class = any(word in (rows[0].get("class") or "").lower().split() for word in ("th", "head", "header"))
    header = head_class or (not any(ch.isdigit() for ch in "".join(first_cells)) and any(ch.isdigit() for ch in later))
    grid.tag = "table"
    for i, row in enumerate(rows):
        row.tag = "tr"
        for cell in row:
            if isinstance(cell.tag, str):
                cell.tag = "th" if i == 0 and header else "td"


def _utf8_parser() -> Any:
    from lxml import html as lxml_html

    return lxml_html.HTMLParser(encoding="utf-8")


def _trafilatura(tree: Any, favor_recall: bool) -> Any:
    import trafilatura  # imported here: only HTML folders pay for it
    from lxml import html as lxml_html

    copy = lxml_html.fromstring(lxml_html.tostring(tree))  # trafilatura edits the tree it gets
    return trafilatura.bare_extraction(
        copy, with_metadata=True, include_tables=True, include_images=False,
        include_comments=False, deduplicate=False, favor_recall=favor_recall,
        date_extraction_params=_DATE_PARAMS)


def _without_site(title: str, site: str, headline: str) -> str:
    """"Ferry news | Coast Daily" -> "Ferry news", when that is the site's name or the
    page's headline is the part before the separator."""
    for separator in (" | ", " - ", " – ", " — ", " · ", " » "):
        head, _, tail = title.rpartition(separator)
        if head and (tail == site or (head == headline and len(tail.split()) <= 5)):
            return head
    return title


def _canonical(tree: Any) -> str:
    """The page's own address (og:url often carries tracking parameters)."""
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return str(link.get("href")).strip()
    return ""


def _rules(html: str) -> Parsed:
    cleaned = clean_html(html)
    return Parsed(cleaned.text, cleaned.title, cleaned.date, cleaned.url)


def _blocks(body: Any) -> list[str]:
    return [block for block in _walk([body]) if block]  # the body may itself be one paragraph


def _walk(el: Any) -> Iterator[str]:
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "table" and _is_layout(child):
            for cell in child.iter("cell"):  # a page laid out in a table: its cells are the page
                yield from _walk(cell)
        elif tag == "table":
            yield table_text(*_table_rows(child))
        elif tag == "list":
            yield from _list_items(child)
        elif tag in _TEXT_TAGS and not _has_blocks(child):
            yield _squash(child)
        elif tag and _has_own_text(child):
            yield from _runs(child)
        elif tag:
            yield from _walk(child)


# Inline elements (trafilatura's highlight, link, line break, deletion, and HTML's own); every
# other element is a block that must not run into its neighbours.
_INLINE_OUT = frozenset(
    "hi ref lb del a span b strong em i u s q small abbr sub sup cite mark time code label font ins kbd var dfn"
    " br".split())
_BREAKS = frozenset({"lb", "br"})


def _has_blocks(el: Any) -> bool:
    return any(isinstance(c.tag, str) and c.tag not in _INLINE_OUT for c in el.iterdescendants())


def _runs(el: Any) -> Iterator[str]:
    """An element holding both text and blocks ("<body><p>..</p><p>..</p>Subscribe now</body>"):
    each run of its own text is a paragraph, each block child is walked on its own, so two
    paragraphs never run together ("lane.Shopkeepers")."""
    run = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag not in _INLINE_OUT:
            yield " ".join("".join(run).split())
            yield from _walk([child])
            run = [child.tail or ""]
        else:
            run.append(_squash(child) if isinstance(child.tag, str) else "")
            run.append(child.tail or "")
    yield " ".join("".join(run).split())


# A short line the template repeats this often on one page ("Share this post" under every
# post of a live blog) is chrome, whatever its words.
_REPEATED, _REPEAT_MAX_WORDS = 3, 8


def _without_repeats(blocks: list[str], tree: Any) -> list[str]:
    """Drops the short lines that the page's template repeats (counted on the page itself:
    the extractor keeps one copy)."""
    def line(el: Any) -> str:
        return " ".join(el.text_content().split()).casefold()

    counts = Counter(line(el) for el in tree.iter()
                     if isinstance(el.tag, str) and el.tag not in ("html", "body")
                     and 0 < len(line(el).split()) <= _REPEAT_MAX_WORDS
                     and (el.getparent() is None or line(el.getparent()) != line(el)))  # one per nest
    return [b for b in blocks if counts[" ".join(b.split()).casefold()] < _REPEATED]


def _without_boxed_chrome(blocks: list[str], tree: Any, posts: Sequence[Any] = ()) -> list[str]:
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
    boxed = "\x00".join(_bare(_squash(box)) for box in boxes)  # a line found in one box, not across two
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
    total = len(_squash(body).split())
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
        if _is_pull_quote(el):
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
        and bool(_PRESS_HEADING.match(_squash(first)))
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
    return found


def _is_layout(table: Any) -> bool:
    """A table used for page layout (old templates), not data: its cells hold headings, lists
    or tables of their own, or paragraphs, unless it reads as a data table all the same."""
    cells = list(table.iter("cell"))
    if any(cell.find(tag) is not None for cell in cells for tag in ("head", "list", "table")):
        return True
    return any(cell.find("p") is not None for cell in cells) and not _is_data_table(table)


def _is_data_table(table: Any) -> bool:
    """A data table whose cells wrap their text in paragraphs (``<td><p>Item</p></td>``, or a
    ``<div>`` per cell, which trafilatura makes a paragraph): a header row (of ``<th>`` cells,
    or, in a table of three rows or more, of short column names in plain cells), the same
    number of cells in every row, at most one short paragraph in a cell. Rows of empty cells
    (an agenda's "Apologies") do not make it a layout."""
    rows = [list(row.iter("cell")) for row in table.iter("row")]
    if len(rows) < 2 or not rows[0]:
        return False
    if not all(c.get("role") == "head" for c in rows[0]) \
            and not (len(rows) >= 3 and all(_is_column_name(_squash(c)) for c in rows[0])):
        return False
    if len({len(row) for row in rows}) != 1 or len(rows[0]) < 2:
        return False
    return all(len(cell.findall(".//p")) <= 1 and len(_squash(cell).split()) <= _DATA_CELL_WORDS
               for row in rows for cell in row)


_DATA_CELL_WORDS = 30
_COLUMN_NAME_WORDS = 4


def _is_column_name(text: str) -> bool:
    """A header cell's text: a few words, not a sentence."""
    return 0 < len(text.split()) <= _COLUMN_NAME_WORDS and not text.rstrip().endswith((".", "!", "?"))


def _has_own_text(el: Any) -> bool:
    """Text directly inside ``el`` (not only in its children): the element is a paragraph."""
    return bool((el.text or "").strip()) or any((c.tail or "").strip() for c in el)


def _list_items(el: Any) -> Iterator[str]:
    for item in el:
        nested = [sub for sub in item if sub.tag == "list"]
        for sub in nested:
            item.remove(sub)  # a sub-list's items are blocks of their own
        yield _squash(item)
        for sub in nested:
            yield from _list_items(sub)


def _table_rows(table: Any) -> tuple[list[list[str]], bool]:
    """The table's rows of cell texts, and whether its first row is a header: trafilatura's
    ``row`` and ``cell`` elements, or, where trafilatura left a table inside a paragraph as the
    page wrote it (an entry's text run in ``<br />`` lines around it), HTML's ``tr``, ``td`` and
    ``th``."""
    if next(table.iter("row"), None) is None and next(table.iter("tr"), None) is not None:
        html_rows = list(table.iter("tr"))
        rows = [[_squash(cell) for cell in row if cell.tag in ("td", "th")] for row in html_rows]
        return rows, all(cell.tag == "th" for cell in html_rows[0] if isinstance(cell.tag, str))
    rows = [[_squash(cell) for cell in row.iter("cell")] for row in table.iter("row")]
    first = next(iter(table.iter("row")), None)
    header = first is not None and any(c.get("role") == "head" for c in first.iter("cell"))
    return rows, header


def _squash(el: Any) -> str:
    """The text of ``el`` on one line; a line break or a block inside it is a space."""
    parts: list[str] = []

    def add(node: Any) -> None:
        spaced = isinstance(node.tag, str) and (node.tag not in _INLINE_OUT or node.tag in _BREAKS)
        if spaced:
            parts.append(" ")
        if isinstance(node.tag, str):
            parts.append(node.text or "")
            for child in node:
                add(child)
                parts.append(child.tail or "")
        if spaced:
            parts.append(" ")

    parts.append(el.text or "")
    for child in el:
        add(child)
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _source_positions(tree: Any) -> dict[str, int]:
    """Each element's one-line text -> the position of the first element of the page's body
    that reads so (not the ``<title>``)."""
    positions: dict[str, int] = {}
    body = tree.find("body")
    for i, el in enumerate((body if body is not None else tree).iter()):
        if isinstance(el.tag, str) and el.tag not in _INLINE_OUT:
            positions.setdefault(_squash(el), i)
    return positions


def _in_source_order(blocks: list[str], tree: Any) -> list[str]:
    """trafilatura's blocks in the order the page shows them: on a page of several
    ``<article>`` entries (a live blog) it may put the standfirst after the first entry. A
    block not found as one element's text (a table) keeps its place after the one before it."""
    positions = _source_positions(tree)
    keys, last = [], -1
    for block in blocks:
        last = positions.get(block, last)
        keys.append(last)
    order = sorted(range(len(blocks)), key=lambda i: keys[i])
    return [blocks[i] for i in order]


_SUBHEADS = ("h2", "h3", "h4")


def _with_entry_headings(blocks: list[str], tree: Any) -> list[str]:
    """Put back an entry's heading that sits in its ``<header>`` beside a timestamp (a live
    blog's post, trafilatura drops the header) before the entry's first paragraph it kept."""
    kept = set(blocks)
    for header in tree.iter("header", "hgroup"):
        entry = header.getparent()
        if entry is None or entry.tag in ("body", "html", "main") or header.find(".//h1") is not None:
            continue
        if header.find(".//time") is None and entry.tag != "article" or _in_chrome(header, tree):
            continue  # a site's header, or a box's: not an entry's
        for heading in header.iter(*_SUBHEADS):
            text = _squash(heading)
            if not text or text in kept or len(text.split()) > _SUBTITLE_WORDS:
                continue
            after = next((_squash(p) for p in entry.iter("p") if _squash(p) in kept), None)
            if after is not None:
                blocks.insert(blocks.index(after), text)
                kept.add(text)
    return blocks


def _is_pull_quote(el: Any) -> bool:
    """An ``<aside>`` in the text that holds a quotation (a pull quote), not a box of links."""
    marks = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    quoted = el.find(".//blockquote") is not None or "quote" in marks
    return el.tag == "aside" and quoted and not el.findall(".//a") \
        and len(el.text_content().split()) <= _PULL_QUOTE_WORDS


_PULL_QUOTE_WORDS = 60


def _with_pull_quotes(blocks: list[str], tree: Any) -> list[str]:
    """Put back a pull quote (:func:`_is_pull_quote`) that stands between two paragraphs that
    trafilatura kept, after the one before it, when its words are not already in the text."""
    kept = " ".join(blocks)
    for aside in [el for el in tree.iter("aside") if _is_pull_quote(el)]:
        text = _squash(aside)
        before = next((_squash(p) for p in aside.itersiblings("p", preceding=True)), None)
        after = next((_squash(p) for p in aside.itersiblings("p")), None)
        if text and text not in kept and before in blocks and after in blocks:
            blocks.insert(blocks.index(before) + 1, text)
    return blocks


def _shown_standfirst(lead: str, tree: Any) -> str:
    """The standfirst as the page shows it: the text of the heading or paragraph that opens
    with the meta description and goes on for a sentence or two more (a description is often
    cut to the standfirst's first sentence); the description itself when none does."""
    longer = [text for el in tree.iter("h2", "h3", "p", "div") if (text := _squash(el)).startswith(lead + " ")
              and len(text.split()) <= len(lead.split()) + _SUBTITLE_WORDS]
    return min(longer, key=len) if longer else lead  # the innermost: a wrapper holds more than the standfirst


def _with_headline(blocks: list[str], title: str, tree: Any) -> list[str]:
    """Put back the page's <h1> headline when trafilatura left it in a <header> it dropped."""
    if not title or title in blocks[:3]:
        return blocks
    shown = any(" ".join(h1.text_content().split()) == title for h1 in tree.iter("h1"))
    return [title, *blocks] if shown else blocks


def _with_standfirst(blocks: list[str], description: str, tree: Any) -> list[str]:
    """Put back a standfirst the page shows (as its meta description) but trafilatura dropped."""
    lead = " ".join(description.split())
    if len(lead.split()) < 6 or any(lead in b or b in lead for b in blocks if len(b) > 40):
        return blocks
    visible = " ".join(_visible_text(tree).split())
    bare = lead.rstrip(".")
    if lead not in visible and any(_squash(el) == bare for el in tree.iter("p", "div")):
        lead = bare  # an element shows it whole, without the full stop the meta description adds
    if lead not in visible:
        return blocks  # a description written for search engines only, not on the page
    lead = _shown_standfirst(lead, tree)
    at = 1 if blocks and len(blocks[0].split()) <= 20 and blocks[0][-1:] not in ".!?" else 0
    return [*blocks[:at], lead, *blocks[at:]]


def _with_lead(blocks: list[str], tree: Any, title: str) -> list[str]:
    """Put back the prose between the article's <h1> and the first paragraph trafilatura kept:
    the standfirst and the lead image's caption, which article templates put outside the body
    container (also when trafilatura kept the standfirst and dropped the caption under it).
    Only sentences (six words or more, ending like one), a ``<div>`` holding its text itself
    that its class calls the lead ("lead", "article__lead"), and captions (four words or more,
    in a box classed as a caption beside an image) inside the headline's <article>/<main>,
    never in navigation, asides, forms or promo boxes, and a subtitle, the heading right under
    the headline ("Planning Committee - Thursday, 19th June, 2025"). The headline is the <h1>,
    else the <h2>/<h3> that reads as the page's title (older templates)."""
    h1 = next(iter(tree.iter("h1")), None)
    if h1 is None:  # (an lxml element without children is falsy: no `or` here)
        h1 = next((h for h in tree.iter("h2", "h3") if _squash(h) == title), None)
    if h1 is None or not blocks:
        return blocks
    root = next((a for a in h1.iterancestors() if a.tag in ("article", "main")), h1.getparent())
    kept = " ".join(blocks)
    lead: list[str] = []
    first = True
    # what stands after the headline in the document's order (a page minified to one line has
    # every element on the headline's source line)
    order = {el: i for i, el in enumerate(root.iter())}
    for el in root.iter("p", "div", "h2", "h3", "h4"):
        if order.get(el, -1) <= order.get(h1, -1):
            continue
        if el.tag == "div" and not _is_text_box(el):
            continue
        text = _squash(el)
        if not text or el is h1:
            continue
        if text in kept and first:  # a standfirst trafilatura kept: a caption may still follow it
            first = False
            continue
        if text in kept:
            break  # the body trafilatura kept starts here
        caption = el.get(_PLAIN_CAPTION) is not None and len(text.split()) >= _CAPTION_WORDS
        if el.tag == "div":
            if _is_lead_box(el, text) and not _in_chrome(el, root):
                lead.append(text)  # a lead box its class names, wherever under the headline
            continue
        if el.tag == "p" and (_is_prose(text) or caption or (first and _is_standfirst(el, text))) \
                and not _in_chrome(el, root):
            lead.append(text)  # a sentence, or a standfirst without its full stop right under the headline
        elif el.tag not in ("p", "div") and first and len(text.split()) <= _SUBTITLE_WORDS and not _in_chrome(el, root):
            lead.append(text)  # a subtitle: the heading right under the headline
        first = False
    lead = [*_captions_above(h1, root, kept), *lead]
    if not lead:
        return blocks
    at = 1 if blocks[0] == _squash(h1) else 0
    return [*blocks[:at], *lead, *blocks[at:]]


_INNER_BLOCKS = ("p", "div", "section", "article", "ul", "ol", "table", "blockquote", "figure", "h1", "h2", "h3",
               "h4", "h5", "h6", "header", "footer", "nav", "aside", "form", "button", "audio", "video", "input")


# A lead's class, also as a BEM element ("article__lead") or a hyphenated part ("story-lede").
_LEAD_BOX_MARKS = re.compile(r"(?<![a-z])(?:lead|lede|standfirst|dek|deck|summary|intro|excerpt|subtitle|strapline)"
                             r"(?![a-z])")


def _is_lead_box(div: Any, text: str) -> bool:
    """A ``<div>`` holding its text itself whose class or id calls it the lead (six words or more),
    or the value of a record's field whose label, the element right before it, is one such word
    (a knowledge article's "Summary" field: ``<span>Summary</span><div>...</div>``)."""
    marks = f"{div.get('class') or ''} {div.get('id') or ''}".lower()
    label = div.getprevious()
    named = label is not None and isinstance(label.tag, str) \
        and bool(_LEAD_BOX_MARKS.fullmatch(_squash(label).rstrip(":").strip().lower()))
    return 6 <= len(text.split()) <= 2 * _SUBTITLE_WORDS and (bool(_LEAD_BOX_MARKS.search(marks)) or named)


def _is_text_box(div: Any) -> bool:
    """A ``<div>`` that holds its text itself, no block inside it (a lead written as
    ``<div class="lead">...</div>`` or ``<div><strong>...</strong></div>``): read as a paragraph."""
    return not any(isinstance(d.tag, str) and d.tag in _INNER_BLOCKS for d in div.iterdescendants())


_WAS_CAPTION = "data-figcaption"
# A box its template classes as a photo caption (see :func:`_is_caption`): between the headline
# and the body it is the lead photo's caption, kept though it ends without a full stop.
_PLAIN_CAPTION = "data-plain-caption"
_CAPTION_WORDS = 4


def _captions_above(h1: Any, root: Any, kept: str) -> list[str]:
    """The caption of the photo a template sets above the headline inside the article (a
    broadcaster's header image): a sentence in a former ``<figcaption>`` of the headline's
    ``<article>``/``<main>`` before the ``<h1>``, which trafilatura drops with the header."""
    if root.tag not in ("article", "main") or h1.sourceline is None:
        return []
    found = []
    for el in root.iter("p"):
        if el.get(_WAS_CAPTION) is None or el.sourceline is None or el.sourceline > h1.sourceline:
            continue
        text = _squash(el)
        if _is_prose(text) and text not in kept and not _in_chrome(el, root):
            found.append(text)
    return found


_SUBTITLE_WORDS = 20
_STANDFIRST_MARKS = re.compile(r"standfirst|\bdeck?\b|summary|\blede\b|\blead\b|intro|excerpt|subtitle|subhead"
                               r"|strapline|description")


def _is_standfirst(el: Any, text: str) -> bool:
    """A paragraph its markup calls a standfirst (``itemprop="description"``, class "standfirst",
    "dek", "summary", ...) of six words or more: it may end without a full stop."""
    marks = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('itemprop') or ''}".lower()
    return 6 <= len(text.split()) <= 2 * _SUBTITLE_WORDS and bool(_STANDFIRST_MARKS.search(marks))


def _is_prose(text: str) -> bool:
    return len(text.split()) >= 6 and text.rstrip("\"'’”)")[-1:] in ".!?"


_CHROME = ("nav", "aside", "form", "footer", "button")
_CHROME_CLASSES = ("promo", "advert", "ad-slot", "related", "similar", "newsletter", "share", "social", "cookie",
                   "subscribe", "comment", "signup", "sign-up", "menu", "breadcrumb", "guestbook", "guest-book",
                   "condolence", "sitesub")  # MediaWiki's tagline under the title, id "siteSub" in every skin


def _in_chrome(el: Any, root: Any, article_footer: bool = False) -> bool:
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


def _visible_text(tree: Any) -> str:
    body = tree.find("body")
    if body is None:
        return ""
    return " ".join(t for el in body.iter() if el.tag not in ("script", "style")
                    for t in (el.text, el.tail) if t)


def _labelled_in_reading_order(tree: Any, month_first: bool = False) -> str:
    """A labelled date of the page's text read in the order a reader sees it, where the label,
    a name and the date stand in nested inline elements ("last modified by <span><a>Ann
    Lee</a></span> on <a>Mar 04, 2026</a>"): :func:`_visible_text` puts an element's tail
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


def _month_first(tree: Any) -> bool:
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
        order = numeric_order(_visible_text(tree))
        if order is not None:
            return order
    return first in _MONTH_FIRST


def _in_page_order(date: str, tree: Any) -> str:
    """trafilatura's date, read again in the page's order when it is a numeric date of the
    page's text read the other way round ("07/01/2025" as 7 January on a page whose weekdays
    show it writes month first)."""
    text = _visible_text(tree) if date else ""
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
    text = _visible_text(tree)
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
        if not (icon or _DATE_MARKS.search(marks)) or _in_chrome(el, body, article_footer=True):
            continue
        text = el.tail or "" if icon else el.text_content()
        if len(text.split()) > _DATE_ELEMENT_WORDS:
            continue
        found = first_date(text, month_first)
        if found:
            return found
        marked.append(text)
    if not marked or within is not None:
        return ""
    years = " ".join([_visible_text(tree), *(a.get("href") or "" for a in tree.iter("a", "link"))])
    return next((found for text in marked if (found := yearless_date(text, years))), "")


def _over_chrome_date(date: str, tree: Any, month_first: bool) -> str:
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
        if el.tag == "p" and _is_prose(_squash(el)):
            break
        parts.extend(t for t in (el.text, el.tail) if t)
    return " ".join(" ".join(parts).split())


_DATE_MARKS = re.compile(r"date|time|stamp|byline|posted|published|fecha|datum")  # and in Spanish, German, Dutch
_DATE_ELEMENT_WORDS = 16
_ICON_MARKS = re.compile(r"calendar|clock|date|time")
# Where a template names what an element holds: its class, id or itemprop, and the hooks a
# site builder's script or tests find it by (Wix's ``data-hook="time-ago"``).
_MARK_ATTRIBUTES = ("class", "id", "itemprop", "data-hook", "data-testid")
