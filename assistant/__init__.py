"""corpus-assistant: cited answers over a folder of documents."""

from index.retrieval import Filters, Passage, Retriever

from .answer import Answer, Citation, Claim, Draft, Turn
from .core import AskOptions, Assistant
from .errors import AssistantError, QuestionError
from .generators import make_generator
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
