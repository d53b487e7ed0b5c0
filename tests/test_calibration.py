"""Calibration: fitting, thresholds and the saved file are pure and exact."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from assistant.judge.calibration import Calibration, best_threshold, fit_profile, load_calibration
from assistant.judge.features import FEATURE_SIGNS, FEATURES


def test_threshold_never_sits_on_a_shared_score() -> None:
    scores = np.array([0.9, 0.9, 0.9, 0.8, 0.2, 0.2])
    labels = np.array([1, 1, 1, 0, 0, 0])
    t = best_threshold(scores, labels)
    assert 0.8 < t < 0.9
    assert np.all((scores >= t) == (labels == 1))


def _responses(rng: np.random.Generator, n: int) -> tuple[list[list[list[float]]], list[int]]:
    rows, labels = [], []
    for i in range(n):
        good = i % 2 == 0
        f = rng.random(len(FEATURES))
        f[3] = rng.integers(0, 2) if good else rng.integers(2, 5)  # novel words
        f[5] = 0.0 if good else float(rng.integers(0, 2))  # novel names
        rows.append([list(f)])
        labels.append(int(good))
    return rows, labels


def test_fitted_weights_keep_their_signs_and_roundtrip(tmp_path: Path) -> None:
    rows, labels = _responses(np.random.default_rng(0), 400)
    profile = fit_profile(rows, labels)
    assert all(w * s >= 0 for w, s in zip(profile.weights, FEATURE_SIGNS))
    accuracy = np.mean([(profile.probability(r) >= profile.threshold) == bool(y) for r, y in zip(rows, labels)])
    assert accuracy > 0.9
    path = tmp_path / "calibration.json"
    Calibration({"question": profile, "document": profile}, {"fitted_on": "test"}).save(path)
    loaded = load_calibration(path).profiles["question"]
    assert all(loaded.probability(r) == profile.probability(r) for r in rows[:20])
    assert loaded.threshold == profile.threshold
