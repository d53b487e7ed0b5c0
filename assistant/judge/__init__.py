"""Faithfulness judges: the offline meaning checker, an LLM judge, and their shared verdict types."""
