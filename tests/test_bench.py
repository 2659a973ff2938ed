"""``cleaner.bench``: a --quick run on the synthetic corpus gives every section, positive rates."""

from __future__ import annotations

import json
from pathlib import Path

from cleaner import bench


def test_quick_synthetic_run(tmp_path: Path, capsys) -> None:
    out = tmp_path / "bench.json"
    code = bench.main([
        "--quick", "--synthetic", "--synthetic-docs", "6", "--repeat", "1", "--max-size", "10KB",
        "--memory-docs", "4,12", "--parallel-docs", "12", "--docs-scale", "1", "--startup-repeat", "1",
        "--profile", "--profile-top", "5", "--quiet", "--tmpdir", str(tmp_path), "--json", str(out),
    ])
    assert code == 0
    res = json.loads(out.read_text(encoding="utf-8"))
    for section in ("meta", "throughput", "growth", "memory", "parallel", "startup", "profile", "targets"):
        assert section in res, section

    rates = {r["system"]: r for r in res["throughput"]}
    assert {"ours-text", "ours-html", "trafilatura-text", "trafilatura-html"} <= set(rates)
    for name, r in rates.items():
        if "skipped" in r:  # an optional peer that is not installed
            continue
        assert "error" not in r, (name, r.get("error"))
        assert r["docs"] == 6 and r["docs_per_s"] > 0 and r["mb_per_s"] > 0, name
        assert r["speed_vs_ours_text"] > 0
    assert rates["ours-text"]["speed_vs_ours_text"] == 1.0

    growth = [r for r in res["growth"]["rows"] if "seconds" in r]
    assert [r["size"] for r in growth] == [1_000, 10_000]
    assert all(r["s_per_mb"] > 0 for r in growth)

    assert [r["docs"] for r in res["memory"]["rows"]] == [4, 12]
    assert all(r["peak_rss_mb"] > 0 and r["docs_per_s"] > 0 for r in res["memory"]["rows"])
    assert [r["jobs"] for r in res["parallel"]["rows"]] == [1, 2] and res["parallel"]["speedup"] > 0
    startup = {r["command"]: r["seconds"] for r in res["startup"]["rows"]}
    assert startup["cleaner --help"] > 0 and startup["python -c 'import cleaner'"] > 0
    assert res["profile"]["by_cumulative"] and res["profile"]["by_self"]
    assert {t["status"] for t in res["targets"]} <= {"PASS", "FAIL", "n/a"}

    text = capsys.readouterr().out
    assert "### Throughput" in text and "### Targets" in text
    assert not list(tmp_path.glob("cleaner-bench-*")), "temporary corpora left behind"

    # the saved JSON renders again
    assert bench.main(["--from-json", str(out)]) == 0


def test_usage_errors_return_2() -> None:
    assert bench.main(["--only", "nonsense"]) == 2
    assert bench.main(["--help"]) == 0


def test_sizes_and_documents() -> None:
    assert bench.parse_size("10MB") == 10_000_000 and bench.parse_size("100 KB") == 100_000
    assert bench.parse_size("1500") == 1500
    pages = bench.synthetic_pages(5, bench.DEFAULT_SEEDS)
    assert len(pages) == 5 and all(p.text.endswith("\n") and "<p>" in p.html for p in pages)
    doc = bench.big_document(pages, 50_000)
    assert 49_000 <= len(doc.encode("utf-8")) <= 50_000 and doc.endswith("\n")
