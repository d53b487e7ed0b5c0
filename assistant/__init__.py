"""corpus-assistant: cited answers over a folder of documents."""

from .errors import AssistantError, QuestionError
from .retrieval import Passage, Retriever
from .settings import Settings, load_settings

__all__ = ["AssistantError", "Passage", "QuestionError", "Retriever", "Settings", "load_settings"]
