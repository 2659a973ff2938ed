"""List the documents with the lowest precision or recall on a gold set (for error analysis).

    python scripts/worst.py ../shared/eval/aeb-dev.jsonl.gz [-n 25]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dataset")
    ap.add_argument("-n", type=int, default=25)
    a = ap.parse_args()
    import cleaner
    from cleaner.evaluate import doc_counts, load_rows

    out = []
    for r in load_rows(a.dataset):
        res = cleaner.clean(r["text"])
        tp, fp, fn = doc_counts(r["gold"], res.text)
        p = tp / (tp + fp) if tp + fp else 1.0
        rc = tp / (tp + fn) if tp + fn else 1.0
        out.append((min(p, rc), p, rc, r["id"][:8], r.get("url", "")[:70], res.language))
    out.sort()
    for _m, p, rc, i, u, lang in out[: a.n]:
        print(f"{i} P={p:.2f} R={rc:.2f} {lang} {u}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
