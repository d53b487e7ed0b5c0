"""How the ONNX encoder groups texts into runs: by length, and without changing a vector."""

from __future__ import annotations

import numpy as np

from index.encoders import MiniLMEncoder, _length_batches


def test_a_much_longer_text_starts_a_batch_of_its_own() -> None:
    lengths = [10, 11, 40, 12, 42]
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    assert _length_batches(order, lengths, 32) == [[0, 1, 3], [2, 4]]


def test_padding_does_not_change_a_vector() -> None:
    encoder = MiniLMEncoder()
    texts = ["Delhi", "Delhi is the capital of India.",
             "The band released their second album, Nevermind, in September 1991 on DGC Records."]
    pieces = [e.ids for e in encoder._tokenizer.encode_batch(texts)]
    padded = encoder._run(pieces)  # one run: the shorter texts padded to the longest
    assert all(np.array_equal(encoder._run([p])[0], v) for p, v in zip(pieces, padded))
