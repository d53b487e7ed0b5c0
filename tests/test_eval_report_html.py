from __future__ import annotations

import copy
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from evals.compare import compare
from evals.report_html import anchor_id, locate_quote, render_html

FIXTURES = Path(__file__).parent / "fixtures"
ARTIFACTS = Path(__file__).parent / "artifacts"
SCRIPT = "<script>alert(1)</script>"


class Tags(HTMLParser):
    """Every start tag of a page with its attributes, and every id, for structural assertions."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def ids(self) -> set[str]:
        return {a["id"] for _, a in self.tags if "id" in a}

    def find(self, tag: str, **attrs: str) -> list[dict[str, str]]:
        """Tags with these attribute values; ``class_`` means class, ``data_x`` means data-x."""
        wanted = {k.rstrip("_").replace("_", "-"): v for k, v in attrs.items()}
        return [a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in wanted.items())]


@pytest.fixture
def report() -> dict[str, Any]:
    return json.loads((FIXTURES / "eval_report.json").read_text(encoding="utf-8"))


@pytest.fixture
def comparison(report: dict[str, Any]) -> dict[str, Any]:
    old = json.loads((FIXTURES / "eval_report_old.json").read_text(encoding="utf-8"))
    return compare(report, old, "out-old/report.json")


def test_untrusted_text_is_escaped(report: dict[str, Any]) -> None:
    page = render_html(report)
    assert any(SCRIPT in r["question"] for r in report["records"])
    assert SCRIPT not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.count("<script") == 1  # only the page's own filter script
    assert "err-06 &lt;b&gt;" in page and "err-06 <b>" not in page


def test_every_record_has_a_drilldown(report: dict[str, Any]) -> None:
    tags = Tags(render_html(report))
    details = tags.find("details", class_="question")
    assert [d["id"] for d in details] == [anchor_id(r["id"]) for r in report["records"]]
    assert all(re.fullmatch(r"q-[A-Za-z0-9_-]+", d["id"]) for d in details)


def test_every_citation_marker_links_to_its_citation(report: dict[str, Any]) -> None:
    tags = Tags(render_html(report))
    ids, hrefs = tags.ids(), {a["href"] for a in tags.find("a", class_="cite")}
    checked = 0
    for record in report["records"]:
        for n in re.findall(r"\[(\d+)\]", (record["answer"] or {}).get("answer", "")):
            target = f"{anchor_id(record['id'])}-c{n}"
            assert f"#{target}" in hrefs and target in ids
            checked += 1
    assert checked == 5


def test_cited_quote_is_highlighted_even_when_its_offset_is_stale(report: dict[str, Any]) -> None:
    page = render_html(report)
    assert "<mark>will meet at Joint Base Elmendorf-Richardson, the largest military installation" in page
    assert "<mark>no such invitation had been discussed</mark>" in page  # this citation's offset is off by 7


def test_claims_are_marked_supported_or_not(report: dict[str, Any]) -> None:
    tags = Tags(render_html(report))
    assert len(tags.find("li", class_="unsupported")) == 1
    assert len(tags.find("li", class_="supported")) == 4


def test_comparison_lists_regressions_and_links_them(report: dict[str, Any], comparison: dict[str, Any]) -> None:
    page = render_html(report, comparison)
    section = page[page.index('id="comparison"'):page.index('id="questions"')]
    assert comparison["regressions"]
    for reg in comparison["regressions"]:
        assert f'href="#{anchor_id(reg["id"])}"' in section
    regressed = {anchor_id(r["id"]) for r in comparison["regressions"]}
    flagged = {d["id"] for d in Tags(page).find("details", data_regressed="1")}
    assert flagged == regressed


def test_no_regressions_is_said_plainly(report: dict[str, Any], comparison: dict[str, Any]) -> None:
    page = render_html(report, {**comparison, "regressions": []})
    assert "No regressions" in page
    assert "Compared with baseline" not in render_html(report)


def test_nothing_loads_from_outside(report: dict[str, Any], comparison: dict[str, Any]) -> None:
    page = render_html(report, comparison)
    for tag, attrs in Tags(page).tags:
        assert not re.match(r"(https?:)?//", attrs.get("src", ""))
        if re.match(r"(https?:)?//", attrs.get("href", "")):
            assert tag == "a" and "noopener" in attrs.get("rel", "")
    assert "@import" not in page and "url(" not in page
    assert len(Tags(page).find("a", rel="noopener noreferrer")) == 3  # the citations with a url


def test_only_web_urls_become_links(report: dict[str, Any]) -> None:
    report["records"][0]["answer"]["citations"][0]["url"] = "javascript:alert(2)"
    page = render_html(report)
    assert 'href="javascript:' not in page and "javascript:alert(2)" in page


def test_null_aggregates_render_na(report: dict[str, Any]) -> None:
    report = copy.deepcopy(report)
    report["aggregates"] |= {"faithfulness": None, "latency_p95_ms": None}
    report["counts"]["faithfulness"] = 0
    page = render_html(report)
    assert re.search(r"Faithfulness</div><div class=\"card-value\">n/a</div>", page)
    assert re.search(r"Latency p95</div><div class=\"card-value\">n/a</div>", page)


def test_empty_report_still_renders() -> None:
    page = render_html({"records": [], "aggregates": {}, "counts": {}})
    assert "Evaluation report" in page and "0 of 0 shown" in page


def test_anchor_ids_are_safe_and_distinct() -> None:
    assert anchor_id("fact-01") == "q-fact-01"
    odd = [anchor_id(x) for x in ("a b", "a_b", "a/b", 'x"><script>', "")]
    assert len(set(odd)) == len(odd)
    assert all(re.fullmatch(r"q-[A-Za-z0-9_-]+", a) for a in odd)


def test_locate_quote_falls_back_to_search() -> None:
    text = "alpha beta gamma"
    assert locate_quote(text, "beta", 6) == 6
    assert locate_quote(text, "beta", 2) == 6
    assert locate_quote(text, "delta", 6) == -1
    assert locate_quote(text, "", 0) == -1


def test_quote_missing_from_passage_is_shown_apart(report: dict[str, Any]) -> None:
    report["records"][0]["answer"]["citations"][0]["quote"] = "a sentence the passage lacks"
    page = render_html(report)
    assert '<blockquote class="quote">a sentence the passage lacks</blockquote>' in page


def _failing_ids(report: dict[str, Any]) -> set[str]:
    keys = ("hit@5", "recall@5", "faithfulness", "citation_precision", "citation_recall",
            "fact_recall", "abstention_ok")  # not token F1: below 1 is the norm for quoted answers
    return {r["id"] for r in report["records"]
            if r["error"] or any(r["metrics"].get(k) is not None and r["metrics"][k] < 1 for k in keys)}


@pytest.mark.slow
def test_report_in_a_real_browser(report: dict[str, Any], comparison: dict[str, Any], tmp_path: Path) -> None:
    from tests.browser import chromium_page, console_errors, has_horizontal_overflow

    path = tmp_path / "report.html"
    path.write_text(render_html(report, comparison), encoding="utf-8")
    ARTIFACTS.mkdir(exist_ok=True)
    with chromium_page() as page:
        errors = console_errors(page)
        page.goto(path.as_uri())
        _check_charts(page, report)
        assert not has_horizontal_overflow(page)
        page.screenshot(path=ARTIFACTS / "eval_report.png", full_page=True)
        page.screenshot(path=tmp_path / "eval_report.png", full_page=True)
        _check_drilldown(page, "when-02")
        _check_filter(page, report)
        page.click("[data-filter=all]")
        page.click("#expand")
        page.screenshot(path=ARTIFACTS / "eval_report_expanded.png", full_page=True)
        page.screenshot(path=tmp_path / "eval_report_expanded.png", full_page=True)
        page.set_viewport_size({"width": 390, "height": 844})
        assert not has_horizontal_overflow(page)
        page.screenshot(path=ARTIFACTS / "eval_report_mobile.png", full_page=True)
    assert errors == []


def _check_charts(page: Any, report: dict[str, Any]) -> None:
    charts = page.locator("svg.chart")
    assert charts.count() == 5
    for i in range(charts.count()):
        box = charts.nth(i).bounding_box()
        assert box and box["width"] > 100 and box["height"] > 100
    non_null = [v for k, v in report["aggregates"].items() if v is not None and not k.endswith("_ms")]
    assert page.locator("svg.chart rect.bar").count() == len(non_null)
    assert page.locator("svg.chart rect.cell").count() == 8 * len(report["records"])
    assert page.locator("svg.chart rect.hbar").count() == 30


def _check_drilldown(page: Any, question_id: str) -> None:
    anchor = anchor_id(question_id)
    assert page.locator(f"#{anchor}").get_attribute("open") is None
    page.locator(f'a.hm-row[href="#{anchor}"]').click()
    assert page.locator(f"#{anchor}").get_attribute("open") is not None
    mark = page.locator(f"#{anchor} mark").first
    assert mark.is_visible()
    box = mark.bounding_box()
    assert box and box["width"] > 20


def _check_filter(page: Any, report: dict[str, Any]) -> None:
    failing, total = len(_failing_ids(report)), len(report["records"])
    assert 0 < failing < total
    page.click("[data-filter=failing]")
    assert page.locator("details.question:visible").count() == failing
    assert page.locator("details.question[hidden]").count() == total - failing
    assert page.inner_text("#shown") == f"{failing} of {total} shown"
    page.click("[data-filter=abstained]")
    assert page.locator("details.question:visible").count() == 2


def test_headline_puts_correctness_beside_faithfulness_coloured_by_the_worse(report: dict[str, Any]) -> None:
    faithful_but_wrong = copy.deepcopy(report)
    faithful_but_wrong["aggregates"].update({"faithfulness": 1.0, "answered_correctly": 0.5})
    html = render_html(faithful_but_wrong)
    assert re.search(r'class="card headline bad"[^>]*>.*?50% · 100%', html, re.S)
    both_good = copy.deepcopy(report)
    both_good["aggregates"].update({"faithfulness": 0.95, "answered_correctly": 0.92})
    assert 'class="card headline good"' in render_html(both_good)
