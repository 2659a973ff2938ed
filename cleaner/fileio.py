"""Reading and writing documents safely: decoding with clear errors, atomic writes, input discovery.

- ``read_document`` decodes bytes strictly (UTF-8 by default; ``encoding="auto"`` detects
  with charset-normalizer), keeps a UTF-8 BOM or a UTF-16 encoding so that writing back
  reproduces it, refuses binary files and files over ``max_bytes``; every failure is an
  ``InputError`` whose message is one line naming the file.
- ``atomic_write`` writes a temporary file beside the target and ``os.replace``s it, so an
  original is either intact or fully replaced, never half-written; the temporary file is
  removed on any failure (disk full, interruption).
- ``iter_files`` expands files and folders (recursive, glob filtered, symlink loops and
  paths given twice handled) in a stable order.
"""

from __future__ import annotations

import codecs
import fnmatch
import os
import secrets
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MAX_BYTES = 64 * 1024 * 1024


class InputError(Exception):
    """A document that cannot be processed; ``str(err)`` is a one-line message naming the file."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # codec used to write the text back
    bom: bytes = b""

    def encode(self, text: str) -> bytes:
        return self.bom + text.encode(self.encoding, errors="surrogateescape" if self.encoding == "utf-8" else "strict")


_WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
              (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def decode_bytes(data: bytes, name: str, encoding: str = "utf-8") -> Decoded:
    """Decode ``data`` (the contents of ``name``) or raise ``InputError``."""
    for bom, enc in _WIDE_BOMS:  # UTF-32 first: its LE BOM starts with UTF-16's
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom):].decode(enc), enc, bom)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: invalid {enc[:6].upper()} at byte {exc.start + len(bom)}") from None
    if data.startswith(codecs.BOM_UTF8):
        body, bom, enc = data[len(codecs.BOM_UTF8):], codecs.BOM_UTF8, "utf-8"
    else:
        body, bom, enc = data, b"", "utf-8"
    if b"\x00" in body[:65536] or b"\x00" in body[-65536:]:
        raise InputError(f"{name}: looks like a binary file (NUL bytes); skipped")
    if encoding.lower() in ("utf-8", "utf8") or bom:
        try:
            return Decoded(body.decode("utf-8"), "utf-8", bom)
        except UnicodeDecodeError as exc:
            if encoding.lower() != "auto":
                raise InputError(
                    f"{name}: not valid UTF-8 (byte 0x{body[exc.start]:02x} at offset {exc.start + len(bom)}); "
                    "use --encoding auto to detect the encoding") from None
    if encoding.lower() == "auto":
        try:
            return Decoded(body.decode("utf-8"), "utf-8", bom)
        except UnicodeDecodeError:
            pass
        from charset_normalizer import from_bytes

        best = from_bytes(body).best()
        if best is None:
            raise InputError(f"{name}: cannot detect the text encoding; skipped")
        return Decoded(str(best), best.encoding, b"")
    try:
        return Decoded(body.decode(encoding), encoding, bom)
    except LookupError:
        raise InputError(f"{name}: unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid {encoding} at byte {exc.start}") from None


def read_document(path: str | Path, encoding: str = "utf-8", max_bytes: int = DEFAULT_MAX_BYTES) -> Decoded:
    """Read and decode one file; ``InputError`` with a one-line message on any problem."""
    name = str(path)
    try:
        st = os.stat(path)
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{name}: is a directory")
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{name}: not a regular file (FIFO, socket or device); skipped")
        size = st.st_size
        if size > max_bytes:
            raise InputError(f"{name}: {size} bytes is over the limit of {max_bytes} (raise it with --max-bytes)")
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)
    except InputError:
        raise
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise InputError(f"{name}: over the limit of {max_bytes} bytes (raise it with --max-bytes)")
    return decode_bytes(data, name, encoding)


def atomic_write(path: str | Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically; on failure the original is untouched and no temp file is left."""
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    directory.mkdir(parents=True, exist_ok=True)
    mode = None
    try:
        mode = os.stat(target).st_mode & 0o7777
    except OSError:
        pass
    # the name is chosen before the file exists, so an interrupt at any point can clean up
    tmp = str(directory / f".{target.name}.{os.getpid()}-{secrets.token_hex(6)}.cleaner-tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if mode is None:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def iter_files(paths: Iterable[str], pattern: str = "*.txt") -> Iterator[tuple[Path, Path]]:
    """Yield ``(file, root)`` for files and for files under folders matching ``pattern``.

    ``root`` is the folder the file was found under (for mirrored output trees) or the
    file's own parent. Each real file is yielded once, even when given twice or reached
    through a symlink; symlinked folders are not followed (no loops).
    """
    seen: set[tuple[int, int]] = set()

    def once(p: Path) -> bool:
        try:
            st = p.stat()
        except OSError:
            return True  # let the reader report it
        key = (st.st_dev, st.st_ino)
        if key in seen:
            return False
        seen.add(key)
        return True

    patterns = [g.strip() for g in pattern.split(",") if g.strip()]
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for dirpath, dirnames, filenames in os.walk(p, followlinks=False):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for fn in sorted(filenames):
                    if any(fnmatch.fnmatch(fn, g) for g in patterns):
                        f = Path(dirpath) / fn
                        if once(f):
                            yield f, p
        elif once(p):
            yield p, p.parent
