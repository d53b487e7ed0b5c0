"""Markdown to text blocks with markdown-it-py.

Headings, paragraphs and list items become blocks of their own, code keeps its lines, and
a table keeps one line per row with its column headers (:mod:`index.tables`). Front matter,
YAML or TOML (:mod:`index.front_matter`), gives the title, subtitle and date when it has
them and is otherwise never body. Dialects' source markup (MDX imports and comments, fenced
divs, attribute braces, executable code chunks, abbreviation definitions) is left out, and a
raw HTML block is read for the text of its block elements (:mod:`index.markdown_source`).
MyST directives, targets and roles and Pandoc's title block, simple tables and raw LaTeX
commands are read as the rendered page shows them (:mod:`index.markdown_myst`).
"""

from __future__ import annotations

import re
from typing import Any

from .dates import iso_date, stated_date
from .front_matter import (
    front_matter_date,
    split_comment_metadata,
    split_front_matter,
    split_multimarkdown_metadata,
    split_trailing_metadata,
)
from .markdown_links import is_back_link, is_file_link, is_link_bar
from .markdown_myst import pandoc_title_block, without_myst_pandoc_markup
from .markdown_source import html_block_texts, is_code_chunk, is_object_repr, page_properties, without_source_markup
from .markdown_wiki import without_wiki_furniture
from .parsed import Parsed, first_line
from .tables import table_text

_SKIPPED_INLINE = frozenset({"image", "html_inline"})  # images and inline tags carry no text
# A wiki's macro paragraph, a table of contents the wiki draws: GitLab's "[[_TOC_]]", "[TOC]",
# "[[toc]]", "{{toc}}", "{:toc}", MoinMoin's "<<TableOfContents>>".
_MACRO = re.compile(r"\s*(?:\[\[_?(?:toc|tosp)_?\]\]|\[toc\]|\{\{[<>]?\s*toc\b[^}]*\}\}|\{:\s*toc\s*\}"
                    r"|<<\s*TableOfContents[^>]*>>)\s*", re.IGNORECASE)
# A wiki page's footer, its last lines: "Edit this page on the wiki. Last edited by dev-k."
_PAGE_FOOTER = re.compile(r"\bedit (?:this|the) page\b|\blast (?:edited|modified|changed) by\b|\bpage history\b",
                          re.IGNORECASE)
_PAGE_FOOTER_WORDS = 25
# A newsletter's source links its "View this email in your browser" and "Unsubscribe" lines to
# template variables the sending platform fills in per reader ("[Unsubscribe]({{ unsubscribe_url }})"):
# a short paragraph holding such a link is the platform's mail furniture, not the text.
_PLACEHOLDER_LINK = re.compile(r"\[[^\]]*\]\(\s*\{\{\s*[\w.]+\s*\}\}\s*\)")


def extract_markdown(text: str) -> Parsed:
    """Blocks, title (front matter, else the first level-1 heading) and stated date."""
    text = text.replace("\r\n", "\n")
    meta, text = split_front_matter(text)
    if not meta:
        meta, text = pandoc_title_block(text)
    if not meta:
        meta, text = split_multimarkdown_metadata(text)  # MultiMarkdown's unfenced "Key: value" lines
    if not meta:
        meta, text = split_comment_metadata(text)  # Nikola's ".. key: value" lines in an opening comment
    if not meta:
        meta, text = split_trailing_metadata(text)  # a note app's closing "key: value" lines (Joplin)
    if not meta:
        meta = page_properties(text)  # an outliner's page (Logseq): its opening "key:: value" lines
    blocks, heading = _blocks(without_myst_pandoc_markup(without_source_markup(without_wiki_furniture(text))))
    if meta.get("subtitle"):  # a standfirst the page shows under its title
        blocks.insert(0, meta["subtitle"])
    body = "\n\n".join(blocks)
    # a newsletter's source (Buttondown's) names its issue by the mail's "subject"
    title = meta.get("title") or meta.get("subject") or heading or first_line(body)
    return Parsed(body, title, iso_date(front_matter_date(meta)) or stated_date(body),
                  author=meta.get("author", ""))


def _blocks(text: str) -> tuple[list[str], str]:
    """The blocks in reading order and the first level-1 heading ("" when none)."""
    from markdown_it import MarkdownIt  # imported here: only Markdown folders pay for it

    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    blocks: list[str] = []
    title = ""
    rows: list[list[str]] = []
    for i, token in enumerate(tokens):
        if token.type == "fence" and is_code_chunk(token.info):
            continue
        if token.type == "code_block" and is_object_repr(token.content):
            continue  # a notebook output that prints a figure's repr
        if token.type in ("fence", "code_block"):
            blocks.append(token.content.rstrip("\n"))
        elif token.type == "table_open":
            rows = []
        elif token.type == "tr_open":
            rows.append([])
        elif token.type == "table_close":
            blocks.append(table_text(rows, has_header=True))
        elif token.type == "html_block":
            for tag, line in html_block_texts(token.content):
                blocks.append(line)
                title = title or (line if tag == "h1" else "")
        elif token.type == "inline" and (_MACRO.fullmatch(token.content) or is_link_bar(token)
                                           or is_back_link(token) or _is_file_paragraph(tokens, i)):
            continue  # a table of contents the wiki draws; a bar of links to other pages; a back
            # link; a paragraph that is only a download link to a file
        elif token.type == "inline":
            line = _inline(token)
            if tokens[i - 1].type in ("th_open", "td_open"):
                rows[-1].append(line)
            elif line:
                blocks.append(line)
                if not title and tokens[i - 1].type == "heading_open" and tokens[i - 1].tag == "h1":
                    title = line
    blocks = [b for b in blocks if b.strip() and not _mail_furniture(b)]
    while blocks and len(blocks[-1].split()) <= _PAGE_FOOTER_WORDS and _PAGE_FOOTER.search(blocks[-1]):
        blocks.pop()
    return blocks, title


def _is_file_paragraph(tokens: list[Any], i: int) -> bool:
    """A paragraph of its own, not a list item's, a table cell's or a quotation's, that is only
    links to files (:func:`index.markdown_links.is_file_link`): an attachment's download link."""
    return i > 0 and tokens[i - 1].type == "paragraph_open" and tokens[i - 1].level == 0 \
        and is_file_link(tokens[i])


def _mail_furniture(block: str) -> bool:
    """Whether ``block`` is a short paragraph linking to a template variable (see
    :data:`_PLACEHOLDER_LINK`)."""
    return len(block.split()) <= _PAGE_FOOTER_WORDS and bool(_PLACEHOLDER_LINK.search(block))


def _inline(token: Any) -> str:
    parts = []
    for child in token.children or []:
        if child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type not in _SKIPPED_INLINE:
            parts.append(child.content)
    return " ".join("".join(parts).split())
