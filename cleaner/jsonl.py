"""Streaming JSONL corpora: read rows one at a time (plain or gzip), write rows atomically.

``iter_rows`` yields ``(line_number, row_or_error)``: a broken line, a row without the
text field or with a non-string text gives an ``InputError`` naming the file and line,
and reading goes on. Memory stays constant whatever the file size.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .fileio import InputError

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json.gz")


def is_jsonl(path: str | Path) -> bool:
    return str(path).lower().endswith(JSONL_SUFFIXES)


def _open_read(path: str) -> IO[bytes]:
    if path == "-":
        import sys

        return sys.stdin.buffer
    raw = open(path, "rb")  # noqa: SIM115 - closed by the caller
    head = raw.peek(2)[:2] if hasattr(raw, "peek") else b""
    if head == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=raw)  # type: ignore[return-value]
    return raw


def _row_error(message: str, raw: str) -> InputError:
    err = InputError(message)
    err.raw = raw  # type: ignore[attr-defined]  # the line as read, so in-place rewrites keep it
    return err


def iter_rows(path: str, text_key: str = "text") -> Iterator[tuple[int, dict[str, Any] | InputError]]:
    """Rows of a JSONL file; problems come back as ``InputError`` items instead of raising.

    Lines are read as bytes and decoded one at a time, so one bad byte costs one row (its
    line number is reported) and the rest of the file goes on.
    """
    try:
        f = _open_read(path)
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    with f:
        lineno = 0
        while True:
            try:
                data = f.readline()
            except (OSError, EOFError) as exc:
                raise InputError(f"{path}:{lineno + 1}: cannot read ({exc}); the rest of the file is skipped") from None
            if not data:
                break
            lineno += 1
            try:
                line = data.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield lineno, _row_error(f"{path}:{lineno}: not valid UTF-8 (byte {exc.start}); row skipped",
                                         data.decode("utf-8", "surrogateescape"))
                continue
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                yield lineno, _row_error(f"{path}:{lineno}: invalid JSON ({exc.msg}); row skipped", line)
                continue
            if not isinstance(row, dict):
                yield lineno, _row_error(f"{path}:{lineno}: a row must be a JSON object; row skipped", line)
            elif text_key not in row:
                yield lineno, _row_error(f"{path}:{lineno}: no {text_key!r} field; row skipped", line)
            elif not isinstance(row[text_key], str):
                yield lineno, _row_error(
                    f"{path}:{lineno}: field {text_key!r} is {type(row[text_key]).__name__}, not a string; row skipped",
                    line)
            else:
                yield lineno, row


class AtomicJsonlWriter:
    """Write JSONL rows to a temp file beside ``path`` and move it into place on ``close()``.

    ``path == "-"`` writes to stdout. A ``.gz`` suffix compresses. ``abort()`` removes the temp file.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self._tmp: str | None = None
        if path == "-":
            import sys

            self._f: IO[str] = sys.stdout
            return
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        self._tmp = str(target.parent / f".{target.name}.{os.getpid()}-{secrets.token_hex(6)}.cleaner-tmp")
        try:
            raw = os.fdopen(os.open(self._tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644), "wb")
        except BaseException:
            self._tmp = None
            raise
        if path.endswith(".gz"):
            self._f = io.TextIOWrapper(gzip.GzipFile(fileobj=raw, mode="wb", mtime=0), encoding="utf-8",
                                       errors="surrogateescape")
            self._raw: IO[bytes] | None = raw
        else:
            self._f = io.TextIOWrapper(raw, encoding="utf-8", errors="surrogateescape")
            self._raw = None

    def write(self, row: dict[str, Any]) -> None:
        line = json.dumps(row, ensure_ascii=False)
        try:
            line.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates from \ud800-style escapes: keep them escaped
            line = json.dumps(row, ensure_ascii=True)
        self._f.write(line + "\n")

    def write_raw(self, line: str) -> None:
        """Copy an input line through unchanged (rows that could not be processed, in place)."""
        self._f.write(line if line.endswith("\n") else line + "\n")

    def close(self) -> None:
        if self._tmp is None:
            self._f.flush()
            return
        self._f.flush()
        self._f.close()
        if self._raw is not None:
            self._raw.close()
        os.replace(self._tmp, self.path)
        self._tmp = None

    def abort(self) -> None:
        if self._tmp is None:
            return
        try:
            self._f.close()
        except Exception:  # noqa: BLE001 - best effort cleanup
            pass
        try:
            os.unlink(self._tmp)
        except OSError:
            pass
        self._tmp = None

    def __enter__(self) -> AtomicJsonlWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()
