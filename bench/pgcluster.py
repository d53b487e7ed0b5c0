"""A throwaway Postgres cluster: ``initdb`` into a temporary folder, ``pg_ctl start`` on a free
loopback port, stopped and deleted at the end. The tests and the local deployment use it.

Standard library only, like ``bench.ports``, so the tests import it without an upward import.
Postgres refuses to run as root; as root the cluster runs as the ``postgres`` user the
Debian package creates.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

from .ports import free_port

DEBIAN_PACKAGE = "postgresql-15"
_SEARCH = ("/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin")


class PostgresMissing(RuntimeError):
    """initdb/pg_ctl are not installed; the message names the package."""


def find_bin_dir() -> Path:
    """The folder holding initdb, pg_ctl and postgres (Debian keeps them off the PATH)."""
    for folder in (*_SEARCH, *(os.environ.get("PATH", "").split(os.pathsep))):
        if all((Path(folder) / exe).exists() for exe in ("initdb", "pg_ctl", "postgres")):
            return Path(folder)
    raise PostgresMissing(
        f"the Postgres server binaries (initdb, pg_ctl, postgres) are not installed: "
        f"`sudo apt-get install {DEBIAN_PACKAGE}` (or `make system-deps`), which puts them in "
        f"/usr/lib/postgresql/15/bin"
    )


class PgCluster:
    """``with PgCluster() as pg: pg.url`` is a superuser URL of a fresh, empty cluster."""

    def __init__(self, folder: Path | None = None, port: int = 0) -> None:
        self.bin = find_bin_dir()
        self._own = folder is None
        self.folder = Path(folder or tempfile.mkdtemp(prefix="assistant-pg-"))
        self.folder.mkdir(parents=True, exist_ok=True)
        self.port = port or free_port()
        self._user = _run_as()

    @property
    def url(self) -> str:
        return self.database_url("postgres")

    def database_url(self, db: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{db}"

    def start(self) -> PgCluster:
        data = self.folder / "data"
        if self._user:
            shutil.chown(self.folder, self._user)
        if not (data / "PG_VERSION").exists():  # a kept folder (``folder=``) starts its existing cluster
            self._pg("initdb", "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync")
        # -F: no fsync, a throwaway cluster; the socket goes in our folder, not /var/run.
        options = f"-h 127.0.0.1 -p {self.port} -k {self.folder} -F -c max_connections=200"
        self._pg("pg_ctl", "-D", str(data), "-o", options, "-l", str(self.folder / "log"), "-w", "start")
        return self

    def create_database(self, name: str) -> str:
        subprocess.run(["psql", "-q", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-c",
                        f'CREATE DATABASE "{name}"'], check=True, capture_output=True)
        return self.database_url(name)

    def stop(self) -> None:
        if (self.folder / "data" / "postmaster.pid").exists():
            # A kept cluster is stopped cleanly (it runs without fsync); a throwaway one at once.
            mode = "immediate" if self._own else "fast"
            self._pg("pg_ctl", "-D", str(self.folder / "data"), "-m", mode, "-w", "stop")
        if self._own:
            shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> PgCluster:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _pg(self, exe: str, *args: str) -> None:
        cmd = [str(self.bin / exe), *args]
        if self._user:
            cmd = ["runuser", "-u", self._user, "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode:
            raise RuntimeError(f"{exe} failed ({done.returncode}): {done.stderr.strip() or done.stdout.strip()}")


def _run_as() -> str:
    """The user the cluster runs as: ourselves, or ``postgres`` when we are root."""
    if os.geteuid() != 0:
        return ""
    try:
        return pwd.getpwnam("postgres").pw_name
    except KeyError as exc:
        raise PostgresMissing(f"Postgres does not run as root and there is no 'postgres' user: "
                              f"`apt-get install {DEBIAN_PACKAGE}` creates it") from exc
