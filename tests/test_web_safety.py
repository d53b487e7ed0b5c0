"""The web app's safe defaults with no token (issue 17): writes from other sites refused, Gradio's
upload route held to the upload rules, tokens compared on bytes, invalid Unicode a 400, no server
paths in anything sent, the docs served offline, one error shape, real dates. A real-browser
test shows a page on another port failing to upload through the user's browser.

The index holds two small documents (a text file and a JSONL record) under a folder whose path
must never show in a response."""

from __future__ import annotations

import http.server
import json
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from assistant.components import Components
from assistant.settings import load_settings
from assistant.web.app import TOKEN_COOKIE, build_app
from assistant.web.guard import same_origin, token_matches, upload_problem
from assistant.web.service import ChatService
from assistant.web.shown import hide_folders, shown_source, shown_store
from bench.ports import free_port
from index import Index

from .browser import chromium_page
from .conftest import serve_in_thread

pytestmark = pytest.mark.slow

ZORBLAT = "The Zorblat festival takes place in Quimper every May. Thousands come to Quimper for it."
FNORD = {"id": "r7", "title": "Fnord council", "text": "The Fnord council meets in Brest on Tuesdays.",
         "date": "2025-08-01"}
ELSEWHERE = "http://evil.example"
SURROGATE = '"\\ud800 where?"'  # the JSON escape of a lone surrogate, as a client sends it


@pytest.fixture(scope="module")
def secret_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("secret-server-folder")


@pytest.fixture(scope="module")
def service(secret_dir: Path) -> Iterator[ChatService]:
    docs = secret_dir / "docs"
    docs.mkdir()
    (docs / "zorblat.txt").write_text(ZORBLAT, encoding="utf-8")
    (docs / "council.jsonl").write_text(json.dumps(FNORD) + "\n", encoding="utf-8")
    home = secret_dir / "home"
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


@pytest.fixture(scope="module")
def ui_client(service: ChatService) -> Iterator[TestClient]:
    """The whole app, chat mounted at "/" as `assistant serve` runs it."""
    with TestClient(build_app(service)) as test_client:
        yield test_client


def _json(client: TestClient, path: str, raw: str, **headers: str) -> Any:
    return client.post(path, content=raw.encode(), headers={"Content-Type": "application/json", **headers})


# -- 1. writes from other sites -------------------------------------------------------------------


@pytest.mark.parametrize(("page", "host", "same"), [
    ("http://127.0.0.1:8000", "127.0.0.1:8000", True),
    ("http://127.0.0.1:8000/some/page?x=1", "127.0.0.1:8000", True),  # a Referer
    ("http://LOCALHOST", "localhost:80", True),
    ("http://127.0.0.1:9000", "127.0.0.1:8000", False),  # another port is another origin
    ("https://127.0.0.1:8000", "127.0.0.1:8000", False),
    ("http://localhost:8000", "127.0.0.1:8000", False),
    ("null", "127.0.0.1:8000", False),
    ("http://[::1", "127.0.0.1:8000", False),
])
def test_same_origin_is_scheme_host_and_port(page: str, host: str, same: bool) -> None:
    assert same_origin(page, "http", host) is same


def test_writes_from_another_site_are_refused_with_a_403_naming_token(client: TestClient,
                                                                        service: ChatService) -> None:
    upload, jobs = [("files", ("zorblat.txt", b"The festival moved to Paris.", "text/plain"))], len(service.jobs)
    for headers in ({"Origin": ELSEWHERE}, {"Referer": ELSEWHERE + "/attack.html"}, {"Origin": "null"}):
        response = client.post("/api/upload", files=upload, headers=headers)
        assert response.status_code == 403, headers
        assert "--token" in response.json()["error"] and "another site" in response.json()["error"]
    brief = client.post("/api/brief", json={"questions": ["Where is the Zorblat festival?"]},
                        headers={"Origin": ELSEWHERE})
    assert brief.status_code == 403
    assert client.delete("/api/upload/0123456789ab", headers={"Origin": ELSEWHERE}).status_code == 403
    chat = client.post("/v1/chat/completions", json={"messages": [{"role": "user", "content": "Where?"}]},
                       headers={"Origin": ELSEWHERE})
    assert chat.status_code == 403 and chat.json()["error"]["code"] == "forbidden"  # OpenAI's shape under /v1
    assert len(service.jobs) == jobs and not (service.upload_dir / "zorblat.txt").exists()


def test_same_origin_and_originless_requests_pass(client: TestClient) -> None:
    body = {"query": "Zorblat festival"}
    assert client.post("/api/search", json=body, headers={"Origin": "http://testserver"}).status_code == 200
    assert client.post("/api/search", json=body, headers={"Referer": "http://testserver/"}).status_code == 200
    assert client.post("/api/search", json=body).status_code == 200  # curl, scripts: no Origin
    assert client.get("/api/health", headers={"Origin": ELSEWHERE}).status_code == 200  # reads are not writes


def test_a_bearer_token_passes_from_any_origin_a_cookie_does_not(service: ChatService) -> None:
    with TestClient(build_app(service, token="s3cret", with_ui=False)) as client:
        body, foreign = {"query": "Zorblat"}, {"Origin": ELSEWHERE}
        bearer = client.post("/api/search", json=body, headers={**foreign, "Authorization": "Bearer s3cret"})
        assert bearer.status_code == 200
        client.cookies.set(TOKEN_COOKIE, "s3cret")  # a browser would send it to a same-site page's form
        assert client.post("/api/search", json=body, headers=foreign).status_code == 403


# -- 2. Gradio's upload route ------------------------------------------------------------------------


def _gradio_upload(client: TestClient, name: str, data: bytes, **headers: str) -> Any:
    return client.post("/gradio_api/upload", files=[("files", (name, data, "application/octet-stream"))],
                       headers=headers)


def _gradio_files(name: str) -> list[Path]:
    from gradio.utils import get_upload_folder

    return list(Path(get_upload_folder()).rglob(name))


def test_gradio_upload_route_keeps_the_upload_rules(ui_client: TestClient) -> None:
    exe = _gradio_upload(ui_client, "setup-7f3a.exe", b"MZ\x90\x00")
    assert exe.status_code == 400 and "not a supported type" in exe.json()["error"]
    big = _gradio_upload(ui_client, "big-7f3a.txt", b"word " * 4_300_000)  # 21.5 MB
    assert big.status_code == 413 and "20 MB" in big.json()["error"]
    foreign = _gradio_upload(ui_client, "foreign-7f3a.txt", b"hello", Origin=ELSEWHERE)
    assert foreign.status_code == 403
    assert not _gradio_files("setup-7f3a.exe") + _gradio_files("big-7f3a.txt") + _gradio_files("foreign-7f3a.txt")
    fine = _gradio_upload(ui_client, "notes-7f3a.txt", b"hello", Origin="http://testserver")
    assert fine.status_code == 200 and Path(fine.json()[0]).is_file()


def test_upload_problem_names_the_rule() -> None:
    assert upload_problem(["a.txt", "b.PDF", "c.jsonl"]) == ""
    assert "not a supported type" in upload_problem(["a.txt", "x.svg"])
    assert "at most 20" in upload_problem([f"{i}.txt" for i in range(21)])


# -- 3. the token on bytes ----------------------------------------------------------------------------


def test_token_matches_compares_bytes() -> None:
    assert token_matches("clé".encode(), "clé") and not token_matches(b"cle", "clé")
    assert not token_matches(None, "x") and not token_matches(b"", "x")


def test_a_non_ascii_token_is_a_401_or_accepted_never_a_500(service: ChatService) -> None:
    with TestClient(build_app(service, token="s3cret", with_ui=False)) as client:
        header = client.get("/api/health", headers={"Authorization": "Bearer clé".encode()})
        assert header.status_code == 401 and "access token" in header.json()["error"]
        assert client.get("/api/health", params={"token": "clé✓"}).status_code == 401
        assert client.get("/v1/models").json()["error"]["code"] == "unauthorized"
    with TestClient(build_app(service, token="clé✓", with_ui=False)) as client:
        assert client.get("/api/health", headers={"Authorization": "Bearer clé✓".encode()}).status_code == 200
        by_query = client.get("/api/health", params={"token": "clé✓"})
        assert by_query.status_code == 200
        assert client.get("/api/health").status_code == 200  # the cookie that set


# -- 4. invalid Unicode ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("path", "raw"), [
    ("/api/ask", '{"question": @}'),
    ("/api/ask", '{"question": "Where?", "history": [{"role": "user", "content": @}]}'),
    ("/api/search", '{"query": @}'),
    ("/api/brief", '{"questions": [@]}'),
    ("/v1/chat/completions", '{"messages": [{"role": "user", "content": @}]}'),
])
def test_a_lone_surrogate_is_a_400_with_a_message(client: TestClient, path: str, raw: str) -> None:
    response = _json(client, path, raw.replace("@", SURROGATE))
    assert response.status_code == 400
    error = response.json()["error"]
    message = error["message"] if isinstance(error, dict) else error
    assert "surrogate" in message and "not valid Unicode" in message


@pytest.mark.parametrize(("path", "raw"), [
    ("/api/ask", '{"question": "Where?", @: 1}'),  # in a key
    ("/api/ask", '{"question": "Where?", "history": [{"role": @, "content": "x"}]}'),
    ("/api/search", '{"query": "Zorblat", "k": @}'),
    ("/v1/chat/completions", '{"messages": [{"role": "user", "content": [{"type": "text", "text": @}]}]}'),
])
def test_a_lone_surrogate_anywhere_is_a_400(client: TestClient, path: str, raw: str) -> None:
    response = _json(client, path, raw.replace("@", SURROGATE))
    assert response.status_code == 400 and "unicode" in response.text.lower()


# -- 5. no server paths -----------------------------------------------------------------------------------


def test_shown_source_is_a_name_or_url() -> None:
    assert shown_source("/home/me/news/a.html") == "a.html"
    assert shown_source("/data/x.jsonl#r7") == "x.jsonl#r7"
    assert shown_source("C:\\Users\\me\\a.pdf") == "a.pdf"
    assert shown_source("https://example.com/a/b.html") == "https://example.com/a/b.html"
    assert shown_store("/tmp/x/home/store") == "store"
    assert shown_store("chroma+http://localhost:8000") == "chroma+http://localhost:8000"
    assert shown_store("memory") == "memory"


def test_no_response_shows_a_server_path(client: TestClient, secret_dir: Path) -> None:
    question = {"question": "Where does the Zorblat festival take place?"}
    responses = {
        "documents": client.get("/api/documents"),
        "health": client.get("/api/health"),
        "search": client.post("/api/search", json={"query": "Zorblat festival Fnord council"}),
        "ask": client.post("/api/ask", json=question),
        "stream": client.post("/api/ask", json={**question, "stream": True}),
        "v1": client.post("/v1/chat/completions", json={"messages": [{"role": "user", **{
            "content": question["question"]}}]}),
        "brief": client.post("/api/brief", json={"questions": [question["question"]], "format": "html"}),
    }
    for what, response in responses.items():
        assert response.status_code == 200, what
        assert str(secret_dir) not in response.text and "secret-server-folder" not in response.text, what
    sources = {d["source"] for d in responses["documents"].json()["documents"]}
    assert sources == {"zorblat.txt", "council.jsonl#r7"}
    assert responses["documents"].json()["store"] == "store"
    assert {c["source"] for c in responses["ask"].json()["citations"]} == {"zorblat.txt"}
    assert "zorblat.txt" in responses["v1"].json()["choices"][0]["message"]["content"]


def test_hide_folders_leaves_names() -> None:
    home = Path("/srv/me/.local/share/corpus-assistant")
    message = f"{home}/uploads/a.pdf: no text left; the store {home}/store is fine"
    assert hide_folders(message, [home / "uploads", home]) == "a.pdf: no text left; the store store is fine"


def test_an_upload_s_problems_name_the_file_only(client: TestClient, service: ChatService) -> None:
    response = client.post("/api/upload", files=[("files", ("broken.pdf", b"%PDF-1.4 not really", "application/pdf"))])
    assert response.status_code == 202
    service.wait(service.jobs[response.json()["id"]])
    job = client.get(f"/api/upload/{response.json()['id']}").json()
    assert job["state"] == "failed" and (job["problems"] or job["error"])
    assert str(service.upload_dir) not in json.dumps(job) and str(service.settings.home) not in json.dumps(job)
    assert "broken.pdf" in json.dumps(job)


# -- 6. docs offline -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_the_docs_load_their_assets_from_this_server(client: TestClient, page: str) -> None:
    html = client.get(page)
    assert html.status_code == 200
    assert not re.search(r"(src|href)=[\"']https?://", html.text), "an asset from another server"
    assets = re.findall(r"(?:src|href)=[\"'](/[^\"']+)", html.text) + re.findall(r"url: ?'(/[^']+)'", html.text)
    assert any(a.endswith(".js") for a in assets)
    for asset in assets:
        assert client.get(asset).status_code == 200, asset


# -- 7. one error shape, real dates ---------------------------------------------------------------------------


def test_unknown_routes_and_methods_answer_in_the_api_s_shape(ui_client: TestClient) -> None:
    unknown = ui_client.get("/api/nope")
    assert unknown.status_code == 404 and set(unknown.json()) == {"error"} and "/docs" in unknown.json()["error"]
    assert ui_client.post("/api/nope/deeper", json={}).json().keys() == {"error"}
    wrong = ui_client.get("/api/ask")
    assert wrong.status_code == 405 and wrong.json()["error"].startswith("GET /api/ask is not allowed")
    assert wrong.headers["allow"] == "POST"
    assert ui_client.get("/api/upload/0123456789ab").status_code == 404  # real routes still route
    v1 = ui_client.get("/v1/nope")
    assert v1.status_code == 404 and v1.json()["error"]["code"] == "not_found"
    assert ui_client.get("/").status_code == 200  # the chat is still there


@pytest.mark.parametrize("bound", ["2025-13-45", "2025-02-30", "2025-00", "25-08"])
def test_dates_must_be_real_dates(client: TestClient, bound: str) -> None:
    for path, body in (("/api/search", {"query": "Zorblat"}), ("/api/ask", {"question": "Where is Zorblat?"})):
        response = client.post(path, json={**body, "filters": {"since": bound}})
        assert response.status_code == 400 and bound in response.json()["error"], (path, bound)
    assert client.post("/api/search", json={"query": "Fnord", "filters": {"since": "2024-02-29"}}).status_code == 200


# -- the browser: a page on another port cannot upload through the user's browser ----------------------------


ATTACK_PAGE = """<!doctype html><title>attack</title>
<form id="form" method="post" enctype="multipart/form-data" action="{app}/api/upload">
<input type="file" name="files" id="file"></form>
<script>
async function sneak() {{
  const data = new FormData();
  data.append("files", new Blob(["The Zorblat festival moved to Paris."]), "zorblat.txt");
  await fetch("{app}/api/upload", {{method: "POST", mode: "no-cors", body: data}});
  return "sent";
}}
</script>"""


@pytest.fixture(scope="module")
def fresh_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChatService]:
    """An index of one unrelated document."""
    home = tmp_path_factory.mktemp("web-safety-browser")
    (home / "seed.txt").write_text("The Fnord council meets in Brest on Tuesdays.", encoding="utf-8")
    settings = load_settings(env={"ASSISTANT_HOME": str(home)}, store=str(home / "store"))
    with Index(settings.index) as index:
        index.ingest([str(home / "seed.txt")])
    chat = ChatService(Components.from_settings(settings))
    yield chat
    chat.close()


def _serve_page(html: str) -> tuple[http.server.HTTPServer, str]:
    body = html.encode()

    class Page(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    port = free_port()
    server = http.server.HTTPServer(("127.0.0.1", port), Page)
    threading.Thread(target=server.serve_forever, name="attack-page", daemon=True).start()
    return server, f"http://127.0.0.1:{port}/"


def test_a_page_on_another_port_cannot_upload_but_the_chat_can(fresh_service: ChatService, tmp_path: Path) -> None:
    note = tmp_path / "zorblat.txt"
    note.write_text("The Zorblat festival moved to Paris.", encoding="utf-8")
    with serve_in_thread(build_app(fresh_service), "web-safety-server") as app_url, chromium_page() as page:
        server, attack_url = _serve_page(ATTACK_PAGE.format(app=app_url))
        try:
            page.goto(attack_url)
            assert page.evaluate("sneak()") == "sent"  # the opaque no-cors answer says nothing
            page.locator("#file").set_input_files(str(note))
            with page.expect_response(f"{app_url}/api/upload") as refused:
                page.locator("#form").evaluate("form => form.submit()")
            assert refused.value.status == 403
            assert "--token" in page.locator("body").inner_text()
        finally:
            server.shutdown()
        assert not fresh_service.jobs and fresh_service.documents()["n_documents"] == 1
        page.goto(app_url + "/")  # the chat's own page uploads as before
        job = page.evaluate("""async () => {
            const data = new FormData();
            data.append("files", new Blob(["The Zorblat festival takes place in Quimper."]), "zorblat.txt");
            const response = await fetch("/api/upload", {method: "POST", body: data});
            return [response.status, await response.json()];
        }""")
    assert job[0] == 202
    assert fresh_service.wait(fresh_service.jobs[job[1]["id"]]).state == "done"
    assert fresh_service.documents()["n_documents"] == 2
