"""The one client for OpenAI-compatible chat endpoints (OpenAI, llama.cpp server, Ollama, vLLM).

Both model-backed parts use it: the ``openai:`` answer generator and the ``llm:`` judge, so a
server that is down or a bad key reads the same from either, with one table of hints.

``base_url`` is the prefix that ``/chat/completions`` is appended to, as those servers document
it: usually ending in ``/v1`` (``https://api.openai.com/v1``, ``http://127.0.0.1:8080/v1``,
``http://127.0.0.1:11434/v1``). Nothing is added or guessed; a 404 says to check the ``/v1``.
"""

from __future__ import annotations

import time
from typing import Any, Self

import httpx

from .errors import ServiceError

__all__ = ["STATUS_HINTS", "ChatClient", "status_hint"]

# What to do about an HTTP status from a chat endpoint ({model} is the model asked for).
STATUS_HINTS = {
    401: "check the API key (ASSISTANT_API_KEY or OPENAI_API_KEY)",
    403: "check the API key and its permissions",
    404: "check that the base URL ends in /v1 (or the server's API prefix) and that the model {model!r} exists",
    429: "the server is rate limiting; wait and retry",
}
OTHER_STATUS_HINT = "check the server's log"
# The statuses worth asking again (as the openai client does), and the first pause before it.
RETRY_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504})
RETRY_DELAY = 0.5


def status_hint(status: int, model: str) -> str:
    """The fix to suggest when a chat endpoint answers HTTP ``status`` for ``model``."""
    return STATUS_HINTS.get(status, OTHER_STATUS_HINT).format(model=model)


class ChatClient:
    """Non-streaming ``POST {base_url}/chat/completions`` over one reused connection pool.

    ``retries`` asks again after a connection error, a timeout or a transient status (429, 5xx),
    waiting 0.5 s, then 1 s, ...
    """

    def __init__(self, base_url: str, model: str, api_key: str = "", timeout: float = 60.0,
                 retries: int = 0) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise ServiceError(f"chat endpoint {base_url!r} is not an http(s) URL; "
                               "give the API base, e.g. http://127.0.0.1:8080/v1")
        if not model:
            raise ServiceError(f"no model name given for the chat endpoint {base_url}")
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.timeout = timeout
        self.retries = retries
        self._headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._http: httpx.Client | None = None  # made on first use: building one costs ~30 ms

    @property
    def url(self) -> str:
        return f"{self.base_url}/chat/completions"

    def complete(self, messages: list[dict[str, str]], temperature: float = 0.0,
                 max_tokens: int | None = None) -> str:
        """The assistant message's text for ``messages``."""
        payload: dict[str, Any] = {"model": self.model, "messages": messages,
                                   "temperature": temperature, "stream": False}
        if max_tokens is not None:
            payload["max_tokens"] = max_tokens
        return self._content(self._post(payload))

    def close(self) -> None:
        if self._http is not None:
            self._http.close()
            self._http = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _post(self, payload: dict[str, Any]) -> httpx.Response:
        attempt = 0
        while True:
            try:
                response = self._client().post(self.url, json=payload)
            except httpx.HTTPError as exc:  # timeouts, connection refused, DNS, TLS, protocol errors
                if attempt >= self.retries:
                    raise self._unreachable(exc) from exc
            else:
                if response.is_success:
                    return response
                if attempt >= self.retries or response.status_code not in RETRY_STATUSES:
                    raise ServiceError(self._status_message(response))
            time.sleep(RETRY_DELAY * 2 ** attempt)
            attempt += 1

    def _client(self) -> httpx.Client:
        if self._http is None:
            self._http = httpx.Client(headers=self._headers, timeout=self.timeout)
        return self._http

    def _unreachable(self, exc: httpx.HTTPError) -> ServiceError:
        if isinstance(exc, httpx.TimeoutException):
            return ServiceError(f"{self.url} did not answer within {self.timeout:g} s; check that the "
                                "server is not overloaded, or use a smaller model")
        return ServiceError(f"cannot reach {self.url} ({type(exc).__name__}: {exc}); check that the "
                            "server is running and that the URL and port are right")

    def _status_message(self, response: httpx.Response) -> str:
        body = " ".join(response.text.split())[:300]
        hint = status_hint(response.status_code, self.model)
        return f"{self.url} answered HTTP {response.status_code}: {body or '(empty body)'}; {hint}"

    def _content(self, response: httpx.Response) -> str:
        try:
            content = response.json()["choices"][0]["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError) as exc:  # bad JSON or shape
            snippet = " ".join(response.text.split())[:300]
            raise ServiceError(f"{self.url} answered something that is not a chat completion: "
                               f"{snippet or '(empty body)'}; check that it is an OpenAI-compatible "
                               "endpoint") from exc
        if not isinstance(content, str):
            raise ServiceError(f"{self.url} answered a completion without text content "
                               f"(content={content!r}); check the model {self.model!r}")
        return content
