"""Build an outside check set: pages from other sites and languages than the dev set.

The dev set is English news. To see whether a change generalises, this script builds a
second, independent set from the real-world test pages that trafilatura 1.0.0 ships in its
source distribution (``tests/cache/*.html``, mostly German blogs, small sites, shops and
news), with the snippets its tests assert must or must not survive
(``tests/realworld_tests.py``). Each row gets the page's visible text as a dump (made with
``html_text``, as the dev set's dumps are), so ``score.py`` scores it with snippet
precision/recall:

    python scripts/outside_check.py --out /tmp/outside.jsonl
    python ../shared/eval/score.py /tmp/outside.jsonl --system justext,trafilatura-html,ours,ours-html

Nothing of it is stored in this repository (the pages are third-party content), and no rule
may name anything in it: it is a held-out check, like the dev set. Note that trafilatura's
tests include comments in the output, so some "must survive" snippets are readers'
comments, which ``cleaner`` removes by design; ``--list-lost`` prints what we lose so the
two kinds can be told apart.

Needs network access to PyPI once (``pip download``), and ``html-text``
(``pip install html-text``).
"""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

SDIST = "trafilatura==1.0.0"


def fetch_sdist(cache: Path) -> Path:
    """The trafilatura 1.0.0 source archive, downloaded into ``cache`` if not there yet."""
    found = sorted(cache.glob("trafilatura-1.0.0.tar.gz"))
    if found:
        return found[0]
    cache.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", "-q", "-d", str(cache), SDIST]
    if subprocess.run(cmd).returncode != 0:
        raise SystemExit(f"outside_check: could not download {SDIST} from PyPI")
    return next(cache.glob("trafilatura-1.0.0.tar.gz"))


def snippet_checks(source: str) -> tuple[dict[str, str], dict[str, dict[str, list[str]]]]:
    """(url -> cached file name, url -> {"with": [...], "without": [...]}) from the test module."""
    tree = ast.parse(source)
    pages: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "MOCK_PAGES":
            pages = ast.literal_eval(node.value)
    checks: dict[str, dict[str, list[str]]] = {}

    def compares(expr: ast.expr):
        if isinstance(expr, ast.BoolOp) and isinstance(expr.op, ast.And):
            for v in expr.values:
                yield from compares(v)
        elif (isinstance(expr, ast.Compare) and len(expr.ops) == 1 and isinstance(expr.left, ast.Constant)
              and isinstance(expr.left.value, str) and getattr(expr.comparators[0], "id", "") == "result"):
            yield expr.left.value, isinstance(expr.ops[0], ast.In)

    def walk(stmts: list[ast.stmt], url: str | None) -> str | None:
        for st in stmts:
            if isinstance(st, ast.FunctionDef):
                walk(st.body, None)
                continue
            if (isinstance(st, ast.Assign) and isinstance(st.value, ast.Call)
                    and getattr(st.value.func, "id", "") == "load_mock_page" and st.value.args
                    and isinstance(st.value.args[0], ast.Constant)):
                url = st.value.args[0].value
            elif isinstance(st, ast.Assert) and url:
                for snippet, present in compares(st.test):
                    entry = checks.setdefault(url, {"with": [], "without": []})
                    entry["with" if present else "without"].append(snippet)
            for block in ("body", "orelse"):
                inner = getattr(st, block, None)
                if isinstance(inner, list) and inner:
                    url = walk(inner, url) or url
        return url

    walk(tree.body, None)
    return pages, checks


def build(archive: Path, out: Path) -> int:
    """Write the check set to ``out``; return the number of rows."""
    try:
        import html_text
    except ImportError:
        raise SystemExit("outside_check: needs html-text (pip install html-text)") from None
    with tempfile.TemporaryDirectory() as tmp, tarfile.open(archive) as tar:
        tar.extractall(tmp, filter="data")
        tests = Path(tmp) / "trafilatura-1.0.0" / "tests"
        pages, checks = snippet_checks((tests / "realworld_tests.py").read_text(encoding="utf-8"))
        rows = 0
        with out.open("w", encoding="utf-8") as f:
            for url, entry in checks.items():
                path = tests / "cache" / pages.get(url, "-")
                if not path.is_file():
                    continue
                raw = path.read_bytes()
                try:
                    page = raw.decode("utf-8")
                except UnicodeDecodeError:
                    page = raw.decode("latin-1")
                text = "\n".join(x for x in html_text.extract_text(page, guess_layout=True).split("\n") if x.strip())
                f.write(json.dumps({"id": path.name, "url": url, "html": page, "text": text, **entry},
                                   ensure_ascii=False) + "\n")
                rows += 1
    return rows


def list_lost(path: Path) -> None:
    """Print, per page, the must-survive snippets ``cleaner.clean`` loses and the rule that removed them."""
    import cleaner

    def norm(s: str) -> str:
        return " ".join(s.split())

    for line in path.open(encoding="utf-8"):
        row = json.loads(line)
        res = cleaner.clean(row["text"])
        kept = norm(res.text)
        for s in row["with"]:
            if norm(s) in kept:
                continue
            why = next((r for r in res.removed if norm(s)[:30] in norm(r.text)), None)
            print(f"{row['id']}: {s[:60]!r} <- {why.rule + ': ' + why.reason[:70] if why else '(not in the dump)'}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=Path("outside.jsonl"), help="JSONL to write")
    ap.add_argument("--cache", type=Path, default=Path(".cache/outside"), help="where the sdist is kept")
    ap.add_argument("--list-lost", action="store_true", help="also print the snippets cleaner.clean loses")
    a = ap.parse_args()
    rows = build(fetch_sdist(a.cache), a.out)
    print(f"wrote {rows} pages to {a.out}")
    if a.list_lost:
        list_lost(a.out)


if __name__ == "__main__":
    main()
