"""The web chat: answers stream in, and each [n] marker opens its passage, the supporting words marked.

What the page shows is built by small pure functions (``answer_html``, ``sources_html``, ...) from the
``Answer`` values the service returns; the Gradio handlers below them only stream and wire. A session's
conversation lives in one ``Conversation`` (``gr.State``), so follow-ups see the earlier turns.
"""

from __future__ import annotations

import html
import logging
import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import gradio as gr
from gradio.events import api

from index.documents import Chunk

from ..answer import ABSTAIN_TEXT, Answer, Citation, Turn
from ..brief_render import render
from ..errors import USER_ERRORS, UploadError
from ..markers import split_markers
from .page import COPY_JS
from .page import CSS as CSS  # re-exported: app.py mounts the page with them
from .page import HEAD as HEAD
from .service import MAX_TURN_CHARS, MAX_UPLOAD_MB, UPLOAD_TYPES, ChatService, UploadJob

log = logging.getLogger(__name__)

CONCURRENCY = 4  # questions answered at once; the rest wait in Gradio's queue
_MARKDOWN_SPECIALS = re.compile(r"([\\`*_~|$#\[\]])")
_CONTEXT_CHARS = 260  # of the passage shown either side of the supporting span

# -- pure rendering ----------------------------------------------------------------------------


@dataclass
class Conversation:
    """One browser session: what the chat shows, what the service is told, each answer's sources."""

    messages: list[dict[str, str]] = field(default_factory=list)
    turns: list[Turn] = field(default_factory=list)
    panels: list[tuple[str, str]] = field(default_factory=list)  # (question, sources panel) per answer
    markdown: str = ""  # the latest answer, for "Copy as Markdown"
    answers: list[Answer] = field(default_factory=list)  # for "Export as briefing"


def _text(s: str) -> str:
    """Plain text that the chat's Markdown renderer shows as written."""
    return _MARKDOWN_SPECIALS.sub(r"\\\1", html.escape(s, quote=False))


def answer_html(text: str, turn: int, short: str = "") -> str:
    """The answer with each [n] as a link to source n of this turn; the short answer it leads
    with, when it has one, in bold."""
    if short and text.startswith(short):
        rest = answer_html(text[len(short):], turn)
        return f'<strong class="short-answer">{_text(short)}</strong>{rest}'
    parts = []
    for before, cited in split_markers(text):
        parts.append(_text(before[:-1] if cited and before[-1:].isspace() else before))  # a word joiner instead
        parts.extend(f'\u2060<a class="cite" href="#cite-{turn}-{n}" data-cite="{turn}-{n}">[{n}]</a>'
                     for n in cited)
    return "".join(parts)


PENDING_HTML = '<span class="pending">Searching the documents</span>'


def abstain_html(near_miss: str = "") -> str:
    """The abstention, with what the documents hold instead when the answer says so."""
    note = f"<br>{html.escape(near_miss)}" if near_miss else ""
    return ('<div class="abstain"><span class="abstain-icon" aria-hidden="true">∅</span><div>'
            f"<strong>{ABSTAIN_TEXT}</strong>{note}<br><span class=\"hint\">The closest passages are in the sources "
            "panel, for you to judge. Try other words, or add documents that cover it.</span></div></div>")


def _sentence(message: str) -> str:
    """An error message as a sentence: "the question is empty" -> "The question is empty."."""
    return message[:1].upper() + message[1:] + ("" if message.endswith((".", "!", "?")) else ".")


def notice_html(message: str) -> str:
    return f'<div class="notice"><span aria-hidden="true">⚠</span> {_text(message)}</div>'


def passage_parts(chunk: Chunk | None, c: Citation, context: int = _CONTEXT_CHARS) -> tuple[str, str, str]:
    """The cited passage as (before, quote, after): the quote where it sits in its chunk, with some context."""
    if chunk is None:
        return "", c.quote, ""
    start = c.start - chunk.start
    if start < 0 or not chunk.text.startswith(c.quote, start):  # offsets off (re-chunked): find the words instead
        start = chunk.text.find(c.quote)
        if start < 0:
            return "", c.quote, ""
    end = start + len(c.quote)
    return _clip_left(chunk.text[:start], context), c.quote, _clip_right(chunk.text[end:], context)


def _clip_left(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[-limit:]
    return "…" + (cut[cut.find(" ") + 1:] if " " in cut else cut)


def _clip_right(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit]
    return (cut[:cut.rfind(" ")] if " " in cut else cut) + "…"


def _where(c: Citation) -> str:
    """A link for web sources; for files only the name (the server's paths are not the reader's business)."""
    if c.url.startswith(("http://", "https://")):
        shown = re.sub(r"^https?://(www\.)?", "", c.url)[:60]
        return f'<a href="{html.escape(c.url)}" target="_blank" rel="noopener noreferrer">{html.escape(shown)}</a>'
    return f'<span class="file">{html.escape(Path(c.source).name or c.source)}</span>'


def _lines(text: str) -> str:
    """Escaped, with the blank lines of extracted documents squeezed out."""
    return html.escape(re.sub(r"[ \t]*\n\s*", "\n", text))


def source_html(c: Citation, chunk: Chunk | None, turn: int, supporting: bool) -> str:
    """One source: a summary line (number, title, the quote's start) that opens onto the passage."""
    before, quote, after = passage_parts(chunk, c) if supporting else ("", _clip_right(c.quote, 700), "")
    quote_html = f"<mark>{_lines(quote)}</mark>" if supporting else _lines(quote)
    meta = _where(c) + (f' · <span class="date">{html.escape(c.date)}</span>' if c.date else "")
    meta += f' · <span class="version">version {c.version}</span>' if c.version > 1 else ""
    snippet = html.escape(_clip_right(" ".join(c.quote.split()), 160))
    return (f'<details class="source" id="cite-{turn}-{c.n}"><summary><span class="num">{c.n}</span>'
            f'<span class="head"><span class="title">{html.escape(c.title or "Untitled")}</span>'
            f'<span class="snippet">{snippet}</span></span></summary><div class="meta">{meta}</div>'
            f'<div class="passage">{_lines(before)}{quote_html}{_lines(after)}</div></details>')


def sources_html(citations: Sequence[Citation], chunks: dict[str, Chunk], turn: int, abstained: bool,
                 searched: str = "") -> str:
    """The sources panel of one answer: each citation with its passage, or the closest passages."""
    if abstained:
        head = ('<div class="sources-head muted">Closest passages</div><p class="note">None of these answers '
                "the question; they are the nearest the search found.</p>")
    else:
        head = f'<div class="sources-head">Sources <span class="count">{len(citations)}</span></div>'
    if searched:
        head += f'<p class="note">Searched for: <q>{html.escape(searched)}</q></p>'
    body = "".join(source_html(c, chunks.get(c.chunk_id), turn, not abstained) for c in citations)
    return f'<section class="answer-sources" data-turn="{turn}">{head}{body}</section>'


def panel_html(panels: Sequence[tuple[str, str]]) -> str:
    """The latest answer's sources, then the earlier answers' sources folded away; ``panels`` holds
    (question, sources) per answer, oldest first."""
    if not panels:
        return ('<div class="sources-empty"><div class="sources-head">Sources</div><p>Ask a question: the '
                "passages behind each answer appear here, the exact supporting words highlighted. "
                "Click a marker such as <span class=\"fake-cite\">[1]</span> to jump to its passage.</p></div>")
    earlier = "".join(f'<details class="earlier"><summary>Earlier: {html.escape(_clip_right(q, 70))}</summary>{p}'
                      "</details>" for q, p in reversed(panels[:-1]))
    return panels[-1][1] + earlier


def header_html(n_documents: int) -> str:
    docs = f"{n_documents} indexed document{'s' if n_documents != 1 else ''}"
    return ('<header class="app-head"><h1>Ask your documents</h1><p>Answers come only from the '
            f"<strong>{docs}</strong>. Every sentence cites the passage it came from, and when the documents "
            "do not say, the assistant tells you so instead of guessing.</p></header>")


_STAGES = {"loading": "reading files", "embedding": "embedding chunks"}


def job_html(job: UploadJob) -> str:
    """Progress while indexing, then what was added and what could not be read."""
    if job.state in ("queued", "indexing"):
        stage = html.escape(_STAGES.get(job.stage, job.stage))
        count = f" {job.done}/{job.total}" if job.total else ""
        count += f" ({job.documents}/{job.documents_total} documents)" if job.documents_total else ""
        bar = f'<progress value="{job.done}" max="{job.total}"></progress>' if job.total else "<progress></progress>"
        return f'<div class="upload-status">Indexing {len(job.files)} file(s): {stage}{count}{bar}</div>'
    problems = "".join(f"<li>{html.escape(p)}</li>" for p in job.problems)
    problems = f"<ul>{problems}</ul>" if problems else ""
    if job.state == "failed":
        reason = html.escape(job.error or "none of the files could be read")
        return f'<div class="upload-status bad">Nothing was added: {reason}.{problems}</div>'
    done = "; ".join(f"{verb} {n} document{'s' if n != 1 else ''}"
                     for verb, n in (("Added", job.added), ("Updated", job.updated)) if n)
    new = job.added + job.updated
    added = f"{done}; you can ask about {'them' if new != 1 else 'it'} now." if new else \
        "These files were already indexed."
    return f'<div class="upload-status ok">{added}{versions_html(job.versions)}{problems}</div>'


def versions_html(versions: Sequence[dict[str, Any]]) -> str:
    """A notice for each file uploaded under a name it already had: it never silently replaces."""
    notes = [_version_note(str(v["name"]), int(v["version"]), str(v["status"])) for v in versions
             if v["status"] != "added"]
    items = "".join(f'<li class="version-notice" role="status">{html.escape(n)}</li>' for n in notes)
    return f'<ul class="version-notices">{items}</ul>' if items else ""


def _version_note(name: str, version: int, status: str) -> str:
    if status == "unchanged":
        return f"{name} is unchanged: the same as version {version}, already indexed."
    return (f"{name} updated: now version {version}; version {version - 1} is kept, marked superseded, "
            "and answers cite the new one.")


def cited_chunks(service: ChatService, citations: Sequence[Citation]) -> dict[str, Chunk]:
    """The chunks the citations point into, for the passage around each quote; {} when unavailable."""
    try:
        return service.chunks([c.chunk_id for c in citations])
    except Exception:  # the context is a nicety: without it the panel shows the quote alone
        log.warning("could not read the cited chunks", exc_info=True)
        return {}


# -- handlers ----------------------------------------------------------------------------------


def _user(text: str) -> dict[str, str]:
    return {"role": "user", "content": _text(text)}


def _assistant(content: str) -> dict[str, str]:
    return {"role": "assistant", "content": content}


def _view(conv: Conversation, chat: Any = None, panel: Any = None, markdown: Any = None, question: Any = None,
          busy: bool | None = None) -> tuple[Any, ...]:
    """The chat's outputs in order; None leaves one as it is. While busy, Send says so and cannot be pressed."""
    send = None if busy is None else gr.Button("Answering…" if busy else "Send", interactive=not busy)
    values = (chat, panel, markdown, conv, question, send)
    return tuple(gr.skip() if v is None else v for v in values)


class Handlers:
    """What the page's events call."""

    def __init__(self, service: ChatService) -> None:
        self.service = service

    def respond(self, question: str, conv: Conversation) -> Iterator[tuple[Any, ...]]:
        """Stream one answer into the chat and its sources into the panel."""
        question = question.strip()
        if not question:
            gr.Info("Type a question about your documents first.", duration=4)
            yield _view(conv)
            return
        shown = [*conv.messages, _user(question)]
        yield _view(conv, chat=[*shown, _assistant(PENDING_HTML)], question="", busy=True)
        try:
            yield from self._stream(question, conv, shown)
        except USER_ERRORS as exc:
            yield self._fail(conv, shown, _sentence(str(exc)))
        except Exception:  # never a traceback on the page; the log has it
            log.exception("answering %r failed", question)
            yield self._fail(conv, shown, "Something went wrong while answering. Please try again.")

    def _stream(self, question: str, conv: Conversation, shown: list[dict[str, str]]) -> Iterator[tuple[Any, ...]]:
        turn, text, citations, chunks = len(conv.panels) + 1, "", list[Citation](), dict[str, Chunk]()
        for event in self.service.ask_stream(question, conv.turns):
            if event.kind == "done" and event.answer:
                yield self._finish(conv, shown, event.answer, chunks)
                return
            if event.kind == "citation" and event.citation:  # the sources panel follows the text
                citations.append(event.citation)
                chunks |= cited_chunks(self.service, [event.citation])
                live = sources_html(citations, chunks, turn, False)
                yield _view(conv, panel=panel_html([*conv.panels, (question, live)]))
            elif event.kind == "text":  # one chat update per verified sentence (the short answer first)
                text += event.text
                # an abstention is replayed whole, its "done" (with the abstained flag) right after its citations
                yield _view(conv, chat=[*shown, _assistant(answer_html(text, turn))])
        raise RuntimeError("the answer stream ended without its answer")

    def _finish(self, conv: Conversation, shown: list[dict[str, str]], answer: Answer,
                chunks: dict[str, Chunk]) -> tuple[Any, ...]:
        turn = len(conv.panels) + 1
        body = abstain_html(answer.answer.removeprefix(ABSTAIN_TEXT).strip()) if answer.abstained \
            else answer_html(answer.answer, turn, answer.short_answer.text if answer.short_answer else "")
        searched = answer.query if answer.query != answer.question else ""
        conv.messages = [*shown, _assistant(body)]
        conv.turns += [Turn("user", answer.question), Turn("assistant", answer.answer[:MAX_TURN_CHARS])]
        conv.panels.append((answer.question, sources_html(answer.citations, chunks, turn, answer.abstained, searched)))
        conv.markdown = answer.to_markdown()
        conv.answers.append(answer)
        return _view(conv, chat=conv.messages, panel=panel_html(conv.panels), markdown=conv.markdown, busy=False)

    @staticmethod
    def _fail(conv: Conversation, shown: list[dict[str, str]], message: str) -> tuple[Any, ...]:
        conv.messages = [*shown, _assistant(notice_html(message))]
        return _view(conv, chat=conv.messages, busy=False)

    @staticmethod
    def reset() -> tuple[Any, ...]:
        return _view(Conversation(), chat=[], panel=panel_html([]), markdown="", question="", busy=False)

    def ask(self, question: str, history: list[dict[str, str]] | None = None) -> str:
        """Answer from the indexed documents: Markdown with [^n] footnotes and a Sources list.
        ``history`` is the conversation so far: [{"role": "user" or "assistant", "content": ...}]."""
        turns = [Turn(str(t.get("role", "")), str(t.get("content", ""))) for t in history or []]
        try:
            return self.service.ask(question, turns).to_markdown()
        except USER_ERRORS as exc:
            raise gr.Error(str(exc)) from exc

    def export(self, fmt: str, conv: Conversation) -> tuple[Any, str]:
        """This conversation's answers as a briefing file to download; (file, status)."""
        if not conv.answers:
            return None, notice_html("Ask a question first: the briefing is made of this conversation's answers.")
        try:
            data = render(self.service.brief_from(conv.answers, "Conversation briefing"), fmt)
        except Exception:  # never a traceback on the page; the log has it
            log.exception("exporting a briefing failed")
            return None, notice_html("The briefing could not be made. Please try again.")
        return str(self.service.exports.save(f"briefing.{fmt}", data)), ""

    def header(self) -> str:
        stats = self.service.documents()  # a superseded version is kept, but not counted twice
        return header_html(int(stats["n_documents"]) - int(stats.get("n_superseded", 0)))

    def add_files(self, paths: list[str] | None) -> Iterator[tuple[Any, ...]]:
        """Upload, then report progress until indexed; yields (status, files, header)."""
        if not paths:
            yield '<div class="upload-status">Choose one or more files first.</div>', gr.skip(), gr.skip()
            return
        try:
            job = self.service.upload([(Path(p).name, Path(p).read_bytes()) for p in paths])
        except UploadError as exc:
            yield f'<div class="upload-status bad">Nothing was added: {html.escape(str(exc))}.</div>', gr.skip(), \
                gr.skip()
            return
        while job.state in ("queued", "indexing"):
            yield job_html(job), gr.skip(), gr.skip()
            time.sleep(0.25)
        yield job_html(job), (None if job.state == "done" else gr.skip()), self.header()


# -- layout ------------------------------------------------------------------------------------


def build_ui(service: ChatService) -> gr.Blocks:
    h = Handlers(service)
    demo = gr.Blocks(title="Ask your documents", analytics_enabled=False)
    with demo:
        header = gr.HTML(h.header())
        conv = gr.State(Conversation())
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=380):
                chat = gr.Chatbot(
                    elem_id="chat", show_label=False, height="62vh", layout="bubble", buttons=[],
                    feedback_options=None, latex_delimiters=[], sanitize_html=True, render_markdown=True,
                    placeholder="**Ask anything about the documents.** Answers cite their passages; "
                                "click a marker like [1] to see the exact words.")
                with gr.Row(elem_id="ask-row"):
                    question = gr.Textbox(placeholder="Ask about your documents…", show_label=False,
                                          container=False, scale=8, autofocus=True, elem_id="question", max_lines=6)
                    send = gr.Button("Send", variant="primary", scale=1, min_width=90, elem_id="send")
                with gr.Row(elem_id="answer-tools"):
                    copy = gr.Button("Copy as Markdown", size="sm", scale=0, min_width=160, elem_id="copy-md")
                    new = gr.Button("New conversation", size="sm", scale=0, min_width=160, elem_id="new-chat")
                with gr.Accordion("Answer as Markdown", open=False, elem_id="md-box"):
                    markdown = gr.Code("", language="markdown", interactive=False, show_label=False,
                                       wrap_lines=True, show_line_numbers=False, buttons=["copy"], lines=4)
                with gr.Accordion("Export as briefing", open=False, elem_id="export-box"):
                    with gr.Row():
                        fmt = gr.Radio([("Word", "docx"), ("Markdown", "md"), ("HTML", "html")], value="docx",
                                       show_label=False, container=False, scale=3, elem_id="export-format")
                        export = gr.Button("Make briefing", size="sm", scale=1, min_width=140, elem_id="export")
                    briefing = gr.File(show_label=False, interactive=False, height=60, elem_id="briefing-file")
                    export_status = gr.HTML("")
                with gr.Accordion("Add documents", open=False, elem_id="upload-box"):
                    files = gr.File(file_count="multiple", file_types=list(UPLOAD_TYPES), show_label=False,
                                    height=140)
                    gr.HTML(f'<p class="upload-hint">{", ".join(UPLOAD_TYPES)} files, up to {MAX_UPLOAD_MB:.0f} MB '
                            "each. They are indexed in the background; questions keep working meanwhile.</p>")
                    add = gr.Button("Add to corpus", size="sm", variant="secondary", elem_id="add-files")
                    status = gr.HTML("", elem_id="upload-status")
            with gr.Column(scale=2, min_width=320, elem_id="side"):
                sources = gr.HTML(panel_html([]), elem_id="sources", padding=False)
        outputs = [chat, sources, markdown, conv, question, send]
        # "once": a question asked while the last one is still being answered is ignored, not run twice at once
        gr.on([question.submit, send.click], h.respond, [question, conv], outputs, api_visibility="private",
              show_progress="hidden", trigger_mode="once")
        new.click(h.reset, None, outputs, api_visibility="private")
        chat.clear(h.reset, None, outputs, api_visibility="private")  # the chat's own bin icon
        copy.click(None, [markdown], None, js=COPY_JS, api_visibility="private")
        export.click(h.export, [fmt, conv], [briefing, export_status], api_visibility="private")
        add.click(h.add_files, [files], [status, files, header], api_visibility="private")
        demo.load(h.header, None, header, api_visibility="private")
        api(h.ask, api_name="ask")
    demo.queue(default_concurrency_limit=CONCURRENCY)
    return demo
