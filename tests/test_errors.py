"""The error trees and the one boundary that maps them: HTTP statuses and CLI exit codes.

Pins both tables class by class, checks that every error class of every package is covered,
and that a dependency that is down is a 503 naming the fix, down to a real HTTP request."""

from __future__ import annotations

import inspect
from pathlib import Path
from types import ModuleType

import pytest
from fastapi.testclient import TestClient

import assistant.errors as assistant_errors
import evals.errors as evals_errors
import index.errors as index_errors
from assistant.boundary import EXIT_CODES, HTTP_STATUSES, exit_code, http_status
from assistant.cli import main
from assistant.components import Components
from assistant.errors import (
    AssistantError,
    ConfigurationError,
    GeneratorServiceError,
    JudgeServiceError,
    ServiceError,
    UserInputError,
)
from assistant.judge.llm import LLMJudge
from assistant.llm_generator import OpenAIGenerator
from assistant.openai_compat import STATUS_HINTS, ChatClient
from assistant.settings import load_settings
from assistant.web.app import build_app
from assistant.web.service import ChatService
from index import Index, IndexSettings
from index.errors import IndexingError, StoreUnavailableError
from index.retrieval import Passage

from .conftest import CORPUS, free_port
from .scripted_llm import Raw, ScriptedLLM, unused_url

# Every error class, with the HTTP status and the exit code it must get. Adding a class to an
# errors module without adding it here fails test_every_error_class_is_pinned.
EXPECTED: dict[str, tuple[int, int]] = {
    "AssistantError": (400, 2),
    "UserInputError": (400, 2),
    "QuestionError": (400, 2),
    "BriefingError": (400, 2),
    "JudgeInputError": (400, 2),
    "UploadError": (400, 2),
    "UploadTooLargeError": (413, 2),
    "ConfigurationError": (400, 2),
    "GeneratorConfigError": (400, 2),
    "GeneratorSetupError": (400, 2),
    "JudgeConfigError": (400, 2),
    "NLPSetupError": (400, 2),
    "ServiceError": (503, 2),
    "GeneratorServiceError": (503, 2),
    "JudgeServiceError": (503, 2),
    "JudgeOutputError": (503, 2),
    "EvalError": (400, 2),
    "SuiteError": (400, 2),
    "IndexingError": (400, 2),
    "InputError": (400, 2),
    "ConfigError": (400, 2),
    "StoreMismatchError": (400, 2),
    "StoreUnavailableError": (503, 2),
    "ClusterUnavailableError": (503, 2),
    "ModelError": (400, 2),
}
ROOTS = {"assistant.errors": AssistantError, "evals.errors": AssistantError, "index.errors": IndexingError}


def error_classes(module: ModuleType) -> list[type[Exception]]:
    return [c for _, c in inspect.getmembers(module, inspect.isclass)
            if issubclass(c, Exception) and c.__module__ == module.__name__]


ALL = [c for m in (assistant_errors, evals_errors, index_errors) for c in error_classes(m)]


def test_every_error_class_is_pinned() -> None:
    assert sorted(c.__name__ for c in ALL) == sorted(EXPECTED)


@pytest.mark.parametrize("cls", ALL, ids=lambda c: c.__name__)
def test_each_class_has_its_status_and_exit_code(cls: type[Exception]) -> None:
    assert issubclass(cls, ROOTS[cls.__module__])
    assert (http_status(cls("x")), exit_code(cls("x"))) == EXPECTED[cls.__name__]


def test_the_assistant_tree_splits_by_who_can_fix_it() -> None:
    branches = (UserInputError, ConfigurationError, ServiceError)
    for cls in error_classes(assistant_errors):
        if cls not in (AssistantError, *branches):
            assert sum(issubclass(cls, b) for b in branches) == 1, cls


def test_error_classes_live_only_in_the_errors_modules() -> None:
    """No package defines an exception class outside its errors module (prompts' one KeyError aside)."""
    root = Path(__file__).parent.parent
    for package in ("assistant", "evals", "index"):
        for path in (root / package).rglob("*.py"):
            if path.name != "errors.py":
                assert "Error(" not in "".join(line for line in path.read_text().splitlines()
                                                if line.startswith("class ")), path


def test_the_tables_name_only_error_classes_and_unknowns_are_bugs() -> None:
    assert all(issubclass(c, Exception) for c in (*HTTP_STATUSES, *EXIT_CODES))
    assert http_status(RuntimeError("bug")) == 500 and exit_code(RuntimeError("bug")) == 1
    assert http_status(KeyError("bug")) == 500


def test_a_subclass_inherits_its_nearest_listed_status() -> None:
    class Overloaded(GeneratorServiceError):
        pass

    assert http_status(Overloaded("busy")) == 503


# -- a dependency that is down: 503, and the message names the fix ------------------------------

PASSAGE = Passage(1, "d", "Report", "d.txt", "", "2025-08-10", "d#0", "They meet in Anchorage.", 0, 23, 1.0)


def test_generator_server_down_is_503_naming_the_fix() -> None:
    gen = OpenAIGenerator("m", unused_url(), max_retries=0)
    with pytest.raises(GeneratorServiceError) as info:
        gen.generate("Where do they meet?", [PASSAGE])
    assert http_status(info.value) == 503
    assert "check that the server is running" in str(info.value) and gen.base_url in str(info.value)


def test_judge_server_down_is_503_naming_the_fix() -> None:
    url = unused_url()
    with pytest.raises(JudgeServiceError) as info:
        LLMJudge(ChatClient(url, "m")).judge("They meet in Anchorage.", ["They meet in Anchorage."])
    assert http_status(info.value) == 503
    assert "check that the server is running" in str(info.value) and url in str(info.value)


def test_store_server_down_is_503_naming_the_fix(tmp_path: Path) -> None:
    port = free_port()
    settings = IndexSettings(store=f"chroma+http://127.0.0.1:{port}", state_dir=str(tmp_path), embedding="fake:64")
    with pytest.raises(StoreUnavailableError) as info:
        with Index(settings) as index:
            index.ingest([str(CORPUS)])
    assert http_status(info.value) == 503
    assert f"chroma run --host 127.0.0.1 --port {port}" in str(info.value)


def test_cli_exits_2_when_the_generator_server_is_down(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSISTANT_EMBEDDING", "fake:64")
    store = str(tmp_path / "store")
    assert main(["index", str(CORPUS), "--store", store, "--quiet"]) == 0
    code = main(["ask", "Where will Trump and Putin meet?", "--store", store,
                 "--generator", f"openai:m@{unused_url()}"])
    assert code == 2 and "check that the server is running" in capsys.readouterr().err


# -- one hint table for both model-backed parts ------------------------------------------------


@pytest.mark.parametrize("status", sorted(STATUS_HINTS))
def test_generator_and_judge_give_the_same_hint(status: int) -> None:
    with ScriptedLLM([Raw(status, "{}"), Raw(status, "{}")]) as llm:
        with pytest.raises(GeneratorServiceError) as generated:
            OpenAIGenerator("m", llm.base_url, max_retries=0).generate("Where?", [PASSAGE])
        with pytest.raises(JudgeServiceError) as judged:
            LLMJudge(ChatClient(llm.base_url, "m")).judge("They meet in Anchorage.", ["They meet."])
    hint = STATUS_HINTS[status].format(model="m")
    assert str(generated.value).endswith(hint) and str(judged.value).endswith(hint)


def test_a_transient_status_is_asked_again() -> None:
    with ScriptedLLM([Raw(503, "{}"), "They meet in Anchorage [1]."]) as llm:
        draft = OpenAIGenerator("m", llm.base_url, max_retries=1).generate("Where?", [PASSAGE])
    assert draft.text == "They meet in Anchorage [1]." and len(llm.requests) == 2


# -- end to end: a generator server that is down, through the HTTP API ---------------------------


@pytest.mark.slow
def test_generator_down_is_a_503_through_the_http_api(tmp_path: Path) -> None:
    url = unused_url()
    settings = load_settings(env={"ASSISTANT_HOME": str(tmp_path)}, store=str(tmp_path / "store"),
                             embedding="fake:64", generator=f"openai:m@{url}")
    with Index(settings.index) as index:
        index.ingest([str(CORPUS)])
    service = ChatService(Components.from_settings(settings))
    try:
        with TestClient(build_app(service, with_ui=False)) as client:
            api = client.post("/api/ask", json={"question": "Where will Trump and Putin meet?"})
            chat = client.post("/v1/chat/completions",
                               json={"messages": [{"role": "user", "content": "Where will Trump and Putin meet?"}]})
    finally:
        service.close()
    assert api.status_code == 503, api.text
    assert url in api.json()["error"] and "check that the server is running" in api.json()["error"]
    assert chat.status_code == 503 and chat.json()["error"]["code"] == "unavailable"
