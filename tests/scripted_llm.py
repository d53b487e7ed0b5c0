"""A scripted OpenAI-compatible chat server on loopback, for tests of anything that calls a model.

    with ScriptedLLM(["first reply", "second reply"]) as llm:        # canned replies, in order
        client = ChatClient(llm.base_url, "scripted")
    with ScriptedLLM(lambda messages: reply_for(messages)) as llm:  # or a function of the messages
        ...
    llm.requests   # every request body, in order; llm.prompts: each request's last user message

It serves ``POST /v1/chat/completions`` (plain JSON, or server-sent events when the request asks
for ``"stream": true``) and ``GET /v1/models``. A reply may be a :class:`Raw` response to test
error handling. A script that runs out of replies or raises answers HTTP 500 and records the
problem in ``errors``. Each connection is closed after its response, so shutdown never waits.
"""

from __future__ import annotations

import json
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self

Messages = list[dict[str, str]]


@dataclass(frozen=True)
class Raw:
    """A verbatim HTTP response instead of a chat completion (bad status, broken JSON)."""

    status: int = 500
    body: str = ""
    content_type: str = "application/json"


Reply = str | Raw
Script = Callable[[Messages], Reply] | Sequence[Reply]


class ScriptedLLM:
    def __init__(self, script: Script, model: str = "scripted") -> None:
        self.model = model
        self.requests: list[dict[str, Any]] = []
        self.errors: list[str] = []
        self._script = script if callable(script) else _canned(list(script))
        self._lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        """The OpenAI-style API base, ending in /v1."""
        if self._server is None:
            raise RuntimeError("the scripted server is not running; use it in a `with` block")
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    @property
    def prompts(self) -> list[str]:
        """The last user message of each chat request."""
        return [next((m["content"] for m in reversed(r.get("messages", [])) if m.get("role") == "user"), "")
                for r in self.requests if "messages" in r]

    def __enter__(self) -> Self:
        server = _Server(("127.0.0.1", 0), _Handler)
        server.app = self
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02},
                                        name="scripted-llm", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._server is not None and self._thread is not None:
            self._server.shutdown()
            self._server.server_close()
            self._thread.join(timeout=5)
        self._server = self._thread = None

    def reply(self, body: dict[str, Any]) -> Reply:
        """Record ``body`` and run the script on its messages."""
        with self._lock:
            self.requests.append(body)
            try:
                return self._script(list(body.get("messages", [])))
            except Exception as exc:  # noqa: BLE001 -- a broken script must fail the test, not hang the client
                self.errors.append(f"{type(exc).__name__}: {exc}")
                return Raw(500, json.dumps({"error": {"message": self.errors[-1]}}))


def _canned(replies: list[Reply]) -> Callable[[Messages], Reply]:
    feed: Iterator[Reply] = iter(replies)

    def next_reply(messages: Messages) -> Reply:
        try:
            return next(feed)
        except StopIteration:
            raise RuntimeError(f"the script's {len(replies)} canned replies are used up") from None

    return next_reply


def unused_url() -> str:
    """A loopback /v1 URL where nothing listens: for "server is down" tests."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


def completion(text: str, model: str, n: int) -> dict[str, Any]:
    return {"id": f"chatcmpl-scripted-{n}", "object": "chat.completion", "created": int(time.time()),
            "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                         "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 0, "completion_tokens": len(text.split()),
                      "total_tokens": len(text.split())}}


def chunks(text: str, model: str, n: int) -> Iterator[dict[str, Any]]:
    """Streaming deltas: the role, then the text word by word, then the stop."""
    base = {"id": f"chatcmpl-scripted-{n}", "object": "chat.completion.chunk",
            "created": int(time.time()), "model": model}
    yield {**base, "choices": [{"index": 0, "delta": {"role": "assistant"}, "finish_reason": None}]}
    for piece in text.split(" "):
        yield {**base, "choices": [{"index": 0, "delta": {"content": piece + " "}, "finish_reason": None}]}
    yield {**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # a handler still sleeping in a timeout test does not block shutdown
    app: ScriptedLLM

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return  # the client gave up first, as timeout tests make it do
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    # HTTP/1.0: one request per connection, so no keep-alive thread outlives the test
    server_version = "ScriptedLLM/1"

    @property
    def app(self) -> ScriptedLLM:
        server = self.server
        assert isinstance(server, _Server)
        return server.app

    def do_GET(self) -> None:
        if self.path.rstrip("/") != "/v1/models":
            return self._send(404, {"error": {"message": f"no route GET {self.path}"}})
        self._send(200, {"object": "list", "data": [{"id": self.app.model, "object": "model",
                                                      "owned_by": "scripted"}]})

    def do_POST(self) -> None:
        if self.path.rstrip("/") != "/v1/chat/completions":
            return self._send(404, {"error": {"message": f"no route POST {self.path}"}})
        try:
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
        except ValueError as exc:
            return self._send(400, {"error": {"message": f"request body is not JSON: {exc}"}})
        reply, n = self.app.reply(body), len(self.app.requests)
        if isinstance(reply, Raw):
            return self._send_raw(reply)
        if body.get("stream"):
            return self._send_stream(chunks(reply, self.app.model, n))
        self._send(200, completion(reply, self.app.model, n))

    def _send(self, status: int, payload: dict[str, Any]) -> None:
        self._send_raw(Raw(status, json.dumps(payload)))

    def _send_raw(self, raw: Raw) -> None:
        data = raw.body.encode("utf-8")
        self.send_response(raw.status)
        self.send_header("Content-Type", raw.content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _send_stream(self, events: Iterator[dict[str, Any]]) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        for event in events:
            self.wfile.write(f"data: {json.dumps(event)}\n\n".encode())
        self.wfile.write(b"data: [DONE]\n\n")

    def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
        pass
