"""Result types of a cleaning run: removals, document flags, and the report replay.

A ``Result`` is what ``cleaner.clean`` returns. It holds the original text, the
clean text, one ``Removal`` per removed run of lines and the document ``Flag``s.
``replay(original, removals)`` re-applies a report to the original and yields
exactly ``Result.text``: the report is a complete, checkable account of the edit.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Removal:
    """A run of removed lines ``[start, end)`` (0-based line numbers in the original)."""

    start: int
    end: int
    text: str
    rule: str
    category: str
    score: float
    reason: str
    stage: str = "text"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Flag:
    """A document-level verdict (e.g. ``spun``); ``evidence`` says what triggered it."""

    kind: str
    score: float
    evidence: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "score": self.score, "evidence": self.evidence}


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def split_lines(text: str) -> list[str]:
    """Split keeping line terminators (``\\n``, ``\\r\\n``, lone ``\\r``) so joins are lossless.

    Only CR and LF end lines (unlike ``str.splitlines``, which also breaks at form feeds,
    ``\\x85`` and U+2028/2029), so line numbers match what editors and ``wc -l`` show.
    """
    return _LINE.findall(text) if text else []


def _strip_eol(line: str) -> str:
    return line.rstrip("\r\n")


def replay(original: str, removals: Iterable[Removal | Mapping[str, Any]]) -> str:
    """Apply a report's removals to ``original`` and return the clean text.

    Removals may be ``Removal`` objects or their ``to_dict()`` form (as read back
    from a JSONL report). Raises ``ValueError`` if a removal does not match the
    original (wrong line range or text), so a stale report cannot be replayed.
    """
    lines = split_lines(original)
    drop = [False] * len(lines)
    for r in removals:
        start, end, text = (r.start, r.end, r.text) if isinstance(r, Removal) else (r["start"], r["end"], r["text"])
        if not (0 <= start < end <= len(lines)):
            raise ValueError(f"removal [{start}, {end}) outside the document ({len(lines)} lines)")
        if "".join(lines[start:end]) != text:
            raise ValueError(f"removal [{start}, {end}) does not match the original text")
        for i in range(start, end):
            drop[i] = True
    return "".join(line for line, d in zip(lines, drop) if not d)


@dataclass(slots=True)
class Result:
    """The outcome of cleaning one document."""

    original: str
    text: str
    removed: list[Removal] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    language: str | None = None
    path: str | None = None
    url: str | None = None
    packs: list[str] = field(default_factory=list)
    stages: dict[str, Any] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return bool(self.removed)

    @property
    def removed_lines(self) -> int:
        return sum(r.end - r.start for r in self.removed)

    def diff(self, context: int = 1) -> str:
        """Unified diff original -> clean text."""
        name = self.path or "document"
        return "".join(
            difflib.unified_diff(
                split_lines(self.original) if self.original.endswith(("\n", "\r")) or not self.original
                else split_lines(self.original + "\n"),
                split_lines(self.text) if self.text.endswith(("\n", "\r")) or not self.text
                else split_lines(self.text + "\n"),
                fromfile=f"a/{name}",
                tofile=f"b/{name}",
                n=context,
            )
        )

    def summary(self) -> dict[str, Any]:
        cats: dict[str, int] = {}
        rules: dict[str, int] = {}
        for r in self.removed:
            n = r.end - r.start
            cats[r.category] = cats.get(r.category, 0) + n
            rules[r.rule] = rules.get(r.rule, 0) + n
        return {
            "lines_removed": self.removed_lines,
            "bytes_removed": len(self.original.encode("utf-8", "surrogatepass")) - len(self.text.encode("utf-8", "surrogatepass")),
            "categories": dict(sorted(cats.items())),
            "rules": dict(sorted(rules.items())),
            "flags": [f.kind for f in self.flags],
        }

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "path": self.path,
            "url": self.url,
            "language": self.language,
            "removed": [r.to_dict() for r in self.removed],
            "flags": [f.to_dict() for f in self.flags],
            "summary": self.summary(),
        }
        if self.packs:
            d["packs"] = list(self.packs)
        if self.stages:
            d["stages"] = self.stages
        return d
