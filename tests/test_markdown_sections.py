from pathlib import Path

from evals.markdown import write_section


def test_sections_are_replaced_in_place_and_others_kept(tmp_path: Path) -> None:
    page = tmp_path / "EVALUATION.md"
    write_section(page, "## A", "## A\n\nfirst\n")
    write_section(page, "## B", "## B\n\nsecond\n")
    write_section(page, "## A", "## A\n\nnew\n")
    text = page.read_text(encoding="utf-8")
    assert text.startswith("# Evaluation\n")
    assert "new" in text and "first" not in text and text.index("## A") < text.index("## B")
