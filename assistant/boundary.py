"""Where errors leave the program: one table of HTTP statuses, one of CLI exit codes.

An error's status is that of the nearest class in its MRO that a table names, so a subclass
inherits its branch's status unless it is listed itself. Both error trees are covered: the
assistant's (``assistant.errors``, and evals' under it) and the index's (``index.errors``).
"""

from __future__ import annotations

from index.errors import (
    ClusterUnavailableError,
    ConfigError,
    IndexingError,
    InputError,
    ModelError,
    StoreUnavailableError,
)

from .errors import AssistantError, ConfigurationError, ServiceError, UploadTooLargeError, UserInputError

__all__ = ["BUG_EXIT", "EXIT_CODES", "HTTP_STATUSES", "INTERNAL_ERROR", "exit_code", "http_status"]

INTERNAL_ERROR = 500
"""The HTTP status of anything no table names: a bug (the message says only its type)."""
BUG_EXIT = 1
"""The exit code of anything no table names: a bug, raised with its traceback as Python does."""

HTTP_STATUSES: dict[type[BaseException], int] = {
    AssistantError: 400,
    UserInputError: 400,
    UploadTooLargeError: 413,
    # A spec or install the server was given: the request cannot succeed until it is fixed.
    ConfigurationError: 400,
    ServiceError: 503,  # a model server is down or misbehaved, not the request wrong
    IndexingError: 400,
    InputError: 400,
    ConfigError: 400,
    ModelError: 400,
    StoreUnavailableError: 503,
    ClusterUnavailableError: 503,  # the Ray cluster an ingest runs on
}

EXIT_CODES: dict[type[BaseException], int] = {
    # `assistant --help`: "2 bad input" / "2 missing file or bad --judge"; 1 is kept for a
    # command's own partial failure (some lines or questions failed, a bound missed).
    AssistantError: 2,
    IndexingError: 2,
}


def _lookup(table: dict[type[BaseException], int], exc: BaseException) -> int | None:
    return next((table[cls] for cls in type(exc).__mro__ if cls in table), None)


def http_status(exc: BaseException) -> int:
    """The HTTP status for ``exc``: its nearest listed class's, else 500."""
    status = _lookup(HTTP_STATUSES, exc)
    return INTERNAL_ERROR if status is None else status


def exit_code(exc: BaseException) -> int:
    """The CLI exit code for ``exc``: its nearest listed class's, else 1."""
    code = _lookup(EXIT_CODES, exc)
    return BUG_EXIT if code is None else code
