"""The assistant package's error root; index errors pass through unchanged."""

from __future__ import annotations

from index.errors import IndexingError


class AssistantError(Exception):
    """Root of the errors the assistant package raises on purpose."""


class QuestionError(AssistantError):
    """The question itself is unusable (empty, too long)."""


class GeneratorConfigError(AssistantError):
    """A --generator spec that names no known generator."""


class JudgeConfigError(AssistantError):
    """A judge spec is invalid or names a judge that is not available."""


USER_ERRORS = (AssistantError, IndexingError)
