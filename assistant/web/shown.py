"""What the web shows of where things are: a document's name or URL, never the server's paths.

The index keeps each document's absolute path (the CLI prints it, and ingest needs it); a web
client has no use for the server's folders, and they tell an attacker the user name and layout.
So everything the web app sends (answers, passages, the document list, briefings) passes through
here: a file is shown by its name (with a JSONL record's ``#key``), a URL as it is, and the
store by its folder's name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from index.retrieval import Passage

from ..answer import Answer, Citation
from ..core import AskEvent

__all__ = ["hide_folders", "shown_answer", "shown_event", "shown_passage", "shown_source", "shown_stats",
           "shown_store"]

_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def shown_source(source: str) -> str:
    """``/home/me/news/a.html`` -> ``a.html``; ``/data/x.jsonl#r7`` -> ``x.jsonl#r7``; URLs unchanged."""
    if not source or _URL.match(source):
        return source
    file, hash_, key = source.partition("#")
    name = PureWindowsPath(file).name if "\\" in file else PurePosixPath(file).name
    return (name or file) + hash_ + key


def shown_store(location: str) -> str:
    """A Chroma server's address or "memory" as they are; a folder by its name only."""
    if not location or location == "memory" or _URL.match(location) or location.startswith("chroma+"):
        return location
    return shown_source(location.rstrip("/\\")) or "store"


def shown_citation(c: Citation) -> Citation:
    return replace(c, source=shown_source(c.source))


def shown_passage(p: Passage) -> Passage:
    return replace(p, source=shown_source(p.source))


def shown_answer(answer: Answer) -> Answer:
    return replace(answer, citations=[shown_citation(c) for c in answer.citations],
                   passages=[shown_passage(p) for p in answer.passages])


def shown_event(event: AskEvent) -> AskEvent:
    return replace(event, citation=event.citation and shown_citation(event.citation),
                   answer=event.answer and shown_answer(event.answer))


def shown_stats(stats: dict[str, Any]) -> dict[str, Any]:
    """``Index.stats()`` with the store and every document's source shown as above."""
    docs = [{**d, "source": shown_source(d.get("source", ""))} for d in stats.get("documents", [])]
    return {**stats, "store": shown_store(stats.get("store", "")), "documents": docs}


def hide_folders(text: str, folders: Iterable[Path]) -> str:
    """``text`` (an error message, an upload's problems) with these folders left out of the paths
    in it: "/srv/me/uploads/a.pdf: no text" -> "a.pdf: no text", "/srv/me/store" -> "store"."""
    forms = {str(f) for folder in folders for f in (folder, folder.resolve())}
    for form in sorted(forms, key=len, reverse=True):  # the deepest first: uploads before its home
        if len(form) > 1:
            text = text.replace(form + "/", "").replace(form, PurePosixPath(form).name or form)
    return text
