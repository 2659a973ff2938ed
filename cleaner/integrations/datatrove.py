"""datatrove pipeline steps: clean documents, drop spam, count lines across documents.

Install with ``pip install 'cleaner[datatrove]'``. Three steps:

- ``CleanerStep``: cleans ``doc.text`` (the document URL in ``doc.metadata[url_key]``
  selects site packs) and stores the report in ``doc.metadata["cleaner"]``, the same record
  ``cleaner clean corpus.jsonl --out ...`` writes (``cleaner.batch.metadata``), so a
  datatrove run gives the texts and metadata of the CLI. Removed lines are counted per rule
  (``rule:<id>``) and category (``category:<name>``) in datatrove's stats, with
  ``docs_changed``, ``lines_removed``, ``bytes_removed`` and ``flag:<kind>``.
- ``SpamFilter``: a ``BaseFilter`` that drops documents flagged as spam (kinds ``spun``,
  ``keyword-stuffing``, ``repetition`` at or above a threshold) with a reason such as
  ``"cleaner: spun (0.83)"``; give it ``exclusion_writer=`` to keep what it drops. It reads
  the flags that ``CleanerStep`` stored, or cleans the document itself when there are none.
- ``LineCountStep``: the first pass of cross-document boilerplate removal
  (``cleaner.crossdoc``): each task counts the short lines of its shard per site and saves
  ``counts-<rank>.bin`` in a folder; ``CleanerStep(crossdoc=folder)`` then loads and merges
  all those files once per task, on its first document, and removes lines that recur across
  a site's documents (see ``docs/scaling.md``). ``MergeLineCounts`` (a one-task job between
  the passes) merges and prunes the per-task files into one, for large corpora.

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleaner.integrations.datatrove import CleanerStep, SpamFilter

    LocalPipelineExecutor(pipeline=[
        JsonlReader("corpus/"),
        CleanerStep(),
        SpamFilter(exclusion_writer=JsonlWriter("out/spam")),
        JsonlWriter("out/clean"),
    ], tasks=8, workers=4, logging_dir="logs/clean").run()

Pickling. Executors pickle the pipeline (Slurm with dill, Ray with cloudpickle, the local
executor with ``multiprocess``), so the steps hold plain data only: a ``Config``, strings,
datatrove ``DataFolder``s. Compiled rule packs live in ``cleaner.default_cleaner``'s
per-process cache and merged line counts in an attribute that ``__getstate__`` drops; both
are rebuilt in each worker on first use. ``cleaner`` internals are imported inside methods.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

try:
    from datatrove.data import Document, DocumentsPipeline
    from datatrove.io import DataFolder, DataFolderLike, get_datafolder
    from datatrove.pipeline.base import PipelineStep
    from datatrove.pipeline.filters.base_filter import BaseFilter
    from datatrove.pipeline.writers.disk_base import DiskWriter
    from datatrove.utils.logging import logger
    from datatrove.utils.typeshelper import StatHints
except ImportError as exc:  # pragma: no cover - exercised in a subprocess by the tests
    raise ImportError(
        "cleaner.integrations.datatrove needs the datatrove package, which is not installed "
        f"({exc}). Install it with: pip install 'cleaner[datatrove]'"
    ) from exc

if TYPE_CHECKING:
    from cleaner.config import Config
    from cleaner.crossdoc import LineCounts
    from cleaner.model import Flag, Result

__all__ = [
    "COUNTS_GLOB", "CleanerStep", "LineCountStep", "MergeLineCounts", "SpamFilter", "load_line_counts",
    "merge_line_counts",
]

COUNTS_GLOB = "counts-*.bin"
CROSSDOC_OPTIONS = frozenset({"min_docs", "min_share", "max_words", "max_fraction"})
ON_ERROR = ("drop", "keep", "raise")
_REASON_PREFIX = "cleaner: "


# -- helpers shared by the steps ----------------------------------------------------------

def _url(doc: Document, url_key: str) -> str | None:
    """The document URL: ``doc.metadata[url_key]`` (readers put top-level row fields there)."""
    u = doc.metadata.get(url_key) if url_key else None
    return u if isinstance(u, str) and u else None


def _group(doc: Document, url: str | None) -> str:
    """The cross-document group: the URL host, else the source file (as the CLI does for JSONL)."""
    from cleaner import crossdoc

    return crossdoc.group_for(None, url) or str(doc.metadata.get("file_path") or "")


def counts_filename(rank: int) -> str:
    """The line-count file a ``LineCountStep`` task writes."""
    return f"counts-{rank:05d}.bin"


def _read_counts(folder: DataFolder, name: str) -> LineCounts:
    from cleaner.crossdoc import LineCounts

    if folder.is_local():
        return LineCounts.load(folder.resolve_paths(name))
    import os
    import tempfile

    fd, tmp = tempfile.mkstemp(suffix=".bin", prefix="cleaner-counts-")
    try:
        with os.fdopen(fd, "wb") as out, folder.open(name, "rb") as src:
            while chunk := src.read(1 << 22):
                out.write(chunk)
        return LineCounts.load(tmp)
    finally:
        os.unlink(tmp)


def _write_counts(folder: DataFolder, name: str, counts: LineCounts) -> None:
    if folder.is_local():
        from pathlib import Path

        path = Path(folder.resolve_paths(name))
        path.parent.mkdir(parents=True, exist_ok=True)
        counts.save(path)  # atomic: temporary file + rename
        return
    import os
    import tempfile

    fd, tmp = tempfile.mkstemp(suffix=".bin", prefix="cleaner-counts-")
    os.close(fd)
    try:
        counts.save(tmp)
        with open(tmp, "rb") as src, folder.open(name, "wb") as out:
            while chunk := src.read(1 << 22):
                out.write(chunk)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def load_line_counts(folder: DataFolderLike, glob_pattern: str = COUNTS_GLOB) -> LineCounts:
    """Load and merge every line-count file matching ``glob_pattern`` in ``folder`` (local or remote)."""
    df = get_datafolder(folder)
    names = df.list_files(glob_pattern=glob_pattern, recursive=False)
    if not names:
        raise FileNotFoundError(f"no line-count files matching {glob_pattern!r} in {df.path}: "
                                "run the LineCountStep pass first")
    total = _read_counts(df, names[0])
    for name in names[1:]:
        total.merge(_read_counts(df, name))
    return total


def merge_line_counts(folder: DataFolderLike, output: str | None = None, *, glob_pattern: str = COUNTS_GLOB,
                      prune_min_docs: int | None = None) -> LineCounts:
    """Merge the per-task count files of ``folder`` into one ``LineCounts``.

    With ``prune_min_docs`` drop lines seen in fewer documents (use the ``min_docs`` of the
    second pass); with ``output`` save the result as that file name in ``folder``. The second
    pass then loads one small file per task instead of merging all shards:
    ``CleanerStep(crossdoc=folder, crossdoc_glob=output)``.
    """
    counts = load_line_counts(folder, glob_pattern)
    if prune_min_docs is not None:
        counts.prune(prune_min_docs)
    if output is not None:
        _write_counts(get_datafolder(folder), output, counts)
    return counts


def _check_crossdoc_options(options: Mapping[str, Any] | None) -> dict[str, Any]:
    opts = dict(options or {})
    unknown = sorted(set(opts) - CROSSDOC_OPTIONS)
    if unknown:
        raise ValueError(f"unknown crossdoc option(s) {', '.join(unknown)}; "
                         f"expected some of {', '.join(sorted(CROSSDOC_OPTIONS))}")
    return opts


# -- CleanerStep -------------------------------------------------------------------------

class CleanerStep(PipelineStep):
    """Clean ``doc.text`` and store the removal report in ``doc.metadata["cleaner"]``.

    Args:
        config: the cleaning configuration (default ``cleaner.Config()``, as the CLI).
        url_key: the metadata field holding the document URL (selects site packs, and
            groups documents by site for ``crossdoc``).
        crossdoc: a folder (local path, ``s3://...``, any datatrove ``DataFolderLike``) holding
            the line counts of a ``LineCountStep`` pass. When given, lines repeated across a
            site's documents are removed too (``cleaner.crossdoc.apply``). The files are loaded
            and merged once per task, on the first document.
        crossdoc_glob: which files of ``crossdoc`` to merge (default ``counts-*.bin``).
        crossdoc_options: thresholds for ``cleaner.crossdoc.apply``: ``min_docs``,
            ``min_share``, ``max_words``, ``max_fraction``.
        on_error: what to do with a document the cleaner fails on: ``"drop"`` it (as the CLI
            does: the row is not written), ``"keep"`` it unchanged with
            ``metadata["cleaner"] = {"error": ...}``, or ``"raise"`` (the task fails).
    """

    name = "🧹 cleaner"
    type = "✂️ - FORMAT"

    def __init__(
        self,
        config: Config | None = None,
        url_key: str = "url",
        crossdoc: DataFolderLike | None = None,
        crossdoc_glob: str = COUNTS_GLOB,
        crossdoc_options: Mapping[str, Any] | None = None,
        on_error: str = "drop",
    ) -> None:
        super().__init__()
        if on_error not in ON_ERROR:
            raise ValueError(f"on_error must be one of {', '.join(ON_ERROR)}, got {on_error!r}")
        self.config = config
        self.url_key = url_key
        self.crossdoc = get_datafolder(crossdoc) if crossdoc is not None else None
        self.crossdoc_glob = crossdoc_glob
        self.crossdoc_options = _check_crossdoc_options(crossdoc_options)
        self.on_error = on_error
        self._counts: LineCounts | None = None

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_counts"] = None  # merged counts are reloaded by each task
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    def line_counts(self) -> LineCounts | None:
        """The merged line counts of ``crossdoc`` (loaded on first use), or None without ``crossdoc``."""
        if self.crossdoc is None:
            return None
        if self._counts is None:
            self._counts = load_line_counts(self.crossdoc, self.crossdoc_glob)
            logger.info(f"cleaner: loaded line counts from {self.crossdoc.path}: {self._counts!r}")
        return self._counts

    def clean(self, doc: Document) -> Result:
        """The ``Result`` of cleaning one document (text untouched)."""
        import cleaner

        url = _url(doc, self.url_key)
        res = cleaner.default_cleaner(self.config).clean(doc.text, url=url)
        counts = self.line_counts()
        if counts is not None:
            from cleaner import crossdoc

            res = crossdoc.apply(res, counts, _group(doc, url), **self.crossdoc_options)
        return res

    def _count(self, meta: dict[str, Any], res: Result) -> None:
        if res.removed:
            self.stat_update("docs_changed")
            self.stat_update("lines_removed", value=meta["removed_lines"])
            self.stat_update("bytes_removed", value=meta["removed_bytes"])
            for rule, n in meta["rules"].items():
                self.stat_update(f"rule:{rule}", value=n)
            for cat, n in meta["categories"].items():
                self.stat_update(f"category:{cat}", value=n)
        for f in res.flags:
            self.stat_update(f"flag:{f.kind}")

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if data is None:
            return
        from cleaner.batch import metadata

        for doc in data:
            self.stat_update(StatHints.total)
            self.line_counts()  # first document: load the counts outside the per-document timing
            error: str | None = None
            with self.track_time():
                try:
                    res = self.clean(doc)
                except Exception as exc:  # noqa: BLE001 - reported per document, the task goes on
                    if self.on_error == "raise":
                        raise
                    error = f"internal error while cleaning: {type(exc).__name__}: {exc}"
                else:
                    meta = metadata(res)
                    doc.text = res.text
                    doc.metadata["cleaner"] = meta
            if error is None:
                self._count(meta, res)
            else:
                logger.warning(f"cleaner: document {doc.id}: {error}")
                self.stat_update("errors")
                if self.on_error == "drop":
                    self.stat_update(StatHints.dropped)
                    continue
                doc.metadata["cleaner"] = {"error": error}
            self.stat_update(StatHints.forwarded)
            yield doc


# -- SpamFilter --------------------------------------------------------------------------

class SpamFilter(BaseFilter):
    """Drop documents flagged as spam, with the reason ``"cleaner: <kind> (<score>)"``.

    A document is spam when it has a flag of kind ``spun``, ``keyword-stuffing`` or
    ``repetition`` scoring at least ``threshold`` (``cleaner.engine.is_spam``, as
    ``cleaner clean --drop-spam``). The flags come from ``doc.metadata["cleaner"]["flags"]``
    when a ``CleanerStep`` ran before; otherwise the filter cleans ``doc.text`` itself (the
    text is not changed). Dropped documents go to ``exclusion_writer`` with
    ``metadata["filter_reason"]`` set, so nothing is lost. Stats: ``spam:<kind>`` per kind
    and ``dropped_cleaner: <kinds>`` (without scores, so the stats stay small).

    Args:
        threshold: flag score at which a document counts as spam (default:
            ``config.spam_threshold``, 0.5).
        config: the configuration used when the filter cleans documents itself.
        url_key: the metadata field holding the URL (selects site packs when cleaning).
        exclusion_writer: a datatrove writer that receives the dropped documents.
    """

    name = "🧹 cleaner spam"

    def __init__(
        self,
        threshold: float | None = None,
        config: Config | None = None,
        url_key: str = "url",
        exclusion_writer: DiskWriter | None = None,
    ) -> None:
        super().__init__(exclusion_writer)
        if threshold is not None and not isinstance(threshold, (int, float)):
            raise TypeError(f"threshold must be a number, got {type(threshold).__name__}")
        self.threshold = threshold
        self.config = config
        self.url_key = url_key

    def flags(self, doc: Document) -> list[Flag]:
        """The document's flags: stored by ``CleanerStep``, else computed by cleaning ``doc.text``."""
        from cleaner.model import Flag

        meta = doc.metadata.get("cleaner")
        if isinstance(meta, dict) and isinstance(meta.get("flags"), list):
            return [Flag(str(f["kind"]), float(f["score"]), dict(f.get("evidence") or {}))
                    for f in meta["flags"] if isinstance(f, dict) and "kind" in f and "score" in f]
        import cleaner

        return cleaner.default_cleaner(self.config).clean(doc.text, url=_url(doc, self.url_key)).flags

    def spam_threshold(self) -> float:
        if self.threshold is not None:
            return float(self.threshold)
        if self.config is not None:
            return self.config.spam_threshold
        from cleaner.config import Config

        return Config().spam_threshold

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        from types import SimpleNamespace

        from cleaner.engine import SPAM_KINDS, is_spam

        try:
            flags = self.flags(doc)
        except Exception as exc:  # noqa: BLE001 - cannot decide: keep the document
            logger.warning(f"cleaner: document {doc.id}: cannot check for spam: {type(exc).__name__}: {exc}")
            self.stat_update("errors")
            return True
        threshold = self.spam_threshold()
        hits = is_spam(SimpleNamespace(flags=flags), threshold)
        if not hits:
            return True
        for f in flags:
            if f.kind in SPAM_KINDS and f.score >= threshold:
                self.stat_update(f"spam:{f.kind}")
        return False, _REASON_PREFIX + ", ".join(hits)

    def stat_update(self, *labels: str, value: int = 1, unit: str | None = None) -> None:
        # BaseFilter counts "dropped_<reason>"; drop the scores so there is one counter per kind set
        prefix = "dropped_" + _REASON_PREFIX
        labels = tuple(
            prefix + ", ".join(part.rsplit(" (", 1)[0] for part in lab[len(prefix):].split(", "))
            if lab.startswith(prefix) else lab
            for lab in labels
        )
        super().stat_update(*labels, value=value, unit=unit)


# -- LineCountStep -----------------------------------------------------------------------

class LineCountStep(PipelineStep):
    """First pass of cross-document cleaning: count short lines per site, save one file per task.

    Each task counts, for the documents of its shard, in how many documents of each group
    (URL host, else source file) every short line occurs (``cleaner.crossdoc.LineCounts``,
    on the original text), and saves ``counts-<rank>.bin`` to ``output_folder`` when its
    input is exhausted (tasks with no documents write an empty file). Documents pass
    through unchanged. The second pass is ``CleanerStep(crossdoc=output_folder)``.

    Args:
        output_folder: where to write the count files (local path or any ``DataFolderLike``).
        url_key: the metadata field holding the document URL.
        max_words: longest line counted, in tokens (``cleaner.crossdoc.DEFAULT_MAX_WORDS``).
    """

    name = "🧮 cleaner line counts"
    type = "📊 - STATS"

    def __init__(self, output_folder: DataFolderLike, url_key: str = "url", max_words: int | None = None) -> None:
        super().__init__()
        self.output_folder = get_datafolder(output_folder)
        self.url_key = url_key
        self.max_words = max_words

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        from cleaner.crossdoc import DEFAULT_MAX_WORDS, LineCounts

        counts = LineCounts(self.max_words or DEFAULT_MAX_WORDS)
        for doc in data or ():
            self.stat_update(StatHints.total)
            with self.track_time():
                counts.add_document(_group(doc, _url(doc, self.url_key)), doc.text)
            yield doc
        _write_counts(self.output_folder, counts_filename(rank), counts)
        self.stat_update("distinct_lines", value=len(counts), unit="task")
        self.stat_update("groups", value=len(counts.group_docs), unit="task")


class MergeLineCounts(PipelineStep):
    """Between the passes: merge the per-task count files into one (optionally pruned) file.

    Run it as a one-task job (``tasks=1``) after the ``LineCountStep`` pass; the second pass
    then reads the single file: ``CleanerStep(crossdoc=folder, crossdoc_glob=output)``, and
    each of its tasks loads one small file instead of merging every shard's counts.

    Args:
        folder: the ``LineCountStep`` output folder; the merged file is written there too.
        output: the merged file's name (default ``merged.bin``; must not match ``counts-*.bin``).
        prune_min_docs: drop lines seen in fewer documents; use the ``min_docs`` of the second
            pass (default 3, as ``cleaner.crossdoc.apply``), or None to keep every line.
    """

    name = "🧮 cleaner merge line counts"
    type = "📊 - STATS"

    def __init__(self, folder: DataFolderLike, output: str = "merged.bin", prune_min_docs: int | None = 3) -> None:
        super().__init__()
        import fnmatch

        if fnmatch.fnmatch(output, COUNTS_GLOB):
            raise ValueError(f"output {output!r} matches {COUNTS_GLOB!r}: it would be merged into itself next time")
        self.folder = get_datafolder(folder)
        self.output = output
        self.prune_min_docs = prune_min_docs

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if data is not None:
            yield from data
        if rank != 0:
            return
        with self.track_time("task"):
            counts = merge_line_counts(self.folder, self.output, prune_min_docs=self.prune_min_docs)
        self.stat_update("distinct_lines", value=len(counts), unit="task")
        self.stat_update("groups", value=len(counts.group_docs), unit="task")
        logger.info(f"cleaner: merged line counts into {self.output}: {counts!r}")
