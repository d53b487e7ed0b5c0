"""A Q&A page's answers, read from its schema.org markup: a question page marks each answer
``itemprop="acceptedAnswer"`` or ``"suggestedAnswer"`` (an ``itemtype`` of ``.../Answer``)
and the answer's own words ``itemprop="text"``. trafilatura keeps one post's body (the
question's) and drops the rest as it drops comments; the answers are the page's text too.
Pure functions on an lxml tree and the extracted blocks."""

from __future__ import annotations

from typing import Any

_ANSWER_PROPS = frozenset({"acceptedanswer", "suggestedanswer"})
_BLOCK_TAGS = ("p", "li", "pre", "h2", "h3", "h4", "h5", "h6")


def answer_paragraphs(tree: Any) -> list[str]:
    """The paragraphs of every answer's text, in page order (a comment's words are not an
    answer's: a comment carries its own ``itemtype`` and no ``itemprop="text"`` of the answer)."""
    found: list[str] = []
    for answer in tree.iter():
        if not isinstance(answer.tag, str) or not _is_answer(answer):
            continue
        body = next((el for el in answer.iter() if isinstance(el.tag, str) and el.get("itemprop") == "text"), None)
        if body is None:
            continue
        blocks = [el for el in body.iter(*_BLOCK_TAGS) if not any(a.tag in _BLOCK_TAGS for a in el.iterancestors())]
        found += [" ".join(el.text_content().split()) for el in blocks or [body]]
    return [text for text in found if text]


def _is_answer(el: Any) -> bool:
    props = set((el.get("itemprop") or "").lower().split())
    return bool(props & _ANSWER_PROPS) or (el.get("itemtype") or "").rstrip("/").endswith("/Answer")


def with_answers(blocks: list[str], tree: Any) -> list[str]:
    """``blocks`` and, after them, the answers' paragraphs the extraction left out."""
    kept = " ".join(blocks)
    return [*blocks, *(text for text in answer_paragraphs(tree) if text not in kept)]
