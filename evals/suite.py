"""Eval suites: JSONL files of questions with what a good answer retrieves, says and cites.

One object per line::

    {"id": "where-01", "question": "Where will they meet?",
     "history": [{"role": "user", "content": "..."}, {"role": "assistant", "content": "..."}],
     "reference": "At Joint Base Elmendorf-Richardson in Anchorage.",
     "facts": ["Elmendorf-Richardson | Elmendorf Richardson", "Anchorage"],
     "sources": ["key facts about the Alaska meeting"],
     "answerable": true}

Only ``question`` is required. ``id`` defaults to the line number. ``facts`` are phrases a
correct answer contains (alternatives separated by ``|``). ``sources`` name the documents
that should be retrieved: a document id, or a case-insensitive part of a title, url or path.
``answerable: false`` marks a question the documents cannot answer.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.answer import Turn

from .errors import SuiteError

FIELDS = ("id", "question", "history", "reference", "facts", "sources", "answerable")


@dataclass(frozen=True)
class Case:
    id: str
    question: str
    history: tuple[Turn, ...] = ()
    reference: str = ""
    facts: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    answerable: bool = True
    extra: dict[str, Any] = field(default_factory=dict)  # fields we do not know, kept for the report

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "question": self.question,
            "history": [{"role": t.role, "content": t.content} for t in self.history],
            "reference": self.reference, "facts": list(self.facts), "sources": list(self.sources),
            "answerable": self.answerable,
        }


def load_suite(path: Path) -> list[Case]:
    """Every case of the file; any bad line stops the load with its line number and the fix."""
    if not path.is_file():
        raise SuiteError(f"no eval suite at {path}; give a JSONL file such as evals/suites/seed.jsonl")
    cases: list[Case] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip() and not line.lstrip().startswith("#"):
            cases.append(_case(_parse(line, path, number), f"{path}:{number}", number))
    if not cases:
        raise SuiteError(f"{path} holds no questions; write one JSON object per line with a \"question\"")
    _check_unique(cases, path)
    return cases


def _parse(line: str, path: Path, number: int) -> dict[str, Any]:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise SuiteError(f"{path}:{number}: not valid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(obj, dict):
        raise SuiteError(f"{path}:{number}: each line must be a JSON object with a \"question\"")
    return obj


def _case(obj: dict[str, Any], where: str, number: int) -> Case:
    question = obj.get("question")
    if not isinstance(question, str) or not question.strip():
        raise SuiteError(f"{where}: \"question\" is missing or empty")
    answerable = obj.get("answerable", True)
    if not isinstance(answerable, bool):
        raise SuiteError(f"{where}: \"answerable\" must be true or false")
    return Case(
        id=str(obj.get("id", number)),
        question=question.strip(),
        history=_history(obj.get("history", []), where),
        reference=_text(obj, "reference", where),
        facts=_strings(obj, "facts", where),
        sources=_strings(obj, "sources", where),
        answerable=answerable,
        extra={k: v for k, v in obj.items() if k not in FIELDS},
    )


def _history(value: Any, where: str) -> tuple[Turn, ...]:
    if not isinstance(value, list):
        raise SuiteError(f"{where}: \"history\" must be a list of {{\"role\", \"content\"}} turns")
    turns = []
    for turn in value:
        if not (isinstance(turn, dict) and turn.get("role") in ("user", "assistant")
                and isinstance(turn.get("content"), str)):
            raise SuiteError(f"{where}: each history turn needs \"role\" (user or assistant) and \"content\"")
        turns.append(Turn(turn["role"], turn["content"]))
    return tuple(turns)


def _text(obj: dict[str, Any], key: str, where: str) -> str:
    value = obj.get(key, "")
    if not isinstance(value, str):
        raise SuiteError(f"{where}: \"{key}\" must be a string")
    return value.strip()


def _strings(obj: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = obj.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise SuiteError(f"{where}: \"{key}\" must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _check_unique(cases: list[Case], path: Path) -> None:
    seen: set[str] = set()
    for case in cases:
        if case.id in seen:
            raise SuiteError(f"{path}: the id {case.id!r} is used twice; ids name questions in reports and comparisons")
        seen.add(case.id)
