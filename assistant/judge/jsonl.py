"""`assistant judge FILE.jsonl`: score one answer per line; bad lines are reported, not fatal.

Input lines: ``{"id", "answer", "sources": [str, ...]}`` or ``{"id", "answer", "context": str}``,
optionally ``"question"``. Output lines: ``{"id", "line", "score", "supported", "claims"}``, or
``{"id", "line", "error"}`` for a line that could not be scored.
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from tqdm import tqdm

from ..errors import JudgeInputError, JudgeOutputError
from .types import Judge, Verdict

__all__ = ["JudgeRequest", "JudgeResult", "LineError", "RunSummary", "judge_file", "open_output", "parse_line",
           "read_lines"]

SHAPE = '{"id": ..., "answer": "...", "sources": ["...", ...]} (or "context": "..." for one source)'


@dataclass(frozen=True)
class JudgeRequest:
    line: int  # 1-based line number in the input file
    id: Any
    answer: str
    sources: tuple[str, ...]
    question: str = ""


@dataclass(frozen=True)
class LineError:
    line: int
    id: Any
    message: str

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "line": self.line, "error": self.message}


@dataclass(frozen=True)
class JudgeResult:
    request: JudgeRequest
    verdict: Verdict

    def to_dict(self) -> dict[str, object]:
        return {"id": self.request.id, "line": self.request.line, **self.verdict.to_dict()}


# --- parsing and validation (pure) -----------------------------------------------------------

def parse_line(text: str, line_no: int) -> JudgeRequest | LineError:
    """One input line as a request, or what is wrong with it."""
    try:
        record = json.loads(text)
    except ValueError as exc:
        return LineError(line_no, None, f"not JSON ({exc}); each line must be one object like {SHAPE}")
    if not isinstance(record, dict):
        return LineError(line_no, None, f"a JSON {type(record).__name__} instead of an object like {SHAPE}")
    problem = _answer_problem(record) or _sources_problem(record) or _question_problem(record)
    if problem:
        return LineError(line_no, record.get("id"), problem)
    return JudgeRequest(line=line_no, id=record.get("id"), answer=record["answer"],
                        sources=_sources(record), question=record.get("question") or "")


def _answer_problem(record: dict[str, Any]) -> str | None:
    answer = record.get("answer")
    if answer is None:
        return 'missing "answer": give the answer text to judge'
    if not isinstance(answer, str):
        return f'"answer" must be a string, not {_kind(answer)}'
    return None if answer.strip() else '"answer" is empty: give the answer text to judge'


def _sources_problem(record: dict[str, Any]) -> str | None:
    has_sources, has_context = "sources" in record, "context" in record
    if has_sources and has_context:
        return 'give either "sources" (a list of strings) or "context" (a string), not both'
    if has_context:
        context = record["context"]
        return None if isinstance(context, str) else f'"context" must be a string, not {_kind(context)}'
    if not has_sources:
        return 'missing "sources" (a list of strings) or "context" (a string)'
    sources = record["sources"]
    if not isinstance(sources, list):
        return f'"sources" must be a list of strings, not {_kind(sources)}'
    bad = next((i for i, s in enumerate(sources, 1) if not isinstance(s, str)), None)
    return None if bad is None else f'"sources" item {bad} is {_kind(sources[bad - 1])}, not a string'


def _question_problem(record: dict[str, Any]) -> str | None:
    question = record.get("question")
    if question is None or isinstance(question, str):
        return None
    return f'"question" must be a string, not {_kind(question)}'


def _sources(record: dict[str, Any]) -> tuple[str, ...]:
    return (record["context"],) if "context" in record else tuple(record["sources"])


def _kind(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean",
             int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


# --- files -----------------------------------------------------------------------------------

def read_lines(path: Path) -> list[str]:
    """The file's lines; only "\\n" ends a line (JSON strings may hold U+2028 and friends)."""
    if not path.is_file():
        what = "is a folder" if path.is_dir() else "does not exist"
        raise JudgeInputError(f"input file {path} {what}; give a JSONL file with one object per "
                              f"line like {SHAPE}")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise JudgeInputError(f"cannot read {path} as UTF-8 text ({exc}); give a UTF-8 JSONL file") from exc
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    return lines[:-1] if lines and not lines[-1] else lines


def open_output(path: str | None) -> contextlib.AbstractContextManager[TextIO]:
    """The --out file (created or replaced), or stdout left open."""
    if path is None:
        return contextlib.nullcontext(sys.stdout)
    try:
        return open(path, "w", encoding="utf-8")
    except OSError as exc:
        raise JudgeInputError(f"cannot write the output file {path} ({exc.strerror}); check that "
                              "its folder exists and is writable") from exc


# --- the run ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class RunSummary:
    scored: int
    supported: int
    errors: int
    score_sum: float
    seconds: float

    @property
    def mean_score(self) -> float:
        return self.score_sum / self.scored if self.scored else 0.0

    def format(self, judge_name: str) -> str:
        rate = self.scored / self.seconds if self.seconds > 0 else 0.0
        text = (f"judged {self.scored} line(s) with {judge_name}: {self.supported} supported, "
                f"{self.scored - self.supported} unsupported, mean score {self.mean_score:.3f}; "
                f"{self.errors} error(s); {rate:.1f} records/s")
        if self.errors:
            text += "\nthe lines with errors are listed above and in the output with an \"error\" key"
        return text


def judge_file(lines: Sequence[str], judge: Judge, out: TextIO, quiet: bool = False) -> RunSummary:
    """Score every non-blank line, writing one output line each, in input order."""
    outcomes: list[Verdict | None] = []  # None for a line with an error
    start = time.perf_counter()
    with _bar(len(lines), judge.name, quiet) as bar:
        for line_no, text in enumerate(lines, 1):
            if text.strip():
                result = judge_request(parse_line(text, line_no), judge)
                _emit(result, out)
                outcomes.append(_tally(result))
            bar.update()
    return summarize(outcomes, time.perf_counter() - start)


def judge_request(item: JudgeRequest | LineError, judge: Judge) -> JudgeResult | LineError:
    """A model that answers garbage fails its line; an endpoint that is down stops the run."""
    if isinstance(item, LineError):
        return item
    try:
        return JudgeResult(item, judge.judge(item.answer, item.sources, item.question))
    except JudgeOutputError as exc:
        return LineError(item.line, item.id, str(exc))


def _emit(result: JudgeResult | LineError, out: TextIO) -> None:
    if isinstance(result, LineError):
        tqdm.write(f"line {result.line}: {result.message}", file=sys.stderr)
    out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
    out.flush()  # a long run can be watched, and an aborted one keeps what was scored


def _tally(result: JudgeResult | LineError) -> Verdict | None:
    """What the summary needs, without the claims (a long file's claims need not stay in memory)."""
    if isinstance(result, LineError):
        return None
    return Verdict(score=result.verdict.score, supported=result.verdict.supported)


def summarize(outcomes: Sequence[Verdict | None], seconds: float) -> RunSummary:
    verdicts = [v for v in outcomes if v is not None]
    return RunSummary(scored=len(verdicts), supported=sum(v.supported for v in verdicts),
                      errors=len(outcomes) - len(verdicts), score_sum=sum(v.score for v in verdicts),
                      seconds=seconds)


def _bar(total: int, name: str, quiet: bool) -> tqdm[Any]:
    return tqdm(total=total, desc=f"judging with {name}", unit="line", file=sys.stderr,
                dynamic_ncols=True, disable=quiet or not sys.stderr.isatty())
