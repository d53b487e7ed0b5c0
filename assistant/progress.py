"""A tqdm progress bar on stderr for long work; silent when stderr is not a terminal."""

from __future__ import annotations

import sys
from typing import Any

from tqdm import tqdm


class ProgressBar:
    def __init__(self, disable: bool = False, unit: str = "chunk") -> None:
        self._disable = disable or not sys.stderr.isatty()
        self._unit = unit
        self._bar: Any = None

    def update(self, stage: str, done: int, total: int) -> None:
        if self._disable or total == 0:
            return
        if self._bar is None or self._bar.desc != stage:
            self.close()
            self._bar = tqdm(total=total, desc=stage, unit=self._unit, file=sys.stderr, dynamic_ncols=True)
        self._bar.update(done - self._bar.n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
