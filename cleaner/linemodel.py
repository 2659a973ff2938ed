"""The line model: a logistic combination of feature columns, with weights from ``rules/model.yaml``."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

from .features import FEATURES


@dataclass(frozen=True)
class LineModel:
    intercept: float
    weights: dict[str, float]
    decode: dict[str, float] = field(default_factory=dict)
    source: str = ""

    @classmethod
    def load(cls, path: str | Path) -> LineModel:
        import yaml

        with open(path, encoding="utf-8") as f:
            data = yaml.safe_load(f)
        if not isinstance(data, dict) or not isinstance(data.get("weights"), dict):
            raise ValueError(f"{path}: a model needs 'intercept' and a 'weights' mapping")
        unknown = set(data["weights"]) - set(FEATURES)
        if unknown:
            raise ValueError(f"{path}: unknown feature(s) {', '.join(sorted(unknown))}")
        return cls(
            intercept=float(data.get("intercept", 0.0)),
            weights={k: float(v) for k, v in data["weights"].items()},
            decode={k: float(v) for k, v in (data.get("decode") or {}).items()},
            source=str(path),
        )

    def contributions(self, cols: dict[str, list[float]], i: int) -> dict[str, float]:
        """Per-feature contribution (weight x value) to line ``i``'s log-odds."""
        return {k: w * cols[k][i] for k, w in self.weights.items() if cols[k][i]}

    def predict(self, cols: dict[str, list[float]], n: int) -> list[float]:
        z = [self.intercept] * n
        for name, w in self.weights.items():
            if not w:
                continue
            col = cols[name]
            z = [a + w * b for a, b in zip(z, col)]
        return [1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, v)))) for v in z]
