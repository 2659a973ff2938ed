"""Scoring against gold bodies (the Article Extraction Benchmark metric) and the eval gate.

Metric: bag-of-4-gram-shingle precision, recall and F1 per document over ``\\w+`` tokens,
averaged over documents (documents where both are empty count as perfect). ``gate``
compares a result with floors pinned in a baseline JSON file that also records the
SHA-256 of the dataset, so the floors cannot silently move to another dataset.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import statistics
from collections import Counter
from typing import Any

TOKEN = re.compile(r"\w+", re.UNICODE)


class EvalError(Exception):
    pass


def shingles(text: str, n: int = 4) -> Counter:
    t = TOKEN.findall(text or "")
    return Counter(tuple(t[i:i + n]) for i in range(max(1, len(t) - n + 1)) if t[i:i + n])


def doc_counts(gold: str, pred: str) -> tuple[float, float, float]:
    g, p = shingles(gold), shingles(pred)
    tp = sum(min(g[k], p[k]) for k in g.keys() & p.keys())
    fp = sum(p.values()) - tp
    fn = sum(g.values()) - tp
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def prf(triples: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    def prec(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))

    def rec(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))

    ps = [prec(*t) for t in triples if t[0] + t[1] > 0]
    rs = [rec(*t) for t in triples if t[0] + t[2] > 0]
    p = statistics.mean(ps) if ps else 0.0
    r = statistics.mean(rs) if rs else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load_rows(path: str) -> list[dict[str, Any]]:
    try:
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as f:
            rows = [json.loads(line) for line in f if line.strip()]
    except (OSError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise EvalError(f"{path}: cannot read dataset: {exc}") from None
    return rows


def file_digest(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def evaluate_rows(rows: list[dict[str, Any]], *, html: bool = False) -> dict[str, Any]:
    import time

    import cleaner

    field = "html" if html else "text"
    usable = [r for r in rows if isinstance(r.get(field), str) and isinstance(r.get("gold"), str)]
    if not usable:
        raise EvalError(f"no rows with both {field!r} and 'gold'")
    t0 = time.perf_counter()
    outs = [(cleaner.clean_html(r[field]) if html else cleaner.clean(r[field])).text for r in usable]
    secs = time.perf_counter() - t0
    triples = [doc_counts(r["gold"], o) for r, o in zip(usable, outs)]
    p, r, f = prf(triples)
    mb = sum(len(x[field].encode()) for x in usable) / 1e6
    return {"docs": len(usable), "input": field, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "seconds": round(secs, 2), "mb_per_s": round(mb / secs, 3) if secs else None}


def evaluate_file(path: str, *, html: bool = False, limit: int | None = None) -> dict[str, Any]:
    rows = load_rows(path)[:limit]
    return evaluate_rows(rows, html=html)


def gate(result: dict[str, Any], baseline_path: str, dataset_path: str) -> list[str]:
    """Problems (empty when the gate passes) of ``result`` against the pinned floors."""
    try:
        with open(baseline_path, encoding="utf-8") as f:
            base = json.load(f)
    except (OSError, json.JSONDecodeError) as exc:
        return [f"{baseline_path}: cannot read baseline: {exc}"]
    key = "html" if result.get("input") == "html" else "text"
    entry = base.get(key)
    if not isinstance(entry, dict):
        return [f"{baseline_path}: no floors for input {key!r}"]
    problems = []
    digest = file_digest(dataset_path)
    if base.get("dataset_sha256") and base["dataset_sha256"] != digest:
        problems.append(f"{dataset_path}: dataset digest {digest[:12]} differs from the pinned "
                        f"{base['dataset_sha256'][:12]}; floors apply to the pinned data only")
    for metric, floor in entry.items():
        if result.get(metric, 0.0) < floor:
            problems.append(f"{metric} {result.get(metric)} is below the floor {floor} ({key} input)")
    return problems
