"""`assistant eval` end to end: the bundled suite on the bundled corpus with the real models,
a degraded run compared with it, a faithfulness gate, and the HTML report in Chromium."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from assistant.cli import main

from .conftest import CORPUS, ROOT, write_jsonl
from .scripted_llm import ScriptedLLM

pytestmark = pytest.mark.slow

SEED = ROOT / "evals" / "suites" / "seed.jsonl"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("eval") / "store")
    assert main(["index", str(CORPUS), "--store", path, "--quiet"]) == 0
    return path


@pytest.fixture(scope="module")
def seed_report(store: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seed-report")
    assert main(["eval", str(SEED), "--store", store, "--report", str(out), "--quiet"]) == 0
    return out


def _load(folder: Path) -> dict:  # type: ignore[type-arg]
    return json.loads((folder / "report.json").read_text(encoding="utf-8"))


def test_the_seed_suite_writes_both_reports(seed_report: Path) -> None:
    report = _load(seed_report)
    n_lines = sum(1 for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip())
    assert len(report["records"]) == n_lines == report["counts"]["questions"]
    assert report["counts"]["errors"] == 0
    agg = report["aggregates"]
    for name in ("faithfulness", "citation_precision", "citation_recall", "recall@5", "mrr@10", "ndcg@10",
                 "token_f1", "fact_recall", "abstention_accuracy", "latency_p50_ms", "latency_p95_ms"):
        assert isinstance(agg[name], float), name
    assert agg["recall@5"] >= 0.9  # two documents: the right one is always in the top five
    answered = [r for r in report["records"] if not r["answer"]["abstained"]]
    for record in answered:  # every citation points at a passage the report carries
        for c in record["answer"]["citations"]:
            passage = record["passages"][c["chunk_id"]]
            assert passage["text"][c["start"] - passage["start"]:c["end"] - passage["start"]] == c["quote"]
    html = (seed_report / "report.html").read_text(encoding="utf-8")
    assert html.count('class="question') >= n_lines and "<svg" in html
    assert not re.search(r"""(src|href)=["']https?://(?!example)""", html.split("<details")[0])


def test_a_tiny_top_k_scores_worse_and_compare_lists_the_regressions(
        store: str, seed_report: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    out = tmp_path / "k1"
    main(["eval", str(SEED), "--store", store, "--k", "1", "--report", str(out), "--compare", str(seed_report),
          "--quiet"])
    printed = capsys.readouterr().out
    old, new = _load(seed_report), _load(out)
    assert new["aggregates"]["context_recall"] < old["aggregates"]["context_recall"] - 0.15
    assert new["aggregates"]["fact_recall"] < old["aggregates"]["fact_recall"]
    regressions = new["comparison"]["regressions"]
    assert len(regressions) >= 5 and "regression(s):" in printed
    assert any(r["metric"] == "context_recall" for r in regressions)
    for r in regressions:
        assert f"{r['id']}: {r['metric']}" in printed
    html = (out / "report.html").read_text(encoding="utf-8")
    assert all(r["id"] in html for r in regressions)


def inventive_model(messages: list[dict[str, str]]) -> str:
    """Quotes the passage that names the base, then adds a claim no source makes."""
    user = messages[-1]["content"]
    found = re.search(r"\[(\d+)\][^\[]*Elmendorf-Richardson", user)
    n = found.group(1) if found else "1"
    return (f"The Kremlin confirmed that the meeting will take place at the Joint Base Elmendorf-Richardson "
            f"in Anchorage [{n}]. The summit will be broadcast live from the Moon by NASA [{n}].")


def test_fail_under_faithfulness_catches_an_unsupported_claim(store: str, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    suite = write_jsonl(tmp_path / "suite.jsonl", [
        {"id": "where", "question": "Where will Trump and Putin meet?", "facts": ["Elmendorf-Richardson"],
         "sources": ["key facts about the Alaska meeting"]},
    ])
    with ScriptedLLM(inventive_model) as llm:
        common = ["eval", str(suite), "--store", store, "--generator", f"openai:scripted@{llm.base_url}",
                  "--fail-under", "faithfulness=0.99", "--quiet"]
        drafted = main([*common, "--keep-unsupported", "--report", str(tmp_path / "drafted")])
        err = capsys.readouterr().err
        verified = main(common)
    assert drafted == 1 and "FAILED: faithfulness is 0.5, under the bound 0.99" in err
    record = _load(tmp_path / "drafted")["records"][0]
    assert [c["supported"] for c in record["judged_claims"]] == [True, False]
    assert verified == 0, "verification removes the invented claim, so the verified answer passes"


def test_eval_input_errors_are_clear(store: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(tmp_path / "nope.jsonl"), "--store", store]) == 2
    assert "no eval suite" in capsys.readouterr().err
    assert main(["eval", str(SEED), "--store", store, "--fail-under", "faithfulnes=1"]) == 2
    assert "METRIC one of" in capsys.readouterr().err
    assert main(["eval", str(SEED), "--store", store, "--compare", str(tmp_path)]) == 2
    assert "no report at" in capsys.readouterr().err
    empty = str(tmp_path / "empty-store")
    assert main(["eval", str(SEED), "--store", empty]) == 2
    assert "assistant index" in capsys.readouterr().err


def test_the_seed_report_renders_in_chromium(seed_report: Path, tmp_path: Path) -> None:
    from evals.report_html import anchor_id

    from .browser import chromium_page, console_errors

    report = _load(seed_report)
    answered = next(r for r in report["records"] if r["answer"] and not r["answer"]["abstained"])
    anchor = anchor_id(answered["id"])
    ARTIFACTS.mkdir(exist_ok=True)
    with chromium_page() as page:
        errors = console_errors(page)
        page.goto((seed_report / "report.html").as_uri())
        charts = page.locator("svg.chart")
        assert charts.count() >= 4
        for i in range(charts.count()):
            box = charts.nth(i).bounding_box()
            assert box and box["width"] > 100 and box["height"] > 100
        assert page.locator("svg.chart rect.cell").count() >= len(report["records"])
        page.screenshot(path=ARTIFACTS / "eval_seed_report.png", full_page=False)
        page.locator(f'a.hm-row[href="#{anchor}"]').click()  # the heat map row opens the drill-down
        assert page.locator(f"#{anchor}").get_attribute("open") is not None
        mark = page.locator(f"#{anchor} mark").first
        assert mark.is_visible() and mark.inner_text().strip()
        assert page.locator(f"#{anchor} li.supported").count() >= 1
        page.locator(f"#{anchor}").screenshot(path=ARTIFACTS / "eval_seed_drilldown.png")
        page.screenshot(path=tmp_path / "drilldown.png")
    assert errors == []


def test_a_reports_section_script_writes_its_section_from_the_reports(tmp_path: Path) -> None:
    from evals.compare import write_reports_section

    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "report.json").write_text(json.dumps({"records": [], "name": name}), encoding="utf-8")
    out = tmp_path / "EVALUATION.md"

    def section(reports: list[dict[str, Any]], command: str) -> str:
        return f"## Figures\n\n{command}: {' '.join(r['name'] for r in reports)}\n"

    write_reports_section("doc", "## Figures", section, "report folders", "make eval",
                          [str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(out)])
    assert out.read_text(encoding="utf-8") == "# Evaluation\n\n## Figures\n\nmake eval: a b\n"
