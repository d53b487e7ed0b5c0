"""HTML pages to main text and metadata with trafilatura: the pipeline, as a list of named steps.

trafilatura finds the article by the page's structure (link density, boilerplate
containers, text density), so a short real sentence that mentions "privacy" or
"newsletter" survives where a word list would drop it. Around it we only:

- make the page ready for it (:mod:`index.html_prepare`): captions as plain paragraphs, since
  trafilatura drops captions (:mod:`index.html_captions`), tables written in other markup as
  tables (:mod:`index.html_grids`), controls that are no text dropped;
- read its output as blocks in the page's order, tables row by row with their headers
  (:mod:`index.html_blocks`, :mod:`index.tables`);
- put back the headline, standfirst and lead it dropped (:mod:`index.html_lead`), and the
  headings, tables and posts the ``html_*`` steps name;
- drop the chrome it kept (:mod:`index.html_chrome`);
- date the page (:mod:`index.html_dates`);
- fall back to the rule-based cleaner when trafilatura finds no main text.

The element text every step shares is in :mod:`index.html_text`.
"""

from __future__ import annotations

from typing import Any

from .author_card import without_author_card
from .chrome_lines import is_chrome_line, without_reading_time
from .clean_html import clean_html
from .dates import is_update_line
from .html_answers import with_answers
from .html_blocks import body_blocks, in_source_order, table_rows
from .html_chrome import in_chrome, without_boxed_chrome, without_repeats
from .html_dates import page_date, writes_month_first
from .html_details import without_details_panels
from .html_flat_tables import with_tables_rejoined
from .html_gaps import with_gaps_filled, with_section_headings
from .html_headline import entry_headline
from .html_lead import with_entry_headings, with_headline, with_lead, with_pull_quotes, with_standfirst
from .html_link_labels import back_link_texts, file_link_texts, label_link_texts, link_bar_texts
from .html_link_list_headings import without_link_list_headings
from .html_live_entries import with_live_entries
from .html_posts import thread_posts, with_posts
from .html_prepare import parse
from .html_subheads import with_inner_headings
from .html_text import squash
from .html_trailing_tables import with_trailing_tables
from .parsed import Parsed
from .tables import table_text

# Extensive date search turns a "© 2023" footer into 2023-01-01; metadata and stated
# dates only.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def extract_html(html: str, favor_recall: bool = False) -> Parsed:
    """The main text of a page with its title, ISO date ("" when the page states none) and url.

    ``favor_recall`` is trafilatura's switch toward keeping more; it made no difference on
    our test pages, so the default stays trafilatura's balanced mode (the benchmark can flip it).
    """
    tree = parse(html)
    found = _trafilatura(tree, favor_recall) if tree is not None else None
    if found is None or not found.body.xpath("string()").strip():
        return _rules(html)
    blocks = in_source_order(with_tables_rejoined(body_blocks(found.body), tree, squash), tree)
    blocks = with_pull_quotes(with_entry_headings(blocks, tree), tree)
    blocks = with_live_entries(blocks, tree, squash, in_chrome, lambda t: table_text(*table_rows(t)))
    blocks = with_inner_headings(blocks, tree, squash)
    posts = thread_posts(tree, blocks)
    blocks = with_posts(blocks, tree, squash)
    site = found.sitename or ""
    title = _without_site(found.title or "", site, blocks[0] if blocks else "")
    post = entry_headline(tree, title)
    if post:  # the blog's name was taken for the title: the post's own headline leads
        blocks = [post, *(b for b in blocks if b != title and b != post)]
        title = post
    blocks = with_standfirst(with_headline(blocks, title, tree), found.description or "", tree)
    blocks = with_gaps_filled(with_lead(blocks, tree, title), tree, squash, in_chrome)
    blocks = with_section_headings(blocks, tree, squash, in_chrome)
    blocks = with_trailing_tables(blocks, tree, squash, lambda t: table_text(*table_rows(t)), in_chrome)
    blocks = without_boxed_chrome(without_repeats(blocks, tree), tree, posts)
    blocks = with_answers(blocks, tree)
    # "See also: <a>...</a>"; "Home | News | ..."; "Back to news"
    # "Download as PDF", "Print this page"
    read_also = label_link_texts(tree) | link_bar_texts(tree) | back_link_texts(tree) | file_link_texts(tree)
    blocks = without_author_card([b for b in map(without_reading_time, blocks)
                                  if b and not is_chrome_line(b) and b not in read_also])
    blocks = without_link_list_headings(blocks, tree, squash)
    text = "\n\n".join(blocks)  # dated with a last-update note, which is no text of the page
    blocks = [b for b in blocks if not is_update_line(b)]
    us = writes_month_first(tree)
    date = page_date(found.date or "", text, tree, us)
    blocks = without_details_panels(blocks, tree, date, squash, us)
    return Parsed("\n\n".join(blocks), title, date,
                  _canonical(tree) or found.url or "", author=found.author or "", site=site)


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
