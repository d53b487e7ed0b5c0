"""What trafilatura drops around the article's top and between its entries, put back: the
headline, the standfirst the page shows (its meta description), the lead between the headline
and the body (standfirst, lead box, lead photo's caption, subtitle), an entry's heading in its
``<header>`` (a live blog's) and a pull quote between two kept paragraphs. Pure functions of the
blocks kept so far and the page's lxml tree.
"""

from __future__ import annotations

import re
from typing import Any

from .html_captions import PLAIN_CAPTION, WAS_CAPTION
from .html_chrome import in_chrome, is_pull_quote
from .html_text import is_prose, squash, visible_text

_SUBHEADS = ("h2", "h3", "h4")


def with_entry_headings(blocks: list[str], tree: Any) -> list[str]:
    """Put back an entry's heading that sits in its ``<header>`` beside a timestamp (a live
    blog's post, trafilatura drops the header) before the entry's first paragraph it kept."""
    kept = set(blocks)
    for header in tree.iter("header", "hgroup"):
        entry = header.getparent()
        if entry is None or entry.tag in ("body", "html", "main") or header.find(".//h1") is not None:
            continue
        if header.find(".//time") is None and entry.tag != "article" or in_chrome(header, tree):
            continue  # a site's header, or a box's: not an entry's
        for heading in header.iter(*_SUBHEADS):
            text = squash(heading)
            if not text or text in kept or len(text.split()) > SUBTITLE_WORDS:
                continue
            after = next((squash(p) for p in entry.iter("p") if squash(p) in kept), None)
            if after is not None:
                blocks.insert(blocks.index(after), text)
                kept.add(text)
    return blocks


def with_pull_quotes(blocks: list[str], tree: Any) -> list[str]:
    """Put back a pull quote (:func:`is_pull_quote`) that stands between two paragraphs that
    trafilatura kept, after the one before it, when its words are not already in the text."""
    kept = " ".join(blocks)
    for aside in [el for el in tree.iter("aside") if is_pull_quote(el)]:
        text = squash(aside)
        before = next((squash(p) for p in aside.itersiblings("p", preceding=True)), None)
        after = next((squash(p) for p in aside.itersiblings("p")), None)
        if text and text not in kept and before in blocks and after in blocks:
            blocks.insert(blocks.index(before) + 1, text)
    return blocks


def _shown_standfirst(lead: str, tree: Any) -> str:
    """The standfirst as the page shows it: the text of the heading or paragraph that opens
    with the meta description and goes on for a sentence or two more (a description is often
    cut to the standfirst's first sentence); the description itself when none does."""
    longer = [text for el in tree.iter("h2", "h3", "p", "div") if (text := squash(el)).startswith(lead + " ")
              and len(text.split()) <= len(lead.split()) + SUBTITLE_WORDS]
    return min(longer, key=len) if longer else lead  # the innermost: a wrapper holds more than the standfirst


def with_headline(blocks: list[str], title: str, tree: Any) -> list[str]:
    """Put back the page's <h1> headline when trafilatura left it in a <header> it dropped."""
    if not title or title in blocks[:3]:
        return blocks
    shown = any(" ".join(h1.text_content().split()) == title for h1 in tree.iter("h1"))
    return [title, *blocks] if shown else blocks


def with_standfirst(blocks: list[str], description: str, tree: Any) -> list[str]:
    """Put back a standfirst the page shows (as its meta description) but trafilatura dropped."""
    lead = " ".join(description.split())
    if len(lead.split()) < 6 or any(lead in b or b in lead for b in blocks if len(b) > 40):
        return blocks
    visible = " ".join(visible_text(tree).split())
    bare = lead.rstrip(".")
    if lead not in visible and any(squash(el) == bare for el in tree.iter("p", "div")):
        lead = bare  # an element shows it whole, without the full stop the meta description adds
    if lead not in visible:
        return blocks  # a description written for search engines only, not on the page
    lead = _shown_standfirst(lead, tree)
    at = 1 if blocks and len(blocks[0].split()) <= 20 and blocks[0][-1:] not in ".!?" else 0
    return [*blocks[:at], lead, *blocks[at:]]


def with_lead(blocks: list[str], tree: Any, title: str) -> list[str]:
    """Put back the prose between the article's <h1> and the first paragraph trafilatura kept:
    the standfirst and the lead image's caption, which article templates put outside the body
    container (also when trafilatura kept the standfirst and dropped the caption under it).
    Only sentences (six words or more, ending like one), a ``<div>`` holding its text itself
    that its class calls the lead ("lead", "article__lead"), and captions (four words or more,
    in a box classed as a caption beside an image) inside the headline's <article>/<main>,
    never in navigation, asides, forms or promo boxes, and a subtitle, the heading right under
    the headline ("Planning Committee - Thursday, 19th June, 2025"). The headline is the <h1>,
    else the <h2>/<h3> that reads as the page's title (older templates), also under an <h1> that
    reads otherwise (a blog's or a CMS module's name over the item's own headline)."""
    h1 = next(iter(tree.iter("h1")), None)
    if h1 is None or squash(h1) != title:  # (an lxml element without children is falsy: no `or` here)
        h1 = next((h for h in tree.iter("h2", "h3") if squash(h) == title), h1)
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
        text = squash(el)
        if not text or el is h1:
            continue
        if text in kept and first:  # a standfirst trafilatura kept: a caption may still follow it
            first = False
            continue
        if text in kept:
            break  # the body trafilatura kept starts here
        caption = el.get(PLAIN_CAPTION) is not None and len(text.split()) >= _CAPTION_WORDS
        if el.tag == "div":
            if _is_lead_box(el, text) and not in_chrome(el, root):
                lead.append(text)  # a lead box its class names, wherever under the headline
            continue
        if el.tag == "p" and (is_prose(text) or caption or (first and _is_standfirst(el, text))) \
                and not in_chrome(el, root):
            lead.append(text)  # a sentence, or a standfirst without its full stop right under the headline
        elif el.tag not in ("p", "div") and first and len(text.split()) <= SUBTITLE_WORDS and not in_chrome(el, root):
            lead.append(text)  # a subtitle: the heading right under the headline
        first = False
    lead = [*_captions_above(h1, root, kept), *lead]
    if not lead:
        return blocks
    at = 1 if blocks[0] == squash(h1) else 0
    return [*blocks[:at], *lead, *blocks[at:]]


_CAPTION_WORDS = 4


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
        and bool(_LEAD_BOX_MARKS.fullmatch(squash(label).rstrip(":").strip().lower()))
    return 6 <= len(text.split()) <= 2 * SUBTITLE_WORDS and (bool(_LEAD_BOX_MARKS.search(marks)) or named)


def _is_text_box(div: Any) -> bool:
    """A ``<div>`` that holds its text itself, no block inside it (a lead written as
    ``<div class="lead">...</div>`` or ``<div><strong>...</strong></div>``): read as a paragraph."""
    return not any(isinstance(d.tag, str) and d.tag in _INNER_BLOCKS for d in div.iterdescendants())


def _captions_above(h1: Any, root: Any, kept: str) -> list[str]:
    """The caption of the photo a template sets above the headline inside the article (a
    broadcaster's header image): a sentence in a former ``<figcaption>`` of the headline's
    ``<article>``/``<main>`` before the ``<h1>``, which trafilatura drops with the header."""
    if root.tag not in ("article", "main") or h1.sourceline is None:
        return []
    found = []
    for el in root.iter("p"):
        if el.get(WAS_CAPTION) is None or el.sourceline is None or el.sourceline > h1.sourceline:
            continue
        text = squash(el)
        if is_prose(text) and text not in kept and not in_chrome(el, root):
            found.append(text)
    return found


SUBTITLE_WORDS = 20
_STANDFIRST_MARKS = re.compile(r"standfirst|\bdeck?\b|summary|\blede\b|\blead\b|intro|excerpt|subtitle|subhead"
                               r"|strapline|description")


def _is_standfirst(el: Any, text: str) -> bool:
    """A paragraph its markup calls a standfirst (``itemprop="description"``, class "standfirst",
    "dek", "summary", ...) of six words or more: it may end without a full stop."""
    marks = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('itemprop') or ''}".lower()
    return 6 <= len(text.split()) <= 2 * SUBTITLE_WORDS and bool(_STANDFIRST_MARKS.search(marks))
