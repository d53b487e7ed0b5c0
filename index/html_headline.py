"""A blog post's own headline where the page's only ``<h1>`` is the blog's name.

Blog templates (Blogger, many WordPress themes) set the blog's name in an ``<h1>`` on every
page and the post's title in an ``<h2>``/``<h3>`` marked as the entry's title (the hAtom
class ``entry-title``, or schema.org ``itemprop="headline"``/``"name"`` inside a
``BlogPosting``). trafilatura then takes the blog's name for the title and drops the post's.
The page's ``<title>`` settles which is which: "Blog name: Post title" names both.
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
    if not title or title not in page_title:
        return ""
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag == "title" or not _marks_entry_title(el):
            continue
        text = " ".join(el.text_content().split())
        # longer than the name it replaces: a publisher's name marked "name" is no headline
        if len(text) > len(title) and text in page_title and len(text.split()) <= _HEADLINE_WORDS:
            return text
    return ""


def _marks_entry_title(el: Any) -> bool:
    classes = set((el.get("class") or "").lower().split())
    if classes & _ENTRY_CLASSES:
        return True
    props = set((el.get("itemprop") or "").lower().split())
    return "headline" in props or ("name" in props and el.tag in ("h1", "h2", "h3", "h4"))
