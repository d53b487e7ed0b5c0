"""Markdown dialects' source markup left out of the text (:mod:`index.markdown_source`): MDX
imports and comments, fenced divs and admonitions (their titles kept), attribute braces, a
table caption's colon, executable code chunks; and a front matter subtitle read as text."""

from __future__ import annotations

from index.extract_markdown import extract_markdown

_MDX = """---
title: Swimming lessons
---

import Tabs from '@theme/Tabs';
import Price from '@site/src/components/Price';

# Swimming lessons

Lessons for children start again in the first week of term.

:::note Booking opens soon

Places go on sale on the first Monday of the month at nine.

:::

{/* TODO: add the prices for adults */}
"""

_QUARTO = """---
title: "Pond survey"
subtitle: "Spring counts of newts and frogs"
date: "April 2, 2025"
---

```{r}
#| label: load
counts <- read.csv("ponds.csv")
```

## Results {.unnumbered}

We counted 41 great crested newts across the four ponds.

::: {.callout-tip}
Counts were made after dark with torches.
:::

| Pond | Newts |
|------|------:|
| North | 23 |
| South | 18 |

: Newts by pond {#tbl-newts}

```python
print("a fenced example stays")
```
"""


def test_mdx_imports_comments_and_admonition_fences_are_not_text() -> None:
    blocks = extract_markdown(_MDX).text.split("\n\n")
    assert blocks == ["Swimming lessons", "Lessons for children start again in the first week of term.",
                      "Booking opens soon", "Places go on sale on the first Monday of the month at nine."]


def test_quarto_chunks_divs_and_attributes_go_and_the_subtitle_stays() -> None:
    parsed = extract_markdown(_QUARTO)
    blocks = parsed.text.split("\n\n")
    assert blocks[:3] == ["Spring counts of newts and frogs", "Results",
                          "We counted 41 great crested newts across the four ponds."]
    assert "read.csv" not in parsed.text and "#|" not in parsed.text and ":::" not in parsed.text
    assert "Newts by pond" in blocks and 'print("a fenced example stays")' in blocks
    assert parsed.date == "2025-04-02"
