"""corpus-assistant: cited answers over a folder of documents."""

from index.retrieval import Filters, Passage

from .answer import Answer, Citation, Claim, Draft, Turn
from .components import Components
from .core import AskOptions, Assistant
from .errors import AssistantError, QuestionError
from .settings import Settings, load_settings

__all__ = [
    "Answer",
    "AskOptions",
    "Assistant",
    "AssistantError",
    "Citation",
    "Claim",
    "Components",
    "Draft",
    "Filters",
    "Passage",
    "QuestionError",
    "Settings",
    "Turn",
    "load_settings",
]
