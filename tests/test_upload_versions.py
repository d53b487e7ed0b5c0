"""Uploads never silently replace (issue 17): the same name with the same bytes is "unchanged",
with other bytes a new version beside the old one, which is kept, marked superseded and still
readable; answers cite the version they used. Unit tests with the fake encoder for the catalog
and retrieval; the HTTP API and the page in Chromium with the real models."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from playwright.sync_api import expect

from assistant.answer import Citation, answer_markdown
from assistant.components import Components
from assistant.settings import load_settings
from assistant.web.app import build_app
from assistant.web.service import ChatService
from assistant.web.versioning import decide
from index import Filters, Index, IndexSettings
from index.versions import FileVersion

from .browser import chromium_page
from .conftest import serve_in_thread

OLD = "The Zorblat festival takes place in Quimper every May. Thousands come to Quimper for it."
NEW = "The Zorblat festival moved to Lorient in 2026 and now takes place every June in Lorient."
OTHER = "The Fnord council meets in Brest on Tuesdays."


# -- the version decision and the catalog (fake encoder) ------------------------------------------------


def _version(version: int, sha: str, documents: int = 1) -> FileVersion:
    return FileVersion("a.txt", version, f"/u/v{version}/a.txt", sha, 0.0, documents, None)


def test_decide_counts_only_versions_that_were_indexed() -> None:
    assert decide([], "x") == ("added", 1)
    assert decide([_version(1, "x")], "x") == ("unchanged", 1)
    assert decide([_version(1, "x")], "y") == ("updated", 2)
    assert decide([_version(1, "x"), _version(2, "y")], "x") == ("updated", 3)  # back to v1's bytes: a new version
    assert decide([_version(1, "x"), _version(2, "y", documents=0)], "z") == ("updated", 2)  # v2 failed: reused
    assert decide([_version(1, "x", documents=0)], "y") == ("added", 1)


@pytest.fixture
def index(tmp_path: Path) -> Iterator[Index]:
    with Index(IndexSettings(store=str(tmp_path / "store"), embedding="fake:64")) as opened:
        other = tmp_path / "docs" / "fnord.txt"
        other.parent.mkdir()
        other.write_text(OTHER, encoding="utf-8")
        opened.ingest([str(other)])
        yield opened


def _put(index: Index, folder: Path, version: int, text: str) -> Path:
    path = folder / ("zorblat.txt" if version == 1 else f"v{version}/zorblat.txt")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    assert index.record_file_version("zorblat.txt", version, path, f"sha-{version}")
    return path


def test_a_version_is_superseded_only_once_its_successor_is_committed(index: Index, tmp_path: Path) -> None:
    uploads = tmp_path / "uploads"
    index.ingest([str(_put(index, uploads, 1, OLD))])
    v2 = _put(index, uploads, 2, NEW)
    before = index.file_versions("zorblat.txt")
    assert [(v.version, v.documents, v.superseded) for v in before] == [(1, 1, None), (2, 0, None)]
    assert [p.version for p in index.search("Zorblat festival", k=3) if "Zorblat" in p.text] == [1]

    index.ingest([str(v2)])
    after = index.file_versions("zorblat.txt")
    assert after[0].superseded is not None and after[1].superseded is None and after[1].documents == 1
    docs = index.stats()["documents"]
    assert sorted((d["version"], d["current"]) for d in docs) == [(1, False), (1, True), (2, True)]
    assert index.stats()["n_superseded"] == 1


def test_search_sees_the_current_version_unless_asked_for_all(index: Index, tmp_path: Path) -> None:
    uploads = tmp_path / "uploads"
    index.ingest([str(_put(index, uploads, 1, OLD))])
    index.ingest([str(_put(index, uploads, 2, NEW))])
    found = [p for p in index.search("Zorblat festival Quimper", k=5) if "Zorblat" in p.text]
    assert [(p.version, p.superseded) for p in found] == [(2, False)]  # v1 neither outranks nor repeats it
    every = [p for p in index.search("Zorblat festival Quimper", k=5, filters=Filters(superseded=True))
             if "Zorblat" in p.text]
    assert sorted((p.version, p.superseded) for p in every) == [(1, True), (2, False)]
    old = next(p for p in every if p.version == 1)
    assert index.document_text(old.doc_id) == OLD  # kept and readable


def test_a_rebuild_drops_the_version_rows_with_the_generation(index: Index, tmp_path: Path) -> None:
    uploads = tmp_path / "uploads"
    index.ingest([str(_put(index, uploads, 1, OLD))])
    index.ingest([str(uploads)], rebuild=True)
    gen = index.generation()
    assert index.store.catalog.doc_versions(gen.gid) == {}
    assert index.store.catalog._db.execute("SELECT COUNT(*) FROM file_versions").fetchone()[0] == 0


def test_markdown_names_the_version_when_there_are_several() -> None:
    from assistant.answer import Answer, Claim

    def answer(version: int) -> Answer:
        cite = Citation(1, "d", "Zorblat", "zorblat.txt", "", "c", 0, 10, NEW[:40], 1.0, version=version)
        return Answer("q", "q", "It moved [1].", False, [cite], [Claim("It moved", [1], True, 1.0)])

    assert "Zorblat v2 (zorblat.txt)" in answer_markdown(answer(2))
    assert "Zorblat (zorblat.txt)" in answer_markdown(answer(1)) and " v1" not in answer_markdown(answer(1))


# -- the HTTP API, real models ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChatService]:
    home = tmp_path_factory.mktemp("upload-versions") / "home"
    docs = home.parent / "docs"
    docs.mkdir()
    (docs / "fnord.txt").write_text(OTHER, encoding="utf-8")
    settings = load_settings(env={"ASSISTANT_HOME": str(home)}, store=str(home / "store"))
    with Index(settings.index) as index:
        index.ingest([str(docs)])
    chat = ChatService(Components.from_settings(settings))
    yield chat
    chat.close()


@pytest.fixture(scope="module")
def client(service: ChatService) -> Iterator[TestClient]:
    with TestClient(build_app(service, with_ui=False)) as test_client:
        yield test_client


def _upload(client: TestClient, name: str, text: str) -> dict[str, Any]:
    response = client.post("/api/upload", files=[("files", (name, text.encode(), "text/plain"))])
    assert response.status_code == 202, response.text
    job_id = response.json()["id"]
    for _ in range(600):
        job: dict[str, Any] = client.get(f"/api/upload/{job_id}").json()
        if job["state"] not in ("queued", "indexing"):
            return job
        time.sleep(0.1)
    raise AssertionError(f"upload {job_id} did not finish")


def _versions(client: TestClient, name: str) -> list[dict[str, Any]]:
    docs = client.get("/api/documents").json()["documents"]
    return sorted((d for d in docs if d["source"] == name), key=lambda d: d["version"])


@pytest.mark.slow
def test_same_name_same_bytes_is_unchanged_other_bytes_a_new_version(client: TestClient,
                                                                      service: ChatService) -> None:
    first = _upload(client, "zorblat.txt", OLD)
    assert (first["state"], first["added"], first["updated"]) == ("done", 1, 0)
    assert first["versions"] == [{"name": "zorblat.txt", "version": 1, "status": "added"}]

    again = _upload(client, "zorblat.txt", OLD)
    assert (again["state"], again["added"], again["updated"], again["unchanged"]) == ("done", 0, 0, 1)
    assert again["versions"] == [{"name": "zorblat.txt", "version": 1, "status": "unchanged"}]
    assert len(_versions(client, "zorblat.txt")) == 1

    second = _upload(client, "zorblat.txt", NEW)
    assert (second["state"], second["added"], second["updated"]) == ("done", 0, 1)  # the probe saw "added": 1
    assert second["versions"] == [{"name": "zorblat.txt", "version": 2, "status": "updated"}]

    listed = _versions(client, "zorblat.txt")
    assert [(d["version"], d["current"]) for d in listed] == [(1, False), (2, True)]
    assert listed[0]["superseded"] and listed[1]["superseded"] is None
    listing = client.get("/api/documents").text
    assert str(service.upload_dir) not in listing and str(service.settings.home) not in listing
    assert service.assistant().index.document_text(listed[0]["doc_id"]) == OLD  # the old one is kept whole
    assert (service.upload_dir / "zorblat.txt").read_text(encoding="utf-8") == OLD  # and its file


@pytest.mark.slow
def test_the_answer_cites_the_new_version(client: TestClient) -> None:
    if len(_versions(client, "zorblat.txt")) < 2:
        _upload(client, "zorblat.txt", OLD)
        _upload(client, "zorblat.txt", NEW)
    answer = client.post("/api/ask", json={"question": "Where does the Zorblat festival take place?"}).json()
    assert not answer["abstained"] and "Lorient" in answer["answer"] and "Quimper" not in answer["answer"]
    cited = [c for c in answer["citations"] if c["source"] == "zorblat.txt"]
    assert cited and {c["version"] for c in cited} == {2}
    brief = client.post("/api/brief", json={"questions": ["Where does the Zorblat festival take place?"]})
    assert brief.status_code == 200 and "Lorient" in brief.text
    assert re.search(r"^1\. .* v2\. zorblat\.txt$", brief.text, re.MULTILINE), brief.text  # the source list
    old = client.post("/api/search", json={"query": "Zorblat festival Quimper", "k": 5,
                                           "filters": {"superseded": True}}).json()
    assert {p["version"] for p in old["passages"] if p["source"] == "zorblat.txt"} == {1, 2}


@pytest.mark.slow
def test_a_new_version_that_cannot_be_read_leaves_the_old_one_current(client: TestClient,
                                                                      service: ChatService) -> None:
    _upload(client, "lighthouse.txt", "The Zephyr lighthouse was built in 1884 by Ada Morrow.")
    broken = _upload(client, "lighthouse.txt", "   \n\n  ")
    assert broken["state"] == "failed" and broken["updated"] == 0 and broken["versions"] == []
    assert [(d["version"], d["current"]) for d in _versions(client, "lighthouse.txt")] == [(1, True)]
    assert not (service.upload_dir / "v2" / "lighthouse.txt").exists()
    fixed = _upload(client, "lighthouse.txt", "The Zephyr lighthouse was built in 1885 by Ada Morrow.")
    assert fixed["versions"] == [{"name": "lighthouse.txt", "version": 2, "status": "updated"}]
    assert json.dumps(fixed).count("v2/") == 0


# -- the page, in Chromium -----------------------------------------------------------------------------


@pytest.mark.slow
def test_uploading_the_same_name_twice_in_the_page_shows_the_version(service: ChatService, tmp_path: Path) -> None:
    note = tmp_path / "harbour.txt"
    with serve_in_thread(build_app(service), "upload-versions-server") as url, chromium_page() as page:
        page.goto(url + "/")
        page.locator("#upload-box > button").click()
        for text, notice in (("The Kellan harbour opened in 1901.", "Added 1 document"),
                             ("The Kellan harbour opened in 1902, after a delay.", "now version 2")):
            note.write_text(text, encoding="utf-8")
            page.locator("#upload-box input[type=file]").set_input_files(str(note))
            # Gradio shows the name and the extension in elements of their own: "harbour .txt" at times
            expect(page.locator("#upload-box")).to_contain_text(re.compile(r"harbour\s*\.txt"))
            page.locator("#add-files").click()
            expect(page.locator("#upload-status")).to_contain_text(notice, timeout=60_000)
        expect(page.locator(".version-notice")).to_contain_text("harbour.txt updated: now version 2")
        expect(page.locator(".version-notice")).to_contain_text("version 1 is kept, marked superseded")
