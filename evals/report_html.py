"""One self-contained HTML page for an eval report: metric cards, charts, baseline comparison, drill-down.

Everything is inline (CSS, SVG, a little JS) so the file opens from disk or an attachment with no
network, and a Content-Security-Policy forbids any outside load. Every string from the report is
escaped: questions, answers and passages come from documents and suites we do not control.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from typing import Any

from assistant.markers import split_markers
from evals.charts import CHART_CSS, Bar, HeatRow, esc, hbar_chart, heatmap, histogram, nice_ceiling, tone

CARDS = (
    ("answered_correctly", "Answered correctly"), ("faithfulness", "Faithfulness"),
    ("citation_precision", "Citation precision"),
    ("citation_recall", "Citation recall"), ("recall@5", "Recall@5"), ("mrr@10", "MRR@10"),
    ("token_f1", "Token F1"), ("fact_recall", "Fact recall"), ("abstention_accuracy", "Abstention accuracy"),
    ("abstention_precision", "Abstention precision"), ("abstention_recall", "Abstention recall"),
    ("short_f1", "Short-answer F1"), ("latency_p50_ms", "Latency p50"), ("latency_p95_ms", "Latency p95"),
)
HEAT_COLUMNS = (
    ("hit@5", "hit@5"), ("recall@5", "recall@5"), ("faithfulness", "faithful"), ("citation_precision", "cit. prec"),
    ("citation_recall", "cit. rec"), ("token_f1", "token F1"), ("fact_recall", "facts"), ("abstention_ok", "abstain"),
)
LABELS = dict(CARDS) | {
    "hit@1": "Hit@1", "hit@5": "Hit@5", "ndcg@10": "nDCG@10", "context_recall": "Context recall",
    "answered_answerable": "Answered (answerable)", "abstained_unanswerable": "Abstained (unanswerable)",
    "abstention_ok": "Abstention", "latency_ms": "Latency", "error": "Error",
}
_UNSAFE_ID = re.compile(r"[^A-Za-z0-9_-]")


def render_html(report: dict[str, Any], comparison: dict[str, Any] | None = None) -> str:
    """The whole report page; ``comparison`` (deltas and regressions against a baseline) adds its section."""
    regressed = {str(r.get("id")) for r in (comparison or {}).get("regressions") or []}
    records = report.get("records") or []
    return _page("".join([
        _header(report),
        _cards(report, comparison),
        _charts(report, comparison),
        _comparison(comparison) if comparison else "",
        _drilldown(records, regressed),
    ]))


def anchor_id(question_id: object) -> str:
    """A safe, stable id attribute for a question; a hash keeps ids distinct when sanitising merges them."""
    raw = str(question_id)
    safe = _UNSAFE_ID.sub("_", raw)
    if safe != raw or not safe:
        safe += "-" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:8]
    return f"q-{safe}"


def locate_quote(text: str, quote: str, offset: int | None) -> int:
    """Where ``quote`` sits in the passage: at its recorded offset if that still matches, else its first
    occurrence (chunks can be re-cut after the run), else -1."""
    if not quote:
        return -1
    if offset is not None and offset >= 0 and text[offset:offset + len(quote)] == quote:
        return offset
    return text.find(quote)


# ---- formatting ----

def _num(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _fmt(key: str, value: Any) -> str:
    v = _num(value)
    if v is None:
        return "n/a"
    if key.endswith("_ms"):
        return f"{v:,.0f} ms"
    return f"{v * 100:.1f}".removesuffix(".0") + "%"


def _label(key: str) -> str:
    return LABELS.get(key, key.replace("_", " ").capitalize())


def _when(created: Any) -> str:
    try:
        return datetime.fromisoformat(str(created)).strftime("%Y-%m-%d %H:%M %Z").strip()
    except ValueError:
        return str(created or "unknown")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _delta(key: str, change: dict[str, Any] | None) -> str:
    """▲/▼ with the size of the change, green when better: lower is better for latency, higher otherwise."""
    delta = _num((change or {}).get("delta"))
    if change is None or delta is None:
        return ""
    title = f'title="baseline {esc(_fmt(key, change.get("old")))}"'
    if delta == 0:
        return f'<span class="delta same" {title}>= no change</span>'
    better = change.get("better")
    if better is None:
        better = delta < 0 if key.endswith("_ms") else delta > 0
    amount = f"{abs(delta):,.0f} ms" if key.endswith("_ms") else f"{abs(delta) * 100:.1f} pts"
    arrow = "▲" if delta > 0 else "▼"
    return f'<span class="delta {"better" if better else "worse"}" {title}>{arrow} {amount}</span>'


def _verdict(value: Any, yes: str, no: str) -> str:
    """A judge's True/False as a class name; anything else (missing, null) is "unknown"."""
    return yes if value is True else no if value is False else "unknown"


def _badge(text: str, cls: str) -> str:
    return f'<span class="badge {cls}">{esc(text)}</span>'


# ---- header and cards ----

def _header(report: dict[str, Any]) -> str:
    config, counts = report.get("config") or {}, report.get("counts") or {}
    shown = [("generator", config.get("generator")), ("judge", config.get("judge")), ("top_k", config.get("top_k")),
             ("store", config.get("store")), ("collection", config.get("collection")),
             ("documents", config.get("n_documents"))]
    items = "".join(f"<div><dt>{k}</dt><dd>{esc('–' if v is None else v)}</dd></div>" for k, v in shown)
    questions = counts.get("questions", len(report.get("records") or []))
    errors = int(counts.get("errors") or 0)
    return (f'<header class="top"><p class="eyebrow">corpus-assistant</p><h1>Evaluation report</h1>'
            f'<p class="sub">Suite <code>{esc(report.get("suite", "?"))}</code> · created '
            f'<time datetime="{esc(report.get("created", ""))}">{esc(_when(report.get("created")))}</time></p>'
            f'<p class="totals">{_badge(_plural(int(questions), "question"), "info")} '
            f'{_badge(_plural(errors, "error"), "bad" if errors else "good")}</p>'
            f'<dl class="config">{items}</dl></header>')


def _cards(report: dict[str, Any], comparison: dict[str, Any] | None) -> str:
    aggregates, counts = report.get("aggregates") or {}, report.get("counts") or {}
    deltas = (comparison or {}).get("deltas") or {}
    cards = "".join(_card(key, label, aggregates.get(key), counts.get(key), deltas.get(key)) for key, label in CARDS)
    return _headline(aggregates) + f'<section class="cards" aria-label="Headline metrics">{cards}</section>'


def _headline(aggregates: dict[str, Any]) -> str:
    """Correctness beside faithfulness, coloured by the worse of the two: an answer that is
    faithful but does not answer is not a good answer."""
    correct, faithful = _num(aggregates.get("answered_correctly")), _num(aggregates.get("faithfulness"))
    present = [v for v in (correct, faithful) if v is not None]
    klass = tone(min(present)) if present else "na"
    return (f'<section class="card headline {klass}" aria-label="Headline"><div class="card-label">'
            f"Answered correctly · faithful</div><div class=\"card-value\">{_fmt('answered_correctly', correct)} · "
            f"{_fmt('faithfulness', faithful)}</div><div class=\"card-meta\">colour follows the worse of the two"
            "</div></section>")


def _card(key: str, label: str, value: Any, count: Any, change: dict[str, Any] | None) -> str:
    klass = "neutral" if key.endswith("_ms") else tone(_num(value))
    meta = f"over {_plural(int(count), 'question')}" if _num(count) is not None else "&nbsp;"
    return (f'<div class="card {klass}"><div class="card-label">{esc(label)}</div>'
            f'<div class="card-value">{_fmt(key, value)}</div><div class="card-meta">{meta}</div>'
            f"{_delta(key, change)}</div>")


# ---- charts ----

def _values(records: list[dict[str, Any]], key: str) -> list[float]:
    found = (_num((r.get("metrics") or {}).get(key)) for r in records)
    return [v for v in found if v is not None]


def _charts(report: dict[str, Any], comparison: dict[str, Any] | None) -> str:
    records, aggregates = report.get("records") or [], report.get("aggregates") or {}
    deltas = (comparison or {}).get("deltas") or {}
    bars = [Bar(_label(k), _num(v), _num((deltas.get(k) or {}).get("old")))
            for k, v in aggregates.items() if not k.endswith("_ms")]
    rows = [HeatRow(str(r.get("id")), "#" + anchor_id(r.get("id")),
                    [_num((r.get("metrics") or {}).get(k)) for k, _ in HEAT_COLUMNS]) for r in records]
    panels = [
        f'<figure class="panel wide">{hbar_chart(bars, "Aggregate metrics")}</figure>',
        f'<figure class="panel wide">{heatmap(rows, [c for _, c in HEAT_COLUMNS], "Per-question metrics")}'
        "<figcaption>Click a row to open that question. Grey: not applicable.</figcaption></figure>",
    ]
    hists = [histogram(_values(records, "token_f1"), "Token F1 per question", "token F1"),
             histogram(_values(records, "faithfulness"), "Faithfulness per question", "faithfulness"),
             _latency_chart(_values(records, "latency_ms"), aggregates)]
    figures = "".join(f'<figure class="panel">{h}</figure>' for h in hists)
    return (f'<section aria-label="Charts"><h2>Overview</h2><div class="grid two">{"".join(panels)}</div>'
            f'<div class="grid three">{figures}</div></section>')


def _latency_chart(latencies: list[float], aggregates: dict[str, Any]) -> str:
    marks = [(name, v) for name, v in (("p50", _num(aggregates.get("latency_p50_ms"))),
                                       ("p95", _num(aggregates.get("latency_p95_ms")))) if v is not None]
    top = nice_ceiling(max([*latencies, *(v for _, v in marks)], default=0.0))
    return histogram(latencies, "Latency per question", "milliseconds", hi=top, fmt=lambda x: f"{x:,.0f}",
                     markers=[(f"{name} {v:,.0f}", v) for name, v in marks])


# ---- comparison ----

def _comparison(comparison: dict[str, Any]) -> str:
    base = comparison.get("baseline") or {}
    regressions, improvements = comparison.get("regressions") or [], comparison.get("improvements") or []
    verdict = (f'<p class="verdict bad">{_plural(len(regressions), "regression")}</p>' if regressions
               else '<p class="verdict good">No regressions: no question got worse on any metric.</p>')
    return (f'<section id="comparison"><h2>Compared with baseline</h2><p class="sub">Baseline '
            f'<code>{esc(base.get("path", "?"))}</code> · created {esc(_when(base.get("created")))}</p>{verdict}'
            f'<div class="grid two">{_delta_table(comparison.get("deltas") or {})}'
            f'<div>{_change_table("Regressions", regressions)}{_change_table("Improvements", improvements)}</div>'
            "</div></section>")


def _delta_table(deltas: dict[str, Any]) -> str:
    rows = "".join(f"<tr><td>{esc(_label(k))}</td><td class=num>{_fmt(k, d.get('old'))}</td>"
                   f"<td class=num>{_fmt(k, d.get('new'))}</td><td class=num>{_delta(k, d) or 'n/a'}</td></tr>"
                   for k, d in deltas.items())
    head = "<th>Metric</th><th class=num>Baseline</th><th class=num>This run</th><th class=num>Change</th>"
    return (f'<div class="panel table"><h3>Aggregates</h3><table><thead><tr>{head}</tr></thead>'
            f"<tbody>{rows}</tbody></table></div>")


def _change_table(title: str, changes: list[dict[str, Any]]) -> str:
    if not changes:
        return f'<div class="panel table"><h3>{title}</h3><p class="empty">None.</p></div>'
    rows = "".join(
        f'<tr><td class="id"><a href="#{anchor_id(c.get("id"))}">{esc(c.get("id"))}</a></td><td class="q">'
        f'{esc(c.get("question", ""))}</td><td>{esc(_label(str(c.get("metric"))))}</td><td class="num">'
        f'{_change_value(c, "old")} → {_change_value(c, "new")}</td></tr>' for c in changes)
    head = "<th>Question</th><th class=q></th><th>Metric</th><th class=num>Old → new</th>"
    return (f'<div class="panel table"><h3>{title}</h3><table><thead><tr>{head}</tr></thead>'
            f"<tbody>{rows}</tbody></table></div>")


def _change_value(change: dict[str, Any], side: str) -> str:
    """A metric's value; for the "error" pseudo-metric the value is the message, shown on hover."""
    value = change.get(side)
    if change.get("metric") != "error":
        return _fmt(str(change.get("metric")), value)
    return f'<span title="{esc(value)}">error</span>' if value else "ok"


# ---- drill-down ----

def _failing(record: dict[str, Any]) -> bool:
    """An error, or any per-question metric below 100% except token F1: an extractive answer
    quotes its sources and almost never matches a reference word for word, so F1 below 1 is
    the norm, not a failure."""
    metrics = record.get("metrics") or {}
    scores = (_num(metrics.get(k)) for k, _ in HEAT_COLUMNS if k != "token_f1")
    return bool(record.get("error")) or any(s is not None and s < 1 for s in scores)


def _drilldown(records: list[dict[str, Any]], regressed: set[str]) -> str:
    items = "".join(_question(r, regressed) for r in records)
    return (f'<section id="questions"><h2>Questions</h2>{_filter_bar(len(records))}'
            f'<div class="qlist">{items}</div></section>')


def _filter_bar(total: int) -> str:
    buttons = [("all", "All", "Every question"),
               ("failing", "Failing", "A metric (not token F1) below 100%, a wrong abstention, or an error"),
               ("abstained", "Abstained", "The assistant declined to answer"),
               ("regressed", "Regressed", "Worse than the baseline on some metric")]
    html = "".join(f'<button type="button" data-filter="{f}" title="{t}" aria-pressed="{str(f == "all").lower()}">'
                   f"{label}</button>" for f, label, t in buttons)
    return (f'<div class="filters" role="toolbar" aria-label="Filter questions">{html}'
            f'<span class="count" id="shown">{total} of {total} shown</span>'
            '<button type="button" id="expand">Expand all</button></div>')


def _question(record: dict[str, Any], regressed: set[str]) -> str:
    anchor, answer = anchor_id(record.get("id")), record.get("answer") or {}
    flags = {"failing": _failing(record), "abstained": bool(answer.get("abstained")),
             "regressed": str(record.get("id")) in regressed, "error": bool(record.get("error"))}
    data = " ".join(f'data-{k}="{int(v)}"' for k, v in flags.items())
    return (f'<details class="question" id="{anchor}" {data}><summary>{_summary(record, flags)}</summary>'
            f'<div class="qbody">{_body(record, anchor)}</div></details>')


def _summary(record: dict[str, Any], flags: dict[str, bool]) -> str:
    return (f'<span class="qid">{esc(record.get("id"))}</span>'
            f'<span class="qtext">{esc(record.get("question", ""))}</span>'
            f'<span class="badges">{_status_badges(record, flags)}</span>'
            f'<span class="nums">{_key_numbers(record.get("metrics") or {})}</span>')


def _status_badges(record: dict[str, Any], flags: dict[str, bool]) -> str:
    answer, ok = record.get("answer"), _num((record.get("metrics") or {}).get("abstention_ok"))
    badges = []
    if answer is not None:
        badges.append(_badge("abstained", "warn") if flags["abstained"] else _badge("answered", "info"))
    if flags["abstained"] and ok is not None:
        badges.append(_badge("correct abstention", "good") if ok >= 1 else _badge("wrong abstention", "bad"))
    elif ok is not None and ok < 1:
        badges.append(_badge("should have abstained", "bad"))
    if flags["error"]:
        badges.append(_badge("error", "bad"))
    if flags["regressed"]:
        badges.append(_badge("regressed", "bad"))
    return "".join(badges)


def _key_numbers(metrics: dict[str, Any]) -> str:
    shown = [("F1", "token_f1"), ("faith", "faithfulness"), ("facts", "fact_recall"), ("", "latency_ms")]
    return "".join(f'<span title="{esc(_label(k))}">{name} {_fmt(k, metrics.get(k))}</span>'
                   for name, k in shown if _num(metrics.get(k)) is not None)


def _block(title: str, content: str) -> str:
    return f'<div class="block"><h3>{title}</h3>{content}</div>' if content else ""


def _body(record: dict[str, Any], anchor: str) -> str:
    answer = record.get("answer") or {}
    citations = answer.get("citations") or []
    numbers = {c.get("n") for c in citations}
    return "".join([
        _block("Error", f'<pre class="error">{esc(record["error"])}</pre>' if record.get("error") else ""),
        _block("Conversation so far", _history(record.get("history") or [])),
        _block("Answer", _answer(answer, anchor, numbers) if record.get("answer") else ""),
        _block("Claims", _claims(record.get("judged_claims") or answer.get("claims") or [], anchor, numbers)),
        _block("Reference and facts", _reference(record)),
        _block("Citations", "".join(_citation(c, record.get("passages") or {}, anchor) for c in citations)),
        _block("Retrieved documents", _retrieved(record.get("retrieved") or [], citations)),
        _block("Notes", _list(answer.get("notes") or [], "notes")),
    ])


def _list(items: list[Any], cls: str) -> str:
    return f'<ul class="{cls}">' + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>" if items else ""


def _history(turns: list[dict[str, Any]]) -> str:
    rows = "".join(f'<div class="turn {esc(t.get("role"))}"><span class="role">{esc(t.get("role"))}</span>'
                   f'<span>{esc(t.get("content", ""))}</span></div>' for t in turns)
    return f'<div class="history">{rows}</div>' if rows else ""


def _link_markers(text: str, anchor: str, numbers: set[Any]) -> str:
    """Escaped text whose ``[n]`` markers link to citation n, or are flagged when no citation n exists."""
    out = []
    for before, cited in split_markers(text):
        out.append(esc(before))
        out.extend(f'<a class="cite" href="#{anchor}-c{n}">[{n}]</a>' if n in numbers
                   else f'<span class="cite missing" title="no citation {n}">[{n}]</span>' for n in cited)
    return "".join(out)


def _answer(answer: dict[str, Any], anchor: str, numbers: set[Any]) -> str:
    query = answer.get("query")
    searched = (f'<p class="muted">Searched for: {esc(query)}</p>'
                if query and query != answer.get("question") else "")
    return f'<p class="answer">{_link_markers(str(answer.get("answer", "")), anchor, numbers)}</p>{searched}'


def _claims(claims: list[dict[str, Any]], anchor: str, numbers: set[Any]) -> str:
    items = []
    for c in claims:
        state = _verdict(c.get("supported"), "supported", "unsupported")
        cites = "".join(_link_markers(f"[{n}]", anchor, numbers) for n in c.get("citations") or [])
        score = f'<span class="score">{state} · score {_fmt("", c.get("score"))}</span>'
        items.append(f'<li class="{state}"><span>{esc(c.get("text", ""))} {cites}</span>{score}'
                     f'{_list(c.get("reasons") or [], "reasons")}</li>')
    return f'<ul class="claims">{"".join(items)}</ul>' if items else ""


def _reference(record: dict[str, Any]) -> str:
    facts, found = record.get("facts") or [], (record.get("metrics") or {}).get("facts_found") or []
    items = []
    for i, fact in enumerate(facts):
        state = _verdict(found[i] if i < len(found) else None, "found", "missing")
        icon = {"found": "✓", "missing": "✗"}.get(state, "·")
        alternatives = ' <span class="or">or</span> '.join(esc(a.strip()) for a in str(fact).split("|"))
        items.append(f'<li class="{state}"><span class="icon">{icon}</span> {alternatives}</li>')
    ref = record.get("reference")
    text = f"<p>{esc(ref)}</p>" if ref else ""
    kind = "" if record.get("answerable", True) else '<p class="muted">Not answerable from the documents.</p>'
    return kind + text + (f'<ul class="facts">{"".join(items)}</ul>' if items else "")


def _safe_url(url: str) -> str:
    """Only web links become links: a ``javascript:`` url in a document's metadata must stay text."""
    if url.lower().startswith(("http://", "https://")):
        return f'<a href="{esc(url)}" rel="noopener noreferrer" target="_blank">{esc(url)}</a>'
    return esc(url)


def _citation(c: dict[str, Any], passages: dict[str, Any], anchor: str) -> str:
    meta = [esc(c.get("source", "")), _safe_url(str(c.get("url") or "")), esc(c.get("date", "")),
            f'score {_fmt("", c.get("score"))}' if _num(c.get("score")) is not None else ""]
    head = (f'<div class="cite-head"><span class="n">[{esc(c.get("n"))}]</span> <strong>{esc(c.get("title", ""))}'
            f'</strong> <span class="muted">{" · ".join(m for m in meta if m)}</span></div>')
    return f'<div class="citation" id="{anchor}-c{esc(c.get("n"))}">{head}{_passage(c, passages)}</div>'


def _passage(c: dict[str, Any], passages: dict[str, Any]) -> str:
    passage, quote = passages.get(str(c.get("chunk_id"))) or {}, str(c.get("quote") or "")
    text = str(passage.get("text") or "")
    start, pstart = _num(c.get("start")), _num(passage.get("start"))
    at = locate_quote(text, quote, int(start - pstart) if start is not None and pstart is not None else None)
    if at >= 0:
        end = at + len(quote)
        return f'<p class="passage">{esc(text[:at])}<mark>{esc(quote)}</mark>{esc(text[end:])}</p>'
    shown = f'<p class="passage">{esc(text)}</p>' if text else ""
    note = "quoted text (not found in the passage)" if text else "quoted text (passage not in the report)"
    return shown + (f'<p class="muted">{note}</p><blockquote class="quote">{esc(quote)}</blockquote>' if quote else "")


def _retrieved(docs: list[dict[str, Any]], citations: list[dict[str, Any]]) -> str:
    cited = {c.get("doc_id") for c in citations}
    items = "".join(
        f'<li><span class="rank">{esc(d.get("rank", ""))}</span> {esc(d.get("title", ""))} '
        f'<code>{esc(d.get("doc_id", ""))}</code>{_badge("expected", "good") if d.get("expected") else ""}'
        f'{_badge("cited", "info") if d.get("doc_id") in cited else ""}</li>' for d in docs)
    return f'<ol class="retrieved">{items}</ol>' if items else ""


# ---- page ----

def _page(body: str) -> str:
    return ('<!doctype html><html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            "script-src 'unsafe-inline'; img-src data:\">"
            '<link rel="icon" href="data:,"><title>Evaluation report</title>'
            f"<style>{CSS}{CHART_CSS}</style></head><body><main>{body}</main><script>{SCRIPT}</script></body></html>")


CSS = """
:root{--bg:#f5f6f8;--panel:#fff;--ink:#1f2937;--muted:#6b7280;--line:#e5e7eb;--good:#16a34a;--warn:#d97706;
--bad:#dc2626;--accent:#2563eb}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:1240px;margin:0 auto;padding:32px 24px 80px}
code,.qid{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.88em}
h1{font-size:30px;margin:0 0 4px;letter-spacing:-.01em}h2{font-size:20px;margin:40px 0 14px}
h3{font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:0 0 8px}
a{color:var(--accent)}.muted,.sub{color:var(--muted)}.sub{margin:0 0 10px}
.eyebrow{text-transform:uppercase;letter-spacing:.1em;font-size:12px;font-weight:600;color:var(--accent);margin:0}
.totals{margin:0 0 10px;display:flex;gap:6px}
.config{display:flex;flex-wrap:wrap;gap:8px;margin:0}
.config div{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:3px 10px;max-width:100%}
.config dt{display:inline;color:var(--muted);font-size:12px;margin-right:6px}
.config dd{display:inline;margin:0;font-weight:600;font-size:14px;overflow-wrap:anywhere}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:12px;margin-top:28px}
.headline{margin-top:28px;min-height:0}.headline .card-value{font-size:40px}
.card{background:var(--panel);border:1px solid var(--line);border-top:4px solid #9ca3af;border-radius:10px;
padding:12px 16px;display:flex;flex-direction:column;min-height:118px}
.card.good{border-top-color:var(--good)}.card.warn{border-top-color:var(--warn)}.card.bad{border-top-color:var(--bad)}
.card.neutral{border-top-color:#6366f1}.card-label{font-size:13px;color:var(--muted);font-weight:500}
.card-value{font-size:28px;font-weight:700;font-variant-numeric:tabular-nums;line-height:1.25}
.card.good .card-value{color:#15803d}.card.warn .card-value{color:#b45309}.card.bad .card-value{color:#b91c1c}
.card-meta{font-size:12px;color:var(--muted)}
.card .delta{margin-top:auto;padding-top:6px;font-size:12.5px;font-weight:600}
.card .delta::after{content:" vs baseline";font-weight:400;color:var(--muted)}
.better{color:var(--good)}.worse{color:var(--bad)}.same{color:var(--muted)}
.grid{display:grid;gap:16px;margin-bottom:16px;align-items:start}
.grid.two{grid-template-columns:repeat(auto-fit,minmax(min(100%,480px),1fr))}
.grid.three{grid-template-columns:repeat(auto-fit,minmax(min(100%,320px),1fr))}
.panel{background:var(--panel);border:1px solid var(--line);border-radius:10px;padding:16px;margin:0;min-width:0}
figcaption{font-size:12.5px;color:var(--muted);margin-top:8px}
.verdict{font-weight:600;margin:0 0 12px}.verdict.good{color:#15803d}.verdict.bad{color:#b91c1c}
.table{overflow-x:auto;margin-bottom:16px}table{width:100%;border-collapse:collapse;font-size:14px}
th,td{padding:6px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{font-size:12px;color:var(--muted);font-weight:600}.num{text-align:right;white-space:nowrap}
td.num{font-variant-numeric:tabular-nums}td.id{white-space:nowrap}td.q{color:var(--muted)}.empty{color:var(--muted);margin:0}
.filters{position:sticky;top:0;z-index:2;display:flex;flex-wrap:wrap;gap:8px;align-items:center;padding:10px 0;
background:var(--bg)}
button{font:inherit;font-size:13px;border:1px solid #d1d5db;background:var(--panel);color:var(--ink);
border-radius:999px;padding:5px 14px;cursor:pointer}button:hover{border-color:var(--ink)}
button[aria-pressed=true]{background:var(--ink);color:#fff;border-color:var(--ink)}
.count{color:var(--muted);font-size:13px;margin-left:auto}
.question{background:var(--panel);border:1px solid var(--line);border-radius:10px;margin:0 0 10px}
.question[hidden]{display:none}.question[open]{box-shadow:0 2px 10px rgba(0,0,0,.05)}
summary{cursor:pointer;padding:12px 16px;display:flex;flex-wrap:wrap;gap:6px 12px;align-items:center;list-style:none}
summary::-webkit-details-marker{display:none}summary::before{content:"\\25B8";color:var(--muted)}
.question[open] summary::before{content:"\\25BE"}
.qid{background:#f3f4f6;padding:2px 8px;border-radius:6px;overflow-wrap:anywhere}
.qtext{flex:1 1 300px;font-weight:600;min-width:0;overflow-wrap:anywhere}
.badges{display:flex;flex-wrap:wrap;gap:4px}
.badge{font-size:11.5px;font-weight:600;padding:2px 8px;border-radius:999px;background:#f3f4f6;color:#374151;
white-space:nowrap}
.badge.good{background:#dcfce7;color:#166534}.badge.bad{background:#fee2e2;color:#991b1b}
.badge.warn{background:#fef3c7;color:#92400e}.badge.info{background:#e0e7ff;color:#3730a3}
.nums{display:flex;gap:12px;font-size:12.5px;color:var(--muted);font-variant-numeric:tabular-nums}
.qbody{padding:14px 20px 18px 36px;border-top:1px solid var(--line);display:grid;gap:18px}
.answer{font-size:15.5px;background:#f8fafc;border-left:3px solid var(--accent);padding:10px 14px;margin:0;
border-radius:0 8px 8px 0}
a.cite{font-size:.78em;vertical-align:super;text-decoration:none;font-weight:700;padding:0 1px}
.cite.missing{color:var(--bad);font-size:.78em;vertical-align:super}
.claims,.facts,.retrieved,.notes{margin:0;padding:0;list-style:none;display:grid;gap:6px}
.claims li{padding:7px 12px;border-left:3px solid #9ca3af;border-radius:0 6px 6px 0;background:#f9fafb}
.claims li.supported{border-color:var(--good);background:#f0fdf4}
.claims li.unsupported{border-color:var(--bad);background:#fef2f2}
.claims .score{display:block;font-size:12px;color:var(--muted)}
.claims .reasons{margin:4px 0 2px 18px;padding:0;list-style:disc;font-size:13px;display:block}
.claims .reasons li{border:0;background:none;padding:0;color:#7f1d1d}
.facts .found .icon{color:var(--good);font-weight:700}.facts .missing .icon{color:var(--bad);font-weight:700}
.facts .missing{color:#991b1b}.or{color:var(--muted);font-size:12px}
.citation{border:1px solid var(--line);border-radius:8px;padding:10px 12px;margin-bottom:8px;scroll-margin-top:60px}
.citation:target{outline:2px solid var(--accent)}.citation:last-child{margin-bottom:0}
.cite-head .n{font-weight:700;color:var(--accent)}
.passage{white-space:pre-wrap;font-size:13.5px;max-height:13em;overflow:auto;position:relative;background:#fafafa;
padding:8px 10px;border-radius:6px;margin:8px 0 0}
mark{background:#fde68a;padding:0 2px;border-radius:3px}
.quote{margin:4px 0 0;padding:6px 12px;border-left:3px solid var(--warn);background:#fffbeb;font-size:13.5px}
.block p{margin:0 0 8px}.block>p:last-child{margin-bottom:0}
.history{display:grid;gap:4px}.turn{display:flex;gap:10px;font-size:14px}
.role{min-width:70px;font-size:12px;font-weight:600;color:var(--muted);text-transform:uppercase;padding-top:2px}
.retrieved li{display:flex;gap:8px;align-items:baseline;flex-wrap:wrap;font-size:14px}
.rank{min-width:1.6em;color:var(--muted);font-variant-numeric:tabular-nums}
pre.error{background:#fef2f2;color:#991b1b;padding:10px 12px;border-radius:6px;white-space:pre-wrap;margin:0}
time{white-space:nowrap}
/* Phones: two cards a row, and the wide charts keep a readable size and scroll sideways in their panel. */
@media (max-width:640px){main{padding:16px 12px 48px}.qbody{padding:12px}.cards{grid-template-columns:1fr 1fr}
.card{min-height:0;padding:10px 12px}.card-value{font-size:22px}.card .delta::after{content:""}
.panel.wide{overflow-x:auto}.panel.wide svg.chart{min-width:560px}.q{display:none}.nums{flex-wrap:wrap}}
"""

# Filtering, expand-all, and opening a question when a link (heatmap row, regression table) points into it.
SCRIPT = """
(() => {
  const qs = [...document.querySelectorAll("details.question")];
  const shown = document.getElementById("shown"), expand = document.getElementById("expand");
  const buttons = [...document.querySelectorAll("[data-filter]")];
  function filter(name) {
    let n = 0;
    for (const d of qs) { const on = name === "all" || d.dataset[name] === "1"; d.hidden = !on; n += on; }
    for (const b of buttons) b.setAttribute("aria-pressed", String(b.dataset.filter === name));
    shown.textContent = n + " of " + qs.length + " shown";
  }
  buttons.forEach(b => b.addEventListener("click", () => filter(b.dataset.filter)));
  expand.addEventListener("click", () => {
    const open = expand.dataset.open !== "1";
    qs.forEach(d => { if (!d.hidden) d.open = open; });
    expand.dataset.open = open ? "1" : "0";
    expand.textContent = open ? "Collapse all" : "Expand all";
  });
  function reveal(id) {
    const target = document.getElementById(id), d = target && target.closest("details.question");
    if (d) { d.hidden = false; d.open = true; }
    return target;
  }
  document.addEventListener("click", e => {
    const a = e.target.closest("a[href^='#']");
    if (a) reveal(a.getAttribute("href").slice(1));
  });
  // Long passages scroll inside their box: bring the highlighted quote into view when a question opens.
  qs.forEach(d => d.addEventListener("toggle", () => {
    if (d.open) d.querySelectorAll(".passage").forEach(p => {
      const m = p.querySelector("mark"); if (m) p.scrollTop = Math.max(0, m.offsetTop - 32);
    });
  }));
  if (location.hash) { const t = reveal(location.hash.slice(1)); if (t) t.scrollIntoView(); }
})();
"""
