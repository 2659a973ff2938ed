"""Record or compare every output of ``cleaner.clean`` / ``cleaner.clean_html`` on a fixed corpus.

Performance work must not change a single output. This script runs the cleaner over every
row of the dev set (``text`` without and with its ``url``, ``html`` with its ``url``) and over
every file in ``seeds/`` and ``fixtures/`` (as text, as text with CRLF line ends, and as HTML),
and writes one JSON line per call: the clean text plus ``Result.to_dict()`` (removals with
rule, category, score and reason, flags, language, stages).

    python scripts/check_identical.py --write baseline.jsonl     # before changing anything
    python scripts/check_identical.py --compare baseline.jsonl   # after every change
    python scripts/check_identical.py --compare baseline.jsonl --reverse  # order independence

``--reverse`` processes the documents in the opposite order (cross-document caches must not
make a result depend on what was cleaned before); comparison is by key, not by position.
``--no-html`` skips HTML mode (which is dominated by trafilatura) for a quick check.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = Path("/work/shared/eval/aeb-dev.jsonl.gz")


def cases(html: bool) -> Iterator[tuple[str, Callable[[], object]]]:
    """(key, thunk) pairs: each thunk returns one ``Result``."""
    import cleaner

    if DEV.is_file():
        with gzip.open(DEV, "rt", encoding="utf-8") as f:
            rows = [json.loads(line) for line in f]
        for k, row in enumerate(rows):
            text, url, page = row.get("text") or "", row.get("url"), row.get("html") or ""
            yield f"dev{k}:text", lambda t=text: cleaner.clean(t)
            yield f"dev{k}:text+url", lambda t=text, u=url: cleaner.clean(t, url=u)
            if html:
                yield f"dev{k}:html", lambda h=page, u=url: cleaner.clean_html(h, url=u)
    for folder in ("seeds", "fixtures"):
        for path in sorted((ROOT / folder).rglob("*")):
            if not path.is_file():
                continue
            rel = str(path.relative_to(ROOT))
            body = path.read_text(encoding="utf-8", errors="replace")
            yield f"{rel}:text", lambda t=body, p=rel: cleaner.clean(t, path=p)
            crlf = body.replace("\n", "\r\n")
            yield f"{rel}:crlf", lambda t=crlf: cleaner.clean(t)
            if html:
                yield f"{rel}:html", lambda t=body: cleaner.clean_html(t)


USER_PACK = """\
pack: user-check
rules:
  - id: user.promo
    category: ads
    description: a user's pattern rule with triggers (runs with a timeout)
    pattern: '.*\\b(?:promo|coupon|discount) code\\b.*'
    triggers: [promo, coupon, discount]
    max_words: 40
    examples: {match: ["Use promo code SAVE10 today"]}
  - id: user.home
    category: navigation
    description: a user's plain pattern rule (runs with a timeout)
    pattern: '[\\W_]*(?:home|menu|search)(?:\\s*[|/>»·]\\s*\\w+){0,8}[\\W_]*'
    max_words: 12
    examples: {match: ["Home | News | Sport"]}
  - id: user.more
    category: related
    description: a user's cue rule
    cues: ["more stories", "read more"]
    match: prefix
    examples: {match: ["Read more: the full story"]}
"""


def config_cases() -> Iterator[tuple[str, Callable[[], object]]]:
    """The text of every dev row under configurations that change the rule set."""
    import tempfile

    import cleaner

    if not DEV.is_file():
        return
    pack = Path(tempfile.mkdtemp()) / "user.yaml"
    pack.write_text(USER_PACK, encoding="utf-8")
    configs = {
        "disabled+min_score": cleaner.Config().update(disabled={"newsletter.*", "meta.date"}, min_score=0.5),
        "user-pack": cleaner.Config().update(packs=[str(pack)]),
        "passes1+lang": cleaner.Config().update(max_passes=1, language="en"),
    }
    with gzip.open(DEV, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    texts = [row.get("text") or "" for row in rows]
    for name, cfg in configs.items():
        for k, text in enumerate(texts):
            yield f"dev{k}:{name}", lambda t=text, c=cfg: cleaner.clean(t, config=c)


def record(result) -> dict:
    """Everything observable about one result."""
    d = result.to_dict()
    d["text"] = result.text
    d["original_len"] = len(result.original)
    return d


def run(html: bool, reverse: bool) -> dict[str, str]:
    todo = [*cases(html), *config_cases()]
    if reverse:
        todo.reverse()
    return {key: json.dumps(record(thunk()), sort_keys=True, ensure_ascii=False) for key, thunk in todo}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, help="record outputs to this JSONL file")
    group.add_argument("--compare", type=Path, help="compare outputs with this JSONL file")
    ap.add_argument("--reverse", action="store_true", help="process documents in reverse order")
    ap.add_argument("--no-html", action="store_true", help="skip HTML mode")
    args = ap.parse_args(argv)
    got = run(not args.no_html, args.reverse)
    if args.write:
        with open(args.write, "w", encoding="utf-8") as f:
            for key in sorted(got):
                f.write(json.dumps({"key": key, "out": got[key]}, ensure_ascii=False) + "\n")
        print(f"wrote {len(got)} outputs to {args.write}")
        return 0
    with open(args.compare, encoding="utf-8") as f:
        want = {row["key"]: row["out"] for row in map(json.loads, f)}
    bad = [k for k in got if want.get(k) != got[k]]
    missing = [k for k in want if k not in got and (not args.no_html or not k.endswith(":html"))]
    for k in bad[:20]:
        print(f"DIFFERS: {k}", file=sys.stderr)
    for k in missing[:20]:
        print(f"MISSING: {k}", file=sys.stderr)
    print(f"compared {len(got)} outputs: {len(bad)} differ, {len(missing)} missing")
    return 1 if bad or missing else 0


if __name__ == "__main__":
    sys.exit(main())
