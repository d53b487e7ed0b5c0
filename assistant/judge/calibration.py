"""Calibrated weights that turn claim features into probabilities of support.

Pure functions over a small JSON file (``calibration.json`` beside this module), written
by ``python -m evals.fit_judge`` from labelled data. Two profiles, chosen by the form of
the input rather than by data set: ``question`` (a response to a question, judged
against knowledge passages) and ``document`` (free text judged against documents).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .features import FEATURE_SIGNS, FEATURES

DEFAULT_PATH = Path(__file__).with_name("calibration.json")


@dataclass(frozen=True)
class Profile:
    mean: np.ndarray
    std: np.ndarray
    weights: np.ndarray
    bias: float
    threshold: float

    def probability(self, claim_rows: Sequence[Sequence[float]]) -> float:
        """P(supported) of a response made of claims with these feature rows."""
        x = (aggregate(claim_rows) - self.mean) / self.std
        return float(1.0 / (1.0 + np.exp(-(x @ self.weights + self.bias))))

    def to_dict(self) -> dict[str, object]:
        return {"mean": _r(self.mean), "std": _r(self.std), "weights": _r(self.weights),
                "bias": float(self.bias), "threshold": float(self.threshold)}


@dataclass(frozen=True)
class Calibration:
    profiles: dict[str, Profile]
    meta: dict[str, object]

    def profile(self, question: str) -> Profile:
        return self.profiles["question" if question.strip() else "document"]

    def save(self, path: Path = DEFAULT_PATH) -> None:
        data = {"features": list(FEATURES), "aggregates": ["mean"], **self.meta,
                "profiles": {k: p.to_dict() for k, p in self.profiles.items()}}
        path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def _r(a: np.ndarray) -> list[float]:
    return [float(v) for v in a]  # full precision: scores of equal responses must stay equal


def aggregate(claim_rows: Sequence[Sequence[float]]) -> np.ndarray:
    """A response's feature vector: the mean of each claim feature.

    The mean alone generalises best: adding the min and max (or sums) fits the dev slice
    better and the held-out check slice worse (see docs/EVALUATION.md). It also makes a
    one-claim response score exactly as its claim does."""
    rows = np.asarray(claim_rows, dtype=float).reshape(-1, len(FEATURES))
    mean: np.ndarray = rows.mean(axis=0)
    return mean


def load_calibration(path: Path = DEFAULT_PATH) -> Calibration:
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("features") != list(FEATURES):
        raise ValueError(f"{path} was fitted for other features; re-fit it with python -m evals.fit_judge")
    profiles = {
        name: Profile(np.array(p["mean"]), np.array(p["std"]), np.array(p["weights"]),
                      float(p["bias"]), float(p["threshold"]))
        for name, p in data["profiles"].items()
    }
    meta = {k: v for k, v in data.items() if k not in ("profiles", "features", "aggregates")}
    return Calibration(profiles, meta)


def fit_profile(responses: Sequence[Sequence[Sequence[float]]], labels: Sequence[int],
                l2: float = 1e-2, iterations: int = 4000, step: float = 0.5) -> Profile:
    """Logistic regression on aggregated features, each weight held to its feature's sign
    (``FEATURE_SIGNS``); the threshold is chosen for balanced accuracy."""
    x = np.array([aggregate(r) for r in responses])
    y = np.asarray(labels, dtype=float)
    mean, std = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = (x - mean) / std
    w, b = np.zeros(z.shape[1]), 0.0
    signs = np.array(FEATURE_SIGNS, dtype=float)
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(z @ w + b)))
        w -= step * (z.T @ (p - y) / len(y) + l2 * w)
        b -= step * float(np.mean(p - y))
        w = np.where(w * signs < 0, 0.0, w)  # projected gradient: evidence only counts its own way
    probs = 1.0 / (1.0 + np.exp(-(z @ w + b)))
    return Profile(mean, std, w, b, best_threshold(probs, y))


def best_threshold(scores: np.ndarray, labels: np.ndarray) -> float:
    """The cut that maximises balanced accuracy (ties: the one nearest 0.5).

    Cuts lie halfway between neighbouring distinct scores, never on a score: many
    responses share a score exactly (same features), and a cut on it would flip them all
    on the smallest rounding."""
    distinct = np.unique(scores)
    cuts = np.concatenate([[distinct[0] - 1e-6], (distinct[:-1] + distinct[1:]) / 2, [distinct[-1] + 1e-6]])

    def balanced(t: float) -> float:
        pred = scores >= t
        return float(np.mean(pred[labels == 1]) + np.mean(~pred[labels == 0])) / 2

    return float(max(cuts, key=lambda t: (round(balanced(t), 6), -abs(t - 0.5))))
