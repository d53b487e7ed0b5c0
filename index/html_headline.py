"""A blog post's own headline where the page's only ``<h1>`` is the blog's name.

Blog templates (Blogger, many WordPress themes) set the blog's name in an ``<h1>`` on every
page and the post's title in an ``<h2>``/``<h3>`` marked as the entry's title (the hAtom
class ``entry-title``, or schema.org ``itemprop="headline"``/``"name"`` inside a
``BlogPosting``). trafilatura then takes the blog's name for the title and drops the post's.
The page's ``<title>`` settles which is which: "Blog name: Post title" names both.

Where no class marks the entry's title, the structure does: an ``<h1>`` that is nothing but
one link and stands outside the page's ``<article>`` (or ``<main>``) is the site's masthead
(the blog's name linking to its front page, a project's name over one of its updates), and
the heading that opens the article, before any of its paragraphs, is the page's own headline.
On a page with no ``<h1>`` at all (a portal's portlets, each under its own ``<h2>`` title), or
whose ``<h1>`` is the site's name that the ``<title>`` names second (a wiki's sidebar) or a linked
masthead, the heading the ``<title>`` names first, before the section or site name taken for the
title, is; so is the heading the whole ``<title>`` reads, under a linked masthead. A municipal or
portal CMS sets its module's name in the ``<h1>`` ("News Flash", "Events") over each item,
which the breadcrumb links as the listing the page sits in and the ``<title>`` does not name:
the heading the ``<title>`` opens with is then the page's own headline.
Pure functions on an lxml tree."""

from __future__ import annotations

from typing import Any

_ENTRY_CLASSES = frozenset({"entry-title", "post-title"})
_HEADLINE_WORDS = 30


def entry_headline(tree: Any, title: str) -> str:
    """The post's headline when ``title`` (the extracted one) is the blog's name beside it in
    the page's ``<title>``: an element marked as the entry's title whose text is longer than
    ``title`` and also in the ``<title>``; "" otherwise."""
    page_title = " ".join((tree.findtext(".//title") or "").split())
    if not title:
        return ""
    if title not in page_title and not _shortened_in(page_title, title):
        return _heading_titled(tree, title, page_title) or _headline_under_module_title(tree, title, page_title)
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag == "title" or not _marks_entry_title(el):
            continue
        text = " ".join(el.text_content().split())
        # longer than the name it replaces: a publisher's name marked "name" is no headline
        if len(text) > len(title) and text in page_title and len(text.split()) <= _HEADLINE_WORDS:
            return text
    return _headline_named_first(tree, title, page_title) or _headline_under_masthead(tree, title)


_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " · ", " » ", ": ")


def _headline_named_first(tree: Any, title: str, page_title: str) -> str:
    """On a page without an ``<h1>`` but a linked masthead (see :func:`_is_linked_masthead`),
    the ``<h2>``-``<h4>`` heading longer than ``title`` that the page's ``<title>`` names first,
    before a separator and the section or site ``title`` was taken from ("Menu hours extended -
    News - University": a portal's portlet titled "News" over the article's own ``<h3>``; a
    forum's name in the masthead over a thread's title, whose posts are each an ``<article>``
    under their author's name); "" otherwise."""
    h1s = list(tree.iter("h1"))
    if any(not (_is_linked_masthead(h1, title) or _names_site(h1, title, page_title)) for h1 in h1s):
        return ""
    site_h1 = any(_names_site(h1, title, page_title) for h1 in h1s)
    for el in tree.iter("h2", "h3", "h4"):
        text = " ".join(el.text_content().split())
        rest = page_title[len(text):]
        if not page_title.startswith(text) or text == title or len(text.split()) > _HEADLINE_WORDS:
            continue
        if rest.startswith(_TITLE_SEPARATORS) and (((len(text) > len(title) or site_h1) and title in rest)
                                                   or _shortens(rest, title)):
            return text
    return ""


def _heading_titled(tree: Any, title: str, page_title: str) -> str:
    """The ``<h2>``-``<h4>`` heading that reads the whole ``<title>`` when the page's ``<h1>``s
    are linked mastheads reading ``title`` (a forum's name over a thread the ``<title>`` names
    alone); "" otherwise."""
    h1s = list(tree.iter("h1"))
    if not h1s or any(not _is_linked_masthead(h1, title) for h1 in h1s):
        return ""
    for el in tree.iter("h2", "h3", "h4"):
        text = " ".join(el.text_content().split())
        if text == page_title and len(text.split()) <= _HEADLINE_WORDS:
            return text
    return ""


def _headline_under_module_title(tree: Any, title: str, page_title: str) -> str:
    """The ``<h2>``-``<h4>`` heading the ``<title>`` opens with, before a separator, when the
    page's one ``<h1>`` reads ``title`` and a breadcrumb links that same text (the module's
    listing, see the module's note); "" otherwise."""
    h1s = list(tree.iter("h1"))
    if len(h1s) != 1 or " ".join(h1s[0].text_content().split()) != title or not _breadcrumb_links(tree, title):
        return ""
    for el in tree.iter("h2", "h3", "h4"):
        text = " ".join(el.text_content().split())
        if text and page_title.startswith(text) and page_title[len(text):].startswith(_MODULE_TITLE_SEPARATORS) \
                and len(text.split()) <= _HEADLINE_WORDS:
            return text
    return ""


_MODULE_TITLE_SEPARATORS = (*_TITLE_SEPARATORS, " • ")


def _breadcrumb_links(tree: Any, text: str) -> bool:
    """Whether a breadcrumb (a box whose class, id or ARIA label says so) holds a link reading
    ``text``."""
    for box in tree.iter():
        if not isinstance(box.tag, str):
            continue
        marks = f"{box.get('class') or ''} {box.get('id') or ''} {box.get('aria-label') or ''}".lower()
        if "breadcrumb" in marks and any(" ".join(a.text_content().split()) == text for a in box.iter("a")):
            return True
    return False


def _names_site(h1: Any, title: str, page_title: str) -> bool:
    """Whether ``h1`` reads ``title`` and the page's ``<title>`` names it after a separator,
    second, as a site's name ("Pruning rota: Orchard Group"), outside any ``<article>``/``<main>``
    (a wiki's sidebar that sets the site's name in an ``<h1>`` without a link)."""
    text = " ".join(h1.text_content().split())
    named_second = any(f"{sep}{text}" in page_title for sep in _TITLE_SEPARATORS)
    return text == title and named_second and not any(a.tag in ("article", "main") for a in h1.iterancestors())


_SHORT_NAME_WORDS = 2


def _shortened_in(page_title: str, title: str) -> bool:
    """Whether the page's ``<title>`` ends in ``title`` shortened (see :func:`_shortens`)."""
    return any(_shortens(page_title[at:], title) for sep in _TITLE_SEPARATORS if (at := page_title.rfind(sep)) > 0)


def _shortens(rest: str, title: str) -> bool:
    """Whether ``rest``, a separator and a name, names the site ``title`` by its first words
    (" - Heimatverein Oberau" for "Heimatverein Oberau e.V."; " - Paroisse Saint-Étienne" for
    "Paroisse Saint-Étienne en Val de Vaux"): two words or more, ending where one of its ends."""
    sep = next((sep for sep in _TITLE_SEPARATORS if rest.startswith(sep)), "")
    name = rest[len(sep):]
    return bool(sep) and len(name.split()) >= _SHORT_NAME_WORDS and name != title \
        and title.startswith(name) and title[len(name):len(name) + 1] == " "


def _headline_under_masthead(tree: Any, title: str) -> str:
    """The heading that opens the article when ``title`` is a linked masthead ``<h1>`` outside
    it (above); "" otherwise."""
    if not any(_is_linked_masthead(h1, title) for h1 in tree.iter("h1")):
        return ""
    article = next(iter(tree.iter("article")), None)
    if article is None:
        article = next(iter(tree.iter("main")), None)
    if article is None:
        return ""
    for el in article.iter("h1", "h2", "h3", "p"):
        if el.tag == "p":
            return ""
        text = " ".join(el.text_content().split())
        if text and text != title and len(text.split()) <= _HEADLINE_WORDS:
            return text
    return ""


def _is_linked_masthead(h1: Any, title: str) -> bool:
    """Whether ``h1`` reads ``title`` and is one link outside any ``<article>``/``<main>``."""
    links = h1.findall(".//a")
    text = " ".join(h1.text_content().split())
    return (text == title and len(links) == 1 and " ".join(links[0].text_content().split()) == text
            and not any(a.tag in ("article", "main") for a in h1.iterancestors()))


def _marks_entry_title(el: Any) -> bool:
    classes = set((el.get("class") or "").lower().split())
    if classes & _ENTRY_CLASSES:
        return True
    props = set((el.get("itemprop") or "").lower().split())
    return "headline" in props or ("name" in props and el.tag in ("h1", "h2", "h3", "h4"))
