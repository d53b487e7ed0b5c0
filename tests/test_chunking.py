from __future__ import annotations

import pytest

from index import Document, chunk_document
from index.errors import ConfigError
from index.sentences import split_sentences
from index.tokens import count_tokens

from .conftest import CORPUS


def _doc(text: str) -> Document:
    return Document("d1", text, "t", "s", "o")


def test_sentences_keep_abbreviations_and_offsets() -> None:
    text = 'Mr. Smith met the U.S. envoy on Jan. 5. He said "yes." Then J. Doe left?\n\nNew part. 3 came.'
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "Mr. Smith met the U.S. envoy on Jan. 5.", 'He said "yes."', "Then J. Doe left?", "New part.", "3 came.",
    ]
    text = "Anita Lane (born ca. 1959) is a singer. The abbey (fl. 1120) stood here."  # circa, floruit
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Anita Lane (born ca. 1959) is a singer.", "The abbey (fl. 1120) stood here."]


def test_chunks_are_exact_spans_of_the_document() -> None:
    for path in CORPUS.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        chunks = chunk_document(_doc(text), 120, 30)
        assert len(chunks) > 3
        for c in chunks:
            assert text[c.start : c.end] == c.text
            assert count_tokens(c.text) <= 120 + 8  # sentence counts add up to about the joined count


def test_chunks_cover_every_sentence_and_overlap() -> None:
    text = " ".join(f"Sentence number {i} talks about topic {i}." for i in range(200))
    chunks = chunk_document(_doc(text), 64, 16)
    covered = set()
    for c in chunks:
        covered.update(range(c.start, c.end))
    for s, e in split_sentences(text):
        assert set(range(s, e)) <= covered
    assert all(b.start < a.end for a, b in zip(chunks, chunks[1:])), "neighbours share an overlap"
    no_overlap = chunk_document(_doc(text), 64, 0)
    assert all(b.start >= a.end for a, b in zip(no_overlap, no_overlap[1:]))


def test_a_sentence_longer_than_the_budget_is_cut_at_words() -> None:
    text = "word " * 500 + "end."
    chunks = chunk_document(_doc(text.strip()), 50, 0)
    assert len(chunks) >= 10
    assert all(count_tokens(c.text) <= 52 for c in chunks)
    assert all(text[c.start : c.end] == c.text for c in chunks)


def test_chunk_ids_change_with_content() -> None:
    a = chunk_document(_doc("One fact here. Another fact there."), 100, 0)
    b = chunk_document(_doc("One fact here. A changed fact there."), 100, 0)
    assert a[0].chunk_id != b[0].chunk_id
    assert a[0].chunk_id == chunk_document(_doc("One fact here. Another fact there."), 100, 0)[0].chunk_id


def test_bad_chunk_settings_are_a_clear_error() -> None:
    with pytest.raises(ConfigError, match="--chunk-overlap"):
        chunk_document(_doc("x."), 64, 64)


@pytest.mark.parametrize("name", ["cl100k_base", "o200k_base"])
def test_tokens_match_tiktokens_own_loader_without_touching_the_environment(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    import tiktoken

    from index import tokens

    before = dict(os.environ)
    ours = tokens.encoding(name)
    assert dict(os.environ) == before
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(tokens.cached_file(name).parent))  # tiktoken's way, offline
    theirs = tiktoken.get_encoding(name)
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.iterdir())) + " <|endoftext|> 12345 ünïcode"
    assert ours.encode_ordinary(text) == theirs.encode_ordinary(text)
    assert ours.encode(text, allowed_special="all") == theirs.encode(text, allowed_special="all")
    assert (ours.n_vocab, ours.special_tokens_set) == (theirs.n_vocab, theirs.special_tokens_set)


def test_an_unknown_encoding_names_the_offline_ones() -> None:
    from index.errors import ModelError
    from index.tokens import encoding

    with pytest.raises(ModelError, match="cl100k_base or o200k_base"):
        encoding("p50k_base")
