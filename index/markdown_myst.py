"""MyST (Sphinx) and Pandoc source forms read as their rendered page shows them.

- MyST admonition directives (```` ```{note} ````, ``{warning}``, ``{seealso}``, the docutils
  admonitions and version notes): the fence lines and option lines (``:class: tip``) go, the
  body stays as text (an ``{admonition}``'s title as a line of its own). Other directives
  (``{contents}``, ``{toctree}``, code cells) stay fenced and are left out as before.
- MyST ``{list-table}``: its ``* - cell`` rows become a pipe table (with a header row when
  ``:header-rows:`` says so), the caption a line above it.
- MyST target lines (``(calibration)=``) go; a role (``{ref}`installation```, ``{term}`x <y>```)
  keeps its text.
- Pandoc's title block (``% Title``, ``% Author``, ``% Date`` as the first lines): read as the
  page's title, author and date (:func:`pandoc_title_block`), not as text.
- Pandoc simple tables (a header line over a rule of dash groups, one per column, the rows
  under it up to a blank line): rows split at the columns the dashes mark, as a pipe table.
- Pandoc grid tables (rows between ``+----+----+`` border lines, cells between ``|`` at the
  border's ``+`` columns, a row's lines joined, the rows above a ``+====+`` line its header):
  as a pipe table.
- A line that is one raw LaTeX command alone (``\\newpage``, ``\\clearpage``) goes.

These are the dialects' syntax (the docutils admonition names), never a page's words.
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"^(\s{0,3})(```+|~~~+)\s*\{([\w-]+)\}\s*(.*?)\s*$")
_ADMONITIONS = frozenset({
    "note", "warning", "tip", "hint", "important", "caution", "attention", "danger", "error",
    "admonition", "seealso", "versionadded", "versionchanged", "deprecated", "topic", "sidebar",
    "epigraph", "pull-quote", "highlights",
})
_OPTION = re.compile(r"^\s*:[\w-]+:(?:\s.*)?$")
_TARGET = re.compile(r"^\s{0,3}\([\w.:-]+\)=\s*$")
_ROLE = re.compile(r"\{[\w:-]+\}(`+)(.+?)\1")
_LATEX_COMMAND = re.compile(r"^\s*\\[A-Za-z]+\s*$")
_TITLE_BLOCK = re.compile(r"^%\s?(.*)$")
_RULE = re.compile(r"^\s*-{3,}(?:\s+-{3,})+\s*$")
_GRID_BORDER = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")
_LIST_ROW = re.compile(r"^\s*\*\s+-\s*(.*)$")
_LIST_CELL = re.compile(r"^\s+-\s*(.*)$")


def pandoc_title_block(text: str) -> tuple[dict[str, str], str]:
    """({"title", "author", "date"} read from a Pandoc title block, the text without it);
    ({}, text) when the text does not open with one."""
    lines = text.split("\n")
    block = []
    for line in lines:
        match = _TITLE_BLOCK.match(line)
        if match is None:
            break
        block.append(match.group(1).strip())
    if not block or (len(lines) > len(block) and lines[len(block)].strip()):
        return {}, text
    meta = {key: value for key, value in zip(("title", "author", "date"), block) if value}
    return meta, "\n".join(lines[len(block):])


def _role_text(match: re.Match[str]) -> str:
    inner = match.group(2)
    labelled = re.fullmatch(r"(.+?)\s*<[^<>]+>", inner)
    return labelled.group(1) if labelled else inner.lstrip("~!")


def _pipe_row(cells: list[str]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def _pipe_table(rows: list[list[str]], header: bool) -> list[str]:
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    head, body = (rows[0], rows[1:]) if header else ([""] * width, rows)
    return ["", _pipe_row(head), _pipe_row(["---"] * width), *(_pipe_row(r) for r in body), ""]


def _list_table(body: list[str]) -> list[str]:
    rows: list[list[str]] = []
    header_rows = 0
    for line in body:
        if _OPTION.match(line):
            found = re.match(r"^\s*:header-rows:\s*(\d+)", line)
            header_rows = int(found.group(1)) if found else header_rows
        elif _LIST_ROW.match(line):
            rows.append([_LIST_ROW.match(line).group(1).strip()])  # type: ignore[union-attr]
        elif _LIST_CELL.match(line) and rows:
            rows[-1].append(_LIST_CELL.match(line).group(1).strip())  # type: ignore[union-attr]
        elif line.strip() and rows:  # a cell's wrapped text
            rows[-1][-1] = f"{rows[-1][-1]} {line.strip()}".strip()
    return _pipe_table(rows, header_rows > 0) if rows else []


def _simple_table(header: str, rule: str, rows: list[str]) -> list[str]:
    spans = [(m.start(), m.end()) for m in re.finditer(r"-+", rule)]

    def cut(line: str) -> list[str]:
        cells = []
        for k, (start, _) in enumerate(spans):
            end = spans[k + 1][0] if k + 1 < len(spans) else len(line)
            cells.append(line[start:end].strip() if k else line[:end].strip())
        return cells

    return _pipe_table([cut(header), *(cut(r) for r in rows)], header=True)


def _grid_table(lines: list[str]) -> list[str]:
    """A Pandoc grid table's lines (border lines first and last) as a pipe table."""
    cuts = [m.start() for m in re.finditer(r"\+", lines[0])]
    rows: list[list[str]] = []
    header = False
    cells: list[list[str]] = []
    for line in lines[1:]:
        if _GRID_BORDER.match(line):
            if cells:
                rows.append([" ".join(c).strip() for c in cells])
            header = header or ("=" in line and len(rows) == 1)
            cells = []
            continue
        parts = [line[a + 1:b].strip() for a, b in zip(cuts, cuts[1:])]
        cells = cells or [[] for _ in parts]
        for cell, part in zip(cells, parts):
            if part:
                cell.append(part)
    return _pipe_table(rows, header) if rows else []


def without_myst_pandoc_markup(text: str) -> str:
    """``text`` with the forms above rewritten (outside other code fences)."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    fence = ""
    while i < len(lines):
        line = lines[i]
        plain = re.match(r"^\s{0,3}(```+|~~~+)", line)
        if fence:
            if plain and plain.group(1)[0] == fence[0] and len(plain.group(1)) >= len(fence):
                fence = ""
            out.append(line)
            i += 1
            continue
        directive = _FENCE.match(line)
        if directive and directive.group(3) in (_ADMONITIONS | {"list-table"}):
            marker, name, argument = directive.group(2), directive.group(3), directive.group(4)
            end = i + 1
            while end < len(lines) and not (lines[end].strip().startswith(marker[0] * len(marker))
                                            and not lines[end].strip().strip(marker[0])):
                end += 1
            body = lines[i + 1:end]
            if name == "list-table":
                out.extend(["", _ROLE.sub(_role_text, argument), *_list_table(body)] if argument
                           else _list_table(body))
            else:
                title = [argument, ""] if argument and name == "admonition" else []
                out.extend(["", *title, *(_ROLE.sub(_role_text, b) for b in body if not _OPTION.match(b)), ""])
            i = end + 1
            continue
        if plain:
            fence = plain.group(1)
            out.append(line)
            i += 1
            continue
        if _TARGET.match(line) or _LATEX_COMMAND.match(line):
            out.append("")
            i += 1
            continue
        if _GRID_BORDER.match(line) and i + 1 < len(lines) and lines[i + 1].lstrip().startswith("|"):
            end = i + 1
            while end < len(lines) and (_GRID_BORDER.match(lines[end]) or lines[end].lstrip().startswith("|")):
                end += 1
            while end > i + 1 and not _GRID_BORDER.match(lines[end - 1]):
                end -= 1
            if end > i + 2:
                out.extend(_grid_table(lines[i:end]))
                i = end
                continue
        if (i + 1 < len(lines) and line.strip() and _RULE.match(lines[i + 1])
                and (i == 0 or not lines[i - 1].strip())):
            end = i + 2
            while end < len(lines) and lines[end].strip():
                end += 1
            if end > i + 2:
                out.extend(_simple_table(line, lines[i + 1], lines[i + 2:end]))
                i = end
                continue
        out.append(_ROLE.sub(_role_text, line))
        i += 1
    return "\n".join(out)
