#!/usr/bin/env python3
"""Benchmark cleaner (throughput against jusText and trafilatura, growth with document size,
streaming memory, ``--jobs`` scaling, start-up): a thin wrapper over ``cleaner.bench``.

    .venv/bin/python benchmarks/bench.py                 # full run on the dev set (~40 min on 2 cores)
    .venv/bin/python benchmarks/bench.py --quick         # seconds, for CI
    .venv/bin/python benchmarks/bench.py --only text,html --json out.json

Same options as ``cleaner bench``; see ``benchmarks/README.md`` or ``--help``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout without installing

from cleaner.bench import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], prog="benchmarks/bench.py"))
