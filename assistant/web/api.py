"""The HTTP API: JSON endpoints under ``/api`` and an OpenAI-compatible chat under ``/v1``.

A thin adapter over ``ChatService``: request models (their descriptions are the docs at
``/docs``) become service calls, and answers go out as ``Answer.to_dict()``, the contract
``assistant ask --json`` prints. Endpoints are plain ``def`` functions and streams are sync
generators, so the work runs in Starlette's threadpool, where ChatService keeps one Assistant
per thread.

Every refusal is JSON that names the fix: ``{"error": message}`` under ``/api``, and OpenAI's
``{"error": {"message", "type", "code"}}`` under ``/v1`` so OpenAI clients raise their usual
errors. Bad input is a 4xx, never a 500; a 500 says only the exception's type (the traceback
goes to the server's stderr).
"""

from __future__ import annotations

import json
import re
import sys
import time
import traceback
import uuid
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, FastAPI, File, HTTPException, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from fastapi.routing import APIRoute
from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from pydantic_core import PydanticCustomError
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from index.retrieval import Filters

from ..answer import Answer, Turn, markdown_body
from ..boundary import http_status
from ..brief_render import MEDIA_TYPES, render
from ..briefing import MAX_QUESTIONS as MAX_BRIEF_QUESTIONS
from ..briefing import BriefItem
from ..core import MAX_QUESTION_CHARS, AskEvent, check_question
from ..errors import USER_ERRORS, QuestionError
from .guard import MAX_UPLOAD_BYTES, error_response, openai_error
from .service import MAX_TOP_K, MAX_UPLOAD_FILES, MAX_UPLOAD_MB, UPLOAD_TYPES, ChatService
from .shown import hide_folders

__all__ = ["MODEL", "add_api_routes"]

MODEL = "corpus-assistant"
# Generous enough for 20 history turns of 8000 characters even when a client \u-escapes them all.
MAX_JSON_BYTES = 1024 * 1024
_SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}  # no proxy may hold events back


def add_api_routes(app: FastAPI, service: ChatService) -> None:
    app.state.chat_service = service
    app.include_router(api)
    app.include_router(v1)
    app.add_middleware(_BodyLimit)
    app.add_exception_handler(RequestValidationError, _on_invalid_request)
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
    for error in (*USER_ERRORS, Exception):  # Exception: the catch-all 500 (Starlette re-raises it for the log)
        app.add_exception_handler(error, _on_error)


def _service(request: Request) -> ChatService:
    service: ChatService = request.app.state.chat_service
    return service


Service = Annotated[ChatService, Depends(_service)]

# -- request models --------------------------------------------------------------------


def _valid_unicode(text: str) -> str:
    """JSON can carry a lone UTF-16 surrogate ("\\ud800"), which is no character and which nothing
    downstream can encode: a 400 that says so, not a TypeError deep in the tokenizer."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise PydanticCustomError(
            "invalid_unicode", "character {at} is a lone UTF-16 surrogate ({char}), which is not valid Unicode; "
            "send text as UTF-8", {"at": exc.start, "char": ascii(text[exc.start])}) from None
    return text


Text = Annotated[str, AfterValidator(_valid_unicode)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")  # a misspelt field is an error, not silently ignored


class HistoryTurn(_Strict):
    role: Literal["user", "assistant"] = Field(description="Who said it.")
    content: Text = Field(description="What was said: an earlier question, or the answer to it.")


class SearchFilters(_Strict):
    sources: list[Text] = Field(default=[], description="Only documents whose source path, URL or title contains "
                               "one of these (case-insensitive).", examples=[["reuters.com", "2025-report.pdf"]])
    since: Text = Field("", description="Only documents dated on or after this: YYYY, YYYY-MM or YYYY-MM-DD. "
                       "Undated documents are left out when a date bound is set.", examples=["2025-08"])
    until: Text = Field("", description="Only documents dated on or before this: YYYY, YYYY-MM or YYYY-MM-DD.",
                       examples=["2025-08-31"])
    superseded: bool = Field(False, description="Also search versions of an uploaded file that a later upload "
                             "of the same name replaced (by default only the current version is searched).")


class AskRequest(_Strict):
    question: Text = Field(description=f"The question, at most {MAX_QUESTION_CHARS} characters.",
                          examples=["Where will Trump and Putin meet?"])
    history: list[HistoryTurn] = Field(default=[], description="Earlier turns of the conversation, oldest first; "
                                       "a follow-up question (\"what did he say then?\") is read in their light.")
    top_k: int = Field(6, ge=1, le=MAX_TOP_K, description="How many passages the answer may draw on.")
    filters: SearchFilters | None = Field(None, description="Which documents may be cited.")
    stream: bool = Field(False, description="Answer as server-sent events: `text` deltas, each `citation` and "
                         "`claim` as it is verified, then `done` with the whole answer (or `error`).")


class SearchRequest(_Strict):
    query: Text = Field(description="Words to search the documents for.", examples=["Alaska summit"])
    k: int = Field(5, ge=1, le=MAX_TOP_K, description="How many passages to return.")
    filters: SearchFilters | None = Field(None, description="Which documents to search.")


class BriefQuestion(_Strict):
    question: Text = Field(description="The question.", min_length=1)
    section: Text = Field("", description="The heading it goes under.")
    note: Text = Field("", description="A note printed under the question.")


class BriefRequest(_Strict):
    questions: list[Text | BriefQuestion] = Field(
        min_length=1, max_length=MAX_BRIEF_QUESTIONS, description="The questions, as strings or objects.",
        examples=[["Where will Trump and Putin meet?", {"question": "Who is in the Russian delegation?",
                                                        "section": "The meeting"}]])
    title: Text = Field("Briefing", max_length=200, description="The briefing's title.")
    format: Literal["md", "html", "docx"] = Field("md", description="Markdown, HTML or Word.")

    def items(self) -> list[BriefItem]:
        return [BriefItem(q) if isinstance(q, str) else BriefItem(q.question, q.section, q.note)
                for q in self.questions]


class ContentPart(BaseModel):
    type: str = Field("text", description="Only `text` parts are read.")
    text: Text = ""


class ChatMessage(BaseModel):
    role: Literal["system", "developer", "user", "assistant", "tool"] = Field(
        description="Only `user` and `assistant` messages are read.")
    content: Text | list[ContentPart] | None = Field(None, description="Text, or a list of text parts.")

    @property
    def text(self) -> str:
        if isinstance(self.content, list):
            return "".join(p.text for p in self.content if p.type == "text")
        return self.content or ""


class ChatRequest(BaseModel):
    """OpenAI's chat request; other fields OpenAI clients send are accepted and ignored."""

    model: Text = Field(MODEL, description=f"Any name; `{MODEL}` is the one `/v1/models` lists.")
    messages: list[ChatMessage] = Field(min_length=1, description="The last `user` message is the question, earlier "
                                        "`user` and `assistant` messages its history; `system` messages are ignored.")
    stream: bool = Field(False, description="Send `chat.completion.chunk` server-sent events.")
    max_tokens: int | None = Field(None, description="Ignored: the answer is as long as its verified claims.")
    temperature: float | None = Field(None, description="Ignored.")

    def question_and_history(self) -> tuple[str, list[Turn]]:
        turns = [Turn(m.role, m.text) for m in self.messages if m.role in ("user", "assistant")]
        asked = [i for i, t in enumerate(turns) if t.role == "user"]
        if not asked:
            raise QuestionError('there is no message with role "user"; the last user message is the question')
        return turns[asked[-1]].content, turns[: asked[-1]]


def _filters(given: SearchFilters | None) -> Filters | None:
    if given is None:
        return None
    return Filters(tuple(given.sources), given.since, given.until, superseded=given.superseded)  # bad dates: 400


# -- /api ------------------------------------------------------------------------------

api = APIRouter(prefix="/api", tags=["api"])
_STREAMS: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/event-stream": {}}, "description": "The answer as JSON, or as server-sent events."}}


@api.post("/ask", response_model=None, responses=_STREAMS, summary="Answer a question, every claim cited")
def ask(body: AskRequest, service: Service) -> dict[str, object] | Response:
    args = (body.question, [Turn(t.role, t.content) for t in body.history], body.top_k, _filters(body.filters))
    if body.stream:  # ask_stream raises question errors now, while a 400 can still be sent
        return StreamingResponse(_ask_events(service.ask_stream(*args), service), media_type="text/event-stream",
                                 headers=_SSE_HEADERS)
    return service.ask(*args).to_dict()


def _ask_events(events: Iterator[AskEvent], service: ChatService) -> Iterator[str]:
    try:
        for event in events:
            yield f"event: {event.kind}\ndata: {json.dumps(event.to_dict())}\n\n"
    except Exception as exc:  # the 200 is sent already: the error travels as an event
        yield f"event: error\ndata: {json.dumps({'error': _message(exc, service)})}\n\n"


@api.post("/search", summary="The passages a question would be answered from")
def search(body: SearchRequest, service: Service) -> dict[str, Any]:
    passages = service.search(body.query, body.k, _filters(body.filters))
    return {"query": body.query, "passages": [p.to_dict() for p in passages]}


@api.post("/brief", response_class=Response, summary="A briefing: answers with footnoted sources",
          responses={200: {"content": {t: {} for t in MEDIA_TYPES.values()}}})
def brief(body: BriefRequest, service: Service) -> Response:
    """Every question answered (verified sentences only), in one document with a footnote per sentence
    quoting its source and one list of sources; unanswered questions are marked as such."""
    for item in body.items():
        check_question(item.question)  # a 400 before any work
    data = render(service.brief(body.items(), body.title), body.format)
    name = re.sub(r"[^A-Za-z0-9]+", "-", body.title).strip("-").lower() or "briefing"
    return Response(data, media_type=MEDIA_TYPES[body.format],
                    headers={"Content-Disposition": f'attachment; filename="{name}.{body.format}"'})


@api.get("/documents", summary="What is indexed: documents, chunks, embedding model")
def documents(service: Service) -> dict[str, Any]:
    return service.documents()


@api.get("/health", summary="Whether the server is up, and what it serves")
def health(service: Service) -> dict[str, Any]:
    return service.health()


@api.post("/upload", status_code=202, summary="Add documents to the index")
def upload(files: Annotated[list[UploadFile], File(description=f"Up to {MAX_UPLOAD_FILES} files of "
                                                   f"{MAX_UPLOAD_MB:.0f} MB, each one of {', '.join(UPLOAD_TYPES)}")],
           service: Service) -> dict[str, Any]:
    """Saves the files and indexes them in the background; poll `GET /api/upload/{id}` until it is done."""
    return service.upload([(f.filename or "", f.file.read()) for f in files]).to_dict()


@api.get("/upload/{job_id}", summary="The progress of an upload")
def upload_job(job_id: str, service: Service) -> dict[str, Any]:
    job = service.jobs.get(job_id)
    if job is None:
        raise HTTPException(404, f"there is no upload job {job_id!r}; use the id POST /api/upload returned")
    data = job.to_dict()
    return {**data, "problems": [_hidden(p, service) for p in job.problems], "error": _hidden(job.error, service)}


_ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]


@api.api_route("/{path:path}", methods=_ALL_METHODS, include_in_schema=False)
def api_unknown(request: Request) -> None:
    """Last of the /api routes: with the chat mounted at "/", an unknown /api path would otherwise
    reach Gradio, which answers in its own shape."""
    raise _no_route(request)


def _no_route(request: Request) -> HTTPException:
    """A 405 (with ``Allow``) if the path exists for other methods, else a 404."""
    path = request.scope["path"]
    allowed = {m for r in (*api.routes, *v1.routes) if isinstance(r, APIRoute) and r.endpoint not in _CATCH_ALL
               and r.path_regex.match(path) for m in r.methods or ()}
    if allowed:
        return HTTPException(405, "Method Not Allowed", headers={"Allow": ", ".join(sorted(allowed))})
    return HTTPException(404, "Not Found")


# -- /v1: OpenAI-compatible --------------------------------------------------------------

v1 = APIRouter(prefix="/v1", tags=["openai"])


@v1.get("/models", summary="The one model served")
def models() -> dict[str, Any]:
    return {"object": "list", "data": [{"id": MODEL, "object": "model", "created": 0, "owned_by": MODEL}]}


@v1.post("/chat/completions", response_model=None, responses=_STREAMS, summary="OpenAI-compatible chat")
def chat_completions(body: ChatRequest, service: Service) -> dict[str, Any] | Response:
    """The content is the answer in Markdown with footnotes; `citations`, `claims` and `abstained` come
    as extra fields, on the completion and on its message (on the last chunk when streaming)."""
    question, history = body.question_and_history()
    if body.stream:
        chunks = _chunks(service.ask_stream(question, history), body.model, service)
        return StreamingResponse(chunks, media_type="text/event-stream", headers=_SSE_HEADERS)
    answer = service.ask(question, history)
    extra = _extras(answer)
    message = {"role": "assistant", "content": answer.to_markdown(), **extra}
    return {**_completion_head("chat.completion", body.model), **extra,
            "choices": [{"index": 0, "message": message, "finish_reason": "stop", "logprobs": None}]}


@v1.api_route("/{path:path}", methods=_ALL_METHODS, include_in_schema=False)
def v1_unknown(request: Request) -> None:
    raise _no_route(request)


_CATCH_ALL = (api_unknown, v1_unknown)


def _completion_head(kind: str, model: str) -> dict[str, Any]:
    return {"id": f"chatcmpl-{uuid.uuid4().hex[:24]}", "object": kind, "created": int(time.time()), "model": model}


def _extras(answer: Answer) -> dict[str, Any]:
    data = answer.to_dict()
    return {"citations": data["citations"], "claims": data["claims"], "abstained": answer.abstained}


def _chunks(events: Iterator[AskEvent], model: str, service: ChatService) -> Iterator[str]:
    head = _completion_head("chat.completion.chunk", model)

    def chunk(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> str:
        choice = {"index": 0, "delta": delta, "finish_reason": finish}
        return f"data: {json.dumps({**head, **extra, 'choices': [choice]})}\n\n"

    yield chunk({"role": "assistant", "content": ""})
    try:
        for text, answer in _markdown_pieces(events):
            if text:
                yield chunk({"content": text})
            if answer:
                yield chunk(_extras(answer), "stop", **_extras(answer))
    except Exception as exc:  # the 200 is sent already; OpenAI clients raise on an "error" event
        yield f"data: {json.dumps({'error': openai_error(http_status(exc), _message(exc, service))})}\n\n"
        return
    yield "data: [DONE]\n\n"


def _markdown_pieces(events: Iterator[AskEvent]) -> Iterator[tuple[str, Answer | None]]:
    """``Answer.to_markdown()`` in pieces: the text as it is verified, with its markers made footnote
    references, then the footnotes and sources together with the answer. The pieces join to exactly
    ``to_markdown()``, since the verified text only ever grows at its end."""
    raw, sent = "", ""
    for event in events:
        if event.kind == "text":
            raw += event.text
            body = markdown_body(raw)
            if body.startswith(sent):  # else a rewrite reached back into sent text: the end settles it
                yield body[len(sent):], None
                sent = body
        elif event.kind == "done" and event.answer:
            full = event.answer.to_markdown()
            # Not a prefix only if the text was rewritten mid-stream, which the core never does;
            # the whole answer again then beats a garbled one.
            yield (full[len(sent):] if full.startswith(sent) else "\n\n" + full), event.answer


# -- errors ------------------------------------------------------------------------------


def _error(request: Request, status: int, message: str, detail: list[dict[str, Any]] | None = None,
           headers: Mapping[str, str] | None = None) -> JSONResponse:
    response = error_response(request.url.path, status, message, **({"detail": detail} if detail else {}))
    response.headers.update(headers or {})
    return response


def _message(exc: Exception, service: ChatService) -> str:
    """A user error's own message; for a bug, only its type (the traceback goes to stderr)."""
    if isinstance(exc, USER_ERRORS):
        return _hidden(str(exc), service)
    traceback.print_exception(exc, file=sys.stderr)
    return f"internal error: {type(exc).__name__}; see the server log"


def _hidden(text: str, service: ChatService) -> str:
    """``text`` without the server's data folders: a message may name a file or the store."""
    spec = service.settings.index.store
    folders = [service.upload_dir, service.settings.home]
    if spec != "memory" and "://" not in spec:  # a folder, or chroma:FOLDER
        folders.append(Path(spec.removeprefix("chroma:")))
    return hide_folders(text, folders)


async def _on_error(request: Request, exc: Exception) -> JSONResponse:
    return _error(request, http_status(exc), _message(exc, _service(request)))


async def _on_invalid_request(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = [{"loc": _loc(e["loc"]), "msg": e["msg"], "type": e["type"]} for e in exc.errors()]
    bad_json = [e for e in exc.errors() if e["type"] == "json_invalid"]
    if bad_json:
        reason = bad_json[0].get("ctx", {}).get("error", "")
        message = f"the request body is not valid JSON ({reason}); send a JSON object as /docs describes"
    else:
        message = "invalid request: " + "; ".join(f"{_field(p['loc'])}: {p['msg']}" for p in problems)
        message += " (the request format is at /docs)"
    # Text that is not Unicode is as malformed as JSON that is not JSON: a 400, like bad JSON.
    malformed = bad_json or any(p["type"] in ("invalid_unicode", "string_unicode") for p in problems)
    status = 400 if malformed or request.url.path.startswith("/v1/") else 422
    return _error(request, status, message, problems)


def _loc(loc: Iterable[Any]) -> list[Any]:
    """Where a problem is, without pydantic's names for our validators ("function-after[...]")."""
    return [part for part in loc if not (isinstance(part, str) and part.startswith("function-"))]


def _field(loc: list[Any]) -> str:
    return ".".join(str(part) for part in loc[1:]) if len(loc) > 1 and loc[0] == "body" else ".".join(map(str, loc))


async def _on_http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    where = f"{request.method} {request.url.path}"
    message = str(exc.detail)
    if exc.status_code == 404 and message == "Not Found":
        message = f"there is no {where}; the endpoints are listed at /docs"
    elif exc.status_code == 405:
        message = f"{where} is not allowed; the endpoints and their methods are listed at /docs"
    return _error(request, exc.status_code, message, headers=exc.headers)


# -- body size ---------------------------------------------------------------------------


class _BodyLimit:
    """A 413 for a body over its endpoint's limit: at once when Content-Length says so, otherwise
    as soon as that much has arrived (a chunked upload), before the endpoint sees any of it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        limit = _body_limit(scope["path"]) if scope["type"] == "http" else None
        if limit is None:
            return await self.app(scope, receive, send)
        declared = Headers(scope=scope).get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            return await _error(Request(scope), 413, _too_large(limit))(scope, receive, send)
        await self.app(scope, _counted(receive, limit), send)


def _body_limit(path: str) -> int | None:
    if path == "/api/upload":
        return MAX_UPLOAD_BYTES
    return MAX_JSON_BYTES if path.startswith(("/api/", "/v1/")) else None


def _counted(receive: Receive, limit: int) -> Receive:
    received = 0

    async def receive_counted() -> Message:
        nonlocal received
        message = await receive()
        received += len(message.get("body", b""))
        if received > limit:  # an HTTPException passes through FastAPI's body parsing to _on_http_error
            raise HTTPException(413, _too_large(limit))
        return message

    return receive_counted


def _too_large(limit: int) -> str:
    return f"the request body is over this endpoint's limit of {limit / 1024 / 1024:.0f} MB; send less at once"
