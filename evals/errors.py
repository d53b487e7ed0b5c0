"""The evals package's errors: a root under the assistant's, so one catch covers both."""

from __future__ import annotations

from assistant.errors import AssistantError, UserInputError

__all__ = ["EvalError", "SuiteError"]


class EvalError(AssistantError):
    """Root of the errors the evals package raises on purpose."""


class SuiteError(EvalError, UserInputError):
    """An eval suite, a --fail-under/--fail-over bound or a report to compare with is unusable."""
