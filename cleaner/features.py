"""Feature table: the scorers' outputs (and their context windows) as named columns per line.

The line model (``cleaner.linemodel``) is a logistic combination of these columns, with
weights read from ``rules/model.yaml``. Both the pipeline and the weight-fitting script
(``scripts/fit_model.py``) build features here, so training and use cannot drift apart.
"""

from __future__ import annotations

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
        "stop": stop,
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
