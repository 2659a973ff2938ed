"""The CLI through typer's CliRunner: outputs, reports, exit codes and bad input."""

from __future__ import annotations

import gzip
import json
import shutil

import pytest
from conftest import ROOT, seed
from typer.testing import CliRunner

from cleaner.batch import apply_spans
from cleaner.cli import app

runner = CliRunner()


def run(*args: str, input: str | bytes | None = None):
    return runner.invoke(app, [str(a) for a in args], input=input, catch_exceptions=False)


@pytest.fixture
def corpus(tmp_path):
    d = tmp_path / "in"
    shutil.copytree(ROOT / "seeds", d)
    (d / "README.md").unlink(missing_ok=True)
    return d


def test_single_file_prints_clean_text(tmp_path) -> None:
    res = run("clean", ROOT / "seeds" / "003_d124770e61538d97.txt", "-q")
    assert res.exit_code == 0
    assert "Skip to main content" not in res.stdout
    assert res.stdout.startswith("Russian cyber firm")


def test_folder_to_out_tree_with_report(corpus, tmp_path) -> None:
    out = tmp_path / "out"
    report = tmp_path / "report.jsonl"
    res = run("clean", corpus, "--out", out, "--report", report, "--jobs", "1")
    assert res.exit_code == 0, res.output
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in corpus.glob("*.txt"))
    rows = [json.loads(x) for x in report.read_text().splitlines()]
    assert len(rows) == 5
    by_id = {r["id"]: r for r in rows}
    skip = by_id[str(corpus / "003_d124770e61538d97.txt")]["removed"][0]
    assert skip["rule"] == "nav.skip-link" and skip["category"] == "navigation" and skip["reason"]
    assert (out / "001_5b8f35b077f7bb4e.txt").read_bytes() == (corpus / "001_5b8f35b077f7bb4e.txt").read_bytes()
    assert "5 documents" in res.stderr


def test_in_place_rewrites_only_changed_files(corpus) -> None:
    clean_file = corpus / "001_5b8f35b077f7bb4e.txt"
    before = clean_file.stat().st_mtime_ns
    res = run("clean", corpus, "--in-place", "-q")
    assert res.exit_code == 0
    assert clean_file.stat().st_mtime_ns == before
    assert "Skip to main content" not in (corpus / "003_d124770e61538d97.txt").read_text()
    assert not list(corpus.glob(".*cleaner-tmp"))


def test_dry_run_and_diff_write_nothing(corpus) -> None:
    before = {p.name: p.read_bytes() for p in corpus.iterdir()}
    res = run("clean", corpus, "--dry-run", "--diff", "-q")
    assert res.exit_code == 0
    assert "-Skip to main content" in res.stdout
    assert {p.name: p.read_bytes() for p in corpus.iterdir()} == before


def test_several_inputs_without_output_is_a_usage_error(corpus) -> None:
    res = run("clean", corpus)
    assert res.exit_code == 2
    assert "--out" in res.stderr


def test_bad_inputs_are_one_line_errors_and_the_batch_goes_on(corpus, tmp_path) -> None:
    (corpus / "latin1.txt").write_bytes("Caf\xe9 cr\xe8me, tr\xe8s bon.\n".encode("latin-1"))
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00")
    (corpus / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    res = run("clean", corpus, "--out", out, "-q")
    assert res.exit_code == 3
    errs = [ln for ln in res.stderr.splitlines() if ln]
    assert any("latin1.txt" in e and "not valid UTF-8" in e for e in errs)
    assert any("binary.txt" in e and "binary" in e for e in errs)
    assert "Traceback" not in res.output
    assert not (out / "latin1.txt").exists() and not (out / "binary.txt").exists()
    assert (out / "empty.txt").read_bytes() == b""
    assert (out / "000_acedbda0dd48e0e4.txt").exists()


def test_encoding_auto_detects_latin1(tmp_path) -> None:
    p = tmp_path / "latin1.txt"
    p.write_bytes(("Le conseil municipal a voté mercredi une hausse du budget consacré aux écoles, "
                   "après un long débat très animé.\n").encode("latin-1"))
    res = run("clean", p, "--encoding", "auto", "-q")
    assert res.exit_code == 0
    assert "écoles" in res.stdout


def test_missing_file(tmp_path) -> None:
    res = run("clean", tmp_path / "nope.txt", "-q")
    assert res.exit_code == 3
    assert "nope.txt: no such file" in res.stderr


def test_stdin() -> None:
    res = run("clean", "-", "-q", input=seed("003"))
    assert res.exit_code == 0
    assert "Skip to main content" not in res.stdout


def test_invalid_rule_pack_names_file_and_rule(tmp_path) -> None:
    pack = tmp_path / "bad.yaml"
    pack.write_text("rules:\n  - id: broken.one\n    category: x\n    description: d\n    pattern: '(unclosed'\n")
    res = run("clean", ROOT / "seeds" / "001_5b8f35b077f7bb4e.txt", "--rules", pack)
    assert res.exit_code == 4
    assert str(pack) in res.stderr and "broken.one" in res.stderr
    assert "Traceback" not in res.output


def test_extra_rule_pack_and_disable(tmp_path) -> None:
    pack = tmp_path / "extra.yaml"
    pack.write_text("rules:\n  - id: extra.credit\n    category: credit\n    description: wire credits\n"
                    "    pattern: '\\(reporting by .*\\)'\n    examples: {match: ['(Reporting by A; Editing by B)']}\n")
    res = run("clean", ROOT / "seeds" / "004_df5a8af1619a8075.txt", "--rules", pack, "-q")
    assert "(Reporting by" not in res.stdout
    res = run("clean", ROOT / "seeds" / "003_d124770e61538d97.txt", "--disable", "nav.skip-link", "-q")
    assert "Skip to main content" in res.stdout


def test_explain_shows_rules_and_contributions() -> None:
    res = run("explain", ROOT / "seeds" / "003_d124770e61538d97.txt")
    assert res.exit_code == 0
    assert "nav.skip-link" in res.stdout
    assert "packs:" in res.stdout
    res = run("explain", ROOT / "seeds" / "003_d124770e61538d97.txt", "--json")
    data = json.loads(res.stdout)
    assert data["lines"][0]["rule"] == "nav.skip-link"
    assert data["info"]["packs"]


def test_rules_list_and_test() -> None:
    res = run("rules", "list")
    assert res.exit_code == 0 and "nav.skip-link" in res.stdout
    res = run("rules", "test")
    assert res.exit_code == 0, res.stdout
    assert " 0 failed" in res.stdout


def test_check_and_fix_hooks(corpus) -> None:
    dirty = corpus / "003_d124770e61538d97.txt"
    clean_file = corpus / "001_5b8f35b077f7bb4e.txt"
    res = run("check", dirty, clean_file)
    assert res.exit_code == 1 and "nav.skip-link" in res.stdout
    assert "Skip to main content" in dirty.read_text()
    res = run("fix", dirty, clean_file)
    assert res.exit_code == 1 and f"Fixing {dirty}" in res.stdout
    assert str(clean_file) not in res.stdout
    res = run("check", dirty, clean_file)
    assert res.exit_code == 0


# ---- JSONL ----------------------------------------------------------------------

def make_jsonl(path, n_copies: int = 2, gz: bool = False) -> list[dict]:
    rows = []
    for k in range(n_copies):
        for p in sorted((ROOT / "seeds").glob("*.txt")):
            rows.append({"id": f"{p.stem}-{k}", "text": p.read_text(encoding="utf-8"),
                         "url": "https://example.com/x", "extra": {"keep": k}})
    data = "".join(json.dumps(r) + "\n" for r in rows).encode()
    path.write_bytes(gzip.compress(data) if gz else data)
    return rows


@pytest.mark.parametrize("gz", [False, True])
def test_jsonl_keeps_fields_and_adds_metadata(tmp_path, gz: bool) -> None:
    src = tmp_path / ("in.jsonl.gz" if gz else "in.jsonl")
    rows = make_jsonl(src, gz=gz)
    out = tmp_path / "out.jsonl"
    attrs = tmp_path / "attrs.jsonl"
    res = run("clean", src, "--out", out, "--attributes", attrs, "--jobs", "1", "-q")
    assert res.exit_code == 0, res.output
    got = [json.loads(x) for x in out.read_text().splitlines()]
    assert [g["id"] for g in got] == [r["id"] for r in rows]
    assert all(g["extra"] == r["extra"] and g["url"] == r["url"] for g, r in zip(got, rows))
    meta = got[3]["metadata"]["cleaner"]
    assert meta["removed_lines"] > 0 and "navigation" in meta["categories"] and "flags" in meta
    spans = [json.loads(x) for x in attrs.read_text().splitlines()]
    assert [s["id"] for s in spans] == [r["id"] for r in rows]
    for r, g, s in zip(rows, got, spans):
        all_spans = [sp for v in s["attributes"].values() for sp in v]
        assert apply_spans(r["text"], all_spans) == g["text"]
        assert all(k.startswith("cleaner__") and k.endswith("__removed") for k in s["attributes"])


def test_jsonl_jobs_give_identical_results(tmp_path) -> None:
    src = tmp_path / "in.jsonl"
    make_jsonl(src, n_copies=6)
    run("clean", src, "--out", tmp_path / "one.jsonl", "--jobs", "1", "-q")
    run("clean", src, "--out", tmp_path / "two.jsonl", "--jobs", "2", "-q")
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()


def test_jsonl_broken_rows_reported_with_line_numbers(tmp_path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1, "text": "Hello world."}\n{broken\n{"id": 3}\n{"id": 4, "text": 5}\n'
                   '{"id": 5, "text": "Fine."}\n')
    out = tmp_path / "out.jsonl"
    res = run("clean", src, "--out", out, "-q")
    assert res.exit_code == 3
    assert f"{src}:2: invalid JSON" in res.stderr
    assert f"{src}:3: no 'text' field" in res.stderr
    assert f"{src}:4: field 'text' is int" in res.stderr
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == [1, 5]


def test_jsonl_custom_keys(tmp_path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"doc": "a", "body": seed("003"), "metadata": {"link": "https://x.org/p"}}) + "\n")
    out = tmp_path / "out.jsonl"
    res = run("clean", src, "--out", out, "--text-key", "body", "--id-key", "doc", "--url-key", "link", "-q")
    assert res.exit_code == 0, res.output
    row = json.loads(out.read_text())
    assert "Skip to main content" not in row["body"]
    assert row["metadata"]["link"] == "https://x.org/p" and row["metadata"]["cleaner"]["removed_lines"] > 0


# ---- configuration files ------------------------------------------------------------

def test_folder_config_cascade(tmp_path) -> None:
    root = tmp_path / "corpus"
    sub = root / "blogs"
    sub.mkdir(parents=True)
    (root / "a.txt").write_text(seed("003"))
    (sub / "b.txt").write_text(seed("003"))
    (sub / "c.txt").write_text(seed("003"))
    (root / ".cleaner.yaml").write_text("disable: [comments.heading]\n")
    (sub / ".cleaner.yaml").write_text("disable: [nav.skip-link]\nfiles:\n  c.txt: {disable: [nav.*]}\n")
    out = tmp_path / "out"
    res = run("clean", root, "--out", out, "-q")
    assert res.exit_code == 0, res.output
    a = (out / "a.txt").read_text()
    b = (out / "blogs" / "b.txt").read_text()
    assert "Skip to main content" not in a and "\nComments\n" in a
    assert "Skip to main content" in b and "\nComments\n" in b
    res = run("explain", sub / "c.txt", "--json")
    info = json.loads(res.stdout)["info"]
    assert "nav.*" in info["disabled"] and len(info["config_files"]) == 2


def test_bad_config_file_is_reported(tmp_path) -> None:
    (tmp_path / "a.txt").write_text(seed("001"))
    (tmp_path / ".cleaner.yaml").write_text("colour: blue\n")
    res = run("clean", tmp_path, "--out", tmp_path / "out", "-q")
    assert res.exit_code == 3
    assert ".cleaner.yaml: unknown key(s) colour" in res.stderr


def test_jsonl_check_and_fix(tmp_path) -> None:
    src = tmp_path / "in.jsonl"
    make_jsonl(src, n_copies=1)
    before = src.read_bytes()
    res = run("check", src)
    assert res.exit_code == 1 and f"{src}:4: would remove" in res.stdout
    assert src.read_bytes() == before
    res = run("fix", src)
    assert res.exit_code == 1 and f"Fixing {src}" in res.stdout
    rows = [json.loads(x) for x in src.read_text().splitlines()]
    assert len(rows) == 5 and "Skip to main content" not in rows[3]["text"]
    assert run("check", src).exit_code == 0


def test_new_output_files_are_world_readable(tmp_path) -> None:
    out = tmp_path / "out"
    run("clean", ROOT / "seeds", "--out", out, "-q")
    mode = (out / "000_acedbda0dd48e0e4.txt").stat().st_mode & 0o777
    assert mode & 0o044 == 0o044


def test_cross_document_repeated_lines_and_saved_counts(tmp_path) -> None:
    site = tmp_path / "corpus" / "site"
    site.mkdir(parents=True)
    body = [
        "The harbour authority approved a new ferry timetable on Tuesday after months of debate among local councillors.",
        "Residents of the island villages had asked for earlier morning crossings so that commuters could reach work.",
        "The operator said two additional boats would be leased for the summer season to cover the extra sailings.",
    ]
    for k in range(6):
        lines = [f"Story number {k} about the harbour", "", *(f"{b} Report {k}." for b in body),
                 "", "Questions about this story? Write to the desk", "Harbour Gazette is published daily by the Gazette Group"]
        (site / f"p{k}.txt").write_text("\n".join(lines) + "\n")
    out = tmp_path / "out"
    counts = tmp_path / "counts.bin"
    res = run("clean", tmp_path / "corpus", "--out", out, "--repeat-min-docs", "3", "--line-counts", counts,
              "--report", tmp_path / "r.jsonl", "-q")
    assert res.exit_code == 0, res.output
    assert counts.exists()
    text = (out / "site" / "p0.txt").read_text()
    assert "Harbour Gazette is published daily" not in text
    assert "Report 0." in text
    rows = [json.loads(x) for x in (tmp_path / "r.jsonl").read_text().splitlines()]
    rep = [r for row in rows for r in row["removed"] if r["category"] == "repeated-across-docs"]
    assert rep and "6 of 6" in rep[0]["reason"]
    # the saved counts are reused by a second run on a copy of the corpus elsewhere
    shutil.copytree(tmp_path / "corpus", tmp_path / "copy")
    res = run("clean", tmp_path / "copy", "--out", tmp_path / "out2", "--line-counts", counts, "-q")
    assert res.exit_code == 0
    assert "Harbour Gazette is published daily" not in (tmp_path / "out2" / "site" / "p1.txt").read_text()


def test_bench_command_passes_options_through(tmp_path) -> None:
    res = runner.invoke(app, ["bench", "--help"])
    assert res.exit_code == 0 and "--quick" in res.stdout
