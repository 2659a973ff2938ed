"""Fit the line model (rules/model.yaml) on a gold set, cross-validated by site.

    pip install numpy scikit-learn
    python scripts/fit_model.py ../shared/eval/aeb-dev.jsonl.gz            # report only
    python scripts/fit_model.py ../shared/eval/aeb-dev.jsonl.gz --write    # also rewrite rules/model.yaml

Labels: a line is "body" when most of its 4-gram shingles (or, for lines under four
tokens, its whole token sequence) occur in the page's gold body. Features are exactly
those of ``cleaner.features`` (built through ``Cleaner.line_table``). A logistic
regression is fitted per fold of a GroupKFold over sites (URL hosts); the out-of-fold
probabilities then go through the real decision step (``cleaner.decide``), and the
document-level shingle F1 is reported for the held-out folds next to the in-sample fit.
Nothing here is used at run time: only the written weights are.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TOKEN = re.compile(r"\w+")


def labels_for(lines: list[str], gold: str) -> list[int]:
    gt = [t.lower() for t in TOKEN.findall(gold)]
    gold_sh = {tuple(gt[i:i + 4]) for i in range(max(0, len(gt) - 3))}
    gold_str = " " + " ".join(gt) + " "
    out = []
    for ln in lines:
        t = [x.lower() for x in TOKEN.findall(ln)]
        if not t:
            out.append(0)
        elif len(t) < 4:
            out.append(1 if f" {' '.join(t)} " in gold_str and len(t) >= 2 else 0)
        else:
            sh = [tuple(t[i:i + 4]) for i in range(len(t) - 3)]
            out.append(1 if sum(s in gold_sh for s in sh) / len(sh) >= 0.5 else 0)
    return out


def site(url: str) -> str:
    host = (urlsplit(url).hostname or url).lower()
    return host.removeprefix("www.")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dataset")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--tune", action="store_true", help="grid-search the decode parameters on out-of-fold output")
    ap.add_argument("--one-stage", dest="two_stage", action="store_false", help="fit stage 1 only")
    ap.add_argument("--analyse", action="store_true", help="also score oracle labels and plain thresholding")
    ap.add_argument("--drop", default="", help="comma-separated features to leave out (weight 0)")
    ap.add_argument("--write", action="store_true", help="rewrite rules/model.yaml with the full-data fit")
    a = ap.parse_args()

    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    import cleaner
    from cleaner import lang as L
    from cleaner.decide import decide
    from cleaner.evaluate import doc_counts, load_rows, prf
    from cleaner.features import CONTEXT_FEATURES, FEATURES, build_context
    from cleaner.linemodel import LineModel
    from cleaner.model import split_lines

    rows = load_rows(a.dataset)
    c = cleaner.default_cleaner()
    c._compile()
    rs = c.ruleset(c.packs)
    base = LineModel.load(ROOT / "rules" / "model.yaml")

    docs = []
    for r in rows:
        lines = split_lines(r["text"])
        lang = L.detect(lines)
        doc, hits, cols = c.line_table(lines, lang, rs)
        X = np.array([[cols[f][i] for f in FEATURES] for i in range(len(doc))], dtype=float)
        y = np.array(labels_for(doc.stripped, r["gold"]))
        nonblank = np.array([bool(s) for s in doc.stripped])
        docs.append((r, doc, hits, X, y, nonblank, site(r.get("url", r["id"]))))

    dropped = {f for f in a.drop.split(",") if f}
    keep_cols = np.array([f not in dropped for f in FEATURES])
    docs = [(r, doc, hits, X * keep_cols, y, nb, st) for (r, doc, hits, X, y, nb, st) in docs]
    groups = [d[6] for d in docs]
    sites = sorted(set(groups))
    print(f"{len(docs)} documents from {len(sites)} sites; "
          f"{sum(int(d[5].sum()) for d in docs)} non-blank lines, {sum(int(d[4].sum()) for d in docs)} body lines")

    def lr(Xs, ys, ws):
        m = LogisticRegression(C=a.C, max_iter=3000)
        m.fit(np.vstack(Xs), np.concatenate(ys), sample_weight=np.concatenate(ws))
        return m

    def weights(i: int):
        d = docs[i]
        return np.sqrt(np.maximum(1, [len(s) for s, b in zip(d[1].stripped, d[5]) if b]))

    def ctx_matrix(i: int, p1) -> np.ndarray:
        cols = build_context(docs[i][1], list(p1))
        cols = {k: (v if k not in dropped else [0.0] * len(v)) for k, v in cols.items()}
        return np.hstack([docs[i][3], np.array([cols[f] for f in CONTEXT_FEATURES], dtype=float).T.reshape(len(p1), -1)])

    def fit(idx: list[int]):
        """Two stages; stage 2 is trained on stage-1 probabilities from an inner grouped CV."""
        m1 = lr([docs[i][3][docs[i][5]] for i in idx], [docs[i][4][docs[i][5]] for i in idx], [weights(i) for i in idx])
        if not a.two_stage:
            return m1, None
        inner = GroupKFold(n_splits=4)
        p1s: dict[int, object] = {}
        g = [groups[i] for i in idx]
        for tr, te in inner.split(np.zeros(len(idx)), groups=g):
            tr_idx = [idx[k] for k in tr]
            mi = lr([docs[i][3][docs[i][5]] for i in tr_idx], [docs[i][4][docs[i][5]] for i in tr_idx],
                    [weights(i) for i in tr_idx])
            for k in te:
                i = idx[k]
                p1s[i] = mi.predict_proba(docs[i][3])[:, 1] if len(docs[i][3]) else np.zeros(0)
        X2 = [ctx_matrix(i, p1s[i])[docs[i][5]] for i in idx]
        m2 = lr(X2, [docs[i][4][docs[i][5]] for i in idx], [weights(i) for i in idx])
        return m1, m2

    def predict(model, i: int) -> list[float]:
        m1, m2 = model
        X = docs[i][3]
        if not len(X):
            return []
        p1 = m1.predict_proba(X)[:, 1]
        if m2 is None:
            return list(p1)
        return list(m2.predict_proba(ctx_matrix(i, p1))[:, 1])

    def probs(models: dict[int, object]) -> list[list[float]]:
        return [predict(models[i], i) for i in range(len(docs))]

    def score(models: dict[int, object] | None = None, params: dict | None = None,
              ps: list[list[float]] | None = None) -> tuple[float, float, float]:
        ps = ps if ps is not None else probs(models)
        triples = []
        for (r, doc, hits, _X, _y, _nb, _s), p in zip(docs, ps):
            verdicts, _info = decide(doc, p, hits, params or base.decode, 0.0)
            text = "".join(doc.lines[k] for k, v in enumerate(verdicts) if v.keep)
            triples.append(doc_counts(r["gold"], text))
        return prf(triples)

    # out-of-fold
    oof: dict[int, object] = {}
    gkf = GroupKFold(n_splits=a.folds)
    for train, test in gkf.split(np.zeros(len(docs)), groups=groups):
        m = fit(list(train))
        for i in test:
            oof[i] = m
    full = fit(list(range(len(docs))))
    ps_oof = probs(oof)
    decode = dict(base.decode)
    if a.tune:
        import itertools

        best = (-1.0, decode)
        grid = {"threshold": [0.3, 0.4, 0.5], "keep_outside": [0.9, 0.97, 1.01], "secondary_run": [0.15, 0.3, 0.6],
                "keep_inside": [0.05, 0.15]}
        for values in itertools.product(*grid.values()):
            params = {**decode, **dict(zip(grid, values))}
            f = score(params=params, ps=ps_oof)[2]
            if f > best[0]:
                best = (f, params)
        decode = best[1]
        print(f"decode parameters tuned on out-of-fold probabilities: {decode}")
    if a.analyse:
        oracle = [[float(v) for v in d[4]] for d in docs]
        print("oracle labels through the decoder:", [f"{x:.4f}" for x in score(params=decode, ps=oracle)])
        print("oracle, titles dropped:", [f"{x:.4f}" for x in score(params={**decode, "keep_title": 0.0}, ps=oracle)])
        thr = {**decode, "keep_inside": 0.5, "keep_outside": 0.5, "threshold": 0.5, "secondary_run": 0.0}
        print("out-of-fold p, plain threshold 0.5 :", [f"{x:.4f}" for x in score(params=thr, ps=ps_oof)])
    p_oof, r_oof, f_oof = score(params=decode, ps=ps_oof)
    p_in, r_in, f_in = score({i: full for i in range(len(docs))}, params=decode)
    print(f"held-out (GroupKFold by site, {a.folds} folds): precision={p_oof:.4f} recall={r_oof:.4f} f1={f_oof:.4f}")
    print(f"in-sample (fit on all):                     precision={p_in:.4f} recall={r_in:.4f} f1={f_in:.4f}")
    m1, m2 = full
    print("stage-1 weights:", " ".join(f"{f}={w:+.2f}" for f, w in zip(FEATURES, m1.coef_[0])))
    if m2 is not None:
        print("stage-2 weights:", " ".join(f"{f}={w:+.2f}" for f, w in zip((*FEATURES, *CONTEXT_FEATURES), m2.coef_[0])))
    if a.write:
        import yaml

        path = ROOT / "rules" / "model.yaml"
        header = (
            "# Line model: P(line belongs to the article body) = sigmoid(intercept + sum(weight * feature)).\n"
            "# Features are defined in cleaner/features.py. Written by scripts/fit_model.py: logistic regression\n"
            f"# on {len(docs)} pages from {len(sites)} sites, lines weighted by sqrt(length)"
            + ("; stage 2 trained on\n# stage-1 probabilities from an inner grouped cross-validation.\n"
               if a.two_stage else ".\n")
            + (f"# Features left out (weight 0): {', '.join(sorted(dropped))}.\n" if dropped else "")
            + "# Decode parameters tuned on out-of-fold probabilities.\n" * bool(a.tune)
            + f"# Held-out F1 (GroupKFold by site, {a.folds} folds) {f_oof:.4f} (P {p_oof:.4f}, R {r_oof:.4f});\n"
            f"# in-sample F1 {f_in:.4f} (P {p_in:.4f}, R {r_in:.4f}).\n"
        )
        body = {
            "intercept": round(float(m1.intercept_[0]), 4),
            "weights": {f: round(float(w), 4) for f, w in zip(FEATURES, m1.coef_[0])},
        }
        if m2 is not None:
            body["stage2"] = {
                "intercept": round(float(m2.intercept_[0]), 4),
                "weights": {f: round(float(w), 4) for f, w in zip((*FEATURES, *CONTEXT_FEATURES), m2.coef_[0])},
            }
        body["decode"] = decode
        path.write_text(header + yaml.safe_dump(body, sort_keys=False), encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
