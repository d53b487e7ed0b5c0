"""An article's summary box: the "key points" or "at a glance" list a news template sets in an
``<aside>`` between the headline and the body. trafilatura drops every ``<aside>`` and the chrome
steps take one for a box of links, but a summary's items are whole sentences of the story, with
no link among them, which a box of related links, tags or a promo never is. Such an aside is made
a ``<section>`` before the extractor runs, so its list is read as the article's text. Pure
functions on an lxml tree, which they edit in place.
"""

from __future__ import annotations

import re
from typing import Any

_MIN_ITEMS = 2
_ITEM_WORDS = 5  # each item a sentence: this many words or more, closed by a full stop
_BOX_WORDS = 150
_SENTENCE_END = re.compile(r"[.!?…。][\"”’»)]*$")


def open_summary_boxes(tree: Any) -> None:
    """Each summary ``<aside>`` in ``tree`` (see the module's note) made a ``<section>``."""
    for aside in [el for el in tree.iter("aside") if is_summary_box(el)]:
        aside.tag = "section"


def is_summary_box(aside: Any) -> bool:
    """An ``<aside>`` of at most :data:`_BOX_WORDS` words with no link, no form control and no
    image, holding one list of two or more items, each a whole sentence, and beside the list no
    more than a heading over it."""
    if aside.find(".//a") is not None or any(True for _ in aside.iter("input", "button", "img", "form")):
        return False
    if len(aside.text_content().split()) > _BOX_WORDS:
        return False
    lists = [el for el in aside.iter("ul", "ol")]
    if len(lists) != 1:
        return False
    items = [" ".join(li.text_content().split()) for li in lists[0] if isinstance(li.tag, str)]
    if len(items) < _MIN_ITEMS or not all(len(t.split()) >= _ITEM_WORDS and _SENTENCE_END.search(t) for t in items):
        return False
    outside = " ".join(aside.text_content().split()).replace(" ".join(lists[0].text_content().split()), "")
    heading = next((el for el in aside.iter("h2", "h3", "h4", "h5", "h6", "p", "strong") if el is not lists[0]
                    and lists[0] not in el.iterancestors()), None)
    rest = outside.replace(" ".join(heading.text_content().split()), "") if heading is not None else outside
    return not rest.strip()
