"""Batch helpers shared by the CLI and the datatrove steps: per-document metadata, Dolma
span attributes, and an order-preserving parallel map.

Workers rebuild their ``Cleaner`` from its ``Config`` (a ``Cleaner`` pickles its config
only), so ``--jobs N`` gives exactly the results of ``--jobs 1``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from .model import Result, split_lines

T = TypeVar("T")
R = TypeVar("R")


def metadata(result: Result) -> dict[str, Any]:
    """The ``metadata.cleaner`` record of a JSONL row."""
    s = result.summary()
    return {
        "removed_lines": s["lines_removed"],
        "removed_bytes": s["bytes_removed"],
        "categories": s["categories"],
        "rules": s["rules"],
        "flags": [f.to_dict() for f in result.flags],
        "language": result.language,
        "removed": [[r.start, r.end, r.rule, r.category, r.score] for r in result.removed],
    }


def char_spans(result: Result) -> list[tuple[int, int, str, float]]:
    """Removed runs as ``(start_char, end_char, category, score)`` offsets into the original text."""
    offsets = [0]
    for line in split_lines(result.original):
        offsets.append(offsets[-1] + len(line))
    return [(offsets[r.start], offsets[r.end], r.category, r.score) for r in result.removed]


def attributes(result: Result, doc_id: Any) -> dict[str, Any]:
    """A Dolma-style attributes row: ``cleaner__<category>__removed: [[start, end, score], ...]``."""
    attrs: dict[str, list[list[float]]] = {}
    for start, end, cat, score in char_spans(result):
        attrs.setdefault(f"cleaner__{cat}__removed", []).append([start, end, score])
    return {"id": doc_id, "attributes": attrs}


def apply_spans(text: str, spans: Iterable[Iterable[float]]) -> str:
    """Remove ``[start, end)`` character spans (Dolma attribute values) from ``text``."""
    out, pos = [], 0
    for start, end, *_ in sorted((int(s[0]), int(s[1]), *list(s)[2:]) for s in spans):
        if start > pos:
            out.append(text[pos:start])
        pos = max(pos, end)
    out.append(text[pos:])
    return "".join(out)


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - non-Linux
        return max(1, os.cpu_count() or 1)


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the parent, which stops the pool and reports once; SIGTERM
    (how the parent stops the pool) ends a worker quietly."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _run_chunk(args: tuple[Callable[[Any], Any], list[Any]]) -> list[Any]:
    func, chunk = args
    return [func(x) for x in chunk]


def ordered_map(func: Callable[[T], R], items: Iterable[T], jobs: int, chunksize: int = 16) -> Iterator[R]:
    """``map(func, items)`` over ``jobs`` processes, in input order, with bounded memory.

    At most ``4 * jobs`` chunks are in flight, so a stream of any length is never read
    ahead more than that (``Pool.imap`` would read the whole input into its task queue).
    """
    if jobs <= 1:
        yield from map(func, items)
        return
    import multiprocessing as mp
    from collections import deque
    from itertools import islice

    ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
    it = iter(items)
    with ctx.Pool(jobs, initializer=_ignore_sigint) as pool:
        pending: deque = deque()
        exhausted = False
        while True:
            while not exhausted and len(pending) < 4 * jobs:
                chunk = list(islice(it, chunksize))
                if not chunk:
                    exhausted = True
                    break
                pending.append(pool.apply_async(_run_chunk, ((func, chunk),)))
            if not pending:
                break
            yield from pending.popleft().get()
