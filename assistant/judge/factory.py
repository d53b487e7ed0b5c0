"""The one place a faithfulness judge is built, from a spec string."""

from __future__ import annotations

import re
from typing import Any

from ..errors import JudgeConfigError
from .types import Judge

__all__ = ["DEFAULT_JUDGE", "JUDGE_SPECS", "make_judge"]

DEFAULT_JUDGE = "offline"
JUDGE_SPECS = ("offline", "llm:MODEL@URL", "nli:PATH")
_LLM = re.compile(r"llm:(?P<model>\S+?)@(?P<url>https?://\S+)")


def make_judge(spec: str = DEFAULT_JUDGE, encoder: Any = None, api_key: str = "",
               timeout: float = 60.0) -> Judge:
    """``offline`` | ``llm:MODEL@URL`` (URL is the /v1 API base) | ``nli:PATH`` (a slot)."""
    spec = spec.strip()
    if spec == "offline":
        from .offline import OfflineJudge  # lazy: it loads the embedding model

        judge: Judge = OfflineJudge(encoder=encoder)
        return judge
    if spec.startswith("llm:"):
        return _llm_judge(spec, api_key, timeout)
    if spec.startswith("nli:"):
        raise JudgeConfigError(_nli_message(spec[4:]))
    raise JudgeConfigError(f"unknown judge {spec!r}; valid judges: {', '.join(JUDGE_SPECS)} "
                           "(e.g. llm:qwen2.5@http://127.0.0.1:11434/v1)")


def _llm_judge(spec: str, api_key: str, timeout: float) -> Judge:
    from ..openai_compat import ChatClient
    from .llm import LLMJudge

    m = _LLM.fullmatch(spec)
    if not m:
        raise JudgeConfigError(
            f"judge {spec!r} is not llm:MODEL@URL with an http(s) URL; e.g. "
            "llm:gpt-4o-mini@https://api.openai.com/v1 or llm:qwen2.5@http://127.0.0.1:11434/v1")
    return LLMJudge(ChatClient(m["url"], m["model"], api_key=api_key, timeout=timeout))


def _nli_message(path: str) -> str:
    return (f"no NLI model ships with corpus-assistant (it runs offline and downloads nothing), so "
            f"nli:{path} cannot be built. To plug one in, write a class with a `name` and the "
            "`judge()` and `judge_claims()` methods of the Judge protocol "
            "(assistant/judge/types.py) that loads the model from PATH, and register it for the "
            "nli: prefix in make_judge (assistant/judge/factory.py). Until then use --judge offline "
            "or --judge llm:MODEL@URL")
