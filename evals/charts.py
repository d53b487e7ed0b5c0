"""Inline SVG charts for the HTML eval report.

Pure functions from numbers to SVG text: no scripts, no external assets, every label escaped
(question ids come from suite files we do not control). Sizes are viewBox units; the page's CSS
scales each chart to its panel, so the numbers below only fix proportions.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

NA_FILL = "#e5e7eb"
# The page embeds this next to its own styles; class names match the ones the functions below emit.
CHART_CSS = """
svg.chart{display:block;width:100%;height:auto;overflow:visible}
svg text{font-family:inherit}svg .title{font-size:14px;font-weight:600;fill:var(--ink)}
svg .tick,svg .colhead{font-size:11px;fill:var(--muted)}svg .axis{font-size:11.5px;fill:#4b5563}
svg .label,svg .rowhead{font-size:12px;fill:var(--ink)}svg .rowhead{fill:var(--accent)}
svg .value{font-size:12px;font-weight:600;fill:var(--ink)}svg .empty{font-size:13px;fill:var(--muted)}
svg .grid{stroke:#edf0f3}svg .axisline{stroke:#9ca3af}svg .ghost{fill:#c7d2fe;opacity:.6}
svg .marker{stroke:#312e81;stroke-width:2}svg .hbar{fill:#818cf8}svg .hbar:hover,svg .bar:hover{opacity:.8}
svg .pmark{stroke:#111827;stroke-dasharray:4 3}svg .pmark-label{font-size:11px;font-weight:600;fill:#111827}
svg .hm-row{cursor:pointer}svg .hm-bg{fill:transparent}svg .hm-row:hover .hm-bg{fill:#eef2ff}
svg .cell{stroke:#fff}svg .cellval{font-size:10.5px;fill:#1f2937;pointer-events:none}
"""
TONE_FILL = {"good": "#16a34a", "warn": "#d97706", "bad": "#dc2626", "na": "#9ca3af"}


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None
    baseline: float | None = None


@dataclass(frozen=True)
class HeatRow:
    label: str
    href: str
    cells: Sequence[float | None]


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def tone(value: float | None) -> str:
    """The traffic-light class the report uses for a 0-1 score."""
    if value is None:
        return "na"
    return "good" if value >= 0.9 else "warn" if value >= 0.7 else "bad"


def heat_fill(value: float | None) -> str:
    """Red (0) through yellow to green (1); pastel so the value printed on the cell stays readable."""
    if value is None:
        return NA_FILL
    hue = 120 * min(max(value, 0.0), 1.0)
    return f"hsl({hue:.0f} 70% 78%)"


def bin_counts(values: Sequence[float], bins: int, lo: float, hi: float) -> list[int]:
    """How many values fall in each of ``bins`` equal bins; ``hi`` itself lands in the last bin."""
    counts = [0] * bins
    for v in values:
        index = int((v - lo) / (hi - lo) * bins) if hi > lo else 0
        counts[min(max(index, 0), bins - 1)] += 1
    return counts


def nice_ceiling(x: float) -> float:
    """The smallest 1-2-2.5-5 x 10^k at or above ``x``, so latency axes end on a round number."""
    if x <= 0:
        return 1.0
    step = 10.0 ** math.floor(math.log10(x))
    return next(float(m * step) for m in (1, 2, 2.5, 5, 10) if m * step >= x)


def _svg(width: int, height: int, label: str, body: str) -> str:
    return (f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{esc(label)}" '
            f'preserveAspectRatio="xMinYMin meet">{body}</svg>')


def _text(x: float, y: float, content: str, cls: str = "", anchor: str = "start") -> str:
    klass = f' class="{cls}"' if cls else ""
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}"{klass}>{esc(content)}</text>'


def _line(x1: float, y1: float, x2: float, y2: float, cls: str) -> str:
    return f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" class="{cls}"/>'


def _rect(x: float, y: float, w: float, h: float, cls: str, fill: str = "", tip: str = "") -> str:
    style = f' fill="{fill}"' if fill else ""
    inner = f"<title>{esc(tip)}</title>" if tip else ""
    return f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(w, 0):.1f}" height="{h:.1f}" class="{cls}"{style}>{inner}</rect>'


def _percent(v: float | None) -> str:
    return "n/a" if v is None else f"{v * 100:.0f}%"


# Horizontal bars: one row per aggregate metric, with the baseline as a ghost bar and marker.
BAR_LABEL_W, BAR_PLOT_W, BAR_ROW_H, BAR_TOP = 170, 380, 24, 46


def hbar_chart(bars: Sequence[Bar], title: str) -> str:
    height = BAR_TOP + BAR_ROW_H * len(bars) + 40
    parts = [_text(0, 18, title, "title"), *_hbar_axis(len(bars))]
    for i, bar in enumerate(bars):
        parts.append(_hbar_row(bar, BAR_TOP + i * BAR_ROW_H))
    if any(b.baseline is not None for b in bars):
        parts.append(_hbar_legend(BAR_LABEL_W + BAR_PLOT_W - 170, 34))
    return _svg(BAR_LABEL_W + BAR_PLOT_W + 60, height, title, "".join(parts))


def _hbar_axis(rows: int) -> list[str]:
    bottom = BAR_TOP + rows * BAR_ROW_H
    parts = []
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        x = BAR_LABEL_W + tick * BAR_PLOT_W
        parts.append(_line(x, BAR_TOP - 4, x, bottom, "grid"))
        parts.append(_text(x, bottom + 14, _percent(tick), "tick", "middle"))
    parts.append(_text(BAR_LABEL_W + BAR_PLOT_W / 2, bottom + 32, "score (share of applicable questions)",
                       "axis", "middle"))
    return parts


def _hbar_row(bar: Bar, y: float) -> str:
    mid, h = y + BAR_ROW_H / 2, BAR_ROW_H - 8
    parts = [_text(BAR_LABEL_W - 8, mid + 4, bar.label, "label", "end")]
    if bar.baseline is not None:
        width = bar.baseline * BAR_PLOT_W
        parts.append(_rect(BAR_LABEL_W, y + 2, width, BAR_ROW_H - 4, "ghost",
                           tip=f"{bar.label} baseline: {_percent(bar.baseline)}"))
    if bar.value is not None:
        parts.append(_rect(BAR_LABEL_W, y + 4, bar.value * BAR_PLOT_W, h, "bar", TONE_FILL[tone(bar.value)],
                           f"{bar.label}: {_percent(bar.value)}"))
    if bar.baseline is not None:
        x = BAR_LABEL_W + bar.baseline * BAR_PLOT_W
        parts.append(_line(x, y + 1, x, y + BAR_ROW_H - 1, "marker"))
    parts.append(_text(BAR_LABEL_W + BAR_PLOT_W + 8, mid + 4, _percent(bar.value), "value"))
    return "".join(parts)


def _hbar_legend(x: float, y: float) -> str:
    return (_rect(x, y - 9, 14, 10, "swatch", TONE_FILL["good"]) + _text(x + 18, y, "this run", "tick")
            + _rect(x + 80, y - 9, 14, 10, "ghost") + _line(x + 94, y - 11, x + 94, y + 3, "marker")
            + _text(x + 100, y, "baseline", "tick"))


# Vertical histograms: bins on x, question counts on y, optional labelled markers (p50, p95).
H_W, H_H, H_LEFT, H_RIGHT, H_TOP, H_BOTTOM = 460, 250, 44, 16, 44, 46


def histogram(values: Sequence[float], title: str, x_label: str, *, lo: float = 0.0, hi: float = 1.0,
              bins: int = 10, fmt: Callable[[float], str] = lambda x: f"{x:g}",
              markers: Sequence[tuple[str, float]] = ()) -> str:
    counts = bin_counts(values, bins, lo, hi)
    top = max(counts, default=0) or 1
    parts = [_text(0, 18, title, "title"), *_hist_axes(top, lo, hi, bins, fmt, x_label)]
    parts += _hist_bars(counts, top, lo, hi, fmt)
    parts += [_hist_marker(label, (v - lo) / (hi - lo), i) for i, (label, v) in enumerate(markers)]
    if not values:
        parts.append(_text(H_W / 2, H_H / 2, "no applicable questions", "empty", "middle"))
    return _svg(H_W, H_H, f"{title}: {len(values)} questions", "".join(parts))


def _plot_box() -> tuple[float, float, float, float]:
    """Left, top, width, height of a histogram's plotting area."""
    return H_LEFT, H_TOP, H_W - H_LEFT - H_RIGHT, H_H - H_TOP - H_BOTTOM


def _hist_axes(top: int, lo: float, hi: float, bins: int, fmt: Callable[[float], str], x_label: str) -> list[str]:
    left, y0, width, height = _plot_box()
    parts = []
    step = max(1, math.ceil(top / 4))
    for count in range(0, top + 1, step):
        y = y0 + height - count / top * height
        parts += [_line(left, y, left + width, y, "grid"), _text(left - 6, y + 4, str(count), "tick", "end")]
    for i in range(0, bins + 1, 2 if bins > 6 else 1):
        x = left + i / bins * width
        parts.append(_text(x, y0 + height + 15, fmt(lo + i * (hi - lo) / bins), "tick", "middle"))
    parts.append(_line(left, y0 + height, left + width, y0 + height, "axisline"))
    parts.append(_text(left + width / 2, H_H - 6, x_label, "axis", "middle"))
    parts.append(f'<text transform="translate(12 {y0 + height / 2:.0f}) rotate(-90)" text-anchor="middle" '
                 f'class="axis">questions</text>')
    return parts


def _hist_bars(counts: Sequence[int], top: int, lo: float, hi: float, fmt: Callable[[float], str]) -> list[str]:
    left, y0, width, height = _plot_box()
    bw = width / len(counts)
    bars = []
    for i, count in enumerate(counts):
        a, b = lo + i * (hi - lo) / len(counts), lo + (i + 1) * (hi - lo) / len(counts)
        h = count / top * height
        tip = f"{fmt(a)}–{fmt(b)}: {count} question{'s' if count != 1 else ''}"
        bars.append(_rect(left + i * bw + 1.5, y0 + height - h, bw - 3, h, "hbar", tip=tip))
    return bars


def _hist_marker(label: str, share: float, index: int) -> str:
    left, y0, width, height = _plot_box()
    x = left + min(max(share, 0.0), 1.0) * width
    # Two markers close together (p50 next to p95) would print over each other; stagger them.
    ly = y0 - 8 - 13 * (index % 2)
    return _line(x, ly + 3, x, y0 + height, "pmark") + _text(x, ly, label, "pmark-label", "middle")


# Heatmap: one row per question, one column per per-question metric; each row links to its drill-down.
HM_LABEL_W, HM_CELL_W, HM_CELL_H, HM_TOP = 150, 66, 22, 58


def heatmap(rows: Sequence[HeatRow], columns: Sequence[str], title: str) -> str:
    width = HM_LABEL_W + HM_CELL_W * len(columns) + 4
    parts = [_text(0, 18, title, "title")]
    parts += [_text(HM_LABEL_W + (j + 0.5) * HM_CELL_W, HM_TOP - 8, name, "colhead", "middle")
              for j, name in enumerate(columns)]
    parts += [_heat_row(row, columns, HM_TOP + i * HM_CELL_H) for i, row in enumerate(rows)]
    return _svg(width, HM_TOP + HM_CELL_H * len(rows) + 8, f"{title}: {len(rows)} questions", "".join(parts))


def _heat_row(row: HeatRow, columns: Sequence[str], y: float) -> str:
    label = row.label if len(row.label) <= 20 else row.label[:19] + "…"
    parts = [_rect(0, y, HM_LABEL_W + HM_CELL_W * len(columns), HM_CELL_H, "hm-bg"),
             f"<text x=\"{HM_LABEL_W - 8}\" y=\"{y + 15:.1f}\" text-anchor=\"end\" class=\"rowhead\">"
             f"<title>{esc(row.label)}</title>{esc(label)}</text>"]
    for j, (name, value) in enumerate(zip(columns, row.cells)):
        x = HM_LABEL_W + j * HM_CELL_W
        tip = f"{row.label} · {name}: {_percent(value) if value is not None else 'n/a (not applicable)'}"
        parts.append(_rect(x + 1, y + 1, HM_CELL_W - 2, HM_CELL_H - 2, "cell", heat_fill(value), tip))
        parts.append(_text(x + HM_CELL_W / 2, y + 15, "–" if value is None else _percent(value), "cellval", "middle"))
    return f'<a href="{esc(row.href)}" class="hm-row">{"".join(parts)}</a>'
