"""Briefing files made for download, kept in one folder per server and never piling up.

Each export used to get a ``tempfile.mkdtemp`` folder of its own that nothing removed, so a
busy server left hundreds of them in /tmp. Here a server keeps its exports under one temp
root, made on the first export: each file in a numbered folder of its own (the download is
still called ``briefing.docx``), at most ``keep`` of them, the oldest removed first, and the
root removed when the server shuts down. Gradio copies a returned file into its own cache
as it answers, so an export only has to outlive the request that made it; keeping the
last few is a margin, not a requirement.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
import threading
from collections import deque
from pathlib import Path

__all__ = ["Exports"]

KEEP = 32


class Exports:
    def __init__(self, keep: int = KEEP) -> None:
        self.keep = keep
        self.root: Path | None = None
        self._made: deque[Path] = deque()
        self._count = itertools.count(1)
        self._lock = threading.Lock()

    def save(self, name: str, data: bytes) -> Path:
        """``data`` as a file called ``name``, in a folder of its own; the oldest beyond ``keep`` go."""
        with self._lock:
            if self.root is None:
                self.root = Path(tempfile.mkdtemp(prefix="briefings-"))
            folder = self.root / str(next(self._count))
            folder.mkdir()
            self._made.append(folder)
            while len(self._made) > self.keep:
                shutil.rmtree(self._made.popleft(), ignore_errors=True)
        path = folder / name
        path.write_bytes(data)
        return path

    def close(self) -> None:
        with self._lock:
            if self.root is not None:
                shutil.rmtree(self.root, ignore_errors=True)
            self.root = None
            self._made.clear()
