"""Progress on stderr for long work: a tqdm bar on a terminal, and otherwise a plain line at
each tenth of the work and every few seconds, so a log file or a CI job shows it too.

An ingest reports three stages: "loading" (files), "embedding" (chunks) and "documents"
(committed). The last is shown beside the chunks, not as a stage of its own:

    loading: 2/12 files read
    indexing: 120/400 documents, 1,024/3,210 chunks embedded
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any, TextIO

from tqdm import tqdm

PLAIN_INTERVAL = 5.0  # seconds between plain lines when the work moves slower than 10% at a time
_UNITS = {"loading": "files read", "embedding": "chunks embedded", "documents": "documents"}
_BESIDE = "documents"  # a count shown beside the current stage, never a stage of its own


class ProgressBar:
    def __init__(self, disable: bool = False, unit: str = "chunk", stream: TextIO | None = None,
                 interval: float = PLAIN_INTERVAL, clock: Callable[[], float] = time.monotonic) -> None:
        self._stream = stream if stream is not None else sys.stderr
        self._disable = disable
        self._unit = unit
        self._bar: Any = None
        self._plain = None if self._stream.isatty() else PlainLines(self._stream, unit, interval, clock)

    def update(self, stage: str, done: int, total: int) -> None:
        if self._disable or total == 0:
            return
        if self._plain is not None:
            self._plain.update(stage, done, total)
        elif stage == _BESIDE:
            if self._bar is not None:
                self._bar.set_postfix_str(f"{done:,}/{total:,} {stage}", refresh=False)
        else:
            self._update_bar(stage, done, total)

    def _update_bar(self, stage: str, done: int, total: int) -> None:
        if self._bar is None or self._bar.desc != stage:
            self.close()
            unit = _UNITS.get(stage, self._unit).split()[0]
            self._bar = tqdm(total=total, desc=stage, unit=unit, file=self._stream, dynamic_ncols=True)
        self._bar.total = max(self._bar.total, total)
        self._bar.update(done - self._bar.n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class PlainLines:
    """One line per step worth telling: a new stage, each further tenth, ``interval``
    seconds without a line, and the end of the work."""

    def __init__(self, stream: TextIO, unit: str, interval: float, clock: Callable[[], float]) -> None:
        self._stream, self._unit, self._interval, self._clock = stream, unit, interval, clock
        self._counts: dict[str, tuple[int, int]] = {}
        self._stage = ""
        self._tenth = 0
        self._last_time = 0.0
        self._last_line = ""

    def update(self, stage: str, done: int, total: int) -> None:
        self._counts[stage] = (done, total)
        if stage != _BESIDE and stage != self._stage:
            self._stage, self._tenth = stage, -1
        if not self._stage:
            return
        done, total = self._counts[self._stage]
        tenth = min(done * 10 // total, 9)
        finished = all(d >= t for d, t in self._shown().values())
        if tenth > self._tenth or finished or self._clock() - self._last_time >= self._interval:
            self._tenth = max(self._tenth, tenth)
            self._write(self.line())

    def _shown(self) -> dict[str, tuple[int, int]]:
        shown = {self._stage: self._counts[self._stage]}
        if self._stage == "embedding" and _BESIDE in self._counts:
            shown = {_BESIDE: self._counts[_BESIDE], **shown}
        return shown

    def line(self) -> str:
        """The current counts: "indexing: 120/400 documents, 1,024/3,210 chunks embedded"."""
        parts = [f"{d:,}/{t:,} {_UNITS.get(s, self._unit)}" for s, (d, t) in self._shown().items()]
        label = "indexing" if self._stage == "embedding" else self._stage
        return f"{label}: {', '.join(parts)}"

    def _write(self, line: str) -> None:
        if line != self._last_line:
            print(line, file=self._stream, flush=True)
            self._last_line = line
        self._last_time = self._clock()
