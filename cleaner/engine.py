"""The batch engine behind ``cleaner clean``, ``check`` and ``fix``.

It expands inputs (files, folders, JSONL corpora, stdin), resolves each file's
configuration, cleans documents (in parallel, order preserved), and writes outputs
atomically: a mirrored tree (``--out``), in-place replacement, stdout, JSONL, reports,
Dolma attributes, a quarantine for spam. A file that fails is reported in one line,
nothing is written for it, and the batch goes on; the exit code says so at the end.
Outputs are written only once complete, so an interrupted run leaves every output
either complete or absent, and running again finishes the job.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .batch import attributes as dolma_attributes
from .batch import metadata, ordered_map
from .config import Config
from .fileio import Decoded, InputError, atomic_write, decode_bytes, iter_files, read_document
from .jsonl import AtomicJsonlWriter, is_jsonl, iter_rows
from .settings import ConfigError, config_for, included

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
EXIT_OK, EXIT_CHANGED, EXIT_USAGE, EXIT_INPUT, EXIT_CONFIG = 0, 1, 2, 3, 4
SPAM_KINDS = ("spun", "keyword-stuffing", "repetition")
HTML_REPORT_MAX_DOCS = 2000


@dataclass
class EngineOptions:
    out: Path | None = None
    in_place: bool = False
    report: Path | None = None
    report_html: Path | None = None
    diff: bool = False
    dry_run: bool = False
    glob: str = "*.txt"
    html: bool = False
    encoding: str = "utf-8"
    max_bytes: int = 64 * 1024 * 1024
    jobs: int = 1
    text_key: str = "text"
    id_key: str = "id"
    url_key: str = "url"
    attributes: Path | None = None
    drop_spam: bool = False
    spam_threshold: float = 0.5
    line_counts: Path | None = None
    repeat_min_docs: int | None = None
    quiet: bool = False
    progress: bool | None = None
    hook: str | None = None  # "check" | "fix"
    fail_on_spam: bool = False


@dataclass
class Job:
    key: str  # a file path, "<stdin>", or "file.jsonl:LINE"
    text: str = ""
    config: Any = None
    path: str | None = None
    url: str | None = None
    html: bool = False
    error: str | None = None
    decoded: Decoded | None = None
    root: Path | None = None
    row: dict[str, Any] | None = None
    raw: str | None = None  # the input line of a JSONL row that could not be processed


def run_job(job: Job) -> tuple[Job, Any, str | None]:
    """Clean one job in a worker; errors come back as one-line messages."""
    if job.error is not None:
        return job, None, job.error
    import cleaner

    try:
        if job.html:
            res = cleaner.clean_html(job.text, url=job.url, config=job.config)
            res.path = job.path
        else:
            res = cleaner.default_cleaner(job.config).clean(job.text, path=job.path, url=job.url)
    except Exception as exc:  # noqa: BLE001 - reported per document, the batch goes on
        return job, None, f"{job.key}: internal error while cleaning: {type(exc).__name__}: {exc}"
    return job, res, None


def _abort(*writers: AtomicJsonlWriter | None) -> None:
    """Drop the temp files of unfinished outputs (the targets stay as they were)."""
    for w in writers:
        if w is not None:
            w.abort()


def _rel_to_root(path: Path, root: Path) -> str:
    """``path`` relative to the input folder it was found under, so cross-document groups
    (the file's folder) do not depend on where the corpus lives and saved counts can be reused."""
    try:
        return Path(path).resolve().relative_to(Path(root).resolve()).as_posix()
    except ValueError:
        return Path(path).name


def is_spam(res: Any, threshold: float) -> list[str]:
    return [f"{f.kind} ({f.score:.2f})" for f in res.flags if f.kind in SPAM_KINDS and f.score >= threshold]


class Engine:
    def __init__(self, base: Config, opts: EngineOptions, err: Callable[[str], None]) -> None:
        self.base = base
        self.o = opts
        self.err = err
        self.failed = 0
        self.changed = 0
        self.spam = 0
        self._report = None
        self._attrs = None
        self._html_docs: list[dict[str, Any]] = []
        from .cli import Summary

        self.summary = Summary()

    # -- planning ---------------------------------------------------------------------
    def _split(self, paths: list[str]) -> tuple[list[str], list[str], bool]:
        jsonl, other, stdin = [], [], False
        for p in paths:
            if p == "-":
                stdin = True
            elif is_jsonl(p) and not Path(p).is_dir():
                jsonl.append(p)
            else:
                other.append(p)
        return jsonl, other, stdin

    def run(self, paths: list[str]) -> int:
        t0 = time.perf_counter()
        o = self.o
        jsonl, other, stdin = self._split(paths)
        for p in other:
            if not Path(p).exists() and not Path(p).is_symlink():
                self.err(f"{p}: no such file or folder")
                self.failed += 1
        other = [p for p in other if Path(p).exists() or Path(p).is_symlink()]
        files = list(iter_files(other, o.glob))
        files = [(f, root) for f, root in files if self._included(f)]
        n_docs_hint = len(files) + (1 if stdin else 0)
        single_text = not jsonl and n_docs_hint == 1 and not (len(other) == 1 and Path(other[0]).is_dir())
        writes_files = o.out is not None or o.in_place
        if o.hook is None and not writes_files and not single_text and not jsonl and not (
                o.dry_run or o.diff or o.report or o.report_html):
            if n_docs_hint == 0:
                self.err("no input files found" + (f" (pattern {o.glob!r})" if other else ""))
                return EXIT_INPUT if self.failed else EXIT_USAGE
            raise ValueError("several inputs: give --out DIR, --in-place, --dry-run, --diff or --report")
        if o.in_place and stdin:
            raise ValueError("--in-place cannot rewrite stdin")
        self.to_stdout = o.hook is None and not writes_files and not o.dry_run and not o.diff and single_text
        for attr, target in (("_report", o.report), ("_attrs", o.attributes)):
            if target is None:
                continue
            try:
                setattr(self, attr, AtomicJsonlWriter(str(target)))
            except OSError as exc:
                _abort(self._report, self._attrs)
                self.err(f"{target}: cannot write: {exc.strerror or exc}")
                return EXIT_INPUT
        show = o.progress if o.progress is not None else (sys.stderr.isatty() and n_docs_hint > 20 and not o.quiet)
        from .cli import Progress

        self.progress = Progress(bool(show) and o.hook is None, n_docs_hint or None, "cleaning")
        try:
            crossdoc = self._crossdoc_counts(files, jsonl) if (o.repeat_min_docs or o.line_counts) else None
            self.crossdoc = crossdoc
            if files or stdin:
                self._run_files(files, stdin)
            for jp in jsonl:
                self._run_jsonl(jp, len(jsonl))
        except BaseException:
            _abort(self._report, self._attrs)
            raise
        finally:
            self.progress.close()
        for w in (self._report, self._attrs):
            if w is not None:
                w.close()
        self.summary.failed = self.failed
        if o.report_html:
            from .report_html import write_report

            write_report(str(o.report_html), self._html_docs, self.summary)
        if not o.quiet and o.hook is None:
            self.summary.print(time.perf_counter() - t0)
        if self.failed:
            return EXIT_INPUT
        if o.hook is not None and (self.changed or (o.fail_on_spam and self.spam)):
            return EXIT_CHANGED
        return EXIT_OK

    @staticmethod
    def _included(path: Path) -> bool:
        try:
            return included(path)
        except (ConfigError, OSError, RuntimeError):
            return True  # the file's job reports the problem

    # -- cross-document counts ---------------------------------------------------------
    def _crossdoc_counts(self, files: list[tuple[Path, Path]], jsonl: list[str]):
        from . import crossdoc

        o = self.o
        if o.line_counts is not None and o.line_counts.exists():
            return crossdoc.LineCounts.load(str(o.line_counts))
        counts = crossdoc.LineCounts()
        for f, root in files:
            try:
                text = read_document(f, o.encoding, o.max_bytes).text
            except InputError:
                continue  # reported in the main pass
            counts.add_document(crossdoc.group_for(_rel_to_root(f, root), None), text)
        for jp in jsonl:
            try:
                for _n, row in iter_rows(jp, o.text_key):
                    if isinstance(row, dict):
                        counts.add_document(crossdoc.group_for(None, self._url(row)) or jp, row[o.text_key])
            except InputError:
                continue
        if o.line_counts is not None:
            counts.save(str(o.line_counts))
        return counts

    def _apply_crossdoc(self, res: Any, path: str | None, url: str | None, fallback: str = "") -> Any:
        if self.crossdoc is None:
            return res
        from . import crossdoc

        group = crossdoc.group_for(path, url) or fallback
        kw = {"min_docs": self.o.repeat_min_docs} if self.o.repeat_min_docs else {}
        return crossdoc.apply(res, self.crossdoc, group, **kw)

    # -- text and HTML files -------------------------------------------------------------
    def _config(self, path: Path) -> Config:
        return config_for(path, self.base)[0]

    def _file_jobs(self, files: list[tuple[Path, Path]], stdin: bool) -> Iterator[Job]:
        o = self.o
        if stdin:
            try:
                data = sys.stdin.buffer.read()
                dec = decode_bytes(data, "<stdin>", o.encoding)
                yield Job("<stdin>", dec.text, self.base, html=o.html, decoded=dec)
            except InputError as exc:
                yield Job("<stdin>", error=str(exc))
        for f, root in files:
            key = str(f)
            try:
                dec = read_document(f, o.encoding, o.max_bytes)
                cfg = self._config(f)
            except InputError as exc:
                yield Job(key, error=str(exc))
                continue
            except ConfigError as exc:
                yield Job(key, error=str(exc))
                continue
            except (OSError, RuntimeError) as exc:  # e.g. a symlink loop
                yield Job(key, error=f"{key}: cannot read: {getattr(exc, 'strerror', None) or exc}")
                continue
            html = o.html or f.suffix.lower() in HTML_SUFFIXES
            yield Job(key, dec.text, cfg, path=key, html=html, decoded=dec, root=root)

    def _run_files(self, files: list[tuple[Path, Path]], stdin: bool) -> None:
        for job, res, error in ordered_map(run_job, self._file_jobs(files, stdin), self.o.jobs):
            if error is not None:
                self.err(error)
                self.failed += 1
                continue
            res = self._apply_crossdoc(res, _rel_to_root(Path(job.path), job.root) if job.path and job.root else None,
                                       None)
            try:
                self._emit_file(job, res)
            except OSError as exc:
                self.err(f"{job.key}: cannot write output: {exc.strerror or exc}")
                self.failed += 1

    def _out_path(self, job: Job) -> Path:
        assert self.o.out is not None and job.path is not None and job.root is not None
        src = Path(job.path)
        try:
            rel = src.resolve().relative_to(job.root.resolve())
        except ValueError:
            rel = Path(src.name)
        if job.html:
            rel = rel.with_suffix(".txt")
        return self.o.out / rel

    def _emit_file(self, job: Job, res: Any) -> None:
        o = self.o
        self._record(job.key, res, job.key)
        spam = is_spam(res, o.spam_threshold)
        if spam:
            self.spam += 1
        if o.hook is not None and job.html:
            sys.stdout.write(f"{job.key}: HTML is not rewritten by the hooks; skipped\n")
            return
        if o.hook == "check":
            if res.removed:
                self.changed += 1
                sys.stdout.write(f"{job.key}: would remove {res.removed_lines} line(s)\n")
                for r in res.removed:
                    first = r.text.strip().splitlines()[0][:80] if r.text.strip() else "(blank)"
                    sys.stdout.write(f"  {r.start + 1}-{r.end}: {r.category} [{r.rule}] {first}\n")
            if spam and o.fail_on_spam:
                sys.stdout.write(f"{job.key}: flagged as spam: {', '.join(spam)}\n")
            return
        if o.hook == "fix":
            if spam and o.fail_on_spam:
                sys.stdout.write(f"{job.key}: flagged as spam: {', '.join(spam)}\n")
            if res.removed and job.decoded is not None and not job.html:
                sys.stdout.write(f"Fixing {job.key}\n")
                atomic_write(job.key, job.decoded.encode(res.text))
                self.changed += 1
            return
        if o.diff and res.removed:
            sys.stdout.write(res.diff())
        if o.dry_run:
            return
        if o.drop_spam and spam:
            self._quarantine_file(job, res, spam)
            return
        if self.to_stdout:
            sys.stdout.write(res.text)
            sys.stdout.flush()
            return
        if o.in_place:
            if job.html:
                self.err(f"{job.key}: --in-place does not rewrite HTML files (use --out); skipped")
                self.failed += 1
            elif res.removed and job.decoded is not None:
                atomic_write(job.key, job.decoded.encode(res.text))
            return
        if o.out is not None:
            if job.path is None:
                sys.stdout.write(res.text)
                return
            dest = self._out_path(job)
            dec = job.decoded if job.decoded is not None and not job.html else Decoded("", "utf-8")
            atomic_write(dest, dec.encode(res.text))

    def _quarantine_file(self, job: Job, res: Any, spam: list[str]) -> None:
        self.summary.quarantined += 1
        if job.path is None:
            self.err(f"{job.key}: flagged as spam ({', '.join(spam)}); not written")
            return
        base = self.o.out if self.o.out is not None else (job.root or Path(job.path).parent)
        try:
            rel = Path(job.path).resolve().relative_to((job.root or Path(job.path).parent).resolve())
        except ValueError:
            rel = Path(Path(job.path).name)
        dest = base / "rejected" / rel
        dec = job.decoded or Decoded("", "utf-8")
        atomic_write(dest, dec.encode(res.original))
        reasons = {"path": job.path, "flags": [f.to_dict() for f in res.flags]}
        atomic_write(dest.with_name(dest.name + ".reasons.json"),
                     (json.dumps(reasons, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
        if self.o.in_place:
            Path(job.path).unlink()
        if not self.o.quiet:
            self.err(f"{job.key}: flagged as spam ({', '.join(spam)}); moved to {dest}")

    # -- JSONL ------------------------------------------------------------------------
    def _url(self, row: dict[str, Any]) -> str | None:
        u = row.get(self.o.url_key)
        if not isinstance(u, str):
            meta = row.get("metadata")
            u = meta.get(self.o.url_key) if isinstance(meta, dict) else None
        return u if isinstance(u, str) else None

    def _jsonl_out(self, path: str, n_inputs: int) -> str | None:
        o = self.o
        if o.hook == "fix" or (o.in_place and not o.dry_run):
            return path
        if o.dry_run or o.hook is not None:
            return None
        if o.out is None:
            return "-"
        if n_inputs == 1 and is_jsonl(o.out) and not o.out.is_dir():
            return str(o.out)
        return str(o.out / Path(path).name)

    def _row_jobs(self, path: str) -> Iterator[Job]:
        o = self.o
        for lineno, row in iter_rows(path, o.text_key):
            key = f"{path}:{lineno}"
            if isinstance(row, InputError):
                yield Job(key, error=str(row), raw=getattr(row, "raw", None))
                continue
            yield Job(key, row[o.text_key], self.base, url=self._url(row), html=o.html, row=row)

    def _run_jsonl(self, path: str, n_inputs: int) -> None:
        o = self.o
        dest = self._jsonl_out(path, n_inputs)
        in_place = dest == path
        writer = rejected = None
        try:
            writer = AtomicJsonlWriter(dest) if dest is not None else None
            if o.drop_spam and dest is not None:
                rej_path = "rejected.jsonl" if dest == "-" else str(Path(dest).with_name(
                    Path(dest).name.replace(".jsonl", ".rejected.jsonl", 1)))
                rejected = AtomicJsonlWriter(rej_path)
        except OSError as exc:
            if writer is not None:
                writer.abort()
            self.err(f"{exc.filename or dest}: cannot write: {exc.strerror or exc}")
            self.failed += 1
            return
        changed_rows = 0
        try:
            for job, res, error in ordered_map(run_job, self._row_jobs(path), o.jobs):
                if error is not None:
                    self.err(error)
                    self.failed += 1
                    if in_place and writer is not None and job.raw is not None:
                        writer.write_raw(job.raw)  # rewriting in place never drops a row
                    continue
                res = self._apply_crossdoc(res, None, job.url, fallback=path)
                if o.hook is not None and res.removed:
                    changed_rows += 1
                    if o.hook == "check":
                        sys.stdout.write(f"{job.key}: would remove {res.removed_lines} line(s) "
                                         f"({', '.join(sorted(res.summary()['categories']))})\n")
                row = dict(job.row or {})
                doc_id = row.get(o.id_key, job.key)
                self._record(doc_id, res, job.key)
                if self._attrs is not None:
                    self._attrs.write(dolma_attributes(res, doc_id))
                if o.diff and res.removed:
                    sys.stdout.write(res.diff())
                if writer is None:
                    continue
                meta = row.get("metadata") if isinstance(row.get("metadata"), dict) else {}
                row["metadata"] = {**meta, "cleaner": metadata(res)}
                spam = is_spam(res, o.spam_threshold)
                if spam and rejected is not None:
                    self.summary.quarantined += 1
                    row["metadata"]["filter_reason"] = "cleaner: " + ", ".join(spam)
                    rejected.write(row)
                    continue
                row[o.text_key] = res.text
                writer.write(row)
        except InputError as exc:
            self.err(str(exc) + ("; file left unchanged" if in_place else ""))
            self.failed += 1
            if in_place:  # the rest of the file was not read: never replace it with a part
                _abort(writer, rejected)
                return
        except OSError as exc:
            _abort(writer, rejected)
            self.err(f"{dest}: cannot write: {exc.strerror or exc}; nothing written")
            self.failed += 1
            return
        except BaseException:
            _abort(writer, rejected)
            raise
        if changed_rows:
            self.changed += 1
        if o.hook == "fix" and writer is not None and not changed_rows:
            writer.abort()  # nothing changed: leave the file untouched
            writer = None
        elif o.hook == "fix" and changed_rows:
            sys.stdout.write(f"Fixing {path}\n")
        try:
            for w in (writer, rejected):
                if w is not None:
                    w.close()
        except OSError as exc:
            _abort(writer, rejected)
            self.err(f"{dest}: cannot write: {exc.strerror or exc}; nothing written")
            self.failed += 1

    # -- reporting ------------------------------------------------------------------------
    def _record(self, doc_id: Any, res: Any, key: str) -> None:
        timed_out = res.stages.get("timeouts")
        if timed_out:
            self.err(f"{key}: rule(s) {', '.join(timed_out)} timed out and were skipped for this document")
        self.summary.add(res)
        self.progress.advance(len(res.original))
        if self._report is not None:
            row = {"id": doc_id, **res.to_dict()}
            self._report.write(row)
        if self.o.report_html and len(self._html_docs) < HTML_REPORT_MAX_DOCS:
            self._html_docs.append({"id": str(doc_id), "key": key, "original": res.original, **res.to_dict()})
