"""A free loopback port, for the servers the benchmarks and the tests start.

A leaf of the standard library only: ``bench`` sits above every package, so the tests (which
may import anything) and each bench script share this one definition without an upward import.
"""

from __future__ import annotations

import socket


def free_port() -> int:
    """A port nothing listens on now (the OS picks it; a race with another process is possible)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
