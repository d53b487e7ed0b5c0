"""One server: the Gradio chat at ``/``, the JSON API under ``/api``, OpenAI-compatible ``/v1``.

An access token, when set, is required on every request: as ``Authorization: Bearer``, as
``?token=`` (which also sets a cookie, so a browser that opened ``/?token=...`` keeps
working), or as that cookie. Without one, writes from pages on other sites are refused (``guard.py``).
The API docs at ``/docs`` and ``/redoc`` are served from local files, like everything else.
"""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request, Response
from fastapi_offline import FastAPIOffline

from .guard import TOKEN_COOKIE, Guard, error_response, given_token, token_matches
from .service import MAX_UPLOAD_MB, ChatService

__all__ = ["TOKEN_COOKIE", "build_app", "serve"]

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def build_app(service: ChatService, token: str = "", with_ui: bool = True) -> FastAPI:
    from .api import add_api_routes

    app = FastAPIOffline(title="corpus-assistant", version="1", static_url="/api-docs-assets",
                         description="Answers from your documents, every claim cited and verified.")
    add_api_routes(app, service)
    app.add_middleware(Guard, token=token)
    if token:
        _require_token(app, token)
    if with_ui:
        import gradio as gr

        from .ui import CSS, HEAD, build_ui

        app = gr.mount_gradio_app(app, build_ui(service), path="/", footer_links=["api"], css=CSS, head=HEAD,
                                  max_file_size=f"{MAX_UPLOAD_MB:.0f}mb")
    return app


def _require_token(app: FastAPI, token: str) -> None:
    @app.middleware("http")
    async def check_token(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        if not token_matches(given_token(request), token):
            return error_response(request.url.path, 401, "a valid access token is required: send "
                                  "'Authorization: Bearer TOKEN' or open the page as /?token=TOKEN")
        response = await call_next(request)
        if request.query_params.get("token"):
            response.set_cookie(TOKEN_COOKIE, quote(token, safe=""), httponly=True, samesite="strict")
        return response


def serve(service: ChatService, host: str, port: int, token: str = "") -> None:
    import uvicorn

    if host not in LOOPBACK and not token:
        print(f"warning: serving on {host} without an access token: anyone who can reach this machine can "
              "read your documents. Set --token or ASSISTANT_TOKEN.", file=sys.stderr)
    app: Any = build_app(service, token)
    where = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}/"
    print(f"serving the chat at {where}{'?token=...' if token else ''} and the API at {where}api (docs: {where}docs)",
          file=sys.stderr)
    uvicorn.run(app, host=host, port=port, log_level="warning")
