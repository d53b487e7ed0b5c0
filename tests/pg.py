"""Fixtures for a real Postgres: one throwaway cluster per test session, a fresh database per test.

Import them into a test module (``from .pg import pg_cluster, pg_url``). Without the server
binaries the tests fail, naming the Debian package (``make system-deps`` installs it).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from bench.pgcluster import PgCluster, PostgresMissing

_names = itertools.count()


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    try:
        cluster = PgCluster()
    except PostgresMissing as exc:
        pytest.fail(str(exc), pytrace=False)
    with cluster:
        yield cluster


@pytest.fixture
def pg_url(pg_cluster: PgCluster) -> str:
    """A URL of an empty database of its own (catalogs of two tests never meet)."""
    return pg_cluster.create_database(f"t{next(_names)}")
