"""One prefix registry for every swappable part, with one spec syntax: ``PREFIX`` or ``PREFIX:ARGS``.

The index registers its encoders and stores here; the assistant registers its generators and
judges. A new kind is a plugin: a package declares a builder under the part's entry point group
(as simonw/llm's plugins do), for example in its ``pyproject.toml``::

    [project.entry-points."corpus_assistant.judges"]
    nli = "my_package.judge:build"

and ``--judge nli:PATH`` then calls ``build("PATH", context)``. Entry points are read when a spec
names a prefix nobody registered in-process, so the built-in kinds never pay for the scan.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import Any, Generic, TypeVar

from .errors import ConfigError

T = TypeVar("T")
Builder = Callable[[str, Any], T]  # (ARGS, context) -> part


@dataclass(frozen=True)
class Kind(Generic[T]):
    """One registered prefix: how to build it and a spec that shows its syntax."""

    prefix: str
    build: Builder[T]
    example: str


class Registry(Generic[T]):
    """The builders of one part (``encoder``, ``store``, ``generator``, ``judge``), by prefix."""

    def __init__(self, part: str, error: type[Exception] = ConfigError, flag: str = "") -> None:
        self.part, self.error = part, error
        self.flag = flag or f"--{part}"
        self.group = f"corpus_assistant.{part}s"
        self._kinds: dict[str, Kind[T]] = {}
        self._fallback: Kind[T] | None = None

    def register(self, prefix: str, build: Builder[T], example: str = "") -> None:
        """``prefix`` (no colon) builds with ``build``; ``""`` takes every spec no prefix claims."""
        kind = Kind(prefix, build, example or prefix)
        if prefix:
            self._kinds[prefix] = kind
        else:
            self._fallback = kind

    def build(self, spec: str, context: Any = None) -> T:
        """The part ``spec`` names; an unknown prefix is a config error that lists the valid forms."""
        spec = spec.strip()
        if not spec:
            raise self.error(f"the {self.part} spec is empty; valid: {self.valid()}")
        prefix, _, args = spec.partition(":")
        kind = self._kinds.get(prefix) or self._plugin(prefix)
        if kind is not None:
            return kind.build(args, context)
        if self._fallback is not None and not _looks_prefixed(spec):
            return self._fallback.build(spec, context)
        raise self.error(f"unknown {self.part} {spec!r}; valid: {self.valid()} (pass it as {self.flag}; "
                         f"a plugin adds a prefix through the {self.group!r} entry point group)")

    def valid(self) -> str:
        fallback = [self._fallback.example] if self._fallback else []
        plugins = [f"{p.name}:..." for p in entry_points(group=self.group) if p.name not in self._kinds]
        return ", ".join([*fallback, *(k.example for k in self._kinds.values()), *plugins])

    def _plugin(self, prefix: str) -> Kind[T] | None:
        """The installed plugin for ``prefix``, looked up each time (installs change, lookups are rare)."""
        found = entry_points(group=self.group, name=prefix)
        return next((Kind(prefix, _lazy(p.load), f"{prefix}:...") for p in found), None)


def _lazy(load: Callable[[], Builder[T]]) -> Builder[T]:
    """A plugin's module is imported only when a spec asks for it."""
    return lambda args, context: load()(args, context)


def _looks_prefixed(spec: str) -> bool:
    """``word:...`` or ``scheme://...`` names a prefix; a path (``./store``, ``/data/x``, ``C:\\x``) does not."""
    prefix, sep, rest = spec.partition(":")
    return bool(sep) and prefix.replace("+", "").isalnum() and prefix[:1].isalpha() and not rest.startswith("\\")
