"""The one place that reads the environment; everything else gets a frozen Settings."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from index.encoder_cache import DEFAULT_CACHE_MB
from index.settings import DEFAULT_COLLECTION, DEFAULT_EMBEDDING, IndexSettings

from .errors import ConfigurationError

ENV_VARS = ("ASSISTANT_HOME", "ASSISTANT_STORE", "ASSISTANT_CATALOG", "ASSISTANT_COLLECTION", "ASSISTANT_EMBEDDING",
            "ASSISTANT_API_KEY", "OPENAI_API_KEY", "ASSISTANT_GENERATOR", "ASSISTANT_JUDGE", "ASSISTANT_TOKEN",
            "ASSISTANT_EMBED_CACHE_MB", "ASSISTANT_WORKERS", "ASSISTANT_EMBED_THREADS")


@dataclass(frozen=True)
class Settings:
    home: Path
    index: IndexSettings
    api_key: str = ""  # for OpenAI-compatible endpoints (judge, generator)
    generator: str = "extractive"  # a generator spec (assistant.components)
    judge: str = "offline"  # the judge spec verification uses
    judge_timeout: float = 60.0  # seconds an LLM judge may take per request
    token: str = ""  # access token the web server requires, when set
    embed_cache_mb: float = DEFAULT_CACHE_MB  # the shared sentence-vector cache (index.encoder_cache); 0: none
    workers: int = 0  # questions the web server answers at once; 0: one per core
    embed_threads: int = 0  # CPU threads per embedding-model run; 0: all cores (serving: see for_serving)


def default_home(env: Mapping[str, str]) -> Path:
    if env.get("ASSISTANT_HOME"):
        return Path(env["ASSISTANT_HOME"]).expanduser()
    data = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data) / "corpus-assistant"


def load_settings(env: Mapping[str, str] | None = None, generator: str | None = None, token: str | None = None,
                  judge: str | None = None, **overrides: object) -> Settings:
    """Settings from the environment, then ``overrides`` (CLI flags); ``None`` means unset."""
    env = os.environ if env is None else env
    home = default_home(env)
    index = IndexSettings(
        store=env.get("ASSISTANT_STORE") or str(home / "store"),
        collection=env.get("ASSISTANT_COLLECTION") or DEFAULT_COLLECTION,
        embedding=env.get("ASSISTANT_EMBEDDING") or DEFAULT_EMBEDDING,
        state_dir=str(home),
        catalog=env.get("ASSISTANT_CATALOG") or "",
    )
    given = {k: v for k, v in overrides.items() if v is not None}
    api_key = env.get("ASSISTANT_API_KEY") or env.get("OPENAI_API_KEY") or ""
    chosen = generator or env.get("ASSISTANT_GENERATOR") or "extractive"
    return Settings(home=home, index=replace(index, **given), api_key=api_key,  # type: ignore[arg-type]
                    generator=chosen, judge=judge or env.get("ASSISTANT_JUDGE") or "offline",
                    token=token if token is not None else env.get("ASSISTANT_TOKEN", ""),
                    embed_cache_mb=_number(env, "ASSISTANT_EMBED_CACHE_MB", DEFAULT_CACHE_MB),
                    workers=int(_number(env, "ASSISTANT_WORKERS", 0)),
                    embed_threads=int(_number(env, "ASSISTANT_EMBED_THREADS", 0)))


def for_serving(settings: Settings) -> Settings:
    """The web server's settings: unless ``ASSISTANT_EMBED_THREADS`` says otherwise, each model
    run gets the cores of one worker (one, with the default worker per core), since the workers
    already keep every core busy. Splitting every small run over all cores while another
    worker also ran cost throughput: 30 clients asking unseen questions got 1.12x the answers a
    second with one core per run, a lone question 0.82x (p50 278 against 227 ms; docs/BENCHMARKS.md,
    "Web server under load: unseen questions")."""
    if settings.embed_threads:
        return settings
    cores = os.cpu_count() or 1
    return replace(settings, embed_threads=max(1, cores // (settings.workers or cores)))


def _number(env: Mapping[str, str], name: str, default: float) -> float:
    """A non-negative number from the environment, or a config error that names the variable."""
    given = env.get(name, "").strip()
    if not given:
        return default
    try:
        value = float(given)
    except ValueError:
        value = -1.0
    if not 0 <= value < float("inf"):  # also refuses nan
        raise ConfigurationError(f"{name}={given!r} is not a number of 0 or more; e.g. {name}={default:g}, "
                                 "or unset it for the default")
    return value
