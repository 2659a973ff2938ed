"""Command-line interface (typer): a thin layer over ``cleaner.Cleaner``.

Exit codes (all commands):
  0  success
  1  ``check``: something would be removed; ``fix``: files were changed (pre-commit convention)
  2  usage error (bad option or argument)
  3  some inputs failed (bad encoding, binary, unreadable, broken JSONL rows); the rest was processed
  4  invalid rule pack, model or configuration file
Errors are one line on stderr, naming the file; never a traceback.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Annotated, Any

import typer

EXIT_OK, EXIT_CHANGED, EXIT_USAGE, EXIT_INPUT, EXIT_CONFIG = 0, 1, 2, 3, 4

app = typer.Typer(
    name="cleaner",
    help="Strip boilerplate from plain-text web dumps and report every removed line.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
rules_app = typer.Typer(help="List and test rule packs.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")


def _err(msg: str) -> None:
    sys.stderr.write(f"cleaner: {msg}\n")
    sys.stderr.flush()


# ---- shared options ---------------------------------------------------------------

RulesOpt = Annotated[list[Path] | None, typer.Option("--rules", "-r", help="Extra rule pack (YAML); repeatable.")]
DisableOpt = Annotated[list[str] | None, typer.Option("--disable", help="Rule id (or glob) to switch off; repeatable.")]
MinScoreOpt = Annotated[float | None, typer.Option("--min-score", help="Only removals scoring at least this (0-1).")]
NoDefaultOpt = Annotated[bool, typer.Option("--no-default-rules", help="Do not load the shipped rule packs.")]
LangOpt = Annotated[str | None, typer.Option("--language", help="Force the language (ISO 639-1) instead of detecting it.")]


def _base_config(rules: list[Path] | None, disable: list[str] | None, min_score: float | None,
                 no_default: bool = False, language: str | None = None, spam_threshold: float | None = None):
    from .config import Config

    cfg = Config()
    changes: dict[str, Any] = {}
    if rules:
        changes["packs"] = [str(p) for p in rules]
    if disable:
        changes["disabled"] = set(disable)
    if min_score is not None:
        if not 0.0 <= min_score <= 1.0:
            raise typer.BadParameter("must lie in [0, 1]", param_hint="--min-score")
        changes["min_score"] = min_score
    if no_default:
        changes["default_packs"] = False
    if language:
        changes["language"] = language
    if spam_threshold is not None:
        changes["spam_threshold"] = spam_threshold
    return cfg.update(**changes) if changes else cfg


def _check_config(cfg) -> None:
    """Compile the packs once in the main process so a bad pack fails fast with exit 4."""
    from .pipeline import Cleaner
    from .rules import RulePackError

    try:
        Cleaner(cfg)._compile()
    except (RulePackError, ValueError, OSError) as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_CONFIG) from None


# ---- progress and summary ------------------------------------------------------------

class Progress:
    """A rich progress bar on stderr (documents/s and MB/s) when stderr is a terminal."""

    def __init__(self, enabled: bool, total: int | None, label: str) -> None:
        self.enabled = enabled
        self.docs = 0
        self.bytes = 0
        self.t0 = time.perf_counter()
        self._bar = None
        if enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
            from rich.progress import Progress as RP

            self._bar = RP(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                           TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
                           console=Console(stderr=True), transient=True)
            self._bar.start()
            self._task = self._bar.add_task(label, total=total, rate="")

    def advance(self, nbytes: int) -> None:
        self.docs += 1
        self.bytes += nbytes
        if self._bar is not None:
            dt = max(1e-9, time.perf_counter() - self.t0)
            self._bar.update(self._task, advance=1,
                             rate=f"{self.docs / dt:,.0f} docs/s {self.bytes / dt / 1e6:,.2f} MB/s")

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()


class Summary:
    def __init__(self) -> None:
        self.docs = 0
        self.changed = 0
        self.failed = 0
        self.lines = 0
        self.bytes_in = 0
        self.bytes_removed = 0
        self.categories: dict[str, int] = {}
        self.rules: dict[str, int] = {}
        self.flags: dict[str, int] = {}
        self.quarantined = 0

    def add(self, res) -> None:
        s = res.summary()
        self.docs += 1
        self.changed += bool(res.removed)
        self.lines += s["lines_removed"]
        self.bytes_in += len(res.original.encode("utf-8", "surrogatepass"))
        self.bytes_removed += s["bytes_removed"]
        for k, v in s["categories"].items():
            self.categories[k] = self.categories.get(k, 0) + v
        for k, v in s["rules"].items():
            self.rules[k] = self.rules.get(k, 0) + v
        for f in res.flags:
            self.flags[f.kind] = self.flags.get(f.kind, 0) + 1

    def print(self, seconds: float) -> None:
        from rich.console import Console
        from rich.table import Table

        con = Console(stderr=True)
        mb = self.bytes_in / 1e6
        con.print(f"{self.docs} documents, {self.changed} changed, {self.lines} lines / {self.bytes_removed:,} bytes "
                  f"removed, {self.failed} failed"
                  + (f", {self.quarantined} quarantined" if self.quarantined else "")
                  + (f" ({self.docs / seconds:,.0f} docs/s, {mb / seconds:,.2f} MB/s)" if seconds > 0 and self.docs else ""))
        if self.categories:
            t = Table("category", "lines removed")
            for k, v in sorted(self.categories.items(), key=lambda kv: -kv[1]):
                t.add_row(k, str(v))
            con.print(t)
        if self.flags:
            con.print("flags: " + ", ".join(f"{k}={v}" for k, v in sorted(self.flags.items())))


# ---- clean ------------------------------------------------------------------------

@app.command()
def clean(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursive), JSONL corpora, or - for stdin.")],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Output folder (mirrored tree) or, for one JSONL input, a .jsonl[.gz] file.")] = None,
    in_place: Annotated[bool, typer.Option("--in-place", "-i", help="Rewrite files atomically.")] = False,
    report: Annotated[Path | None, typer.Option("--report", help="Write one JSON line per document here.")] = None,
    report_html: Annotated[Path | None, typer.Option("--report-html", help="Write a self-contained HTML report here.")] = None,
    diff: Annotated[bool, typer.Option("--diff", help="Print unified diffs.")] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", "-n", help="Write no cleaned files.")] = False,
    glob: Annotated[str, typer.Option("--glob", help="File pattern(s) inside folders, comma-separated.")] = "*.txt",
    html: Annotated[bool, typer.Option("--html", help="Inputs are HTML pages (auto for .html/.htm files).")] = False,
    encoding: Annotated[str, typer.Option("--encoding", help="Input encoding: utf-8 (strict, default), auto, or a codec name.")] = "utf-8",
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Refuse files larger than this.")] = 64 * 1024 * 1024,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", help="Worker processes (default: number of cores).")] = None,
    text_key: Annotated[str, typer.Option("--text-key", help="JSONL field holding the text.")] = "text",
    id_key: Annotated[str, typer.Option("--id-key", help="JSONL field holding the document id.")] = "id",
    url_key: Annotated[str, typer.Option("--url-key", help="JSONL field holding the URL (also looked up in metadata).")] = "url",
    attributes: Annotated[Path | None, typer.Option("--attributes", help="Write Dolma-style span attributes (JSONL) here.")] = None,
    drop_spam: Annotated[bool, typer.Option("--drop-spam", help="Move flagged spam documents to a quarantine (rejected/ or rejected.jsonl).")] = False,
    spam_threshold: Annotated[float | None, typer.Option("--spam-threshold", help="Flag score at which a document counts as spam.")] = None,
    line_counts: Annotated[Path | None, typer.Option("--line-counts", help="Cross-document line counts: reuse this file if it exists, else compute and save it.")] = None,
    repeat_min_docs: Annotated[int | None, typer.Option("--repeat-min-docs", help="Remove lines found in at least this many documents of a site/folder (enables the cross-document pass).")] = None,
    rules: RulesOpt = None,
    disable: DisableOpt = None,
    min_score: MinScoreOpt = None,
    no_default_rules: NoDefaultOpt = False,
    language: LangOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary on stderr.")] = False,
    progress: Annotated[bool | None, typer.Option("--progress/--no-progress", help="Progress bar (default: when stderr is a terminal and there are many documents).")] = None,
) -> None:
    """Clean files, folders or JSONL corpora and report what was removed."""
    from .batch import default_jobs
    from .engine import Engine, EngineOptions

    base = _base_config(rules, disable, min_score, no_default_rules, language, spam_threshold)
    _check_config(base)
    if in_place and out is not None:
        raise typer.BadParameter("use either --out or --in-place", param_hint="--in-place")
    opts = EngineOptions(
        out=out, in_place=in_place, report=report, report_html=report_html, diff=diff, dry_run=dry_run,
        glob=glob, html=html, encoding=encoding, max_bytes=max_bytes, jobs=jobs or default_jobs(),
        text_key=text_key, id_key=id_key, url_key=url_key, attributes=attributes, drop_spam=drop_spam,
        spam_threshold=base.spam_threshold, line_counts=line_counts, repeat_min_docs=repeat_min_docs,
        quiet=quiet, progress=progress,
    )
    engine = Engine(base, opts, err=_err)
    try:
        code = engine.run(paths)
    except KeyboardInterrupt:
        _err("interrupted: files written so far are complete; run again to finish")
        raise typer.Exit(130) from None
    except Terminated:
        _err("terminated: files written so far are complete; run again to finish")
        raise typer.Exit(143) from None
    except ValueError as exc:  # usage problems found while planning outputs
        _err(str(exc))
        raise typer.Exit(EXIT_USAGE) from None
    raise typer.Exit(code)


def _hook(paths: list[str], fix: bool, rules, disable, min_score, fail_on_spam: bool, glob: str, encoding: str) -> int:
    from .engine import Engine, EngineOptions

    base = _base_config(rules, disable, min_score)
    _check_config(base)
    opts = EngineOptions(in_place=fix, dry_run=not fix, glob=glob, encoding=encoding, jobs=1, quiet=True,
                         progress=False, hook="fix" if fix else "check", fail_on_spam=fail_on_spam,
                         spam_threshold=base.spam_threshold)
    return Engine(base, opts, err=_err).run(paths)


@app.command()
def check(
    paths: Annotated[list[str], typer.Argument(help="Files or folders to check.")],
    fail_on_spam: Annotated[bool, typer.Option("--fail-on-spam", help="Also fail when a file is flagged as spam.")] = False,
    glob: Annotated[str, typer.Option("--glob")] = "*.txt",
    encoding: Annotated[str, typer.Option("--encoding")] = "utf-8",
    rules: RulesOpt = None,
    disable: DisableOpt = None,
    min_score: MinScoreOpt = None,
) -> None:
    """Report per file what would be removed; change nothing; exit 1 if anything would be removed."""
    raise typer.Exit(_hook(paths, False, rules, disable, min_score, fail_on_spam, glob, encoding))


@app.command()
def fix(
    paths: Annotated[list[str], typer.Argument(help="Files or folders to fix in place.")],
    fail_on_spam: Annotated[bool, typer.Option("--fail-on-spam", help="Also fail when a file is flagged as spam.")] = False,
    glob: Annotated[str, typer.Option("--glob")] = "*.txt",
    encoding: Annotated[str, typer.Option("--encoding")] = "utf-8",
    rules: RulesOpt = None,
    disable: DisableOpt = None,
    min_score: MinScoreOpt = None,
) -> None:
    """Rewrite files atomically, printing "Fixing PATH"; exit 1 when something changed."""
    raise typer.Exit(_hook(paths, True, rules, disable, min_score, fail_on_spam, glob, encoding))


# ---- explain ----------------------------------------------------------------------

@app.command()
def explain(
    path: Annotated[str, typer.Argument(help="A text file (or - for stdin).")],
    url: Annotated[str | None, typer.Option("--url", help="The page URL (selects site packs).")] = None,
    top: Annotated[int, typer.Option("--top", help="Feature contributions shown per line.")] = 3,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    encoding: Annotated[str, typer.Option("--encoding")] = "utf-8",
    rules: RulesOpt = None,
    disable: DisableOpt = None,
    min_score: MinScoreOpt = None,
) -> None:
    """Show every line with its scores, rule hit, top feature contributions and decision."""
    from .fileio import InputError, decode_bytes, read_document
    from .settings import config_for

    base = _base_config(rules, disable, min_score)
    try:
        if path == "-":
            text = decode_bytes(sys.stdin.buffer.read(), "<stdin>", encoding).text
            cfg, cfg_files = base, []
        else:
            text = read_document(path, encoding).text
            cfg, cfg_files = config_for(path, base)
    except InputError as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_INPUT) from None
    except ValueError as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_CONFIG) from None
    _check_config(cfg)
    import cleaner

    c = cleaner.default_cleaner(cfg)
    rows, info = c.explain(text, path=None if path == "-" else path, url=url)
    info["config_files"] = [str(p) for p in cfg_files]
    info["disabled"] = sorted(cfg.disabled)
    if as_json:
        out = {"info": info, "lines": [
            {"line": r.index + 1, "text": r.text, "p_body": round(r.p, 4), "keep": r.verdict.keep,
             "rule": r.verdict.rule or (r.hit.id if r.hit else ""), "category": r.verdict.category,
             "score": r.verdict.score, "reason": r.verdict.reason,
             "contributions": {k: round(v, 4) for k, v in r.contributions.items()}} for r in rows]}
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
        return
    from rich.console import Console
    from rich.table import Table

    con = Console()
    con.print(f"[bold]{path}[/bold]  language={info.get('language')}  rules={info.get('rules')}  "
              f"body=lines {info['body'][0] + 1}-{info['body'][1]}" if info.get("body") else f"[bold]{path}[/bold]")
    con.print("packs: " + ", ".join(info["packs"]))
    con.print(f"model: {info['model']}  config: {', '.join(info['config_files']) or '(none)'}  "
              f"disabled: {', '.join(info['disabled']) or '(none)'}")
    if info.get("terminator") is not None:
        con.print(f"terminator: line {int(info['terminator']) + 1}")
    if info.get("guard"):
        con.print(f"safety guard: {info['guard']}")
    t = Table("#", "keep", "p(body)", "rule / category", "top contributions", "text", show_lines=False)
    for r in rows:
        if not r.text:
            continue
        contrib = sorted(r.contributions.items(), key=lambda kv: -abs(kv[1]))[:top]
        rule = r.verdict.rule or (f"({r.hit.id})" if r.hit else "")
        t.add_row(str(r.index + 1), "keep" if r.verdict.keep else "[red]drop[/red]", f"{r.p:.2f}",
                  f"{rule}\n{r.verdict.category}" if r.verdict.category else rule,
                  " ".join(f"{k}{v:+.1f}" for k, v in contrib), r.text[:90])
    con.print(t)


# ---- rules ------------------------------------------------------------------------

@rules_app.command("list")
def rules_list(rules: RulesOpt = None, sites: Annotated[bool, typer.Option("--sites", help="Include site packs.")] = False) -> None:
    """List every rule: id, category, action, region, score, pack, description (tab-separated)."""
    from .resources import site_pack_paths
    from .rules import load_packs

    cfg = _base_config(rules, None, None)
    _check_config(cfg)
    import cleaner

    c = cleaner.default_cleaner(cfg)
    c._compile()
    packs = list(c.packs) + (load_packs(site_pack_paths()) if sites else [])
    sys.stdout.write("id\tcategory\taction\tregion\tscore\tpack\tdescription\n")
    for p in packs:
        for r in p.rules:
            desc = " ".join(r.description.split())
            sys.stdout.write(f"{r.id}\t{r.category}\t{r.action}\t{r.region}\t{r.score:.2f}\t{p.name}\t{desc}\n")


@rules_app.command("test")
def rules_test(rules: RulesOpt = None) -> None:
    """Run every rule's inline examples (match / no_match); exit 1 on any failure."""
    from .resources import default_pack_paths, site_pack_paths
    from .rules import RulePackError, check_examples, load_packs

    paths = [*default_pack_paths(), *site_pack_paths(), *(rules or [])]
    try:
        packs = load_packs(paths)
    except RulePackError as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_CONFIG) from None
    all_rules = [r for p in packs for r in p.rules]
    failures = check_examples(all_rules)
    n_examples = sum(len(r.examples_match) + len(r.examples_no_match) for r in all_rules)
    for r, ex, expected in failures:
        sys.stdout.write(f"FAIL {r.id} ({r.source}): {'should match' if expected else 'should not match'}: {ex!r}\n")
    missing = [r.id for r in all_rules if not r.examples_match]
    for rid in missing:
        sys.stdout.write(f"FAIL {rid}: no 'match' examples\n")
    ok = n_examples - len(failures)
    sys.stdout.write(f"{len(all_rules)} rules in {len(packs)} packs: {ok} passed, {len(failures) + len(missing)} failed\n")
    raise typer.Exit(EXIT_CHANGED if failures or missing else EXIT_OK)


# ---- eval / report / bench ------------------------------------------------------------

@app.command("eval")
def eval_cmd(
    dataset: Annotated[Path, typer.Argument(help="JSONL[.gz] with text+gold (or html+gold) rows.")],
    html: Annotated[bool, typer.Option("--html", help="Score the html field through clean_html.")] = False,
    limit: Annotated[int | None, typer.Option("--limit")] = None,
    baseline: Annotated[Path | None, typer.Option("--baseline", help="Fail below the floors pinned in this JSON (eval gate).")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Score cleaning against gold bodies (4-gram shingle precision/recall/F1, per-document mean)."""
    from .evaluate import EvalError, evaluate_file, gate

    try:
        res = evaluate_file(str(dataset), html=html, limit=limit)
    except EvalError as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_INPUT) from None
    if as_json:
        sys.stdout.write(json.dumps(res, indent=1) + "\n")
    else:
        sys.stdout.write(" ".join(f"{k}={v}" for k, v in res.items()) + "\n")
    if baseline is not None:
        problems = gate(res, str(baseline), str(dataset))
        for p in problems:
            _err(p)
        if problems:
            raise typer.Exit(EXIT_CHANGED)
        sys.stdout.write("eval gate: passed\n")


@app.command()
def report(path: Annotated[Path, typer.Argument(help="A JSONL report written by --report.")]) -> None:
    """Print the summary table of a JSONL report."""
    from rich.console import Console
    from rich.table import Table

    docs = lines = nbytes = 0
    cats: dict[str, int] = {}
    rules: dict[str, int] = {}
    flags: dict[str, int] = {}
    try:
        with open(path, encoding="utf-8") as f:
            for n, raw in enumerate(f, 1):
                if not raw.strip():
                    continue
                try:
                    row = json.loads(raw)
                    s = row["summary"]
                except (json.JSONDecodeError, KeyError, TypeError):
                    _err(f"{path}:{n}: not a cleaner report row; skipped")
                    continue
                docs += 1
                lines += s["lines_removed"]
                nbytes += s["bytes_removed"]
                for k, v in s["categories"].items():
                    cats[k] = cats.get(k, 0) + v
                for k, v in s["rules"].items():
                    rules[k] = rules.get(k, 0) + v
                for k in s.get("flags", []):
                    flags[k] = flags.get(k, 0) + 1
    except OSError as exc:
        _err(f"{path}: cannot read: {exc.strerror or exc}")
        raise typer.Exit(EXIT_INPUT) from None
    con = Console()
    con.print(f"{docs} documents, {lines} lines and {nbytes:,} bytes removed")
    for title, data in (("category", cats), ("rule", rules), ("flag", flags)):
        if data:
            t = Table(title, "count")
            for k, v in sorted(data.items(), key=lambda kv: (-kv[1], kv[0])):
                t.add_row(k, str(v))
            con.print(t)


class Terminated(BaseException):
    """SIGTERM, turned into an exception so that temp files are removed on the way out."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise Terminated()


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True, "help_option_names": []})
def bench(ctx: typer.Context) -> None:
    """Benchmark throughput against jusText and trafilatura, size growth, memory, --jobs, start-up
    (options: cleaner bench --help)."""
    from .bench import main as bench_main

    raise typer.Exit(bench_main(list(ctx.args), prog="cleaner bench"))


def main() -> None:
    """Console-script entry point."""
    import signal

    try:
        signal.signal(signal.SIGTERM, _on_sigterm)
    except ValueError:  # not the main thread
        pass
    try:
        app()
    except Terminated:
        _err("terminated: files written so far are complete; run again to finish")
        sys.exit(143)
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
