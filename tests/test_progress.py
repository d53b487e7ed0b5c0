"""Progress shows everywhere: a bar on a terminal, plain lines in a log or a pipe."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from assistant.progress import ProgressBar

from .conftest import PYTHON, news_records, write_jsonl


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _plain(clock: Clock) -> tuple[ProgressBar, io.StringIO]:
    out = io.StringIO()  # not a terminal
    return ProgressBar(stream=out, interval=5.0, clock=clock), out


def test_plain_lines_at_each_tenth_every_few_seconds_and_at_the_end() -> None:
    clock = Clock()
    bar, out = _plain(clock)
    bar.update("loading", 0, 2)
    bar.update("loading", 2, 2)
    bar.update("documents", 0, 400)
    bar.update("embedding", 0, 3210)
    for chunks in range(32, 3210, 32):  # a tenth about every ten calls; a document every eight chunks
        bar.update("embedding", chunks, 3210)
        bar.update("documents", chunks // 8, 400)
    clock.now += 6  # a slow stretch: one line after the interval even without a new tenth
    bar.update("documents", 399, 400)
    bar.update("embedding", 3210, 3210)
    bar.update("documents", 400, 400)
    lines = out.getvalue().splitlines()
    assert lines[:3] == ["loading: 0/2 files read", "loading: 2/2 files read",
                         "indexing: 0/400 documents, 0/3,210 chunks embedded"]
    assert lines[3] == "indexing: 40/400 documents, 352/3,210 chunks embedded"  # the first tenth
    assert lines[-2:] == ["indexing: 399/400 documents, 3,200/3,210 chunks embedded",
                          "indexing: 400/400 documents, 3,210/3,210 chunks embedded"]
    assert len(lines) == 3 + 9 + 2


def test_quiet_prints_nothing_and_other_work_keeps_its_unit() -> None:
    out = io.StringIO()
    ProgressBar(disable=True, stream=out).update("embedding", 5, 10)
    assert out.getvalue() == ""
    bar = ProgressBar(unit="questions", stream=out)
    bar.update("questions", 0, 3)
    bar.update("questions", 3, 3)
    assert out.getvalue().splitlines() == ["questions: 0/3 questions", "questions: 3/3 questions"]


def test_index_run_in_a_pipe_prints_progress_lines(tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "news.jsonl", news_records(40))
    proc = subprocess.run(
        [PYTHON, "-m", "assistant", "index", str(data), "--store", str(tmp_path / "store"), "--embedding", "fake:64"],
        capture_output=True, text=True, timeout=120, check=True,
    )
    lines = proc.stderr.splitlines()
    assert lines[0] == "loading: 0/1 files read" and "loading: 1/1 files read" in lines
    assert lines[-1] == "indexing: 40/40 documents, 40/40 chunks embedded"
