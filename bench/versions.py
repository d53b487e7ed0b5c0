"""What upload versions cost a search: the version lookup of each search's candidate documents.

    python bench/versions.py --docs 300 --versioned 50 --out docs/BENCHMARKS.md

Indexes the first ``--docs`` CNN/DailyMail articles of HaluEval as one text file each (the
default embedding model), then times 100 searches (k=5; the first sentence of sampled articles)
two ways in alternation, in one process: as shipped, and with the version lookup stubbed out
(what a search cost before versions). Then ``--versioned`` of the files get a second version
(their text with a sentence added), recorded as the web app records an upload, and both are timed
again; there every search also has superseded versions to leave out.
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.news import news_documents  # noqa: E402
from bench.query import first_sentence  # noqa: E402
from evals.markdown import write_section  # noqa: E402
from index import Index, IndexSettings  # noqa: E402
from index.catalog import Catalog  # noqa: E402

HEADING = "## Upload versions: cost per search"
N_QUESTIONS, ROUNDS, SEED = 100, 5, 20240601


def _index_files(index: Index, folder: Path, docs: int) -> list[Path]:
    folder.mkdir(parents=True)
    files = []
    for n, record in enumerate(news_documents(docs)):
        path = folder / f"{n:05d}.txt"
        path.write_text(record["text"], encoding="utf-8")
        files.append(path)
    index.ingest([str(folder)])
    return files


def _add_versions(index: Index, files: list[Path], folder: Path) -> None:
    """A second version of each file, recorded before it is indexed (as ``assistant.web.versioning``)."""
    new = []
    for path in files:
        index.record_file_version(path.name, 1, path, "v1")
        v2 = folder / "v2" / path.name
        v2.parent.mkdir(parents=True, exist_ok=True)
        v2.write_text(path.read_text(encoding="utf-8") + "\n\nThis article was corrected.", encoding="utf-8")
        index.record_file_version(path.name, 2, v2, "v2")
        new.append(str(v2))
    index.ingest(new)


def _p50_ms(search: Callable[[str], object], queries: list[str]) -> float:
    times = []
    for q in queries:
        started = time.perf_counter()
        search(q)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _compare(index: Index, queries: list[str]) -> tuple[float, float]:
    """p50 ms with the version lookup and without it, alternating rounds to share the machine's noise."""
    shipped = Catalog.doc_versions
    with_v, without = [], []
    for _ in range(ROUNDS):
        with_v.append(_p50_ms(lambda q: index.search(q, k=5), queries))
        Catalog.doc_versions = lambda self, gid, doc_ids=None: {}  # type: ignore[method-assign]
        try:
            without.append(_p50_ms(lambda q: index.search(q, k=5), queries))
        finally:
            Catalog.doc_versions = shipped  # type: ignore[method-assign]
    return statistics.median(with_v), statistics.median(without)


def run(docs: int, versioned: int) -> str:
    with tempfile.TemporaryDirectory() as tmp, Index(IndexSettings(store=str(Path(tmp) / "store"))) as index:
        files = _index_files(index, Path(tmp) / "docs", docs)
        texts = [f.read_text(encoding="utf-8") for f in files]
        queries = [first_sentence(t) for t in random.Random(SEED).sample(texts, min(N_QUESTIONS, len(texts)))]
        index.search(queries[0], k=5)  # warm the model and the caches
        before = _compare(index, queries)
        _add_versions(index, files[:versioned], Path(tmp))
        after = _compare(index, queries)
    rows = [("no versions", *before), (f"{versioned} of {docs} files at version 2", *after)]
    table = "\n".join(f"| {name} | {w:.2f} | {wo:.2f} | {w / wo:.3f} |" for name, w, wo in rows)
    return (f"{HEADING}\n\nCommand: `python bench/versions.py --docs {docs} --versioned {versioned}` "
            f"({time.strftime('%Y-%m-%d')}, {platform.machine()}, 2 cores shared with other work). Search p50 "
            f"over {len(queries)} queries, k=5, median of {ROUNDS} alternating rounds, both ways in one process.\n\n"
            "| index | p50 ms, with version lookup | p50 ms, lookup stubbed | ratio |\n| --- | --- | --- | --- |\n"
            f"{table}\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--versioned", type=int, default=50)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    section = run(args.docs, args.versioned)
    print(section)
    if args.out:
        write_section(args.out, HEADING, section)


if __name__ == "__main__":
    main()
