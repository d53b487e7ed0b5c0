"""A briefing as Markdown (real ``[^n]`` footnotes) or as one self-contained HTML page."""

from __future__ import annotations

from html import escape
from itertools import groupby
from pathlib import Path

from .brief_docx import to_docx
from .briefing import BriefEntry, Briefing, Footnote, Source, source_line
from .errors import BriefingError

FORMATS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".docx": "docx"}
MEDIA_TYPES = {"md": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8",
               "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


def _sections(b: Briefing) -> list[tuple[str, list[BriefEntry]]]:
    return [(name, list(group)) for name, group in groupby(b.entries, key=lambda e: e.item.section)]


# -- Markdown ------------------------------------------------------------------------


def to_markdown(b: Briefing) -> str:
    lines = [f"# {b.title}", "", f"_{b.made}_", ""]
    for section, entries in _sections(b):
        if section:
            lines += [f"## {section}", ""]
        for e in entries:
            lines += _md_entry(e, "###" if section else "##")
    sources = {s.number: s for s in b.sources}
    if b.sources:
        lines += ["## Sources", ""] + [f"{s.number}. {source_line(s)}" for s in b.sources] + [""]
    lines += [_md_footnote(f, sources[f.source]) for f in b.footnotes]
    return "\n".join(lines).rstrip() + "\n"


def _md_entry(e: BriefEntry, level: str) -> list[str]:
    out = [f"{level} {e.item.question}", ""]
    if e.item.note:
        out += [f"> {e.item.note}", ""]
    text = "".join(s.text + "".join(f"[^{n}]" for n in s.footnotes) for s in e.segments).strip()
    return out + [text if e.answered else f"**{text}**", ""]


def _md_footnote(f: Footnote, s: Source) -> str:
    quote = " ".join(f.quote.split())
    return f"[^{f.n}]: “{quote}” — source {s.number}: {s.name}{', ' + s.outlet if s.outlet else ''}" \
           f"{', ' + s.date if s.date else ''}."


# -- HTML ------------------------------------------------------------------------------

_CSS = """
body{font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;background:#f7f7f5;margin:0}
main{max-width:760px;margin:2rem auto;background:#fff;padding:2.5rem 3rem;border-radius:10px;
box-shadow:0 1px 3px rgba(0,0,0,.08)}
h1{font-size:1.9rem;margin:0 0 .3rem}h2{margin-top:2rem;border-bottom:1px solid #e4e7eb;padding-bottom:.2rem}
h3{margin-bottom:.3rem}.made{color:#616e7c;font-style:italic;margin-top:0}
.note{border-left:3px solid #cbd2d9;margin:.3rem 0;padding:.1rem .8rem;color:#52606d}
.unanswered{color:#8a4b08;background:#fff7e6;border-radius:6px;padding:.4rem .8rem;display:inline-block}
sup a{text-decoration:none;color:#2563eb;font-weight:600;padding:0 .1em}
.footnotes,.sources{font-size:.9rem;color:#323f4b}.footnotes li,.sources li{margin:.35rem 0}
.footnotes q{font-style:italic}.back{text-decoration:none;margin-left:.3rem}
:target{background:#fff3bf;transition:background .5s}
@media print{body{background:#fff}main{box-shadow:none;margin:0;padding:0}}
"""


def to_html(b: Briefing) -> str:
    body = [f"<h1>{escape(b.title)}</h1>", f'<p class="made">{escape(b.made)}</p>']
    for section, entries in _sections(b):
        if section:
            body.append(f"<h2>{escape(section)}</h2>")
        body += [_html_entry(e, "h3" if section else "h2") for e in entries]
    sources = {s.number: s for s in b.sources}
    if b.sources:
        body.append("<h2>Sources</h2><ol class=\"sources\">"
                    + "".join(f'<li id="src-{s.number}">{_html_source(s)}</li>' for s in b.sources) + "</ol>")
    if b.footnotes:
        body.append('<h2>Notes</h2><ol class="footnotes">'
                    + "".join(_html_footnote(f, sources[f.source]) for f in b.footnotes) + "</ol>")
    return ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
            f"<title>{escape(b.title)}</title><style>{_CSS}</style></head><body><main>"
            + "".join(body) + "</main></body></html>\n")


def _html_entry(e: BriefEntry, tag: str) -> str:
    out = f"<{tag}>{escape(e.item.question)}</{tag}>"
    if e.item.note:
        out += f'<p class="note">{escape(e.item.note)}</p>'
    if not e.answered:
        return out + f'<p><span class="unanswered">{escape(e.segments[0].text)}</span></p>'
    text = "".join(escape(s.text) + "".join(f'<sup><a href="#fn-{n}" id="fnref-{n}">{n}</a></sup>'
                                            for n in s.footnotes) for s in e.segments)
    return out + f'<p class="answer">{text.strip()}</p>'


def _html_source(s: Source) -> str:
    where = s.location
    link = (f'<a href="{escape(where)}" rel="noopener">{escape(where)}</a>'
            if where.startswith(("http://", "https://")) else f"<code>{escape(where)}</code>")
    meta = ", ".join(p for p in (s.outlet, s.date) if p)
    return f"<strong>{escape(s.name)}</strong>{'. ' + escape(meta) if meta else ''}. {link}"


def _html_footnote(f: Footnote, s: Source) -> str:
    return (f'<li id="fn-{f.n}"><q>{escape(" ".join(f.quote.split()))}</q> — '
            f'<a href="#src-{s.number}">source {s.number}</a>: {escape(s.name)}'
            f'<a class="back" href="#fnref-{f.n}" aria-label="back to the text">↩</a></li>')


def render(b: Briefing, fmt: str) -> bytes:
    """``md``, ``html`` or ``docx``."""
    if fmt == "docx":
        return to_docx(b)
    if fmt == "html":
        return to_html(b).encode("utf-8")
    if fmt == "md":
        return to_markdown(b).encode("utf-8")
    raise BriefingError(f"unknown briefing format {fmt!r}; use md, html or docx")


def format_of(path: str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise BriefingError(f"--out {path}: the name must end in .md, .html or .docx (it picks the format)")
    return FORMATS[suffix]
