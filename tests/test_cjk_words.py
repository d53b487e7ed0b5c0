"""Words of text without spaces (:mod:`index.cjk_words`): a run of Chinese or Japanese
characters counts as one word per two characters; other text splits on spaces."""

from __future__ import annotations

from index.cjk_words import words


def test_a_cjk_run_counts_one_word_per_two_characters() -> None:
    assert words("空調設備の工事") == ["空調", "設備", "の工", "事"]
    assert len(words("图书馆明天因设备维修暂停开放。")) == 7


def test_text_with_spaces_is_split_as_before_and_mixed_tokens_keep_their_latin_parts() -> None:
    assert words("The bridge opens  today.") == ["The", "bridge", "opens", "today."]
    assert words("JR東日本は21日") == ["JR", "東日", "本は", "21", "日"]
    assert words("「お知らせ」") == ["お知", "らせ"]
