"""Time ``CleanerStep`` on datatrove's ``LocalPipelineExecutor`` with 1 and 2 workers.

    .venv/bin/python scripts/bench_datatrove.py                  # 4,000 docs, 8 tasks, workers 1 and 2
    .venv/bin/python scripts/bench_datatrove.py --docs 20000 --tasks 16 --workers 1,2,4 --repeat 3

The corpus is built from the dev set (``../shared/eval/aeb-dev.jsonl.gz`` beside the
repository, or ``--dataset``: rows with ``text`` and ``url``), else from ``seeds/*.txt``:
each document is a random contiguous slice (at least 80% of the lines) of a page, so no two
documents are identical. It is written as ``--tasks`` JSONL shards (one per task) and
cleaned by ``JsonlReader -> CleanerStep -> JsonlWriter``. The time is the wall time of
``executor.run()``, process start-up and output included; docs/s is documents over that time,
and the speedup is relative to the first worker count. "cores" is CPU time over wall time: on a
busy machine it stays below the worker count, and so does the speedup. Each configuration runs ``--repeat``
times on a fresh logging folder (otherwise datatrove skips completed tasks); the best run counts.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATASET = REPO.parent / "shared" / "eval" / "aeb-dev.jsonl.gz"


def load_pages(dataset: Path | None) -> tuple[list[dict[str, Any]], str]:
    """Pages ``{"text", "url"}`` from the dev set if present, else from the seeds."""
    if dataset is not None and dataset.is_file():
        opener = gzip.open if dataset.suffix == ".gz" else open
        pages = []
        with opener(dataset, "rt", encoding="utf-8") as f:
            for raw in f:
                row = json.loads(raw) if raw.strip() else None
                if isinstance(row, dict) and isinstance(row.get("text"), str) and row["text"].strip():
                    pages.append({"text": row["text"], "url": row.get("url")})
        if pages:
            return pages, str(dataset)
    seeds = sorted((REPO / "seeds").glob("*.txt"))
    pages = [{"text": p.read_text(encoding="utf-8"), "url": f"https://news.example.net/{p.stem}"} for p in seeds]
    if not pages:
        raise SystemExit("no dev set and no seeds/*.txt to build a corpus from")
    return pages, "seeds/*.txt"


def write_corpus(pages: list[dict[str, Any]], n_docs: int, n_shards: int, folder: Path, seed: int = 0) -> int:
    """``n_docs`` documents as ``n_shards`` JSONL files; returns the total size in bytes of the texts."""
    rng = random.Random(seed)
    folder.mkdir(parents=True)
    files = [open(folder / f"shard-{k:03d}.jsonl", "w", encoding="utf-8") for k in range(n_shards)]  # noqa: SIM115
    nbytes = 0
    try:
        for i in range(n_docs):
            page = pages[i % len(pages)]
            lines = page["text"].splitlines(keepends=True)
            k = max(1, (len(lines) * 4 + 4) // 5)
            start = rng.randrange(0, len(lines) - k + 1)
            text = "".join(lines[start:start + rng.randint(k, len(lines) - start)])
            nbytes += len(text.encode("utf-8"))
            row = {"id": f"doc-{i:06d}", "text": text, "url": page["url"]}
            files[i % n_shards].write(json.dumps(row, ensure_ascii=False) + "\n")
    finally:
        for f in files:
            f.close()
    return nbytes


def cpu_seconds() -> float:
    """User + system CPU time of this process and of its reaped children (the executor's workers)."""
    import resource

    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def run_once(shards: Path, out: Path, logs: Path, tasks: int, workers: int, start_method: str) -> tuple[float, float]:
    """Wall and CPU seconds of one ``executor.run()``."""
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from cleaner.integrations.datatrove import CleanerStep

    pipeline = [JsonlReader(str(shards)), CleanerStep(), JsonlWriter(str(out))]
    executor = LocalPipelineExecutor(pipeline, tasks=tasks, workers=workers, logging_dir=str(logs),
                                     start_method=start_method)
    c0, t0 = cpu_seconds(), time.perf_counter()
    executor.run()
    return time.perf_counter() - t0, cpu_seconds() - c0


class quiet_stderr:
    """Send file descriptor 2 (datatrove's task logs, also in worker processes) to a file."""

    def __init__(self, path: Path, enabled: bool) -> None:
        self.path, self.enabled, self.saved = path, enabled, -1

    def __enter__(self) -> quiet_stderr:
        if self.enabled:
            sys.stderr.flush()
            self.saved = os.dup(2)
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
            os.dup2(fd, 2)
            os.close(fd)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.saved >= 0:
            sys.stderr.flush()
            os.dup2(self.saved, 2)
            os.close(self.saved)
            self.saved = -1


def load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:  # pragma: no cover - not on Linux
        return "n/a"


def count_rows(out: Path) -> int:
    n = 0
    for p in out.glob("*.jsonl.gz"):
        with gzip.open(p, "rt", encoding="utf-8") as f:
            n += sum(1 for line in f if line.strip())
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=4000, help="documents in the corpus (default 4000)")
    ap.add_argument("--tasks", type=int, default=8, help="datatrove tasks = JSONL shards (default 8)")
    ap.add_argument("--workers", default="1,2", help="worker counts to time, comma-separated (default 1,2)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per worker count; the best counts (default 1)")
    ap.add_argument("--dataset", type=Path, default=DEFAULT_DATASET, help="JSONL[.gz] with text/url rows")
    ap.add_argument("--start-method", default="fork", choices=("fork", "forkserver", "spawn"),
                    help="worker start method (default fork: the workers' CPU time is then measured too; "
                         "datatrove's own default is forkserver)")
    ap.add_argument("--keep", type=Path, default=None, help="keep the corpus, outputs and logs in this folder")
    ap.add_argument("--verbose", action="store_true", help="show datatrove's logs (else they go to a file)")
    args = ap.parse_args(argv)
    workers = [int(w) for w in args.workers.split(",") if w.strip()]

    tmp = Path(tempfile.mkdtemp(prefix="bench-datatrove-")) if args.keep is None else args.keep
    try:
        pages, source = load_pages(args.dataset)
        nbytes = write_corpus(pages, args.docs, args.tasks, tmp / "shards")
        print(f"corpus: {args.docs:,} docs ({nbytes / 1e6:.1f} MB of text) from {source} ({len(pages)} pages), "
              f"{args.tasks} tasks; {os.cpu_count()} CPUs; python {sys.version.split()[0]}; load average {load()}")
        import cleaner

        # compile the rule packs once here: workers=1 runs in this process and forked workers inherit
        # the compiled cleaner, so every configuration starts warm
        cleaner.default_cleaner().clean("Warm-up.\n")
        results: list[tuple[int, float]] = []
        for w in workers:
            best, best_cpu = float("inf"), 0.0
            for r in range(args.repeat):
                run_dir = tmp / f"w{w}-r{r}"
                with quiet_stderr(tmp / "datatrove.log", not args.verbose):
                    seconds, cpu = run_once(tmp / "shards", run_dir / "out", run_dir / "logs", args.tasks, w,
                                            args.start_method)
                got = count_rows(run_dir / "out")
                if got != args.docs:
                    print(f"warning: {got} documents written, expected {args.docs}", file=sys.stderr)
                if seconds < best:
                    best, best_cpu = seconds, cpu
                if args.keep is None:
                    shutil.rmtree(run_dir, ignore_errors=True)
            results.append((w, best))
            # cpu/wall: how many cores the run actually got (below `workers` when the machine is busy)
            cpu_note = f"cpu {best_cpu:.1f} s = {best_cpu / best:.2f} cores" if args.start_method == "fork" else ""
            print(f"workers={w}: {best:7.2f} s  {args.docs / best:8.1f} docs/s  {nbytes / 1e6 / best:6.2f} MB/s  "
                  f"{cpu_note}  (load average {load()})", flush=True)
        base = results[0][1]
        for w, s in results[1:]:
            print(f"speedup workers={w} vs workers={results[0][0]}: {base / s:.2f}x")
    finally:
        if args.keep is None:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
