#!/usr/bin/env python
"""Fuzz the CLI with random byte files: every run must end in success or a clean error.

    python scripts/fuzz_cli.py --seconds 30 --seed 1 [--keep DIR] [--subprocess]

Each round writes one random file (pure random bytes, text with flipped / inserted bytes,
BOMs, NULs, lone CRs, random Unicode in UTF-8 or UTF-16, broken JSONL, ...) and runs
``cleaner clean FILE --out OUT`` (sometimes ``--encoding auto``, ``--in-place``, ``check``
or ``fix``). The outcome must be one of:

- success: exit 0 (``check``/``fix``: 0 or 1), no traceback; for ``--out`` and ``--in-place``
  an output exists and no temporary file is left;
- a clean error: exit 3, every stderr line a single ``cleaner: FILE...`` message naming the
  file (JSONL files may have one line per bad row), no traceback, nothing half-written.

Anything else (exception, other exit code, traceback, multi-line message, temp file left)
is a failure: the input is saved under ``--keep`` and the script exits 1. Runs in-process
through typer's CliRunner by default (fast); ``--subprocess`` uses real processes (slow,
also catches crashes of the interpreter). Prints counts at the end (and ``--json``).
"""

from __future__ import annotations

import argparse
import codecs
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

TEXT = (
    "Skip to main content\nHome | News | Sport\n"
    "The city council voted on Wednesday to raise the school budget after a long debate.\n"
    "Several members argued that the money should go to repairing roads and public parks.\n"
    "Share\nRelated Articles\nComments\n© 2024 Example Media. All rights reserved.\n"
)


def _mutate(rnd: random.Random, data: bytes, n: int) -> bytes:
    b = bytearray(data)
    for _ in range(n):
        op = rnd.random()
        pos = rnd.randrange(len(b) + 1)
        if op < 0.4 and b:
            b[min(pos, len(b) - 1)] = rnd.randrange(256)
        elif op < 0.7:
            b[pos:pos] = bytes([rnd.choice([0, 0x0D, 0x0A, 0xFF, 0xFE, 0xC3, 0xE2, 0x80, 0x85, 0x0C, rnd.randrange(256)])])
        elif b:
            del b[min(pos, len(b) - 1)]
    return bytes(b)


def _random_unicode(rnd: random.Random, n: int) -> str:
    out = []
    for _ in range(n):
        r = rnd.random()
        if r < 0.5:
            out.append(chr(rnd.randint(0x20, 0x7E)))
        elif r < 0.6:
            out.append(rnd.choice(["\n", "\r\n", "\r", "\t", "\x0c", "\u2028", "\x85"]))
        elif r < 0.9:
            out.append(chr(rnd.randint(0xA0, 0xFFFF)))
        else:
            out.append(chr(rnd.randint(0x10000, 0x10FFFF)))
    return "".join(c for c in out if len(c) > 1 or not 0xD800 <= ord(c) <= 0xDFFF)


def make_case(rnd: random.Random) -> tuple[str, str, bytes]:
    """(kind, file suffix, contents) of one random input."""
    kind = rnd.choice(["random", "random", "mutated", "mutated", "bom", "utf16", "unicode", "nul", "cr", "jsonl",
                       "jsonl-gz", "empty"])
    if kind == "random":
        return kind, ".txt", rnd.randbytes(rnd.choice([1, 7, 64, 500, 4096, 70_000]))
    if kind == "mutated":
        return kind, ".txt", _mutate(rnd, TEXT.encode() * rnd.randint(1, 5), rnd.randint(1, 30))
    if kind == "bom":
        bom = rnd.choice([codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, b"\xef\xbb"])
        return kind, ".txt", bom + _mutate(rnd, TEXT.encode(), rnd.randint(0, 5))
    if kind == "utf16":
        enc = rnd.choice(["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
        return kind, ".txt", _random_unicode(rnd, rnd.randint(0, 400)).encode(enc, "surrogatepass")
    if kind == "unicode":
        return kind, ".txt", _random_unicode(rnd, rnd.randint(0, 2000)).encode("utf-8", "surrogatepass")
    if kind == "nul":
        data = bytearray(TEXT.encode() * rnd.randint(1, 3))
        data[rnd.randrange(len(data))] = 0
        return kind, ".txt", bytes(data)
    if kind == "cr":
        return kind, ".txt", TEXT.replace("\n", rnd.choice(["\r", "\r\n", "\n\r", "\r\r\n"])).encode()
    if kind in ("jsonl", "jsonl-gz"):
        rows = []
        for i in range(rnd.randint(0, 12)):
            r = rnd.random()
            if r < 0.5:
                rows.append(json.dumps({"id": i, "text": TEXT}).encode())
            elif r < 0.7:
                rows.append(_mutate(rnd, json.dumps({"id": i, "text": TEXT}).encode(), rnd.randint(1, 4)))
            elif r < 0.8:
                rows.append(json.dumps({"id": i, "text": rnd.choice([None, 3, [], {}, ""])}).encode())
            else:
                rows.append(rnd.randbytes(rnd.randint(0, 40)).replace(b"\n", b""))
        data = b"\n".join(rows) + rnd.choice([b"\n", b""])
        if kind == "jsonl-gz":
            import gzip

            data = gzip.compress(data)
            if rnd.random() < 0.3:
                data = data[: rnd.randrange(len(data) + 1)]
            return kind, ".jsonl.gz", data
        return kind, ".jsonl", data
    return kind, ".txt", b"" if rnd.random() < 0.5 else rnd.choice([b" ", b"\n", b"\r", b"\r\n\r\n", b"\t \n"])


class InProcess:
    def __init__(self) -> None:
        from typer.testing import CliRunner

        from cleaner.cli import app

        self.runner, self.app = CliRunner(), app
        import cleaner

        cleaner.default_cleaner()._compile()  # load packs and model before the clock starts

    def __call__(self, args: list[str]) -> tuple[int, str, str]:
        res = self.runner.invoke(self.app, args, catch_exceptions=True)
        if res.exception is not None and not isinstance(res.exception, SystemExit):
            import traceback

            tb = "".join(traceback.format_exception(res.exception))
            return -1, res.stdout, res.stderr + "\nTraceback (in-process):\n" + tb
        return res.exit_code, res.stdout, res.stderr


def in_subprocess(args: list[str]) -> tuple[int, str, str]:
    try:
        r = subprocess.run([sys.executable, "-m", "cleaner", *args], capture_output=True, timeout=120)
    except subprocess.TimeoutExpired:
        return -2, "", "timeout after 120 s"
    return r.returncode, r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")


def check(mode: str, code: int, stderr: str, src: Path, out: Path, work: Path) -> str | None:
    """None if the outcome is acceptable, else why not."""
    if "Traceback" in stderr:
        return "traceback"
    ok_codes = (0, 1, 3) if mode in ("check", "fix") else (0, 3)
    if code not in ok_codes:
        return f"exit code {code}"
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    if code == 3:
        if not lines:
            return "exit 3 without a message"
        for ln in lines:
            if not ln.startswith(f"cleaner: {src}"):
                return f"error line does not name the file: {ln[:200]!r}"
        if len(lines) > 1 and not src.name.endswith((".jsonl", ".jsonl.gz")):
            return f"{len(lines)} error lines for one file"
    elif lines:
        return f"unexpected stderr: {lines[0][:200]!r}"
    if list(work.rglob("*.cleaner-tmp")):
        return "temporary file left behind"
    if mode == "out" and code == 0 and not (out / src.name).exists() and not src.name.endswith(".gz"):
        if not (out.exists() and any(out.iterdir())):
            return "exit 0 but no output written"
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=30.0, help="time budget (default 30)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--max-cases", type=int, default=0, help="stop after this many cases (0: no limit)")
    ap.add_argument("--keep", type=Path, default=None, help="save failing inputs here")
    ap.add_argument("--subprocess", action="store_true", help="run each case in a real process (slow)")
    ap.add_argument("--json", action="store_true", help="print the counts as JSON")
    args = ap.parse_args(argv)

    rnd = random.Random(args.seed)
    runner = in_subprocess if args.subprocess else InProcess()
    counts: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    failures: list[dict] = []
    root = Path(tempfile.mkdtemp(prefix="cleaner-fuzz-"))
    t_end = time.monotonic() + args.seconds
    n = 0
    try:
        while time.monotonic() < t_end and (not args.max_cases or n < args.max_cases):
            kind, suffix, data = make_case(rnd)
            mode = rnd.choice(["out", "out", "out", "stdout", "in-place", "check", "fix"])
            enc = ["--encoding", "auto"] if rnd.random() < 0.25 else []
            work = root / f"case{n:06d}"
            work.mkdir()
            src = work / f"input{suffix}"
            src.write_bytes(data)
            out = work / "out"
            if mode == "out":
                argv_ = ["clean", str(src), "--out", str(out), "-q", "--jobs", "1", *enc]
            elif mode == "stdout":
                argv_ = ["clean", str(src), "-q", "--jobs", "1", *enc]
            elif mode == "in-place":
                argv_ = ["clean", str(src), "--in-place", "-q", "--jobs", "1", *enc]
            else:
                argv_ = [mode, str(src), *enc]
            code, _stdout, stderr = runner(argv_)
            why = check(mode, code, stderr, src, out, work)
            n += 1
            kinds[kind] += 1
            if why is None:
                counts["ok" if code in (0, 1) else "clean_error"] += 1
                if code == 3:
                    first = stderr.strip().splitlines()[0].split(": ", 2)[-1]
                    errors[re.sub(r"(?<![-\w])\d+", "N", first.split(" (")[0].split(";")[0])[:60]] += 1
            else:
                counts["failure"] += 1
                failures.append({"case": n - 1, "kind": kind, "mode": mode, "args": argv_[:1] + argv_[2:],
                                 "why": why, "stderr": stderr[-1500:]})
                if args.keep is not None:
                    args.keep.mkdir(parents=True, exist_ok=True)
                    (args.keep / f"case{n - 1:06d}{suffix}").write_bytes(data)
            shutil.rmtree(work, ignore_errors=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)

    summary = {"seed": args.seed, "seconds": args.seconds, "cases": n, "ok": counts["ok"],
               "clean_errors": counts["clean_error"], "failures": counts["failure"], "kinds": dict(sorted(kinds.items())),
               "error_messages": dict(errors.most_common(12)), "failed": failures[:20]}
    if args.json:
        print(json.dumps(summary, indent=1))
    else:
        print(f"fuzz_cli: seed {args.seed}, {n} cases in {args.seconds:g} s: {counts['ok']} ok, "
              f"{counts['clean_error']} clean errors, {counts['failure']} failures")
        print("  kinds: " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
        for msg, c in errors.most_common(12):
            print(f"  {c:5d}  {msg}")
        for f in failures[:20]:
            print(f"FAIL case {f['case']} ({f['kind']}, {f['mode']}): {f['why']}")
            print("    " + f["stderr"].strip().replace("\n", "\n    ")[-800:])
    return 1 if counts["failure"] else 0


if __name__ == "__main__":
    sys.exit(main())
