"""The assistant package's one error tree, split by who can fix the problem.

    AssistantError
    ├── UserInputError: the user's input (a question, a file, an upload); they fix it
    ├── ConfigurationError: a setting, spec or install on this machine; whoever set it up fixes it
    └── ServiceError: an outside service (a model server) is down or answered nonsense

Every message names the bad value and the fix. Index errors (``index.errors``, rooted at
``IndexingError``) pass through unchanged; ``assistant.boundary`` maps both trees to HTTP
statuses and CLI exit codes. This module is a leaf: it imports nothing of ours but index's errors.
"""

from __future__ import annotations

from index.errors import IndexingError

__all__ = ["USER_ERRORS", "AssistantError", "BriefingError", "ConfigurationError", "GeneratorConfigError",
           "GeneratorServiceError", "GeneratorSetupError", "JudgeConfigError", "JudgeInputError",
           "JudgeOutputError", "JudgeServiceError", "NLPSetupError", "QuestionError", "ServiceError",
           "UploadError", "UploadTooLargeError", "UserInputError"]


class AssistantError(Exception):
    """Root of the errors the assistant package raises on purpose."""


# -- the user's input ------------------------------------------------------------------------


class UserInputError(AssistantError):
    """Something the user gave is unusable; the message says what to give instead."""


class QuestionError(UserInputError):
    """The question itself is unusable (empty, too long), or a request's options are."""


class BriefingError(UserInputError):
    """A briefing's questions file or output name is unusable."""


class JudgeInputError(UserInputError):
    """The judge's input or output file is unusable as a whole."""


class UploadError(UserInputError):
    """An uploaded file cannot be added (type, name, too many files)."""


class UploadTooLargeError(UploadError):
    """An uploaded file is over the size limit."""


# -- configuration and installation ------------------------------------------------------------


class ConfigurationError(AssistantError):
    """A setting, spec string or installed part is wrong or missing."""


class GeneratorConfigError(ConfigurationError):
    """A generator spec is invalid, or its settings cannot fit the prompt."""


class GeneratorSetupError(GeneratorConfigError):
    """The chosen generator cannot run here: an optional extra or a model file is missing."""


class JudgeConfigError(ConfigurationError):
    """A judge spec is invalid or names a judge that is not available."""


class NLPSetupError(ConfigurationError):
    """spaCy or its English pipeline is missing or broken."""


# -- outside services ----------------------------------------------------------------------------


class ServiceError(AssistantError):
    """A chat endpoint is unreachable, failed, or answered something that is not a completion."""


class GeneratorServiceError(ServiceError):
    """The model behind a generator is unreachable, failed, or could not run the prompt."""


class JudgeServiceError(ServiceError):
    """The judge's model endpoint is down, or the model answered something unusable."""


class JudgeOutputError(JudgeServiceError):
    """The model answered twice with something that is not the JSON array asked for."""


USER_ERRORS = (AssistantError, IndexingError)
"""The errors raised on purpose, whose message is for the user (anything else is a bug)."""
