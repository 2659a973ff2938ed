"""Feature table: the scorers' outputs (and their context windows) as named columns per line.

The line model (``cleaner.linemodel``) is a logistic combination of these columns, with
weights read from ``rules/model.yaml``. It runs in two stages: stage 1 sees the line's
own scorer columns (``FEATURES``); stage 2 adds how stage 1 judged the neighbourhood
(``CONTEXT_FEATURES``: window means and maxima of stage-1 probabilities, the share of
stage-1 body mass above and below the line), so a short list item inside the body and a
long teaser among headlines can be told apart. Both the pipeline and the weight-fitting script
(``scripts/fit_model.py``) build features here, so training and use cannot drift apart.
"""

from __future__ import annotations

import math

from . import scorers as S
from .scorers import Doc

FEATURES = (
    "log_words", "short", "stop", "stop_missing", "end", "sents", "title_case", "teaser", "digits", "marks",
    "repeated", "pos_edge", "headline_run", "ctx_prose", "ctx_words", "ctx_prose_wide", "prose_before",
    "prose_after", "evidence",
)


def build(doc: Doc, evidence: list[float]) -> dict[str, list[float]]:
    """All feature columns for ``doc``; ``evidence`` holds evidence-rule scores per line."""
    words = S.word_count(doc)
    logw = S.log_words(doc)
    stop = S.stopword_density(doc)
    end = S.sentence_end(doc)
    has_stop = bool(doc.stop)
    prose = [1.0 if S.is_prose(w, st, e, has_stop) else 0.0 for w, st, e in zip(words, stop, end)]
    pos = S.position(doc)
    blank = doc.stripped
    total_prose = sum(prose) or 1.0
    before, acc = [], 0.0
    for p in prose:
        before.append(acc / total_prose)
        acc += p
    after = [max(0.0, 1.0 - b - p / total_prose) for b, p in zip(before, prose)]
    return {
        "log_words": logw,
        "short": [1.0 if w <= 3 else 0.0 for w in words],
        "stop": [d * min(1.0, w / 8.0) for d, w in zip(stop, words)],  # damped on short lines
        "stop_missing": [0.0 if has_stop else 1.0] * len(doc),
        "end": end,
        "sents": S.sentence_count(doc),
        "title_case": S.title_case(doc),
        "teaser": S.teaser(doc),
        "digits": S.digit_ratio(doc),
        "marks": S.list_marks(doc),
        "repeated": S.repeated(doc),
        "pos_edge": [min(p, 1.0 - p) for p in pos],
        "headline_run": S.headline_run(doc),
        "ctx_prose": S.window_mean(prose, 2, blank),
        "ctx_words": S.window_mean(logw, 2, blank),
        "ctx_prose_wide": S.window_mean(prose, 6, blank),
        "prose_before": before,
        "prose_after": after,
        "evidence": evidence,
    }


CONTEXT_FEATURES = (
    "logit1", "ctx1_mean1", "ctx1_mean3", "ctx1_mean8", "ctx1_max_prev", "ctx1_max_next", "ctx1_prev", "ctx1_next",
    "ctx1_mass_before", "ctx1_mass_after", "ctx1_coherence",
)


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def build_context(doc: Doc, p1: list[float]) -> dict[str, list[float]]:
    """Stage-2 columns from stage-1 probabilities ``p1`` (blank lines skipped, get zeros)."""
    n = len(doc)
    idx = [i for i in range(n) if doc.stripped[i]]
    vals = [p1[i] for i in idx]
    m = len(idx)
    cols = {k: [0.0] * n for k in CONTEXT_FEATURES}
    if not m:
        return cols
    prefix = [0.0]
    for v in vals:
        prefix.append(prefix[-1] + v)
    weights = [p1[i] * math.sqrt(min(len(doc.stripped[i]), 400)) for i in idx]
    total = sum(weights) or 1.0
    acc = 0.0
    for k, i in enumerate(idx):
        for radius, name in ((1, "ctx1_mean1"), (3, "ctx1_mean3"), (8, "ctx1_mean8")):
            lo, hi = max(0, k - radius), min(m, k + radius + 1)
            cnt = hi - lo - 1
            cols[name][i] = (prefix[hi] - prefix[lo] - vals[k]) / cnt if cnt else 0.0
        prev = vals[max(0, k - 3):k]
        nxt = vals[k + 1:k + 4]
        cols["ctx1_max_prev"][i] = max(prev) if prev else 0.0
        cols["ctx1_max_next"][i] = max(nxt) if nxt else 0.0
        cols["ctx1_prev"][i] = vals[k - 1] if k else 0.0
        cols["ctx1_next"][i] = vals[k + 1] if k + 1 < m else 0.0
        cols["ctx1_mass_before"][i] = acc / total
        acc += weights[k]
        cols["ctx1_mass_after"][i] = max(0.0, 1.0 - acc / total)
        cols["logit1"][i] = _logit(vals[k])
    cols["ctx1_coherence"] = S.coherence(doc, [p >= 0.5 for p in p1])
    return cols
