"""corpus-assistant: cited answers over a folder of documents."""

from .answer import Answer, Citation, Claim
from .core import AskOptions, Assistant
from .errors import AssistantError, QuestionError
from .generators import Draft, Turn, make_generator
from .retrieval import Filters, Passage, Retriever
from .settings import Settings, load_settings

__all__ = [
    "Answer",
    "AskOptions",
    "Assistant",
    "AssistantError",
    "Citation",
    "Claim",
    "Draft",
    "Filters",
    "Passage",
    "QuestionError",
    "Retriever",
    "Settings",
    "Turn",
    "load_settings",
    "make_generator",
]
