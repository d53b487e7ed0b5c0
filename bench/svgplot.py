"""A standalone SVG figure of line panels against a log x axis, written by hand (no matplotlib).

Unlike the inline charts of the HTML report (`evals/charts.py`), this file is opened on its
own (GitHub shows it through an ``<img>``), so it carries its namespace, its size, a white
background and plain presentation attributes instead of page CSS.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from evals.charts import esc, nice_ceiling

PANEL_W, PANEL_H, GAP = 470, 330, 24
LEFT, RIGHT, TOP, BOTTOM, LEGEND_ROW = 62, 20, 40, 48, 17
FONT = "DejaVu Sans, Helvetica, Arial, sans-serif"
INK, MUTED, GRID = "#111827", "#6b7280", "#e5e7eb"


@dataclass(frozen=True)
class Series:
    label: str
    points: Sequence[tuple[float, float]]  # (x, y); x > 0
    color: str
    dashed: bool = False


@dataclass(frozen=True)
class Guide:
    """A labelled horizontal line, such as a target."""

    label: str
    value: float
    color: str


@dataclass(frozen=True)
class Panel:
    title: str
    y_label: str
    series: Sequence[Series]
    guides: Sequence[Guide] = ()
    log_y: bool = False
    y_format: Callable[[float], str] = lambda v: f"{v:,.0f}"


def figure(panels: Sequence[Panel], x_label: str, label: str) -> str:
    """Panels side by side, sharing the log x axis of every x they plot."""
    xs = sorted({x for p in panels for s in p.series for x, _ in s.points})
    legend = max((len(p.series) + len(p.guides) for p in panels), default=0)
    height = PANEL_H + 12 + legend * LEGEND_ROW
    width = len(panels) * PANEL_W + (len(panels) - 1) * GAP
    body = [f'<rect width="{width}" height="{height}" fill="#ffffff"/>']
    for i, panel in enumerate(panels):
        body.append(f'<g transform="translate({i * (PANEL_W + GAP)} 0)">{_panel(panel, xs, x_label)}</g>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" font-family="{FONT}" role="img" aria-label="{esc(label)}">'
            f"<title>{esc(label)}</title>{''.join(body)}</svg>\n")


# -- scales ------------------------------------------------------------------------------


def log_scale(lo: float, hi: float, a: float, b: float) -> Callable[[float], float]:
    span = math.log10(hi) - math.log10(lo) or 1.0
    return lambda v: a + (math.log10(max(v, lo)) - math.log10(lo)) / span * (b - a)


def linear_scale(lo: float, hi: float, a: float, b: float) -> Callable[[float], float]:
    return lambda v: a + (v - lo) / ((hi - lo) or 1.0) * (b - a)


def x_domain(xs: Sequence[float]) -> tuple[float, float]:
    """Half a decade of room each side in log space, so end points are not on the frame."""
    return min(xs) / 10**0.3, max(xs) * 10**0.3


def log_ticks(lo: float, hi: float) -> list[float]:
    """1-2-5 steps over a few decades; only the powers of ten over many."""
    decades = range(math.floor(math.log10(lo)), math.ceil(math.log10(hi)) + 1)
    steps = (1, 2, 5) if len(decades) <= 4 else (1,)
    return [m * 10.0**d for d in decades for m in steps if lo <= m * 10.0**d <= hi]


def steps_around(x: float) -> tuple[float, float]:
    """The 1-2-5 x 10^k steps at or below and at or above ``x`` (> 0)."""
    steps = [m * 10.0**d for d in range(math.floor(math.log10(x)) - 1, math.ceil(math.log10(x)) + 2)
             for m in (1, 2, 5)]
    return max(s for s in steps if s <= x * 1.0001), min(s for s in steps if s >= x * 0.9999)


def y_domain(values: Sequence[float], log_y: bool) -> tuple[float, float]:
    if log_y:  # between 1-2-5 steps, so both ends carry a tick
        positive = [v for v in values if v > 0] or [1.0, 10.0]
        return steps_around(min(positive))[0], steps_around(max(positive))[1]
    return 0.0, nice_ceiling(max(values, default=1.0) * 1.08)


def linear_ticks(hi: float) -> list[float]:
    return [hi * i / 5 for i in range(6)]


# -- drawing -----------------------------------------------------------------------------


def _panel(panel: Panel, xs: Sequence[float], x_label: str) -> str:
    plot_w, plot_h = PANEL_W - LEFT - RIGHT, PANEL_H - TOP - BOTTOM
    values = [y for s in panel.series for _, y in s.points] + [g.value for g in panel.guides]
    y_lo, y_hi = y_domain(values, panel.log_y)
    sx = log_scale(*x_domain(xs or [1.0]), LEFT, LEFT + plot_w)
    sy = (log_scale if panel.log_y else linear_scale)(y_lo, y_hi, TOP + plot_h, TOP)
    y_ticks = log_ticks(y_lo, y_hi) if panel.log_y else linear_ticks(y_hi)
    parts = [_text(8, 20, panel.title, 14, INK, weight="600")]
    parts += _y_axis(y_ticks, sy, plot_w, panel.y_format) + _x_axis(xs, sx, plot_h)
    parts.append(_text(LEFT + plot_w / 2, TOP + plot_h + 38, x_label, 12, MUTED, "middle"))
    parts.append(f'<text transform="translate(14 {TOP + plot_h / 2:.0f}) rotate(-90)" text-anchor="middle" '
                 f'font-size="12" fill="{MUTED}">{esc(panel.y_label)}</text>')
    parts += [_guide(g, sy, plot_w) for g in panel.guides]
    parts += [_series(s, sx, sy, panel.y_format) for s in panel.series]
    parts += _legend(panel, PANEL_H + 12)
    return "".join(parts)


def _y_axis(ticks: Sequence[float], sy: Callable[[float], float], plot_w: float,
            fmt: Callable[[float], str]) -> list[str]:
    parts = []
    for t in ticks:
        y = sy(t)
        parts.append(_line(LEFT, y, LEFT + plot_w, y, GRID))
        parts.append(_text(LEFT - 6, y + 4, fmt(t), 11, MUTED, "end"))
    return parts


def _x_axis(xs: Sequence[float], sx: Callable[[float], float], plot_h: float) -> list[str]:
    bottom = TOP + plot_h
    parts = [_line(LEFT, bottom, PANEL_W - RIGHT, bottom, "#9ca3af")]
    for x in xs:
        parts.append(_line(sx(x), TOP, sx(x), bottom, GRID))
        parts.append(_text(sx(x), bottom + 16, f"{x:,.0f}", 11, MUTED, "middle"))
    return parts


def _guide(guide: Guide, sy: Callable[[float], float], plot_w: float) -> str:
    y = sy(guide.value)
    return (f'<line x1="{LEFT}" y1="{y:.1f}" x2="{LEFT + plot_w}" y2="{y:.1f}" stroke="{guide.color}" '
            f'stroke-width="1.2" stroke-dasharray="2 4" opacity="0.8"/>')


def _series(series: Series, sx: Callable[[float], float], sy: Callable[[float], float],
            fmt: Callable[[float], str]) -> str:
    points = sorted(series.points)
    dash = ' stroke-dasharray="6 4"' if series.dashed else ""
    path = " ".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y in points)
    parts = [f'<polyline points="{path}" fill="none" stroke="{series.color}" stroke-width="2.2"{dash}/>']
    for x, y in points:
        tip = f"{series.label}, {x:,.0f} documents: {fmt(y)}"
        parts.append(f'<circle cx="{sx(x):.1f}" cy="{sy(y):.1f}" r="3.6" fill="{series.color}">'
                     f"<title>{esc(tip)}</title></circle>")
    return "".join(parts)


def _legend(panel: Panel, top: float) -> list[str]:
    parts = []
    for i, s in enumerate(panel.series):
        y = top + i * LEGEND_ROW
        dash = ' stroke-dasharray="6 4"' if s.dashed else ""
        parts.append(f'<line x1="{LEFT}" y1="{y - 4}" x2="{LEFT + 26}" y2="{y - 4}" stroke="{s.color}" '
                     f'stroke-width="2.2"{dash}/>')
        parts.append(_text(LEFT + 34, y, s.label, 12, INK))
    for j, g in enumerate(panel.guides):
        y = top + (len(panel.series) + j) * LEGEND_ROW
        parts.append(f'<line x1="{LEFT}" y1="{y - 4}" x2="{LEFT + 26}" y2="{y - 4}" stroke="{g.color}" '
                     'stroke-width="1.2" stroke-dasharray="2 4"/>')
        parts.append(_text(LEFT + 34, y, g.label, 12, MUTED))
    return parts


def _text(x: float, y: float, content: str, size: int, fill: str, anchor: str = "start", weight: str = "") -> str:
    bold = f' font-weight="{weight}"' if weight else ""
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" fill="{fill}" text-anchor="{anchor}"{bold}>'
            f"{esc(content)}</text>")


def _line(x1: float, y1: float, x2: float, y2: float, stroke: str) -> str:
    return f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{stroke}"/>'


# -- the scale benchmark's figure ------------------------------------------------------------


def _points(runs: list[dict[str, Any]], get: Callable[[dict[str, Any]], float]) -> list[tuple[float, float]]:
    return [(float(r["documents"]), float(get(r))) for r in runs]


def scale_figure(runs: list[dict[str, Any]]) -> str:
    blue, violet, orange, cyan, green = "#2563eb", "#7c3aed", "#ea580c", "#0891b2", "#16a34a"
    latency = [Series("retrieval (ours)", _points(runs, lambda r: r["query"]["search"]["p50"]), blue),
               Series("extractive ask (ours)", _points(runs, lambda r: r["query"]["ask"]["p50"]), violet),
               Series("retrieval (llama-index peer)", _points(runs, lambda r: r["peer"]["search"]["p50"]), orange,
                      dashed=True)]
    served = [r for r in runs if "server" in r]
    if served:
        latency.append(Series("retrieval (ours, Chroma server)",
                              _points(served, lambda r: r["server"]["query"]["search"]["p50"]), cyan, dashed=True))
    memory = [Series("ingest (ours)", _points(runs, lambda r: r["ingest"]["peak_rss_mb"]), green),
              Series("serving (ours)", _points(runs, lambda r: r["query"]["peak_rss_mb"]), blue),
              Series("llama-index peer (ingest + retrieval)", _points(runs, lambda r: r["peer"]["peak_rss_mb"]),
                     orange, dashed=True)]
    panels = [Panel("Query latency, p50", "milliseconds (log scale)", latency, log_y=True,
                    guides=[Guide("target: retrieval 30 ms", 30.0, blue), Guide("target: ask 300 ms", 300.0, violet)],
                    y_format=lambda v: f"{v:g}"),
              Panel("Peak RSS", "MB", memory,
                    guides=[Guide("target: ingest 1,500 MB", 1500.0, green), Guide("target: serving 800 MB", 800.0,
                                                                                    blue)])]
    return figure(panels, "documents in the corpus (log scale)", "Query latency and peak RSS against corpus size")
