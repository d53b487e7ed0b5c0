"""The `assistant` command end to end, with the real embedding model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.cli import main

from .conftest import CORPUS, news_records, write_jsonl

CHROME = ["LEAVE A REPLY", "Please enter your comment", "Subscribe to Merca2.0", "cookies", "Share post"]


def _json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, dict]:  # type: ignore[type-arg]
    code = main(argv)
    return code, json.loads(capsys.readouterr().out)


@pytest.mark.slow
def test_index_the_bundled_corpus_then_stats_and_search(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["index", str(CORPUS), "--store", store]) == 0
    out = capsys.readouterr().out
    assert "2 documents" in out and "added 2" in out and "tokens/s" in out
    code, stats = _json(capsys, ["stats", "--store", store, "--json"])
    assert code == 0 and stats["n_documents"] == 2
    assert stats["embedding"] == {"model": "onnx:minilm-int8", "dim": 384}
    titles = sorted(d["title"] for d in stats["documents"])
    assert titles == [
        "Here’s what Putin wants from Trump, and it’s not Ukraine’s peace",
        "What Putin really wants from Trump? The key facts about the Alaska meeting",
    ]
    from index import Index, IndexSettings

    with Index(IndexSettings(store=store)) as index:
        for chunk in index.chunks().values():
            for phrase in CHROME:
                assert phrase.lower() not in chunk.text.lower(), (phrase, chunk.text)
    code, found = _json(capsys, ["search", "Where will Trump and Putin meet?", "--store", store, "--json"])
    assert code == 0 and found["passages"][0]["rank"] == 1
    assert any("Elmendorf" in p["text"] for p in found["passages"][:3])
    assert main(["index", str(CORPUS), "--store", store]) == 0
    assert "no embedding work" in capsys.readouterr().out


@pytest.mark.slow
def test_two_thousand_document_jsonl_then_a_no_op_reindex(
    tmp_path: Path, store: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_jsonl(tmp_path / "big.jsonl", news_records(2000))
    code, report = _json(capsys, ["index", str(path), "--store", store, "--json"])
    assert code == 0 and report["documents"] == 2000 and report["added"] == 2000 and not report["problems"]
    code, report = _json(capsys, ["index", str(path), "--store", store, "--json"])
    assert code == 0 and report["unchanged"] == 2000
    assert report["embedded_chunks"] == 0 and report["added"] == report["updated"] == report["removed"] == 0
    assert main(["index", str(path), "--store", store]) == 0
    assert "no embedding work" in capsys.readouterr().out


def test_bad_inputs_are_reported_per_file_and_the_rest_is_indexed(
    tmp_path: Path, store: str, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "mixed"
    (folder / "empty").mkdir(parents=True)
    (folder / "good.txt").write_text("A perfectly good note about the harbour.", "utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02garbage\x00" * 100)
    (folder / "latin1.txt").write_bytes("Un caf\xe9 cr\xe8me co\xfbte trois euros.".encode("latin-1"))  # decoded
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    with open(folder / "huge.txt", "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    write_jsonl(folder / "lines.jsonl", [{"id": "a", "text": "Line one is fine."}, {"id": "b", "title": "no text"}])
    missing = tmp_path / "nope"
    code = main(["index", str(folder), str(missing), "--store", store, "--embedding", "fake:64"])
    out = capsys.readouterr().out
    assert code == 1, "some files failed, so the exit code says so"
    assert "3 documents" in out  # good.txt, latin1.txt and the good jsonl line
    for needle in ["binary", "PDF", "MB", "lines.jsonl:2", "text", str(missing)]:
        assert needle in out, needle


def test_nothing_indexable_exits_2(tmp_path: Path, store: str, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    assert main(["index", str(tmp_path / "empty"), "--store", store, "--embedding", "fake:64"]) == 2
    assert "no supported documents" in capsys.readouterr().out


def test_stats_on_an_empty_store_says_what_to_do(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--store", store]) == 0
    assert "assistant index" in capsys.readouterr().out


def test_search_before_indexing_is_a_clear_error(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "anything", "--store", store, "--embedding", "fake:64"]) == 2
    assert "assistant index" in capsys.readouterr().err


def test_unknown_store_spec_lists_the_valid_ones(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--store", "redis://localhost:6379"]) == 2
    assert "chroma+http://HOST:PORT" in capsys.readouterr().err


def test_help_teaches(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["index", "--help"])
    out = capsys.readouterr().out
    assert "--rebuild" in out and "examples:" in out


def test_store_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ASSISTANT_STORE", str(tmp_path / "envstore"))
    path = write_jsonl(tmp_path / "d.jsonl", news_records(3))
    assert main(["index", str(path), "--embedding", "fake:64"]) == 0
    assert (tmp_path / "envstore" / "catalog.sqlite").exists()
