"""Words of a text written without spaces between them (Chinese, Japanese).

The cleaners count words by spaces: a paragraph of fewer than ten words is a short line (a menu
item, a label) and is kept only between prose. A Japanese or Chinese sentence has no spaces, so
"年末年始は、ごみの収集日程が通常と異なります。" would be one "word" and every sentence a short
line. Here a run of CJK characters (Han ideographs, kana) counts as one word per two characters
(about the length of a word in either language), so a sentence weighs as much as its Latin-script
translation would; text in other scripts is split on spaces as before.

Thai, Lao, Khmer and Myanmar are written the same way (spaces only between phrases or
sentences), so a run of one of those scripts counts as one word per three characters (their
words are longer in characters, the vowel signs and tone marks standing as characters of
their own). Thai and Lao put no mark at a sentence's end, the space or the line end is the
stop: :data:`SPACELESS_LINE_END` matches a line ending in a letter of those scripts, which is
then a sentence's end; Khmer's "។" and Myanmar's "။" are full stops like "。".
"""

from __future__ import annotations

import re

# Han ideographs (with extension A and the compatibility block), hiragana, katakana and the
# iteration mark and prolonged sound mark that stand inside words.
_CJK_RUN = re.compile(r"[\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u30fc]+")
_CHARS_PER_WORD = 2
# Thai, Lao, Khmer and Myanmar (letters, vowel signs, tone marks; not their digits, which
# read as numbers, nor the sentence marks).
_SEA_RUN = re.compile(r"[\u0e01-\u0e4e\u0e81-\u0ecd\u1780-\u17d3\u1000-\u1049\u104c-\u109f]+")
_SEA_CHARS_PER_WORD = 3
# A sentence's end in CJK text: the ideographic full stop, full-width "!" and "?"; Khmer's
# and Myanmar's full stops.
CJK_SENTENCE_END = "。！？។။"
# A line ending in a Thai or Lao letter or mark: those scripts put no mark at a sentence's end.
SPACELESS_LINE_END = re.compile(r"[\u0e01-\u0e4e\u0e81-\u0ecd]$")


def words(text: str) -> list[str]:
    """``text.split()``, with each space-free run of CJK characters of a token cut into words
    of two characters ("ごみの収集日" -> "ごみ", "の収", "集日"), and each run of Thai, Lao,
    Khmer or Myanmar into words of three; tokens without those scripts unchanged."""
    out: list[str] = []
    for token in text.split():
        if _SEA_RUN.search(token) and not _CJK_RUN.search(token):
            out += _sea_words(token)
            continue
        if not _CJK_RUN.search(token):
            out.append(token)
            continue
        at = 0
        for run in _CJK_RUN.finditer(token):
            if token[at:run.start()].strip("、。，！？（）「」『』・：；"):
                out.append(token[at:run.start()])
            chars = run.group(0)
            out += [chars[i:i + _CHARS_PER_WORD] for i in range(0, len(chars), _CHARS_PER_WORD)]
            at = run.end()
        if token[at:].strip("、。，！？（）「」『』・：；"):
            out.append(token[at:])
    return out


def _sea_words(token: str) -> list[str]:
    out: list[str] = []
    at = 0
    for run in _SEA_RUN.finditer(token):
        if token[at:run.start()].strip(".,:;!?()"):
            out.append(token[at:run.start()])
        chars = run.group(0)
        out += [chars[i:i + _SEA_CHARS_PER_WORD] for i in range(0, len(chars), _SEA_CHARS_PER_WORD)]
        at = run.end()
    if token[at:].strip(".,:;!?()"):
        out.append(token[at:])
    return out
