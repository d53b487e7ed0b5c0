"""PDF text engines compared on the fidelity set: pypdf (what ingest uses), pypdfium2, pdfplumber.

    pip install pypdfium2 pdfplumber   # not dependencies of the product
    python bench/pdf_engines.py --out docs/BENCHMARKS.md

Each engine gives the pages' text; the same page-furniture, heading and date rules of
``index.extract_pdf`` then make the document, and ``bench/fidelity_score.py`` scores it against
the hand-marked PDFs of ``bench/fidelity``. Time is the median of 5 reads of all the PDFs, in one run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.fidelity_score import Extracted, load_truth, score_page  # noqa: E402
from evals.markdown import write_section  # noqa: E402
from index.dates import stated_date  # noqa: E402
from index.extract_pdf import meta_date, open_pdf, pdf_text  # noqa: E402

HEADING = "## PDF text engines"
SET = Path(__file__).resolve().parent / "fidelity"
Pages = Callable[[Path], list[str]]


def _pypdf(file: Path) -> list[str]:
    return open_pdf(file)[0]


def _pdfium(file: Path) -> list[str]:
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(file))
    return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]


def _pdfplumber(file: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(file) as doc:
        return [page.extract_text() or "" for page in doc.pages]


ENGINES: dict[str, Pages] = {"pypdf (ingest's)": _pypdf, "pypdfium2": _pdfium, "pdfplumber": _pdfplumber}


def measure(name: str, pages_of: Pages, files: list[Path]) -> list[str]:
    truths = {t.page: t for t in load_truth(SET / "truth")}
    try:
        times = []
        for _ in range(5):
            start = time.perf_counter()
            texts = [pdf_text(pages_of(f)) for f in files]
            times.append(time.perf_counter() - start)
    except ImportError:
        return [f"`{name}`", "not installed", "", "", "", ""]
    body = chrome = dates = body_n = chrome_n = dated = 0
    for file, text in zip(files, texts):
        truth = truths[file.name]
        date = stated_date(text) or meta_date(open_pdf(file)[1])
        score = score_page(truth, Extracted(text, date, "", text.split("\n")[0]))
        body, body_n = body + score.body_kept, body_n + score.body
        chrome, chrome_n = chrome + score.chrome_removed, chrome_n + score.chrome
        dates, dated = dates + score.dates_right, dated + score.dated
    return [f"`{name}`", f"{body}/{body_n}", f"{chrome}/{chrome_n}", f"{dates}/{dated}",
            f"{statistics.median(times) * 1000:.0f} ms", str(len(files))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, help="write the section into this Markdown file")
    args = ap.parse_args()
    files = sorted((SET / "pages").glob("*.pdf"))
    rows = [measure(name, fn, files) for name, fn in ENGINES.items()]
    table = ["| engine | body sentences kept | chrome lines removed | dates right | time for all PDFs | PDFs |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"] + ["| " + " | ".join(r) + " |" for r in rows]
    section = (f"{HEADING}\n\nCommand: `python bench/pdf_engines.py --out docs/BENCHMARKS.md` (after `pip install "
               "pypdfium2 pdfplumber`). Each engine's page text goes through the same furniture, heading and date "
               "rules (`index/extract_pdf.py`); time is the median of 5 reads of the set's PDFs in one run.\n\n"
               + "\n".join(table) + "\n\nIngest keeps pypdf: on this set the engines tie on what a reader keeps, and "
               "pypdf is already a dependency that also reads the metadata and locked files. A faster engine is "
               "worth adding only where PDF reading is a measurable share of ingest time (embedding dominates).\n")
    print(section)
    if args.out:
        write_section(args.out, HEADING, section)


if __name__ == "__main__":
    main()
