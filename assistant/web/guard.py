"""What keeps the server safe with no access token: requests from other sites, and Gradio's uploads.

With no token, anyone who can reach the port may use the app; but a page on another site that the
user happens to open must not use the user's browser to change anything (a form POSTing a file to
``/api/upload`` would replace a document). Browsers mark every POST with its page's ``Origin``
(and usually ``Referer``), which a page cannot forge, so a write whose ``Origin`` or ``Referer``
names another origin than the one the request was sent to is refused with a 403. Same-origin pages
(the chat itself) and clients that send neither header (curl, scripts, the ``openai`` client) pass.
A request with the right ``Authorization: Bearer`` token passes from anywhere: no other page can
send that header, since it cannot know the token.

Gradio's own upload route (``/gradio_api/upload``) saves files for its components; the chat's
only upload box takes documents, so that route gets ``/api/upload``'s rules: the per-file size
cap (Gradio's ``max_file_size``, which deletes a partial file itself), the accepted types and the
number of files, with any refused file deleted at once.
"""

from __future__ import annotations

import hmac
import json
import shutil
from pathlib import Path
from urllib.parse import unquote, urlsplit

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .service import MAX_UPLOAD_FILES, MAX_UPLOAD_MB, UPLOAD_TYPES

__all__ = ["GRADIO_UPLOAD", "TOKEN_COOKIE", "Guard", "error_response", "given_token", "openai_error", "same_origin",
           "token_matches"]

TOKEN_COOKIE = "assistant_token"
GRADIO_UPLOAD = "/gradio_api/upload"
MAX_UPLOAD_BYTES = int(MAX_UPLOAD_MB * MAX_UPLOAD_FILES * 1024 * 1024) + 64 * 1024  # + multipart framing
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
DEFAULT_PORTS = {"http": 80, "https": 443, "ws": 80, "wss": 443}
CROSS_ORIGIN = (
    "refused: this {method} comes from a page on another site ({origin}), which may not change anything "
    "here. Open the chat from this server itself, or send the request without an Origin header (as curl "
    "and scripts do). To use the API from other sites, start the server with --token (or ASSISTANT_TOKEN) "
    "and send 'Authorization: Bearer TOKEN'.")


# -- the token -----------------------------------------------------------------------------


def given_token(request: Request) -> bytes | None:
    """The token a request carries, as the bytes the client sent (a header's bytes come to us as
    Latin-1 text; a query parameter and the cookie are percent-encoded UTF-8)."""
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip().encode("latin-1", "replace")
    found = request.query_params.get("token") or unquote(request.cookies.get(TOKEN_COOKIE, ""))
    return found.encode("utf-8", "replace") if found else None


def token_matches(given: bytes | None, token: str) -> bool:
    """Compared on bytes in constant time: ``compare_digest`` refuses non-ASCII text with a TypeError."""
    return given is not None and bool(token) and hmac.compare_digest(given, token.encode("utf-8"))


def _bearer_ok(scope: Scope, token: str) -> bool:
    auth = Headers(scope=scope).get("authorization", "")
    return bool(token) and auth.lower().startswith("bearer ") and token_matches(
        auth[7:].strip().encode("latin-1", "replace"), token)


# -- where a request comes from ------------------------------------------------------------


def same_origin(page: str, scheme: str, host: str) -> bool:
    """Whether ``page`` (an ``Origin`` or ``Referer`` value) is the origin a request went to:
    the same scheme, host and port as the request's ``Host`` header. ``"null"`` (a sandboxed
    frame, a file) is never the same."""
    try:
        theirs, ours = urlsplit(page), urlsplit(f"{scheme}://{host}")
        return (theirs.scheme, theirs.hostname, _port(theirs.port, theirs.scheme)) == (
            ours.scheme, ours.hostname, _port(ours.port, ours.scheme)) and ours.hostname is not None
    except ValueError:  # a malformed port or host
        return False


def _port(port: int | None, scheme: str) -> int | None:
    return port if port is not None else DEFAULT_PORTS.get(scheme)


def foreign_page(scope: Scope) -> str:
    """The other site a request comes from, or "" if it comes from this one or says nothing."""
    headers = Headers(scope=scope)
    page = headers.get("origin") or headers.get("referer") or ""
    server = scope.get("server") or ("", None)
    host = headers.get("host") or (f"{server[0]}:{server[1]}" if server[1] else str(server[0]))
    return "" if not page or same_origin(page, scope.get("scheme", "http"), host) else page


# -- the middleware ------------------------------------------------------------------------


class Guard:
    """Refuses cross-site writes (403), and holds Gradio's upload route to the upload rules."""

    def __init__(self, app: ASGIApp, token: str = "") -> None:
        self.app = app
        self.token = token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        method = scope["method"]
        page = "" if method in SAFE_METHODS or _bearer_ok(scope, self.token) else foreign_page(scope)
        if page:
            refusal = error_response(scope["path"], 403, CROSS_ORIGIN.format(method=method, origin=page[:100]))
            return await refusal(scope, receive, send)
        if scope["path"] == GRADIO_UPLOAD and method == "POST":
            return await _checked_gradio_upload(self.app, scope, receive, send)
        await self.app(scope, receive, send)


def _refuse(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status)


# -- the error shape -------------------------------------------------------------------------


def error_response(path: str, status: int, message: str, **extra: object) -> JSONResponse:
    """The one error shape: ``{"error": message}``, and OpenAI's under ``/v1`` so its clients raise
    their usual errors."""
    if path.startswith("/v1/"):
        return JSONResponse({"error": openai_error(status, message)}, status)
    return JSONResponse({"error": message, **extra}, status)


def openai_error(status: int, message: str) -> dict[str, object]:
    kind = "server_error" if status >= 500 else "invalid_request_error"
    code = {401: "unauthorized", 403: "forbidden", 404: "not_found", 413: "request_too_large", 500: "internal_error",
            503: "unavailable"}
    return {"message": message, "type": kind, "param": None, "code": code.get(status, "bad_request")}


async def _checked_gradio_upload(app: ASGIApp, scope: Scope, receive: Receive, send: Send) -> None:
    """Gradio saves the files and answers with their paths; the answer is held back until they
    are checked (and Gradio's background copy, if any, is done), and refused files are deleted."""
    declared = Headers(scope=scope).get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_UPLOAD_BYTES:
        return await _refuse(413, f"the upload is over the limit of {MAX_UPLOAD_FILES} files of "
                             f"{MAX_UPLOAD_MB:.0f} MB; send less at once")(scope, receive, send)
    held: list[Message] = []

    async def hold(message: Message) -> None:
        held.append(message)

    await app(scope, receive, hold)
    start = next((m for m in held if m["type"] == "http.response.start"), None)
    body = b"".join(m.get("body", b"") for m in held if m["type"] == "http.response.body")
    if start is None:
        return
    refusal = _gradio_upload_refusal(start["status"], body)
    if refusal is None:
        for message in held:
            await send(message)
        return
    await refusal(scope, receive, send)


def _gradio_upload_refusal(status: int, body: bytes) -> JSONResponse | None:
    if status == 413:  # Gradio's max_file_size; it has deleted the partial file
        return _refuse(413, f"a file is over the upload limit of {MAX_UPLOAD_MB:.0f} MB; upload smaller files")
    if status != 200:
        return None
    try:
        saved = [Path(p) for p in json.loads(body)]
    except (ValueError, TypeError):
        return None
    message = upload_problem([p.name for p in saved])
    if message:
        for path in saved:
            _remove(path)
        return _refuse(400, message)
    return None


def upload_problem(names: list[str]) -> str:
    """Why these file names may not be uploaded, or "" if they may (the rules of ``/api/upload``)."""
    if len(names) > MAX_UPLOAD_FILES:
        return f"{len(names)} files at once; upload at most {MAX_UPLOAD_FILES}"
    wrong = [n for n in names if not n.lower().endswith(UPLOAD_TYPES)]
    if wrong:
        return f"{wrong[0]!r} is not a supported type; upload {', '.join(UPLOAD_TYPES)} files"
    return ""


def _remove(path: Path) -> None:
    """The file and the folder Gradio made for it (named by the file's hash), if nothing else is there."""
    path.unlink(missing_ok=True)
    if path.parent.is_dir() and not any(path.parent.iterdir()):
        shutil.rmtree(path.parent, ignore_errors=True)
