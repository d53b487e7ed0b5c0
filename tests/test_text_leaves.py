"""The shared text vocabulary: stopwords, words-only form, verbatim spans, citation markers."""

from __future__ import annotations

from assistant.markers import MARKER, after_stop, cited, split_markers, strip_markers, to_footnotes
from index.text import ANY_STOPWORD, DEMONSTRATIVES, PRONOUNS, STOPWORDS, TITLES, verbatim_span, words_only


def test_one_stopword_table_serves_every_language() -> None:
    assert {"the", "of", "said"} <= STOPWORDS and "de" not in STOPWORDS
    assert STOPWORDS | {"de", "los", "que"} <= ANY_STOPWORD
    assert DEMONSTRATIVES <= STOPWORDS and not PRONOUNS & DEMONSTRATIVES and not TITLES & STOPWORDS


def test_words_only_ignores_case_and_punctuation() -> None:
    assert words_only("  Babe?  Ruth's — BAT!") == "babe ruth s bat"
    assert words_only("...") == ""


def test_verbatim_span_spans_any_whitespace_and_case_on_request() -> None:
    assert verbatim_span("b  c", "a b\nc d") == (2, 5)
    assert verbatim_span("B c", "a b c") is None
    assert verbatim_span("B c", "a b c", ignore_case=True) == (2, 5)
    assert verbatim_span("", "a b") is None
    assert verbatim_span("a.b", "axb a.b") == (4, 7)  # the words are literal, not patterns


def test_markers_are_found_with_their_numbers() -> None:
    assert cited("In 1932 [1]. Then [2, 3][4]; not [x] nor [].") == [1, 2, 3, 4]
    assert MARKER.search("see [12]") is not None and MARKER.search("see [a]") is None


def test_strip_markers_takes_the_space_before_and_unsupported_marks() -> None:
    assert strip_markers("In 1932 [1]. Then [2, 3].") == "In 1932. Then."
    assert strip_markers("A claim [unsupported].", " ") == "A claim ."


def test_markers_move_after_the_full_stop() -> None:
    assert after_stop("in 1932 [1][2]. Next [3]!") == "in 1932. [1][2] Next! [3]"
    assert after_stop("no markers.") == "no markers."


def test_to_footnotes_makes_one_reference_a_number() -> None:
    assert to_footnotes("In 1932 [1]. Both [2, 3].") == "In 1932[^1]. Both[^2][^3]."


def test_split_markers_keeps_the_text_between() -> None:
    assert list(split_markers("A [1] B [2,3].")) == [("A ", [1]), (" B ", [2, 3]), (".", [])]
    assert list(split_markers("")) == [("", [])]
