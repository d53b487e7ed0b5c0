"""The posts of a discussion thread (a forum topic, a Q&A page, a mailing-list archive).

A thread is written as sibling boxes built alike (the same tag and class, one per post: author
pane, date, content, controls), and forum software often classes them as comments
("ipsComment", "post comment"). A content extractor keeps the text of one post (the longest)
and a page's comment boxes count as chrome, so the other posts are lost. When most of the kept
text stands inside such a run of sibling boxes, the boxes are the page's content: they are no
chrome boxes, and each post's content box (found in every post by the same path of tags and
classes as the one around the kept post's text) is read in page order: its paragraphs, list
items, headings and tables. Lines kept after the last post and inside none (pagination, the
reply prompt) are the thread's controls and go. A news story's comment section is no thread by this rule: the
story, outside the comment boxes, is most of what the extractor kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from copy import deepcopy
from typing import Any

from .tables import table_text

Squash = Callable[[Any], str]

_MIN_POSTS = 2
_KEPT_SHARE = 0.5  # of the kept words, this share or more stands inside the posts
_POST_TAGS = frozenset({"article", "div", "li", "section"})
_TEXT_TAGS = ("p", "li", "h2", "h3", "h4", "h5", "h6", "pre", "table")
# bbCode forums (XenForo, vBulletin, phpBB) write a post as bare text in a box, lines split by
# <br>, with no paragraph tag: such a box holding words of its own is read as one text
_BARE_TEXT_TAGS = ("div", "blockquote")
_PROSE_WORDS = 8  # a kept line this long is a post's text, not its author's name or title


def _holders(box: Any) -> list[Any]:
    """The elements of ``box`` that hold a post's text: paragraphs, list items, headings, tables,
    and boxes with bare text of their own (see ``_BARE_TEXT_TAGS``), in page order."""
    return [el for el in box.iter(*_TEXT_TAGS, *_BARE_TEXT_TAGS)
            if el.tag in _TEXT_TAGS or _own_words(el)]


def _own_words(el: Any) -> bool:
    """Whether ``el`` holds words outside its child elements (its text, its children's tails)."""
    return any(re.search(r"\w", t or "") for t in (el.text, *(c.tail for c in el)))


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _runs(body: Any) -> list[list[Any]]:
    """Runs of sibling elements of the same tag and the same (non-empty) class."""
    found = []
    for parent in body.iter():
        if not isinstance(parent.tag, str):
            continue
        groups: dict[tuple[str, str], list[Any]] = {}
        for child in parent:
            if isinstance(child.tag, str) and child.tag in _POST_TAGS and (child.get("class") or "").strip():
                groups.setdefault((child.tag, child.get("class")), []).append(child)
        found += [g for g in groups.values() if len(g) >= _MIN_POSTS]
    return found


def thread_posts(tree: Any, blocks: list[str]) -> list[Any]:
    """The content boxes of the posts of ``tree``, in page order, when it is a thread whose
    text the extractor partly kept as ``blocks`` (see the module's docstring); ``[]`` for any
    other page."""
    body = tree.find("body")
    kept = [w for b in blocks for w in _words(b)]
    if body is None or not kept:
        return []
    for run in _runs(body):
        inside = {w for post in run for w in _words(_text(post))}
        if sum(w in inside for w in kept) >= _KEPT_SHARE * len(kept):
            boxes = _content_boxes(run, blocks)
            if len(boxes) >= _MIN_POSTS:
                return boxes
    return []


def _content_boxes(run: list[Any], blocks: list[str]) -> list[Any]:
    """Each post's content box: the box around the kept text in the post that holds most of
    it, and the box at the same path of tags and classes in the others."""
    kept = " ".join(" ".join(_words(b)) for b in blocks)
    best = max(run, key=lambda post: sum(" ".join(_words(_text(el))) in kept
                                         for el in _holders(post) if _words(_text(el))))
    held = [el for el in _holders(best) if _words(_text(el)) and " ".join(_words(_text(el))) in kept]
    prose = [el for el in held if len(_words(_text(el))) >= _PROSE_WORDS]
    if not held:
        return []
    path = _path(best, _common_ancestor(prose or held, best))
    return [box for post in run if (box := _follow(post, path)) is not None]


def _text(el: Any) -> str:
    return " ".join(" ".join(el.itertext()).split())  # spaced: table cells are words apart


def _common_ancestor(elements: list[Any], top: Any) -> Any:
    chains = [[el, *el.iterancestors()] for el in elements]
    for candidate in chains[0]:
        if all(candidate in chain for chain in chains[1:]):
            return candidate
        if candidate is top:
            break
    return top


def _path(top: Any, el: Any) -> list[tuple[str, str]]:
    """The tags and classes from ``top`` (excluded) down to ``el`` (included)."""
    steps = []
    while el is not None and el is not top:
        steps.append((el.tag, el.get("class") or ""))
        el = el.getparent()
    return steps[::-1]


def _follow(post: Any, path: list[tuple[str, str]]) -> Any:
    el = post
    for tag, cls in path:
        el = next((c for c in el if c.tag == tag and (c.get("class") or "") == cls), None)
        if el is None:
            return None
    return el


def post_texts(box: Any, squash: Squash) -> list[str]:
    """A post's content box as lines: paragraphs, list items, headings, tables row by row."""
    lines: list[str] = []
    held: list[Any] = []  # held: lxml keeps one proxy per live element, so their ids stay theirs
    for el in _holders(box):
        if any(id(a) in {id(h) for h in held} for a in el.iterancestors()):
            continue
        held.append(el)
        if el.tag == "table":
            rows = [[squash(c) for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")] for tr in el.iter("tr")]
            header = bool(rows) and el.find(".//th") is not None
            text = table_text([r for r in rows if r], has_header=header)
        else:
            text = squash(el if el.tag in _TEXT_TAGS else _without_controls(el))
        if text:
            lines.append(text)
    return lines


def _without_controls(box: Any) -> Any:
    """A copy of ``box`` without its buttons (``<button>``, ``role="button"``: a quote's
    "Click to expand...", a spoiler's "Show"), which are controls, not the post's words."""
    copy = deepcopy(box)
    for control in [el for el in copy.iter() if isinstance(el.tag, str) and "button" in (el.tag, el.get("role"))]:
        control.drop_tree()
    return copy


def with_posts(blocks: list[str], tree: Any, squash: Squash) -> list[str]:
    """``blocks`` with the thread's other posts put back in page order around the one kept,
    and without the lines after the last post that no post holds."""
    boxes = thread_posts(tree, blocks)
    kept = " ".join(" ".join(_words(b)) for b in blocks)
    kept_at = [i for i, box in enumerate(boxes) if _box_kept(box, kept, squash)]
    if not kept_at or len(kept_at) == len(boxes):
        return blocks  # nothing kept to place the others by, or nothing lost
    own = [i for i, b in enumerate(blocks) if _in_any(b, boxes)]
    first, last = (own[0], own[-1] + 1) if own else (len(blocks), len(blocks))
    before = [t for box in boxes[:kept_at[0]] for t in post_texts(box, squash)]
    after = [t for k, box in enumerate(boxes) if k > kept_at[0] and k not in kept_at
             for t in post_texts(box, squash)]
    # what the extractor kept after the last post and outside every post is the thread's
    # pagination and reply prompt, not a post
    furniture = _post_furniture(boxes[kept_at[0]], squash)
    return [b for b in [*blocks[:first], *before, *blocks[first:last]] if b not in furniture] + after


def _post_furniture(box: Any, squash: Squash) -> set[str]:
    """The short texts of the elements of the post around ``box`` outside that content box: its
    author pane (name, user title, join date, post count) and controls, which the other posts are
    read without too. A heading of the post's own (its subject, which may be the thread's title)
    is not furniture."""
    post = _post_of(box)
    if post is None:
        return set()
    inside = list(box.iter())  # held: lxml keeps one proxy per live element, so their ids stay theirs
    ids = {id(el) for el in inside}
    texts = {squash(el) for el in post.iter()
             if isinstance(el.tag, str) and id(el) not in ids and el.tag not in ("h1", "h2", "h3")}
    return {t for t in texts if t and len(_words(t)) < _PROSE_WORDS}


def _post_of(box: Any) -> Any:
    """The post around ``box``: its nearest ancestor with a sibling of the same tag and class."""
    for el in box.iterancestors():
        parent, cls = el.getparent(), el.get("class") or ""
        if parent is not None and cls and any(s is not el and s.tag == el.tag and s.get("class") == cls
                                              for s in parent):
            return el
    return None


def _box_kept(box: Any, kept: str, squash: Squash) -> bool:
    """Whether half or more of the words of ``box``'s lines stand in kept lines (a post whose
    heading alone was dropped is kept; one whose sentence is only quoted in a reply is not)."""
    lines = [line for text in post_texts(box, squash) for line in text.splitlines()]
    total = sum(len(_words(line)) for line in lines)
    found = sum(len(_words(line)) for line in lines if " ".join(_words(line)) in kept)
    return total > 0 and 2 * found >= total


def _in_any(block: str, boxes: list[Any]) -> bool:
    """Whether every word of ``block`` stands in one of ``boxes`` (a table's block interleaves
    its column names with the cells, so words, not a run of them)."""
    words = set(_words(block))
    return bool(words) and any(words <= set(_words(_text(box))) for box in boxes)
