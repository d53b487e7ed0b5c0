"""Source markup of Markdown dialects that a reader of the rendered page never sees.

- MDX: ``import``/``export`` lines (ES modules at the top level) and ``{/* comments */}``.
- Fenced divs and admonitions (Pandoc and Quarto ``::: {.callout-note}``, Docusaurus
  ``:::tip Title``): the fence lines go, an admonition's title stays as a line of its own.
- Attribute braces after a heading or a caption (``## References {.unnumbered}``,
  ``: Peak levels {#tbl-peaks}``), and the colon that marks a table's caption line.
- Executable code chunks (R Markdown and Quarto ```` ```{r} ````, Jupytext ```` ```{python} ````):
  the page shows what the code makes, not its source (:func:`is_code_chunk`).
- Abbreviation definitions (PHP Markdown Extra, MkDocs ``*[GPS]: Global Positioning System``):
  the rendered page only shows them as tooltips over the abbreviation.
- Template tags on lines of their own (GitBook and Jekyll's Liquid ``{% hint style="info" %}``,
  ``{% endtabs %}``, Hugo's shortcodes ``{{< note >}}``, mdBook's and Handlebars' ``{{#include
  ../snippets/banner.md}}``, ``{{#if}}``/``{{/if}}``): the tag lines go (an include's text is
  another file's), the text between them stays, a paragraph of its own.
- Outliners' properties and block references (Logseq, Roam): ``key:: value`` lines (a page's
  opening ones are its properties, read by :func:`page_properties`; inside a block,
  ``collapsed:: true``, ``id:: ...``) and ``((block-uid))`` references, which the app replaces
  with another block's text that the file does not hold.
- Emoji shortcodes (GitHub, GitLab, HedgeDoc, markdown-it-emoji: ``:tada:``, ``:christmas_tree:``,
  ``:+1:``): the rendered page shows a picture in their place, not the name.

Raw HTML blocks (a README's centred ``<h1 align="center">`` and tagline, a ``<summary>``) are
read for the text of their block elements (:func:`html_block_texts`), and a table in one (a
notebook's pandas DataFrame output) one line per row with its column names; a first column
with no name that only numbers the rows 0, 1, 2 (the DataFrame's default index) is no column
of the data and goes. A notebook output that only prints an object's repr
(``<Figure size 800x400 with 1 Axes>``, ``<AxesSubplot:xlabel='date'>``,
``<matplotlib.lines.Line2D at 0x7f2c...>``, an indented block in nbconvert's Markdown) says
nothing a reader of the page reads: the figure is drawn under it (:func:`is_object_repr`).
"""

from __future__ import annotations

import re
from typing import Any

from .tables import table_text

_FENCE = re.compile(r"^\s{0,3}(```+|~~~+)")
_ESM = re.compile(r"^(?:import\s+(?:[\w*{}\s,]+\s+from\s+)?['\"][^'\"]+['\"]"
                  r"|export\s+(?:const|let|default|function)\b.*);?\s*$")
_MDX_COMMENT = re.compile(r"\{/\*.*?\*/\}", re.DOTALL)
_DIV_FENCE = re.compile(r"^\s{0,3}:::+\s*(?:\{[^}]*\}|[\w-]+)?\s*(.*?)\s*:*\s*$")
_ATTRIBUTES = re.compile(r"\s+\{[#.][^{}\n]*\}\s*$")
_CAPTION = re.compile(r"^:\s+(?=\S)")  # Pandoc's table caption line, ": Peak levels"
_ABBREVIATION = re.compile(r"^\s{0,3}\*\[[^\]\n]+\]:\s")
_TEMPLATE_TAGS = re.compile(r"^\s*(?:(?:\{%-?\s*[\w-]+(?:\s[^%]*)?-?%\}|\{\{[<%]\s*/?[\w-]+(?:\s[^}]*)?[>%]\}\}"
                            r"|\{\{[#/][\w-]+(?:\s[^}]*)?\}\})\s*)+$")
_PROPERTY = re.compile(r"^\s*(?:[-*]\s+)?([A-Za-z][\w-]*)::(?:\s+(.*?))?\s*$")
_BLOCK_REF = re.compile(r"\s*\(\([\w-]{6,}\)\)")
_PAGE_LINK = re.compile(r"\[\[([^\[\]\n]+)\]\]")
_EMOJI = re.compile(r"(?<![\w:/]):(?:[a-z0-9_+-]*[a-z][a-z0-9_+-]*|[+-]1):(?![\w:/])")  # a letter, or thumbs :+1: :-1:


def without_source_markup(text: str) -> str:
    """``text`` without the markup above, outside code fences (lines stay where they were)."""
    text = _MDX_COMMENT.sub("", text)
    out: list[str] = []
    fence = ""
    for line in text.split("\n"):
        opening = _FENCE.match(line)
        if fence:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = ""
            out.append(line)
            continue
        if opening:
            fence = opening.group(1)
            out.append(line)
            continue
        if _ESM.match(line) or _ABBREVIATION.match(line) or _TEMPLATE_TAGS.match(line) or _PROPERTY.match(line):
            out.append("")
            continue
        div = _DIV_FENCE.match(line)
        if div:
            out.extend(["", div.group(1), ""] if div.group(1) else [""])
            continue
        out.append(_emoji_free(_BLOCK_REF.sub("", _CAPTION.sub("", _ATTRIBUTES.sub("", line)))))
    return "\n".join(out)


def _emoji_free(line: str) -> str:
    """``line`` without its emoji shortcodes, outside inline code (a line that was nothing else is blank)."""
    if ":" not in line:
        return line
    parts = re.split(r"(`+[^`]*`+)", line)  # inline code keeps what it shows
    kept = "".join(part if part.startswith("`") else _EMOJI.sub("", part) for part in parts)
    return kept.rstrip() if kept.strip() else ""


def page_properties(text: str) -> dict[str, str]:
    """An outliner page's properties, its opening ``key:: value`` lines (Logseq's
    ``date:: [[Mar 10th, 2026]]``), lower-cased key to value with page links unwrapped."""
    found: dict[str, str] = {}
    for line in text.lstrip("\n").split("\n"):
        match = _PROPERTY.match(line)
        if not match or line[:1].isspace() or line.lstrip().startswith(("-", "*")):
            break
        found[match.group(1).lower()] = _PAGE_LINK.sub(r"\1", match.group(2) or "")
    return found


def is_code_chunk(info: str) -> bool:
    """Whether a fence's info string (```` ```{r} ````, ```` ```{python} ````) opens an executable chunk."""
    return info.strip().startswith("{")


# Block elements whose own text is a line of the page; a box (<div>, <details>) is read by them.
_TEXT_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "summary", "li", "blockquote", "figcaption", "dt", "dd")


def html_block_texts(html: str) -> list[tuple[str, str]]:
    """The (tag, text) of each text block of a raw HTML block in Markdown, in order: a README's
    ``<h1 align="center">name</h1>``, ``<p align="center"><b>tagline</b></p>``, a ``<details>``
    box's ``<summary>``, and a box's loose text outside any text block (a Notion export's
    ``<aside>`` callout, whose text stands right inside it). Images (badges, logos) and comments
    carry no text; a block nested in another is read once, as part of the outer one."""
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(html, create_parent="div")
    except Exception:  # noqa: BLE001 - lxml raises several types on broken markup; no text then
        return []
    found: list[tuple[str, str]] = []
    for el in root.iter():
        if not isinstance(el.tag, str) or any(a.tag in (*_TEXT_BLOCKS, "table") for a in el.iterancestors()):
            continue
        if el.tag == "table":
            found.extend(("table", line) for line in [_table_lines(el)] if line)
        elif el.tag in _TEXT_BLOCKS:
            _add(found, el.tag, el.text_content())
        elif el.tag in _BOXES and el is not root:
            _add(found, el.tag, el.text or "")
        parent = el.getparent()
        if parent is not None and parent is not root and parent.tag in _BOXES:
            _add(found, parent.tag, el.tail or "")
    return found


# Boxes whose own loose text is a line of the page, beside the text blocks inside them.
_BOXES = frozenset({"aside", "div", "section", "details", "article", "center"})


_REPR = re.compile(r"\s*<[A-Za-z_][\w.]*[: ][^<>]*>\s*")


def is_object_repr(code: str) -> bool:
    """Whether every line of a code block's text is an object's repr (see the module's doc)."""
    lines = [line for line in code.splitlines() if line.strip()]
    return bool(lines) and all(_REPR.fullmatch(line) for line in lines)


def _table_lines(table: Any) -> str:
    """A raw HTML table's rows, one line each with its column names (see the module's doc)."""
    trs = list(table.iter("tr"))
    rows = [[" ".join(cell.text_content().split()) for cell in tr if cell.tag in ("th", "td")] for tr in trs]
    header = bool(trs) and all(cell.tag == "th" for cell in trs[0] if isinstance(cell.tag, str))
    if header and _numbers_rows(rows):
        rows = [row[1:] for row in rows]
    return table_text(rows, has_header=header)


def _numbers_rows(rows: list[list[str]]) -> bool:
    """Whether the first column has no name and counts the rows from 0 or 1."""
    body = rows[1:]
    if not body or not rows[0] or rows[0][0] or any(not row for row in body):
        return False
    start = 0 if body[0][0] == "0" else 1
    return all(row[0] == str(start + i) for i, row in enumerate(body))


def _add(found: list[tuple[str, str]], tag: str, text: str) -> None:
    line = " ".join(text.split())
    if line:
        found.append((tag, line))
