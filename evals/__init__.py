"""Evaluation suites, metrics and reports (see the eval issue)."""

__all__: list[str] = []
