"""Inline "read also" paragraphs: a short label ending in a colon, then one link to another article.

News templates put links to other stories between an article's paragraphs, written as a
paragraph of their own: ``<p><strong>See also: <a href="/2025/03/...">Headline of another
story</a></strong></p>``, in whatever language the site writes ("Lesen Sie auch:", "Lire aussi :").
The paragraph is told by its build, not its words: the label is at most four words and ends in a
colon, the one link holds the rest of the paragraph's text, and that link is a headline (three
words or more) to a page of the same site, not a mail address, a phone number or a file.

A bar of links (:func:`link_bar_texts`) is a menu written inline: three links or more in one
box and nothing between them but separators ("Home | News | Council | Contact"), whatever words
the links hold.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

_LABEL_WORDS = 4
_HEADLINE_WORDS = 3
_BLOCKS = ("p", "div", "li")
# Not an article: a mail address, a phone number, an anchor on the same page ("#rates"), a
# script or a file. A bare "#" is a script-driven link to another story, as a headline link is.
_NOT_ARTICLE = re.compile(r"^(?:mailto:|tel:|#.|javascript:)|\.(?:pdf|docx?|xlsx?|zip|jpe?g|png)$", re.IGNORECASE)


def _squash(text: str) -> str:
    return " ".join(text.split())


def is_label_link(el: Any) -> bool:
    """Whether ``el`` (a paragraph) is a label ending in a colon and then one link to another page."""
    if el.tag not in _BLOCKS or any(isinstance(c.tag, str) and c.tag in _BLOCKS for c in el.iterdescendants()):
        return False
    links = list(el.iter("a"))
    if len(links) != 1:
        return False
    link = links[0]
    href = (link.get("href") or "").strip()
    if not href or _NOT_ARTICLE.search(href):
        return False
    text, headline = _squash(el.text_content()), _squash(link.text_content())
    if len(headline.split()) < _HEADLINE_WORDS or not text.endswith(headline):
        return False
    label = text[: len(text) - len(headline)].strip()
    return label.endswith((":", "：")) and 0 < len(label.rstrip(":： ").split()) <= _LABEL_WORDS


def label_link_texts(tree: Any) -> set[str]:
    """The one-line texts of the page's label-and-link paragraphs (see :func:`is_label_link`)."""
    body = tree.find("body")
    if body is None:
        return set()
    return {_squash(el.text_content()) for el in body.iter(*_BLOCKS) if is_label_link(el)}


_BAR_LINKS = 3
_BAR_HOLDERS = ("p", "div", "li", "td", "span", "nav", "header")
_SEPARATORS = re.compile(r"^[\s|·•/»«>–—:-]*$")


def link_bar_texts(tree: Any) -> set[str]:
    """The one-line texts of the page's bars of links: a box without blocks inside holding three
    links or more and, around them, only separators."""
    return {_squash(el.text_content()) for el, links in _bar_boxes(tree)
            if len(links) >= _BAR_LINKS and _SEPARATORS.match(_text_outside(el, links))}


def _bar_boxes(tree: Any) -> Iterator[tuple[Any, list[Any]]]:
    """Each box that could hold a bar (no block inside it), with its links that have words."""
    body = tree.find("body")
    if body is None:
        return
    for el in body.iter(*_BAR_HOLDERS):
        if not any(isinstance(c.tag, str) and c.tag in _BLOCKS for c in el.iterdescendants()):
            yield el, [a for a in el.iter("a") if a.text_content().strip()]


def _text_outside(el: Any, parts: Iterable[Any]) -> str:
    """``el``'s text with the text of each of ``parts`` (elements inside it) taken out once."""
    rest: str = el.text_content()
    for part in parts:
        rest = rest.replace(part.text_content(), "", 1)
    return rest


# A back link's words, in the languages we read: "Back to news", "« Zurück zur Übersicht",
# "Retour aux actualités", "Volver al listado", "Terug naar overzicht", "Wróć do listy".
_BACK = re.compile(
    r"^\W*(?:(?:go\s+)?back|return|zur[üu]ck|retour|revenir|volver|regresar|torna(?:re)?|terug|wr[óo][ćc]|powr[óo]t"
    r"|tillbaka|tilbake|tilbage|takaisin|geri|voltar)(?:\s+(?:to|zu[rm]?|à|aux?|a[l]?|naar|do|till|til|até|ao|à)\b"
    r"[^.!?]{0,40})?\W*$", re.IGNORECASE)
_BACK_WORDS = 6


def back_link_texts(tree: Any) -> set[str]:
    """The texts of the page's back links: a link whose whole text says "back to" a listing
    ("Back to news"), which a template sets over or under an article and which an extractor can
    keep as a line of its own."""
    body = tree.find("body")
    if body is None:
        return set()
    texts = {_squash(a.text_content()) for a in body.iter("a")}
    return {t for t in texts if is_back_text(t)}


def is_back_text(text: str) -> bool:
    """Whether a link's whole text is a back link's: the words "back to" a listing."""
    return len(text.split()) <= _BACK_WORDS and bool(_BACK.match(text))


# A link that fetches a file (a PDF of the page, an episode's audio) or prints the page, not
# another page to read: "Download as PDF", "Download this release (PDF 214 KB)", "Print this page".
_FILE_OR_PRINT = re.compile(
    r"\.(?:pdf|docx?|xlsx?|odt|ods|csv|zip|epub|mp3|m4a|ogg|wav|mp4)(?:[?#].*)?$|^(?:#print|javascript:.*print)",
    re.IGNORECASE)
# a link target that is a file (also in a Markdown page's links, :mod:`index.markdown_links`)
FILE_TARGET = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|odp|csv|zip|epub|mp3|m4a|ogg|wav|mp4|rtf)(?:[?#].*)?$",
                         re.IGNORECASE)
_NO_WORDS = re.compile(r"^[\W\d_]*$")  # separators, digits and clock times ("00:00 / 41:18") only


def file_link_texts(tree: Any) -> set[str]:
    """The one-line texts of the page's download and print bars: a box without blocks inside
    whose words are all those of links to files or to the page's print view (and of buttons),
    the rest separators, digits and times. A paragraph with its own words around such a link is
    kept."""
    found: set[str] = set()
    for el, links in _bar_boxes(tree):
        if not links or not all(_FILE_OR_PRINT.search((a.get("href") or "").strip()) for a in links):
            continue
        if _NO_WORDS.match(_text_outside(el, [*links, *el.iter("button")])):
            shown = _text_outside(el, el.iter("button"))  # an extractor drops the controls
            found.update((_squash(el.text_content()), _squash(shown)))
            found.update(_squash(a.text_content()) for a in links)
    return found
