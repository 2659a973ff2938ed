"""Regenerate the golden seed outputs in fixtures/seeds/ (clean text + JSON report per seed).

    python scripts/update_fixtures.py

Review the diff (`git diff fixtures/`) before committing: tests/test_seeds.py compares
the pipeline's output with these files byte for byte.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    sys.path.insert(0, str(ROOT))
    import cleaner

    out = ROOT / "fixtures" / "seeds"
    out.mkdir(parents=True, exist_ok=True)
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        res = cleaner.clean(seed.read_text(encoding="utf-8"), path=f"seeds/{seed.name}")
        (out / f"{seed.stem}.clean.txt").write_text(res.text, encoding="utf-8")
        (out / f"{seed.stem}.report.json").write_text(
            json.dumps(res.to_dict(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{seed.name}: {res.removed_lines} lines removed, flags={[f.kind for f in res.flags]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
