"""The HTML report (``cleaner clean --report-html``), checked as rendered by headless Chromium.

The report is generated through the real CLI (a subprocess running ``python -m cleaner``)
on ``seeds/``, next to a JSONL report used as the reference. The browser tests load the
page in Debian's ``chromium`` (``apt-get install -y chromium``), dump the DOM after the
page's JavaScript ran, and save a screenshot to ``artifacts/report.png`` (and to the
test's tmp dir). They are skipped when /usr/bin/chromium is absent; the rest of the
module (markup, escaping, capping) needs no browser.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import lxml.html
import pytest

from cleaner.report_html import MAX_FULL_DOC_LINES, render_report, write_report

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "artifacts"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--hide-scrollbars",
]

needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="headless browser test needs Debian's chromium at /usr/bin/chromium (apt-get install -y chromium)",
)


# ---- fixtures -------------------------------------------------------------------------

class Run:
    """One CLI run on seeds/: the HTML report and the JSONL rows written next to it."""

    def __init__(self, html: Path, rows: list[dict], tmp: Path) -> None:
        self.html = html
        self.rows = rows
        self.tmp = tmp

    @property
    def lines_removed(self) -> int:
        return sum(r["summary"]["lines_removed"] for r in self.rows)

    def category_lines(self, category: str) -> int:
        return sum(r["summary"]["categories"].get(category, 0) for r in self.rows)

    def row(self, prefix: str) -> dict:
        return next(r for r in self.rows if Path(r["path"]).name.startswith(prefix))


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    tmp = tmp_path_factory.mktemp("report")
    html, jsonl = tmp / "report.html", tmp / "report.jsonl"
    proc = subprocess.run(
        [sys.executable, "-m", "cleaner", "clean", "seeds/", "--dry-run", "--quiet", "--jobs", "1",
         "--report", str(jsonl), "--report-html", str(html)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) == 5
    return Run(html, rows, tmp)


def chromium(args: list[str], tmp: Path, timeout: float = 60) -> subprocess.CompletedProcess:
    profile = tmp / f"chromium-profile-{os.getpid()}"
    profile.mkdir(exist_ok=True)
    env = {**os.environ, "HOME": str(tmp)}  # keep crash dumps and caches out of the real home
    return subprocess.run([str(CHROMIUM), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, timeout=timeout, env=env)


def dump_dom(url: str, tmp: Path) -> lxml.html.HtmlElement:
    proc = chromium(["--dump-dom", url], tmp)
    dom = proc.stdout.decode("utf-8")
    assert proc.returncode == 0 and "<html" in dom, proc.stderr.decode("utf-8", "replace")[-2000:]
    return lxml.html.document_fromstring(dom)


def has_class(cls: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {cls} ')"


def removed_lines(doc: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    return doc.xpath(f"//div[{has_class('line')} and {has_class('removed')}]")


def docs_of(doc: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    return doc.xpath(f"//section[{has_class('doc')}]")


def text_of(doc: lxml.html.HtmlElement, element_id: str) -> str:
    (el,) = doc.xpath(f"//*[@id='{element_id}']")
    return el.text_content().strip()


# ---- the page as written (no browser) ------------------------------------------------------

def test_report_is_self_contained(run: Run) -> None:
    page = run.html.read_text(encoding="utf-8")
    doc = lxml.html.document_fromstring(page)
    assert not doc.xpath("//link | //img | //iframe | //object | //embed | //script[@src] | //*[@srcset]")
    assert "@import" not in page and "url(" not in page
    assert len(doc.xpath("//script")) == 1 and len(doc.xpath("//style")) == 1
    csp = doc.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert csp and "default-src 'none'" in csp[0]


def test_report_marks_every_removed_line(run: Run) -> None:
    doc = lxml.html.document_fromstring(run.html.read_text(encoding="utf-8"))
    sections = docs_of(doc)
    assert len(sections) == 5
    for section, row in zip(sections, run.rows):
        assert section.get("data-key") == row["path"]
        removed = section.xpath(f".//div[{has_class('removed')}]")
        kept = section.xpath(f".//div[{has_class('kept')}]")
        assert len(removed) == row["summary"]["lines_removed"]
        original = Path(ROOT / row["path"]).read_text(encoding="utf-8")
        assert len(removed) + len(kept) == len(original.splitlines())
        expected = {i + 1: r for r in row["removed"] for i in range(r["start"], r["end"])}
        for line in removed:
            r = expected[int(line.get("data-line"))]
            assert line.get("data-rule") == r["rule"] and line.get("data-category") == r["category"]
            assert r["rule"] in line.get("title") and r["reason"] in line.get("title")
            assert f"{r['score']:.2f}" in line.get("title")
        for line in kept:
            assert int(line.get("data-line")) not in expected
            assert line.get("title") is None and line.get("data-rule") is None


def test_write_report_escapes_untrusted_text(tmp_path: Path) -> None:
    evil = '<script>alert("x")</script>'
    original = f"{evil}\n<img src=x onerror=alert(1)>\nok \x00\x07 \ud800 end\n"
    docs = [{
        "id": evil, "key": f"a{evil}.txt", "original": original, "path": "p", "url": "javascript:alert(1)",
        "language": "en",
        "removed": [{"start": 0, "end": 2, "text": "", "rule": f'r"><b>{evil}', "category": f"c'{evil}",
                     "score": 0.5, "reason": f"because {evil}", "stage": "text"}],
        "flags": [{"kind": f"spun{evil}", "score": 0.9, "evidence": {"words": evil}}],
        "summary": {"lines_removed": 2, "bytes_removed": 10, "categories": {f"c'{evil}": 2},
                    "rules": {f'r"><b>{evil}': 2}, "flags": [f"spun{evil}"]},
    }]
    out = tmp_path / "r.html"
    write_report(str(out), docs, None)
    page = out.read_text(encoding="utf-8")  # strict UTF-8: the lone surrogate was replaced
    assert page.count("<script") == 1 and "<img" not in page and "<b>" not in page
    assert 'href="javascript:' not in page
    tree = lxml.html.document_fromstring(page)
    (line,) = tree.xpath("//div[@data-line='1']")
    assert line.get("data-rule") == f'r"><b>{evil}' and line.get("data-category") == f"c'{evil}"
    assert evil in line.text_content()
    assert list(tmp_path.iterdir()) == [out]  # atomic write: no temp file left


def test_capped_report_says_so(tmp_path: Path) -> None:
    docs = [{"id": str(i), "key": f"d{i}.txt", "original": "a\nb\n", "removed": [], "flags": [],
             "summary": {"lines_removed": 0, "bytes_removed": 0, "categories": {}, "rules": {}, "flags": []}}
            for i in range(3)]
    page = render_report(docs, {"docs": 7, "changed": 0, "lines": 0, "bytes_in": 28, "bytes_removed": 0,
                                "categories": {}, "rules": {}, "flags": {}})
    tree = lxml.html.document_fromstring(page)
    assert text_of(tree, "summary-docs") == "7"
    assert "first 3 of 7" in text_of(tree, "capped-notice")
    tree = lxml.html.document_fromstring(render_report(docs, None, total_docs=2000 + 5))
    assert "first 3 of 2,005" in text_of(tree, "capped-notice")
    assert not lxml.html.document_fromstring(render_report(docs, None)).xpath("//*[@id='capped-notice']")


def test_long_document_is_collapsed_around_removals(tmp_path: Path) -> None:
    n = MAX_FULL_DOC_LINES + 500
    original = "".join(f"line {i}\n" for i in range(n))
    docs = [{"id": "big", "key": "big.txt", "original": original, "flags": [],
             "removed": [{"start": 1000, "end": 1002, "text": "", "rule": "r", "category": "c", "score": 1.0,
                          "reason": "x", "stage": "text"}],
             "summary": {"lines_removed": 2, "bytes_removed": 20, "categories": {"c": 2}, "rules": {"r": 2},
                         "flags": []}}]
    tree = lxml.html.document_fromstring(render_report(docs))
    assert [int(e.get("data-line")) for e in removed_lines(tree)] == [1001, 1002]
    assert len(tree.xpath(f"//div[{has_class('kept')}]")) == 6
    omitted = tree.xpath(f"//div[{has_class('omitted')}]/@data-count")
    assert sum(int(c) for c in omitted) == n - 8
    assert tree.xpath("//*[@id='collapsed-notice']")


# ---- in a real browser ----------------------------------------------------------------------

@needs_chromium
def test_browser_renders_summary_and_lines(run: Run) -> None:
    doc = dump_dom(run.html.as_uri(), run.tmp)
    assert doc.xpath("/html/@data-ready") == ["1"], "the page's script did not run"
    assert text_of(doc, "summary-docs") == "5"
    assert text_of(doc, "summary-lines") == str(run.lines_removed)
    assert len(docs_of(doc)) == 5 and not doc.xpath("//section[@hidden]")
    assert text_of(doc, "filter-status").startswith("showing 5 of 5 documents")
    skip = doc.xpath("//section[contains(@data-key, '003_')]//div[@data-rule='nav.skip-link']")
    assert skip and skip[0].text_content().strip().startswith("Skip to main content")
    assert "nav.skip-link" in skip[0].get("title") and skip[0].get("data-category") == "navigation"
    assert "removed" in skip[0].get("class").split()
    assert len(removed_lines(doc)) == run.lines_removed
    assert not [e for e in removed_lines(doc) if e.get("hidden") is not None]
    # The category table and chart cover every category of the JSON report.
    categories = {k for r in run.rows for k in r["summary"]["categories"]}
    assert set(doc.xpath("//table[@id='table-categories']//tr/@data-filter-category")) == categories
    assert set(doc.xpath("//*[@id='chart-categories']//*[@data-category]/@data-category")) == categories


@needs_chromium
def test_browser_filter_from_url_fragment(run: Run) -> None:
    doc = dump_dom(run.html.as_uri() + "#category=navigation", run.tmp)
    lines = removed_lines(doc)
    nav = [e for e in lines if e.get("data-category") == "navigation"]
    other = [e for e in lines if e.get("data-category") != "navigation"]
    assert nav and other
    assert all(e.get("hidden") is not None for e in other), "non-navigation removed lines must be hidden"
    assert all(e.get("hidden") is None for e in nav)
    visible = [s.get("data-key") for s in docs_of(doc) if s.get("hidden") is None]
    expected = [r["path"] for r in run.rows if r["summary"]["categories"].get("navigation")]
    assert visible == expected
    status = doc.xpath("//*[@id='filter-status']")[0]
    assert status.get("data-docs") == str(len(expected))
    assert status.get("data-lines") == str(run.category_lines("navigation"))
    # Kept lines stay visible as context.
    assert not doc.xpath(f"//div[{has_class('kept')} and @hidden]")


@needs_chromium
def test_browser_filter_by_rule_from_query(run: Run) -> None:
    doc = dump_dom(run.html.as_uri() + "?rule=nav.skip-link&changed=1", run.tmp)
    visible = [s for s in docs_of(doc) if s.get("hidden") is None]
    assert [s.get("data-key") for s in visible] == [run.row("003")["path"]]
    shown = [e for e in removed_lines(doc) if e.get("hidden") is None]
    assert shown and {e.get("data-rule") for e in shown} == {"nav.skip-link"}


@needs_chromium
def test_browser_screenshot(run: Run) -> None:
    shot = run.tmp / "report.png"
    proc = chromium([f"--screenshot={shot}", "--window-size=1280,2000", run.html.as_uri()], run.tmp)
    assert proc.returncode == 0 and shot.exists(), proc.stderr.decode("utf-8", "replace")[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1280, 2000)
    assert len(data) > 50_000  # a blank page compresses to a few KB
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copyfile(shot, ARTIFACTS / "report.png")
    shutil.copyfile(run.html, ARTIFACTS / "report.html")
