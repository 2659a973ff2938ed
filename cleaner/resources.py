"""Locate shipped data: rule packs and stopword lists.

In an installed wheel the top-level ``rules/`` folder is packaged as ``cleaner/_rules``;
in a source checkout (editable install, tests) it is the repository's ``rules/``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def rules_dir() -> Path:
    here = Path(__file__).resolve().parent
    for cand in (here / "_rules", here.parent / "rules"):
        if (cand / "core").is_dir():
            return cand
    raise FileNotFoundError("cleaner's rule packs are missing (looked for cleaner/_rules and ./rules)")


def default_pack_paths() -> list[Path]:
    """The default packs, in a stable order."""
    return sorted((rules_dir() / "core").glob("*.yaml"))


def site_pack_paths() -> list[Path]:
    d = rules_dir() / "sites"
    return sorted(d.glob("*.yaml")) if d.is_dir() else []


@lru_cache(maxsize=64)
def stopwords(lang: str) -> frozenset[str]:
    """Stopwords of ``lang`` (an ISO 639-1 code); empty when there is no list."""
    path = rules_dir() / "stopwords" / f"{lang}.txt"
    if not path.is_file():
        return frozenset()
    return frozenset(
        w.strip().lower() for w in path.read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")
    )


@lru_cache(maxsize=1)
def stopword_languages() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in (rules_dir() / "stopwords").glob("*.txt")))
