"""One error root for the index package, split by who can fix the problem.

The CLI and the web app catch :class:`IndexingError` and print its message;
every message names the bad value and what to do about it.
"""

from __future__ import annotations


class IndexingError(Exception):
    """Root of every error the index package raises on purpose."""


class InputError(IndexingError):
    """The user's input is unusable: a missing path, a corrupt or binary file, a bad line."""


class ConfigError(IndexingError):
    """A setting or spec string is invalid."""


class StoreMismatchError(ConfigError):
    """The store was built with other embedding or chunking settings than the ones asked for."""


class StoreUnavailableError(IndexingError):
    """The vector store cannot be reached or opened (a server that is down, a locked folder)."""


class ClusterUnavailableError(IndexingError):
    """The Ray cluster an ingest runs on cannot be reached, or lost the work it was given."""


class ModelError(IndexingError):
    """A model file is missing or misbehaved."""
