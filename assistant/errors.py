"""The assistant package's error root; index errors pass through unchanged."""

from __future__ import annotations

from index.errors import IndexingError


class AssistantError(Exception):
    """Root of the errors the assistant package raises on purpose."""


class QuestionError(AssistantError):
    """The question itself is unusable (empty, too long)."""


USER_ERRORS = (AssistantError, IndexingError)
