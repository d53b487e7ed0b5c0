"""Briefings: questions files, footnote numbering and sources (pure), then a five-question
briefing of the bundled corpus in Markdown, HTML and Word, the Word file rendered to PDF by
LibreOffice and to PNG by pdftoppm."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from assistant.answer import Answer, Citation, Claim
from assistant.brief_render import to_html, to_markdown
from assistant.briefing import NOT_ANSWERED, BriefItem, build_briefing, claim_span, load_questions
from assistant.cli import main
from assistant.errors import BriefingError
from assistant.settings import load_settings
from index import Index

from .conftest import CORPUS

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


def _cite(n: int, doc: str, quote: str, start: int = 100, url: str = "") -> Citation:
    return Citation(n, doc, f"Title {doc}", f"/docs/{doc}.txt", url, f"{doc}-c", start, start + len(quote), quote,
                    0.9, "2025-08-14")


def _answer(question: str, claims: list[tuple[str, list[int]]], citations: list[Citation]) -> Answer:
    text = " ".join(f"{t} [{', '.join(map(str, ns))}]" for t, ns in claims)
    return Answer(question, question, text, False, citations, [Claim(t, ns, True, 1.0) for t, ns in claims])


ANSWERS = [
    _answer("Where?", [("They meet in Anchorage.", [1]), ("It is a base.", [2])],
            [_cite(1, "a", "They meet in Anchorage. Crowds wait."), _cite(2, "b", "It is a base.", url="https://www.news.example/x")]),
    Answer("Why France?", "Why France?", "The documents do not answer this question.", True,
           [_cite(1, "c", "closest passage")], []),
    _answer("When?", [("It was sold in 1867.", [1])], [_cite(1, "a", "It was sold in 1867.", start=400)]),
]
ITEMS = [BriefItem("Where?", "Meeting"), BriefItem("Why France?", "Meeting", note="asked by the desk"),
         BriefItem("When?", "History")]


def test_footnotes_are_numbered_through_the_briefing_and_sources_listed_once() -> None:
    b = build_briefing("T", ITEMS, ANSWERS, "made")
    assert [f.n for f in b.footnotes] == [1, 2, 3]
    assert [(s.number, s.doc_id) for s in b.sources] == [(1, "a"), (2, "b")]  # "c" cited only by an abstention
    assert b.sources[1].outlet == "news.example" and b.sources[0].location == "/docs/a.txt"
    assert b.footnotes[0].quote == "They meet in Anchorage."  # the claim's own span, not the whole quote
    assert (b.footnotes[0].start, b.footnotes[0].end) == (100, 123)
    assert b.footnotes[2].source == 1 and b.footnotes[2].start == 400
    assert not b.entries[1].answered and b.entries[1].segments[0].text == NOT_ANSWERED
    assert [s.footnotes for s in b.entries[0].segments] == [(1,), (2,)]


def test_claim_span_finds_the_claim_or_falls_back_to_the_quote() -> None:
    assert claim_span("b  c", "a b c d") == (2, 5)
    assert claim_span("x", "a b") == (0, 3)


def test_markdown_has_real_footnotes_and_sections() -> None:
    md = to_markdown(build_briefing("Alaska", ITEMS, ANSWERS, "Made today."))
    assert md.startswith("# Alaska\n\n_Made today._") and "## Meeting" in md and "### Where?" in md
    assert "They meet in Anchorage.[^1] It is a base.[^2]" in md
    assert f"**{NOT_ANSWERED}**" in md and "> asked by the desk" in md
    _check_footnotes_resolve(*_md_footnotes(md))
    assert "1. Title a. 2025-08-14. /docs/a.txt" in md
    assert "2. Title b. news.example, 2025-08-14. https://www.news.example/x" in md


def test_html_is_self_contained_and_its_notes_link_both_ways() -> None:
    page = to_html(build_briefing("<Alaska>", ITEMS, ANSWERS, "made"))
    assert "<title>&lt;Alaska&gt;</title>" in page and "<script" not in page
    _check_footnotes_resolve(*_html_footnotes(page))


def test_questions_files(tmp_path: Path) -> None:
    txt = tmp_path / "q.txt"
    txt.write_text("# comment\n## Meeting\nWhere?\n\nWho?\n## Stakes\nWhy?\n", encoding="utf-8")
    assert load_questions(txt) == ("", [BriefItem("Where?", "Meeting"), BriefItem("Who?", "Meeting"),
                                        BriefItem("Why?", "Stakes")])
    yml = tmp_path / "q.yaml"
    yml.write_text("title: Alaska\nquestions:\n  - Where?\nsections:\n  - heading: Stakes\n    questions:\n"
                   "      - question: Why?\n        note: for the desk\n", encoding="utf-8")
    assert load_questions(yml) == ("Alaska", [BriefItem("Where?"), BriefItem("Why?", "Stakes", "for the desk")])
    for text, message in [("", "holds no questions"), ("questions: [1]", "is a string"),
                          ("sections: [{questions: [a]}]", "needs a \"heading\""), ("a: [", "not valid YAML")]:
        yml.write_text(text, encoding="utf-8")
        with pytest.raises(BriefingError, match=message):
            load_questions(yml)
    with pytest.raises(BriefingError, match="no questions file"):
        load_questions(tmp_path / "missing.txt")


# -- footnote extraction per format -------------------------------------------------------


def _md_footnotes(md: str) -> tuple[set[int], dict[int, str], set[int]]:
    defs = re.findall(r"^\[\^(\d+)\]: “(.*)” — source (\d+):", md, re.M)
    definitions = {int(n): q for n, q, _ in defs}
    sources = {int(s) for *_, s in defs}
    listed = {int(n) for n in re.findall(r"^(\d+)\. ", md, re.M)}
    refs = {int(n) for n in re.findall(r"\[\^(\d+)\](?!:)", md)}
    assert sources <= listed, "every footnote names a listed source"
    return refs, definitions, listed


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.quotes: dict[int, str] = {}
        self._note: int | None = None
        self._in_q = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(str(a["id"]))
            if str(a["id"]).startswith("fn-"):
                self._note = int(str(a["id"])[3:])
        if tag == "a" and a.get("href", "").startswith("#"):  # type: ignore[union-attr]
            self.hrefs.append(str(a["href"])[1:])
        self._in_q = tag == "q"

    def handle_data(self, data: str) -> None:
        if self._in_q and self._note is not None:
            self.quotes[self._note] = data
            self._in_q = False


def _html_footnotes(page: str) -> tuple[set[int], dict[int, str], set[int]]:
    p = _Links()
    p.feed(page)
    assert all(h in p.ids for h in p.hrefs), "every in-page link has a target"
    refs = {int(h[3:]) for h in p.hrefs if h.startswith("fn-")}
    listed = {int(i[4:]) for i in p.ids if i.startswith("src-")}
    assert {int(h[4:]) for h in p.hrefs if h.startswith("src-")} <= listed
    return refs, {n: q for n, q in p.quotes.items()}, listed


def _docx_footnotes(path: Path) -> tuple[set[int], dict[int, str], set[int]]:
    with zipfile.ZipFile(path) as z:
        body = z.read("word/document.xml").decode("utf-8")
        notes = z.read("word/footnotes.xml").decode("utf-8")
        assert "footnotes.xml" in z.read("word/_rels/document.xml.rels").decode("utf-8")
        assert "footnotes+xml" in z.read("[Content_Types].xml").decode("utf-8")
    refs = {int(n) for n in re.findall(r'<w:footnoteReference w:id="(\d+)"/>', body)}
    quotes = {int(n): q for n, q in re.findall(r'<w:footnote w:id="(\d+)">.*?“(.*?)” — source \d+:', notes)}
    listed = {int(n) for n in re.findall(r"<w:t>(\d+)\. ", body)}
    sources = {int(s) for s in re.findall(r"” — source (\d+):", notes)}
    assert sources <= listed
    return refs, {n: _xml_unescape(q) for n, q in quotes.items()}, listed


def _xml_unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")


def _check_footnotes_resolve(refs: set[int], quotes: dict[int, str], listed: set[int]) -> None:
    assert refs and refs == set(quotes), "every marker has its note and every note its marker"
    assert listed, "there is a sources list"


# -- the bundled corpus, end to end -----------------------------------------------------------

QUESTIONS = """\
## The meeting
Where will Trump and Putin meet?
Which Russian officials are in the delegation?
## The stakes
What does Putin want from the summit?
What has Trump threatened if Putin does not end the war?
What is the capital of France?
"""


@pytest.mark.slow
def test_a_five_question_briefing_in_three_formats(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    with Index(load_settings(store=store).index) as index:
        index.ingest([str(CORPUS)])
        texts = {doc_id: index.document_text(doc_id) for doc_id in index.documents()}
    questions = tmp_path / "questions.txt"
    questions.write_text(QUESTIONS, encoding="utf-8")
    outs = {fmt: tmp_path / f"briefing.{fmt}" for fmt in ("md", "html", "docx")}
    for path in outs.values():
        assert main(["brief", str(questions), "--store", store, "--title", "Alaska summit", "--out", str(path),
                     "--quiet"]) == 0
    md = outs["md"].read_text(encoding="utf-8")
    assert md.count(NOT_ANSWERED) == 1 and "## The meeting" in md and "Alaska summit" in md
    assert any(w in md.split("## The meeting")[1].split("###")[1] for w in ("Alaska", "Anchorage"))
    found = [_md_footnotes(md), _html_footnotes(outs["html"].read_text(encoding="utf-8")),
             _docx_footnotes(outs["docx"])]
    for refs, quotes, listed in found:
        _check_footnotes_resolve(refs, quotes, listed)
        assert listed == {1, 2}
        for q in quotes.values():  # every quote is a verbatim span of a real document
            assert any(" ".join(q.split()) in " ".join(t.split()) for t in texts.values() if t), q
    assert found[0][1] == found[1][1] == found[2][1], "the three formats carry the same notes"
    _render_docx(outs["docx"], tmp_path, next(iter(found[2][1].values())))


def _render_docx(docx: Path, tmp_path: Path, a_quote: str) -> None:
    """LibreOffice (headless) to PDF, pdftoppm to PNG; the notes are set as footnotes."""
    for tool in ("soffice", "pdftoppm", "pdftotext"):
        assert shutil.which(tool), f"{tool} is missing: run `make test`, which installs LibreOffice and poppler"
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(docx)], check=True, timeout=180, capture_output=True)
    pdf = tmp_path / "briefing.pdf"
    assert pdf.exists()
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(tmp_path / "page")], check=True, timeout=60)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert pages, "pdftoppm rendered no page"
    from PIL import Image

    with Image.open(pages[0]) as im:
        lo, hi = im.convert("L").getextrema()
    assert hi - lo > 100, "the first page is not blank"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    first_page = text.split("\f")[0]
    assert "Alaska summit" in first_page
    words = " ".join(a_quote.split()[:6])
    assert words in " ".join(first_page.split()), "the first footnote is set on the first page"
    ARTIFACTS.mkdir(exist_ok=True)
    for page in pages:
        shutil.copy(page, ARTIFACTS / f"briefing-{page.name}")
