"""`assistant judge FILE.jsonl` through the CLI entry point, judged by a scripted model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.judge.jsonl import JudgeRequest, LineError, parse_line

from .conftest import write_jsonl
from .scripted_llm import ScriptedLLM, unused_url
from .test_judge_llm import judge_script

SOURCE = "Officials said Trump and Putin will meet in Anchorage on 15 August. The venue is a base."
GOOD = {"id": "a", "question": "Where?", "answer": "Trump and Putin will meet in Anchorage.",
        "sources": [SOURCE]}
HALF = {"id": "b", "answer": "The venue is a base. It has 40 hangars.", "context": SOURCE}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[dict[str, object]], str]:
    code = main(["judge", *argv])
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines()], err


def test_scores_every_line_to_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [GOOD, HALF])
    with ScriptedLLM(judge_script) as llm:
        code, records, err = run(capsys, str(path), "--judge", f"llm:scripted@{llm.base_url}")
    assert code == 0
    assert [(r["id"], r["line"], r["score"], r["supported"]) for r in records] == [
        ("a", 1, 1.0, True), ("b", 2, 0.5, False)]
    claim = records[0]["claims"][0]  # type: ignore[index]
    assert set(claim) >= {"text", "supported", "score", "evidence"}
    ev = claim["evidence"]
    assert SOURCE[ev["start"]:ev["end"]] == ev["text"] and ev["source"] == 0
    assert "judged 2 line(s) with llm:scripted@" in err and "1 supported, 1 unsupported" in err
    assert "mean score 0.750" in err and "0 error(s)" in err and "records/s" in err


def test_malformed_lines_are_reported_and_the_rest_scored(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "in.jsonl"
    lines = [json.dumps(GOOD), "{not json", "", json.dumps([1, 2]), json.dumps({"id": 5, "answer": " "}),
             json.dumps({"id": 6, "answer": "x"}), json.dumps({"id": 7, "answer": "x", "sources": [1]}),
             json.dumps(HALF)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    with ScriptedLLM(judge_script) as llm:
        code, stdout, err = run(capsys, str(path), "--out", str(out), "--judge", f"llm:scripted@{llm.base_url}")
    assert code == 1 and stdout == []
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    errors = {r["line"]: r for r in records if "error" in r}
    assert sorted(errors) == [2, 4, 5, 6, 7]
    assert errors[5]["id"] == 5 and '"answer" is empty' in errors[5]["error"]
    assert 'missing "sources"' in errors[6]["error"] and "item 1 is a number" in errors[7]["error"]
    assert [r["id"] for r in records if "score" in r] == ["a", "b"]
    for n in (2, 4, 5, 6, 7):
        assert f"line {n}: " in err
    assert "judged 2 line(s)" in err and "5 error(s)" in err


def test_a_model_that_answers_garbage_fails_only_its_line(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    def script(messages: list[dict[str, str]]) -> str:
        return "no idea" if "40 hangars" in messages[0]["content"] else judge_script(messages)

    path = write_jsonl(tmp_path / "in.jsonl", [HALF, GOOD])
    with ScriptedLLM(script) as llm:
        code, records, err = run(capsys, str(path), "--judge", f"llm:scripted@{llm.base_url}")
    assert code == 1
    assert "JSON array" in records[0]["error"] and records[1]["supported"] is True  # type: ignore[operator]
    assert "line 1: judge model 'scripted'" in err


def test_missing_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    code, records, err = run(capsys, str(tmp_path / "nope.jsonl"), "--out", str(out))
    assert code == 2 and records == [] and not out.exists()
    assert "nope.jsonl does not exist" in err


def test_bad_judge_spec_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [GOOD])
    code, _, err = run(capsys, str(path), "--judge", "gpt4")
    assert code == 2 and "unknown judge 'gpt4'" in err and "llm:MODEL@URL" in err
    code, _, err = run(capsys, str(path), "--judge", "nli:/models/x")
    assert code == 2 and "unknown judge 'nli:/models/x'" in err and "corpus_assistant.judges" in err


def test_server_down_stops_the_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [GOOD])
    url = unused_url()
    code, records, err = run(capsys, str(path), "--judge", f"llm:m@{url}", "--quiet")
    assert code == 2 and records == [] and url in err


def test_unwritable_output_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [GOOD])
    with ScriptedLLM(judge_script) as llm:
        code, _, err = run(capsys, str(path), "--out", str(tmp_path / "no" / "out.jsonl"),
                           "--judge", f"llm:scripted@{llm.base_url}")
    assert code == 2 and "cannot write the output file" in err and llm.requests == []


@pytest.mark.slow
def test_offline_judge_is_the_default(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("assistant.judge.offline")
    path = write_jsonl(tmp_path / "in.jsonl", [GOOD, HALF])
    code, records, err = run(capsys, str(path))
    assert code == 0 and [r["id"] for r in records] == ["a", "b"]
    assert all(0.0 <= r["score"] <= 1.0 and r["claims"] for r in records)  # type: ignore[operator]
    assert "with offline" in err


# --- parse_line (pure) -------------------------------------------------------------------------

def test_parse_line_accepts_sources_or_context() -> None:
    assert parse_line(json.dumps(GOOD), 3) == JudgeRequest(3, "a", GOOD["answer"], (SOURCE,), "Where?")  # type: ignore[arg-type]
    req = parse_line(json.dumps({"answer": "x", "context": "c", "question": None}), 1)
    assert req == JudgeRequest(1, None, "x", ("c",), "")


@pytest.mark.parametrize("text, problem", [
    ("{oops", "not JSON"),
    ("[1]", "a JSON list instead of an object"),
    ('{"sources": ["s"]}', 'missing "answer"'),
    ('{"answer": 3, "sources": ["s"]}', '"answer" must be a string, not a number'),
    ('{"answer": "", "sources": ["s"]}', '"answer" is empty'),
    ('{"answer": "x"}', 'missing "sources" (a list of strings) or "context"'),
    ('{"answer": "x", "sources": "s"}', '"sources" must be a list of strings, not a string'),
    ('{"answer": "x", "sources": ["s", null]}', '"sources" item 2 is null'),
    ('{"answer": "x", "context": ["s"]}', '"context" must be a string, not a list'),
    ('{"answer": "x", "context": "c", "sources": ["s"]}', "not both"),
    ('{"answer": "x", "context": "c", "question": 1}', '"question" must be a string'),
])
def test_parse_line_names_the_problem(text: str, problem: str) -> None:
    result = parse_line(text, 7)
    assert isinstance(result, LineError) and result.line == 7
    assert problem in result.message
