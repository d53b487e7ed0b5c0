"""The bounded pool the web server answers on: at most ``size`` at once, errors where they are asked."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from assistant.errors import QuestionError
from assistant.web.workers import Workers


class Gauge:
    """How many pieces of work run at once, at most."""

    def __init__(self) -> None:
        self.now = self.peak = 0
        self.lock = threading.Lock()

    def work(self, value: int) -> int:
        with self.lock:
            self.now += 1
            self.peak = max(self.peak, self.now)
        time.sleep(0.02)  # long enough for the other callers to arrive; no duration is asserted
        with self.lock:
            self.now -= 1
        return value


def test_many_callers_share_a_bounded_number_of_workers() -> None:
    workers, gauge = Workers(2), Gauge()
    results: dict[int, int] = {}

    def call(i: int) -> None:
        results[i] = workers.run(lambda: gauge.work(i))

    callers = [threading.Thread(target=call, args=(i,)) for i in range(12)]
    for t in callers:
        t.start()
    for t in callers:
        t.join()
    workers.close()
    assert results == {i: i for i in range(12)}
    assert gauge.peak == 2  # the 12 callers queued; two worked at once (not one, not twelve)


def test_streams_count_against_the_bound_and_arrive_in_order() -> None:
    workers, gauge = Workers(1), Gauge()

    def events(n: int) -> Iterator[int]:
        for i in range(3):
            yield gauge.work(10 * n + i)

    streams = [workers.stream(lambda n=n: events(n)) for n in range(4)]  # type: ignore[misc]
    assert [list(s) for s in streams] == [[10 * n + i for i in range(3)] for n in range(4)]
    assert gauge.peak == 1
    workers.close()


def test_errors_reach_the_caller_even_before_a_streams_first_item() -> None:
    workers = Workers(2)

    def refuse() -> Iterator[str]:
        raise QuestionError("the question is empty")
        yield "never"

    with pytest.raises(QuestionError, match="empty"):
        next(workers.stream(refuse))
    with pytest.raises(QuestionError, match="empty"):
        workers.run(lambda: next(refuse()))
    assert workers.run(lambda: "still working") == "still working"
    workers.close()


def test_work_that_asks_for_more_work_does_not_wait_for_itself() -> None:
    workers = Workers(1)
    assert workers.run(lambda: workers.run(lambda: 1) + sum(workers.stream(lambda: iter([2, 3])))) == 6
    workers.close()
