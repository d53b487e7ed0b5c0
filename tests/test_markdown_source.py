"""Markdown dialects' source markup left out of the text (:mod:`index.markdown_source`): MDX
imports and comments, fenced divs and admonitions (their titles kept), attribute braces, a
table caption's colon, executable code chunks, abbreviation definitions; a front matter subtitle
and the text of raw HTML blocks read as text."""

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


def test_raw_html_blocks_keep_their_text_and_abbreviation_definitions_go() -> None:
    page = ('<p align="center"><img src="logo.png" alt="kiln logo"></p>\n\n'
            '<h1 align="center">kilnlog</h1>\n\n'
            '<p align="center"><a href="ci"><img src="badge.svg" alt="Build passing"></a></p>\n\n'
            '<p align="center"><i>Firing records for pottery kilns.</i></p>\n\n'
            'kilnlog reads a kiln controller over USB and writes each firing to a CSV file.\n\n'
            '<details>\n<summary>Which controllers work?</summary>\n\n'
            'Any controller that speaks the common serial protocol works.\n\n</details>\n\n'
            '*[USB]: Universal Serial Bus\n*[CSV]: Comma-separated values\n')
    parsed = extract_markdown(page)
    blocks = parsed.text.split("\n\n")
    assert parsed.title == "kilnlog"
    assert blocks[:3] == ["kilnlog", "Firing records for pottery kilns.",
                          "kilnlog reads a kiln controller over USB and writes each firing to a CSV file."]
    assert "Which controllers work?" in blocks
    assert "Build passing" not in parsed.text and "kiln logo" not in parsed.text
    assert "Universal Serial Bus" not in parsed.text and "*[" not in parsed.text


def test_myst_admonitions_list_tables_targets_and_roles_read_as_rendered() -> None:
    page = ("(kiln-setup)=\n# Firing the kiln\n\n```{contents} On this page\n:local:\n```\n\n"
            "Load the shelves from the back so the heat can circulate (see {ref}`Loading <loading>`).\n\n"
            "```{tip}\n:class: dropdown\nWear gloves when you lift the lid after a firing.\n```\n\n"
            "```{list-table} Cone temperatures\n:header-rows: 1\n\n* - Cone\n  - Degrees\n"
            "* - 06\n  - 999 C\n* - 6\n  - 1222 C\n```\n")
    parsed = extract_markdown(page)
    assert "Wear gloves when you lift the lid after a firing." in parsed.text
    assert "Cone: 06 | Degrees: 999 C" in parsed.text.splitlines()
    assert "(see Loading)" in parsed.text and "{ref}" not in parsed.text
    assert "kiln-setup" not in parsed.text and ":class:" not in parsed.text and "On this page" not in parsed.text


def test_a_pandoc_title_block_simple_table_and_latex_command_read_as_rendered() -> None:
    page = ("% Orchard group: spring report\n% J. Amadi\n% 4 April 2025\n\nPruning\n=======\n\n"
            "We pruned the eleven apple trees by the pond before the buds opened this year.\n\n"
            "  Tree      Planted   Crop\n  -------- --------- -------\n  Bramley     1998    40 kg\n"
            "  Egremont    2004    12 kg\n\n\\newpage\n")
    parsed = extract_markdown(page)
    assert parsed.title == "Orchard group: spring report" and parsed.date == "2025-04-04"
    assert "Tree: Egremont | Planted: 2004 | Crop: 12 kg" in parsed.text.splitlines()
    assert "%" not in parsed.text and "newpage" not in parsed.text


def test_a_callout_boxs_loose_text_is_kept_with_the_blocks_inside_boxes() -> None:
    from index.markdown_source import html_block_texts

    # Invented: an exported callout whose text stands right inside <aside>, a note <div> with
    # text around a paragraph, and a badge box with no text at all.
    assert html_block_texts("<aside>\n💡 Bring your own gloves on work days.\n") == [
        ("aside", "💡 Bring your own gloves on work days.")]
    assert html_block_texts("<div class='note'>Before: <p>the inner line</p> after it.</div>") == [
        ("div", "Before:"), ("p", "the inner line"), ("div", "after it.")]
    assert html_block_texts("<div align='center'><img src='badge.svg'></div>") == []


def test_template_tag_lines_go_and_their_text_stays() -> None:
    # Invented GitBook/Jekyll Liquid and Hugo shortcode lines around a note and two tabs.
    page = ("# Kiln rules\n\n{% hint style=\"warning\" %}\nNever open the kiln above 200 degrees.\n{% endhint %}\n\n"
            "{% tabs %}\n{% tab title=\"Stoneware\" %}\nFire stoneware to cone 6 on the slow programme.\n{% endtab %}\n"
            "{% endtabs %}\n\n{{< note >}}\nBook the kiln a week ahead.\n{{< /note >}}\n\n"
            "```liquid\n{% if user %}Hello{% endif %}\n```\n")
    blocks = extract_markdown(page).text.split("\n\n")
    assert "Never open the kiln above 200 degrees." in blocks
    assert "Fire stoneware to cone 6 on the slow programme." in blocks
    assert "Book the kiln a week ahead." in blocks
    assert not any("{% hint" in b or "endtabs" in b or "{{<" in b for b in blocks)
    assert "{% if user %}Hello{% endif %}" in blocks  # code keeps its source


def test_an_outliner_pages_properties_date_it_and_block_properties_and_references_go() -> None:
    # Invented Logseq page: page properties, a collapsed block and a block reference.
    page = ("type:: [[Minutes]]\ndate:: [[Feb 3rd, 2026]]\n\n- ## Hall repairs\n"
            "\t- The roof over the kitchen leaks again and the builder comes on Friday.\n"
            "\t  collapsed:: true\n\t\t- Quote of £420 accepted.\n"
            "\t- see the earlier note ((64f1a2b3-1111-2222-3333-444455556666))\n")
    parsed = extract_markdown(page)
    assert parsed.date == "2026-02-03"
    assert "The roof over the kitchen leaks again and the builder comes on Friday." in parsed.text
    assert "collapsed" not in parsed.text and "((" not in parsed.text and "date::" not in parsed.text


def test_a_notebooks_dataframe_table_reads_as_rows_and_a_figure_repr_goes() -> None:
    # Invented nbconvert Markdown: a DataFrame's HTML output (its default index column without
    # a name) and a figure's repr printed as an indented output block.
    page = ("# Hen house egg counts\n\nWe counted the eggs from each house for one week in June.\n\n"
            "```python\ncounts.head()\n```\n\n"
            "<div>\n<style scoped>\n    .dataframe thead th {\n        text-align: right;\n    }\n</style>\n"
            '<table border="1" class="dataframe">\n  <thead>\n    <tr><th></th><th>house</th><th>eggs</th></tr>\n'
            "  </thead>\n  <tbody>\n    <tr><th>0</th><td>Orchard</td><td>41</td></tr>\n"
            "    <tr><th>1</th><td>Meadow</td><td>37</td></tr>\n  </tbody>\n</table>\n</div>\n\n"
            "```python\ncounts.plot()\n```\n\n    <Figure size 640x480 with 1 Axes>\n\n"
            "The orchard hens laid the most eggs, as they did last summer.\n")
    text = extract_markdown(page).text
    assert "house: Orchard | eggs: 41" in text.splitlines()
    assert "house: Meadow | eggs: 37" in text.splitlines()
    assert "Figure size" not in text and "text-align" not in text
    # a row header that names the row stays; an output block that prints values stays
    named = page.replace("<th>0</th>", "<th>A</th>").replace("<th>1</th>", "<th>B</th>")
    assert "A | house: Orchard | eggs: 41" in extract_markdown(named).text.splitlines()
    printed = page.replace("<Figure size 640x480 with 1 Axes>", "78 eggs in all")
    assert "78 eggs in all" in extract_markdown(printed).text


def test_a_multimarkdown_metadata_block_gives_title_and_date_and_is_no_text() -> None:
    # Invented MultiMarkdown: an unfenced "Key: value" block as the first paragraph.
    page = ("Title:    Pond dipping with the Year 4 class\nAuthor:   R. Okafor\nDate:     14 May 2025\n"
            "Base Header Level: 2\nXHTML Header: <script src=\"x.js\"></script>\nTags:     ponds,\n"
            "          newts\n\n# Findings #\n\nWe found three smooth newts and a great many water boatmen.\n")
    parsed = extract_markdown(page)
    assert parsed.title == "Pond dipping with the Year 4 class"
    assert parsed.date == "2025-05-14"
    assert "Header Level" not in parsed.text and "newts\n" not in parsed.text and "Tags" not in parsed.text
    assert "We found three smooth newts and a great many water boatmen." in parsed.text
    # a first paragraph of one "Note:" line, or "Key: value" lines naming no title, author or date, is text
    note = "Note: the hall is closed on Monday.\nBring: a packed lunch\n\nSee you there.\n"
    assert "Note: the hall is closed on Monday." in extract_markdown(note).text


def test_nikola_comment_metadata_gives_title_and_date_and_is_no_text() -> None:
    # Invented post: reST-style ".. key: value" lines in the HTML comment opening the file.
    source = ("<!--\n.. title: Spring repair café\n.. slug: repair-cafe-spring\n"
              ".. date: 2025/04/06 18:30:00 UTC+02:00\n.. tags: repair, volunteers\n.. type: text\n-->\n\n"
              "Forty people brought broken lamps, toasters and bicycles to the library on Saturday.\n")
    parsed = extract_markdown(source)
    assert parsed.title == "Spring repair café" and parsed.date == "2025-04-06"
    assert parsed.text == "Forty people brought broken lamps, toasters and bicycles to the library on Saturday."
    # an ordinary opening comment is left alone
    other = "<!--\nTODO: add photos\n-->\n\n# Spring repair café\n\nForty people came.\n"
    assert extract_markdown(other).title == "Spring repair café"


def test_wikijs_comment_metadata_of_bare_key_lines_gives_title_and_date() -> None:
    # Invented page as Wiki.js's git storage writes it: bare "key: value" lines in an opening comment.
    source = ("<!--\ntitle: Bike shed rota\ndescription: Who opens the shed\npublished: true\n"
              "date: 2025-03-02T07:15:00.000Z\ntags: bikes\neditor: markdown\ndateCreated: 2025-03-01T20:00:00.000Z\n"
              "-->\n\n# Bike shed rota\n\nThe shed opens at seven on weekdays and at nine on Saturdays.\n")
    parsed = extract_markdown(source)
    assert parsed.date == "2025-03-02" and parsed.title == "Bike shed rota"
    assert "dateCreated" not in parsed.text and "published" not in parsed.text
    assert "The shed opens at seven on weekdays and at nine on Saturdays." in parsed.text


def test_emoji_shortcodes_go_but_times_and_inline_code_stay() -> None:
    # Invented minutes: ":tada:" and ":+1:" render as pictures; "19:30:00" and `:name:` do not.
    source = ("# Garden meeting :seedling:\n\nThe new beds are finished :tada:\n\n:+1:\n\n"
              "We start at 19:30:00 and the config key is `:name:` as before.\n")
    parsed = extract_markdown(source)
    assert parsed.title == "Garden meeting"
    assert parsed.text.split("\n\n") == ["Garden meeting", "The new beds are finished",
                                         "We start at 19:30:00 and the config key is :name: as before."]


def test_a_note_apps_closing_metadata_block_is_metadata_naming_the_date() -> None:
    # Invented raw note export: the title as the first line, the note, then a last paragraph of
    # lower-case "key: value" lines (some empty) whose creation timestamp is the only date.
    note = ("Garden rota\n\nWe water the beds on Tuesdays and Fridays before nine in the morning.\n\n"
            "- Bring gloves\n- Bring a can\n\n"
            "id: 0a1b2c3d4e5f\nparent_id: 9f8e7d6c5b4a\ncreated_time: 2025-04-02T18:30:00.000Z\n"
            "updated_time: 2025-04-09T07:00:00.000Z\nis_todo: 0\nauthor:\nsource: notes-desktop\ntype_: 1\n")
    parsed = extract_markdown(note)
    assert parsed.date == "2025-04-02"
    assert "parent_id" not in parsed.text and "notes-desktop" not in parsed.text
    assert "Tuesdays and Fridays" in parsed.text and "Bring a can" in parsed.text
    # A closing list of "word: value" lines with no timestamp stays text.
    plain = "Kit\n\nWhat to bring on the walk.\n\nboots: yes\nhat: yes\nwater: two litres\nmap: yes\nfood: lunch\n"
    assert "two litres" in extract_markdown(plain).text


def test_a_pandoc_grid_table_reads_as_rows() -> None:
    # Invented report: a grid table with a header over "+===+" and a cell wrapped over two lines.
    text = ("# Pool report\n\nThe pool opened all summer.\n\n"
            "+------------+---------+---------+\n"
            "| Session    | June    | July    |\n"
            "+============+=========+=========+\n"
            "| Early      | 310     | 402     |\n"
            "| swimmers   |         |         |\n"
            "+------------+---------+---------+\n"
            "| Lessons    | 96      | 120     |\n"
            "+------------+---------+---------+\n\n"
            "Attendance rose in July.\n")
    body = extract_markdown(text).text
    assert "Session: Early swimmers | June: 310 | July: 402" in body
    assert "Session: Lessons | June: 96 | July: 120" in body
    assert "+---" not in body and "+===" not in body


def test_a_wiki_notes_embeds_and_closing_link_list_go_and_its_links_in_prose_stay() -> None:
    # Invented Obsidian-style note: an embedded template, a link in a sentence, a backlinks list.
    note = ("# Allotment rota, spring\n\n![[templates.rota-header]]\n\nPlot holders water the seed beds in turn; "
            "the tool shed key is with [[Sam|people.sam]].\n\n## Crops\n\n- [[Beans]]\n- [[Leeks]]\n\n"
            "The rota starts on 1 April.\n\n## Linked from\n\n- [[Allotment (Root)|allotment]]\n- [[Rotas|rota]]\n")
    parsed = extract_markdown(note)
    assert "templates.rota-header" not in parsed.text
    assert "Linked from" not in parsed.text and "Allotment (Root)" not in parsed.text
    assert "the tool shed key is with [[Sam|people.sam]]" in parsed.text
    assert "Beans" in parsed.text and "The rota starts on 1 April." in parsed.text  # a list inside the note stays
    code = "# Note\n\nText.\n\n```\n![[kept.in.code]]\n```\n"
    assert "![[kept.in.code]]" in extract_markdown(code).text


def test_an_mdbook_include_and_a_closing_bar_of_links_go() -> None:
    # Invented mdBook chapter: an include directive (another file's text) and a "Related:" bar.
    page = ("# Booking the hall\n\n{{#include ../common/opening-hours.md}}\n\nMembers book the hall through the "
            "secretary at least a week ahead.\n\n{{#if print}}\n\nPrinted copy.\n\n{{/if}}\n\n"
            "Related: [Fees](../fees.md) · [Key holders](./keys.md) · [Cleaning rota](../rota.md)\n\n"
            "Ask [the secretary](./contact.md) or [the treasurer](./treasurer.md) if in doubt.\n")
    text = extract_markdown(page).text
    assert "{{" not in text and "Related:" not in text and "Key holders" not in text
    assert "Members book the hall" in text and "Printed copy." in text
    assert "Ask the secretary or the treasurer if in doubt." in text
