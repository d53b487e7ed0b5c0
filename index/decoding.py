"""Decode a text file whatever its encoding: BOMs, UTF-8, then charset-normalizer's guess.

Short Western texts are where detectors are weakest: Latin-1, cp1252, cp1250 and cp1257
read "Café" equally well, so charset-normalizer ties them. A tie goes to cp1252 (a superset
of Latin-1's printable range and what browsers assume for an undeclared page).
"""

from __future__ import annotations

import codecs
from pathlib import Path

from .errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),  # before UTF-16: same start
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_WESTERN = "cp1252"
_TIE = 0.01


def read_any_text(file: Path) -> str:
    """The file's text in whatever encoding it was saved; binary files raise InputError."""
    data = file.read_bytes()
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode(data, encoding)
    if b"\x00" in data[:8192]:  # text without a UTF-16/32 BOM has no NUL bytes
        raise InputError("looks like a binary file, not text; remove it or give it the right "
                         "extension")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode(data, _guess(data))


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid {encoding} text although it starts like it (byte "
                         f"0x{data[exc.start]:02x} at offset {exc.start}); re-save it as UTF-8")from None


def _guess(data: bytes) -> str:
    from charset_normalizer import from_bytes  # imported here: most corpora are UTF-8

    results = from_bytes(data)
    best = results.best()
    if best is None:
        raise InputError("not UTF-8 and no text encoding fits its bytes (a binary file?); "
                         "re-save it as UTF-8 text or remove it")
    western = next((r for r in results if r.encoding == _WESTERN), None)
    if western is not None and western.chaos <= best.chaos + _TIE \
            and western.coherence >= best.coherence - _TIE:
        return _WESTERN
    if best.coherence == 0 and _fits(data, _WESTERN):
        return _WESTERN  # no language evidence at all (a few words): the common case wins
    return str(best.encoding)


def _fits(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True
