"""A bounded pool for the CPU-bound answering, so a crowd of requests queues instead of piling up.

Starlette runs each sync endpoint in a threadpool of up to 40 threads. Left there, 30 users
asking at once meant 30 questions embedded, parsed and judged at once on 2 cores: each took
30 times as long, and each held its model activations (and its own index connection)
meanwhile, which took the server from 0.5 GB to 1.5 GB. Here the answering runs on a fixed
number of worker threads, one per core by default; the request threads only wait for
their turn and do the network I/O. A stream is computed by a worker too and handed over
through a queue, so a slow reader never holds a worker.
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

__all__ = ["Workers"]

T = TypeVar("T")
_END = object()


class Workers:
    def __init__(self, size: int = 0) -> None:
        self.size = size or os.cpu_count() or 1
        self._inside = threading.local()
        self._executor = ThreadPoolExecutor(self.size, thread_name_prefix="answer", initializer=self._mark)

    def _mark(self) -> None:
        self._inside.worker = True

    def _in_worker(self) -> bool:
        return getattr(self._inside, "worker", False)

    def run(self, work: Callable[[], T]) -> T:
        """``work()`` on a worker, once one is free; its exception is raised here."""
        if self._in_worker():  # work that asks for more work (a briefing's questions) must not wait for itself
            return work()
        return self._executor.submit(work).result()

    def stream(self, make: Callable[[], Iterator[T]]) -> Iterator[T]:
        """The items of ``make()``, produced on a worker as fast as it can, read at the caller's pace.

        An exception, even one raised before the first item, comes out of the returned iterator."""
        if self._in_worker():
            return make()
        items: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._executor.submit(_produce, make, items)
        return _consume(items)

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


def _produce(make: Callable[[], Iterator[T]], items: queue.SimpleQueue[object]) -> None:
    try:
        for item in make():
            items.put(item)
    except BaseException as exc:  # handed to the reader, who raises it where the request is answered
        items.put(_Failed(exc))
    items.put(_END)


def _consume(items: queue.SimpleQueue[object]) -> Iterator[T]:
    while (item := items.get()) is not _END:
        if isinstance(item, _Failed):
            raise item.exc
        yield item  # type: ignore[misc]


class _Failed:
    def __init__(self, exc: BaseException) -> None:
        self.exc = exc
