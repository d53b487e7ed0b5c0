"""The Chroma server path, against a real `chroma run` on loopback."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.retrieval import Retriever
from index import Index, IndexSettings, StoreUnavailableError

from .conftest import CORPUS

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[str]:
    exe = Path(sys.executable).parent / "chroma"
    chroma = str(exe) if exe.exists() else shutil.which("chroma")
    assert chroma, "the chroma CLI comes with the chromadb package"
    port = _free_port()
    proc = subprocess.Popen(
        [chroma, "run", "--path", str(tmp_path / "server-data"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.time() + 60
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1)
                break
            except OSError:
                if time.time() > deadline or proc.poll() is not None:
                    raise RuntimeError("chroma run did not start") from None
                time.sleep(0.2)
        yield f"chroma+http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_index_and_search_on_a_chroma_server(chroma_server: str, tmp_path: Path) -> None:
    settings = IndexSettings(store=chroma_server, state_dir=str(tmp_path / "state"))
    with Index(settings) as index:
        report = index.ingest([str(CORPUS)])
        assert report.documents == 2 and report.chunks > 5
        again = index.ingest([str(CORPUS)])
        assert again.embedded_chunks == 0
        gen = index.generation()
        assert index.vectors(gen).ids() == index.store.catalog.chunk_ids(gen.gid)
        hits = Retriever(index).search("Where will Trump and Putin meet?", k=3)
        assert any("Anchorage" in h.text or "Alaska" in h.text for h in hits)


def test_a_server_that_is_down_is_a_clear_error(tmp_path: Path) -> None:
    settings = IndexSettings(store=f"chroma+http://127.0.0.1:{_free_port()}", state_dir=str(tmp_path),
                             embedding="fake:64")
    with pytest.raises(StoreUnavailableError, match="chroma run"):
        with Index(settings) as index:
            index.ingest([str(CORPUS)])
