"""What the web chat and the HTTP API share: answering many users at once, and uploads.

Questions are answered by a bounded pool of worker threads, one per core by default
(``workers.py``): a crowd of requests waits in line rather than computing all at once.
Each worker gets its own ``Assistant`` (its own catalog connection and Chroma handle)
while all of them share the one embedding model (behind one sentence-vector cache),
generator and judge, which are safe to call from several threads; so concurrent questions
never share a SQLite cursor and never load the model twice. Uploads are saved under the
data folder and indexed in a background thread, one ingest at a time, while questions go
on being answered from the last committed state of the index. What it returns shows documents by name or URL, never by
the server's paths (``shown.py``).
"""

from __future__ import annotations

import itertools
import re
import shutil
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from index import Index, IngestReport
from index.documents import Chunk
from index.retrieval import Filters, Passage

from ..answer import Answer, Turn
from ..briefing import Briefing, BriefItem, build_briefing, made_line
from ..components import Components
from ..core import AskEvent, AskOptions, Assistant
from ..errors import QuestionError, UploadError, UploadTooLargeError
from .exports import Exports
from .shown import shown_answer, shown_event, shown_passage, shown_stats
from .versioning import Placed, indexed_documents, place
from .workers import Workers

MAX_HISTORY_TURNS = 20
MAX_TURN_CHARS = 8000
MAX_TOP_K = 20
MAX_UPLOAD_MB = 20.0
MAX_UPLOAD_FILES = 20
UPLOAD_TYPES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".jsonl")
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._ -]+")


@dataclass
class UploadJob:
    """An upload being indexed; the web layer polls it for progress."""

    id: str
    files: list[str]
    state: str = "queued"  # queued, indexing, done, failed
    stage: str = "starting"  # then "waiting for the previous upload" (queued), "loading", "embedding"
    done: int = 0  # files read while loading, chunks while embedding
    total: int = 0
    documents: int = 0  # documents committed (searchable) so far
    documents_total: int = 0
    added: int = 0  # documents of files with new names
    updated: int = 0  # documents of new versions of files already uploaded (versioning.py)
    unchanged: int = 0  # documents of files uploaded again with the same bytes
    versions: list[dict[str, Any]] = field(default_factory=list)  # {"name", "version", "status"} per file
    problems: list[str] = field(default_factory=list)
    error: str = ""
    started: float = field(default_factory=time.time)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "files": self.files, "state": self.state, "stage": self.stage, "done": self.done,
                "total": self.total, "documents": self.documents, "documents_total": self.documents_total,
                "added": self.added, "updated": self.updated, "unchanged": self.unchanged,
                "versions": self.versions, "problems": self.problems, "error": self.error}

    def progress(self, stage: str, done: int, total: int) -> None:
        """The ingest's progress callback; "documents" is counted beside the current stage."""
        if stage == "documents":
            self.documents, self.documents_total = done, total
        else:
            self.stage, self.done, self.total = stage, done, total


class ChatService:
    def __init__(self, components: Components) -> None:
        self.components = components
        self.settings = settings = components.settings
        self._first = components.open_index()  # a store that cannot be opened fails here, at startup
        self._first_lock = threading.Lock()
        self.generator = components.generator
        self.upload_dir = settings.home / "uploads"
        self._local = threading.local()
        self._opened: list[Assistant] = []
        self._opened_lock = threading.Lock()
        self._ingest_lock = threading.Lock()
        self.jobs: dict[str, UploadJob] = {}
        self.workers = Workers(settings.workers)
        self.exports = Exports()  # briefing files made for download, removed at close

    # -- answering ----------------------------------------------------------------------

    def assistant(self) -> Assistant:
        """This thread's assistant, opened on first use (the workers' threads call this)."""
        found: Assistant | None = getattr(self._local, "assistant", None)
        if found is None:
            found = Assistant(self.components)
            self._local.assistant = found
            with self._opened_lock:
                self._opened.append(found)
        return found

    def ready(self) -> None:
        """Open a worker's assistant now: an empty store fails here, with the command that fills it."""
        self.workers.run(self.assistant)

    def ask(self, question: str, history: Sequence[Turn] = (), top_k: int = 6,
            filters: Filters | None = None) -> Answer:
        turns, options = check_history(history), _options(top_k, filters)
        return shown_answer(self.workers.run(lambda: self.assistant().ask(question, turns, options)))

    def ask_stream(self, question: str, history: Sequence[Turn] = (), top_k: int = 6,
                   filters: Filters | None = None) -> Iterator[AskEvent]:
        """Raises question errors at once (not at the first ``next``), so callers can answer 4xx."""
        turns, options = check_history(history), _options(top_k, filters)
        stream = self.workers.stream(lambda: self.assistant().ask_stream(question, turns, options))
        first = next(stream)
        return map(shown_event, itertools.chain([first], stream))

    def brief(self, items: Sequence[BriefItem], title: str = "") -> Briefing:
        """A briefing of these questions, each answered afresh (verified answers only)."""
        answers = [self.ask(item.question) for item in items]
        return build_briefing(title or "Briefing", items, answers, made_line(self.documents()))

    def brief_from(self, answers: Sequence[Answer], title: str = "") -> Briefing:
        """A briefing of answers already given, e.g. a chat conversation."""
        items = [BriefItem(a.question) for a in answers]
        return build_briefing(title or "Briefing", items, answers, made_line(self.documents()))

    def search(self, query: str, k: int = 5, filters: Filters | None = None) -> list[Passage]:
        if not query.strip():
            raise QuestionError("the query is empty; type a few words to search for")
        k = _top_k(k)
        passages = self.workers.run(lambda: self.assistant().index.search(query.strip(), k=k, filters=filters))
        return [shown_passage(p) for p in passages]

    def chunks(self, chunk_ids: Sequence[str]) -> dict[str, Chunk]:
        """The stored chunks by id (the chat shows a citation's whole passage)."""
        return self.workers.run(lambda: self.assistant().index.chunks(list(chunk_ids)))

    def documents(self) -> dict[str, Any]:
        # Not queued behind the questions: a health check must answer while the workers are busy.
        with self._first_lock:
            return shown_stats(self._first.stats())

    def health(self) -> dict[str, Any]:
        stats = self.documents()
        return {"status": "ok", "documents": stats["n_documents"], "chunks": stats["n_chunks"],
                "collection": stats["collection"], "generator": self.generator.name,
                "indexing": any(j.state in ("queued", "indexing") for j in self.jobs.values())}

    # -- uploads ------------------------------------------------------------------------

    def upload(self, files: Sequence[tuple[str, bytes]]) -> UploadJob:
        """Check and stage the files, then version and index them in the background."""
        checked = check_uploads(files)
        job = UploadJob(uuid.uuid4().hex[:12], [name for name, _ in checked])
        saved = self._save(checked, self.upload_dir / ".incoming" / job.id)
        self.jobs[job.id] = job
        threading.Thread(target=self._ingest, args=(job, saved), name=f"ingest-{job.id}", daemon=True).start()
        return job

    def wait(self, job: UploadJob, timeout: float = 600.0) -> UploadJob:
        deadline = time.time() + timeout
        while job.state in ("queued", "indexing") and time.time() < deadline:
            time.sleep(0.05)
        return job

    @staticmethod
    def _save(files: list[tuple[str, bytes]], folder: Path) -> list[Path]:
        """Staged in a folder of the job's own: where a file goes (a new version beside the old
        one, or nowhere when unchanged) is decided when the job's turn to index comes."""
        folder.mkdir(parents=True, exist_ok=True)
        saved = []
        for name, data in dict(files).items():  # the same name twice in one upload: the later wins
            path = folder / name
            path.write_bytes(data)
            saved.append(path)
        return saved

    def _ingest(self, job: UploadJob, paths: list[Path]) -> None:
        # Only a job that really finds another one indexing says it waits: the stage used to
        # stay empty until the first embedding batch, which the page showed as "waiting for
        # the previous upload" for minutes while this very upload was being read.
        if not self._ingest_lock.acquire(blocking=False):
            job.stage = "waiting for the previous upload"
            self._ingest_lock.acquire()
        try:
            job.state, job.stage = "indexing", "loading"
            self._run_ingest(job, paths)
        finally:
            self._ingest_lock.release()

    def _run_ingest(self, job: UploadJob, staged: list[Path]) -> None:
        placed: list[Placed] = []
        try:
            with self.components.open_index() as index:
                placed = [place(index, self.upload_dir, p) for p in staged]
                todo = [p for p in placed if p.status != "unchanged"]
                report = index.ingest([str(p.path) for p in todo], progress=job.progress) if todo else None
                _count(job, index, placed, report)
            job.state = "failed" if job.problems and not (job.added or job.updated) else "done"
        except Exception as exc:  # reported to the user; the index keeps its last committed state
            job.state, job.error = "failed", f"{type(exc).__name__}: {exc}"
        finally:
            _remove_failed([p.path for p in placed if p.status != "unchanged"], job)
            for folder in {p.parent for p in staged}:  # what was staged and not placed
                shutil.rmtree(folder, ignore_errors=True)

    def close(self) -> None:
        self.workers.close()
        self.exports.close()
        with self._opened_lock:
            for a in self._opened:
                a.close()
            self._opened.clear()
        with self._first_lock:
            self._first.close()


def _count(job: UploadJob, index: Index, placed: list[Placed], report: IngestReport | None) -> None:
    """The job's counts: documents of new versions are "updated", the rest of what was indexed
    "added"; and per file, the version it now is (a version that failed is left out)."""
    new_versions = [p for p in placed if p.status == "updated"]
    indexed = {id(p): indexed_documents(index, p) for p in new_versions}
    job.updated = sum(indexed.values())
    job.added = (report.added + report.updated - job.updated) if report else 0
    job.unchanged = sum(p.documents for p in placed if p.status == "unchanged")
    job.problems = [str(p) for p in report.problems] if report else []
    job.versions = [{"name": p.name, "version": p.version, "status": p.status}
                    for p in placed if p.status != "updated" or indexed[id(p)]]


def check_history(history: Sequence[Turn]) -> list[Turn]:
    """The last turns, each of a known role and a bounded size."""
    turns = list(history)[-MAX_HISTORY_TURNS:]
    for t in turns:
        if t.role not in ("user", "assistant"):
            raise QuestionError(f"a history turn has role {t.role!r}; use \"user\" or \"assistant\"")
        if len(t.content) > MAX_TURN_CHARS:
            raise QuestionError(f"a history turn is {len(t.content)} characters; keep each under {MAX_TURN_CHARS}")
    return turns


def check_uploads(files: Sequence[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """Safe file names of an accepted type and size; anything else is refused whole."""
    if not files:
        raise UploadError("no files were uploaded")
    if len(files) > MAX_UPLOAD_FILES:
        raise UploadError(f"{len(files)} files at once; upload at most {MAX_UPLOAD_FILES}")
    checked = []
    for name, data in files:
        safe = safe_name(name)
        if not safe.lower().endswith(UPLOAD_TYPES):
            raise UploadError(f"{name!r} is not a supported type; upload {', '.join(UPLOAD_TYPES)} files")
        if len(data) > MAX_UPLOAD_MB * 1024 * 1024:
            raise UploadTooLargeError(f"{name!r} is {len(data) / 1e6:.1f} MB; the limit is {MAX_UPLOAD_MB:.0f} MB")
        checked.append((safe, data))
    return checked


def safe_name(name: str) -> str:
    """The last path component, with only plain characters: "../../etc/passwd" -> "passwd"."""
    base = re.split(r"[\\/]", name)[-1]
    base = _SAFE_NAME.sub("_", base).strip(" .")
    if not base:
        raise UploadError(f"{name!r} is not a usable file name")
    return base[:120]


def _remove_failed(paths: list[Path], job: UploadJob) -> None:
    """A file that could not be indexed is not kept, so the next upload does not retry it."""
    failed = {p.split(":")[0].strip() for p in job.problems}
    for path in paths:
        if job.state == "failed" or any(str(path) in f or path.name in f for f in failed):
            path.unlink(missing_ok=True)


def _top_k(k: int) -> int:
    if not 1 <= k <= MAX_TOP_K:
        raise QuestionError(f"top_k is {k}; use a number from 1 to {MAX_TOP_K}")
    return k


def _options(top_k: int, filters: Filters | None) -> AskOptions:
    return replace(AskOptions(), top_k=_top_k(top_k), filters=filters)
