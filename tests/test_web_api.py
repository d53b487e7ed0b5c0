"""The HTTP API end to end with the real models: the JSON endpoints and their errors, the access
token, the OpenAI-compatible chat through the official ``openai`` client against a real server,
and uploads. The bundled corpus is indexed once; uploads go to a copy of that index."""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path
from typing import Any

import openai
import pytest
from fastapi.testclient import TestClient

from assistant.answer import ABSTAIN_TEXT, Answer
from assistant.components import Components
from assistant.core import AskEvent
from assistant.errors import ServiceError
from assistant.settings import Settings, load_settings
from assistant.web.app import TOKEN_COOKIE, build_app
from assistant.web.service import ChatService, UploadJob
from index import Index

from .conftest import CORPUS, serve_in_thread

pytestmark = pytest.mark.slow

QUESTION = "Where will Trump and Putin meet?"
PLACE = re.compile(r"Alaska|Anchorage|Elmendorf")
ZORBLAT = b"The Zorblat festival takes place in Quimper every May. Thousands come to Quimper for it."


def _settings(home: Path) -> Settings:
    return load_settings(env={"ASSISTANT_HOME": str(home)}, store=str(home / "store"))


@pytest.fixture(scope="module")
def homes(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two data folders holding the indexed corpus: one to ask, one to upload to."""
    home = tmp_path_factory.mktemp("web-api") / "home"
    with Index(_settings(home).index) as index:
        index.ingest([str(CORPUS)])
    copy = tmp_path_factory.mktemp("web-api-uploads") / "home"
    shutil.copytree(home, copy)
    return home, copy


def _open(home: Path) -> Iterator[ChatService]:
    service = ChatService(Components.from_settings(_settings(home)))
    yield service
    service.close()


@pytest.fixture(scope="module")
def service(homes: tuple[Path, Path]) -> Iterator[ChatService]:
    yield from _open(homes[0])


@pytest.fixture(scope="module")
def upload_service(homes: tuple[Path, Path]) -> Iterator[ChatService]:
    yield from _open(homes[1])


@pytest.fixture(scope="module")
def client(service: ChatService) -> Iterator[TestClient]:
    with TestClient(build_app(service, with_ui=False)) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def uploads(upload_service: ChatService) -> Iterator[TestClient]:
    with TestClient(build_app(upload_service, with_ui=False)) as test_client:
        yield test_client


def _ask(client: TestClient, question: str, **more: Any) -> dict[str, Any]:
    response = client.post("/api/ask", json={"question": question, **more})
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()
    return data


def _events(body: str) -> list[tuple[str, dict[str, Any]]]:
    """Server-sent events as (event, data) pairs."""
    events = []
    for block in body.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines())
        events.append((lines["event"], json.loads(lines["data"])))
    return events


# -- answering ---------------------------------------------------------------------------


def test_ask_returns_the_answer_contract(client: TestClient, service: ChatService) -> None:
    data = _ask(client, QUESTION)
    assert set(data) == {f.name for f in fields(Answer)} - {"passages"}  # the passages stay server-side
    assert not data["abstained"] and "[1]" in data["answer"]
    assert any(PLACE.search(c["quote"]) for c in data["citations"])
    same = service.ask(QUESTION).to_dict()  # exactly what `assistant ask --json` prints
    assert {**data, "timings_ms": {}} == {**same, "timings_ms": {}}


def test_ask_abstains_when_the_documents_do_not_say(client: TestClient) -> None:
    data = _ask(client, "What is the capital of France?")
    assert data["abstained"] and data["answer"].startswith(ABSTAIN_TEXT) and data["claims"] == []
    assert "France" in data["answer"]  # and it says what the documents lack


def test_a_follow_up_is_read_with_its_history(client: TestClient) -> None:
    first = _ask(client, QUESTION)
    assert _ask(client, "When is it?")["abstained"]
    history = [{"role": "user", "content": QUESTION}, {"role": "assistant", "content": first["answer"]}]
    follow_up = _ask(client, "When is it?", history=history)
    assert not follow_up["abstained"] and "Putin" in follow_up["query"]


def test_filters_restrict_what_is_cited(client: TestClient) -> None:
    data = _ask(client, QUESTION, filters={"sources": ["004_"]})
    assert data["citations"] and all("004_" in c["source"] for c in data["citations"])
    undated = _ask(client, QUESTION, filters={"since": "2025-08"})  # the corpus files carry no date
    assert undated["abstained"] and undated["citations"] == []


def test_ask_streams_events_that_add_up_to_the_answer(client: TestClient) -> None:
    response = client.post("/api/ask", json={"question": QUESTION, "stream": True})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/event-stream")
    events = _events(response.text)
    kinds = [kind for kind, _ in events]
    assert kinds[0] == "text" and kinds[-1] == "done" and set(kinds) == {"text", "citation", "claim", "done"}
    answer = events[-1][1]
    assert "".join(data["text"] for kind, data in events if kind == "text") == answer["answer"]
    assert [data for kind, data in events if kind == "citation"] == answer["citations"]
    assert [data for kind, data in events if kind == "claim"] == answer["claims"]


def test_search_documents_and_health(client: TestClient) -> None:
    found = client.post("/api/search", json={"query": "Alaska summit", "k": 3}).json()
    assert found["query"] == "Alaska summit" and len(found["passages"]) == 3
    assert {"text", "source", "chunk_id", "score"} <= set(found["passages"][0])
    documents = client.get("/api/documents").json()
    assert documents["n_documents"] == 2 and len(documents["documents"]) == 2
    health = client.get("/api/health").json()
    assert health["status"] == "ok" and health["documents"] == 2 and health["indexing"] is False


def test_the_api_is_documented(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert {"/api/ask", "/api/search", "/api/upload", "/api/upload/{job_id}", "/v1/chat/completions"} <= set(
        schema["paths"])
    question = schema["components"]["schemas"]["AskRequest"]["properties"]["question"]
    assert "2000 characters" in question["description"]


# -- refusals: each a 4xx with a JSON message, never a 500 --------------------------------

BAD_REQUESTS = [
    ("/api/ask", {"question": "   "}, 400, "empty"),
    ("/api/ask", {"question": "x" * 3000}, 400, "under 2000"),
    ("/api/ask", {}, 422, "question: Field required"),
    ("/api/ask", {"question": 5}, 422, "question: Input should be a valid string"),
    ("/api/ask", {"question": "q", "history": "earlier"}, 422, "history"),
    ("/api/ask", {"question": "q", "top_k": 0}, 422, "top_k"),
    ("/api/ask", {"question": "q", "top_k": 99}, 422, "top_k"),
    ("/api/ask", {"question": "q", "top_k": "many"}, 422, "top_k"),
    ("/api/ask", {"question": "q", "topk": 3}, 422, "topk"),
    ("/api/ask", {"question": "q", "filters": {"since": "last week"}}, 400, "YYYY-MM-DD"),
    ("/api/ask", {"question": "q", "history": [{"role": "system", "content": "x"}]}, 422, "history.0.role"),
    ("/api/ask", {"question": "   ", "stream": True}, 400, "empty"),
    ("/api/search", {"query": ""}, 400, "empty"),
    ("/api/search", {"query": "q", "k": 50}, 422, "k:"),
]


@pytest.mark.parametrize(("path", "body", "status", "says"), BAD_REQUESTS)
def test_bad_requests_are_refused_with_a_message(client: TestClient, path: str, body: dict[str, Any], status: int,
                                                 says: str) -> None:
    response = client.post(path, json=body)
    assert response.status_code == status, response.text
    assert says in response.json()["error"]


def test_openai_requests_are_refused_in_openai_s_shape(client: TestClient) -> None:
    response = client.post("/v1/chat/completions", json={"model": "corpus-assistant", "messages": []})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["type"] == "invalid_request_error" and "messages" in error["message"] and error["code"]


def test_malformed_json_is_a_400(client: TestClient) -> None:
    response = client.post("/api/ask", content=b'{"question": ', headers={"content-type": "application/json"})
    assert response.status_code == 400 and "not valid JSON" in response.json()["error"]
    assert response.json()["detail"][0]["type"] == "json_invalid"


def test_unknown_routes_methods_and_jobs_are_404_and_405(client: TestClient) -> None:
    assert "/docs" in client.get("/api/nothing").json()["error"]
    assert client.get("/api/nothing").status_code == 404
    assert client.get("/api/ask").status_code == 405
    response = client.get("/api/upload/0123456789ab")
    assert response.status_code == 404 and "no upload job '0123456789ab'" in response.json()["error"]


def test_oversized_bodies_are_refused_before_they_are_read(client: TestClient) -> None:
    big = json.dumps({"question": "q", "history": [{"role": "user", "content": "x" * 600_000}] * 2})
    response = client.post("/api/ask", content=big, headers={"content-type": "application/json"})
    assert response.status_code == 413 and "limit of 1 MB" in response.json()["error"]
    chunked = client.post("/api/ask", content=iter([big.encode()]), headers={"content-type": "application/json"})
    assert chunked.status_code == 413
    declared = client.post("/api/upload", content=b"--x--", headers={
        "content-type": "multipart/form-data; boundary=x", "content-length": str(500 * 1024 * 1024)})
    assert declared.status_code == 413 and "400 MB" in declared.json()["error"]


def test_refused_uploads_save_nothing(client: TestClient, service: ChatService) -> None:
    exe = client.post("/api/upload", files=[("files", ("setup.exe", b"MZ\x90\x00", "application/octet-stream"))])
    assert exe.status_code == 400 and "not a supported type" in exe.json()["error"]
    huge = client.post("/api/upload", files=[("files", ("big.txt", b"word " * 4_300_000, "text/plain"))])
    assert huge.status_code == 413 and "the limit is 20 MB" in huge.json()["error"]
    assert client.post("/api/upload", files=[]).status_code == 422
    assert not list(service.upload_dir.glob("*"))


def test_an_internal_error_is_a_500_without_the_traceback(service: ChatService, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    def broken() -> dict[str, Any]:
        raise RuntimeError("secret detail")

    monkeypatch.setattr(service, "documents", broken)
    with TestClient(build_app(service, with_ui=False), raise_server_exceptions=False) as client:
        response = client.get("/api/documents")
    assert response.status_code == 500
    assert response.json() == {"error": "internal error: RuntimeError; see the server log"}
    assert "Traceback" in capsys.readouterr().err


def test_an_error_mid_stream_is_sent_as_an_event(client: TestClient, service: ChatService,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(*args: object) -> Iterator[AskEvent]:
        yield AskEvent("text", text="Half an answer.")
        raise ServiceError("the model server at http://127.0.0.1:9 is down; start it")

    monkeypatch.setattr(service, "ask_stream", failing)
    response = client.post("/api/ask", json={"question": QUESTION, "stream": True})
    assert _events(response.text) == [("text", {"text": "Half an answer."}),
                                       ("error", {"error": "the model server at http://127.0.0.1:9 is down; start it"})]
    chat = {"messages": [{"role": "user", "content": QUESTION}], "stream": True}
    lines = client.post("/v1/chat/completions", json=chat).text.strip().split("\n\n")
    assert json.loads(lines[1].removeprefix("data: "))["choices"][0]["delta"] == {"content": "Half an answer."}
    assert "is down" in json.loads(lines[-1].removeprefix("data: "))["error"]["message"]


# -- access token ------------------------------------------------------------------------


def test_the_token_is_required_when_set(service: ChatService) -> None:
    with TestClient(build_app(service, token="s3cret", with_ui=False)) as client:
        refused = client.get("/api/health")
        assert refused.status_code == 401 and "Bearer" in refused.json()["error"]
        assert client.get("/api/health", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert client.get("/api/health", headers={"Authorization": "Bearer s3cret"}).status_code == 200
        by_query = client.get("/api/health?token=s3cret")
        assert by_query.status_code == 200 and by_query.cookies.get(TOKEN_COOKIE) == "s3cret"
        assert client.get("/api/health").status_code == 200  # the cookie now carries it


# -- the OpenAI-compatible endpoint, through the official client ---------------------------


@pytest.fixture(scope="module")
def openai_client(service: ChatService) -> Iterator[openai.OpenAI]:
    with serve_in_thread(build_app(service, with_ui=False), "web-api-server") as url, \
            openai.OpenAI(base_url=f"{url}/v1", api_key="unused", max_retries=0, timeout=60) as client:
        yield client


def _chat(client: openai.OpenAI, question: str) -> Any:
    messages: Any = [{"role": "system", "content": "Answer briefly."}, {"role": "user", "content": question}]
    return client.chat.completions.create(model="corpus-assistant", messages=messages)


def test_openai_client_gets_a_cited_markdown_answer(openai_client: openai.OpenAI) -> None:
    completion = _chat(openai_client, QUESTION)
    content = completion.choices[0].message.content
    assert completion.object == "chat.completion" and completion.choices[0].finish_reason == "stop"
    assert "[^1]" in content and "\n[^1]: " in content and "**Sources**" in content
    assert completion.abstained is False and completion.choices[0].message.citations == completion.citations
    assert any(PLACE.search(c["quote"]) for c in completion.citations)
    assert completion.claims and all(claim["supported"] for claim in completion.claims)
    assert [m.id for m in openai_client.models.list()] == ["corpus-assistant"]


def test_openai_client_streams_the_same_content(openai_client: openai.OpenAI) -> None:
    plain = _chat(openai_client, QUESTION).choices[0].message.content
    messages: Any = [{"role": "user", "content": QUESTION}]
    chunks = list(openai_client.chat.completions.create(model="corpus-assistant", messages=messages, stream=True))
    assert chunks[0].choices[0].delta.role == "assistant"
    assert len(chunks) > 3 and "".join(c.choices[0].delta.content or "" for c in chunks) == plain
    last = chunks[-1]
    assert last.choices[0].finish_reason == "stop" and last.abstained is False
    assert any(PLACE.search(c["quote"]) for c in last.citations) and last.claims


def test_openai_client_abstains_and_refuses_bad_requests(openai_client: openai.OpenAI) -> None:
    abstained = _chat(openai_client, "What is the capital of France?")
    assert abstained.abstained is True and abstained.choices[0].message.content.startswith(ABSTAIN_TEXT)
    with pytest.raises(openai.BadRequestError, match="the question is empty"):
        _chat(openai_client, "  ")
    with pytest.raises(openai.BadRequestError, match='no message with role "user"'):
        openai_client.chat.completions.create(model="corpus-assistant", messages=[{"role": "system", "content": "x"}])


# -- uploads -------------------------------------------------------------------------------


def _upload(client: TestClient, name: str, data: bytes) -> dict[str, Any]:
    response = client.post("/api/upload", files=[("files", (name, data, "application/octet-stream"))])
    assert response.status_code == 202, response.text
    job: dict[str, Any] = response.json()
    deadline = time.time() + 60
    while job["state"] in ("queued", "indexing") and time.time() < deadline:
        time.sleep(0.1)
        job = client.get(f"/api/upload/{job['id']}").json()
    return job


def test_an_uploaded_file_is_answered_from(uploads: TestClient) -> None:
    before = uploads.get("/api/documents").json()["n_documents"]
    job = _upload(uploads, "zorblat.txt", ZORBLAT)
    assert job["state"] == "done" and job["added"] == 1 and job["files"] == ["zorblat.txt"], job
    assert uploads.get("/api/documents").json()["n_documents"] == before + 1
    data = _ask(uploads, "Where does the Zorblat festival take place?")
    assert not data["abstained"] and "Quimper" in data["answer"]
    assert any(c["source"].endswith("zorblat.txt") and "Quimper" in c["quote"] for c in data["citations"])


def test_a_corrupt_pdf_fails_and_leaves_the_index_as_it_was(uploads: TestClient,
                                                            upload_service: ChatService) -> None:
    before = uploads.get("/api/documents").json()["n_documents"]
    job = _upload(uploads, "broken.pdf", os.urandom(4096))
    assert job["state"] == "failed" and (job["problems"] or job["error"]), job
    assert uploads.get("/api/documents").json()["n_documents"] == before
    assert not (upload_service.upload_dir / "broken.pdf").exists()
    data = _ask(uploads, QUESTION)
    assert not data["abstained"] and any(PLACE.search(c["quote"]) for c in data["citations"])


def test_an_upload_cannot_leave_the_uploads_folder(uploads: TestClient, upload_service: ChatService) -> None:
    job = _upload(uploads, "../../evil.txt", b"The Fnord council meets in Brest on Tuesdays.")
    assert job["state"] == "done" and job["files"] == ["evil.txt"], job
    assert (upload_service.upload_dir / "evil.txt").is_file()
    assert not (upload_service.upload_dir.parent.parent / "evil.txt").exists()


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_brief_returns_the_chosen_format(client: TestClient, fmt: str) -> None:
    body = {"title": "Alaska summit", "format": fmt,
            "questions": [QUESTION, {"question": "What is the capital of France?", "section": "Other"}]}
    response = client.post("/api/brief", json=body)
    assert response.status_code == 200, response.text
    assert f'filename="alaska-summit.{fmt}"' in response.headers["content-disposition"]
    if fmt == "docx":
        assert response.content[:2] == b"PK" and "wordprocessingml" in response.headers["content-type"]
        return
    text = response.text
    assert "Alaska summit" in text and "Not answered by the sources." in text and "Other" in text
    assert ("[^1]:" in text) if fmt == "md" else ('href="#fn-1"' in text and 'id="fn-1"' in text)


@pytest.mark.parametrize(("body", "status"), [
    ({"questions": []}, 422), ({"questions": [""]}, 400), ({"questions": ["q"], "format": "pdf"}, 422),
    ({"questions": ["x" * 3000]}, 400), ({"questions": [{"section": "s"}]}, 422),
])
def test_brief_refuses_bad_requests(client: TestClient, body: dict[str, Any], status: int) -> None:
    response = client.post("/api/brief", json=body)
    assert response.status_code == status and response.json()["error"]


def test_questions_are_answered_while_an_upload_is_indexed(uploads: TestClient, upload_service: ChatService) -> None:
    from .conftest import news_records

    records = "".join(json.dumps(r) + "\n" for r in news_records(400, seed=7))
    response = uploads.post("/api/upload", files=[("files", ("many.jsonl", records.encode(), "application/json"))])
    assert response.status_code == 202
    job = upload_service.jobs[response.json()["id"]]
    while job.state == "queued":
        time.sleep(0.01)
    answered_during_ingest = 0
    while job.state == "indexing":
        answer = _ask(uploads, QUESTION)
        assert answer["question"] == QUESTION and not answer["abstained"]
        answered_during_ingest += job.state == "indexing"
    assert answered_during_ingest >= 1, "no question was answered while the upload was being indexed"
    assert upload_service.wait(job).state == "done" and job.added == 400


def _watch(job: UploadJob, until: float = 120.0) -> list[tuple[float, str, str, int, int, int, int]]:
    """Every distinct (state, stage, done, total, documents, documents_total) of ``job``, timed."""
    started, seen = time.time(), []
    while time.time() - started < until:
        view = (job.state, job.stage, job.done, job.total, job.documents, job.documents_total)
        if not seen or seen[-1][1:] != view:
            seen.append((time.time() - started, *view))
        if job.state in ("done", "failed"):
            break
        time.sleep(0.005)
    return seen


def test_an_upload_shows_progress_from_its_first_second(uploads: TestClient, upload_service: ChatService) -> None:
    from .conftest import news_records

    files = [("files", (f"part{i}.jsonl", "".join(json.dumps(r) + "\n" for r in news_records(40, seed=20 + i))
                        .encode(), "application/json")) for i in range(3)]
    response = uploads.post("/api/upload", files=files)
    assert response.status_code == 202 and response.json()["stage"] in ("starting", "loading")
    seen = _watch(upload_service.jobs[response.json()["id"]])
    assert seen[-1][1] == "done", seen
    assert all("waiting" not in s[2] for s in seen), "nothing else was uploading"
    assert any(s[2] == "loading" and s[4] == 3 for s in seen if s[0] < 1.0), seen  # reading files, 0/3 at once
    embedding = [s for s in seen if s[2] == "embedding" and s[1] == "indexing"]
    assert embedding and embedding[0][3:5] == (0, 120) and seen[-1][2:] == ("embedding", 120, 120, 120, 120), seen
    assert any(0 < s[5] < 120 and s[6] == 120 for s in seen), seen  # documents become searchable one by one
    polled = uploads.get(f"/api/upload/{response.json()['id']}").json()
    assert polled["documents"] == polled["documents_total"] == 120


def test_an_upload_waits_only_behind_one_that_is_indexing(uploads: TestClient, upload_service: ChatService) -> None:
    from .conftest import news_records

    def post(name: str, seed: int) -> UploadJob:
        data = "".join(json.dumps(r) + "\n" for r in news_records(60, seed=seed)).encode()
        response = uploads.post("/api/upload", files=[("files", (name, data, "application/json"))])
        return upload_service.jobs[response.json()["id"]]

    first = post("first.jsonl", 30)
    while first.stage != "embedding":
        time.sleep(0.005)
    second = post("second.jsonl", 31)
    seen = _watch(second)
    assert seen[0][1:3] == ("queued", "waiting for the previous upload") or first.state == "done", seen
    assert first.state == "done" and second.state == "done" and second.added == 60
    third = _watch(post("third.jsonl", 32))  # nothing else running now: never said to wait
    assert all("waiting" not in s[2] for s in third) and third[-1][1] == "done", third
