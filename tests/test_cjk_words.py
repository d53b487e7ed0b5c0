"""Words of text without spaces (:mod:`index.cjk_words`): a run of Chinese or Japanese
characters counts as one word per two characters; other text splits on spaces."""

from __future__ import annotations

from index.cjk_words import words
from index.clean import clean_text


def test_a_cjk_run_counts_one_word_per_two_characters() -> None:
    assert words("空調設備の工事") == ["空調", "設備", "の工", "事"]
    assert len(words("图书馆明天因设备维修暂停开放。")) == 7


def test_text_with_spaces_is_split_as_before_and_mixed_tokens_keep_their_latin_parts() -> None:
    assert words("The bridge opens  today.") == ["The", "bridge", "opens", "today."]
    assert words("JR東日本は21日") == ["JR", "東日", "本は", "21", "日"]
    assert words("「お知らせ」") == ["お知", "らせ"]


def test_a_thai_or_khmer_run_counts_one_word_per_three_characters() -> None:
    assert words("ห้องสมุดปิด") == ["ห้อ", "งสม", "ุดป", "ิด"]
    assert words("ถนน 2569") == ["ถนน", "2569"]
    assert len(words("សាលារៀន")) == 3


def test_thai_lines_without_spaces_are_kept_as_prose() -> None:
    # Invented: a Thai library notice, no spaces between words and no sentence marks.
    raw = ("ประกาศห้องสมุดประชาชน\n\n"
           "ห้องสมุดประชาชนจะปิดให้บริการชั่วคราวเพื่อปรับปรุงระบบไฟฟ้าภายในอาคาร ตลอดสัปดาห์หน้า\n\n"
           "ผู้ที่ยืมหนังสือไว้สามารถคืนได้ที่ตู้รับคืนหน้าอาคารได้ตลอดยี่สิบสี่ชั่วโมง\n\n"
           "ขออภัยในความไม่สะดวกมา ณ ที่นี้\n\n"
           "ห้องสมุดจะเปิดให้บริการตามปกติตั้งแต่วันจันทร์ถัดไปเป็นต้นไป\n")
    text = clean_text(raw).text
    assert "ผู้ที่ยืมหนังสือไว้" in text and "ขออภัยในความไม่สะดวก" in text and "เปิดให้บริการตามปกติ" in text
