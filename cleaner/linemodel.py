"""The line model: logistic combinations of feature columns, weights from ``rules/model.yaml``.

Stage 1 scores each line from its own scorer columns; the optional stage 2 rescores it
with stage 1's view of its neighbourhood added (``cleaner.features.build_context``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from itertools import repeat
from operator import add, mul
from pathlib import Path

from .features import CONTEXT_FEATURES, FEATURES, build_context
from .scorers import Doc


@dataclass(frozen=True)
class Stage:
    intercept: float
    weights: dict[str, float]

    def logits(self, cols: dict[str, list[float]], n: int) -> list[float]:
        # column by column, in C: z[i] + w * col[i], the same sums in the same order
        z = [self.intercept] * n
        for name, w in self.weights.items():
            if w:
                z = list(map(add, z, map(mul, repeat(w), cols[name])))
        return z


def _sigmoid(v: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, v))))


def _stage(data: object, path: str | Path, allowed: set[str], name: str) -> Stage:
    if not isinstance(data, dict) or not isinstance(data.get("weights"), dict):
        raise ValueError(f"{path}: {name} needs 'intercept' and a 'weights' mapping")
    unknown = set(data["weights"]) - allowed
    if unknown:
        raise ValueError(f"{path}: {name}: unknown feature(s) {', '.join(sorted(unknown))}")
    return Stage(float(data.get("intercept", 0.0)), {k: float(v) for k, v in data["weights"].items()})


@dataclass(frozen=True)
class LineModel:
    stage1: Stage
    stage2: Stage | None = None
    decode: dict[str, float] = field(default_factory=dict)
    source: str = ""

    @classmethod
    def load(cls, path: str | Path) -> LineModel:
        import yaml

        try:
            with open(path, encoding="utf-8") as f:
                data = yaml.safe_load(f)
        except (OSError, yaml.YAMLError) as exc:
            raise ValueError(f"{path}: cannot read model: {str(exc).splitlines()[0]}") from None
        if not isinstance(data, dict):
            raise ValueError(f"{path}: a model must be a mapping")
        s1 = _stage(data, path, set(FEATURES), "stage 1")
        s2 = _stage(data["stage2"], path, set(FEATURES) | set(CONTEXT_FEATURES), "stage2") if data.get("stage2") else None
        return cls(s1, s2, {k: float(v) for k, v in (data.get("decode") or {}).items()}, str(path))

    def columns(self, doc: Doc, cols: dict[str, list[float]]) -> dict[str, list[float]]:
        """Stage-1 columns plus, with a stage 2, the context columns it needs."""
        if self.stage2 is None:
            return cols
        p1 = [_sigmoid(v) for v in self.stage1.logits(cols, len(doc))]
        return {**cols, **build_context(doc, p1)}

    def predict(self, doc: Doc, cols: dict[str, list[float]]) -> tuple[list[float], dict[str, list[float]]]:
        """P(body) per line, and the full column table used (for ``explain``)."""
        full = self.columns(doc, cols)
        stage = self.stage2 or self.stage1
        return [_sigmoid(v) for v in stage.logits(full, len(doc))], full

    def contributions(self, cols: dict[str, list[float]], i: int) -> dict[str, float]:
        """Per-feature contribution (weight x value) to line ``i``'s final log-odds."""
        stage = self.stage2 or self.stage1
        return {k: w * cols[k][i] for k, w in stage.weights.items() if cols[k][i]}
