"""Boilerplate repeated across documents (CCNet-style): count short lines per site, remove the common ones.

Single-page heuristics miss short lines that only look like boilerplate when many pages
of a site share them: footers, disclaimers, "Read more" blurbs, a bare "Advertisement".
This module finds them in two passes over a batch:

1. **Count.** ``LineCounts.add_document(group, text)`` hashes every short line of a
   document and counts, per group, in how many distinct documents each line occurs (a
   line counts once per document however often it repeats). A *group* is the site host of
   the document URL (``www.`` dropped) or, for files, the parent folder; see ``group_for``.
2. **Remove.** ``apply(result, counts)`` removes from a cleaned ``Result`` the lines whose
   count passes the thresholds, as category ``repeated-across-docs``, rule
   ``crossdoc.repeated``, stage ``crossdoc``, with the count as evidence in the reason
   ("appears in 57 of 60 documents of example.com").

Lines are compared by ``cleaner.text.normalize`` (case-folded, punctuation-free); lines
with no word characters (``* * *``) and lines of more than ``max_words`` tokens
(``cleaner.text.tokens``, so CJK characters count one each) are never counted or removed:
short lines are the target, and a long quote shared by two articles is prose.

Thresholds (keyword arguments of ``apply``), chosen to be conservative:

- ``min_docs=3``: the line occurs in at least 3 documents of the group (so a quote shared
  by two articles survives, and groups of one or two documents are never touched);
- ``min_share=0.1``: and in at least 10% of the group's documents (on a large site a line
  repeated on a handful of pages is more likely content than template);
- ``max_words=25``: only lines of at most 25 tokens. Lines longer than the cap the counts
  were made with (``LineCounts(max_words=...)``, default 25) have no count and stay;
- ``max_fraction=0.5``: if the repeated lines make up more than half of the characters of
  the document's remaining text, nothing is removed and ``stages["crossdoc"]["guard"]``
  says so. All or nothing, so that applying twice gives the same text as applying once.

Blank lines. The cleaner's own rule (``decide._blanks``) drops every blank line next to a
removed line, which can glue two paragraphs together. Here the text between two kept
non-blank lines keeps exactly one of its gaps of blank lines, the first one, when a line in
it is removed; so ``Para1 / blank / Advertisement / blank / Para2`` becomes ``Para1 / blank
/ Para2`` and a paragraph break is neither lost nor doubled. Before the first and after the
last kept line, the blank lines of a stretch with a removal all go. Removed blank lines are
reported with the repeated line next to them (the one before, else the one after), in the
same ``Removal`` run. Line numbers refer to the original text, so
``cleaner.replay(result.original, new.removed) == new.text``.

Memory and determinism. Counts live in one ``dict[int, int]`` keyed by an 8-byte blake2b
digest of ``group \\0 normalised line`` (no strings, no Python ``hash()``, so results do
not depend on ``PYTHONHASHSEED``), plus the number of documents per group. Memory is
proportional to the number of distinct short lines (about 100 bytes each in CPython);
the file written by ``save`` takes 12 bytes per line. A 64-bit collision merges two
lines' counts (odds about n^2/2^65 for n distinct lines: negligible below 10^8).

Files. ``save(path)`` writes one JSON header line (format, version, hash, ``max_words``,
number of entries, documents per group) followed by the sorted little-endian ``uint64``
keys and the matching ``uint32`` counts; equal counts give equal bytes. ``merge(other)``
adds counts, so a distributed first pass can write one file per task and the second pass
merges them (all files must share ``max_words``). ``prune(min_docs)`` drops lines below a
count after merging, to shrink the file handed to the second pass (never prune a shard
before merging: a line seen once in each of three shards is seen three times).

Caveats. Exact duplicate documents (the same page under two URLs) count twice and can
push their short lines over the thresholds: deduplicate documents before the first pass.
Templated headings shared by most pages of a site ("Ingredients", "Directions") are
removed too, as in CCNet; raise ``min_share`` or ``min_docs`` if that matters.

How the CLI should call it (suggested options ``--line-counts FILE`` and
``--repeat-min-docs N``, plus ``--repeat-min-share X`` and ``--repeat-max-words N``)::

    from cleaner import crossdoc

    # pass 1 -- over the same inputs (files or JSONL records), original text, no cleaning needed
    counts = crossdoc.LineCounts(max_words=args.repeat_max_words)
    for doc in inputs:
        counts.add_document(crossdoc.group_for(doc.path, doc.url), doc.text)
    # or: counts = crossdoc.count_stream((crossdoc.group_for(d.path, d.url), d.text) for d in inputs)
    if args.line_counts_out:              # distributed first pass: one file per task
        counts.save(args.line_counts_out)

    # or load counts made elsewhere: --line-counts may be given once per shard
    counts = crossdoc.LineCounts.load(paths[0])
    for p in paths[1:]:
        counts.merge(crossdoc.LineCounts.load(p))

    # pass 2 -- clean each document as usual, then remove what recurs across documents
    for doc in inputs:
        result = cleaner.clean(doc.text, path=doc.path, url=doc.url)
        result = crossdoc.apply(result, counts, min_docs=args.repeat_min_docs,
                                min_share=args.repeat_min_share, max_words=args.repeat_max_words)
        write(result)

Inputs read from stdin cannot be read twice: the CLI should then require ``--line-counts``
(counts made beforehand) or buffer the stream to a temporary file.
"""

from __future__ import annotations

import array
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import urlsplit

from .model import Removal, Result, split_lines
from .text import normalize, tokens

__all__ = ["DEFAULT_MAX_WORDS", "LineCounts", "apply", "count_stream", "group_for"]

RULE = "crossdoc.repeated"
CATEGORY = "repeated-across-docs"
STAGE = "crossdoc"
DEFAULT_MIN_DOCS = 3
DEFAULT_MIN_SHARE = 0.1
DEFAULT_MAX_WORDS = 25
DEFAULT_MAX_FRACTION = 0.5

_FORMAT = "cleaner-linecounts"
_VERSION = 1
_HASH = "blake2b-64"
_MAX_COUNT = 2**32 - 1
_HOST = re.compile(r"[\w-]+(?:\.[\w-]+)*")


def _line_key(line: str, max_words: int) -> str | None:
    """The normalised form a line is counted under, or None if it is not counted."""
    s = line.strip()
    if not s:
        return None
    key = normalize(s)
    if not key or len(tokens(s)) > max_words:
        return None
    return key


def _digest(group: str, key: str) -> int:
    data = group.encode("utf-8", "surrogatepass") + b"\0" + key.encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little")


def group_for(path: str | None = None, url: str | None = None) -> str:
    """The group a document is counted in: the URL host (lower case, without ``www.``),
    else the parent folder of ``path`` (POSIX form), else ``""``."""
    if url:
        try:
            host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
        except ValueError:
            host = ""
        if _HOST.fullmatch(host):
            return host.lower().removeprefix("www.")
    if path:
        return PurePath(path).parent.as_posix()
    return ""


class LineCounts:
    """Per group: the number of documents, and for each short line the number of documents containing it.

    ``counts`` maps the 64-bit digest of ``(group, normalised line)`` to a document count;
    ``group_docs`` maps a group to its number of documents.
    """

    __slots__ = ("counts", "group_docs", "max_words")

    def __init__(self, max_words: int = DEFAULT_MAX_WORDS) -> None:
        if not 0 < max_words < 2**16:
            raise ValueError(f"max_words must be in 1..65535, got {max_words}")
        self.max_words = max_words
        self.counts: dict[int, int] = {}
        self.group_docs: dict[str, int] = {}

    # -- pass 1 -----------------------------------------------------------------
    def add_document(self, group: str, text: str) -> None:
        """Count one document: each distinct short line of ``text`` once."""
        keys = {_digest(group, k) for ln in split_lines(text) if (k := _line_key(ln, self.max_words))}
        counts = self.counts
        for h in keys:
            counts[h] = counts.get(h, 0) + 1
        self.group_docs[group] = self.group_docs.get(group, 0) + 1

    def add_documents(self, pairs: Iterable[tuple[str, str]]) -> LineCounts:
        """Count a stream of ``(group, text)`` pairs; returns ``self``."""
        for group, text in pairs:
            self.add_document(group, text)
        return self

    # -- queries ----------------------------------------------------------------
    def count(self, group: str, line: str) -> int:
        """In how many documents of ``group`` the line (compared normalised) occurs."""
        key = _line_key(line, self.max_words)
        return self.counts.get(_digest(group, key), 0) if key else 0

    def docs(self, group: str) -> int:
        """Number of documents counted for ``group``."""
        return self.group_docs.get(group, 0)

    def __len__(self) -> int:
        return len(self.counts)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LineCounts):
            return NotImplemented
        return (self.max_words, self.group_docs, self.counts) == (other.max_words, other.group_docs, other.counts)

    def __repr__(self) -> str:
        return f"LineCounts(groups={len(self.group_docs)}, lines={len(self.counts)}, max_words={self.max_words})"

    # -- shards -----------------------------------------------------------------
    def merge(self, other: LineCounts) -> LineCounts:
        """Add the counts of ``other`` (e.g. another shard's first pass) to ``self``; returns ``self``."""
        if other.max_words != self.max_words:
            raise ValueError(f"cannot merge counts made with max_words={other.max_words} into max_words={self.max_words}")
        counts = self.counts
        for h, c in other.counts.items():
            counts[h] = counts.get(h, 0) + c
        for g, n in other.group_docs.items():
            self.group_docs[g] = self.group_docs.get(g, 0) + n
        return self

    def prune(self, min_docs: int = 2) -> LineCounts:
        """Drop lines counted in fewer than ``min_docs`` documents (after merging all shards); returns ``self``."""
        self.counts = {h: c for h, c in self.counts.items() if c >= min_docs}
        return self

    # -- files ------------------------------------------------------------------
    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the counts to ``path`` (atomically: a temporary file is renamed into place)."""
        items = sorted(self.counts.items())
        keys = array.array("Q", (h for h, _ in items))
        vals = array.array("I", (min(c, _MAX_COUNT) for _, c in items))
        if sys.byteorder == "big":
            keys.byteswap()
            vals.byteswap()
        header = {
            "format": _FORMAT,
            "version": _VERSION,
            "hash": _HASH,
            "max_words": self.max_words,
            "entries": len(items),
            "groups": dict(sorted(self.group_docs.items())),
        }
        path = Path(path)
        tmp = path.with_name(path.name + ".tmp")
        with open(tmp, "wb") as f:
            f.write(json.dumps(header, ensure_ascii=True, separators=(",", ":")).encode("ascii") + b"\n")
            keys.tofile(f)
            vals.tofile(f)
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> LineCounts:
        """Read counts written by ``save``; raises ``ValueError`` for another or a truncated file."""
        with open(path, "rb") as f:
            line = f.readline()
            try:
                header: dict[str, Any] = json.loads(line)
            except ValueError:
                header = {}
            if not isinstance(header, dict) or header.get("format") != _FORMAT:
                raise ValueError(f"{path}: not a {_FORMAT} file")
            if header.get("version") != _VERSION or header.get("hash") != _HASH:
                raise ValueError(f"{path}: unsupported version {header.get('version')} / hash {header.get('hash')}")
            n = int(header["entries"])
            keys = array.array("Q")
            vals = array.array("I")
            kb, vb = f.read(8 * n), f.read(4 * n)
            if len(kb) != 8 * n or len(vb) != 4 * n or f.read(1):
                raise ValueError(f"{path}: expected {n} entries, file size does not match")
        keys.frombytes(kb)
        vals.frombytes(vb)
        if sys.byteorder == "big":
            keys.byteswap()
            vals.byteswap()
        out = cls(int(header["max_words"]))
        out.counts = dict(zip(keys, vals))
        out.group_docs = {str(g): int(c) for g, c in header["groups"].items()}
        return out


def count_stream(pairs: Iterable[tuple[str, str]], counts: LineCounts | None = None, *,
                 max_words: int = DEFAULT_MAX_WORDS) -> LineCounts:
    """First pass over a stream of ``(group, text)`` pairs, into ``counts`` or a new ``LineCounts``."""
    return (counts if counts is not None else LineCounts(max_words)).add_documents(pairs)


def apply(result: Result, counts: LineCounts, group: str | None = None, *,
          min_docs: int = DEFAULT_MIN_DOCS, min_share: float = DEFAULT_MIN_SHARE,
          max_words: int = DEFAULT_MAX_WORDS, max_fraction: float = DEFAULT_MAX_FRACTION) -> Result:
    """Second pass: remove from ``result.text`` the short lines repeated across the group's documents.

    ``group`` defaults to ``group_for(result.path, result.url)``. A line goes when it has at
    most ``max_words`` tokens and occurs in at least ``min_docs`` documents of the group and
    in at least ``min_share`` of them, unless such lines make up more than ``max_fraction``
    of the remaining text's characters (then nothing goes). Returns a new ``Result`` whose
    ``removed`` holds the original removals and the new ones, in order of line number, with
    line numbers of the original text. Raises ``ValueError`` if ``result.text`` is not the
    replay of ``result.removed``.
    """
    if group is None:
        group = group_for(result.path, result.url)
    lines = split_lines(result.original)
    gone = [False] * len(lines)
    for r in result.removed:
        for i in range(max(r.start, 0), min(r.end, len(lines))):
            gone[i] = True
    kept = [i for i, g in enumerate(gone) if not g]  # position in result.text -> original line
    if "".join(lines[i] for i in kept) != result.text:
        raise ValueError("result.text is not the original with result.removed applied")
    ndocs = counts.docs(group)
    info: dict[str, Any] = {"group": group, "docs": ndocs}
    if ndocs < min_docs or not kept:
        return _copy(result)

    cap = min(max_words, counts.max_words)
    blank = [not lines[i].strip() for i in kept]
    hits: dict[int, int] = {}  # position -> count
    for pos, i in enumerate(kept):
        key = None if blank[pos] else _line_key(lines[i], cap)
        if key is None:
            continue
        c = counts.counts.get(_digest(group, key), 0)
        if c >= min_docs and c / ndocs >= min_share:
            hits[pos] = c
    if not hits:
        return _copy(result)

    total = sum(len(lines[i].strip()) for i in kept)
    repeated = sum(len(lines[kept[p]].strip()) for p in hits)
    if repeated > max_fraction * total:
        info["guard"] = (f"kept {len(hits)} repeated lines: they are {repeated / total:.0%} of the text "
                         f"(limit {max_fraction:.0%})")
        return _copy(result, stages={**result.stages, STAGE: info})

    # labels of removed positions: (score, reason)
    label: dict[int, tuple[float, str]] = {}
    for p, c in hits.items():
        share = min(c / ndocs, 1.0)
        label[p] = (round(0.5 + 0.5 * share, 3), f"appears in {c} of {ndocs} documents of {group or '(no group)'}")
    _blank_lines(blank, hits, label)

    new: list[Removal] = []
    for p in sorted(label):
        i = kept[p]
        score, reason = label[p]
        last = new[-1] if new else None
        if last is not None and last.end == i and last.reason == reason and last.score == score:
            new[-1] = replace(last, end=i + 1, text=last.text + lines[i])
        else:
            new.append(Removal(i, i + 1, lines[i], RULE, CATEGORY, score, reason, STAGE))
    text = "".join(lines[i] for p, i in enumerate(kept) if p not in label)
    info["lines"] = len(hits)
    removed = sorted([*result.removed, *new], key=lambda r: (r.start, r.end))
    return _copy(result, text=text, removed=removed, stages={**result.stages, STAGE: info})


def _copy(result: Result, **changes: Any) -> Result:
    """A new ``Result`` that shares no list or dict with ``result``."""
    changes.setdefault("removed", list(result.removed))
    changes.setdefault("stages", dict(result.stages))
    return replace(result, flags=list(result.flags), packs=list(result.packs), **changes)


def _blank_lines(blank: list[bool], hits: dict[int, int], label: dict[int, tuple[float, str]]) -> None:
    """Add to ``label`` the blank lines that go with the removed lines (see the module docstring)."""
    n = len(blank)
    anchors = [p for p in range(n) if not blank[p] and p not in hits]  # kept non-blank lines
    bounds = [-1, *anchors, n]
    for a, b in zip(bounds, bounds[1:]):
        seg = range(a + 1, b)
        if not any(p in hits for p in seg):
            continue
        edge = a == -1 or b == n
        gaps: list[list[int]] = []
        prev_blank = False
        for p in seg:
            if blank[p]:
                if not prev_blank:
                    gaps.append([])
                gaps[-1].append(p)
            prev_blank = blank[p]
        drop = [p for g in (gaps if edge else gaps[1:]) for p in g]
        for p in drop:
            src = next((q for q in range(p - 1, a, -1) if q in hits), None)
            if src is None:
                src = next(q for q in range(p + 1, b) if q in hits)
            label[p] = label[src]
