"""Headings an accordion builds as buttons: ``<h3><button aria-expanded="false">Drop-in
events</button></h3>``. The button is the section's title (a reader opens the section by it),
but extractors drop buttons as page controls, and the heading goes with it. A heading that
holds a button and no other text keeps the button's words as its own."""

from __future__ import annotations

from typing import Any

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def open_toggle_headings(tree: Any) -> None:
    """Each heading's lone ``<button>`` replaced by its text, in place (lxml.html)."""
    for heading in list(tree.iter(*_HEADINGS)):
        buttons = list(heading.iter("button"))
        if len(buttons) != 1 or not " ".join(buttons[0].text_content().split()):
            continue
        own = " ".join(heading.text_content().split())
        if own != " ".join(buttons[0].text_content().split()):
            continue  # the heading has words of its own: the button is a control beside them
        buttons[0].drop_tag()
