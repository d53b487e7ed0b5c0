"""Where an upload goes when its name is taken: never over its predecessor.

The first upload of a name is saved as ``uploads/NAME`` (where uploads always went); a later
one with the same bytes is not saved again at all, and one with other bytes is version N,
saved as ``uploads/vN/NAME`` and indexed as new documents beside the old ones. The catalog
records each version before it is indexed; the old version counts as superseded only once
the new one's first document is committed (``index/versions.py``), so a new version that
cannot be read, or an ingest that is killed, leaves the old one current.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from index import Index
from index.versions import FileVersion


@dataclass(frozen=True)
class Placed:
    """What became of one uploaded file: "added" (a new name), "updated" (a new version of a
    name) or "unchanged" (the same bytes as the current version: nothing to index)."""

    name: str
    status: str
    version: int
    path: Path
    documents: int = 0  # for "unchanged": the current version's documents


def decide(versions: Sequence[FileVersion], sha256: str) -> tuple[str, int]:
    """(status, version) for a file with these bytes, given the recorded versions of its name.

    Only versions with committed documents count: one that failed to index is reused."""
    indexed = [v for v in versions if v.documents > 0]
    if not indexed:
        return "added", 1
    current = max(indexed, key=lambda v: v.version)
    if current.sha256 == sha256:
        return "unchanged", current.version
    return "updated", current.version + 1


def version_path(upload_dir: Path, name: str, version: int) -> Path:
    return upload_dir / name if version == 1 else upload_dir / f"v{version}" / name


def place(index: Index, upload_dir: Path, staged: Path) -> Placed:
    """Move ``staged`` to the path of its version and record that version (call it while no
    other upload is being placed or indexed: the version number is read, then written)."""
    name, data = staged.name, staged.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    versions = _versions(index, upload_dir, name)
    status, version = decide(versions, sha)
    if status == "unchanged":
        staged.unlink()
        current = next(v for v in versions if v.version == version)
        return Placed(name, status, version, Path(current.origin), current.documents)
    path = version_path(upload_dir, name, version)
    path.parent.mkdir(parents=True, exist_ok=True)
    staged.replace(path)
    index.record_file_version(name, version, path, sha)
    return Placed(name, status, version, path)


def _versions(index: Index, upload_dir: Path, name: str) -> list[FileVersion]:
    """The versions of ``name``; an upload from before versions were recorded becomes version 1."""
    versions = index.file_versions(name)
    legacy = upload_dir / name
    if not versions and legacy.is_file():
        sha = hashlib.sha256(legacy.read_bytes()).hexdigest()
        if index.record_file_version(name, 1, legacy, sha):
            versions = index.file_versions(name)
    return versions


def indexed_documents(index: Index, placed: Placed) -> int:
    """Committed documents of a placed version (after its ingest)."""
    return next((v.documents for v in index.file_versions(placed.name) if v.version == placed.version), 0)
