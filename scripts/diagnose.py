"""Where does the pipeline lose body text or keep furniture? Per-rule accounting on a gold set.

    python scripts/diagnose.py ../shared/eval/aeb-dev.jsonl.gz [--show RULE] [--kept]

Lines are labelled as in scripts/fit_model.py. Prints, per removing rule, the characters of
body text it removed (recall loss) and, per reason, furniture characters kept (precision loss).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dataset")
    ap.add_argument("--show", help="print body lines removed by this rule")
    ap.add_argument("--kept", action="store_true", help="print furniture lines kept")
    ap.add_argument("--limit", type=int, default=40)
    a = ap.parse_args()
    from fit_model import labels_for

    import cleaner
    from cleaner.evaluate import load_rows
    from cleaner.model import split_lines

    lost: Counter[str] = Counter()
    removed_ok: Counter[str] = Counter()
    kept_bad = 0
    kept_good = 0
    shown = 0
    for r in load_rows(a.dataset):
        res = cleaner.clean(r["text"], url=r.get("url"))
        lines = split_lines(r["text"])
        y = labels_for([ln.strip() for ln in lines], r["gold"])
        removed = {}
        for rem in res.removed:
            for i in range(rem.start, rem.end):
                removed[i] = rem
        for i, ln in enumerate(lines):
            n = len(ln.strip())
            if not n:
                continue
            if i in removed:
                if y[i]:
                    lost[removed[i].rule] += n
                    if a.show and removed[i].rule == a.show and shown < a.limit:
                        shown += 1
                        print(f"[{r['id'][:8]}:{i}] {removed[i].reason[:80]}\n    {ln.strip()[:160]}")
                else:
                    removed_ok[removed[i].rule] += n
            else:
                if y[i]:
                    kept_good += n
                else:
                    kept_bad += n
                    if a.kept and shown < a.limit:
                        shown += 1
                        print(f"[{r['id'][:8]}:{i}] KEPT {ln.strip()[:160]}")
    total_body = kept_good + sum(lost.values())
    print(f"body chars kept {kept_good} / {total_body} ({kept_good / total_body:.3f}); furniture chars kept {kept_bad}")
    print("body chars removed, by rule:")
    for k, v in lost.most_common():
        print(f"  {k:32s} {v:8d}   (furniture removed by it: {removed_ok[k]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
