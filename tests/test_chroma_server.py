"""The Chroma server path, against a real `chroma run` on loopback."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from index import Index, IndexSettings, StoreUnavailableError

from .conftest import CORPUS, free_port, wait_for_http

pytestmark = pytest.mark.slow


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[str]:
    exe = Path(sys.executable).parent / "chroma"
    chroma = str(exe) if exe.exists() else shutil.which("chroma")
    assert chroma, "the chroma CLI comes with the chromadb package"
    port = free_port()
    proc = subprocess.Popen(
        [chroma, "run", "--path", str(tmp_path / "server-data"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_http(f"http://127.0.0.1:{port}/api/v2/heartbeat", proc, "chroma run", timeout=60)
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
        hits = index.search("Where will Trump and Putin meet?", k=3)
        assert any("Anchorage" in h.text or "Alaska" in h.text for h in hits)


def test_a_server_that_is_down_is_a_clear_error(tmp_path: Path) -> None:
    settings = IndexSettings(store=f"chroma+http://127.0.0.1:{free_port()}", state_dir=str(tmp_path),
                             embedding="fake:64")
    with pytest.raises(StoreUnavailableError, match="chroma run"):
        with Index(settings) as index:
            index.ingest([str(CORPUS)])
