"""``cleaner bench``: throughput, scaling, memory, parallelism and start-up, in one run.

Sections (``--only`` picks some, comma-separated):

``text``     documents/s and MB/s of ``cleaner.clean`` on plain text, beside jusText (one ``<p>``
             per line, stoplist by langdetect) and trafilatura (one ``<p>`` per line), the peer
             calls of ``shared/eval/score.py``
``html``     ``cleaner.clean_html`` on the raw HTML, beside trafilatura on the same HTML (its
             defaults, as in ``score.py``, and the settings ``clean_html`` uses)
``growth``   one document of 1 KB .. 10 MB through ``cleaner.clean``: seconds and seconds per MB
``memory``   peak RSS of a ``cleaner clean X.jsonl --out Y.jsonl --jobs 1 --quiet`` subprocess
             streaming generated corpora of 10k and 100k documents
``parallel`` wall time of ``cleaner clean --jobs 2`` against ``--jobs 1`` on 20k documents
``startup``  ``cleaner --help``, ``python -c "import cleaner"`` and the first ``clean()`` call
``profile``  (only when asked for) cProfile of ``cleaner.clean`` over the corpus: top functions

Every system is warmed up once (imports, compiled patterns) before it is timed; throughput is
the best of ``--repeat`` passes over the whole corpus, with the systems interleaved pass by pass
so that load from other processes hits them alike. Ratios are taken within the run. MB are
10^6 bytes of the system's own input (text or HTML); KB are 10^3 bytes.

Input: the dev set (``../shared/eval/aeb-dev.jsonl.gz`` beside the repository, or
``--dataset``), else (or with ``--synthetic``) pages built from ``seeds/*.txt`` with varied
site furniture, wrapped in simple HTML for the HTML section.
"""

from __future__ import annotations

import argparse
import bisect
import gzip
import html as htmlmod
import json
import math
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATASET = REPO.parent / "shared" / "eval" / "aeb-dev.jsonl.gz"
DEFAULT_SEEDS = REPO / "seeds"

SECTIONS = ("text", "html", "growth", "memory", "parallel", "startup")
OPTIONAL_SECTIONS = ("profile",)
GROWTH_SIZES = (1_000, 10_000, 100_000, 1_000_000, 10_000_000)
MB = 1e6

# Targets the project must reach (checked at the end of a run; the benchmark only measures).
TARGETS = {
    "text_vs_justext_mb_s": 10.0,  # ours (text) MB/s >= 10x jusText's
    "html_vs_trafilatura_time": 1.2,  # ours (HTML) seconds <= 1.2x trafilatura on the same HTML
    "peak_rss_mb": 300.0,  # streaming any corpus size
    "growth_flat": 2.0,  # s/MB of the largest document <= 2x that of the 100 KB one
    "jobs_speedup": 1.8,  # --jobs 2 >= 1.8x --jobs 1
    "help_s": 0.3,
    "import_s": 0.5,
}


# ---- corpus ----------------------------------------------------------------------------


@dataclass
class Page:
    """One benchmark document: its plain-text dump and its HTML."""

    id: str
    url: str | None
    text: str
    html: str


def _with_eol(text: str) -> str:
    return text if not text or text.endswith("\n") else text + "\n"


def load_dataset(path: Path, limit: int | None = None) -> list[Page]:
    """Rows ``{id, url, text, html}`` of a JSONL[.gz] file (rows without text are skipped)."""
    opener = gzip.open if str(path).endswith(".gz") else open
    pages: list[Page] = []
    with opener(path, "rt", encoding="utf-8") as f:
        for n, raw in enumerate(f):
            if not raw.strip():
                continue
            row = json.loads(raw)
            text = row.get("text")
            if not isinstance(text, str):
                continue
            html = row.get("html") if isinstance(row.get("html"), str) else as_paragraph_html(text)
            pages.append(Page(str(row.get("id", n)), row.get("url"), text, html))
            if limit is not None and len(pages) >= limit:
                break
    return pages


HEADER_FURNITURE = [
    "Skip to main content", "Home", "News", "World", "Business", "Technology", "Sport", "Opinion",
    "Menu", "Search", "Sign in", "Subscribe", "Log in | Register", "Home | News | Business | Tech | Contact",
    "Accept cookies", "We use cookies to improve your experience on our site. By continuing you accept our use of cookies.",
    "Advertisement", "Breaking News", "Listen to this article", "Share this article",
]
BODY_FURNITURE = [
    "Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "RELATED: {headline}",
    "READ MORE: {headline}", "Click here to subscribe to our newsletter.", "Sponsored content",
]
TAIL_FURNITURE = [
    "Share this:", "Facebook", "Twitter", "WhatsApp", "Email", "Print", "Related Articles", "Trending Now",
    "More From Author", "Latest Posts", "See all >>", "{headline}", "{headline}", "{headline}",
    "Sign up for our daily newsletter", "*we hate spam as much as you do", "Leave a comment",
    "Comments", "You must be logged in to post a comment.", "Follow us on Twitter and Facebook",
    "© 2024 Example Media Ltd. All rights reserved.", "Privacy Policy | Terms of Use | Contact Us",
    "About Us", "Careers", "Advertise with us",
]
SITES = ("example.com", "news.example.org", "dailyexample.net", "example.co.uk", "blog.example.io")


def load_seed_pages(seeds: Path) -> list[list[str]]:
    """Each seed file as its list of non-blank lines (no terminators)."""
    files = sorted(p for p in seeds.glob("*.txt") if p.is_file())
    return [lines for p in files if (lines := [ln.strip() for ln in p.read_text("utf-8").splitlines() if ln.strip()])]


def synthetic_pages(n: int, seeds: Path, seed: int = 0) -> list[Page]:
    """``n`` pages assembled from seed blocks with varied furniture, as text dumps and simple HTML."""
    bodies = load_seed_pages(seeds)
    if not bodies:
        raise FileNotFoundError(f"no seed pages (*.txt) in {seeds}")
    headlines = [b[0] for b in bodies] + [
        "Markets slip as investors weigh rate outlook", "City council approves new cycle lanes",
        "Five things to know before the weekend", "Storm warning issued for the coast",
    ]
    rng = random.Random(seed)
    pages: list[Page] = []
    for i in range(n):
        main = bodies[i % len(bodies)]
        # a contiguous slice of at least half of the seed, sometimes followed by part of another seed
        k = max(1, len(main) // 2)
        start = rng.randrange(0, len(main) - k + 1)
        body = main[start:start + rng.randint(k, len(main) - start)]
        if rng.random() < 0.3:
            other = bodies[rng.randrange(len(bodies))]
            body = body + other[: rng.randint(1, len(other))]
        if body[0] != main[0] and rng.random() < 0.7:
            body = [main[0], *body]

        def fill(s: str) -> str:
            return s.format(headline=rng.choice(headlines))

        header = [fill(rng.choice(HEADER_FURNITURE)) for _ in range(rng.randint(0, 8))]
        tail = [fill(rng.choice(TAIL_FURNITURE)) for _ in range(rng.randint(0, 12))]
        inner = list(body)
        for _ in range(rng.randint(0, 2)):
            inner.insert(rng.randint(1, len(inner)), fill(rng.choice(BODY_FURNITURE)))
        text = "".join(f"{ln}\n" for ln in (*header, *inner, *tail))
        esc = htmlmod.escape
        nav = "".join(f'<li><a href="/s{j}">{esc(ln)}</a></li>' for j, ln in enumerate(header))
        paras = "".join(f"<p>{esc(ln)}</p>" for ln in inner[1:])
        foot = "".join(f"<li>{esc(ln)}</li>" for ln in tail)
        page_html = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{esc(inner[0])}</title></head>"
                     f"<body><header><nav><ul>{nav}</ul></nav></header><main><article><h1>{esc(inner[0])}</h1>"
                     f"{paras}</article></main><aside><ul>{foot}</ul></aside>"
                     f"<footer><p>© 2024 Example Media Ltd.</p></footer></body></html>")
        site = SITES[i % len(SITES)]
        pages.append(Page(f"syn-{i:05d}", f"https://{site}/news/{i}", text, page_html))
    return pages


def big_document(pages: Sequence[Page], size: int) -> str:
    """A document of ~``size`` UTF-8 bytes: whole lines of the pages, concatenated in turn."""
    parts: list[str] = []
    total = 0
    if not any(p.text.strip() for p in pages):
        raise ValueError("the corpus has no text to build documents from")
    while total < size:
        for p in pages:
            for line in _with_eol(p.text).splitlines(keepends=True):
                b = len(line.encode("utf-8"))
                if total + b > size:
                    cut = line.encode("utf-8")[: max(0, size - total - 1)].decode("utf-8", "ignore")
                    if cut.strip():
                        parts.append(cut + "\n")
                        total += len(cut.encode("utf-8")) + 1
                    return "".join(parts)
                parts.append(line)
                total += b
    return "".join(parts)


def write_stream_corpus(pages: Sequence[Page], n_docs: int, path: Path, seed: int = 1) -> dict[str, Any]:
    """A JSONL corpus of ``n_docs`` documents with ids: runs of page lines, ~3.4 KB mean (lognormal).

    Half the documents start at a page's first line, the rest anywhere; a document that
    reaches a page's end continues with the next page (concatenated pages).
    """
    rng = random.Random(seed)
    lines: list[str] = []
    starts: list[int] = []
    urls: list[str | None] = []
    for p in pages:
        if p.text:
            starts.append(len(lines))
            urls.append(p.url)
            lines.extend(_with_eol(p.text).splitlines(keepends=True))
    if not lines:
        raise ValueError("the corpus has no text to build documents from")
    sizes = [len(ln.encode("utf-8")) for ln in lines]
    total = 0
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n_docs):
            target = min(50_000.0, max(300.0, rng.lognormvariate(math.log(2500), 0.8)))
            j = start = rng.choice(starts) if rng.random() < 0.5 else rng.randrange(len(lines))
            buf: list[str] = []
            got = 0
            while got < target:
                buf.append(lines[j])
                got += sizes[j]
                j = (j + 1) % len(lines)
            url = urls[bisect.bisect_right(starts, start) - 1]
            f.write(json.dumps({"id": f"bench-{i:06d}", "url": url, "text": "".join(buf)},
                               ensure_ascii=False) + "\n")
            total += got
    return {"docs": n_docs, "text_bytes": total, "file_bytes": path.stat().st_size}


# ---- systems ---------------------------------------------------------------------------


def as_paragraph_html(text: str) -> str:
    """One ``<p>`` per non-blank line: how ``score.py`` feeds text to the HTML peers."""
    body = "".join(f"<p>{htmlmod.escape(ln)}</p>" for ln in text.splitlines() if ln.strip())
    return f"<html><body>{body}</body></html>"


JUSTEXT_LANGS = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "ru": "Russian", "pl": "Polish", "sv": "Swedish", "ja": "Japanese", "zh-cn": "Chinese",
    "tr": "Turkish", "cs": "Czech", "fi": "Finnish", "da": "Danish", "no": "Norwegian_Bokmal",
    "hu": "Hungarian", "ro": "Romanian", "uk": "Ukrainian", "el": "Greek", "ko": "Korean", "id": "Indonesian",
}


@dataclass
class System:
    """A system under test: a name, its input field, and a loader returning the per-document call."""

    name: str
    label: str
    field: str  # "text" | "html"
    load: Callable[[], Callable[[Page], Any]]
    section: str
    reset: Callable[[], None] | None = None  # called before each timed pass


def _clear_line_caches() -> None:
    """Each pass over the corpus starts with no line remembered from an earlier pass."""
    import cleaner

    cleaner.default_cleaner().clear_caches()


def _ours_text() -> Callable[[Page], Any]:
    import cleaner

    return lambda p: cleaner.clean(p.text).text


def _ours_text_cold() -> Callable[[Page], Any]:
    import cleaner

    def run(p: Page) -> str:
        cleaner.default_cleaner().clear_caches()  # no line seen before: no cross-document reuse
        return cleaner.clean(p.text).text

    return run


def _ours_html() -> Callable[[Page], Any]:
    import cleaner

    return lambda p: cleaner.clean_html(p.html).text


def _justext() -> Callable[[Page], Any]:
    import justext
    from langdetect import DetectorFactory, detect

    def run(p: Page) -> str:
        DetectorFactory.seed = 0
        try:
            lang = detect(p.text[:2000])
        except Exception:  # noqa: BLE001 - as score.py: fall back to English
            lang = "en"
        try:
            stop = justext.get_stoplist(JUSTEXT_LANGS.get(lang, "English"))
        except ValueError:
            stop = justext.get_stoplist("English")
        paras = justext.justext(as_paragraph_html(p.text).encode("utf-8"), stop)
        return "\n".join(x.text for x in paras if not x.is_boilerplate)

    return run


def _trafilatura_text() -> Callable[[Page], Any]:
    import trafilatura

    return lambda p: trafilatura.extract(as_paragraph_html(p.text)) or ""


def _trafilatura_html() -> Callable[[Page], Any]:
    import trafilatura

    return lambda p: trafilatura.extract(p.html) or ""


def _trafilatura_stage() -> Callable[[Page], Any]:
    from .htmlmode import extract

    return lambda p: extract(p.html)


SYSTEMS = [
    System("ours-text", "ours (text): cleaner.clean", "text", _ours_text, "text", _clear_line_caches),
    System("ours-text-cold", "ours (text), line caches cleared per document", "text", _ours_text_cold, "text"),
    System("justext", "jusText over lines", "text", _justext, "text"),
    System("trafilatura-text", "trafilatura over text (<p> per line)", "text", _trafilatura_text, "text"),
    System("ours-html", "ours (HTML): cleaner.clean_html", "html", _ours_html, "html", _clear_line_caches),
    System("trafilatura-html", "trafilatura over HTML (defaults)", "html", _trafilatura_html, "html"),
    System("trafilatura-stage", "trafilatura over HTML (clean_html's settings)", "html", _trafilatura_stage, "html"),
]


def _versions() -> dict[str, str]:
    from importlib import metadata

    out = {}
    for dist in ("cleaner", "trafilatura", "jusText", "lxml", "langdetect", "regex", "pyahocorasick"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "not installed"
    return out


def bench_throughput(pages: Sequence[Page], sections: set[str], repeat: int, log: Callable[[str], None]
                     ) -> list[dict[str, Any]]:
    """Best-of-``repeat`` passes per system, systems interleaved pass by pass; ratios to ours (text)."""
    chosen = [s for s in SYSTEMS if s.section in sections or s.name == "ours-text"]
    results: dict[str, dict[str, Any]] = {}
    calls: dict[str, Callable[[Page], Any]] = {}
    resets = {s.name: s.reset for s in chosen if s.reset is not None}
    for s in chosen:
        nbytes = sum(len(getattr(p, s.field).encode("utf-8")) for p in pages)
        res = results[s.name] = {"system": s.name, "label": s.label, "input": s.field, "docs": len(pages),
                                 "mb": round(nbytes / MB, 3), "times": []}
        try:
            fn = s.load()
        except ImportError as exc:
            res["skipped"] = f"not installed ({exc.name or exc})"
            log(f"  {s.name}: skipped: {res['skipped']}")
            continue
        t0 = time.perf_counter()
        try:
            fn(pages[0])  # warm-up: imports, compiled patterns, models
        except Exception as exc:  # noqa: BLE001 - a broken system is reported, the run goes on
            res["error"] = f"{type(exc).__name__}: {exc}"
            continue
        res["warmup_s"] = round(time.perf_counter() - t0, 3)
        calls[s.name] = fn
    for r in range(repeat):
        for name, fn in calls.items():
            res = results[name]
            if "error" in res:
                continue
            log(f"  pass {r + 1}/{repeat}: {name}")
            if name in resets:
                resets[name]()
            t0 = time.perf_counter()
            try:
                for p in pages:
                    fn(p)
            except Exception as exc:  # noqa: BLE001
                res["error"] = f"{type(exc).__name__}: {exc}"
                continue
            res["times"].append(time.perf_counter() - t0)
    ref = results.get("ours-text", {})
    ref_s = min(ref["times"]) if ref.get("times") and "error" not in ref else None
    out = []
    for res in results.values():
        if res["times"] and "error" not in res:
            best = min(res["times"])
            res["seconds"] = round(best, 4)
            res["median_s"] = round(statistics.median(res["times"]), 4)
            res["docs_per_s"] = round(res["docs"] / best, 2)
            res["mb_per_s"] = round(res["mb"] / best, 4)
            res["speed_vs_ours_text"] = round(ref_s / best, 3) if ref_s else None
        res["times"] = [round(t, 4) for t in res["times"]]
        out.append(res)
    return out


# ---- growth with document size --------------------------------------------------------------


def bench_growth(pages: Sequence[Page], sizes: Sequence[int], repeat: int, budget: float,
                 log: Callable[[str], None]) -> dict[str, Any]:
    """``cleaner.clean`` on one document per size; best of ``repeat`` when a run takes under 5 s."""
    import cleaner

    cleaner.clean(pages[0].text)  # warm-up
    rows: list[dict[str, Any]] = []
    for size in sizes:
        last = next((r for r in reversed(rows) if "seconds" in r), None)
        if last is not None:
            predicted = last["s_per_mb"] * size / MB
            if predicted > budget:
                rows.append({"size": size, "skipped": f"predicted {predicted:.0f} s > budget {budget:.0f} s"})
                continue
        doc = big_document(pages, size)
        nbytes = len(doc.encode("utf-8"))
        log(f"  {fmt_size(size)} ({doc.count(chr(10))} lines)")
        times: list[float] = []
        while True:
            t0 = time.perf_counter()
            cleaner.clean(doc)
            times.append(time.perf_counter() - t0)
            if len(times) >= repeat or sum(times) + times[-1] > 5.0:
                break
        best = min(times)
        rows.append({"size": size, "bytes": nbytes, "lines": doc.count("\n"), "runs": len(times),
                     "seconds": round(best, 5), "s_per_mb": round(best / (nbytes / MB), 4)})
        del doc
    ref = next((r for r in rows if r.get("size") == 100_000 and "seconds" in r), None)
    for r in rows:
        if ref and "seconds" in r:
            r["vs_100kb"] = round(r["s_per_mb"] / ref["s_per_mb"], 2)
    measured = [r for r in rows if "seconds" in r]
    warning = None
    largest = measured[-1] if measured else None
    if ref and largest and largest["size"] > ref["size"] and largest["vs_100kb"] > TARGETS["growth_flat"]:
        warning = (f"time per MB is not flat: {fmt_size(largest['size'])} takes {largest['vs_100kb']}x "
                   f"the s/MB of 100 KB (limit {TARGETS['growth_flat']}x)")
    spread = (round(max(r["s_per_mb"] for r in measured) / min(r["s_per_mb"] for r in measured), 2)
              if measured else None)
    return {"rows": rows, "warning": warning, "spread": spread}


# ---- subprocesses: memory, parallel, startup ------------------------------------------------


def cleaner_command() -> list[str]:
    """The ``cleaner`` console script of this interpreter, else ``python -m cleaner``."""
    exe = shutil.which("cleaner", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "cleaner"]


# A small launcher between the benchmark and the measured command. Linux charges a child
# that was (v)forked from a big process with that process's RSS (``ru_maxrss`` keeps the
# high-water mark of the memory it exec'd away from), so a command started straight from the
# benchmark (which holds the corpus and the peers) would report the benchmark's own size.
# Started from this ~10 MB launcher, the command's peak RSS is its own (and its workers').
_LAUNCHER = """
import json, os, subprocess, sys, threading, time
out, cmd = sys.argv[1], sys.argv[2:]
samples, done = [], threading.Event()

def sample(pid):
    delay = 0.05
    while not done.wait(delay):
        try:
            with open(f"/proc/{pid}/status") as f:
                kb = next((int(ln.split()[1]) for ln in f if ln.startswith("VmRSS:")), None)
        except (OSError, ValueError):
            kb = None
        if kb is not None:
            samples.append((round(time.perf_counter() - t0, 3), kb))
        delay = min(1.0, delay * 1.5)

t0 = time.perf_counter()
p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
th = threading.Thread(target=sample, args=(p.pid,), daemon=True)
th.start()
_, status, usage = os.wait4(p.pid, 0)
wall = time.perf_counter() - t0
done.set()
th.join()
with open(out, "w") as f:
    json.dump({"seconds": wall, "code": os.waitstatus_to_exitcode(status), "maxrss": usage.ru_maxrss,
               "samples": samples}, f)
"""


def run_child(cmd: list[str]) -> dict[str, Any]:
    """Run ``cmd``: wall seconds, exit code, and peak RSS (MB) of the command and its reaped workers.

    The wall time is taken inside the launcher, around the command only. Without ``os.wait4``
    (Windows) the time is taken here and the peak RSS is unknown.
    """
    with tempfile.TemporaryFile() as errf:
        if not hasattr(os, "wait4"):  # pragma: no cover - Windows
            t0 = time.perf_counter()
            code = subprocess.call(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errf)
            res: dict[str, Any] = {"seconds": time.perf_counter() - t0, "code": code, "rss_mb": None}
        else:
            fd, name = tempfile.mkstemp(prefix="cleaner-bench-", suffix=".json")
            os.close(fd)
            try:
                code = subprocess.call([sys.executable, "-c", _LAUNCHER, name, *cmd], stdin=subprocess.DEVNULL,
                                       stdout=subprocess.DEVNULL, stderr=errf)
                if code != 0:
                    raise RuntimeError(f"benchmark launcher failed (exit {code}) for {' '.join(cmd)}")
                with open(name, encoding="utf-8") as f:
                    data = json.load(f)
            finally:
                os.unlink(name)
            scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
            res = {"seconds": data["seconds"], "code": data["code"], "rss_mb": data["maxrss"] * scale / MB,
                   "rss_samples": [(t, kb * 1024 / MB) for t, kb in data["samples"]]}
        errf.seek(0)
        res["stderr"] = errf.read().decode("utf-8", "replace").strip()[-500:]
    return res


def _clean_cmd(src: Path, dst: Path, jobs: int) -> list[str]:
    return [*cleaner_command(), "clean", str(src), "--out", str(dst), "--jobs", str(jobs), "--quiet", "--no-progress"]


def _check_child(res: dict[str, Any], what: str) -> None:
    if res["code"] != 0:
        raise RuntimeError(f"{what} exited with {res['code']}: {res['stderr'] or '(no stderr)'}")


def bench_memory(pages: Sequence[Page], counts: Sequence[int], tmp: Path, log: Callable[[str], None]
                 ) -> dict[str, Any]:
    """Peak RSS of ``cleaner clean --jobs 1`` streaming corpora of each size in ``counts``."""
    rows = []
    for n in counts:
        src, dst = tmp / f"stream-{n}.jsonl", tmp / f"stream-{n}.out.jsonl"
        info = write_stream_corpus(pages, n, src)
        log(f"  {n} documents ({info['text_bytes'] / MB:.1f} MB of text)")
        res = run_child(_clean_cmd(src, dst, 1))
        _check_child(res, f"cleaner clean ({n} docs)")
        rows.append({"docs": n, "mb": round(info["text_bytes"] / MB, 2), "file_mb": round(info["file_bytes"] / MB, 2),
                     "rss_at": _rss_at(res.get("rss_samples") or [], res["seconds"]),
                     "seconds": round(res["seconds"], 3), "docs_per_s": round(n / res["seconds"], 1),
                     "mb_per_s": round(info["text_bytes"] / MB / res["seconds"], 4),
                     "peak_rss_mb": round(res["rss_mb"], 1) if res["rss_mb"] is not None else None})
        src.unlink(missing_ok=True)
        dst.unlink(missing_ok=True)
    peaks = [r["peak_rss_mb"] for r in rows if r["peak_rss_mb"] is not None]
    growth = round(peaks[-1] / peaks[0], 3) if len(peaks) >= 2 and peaks[0] else None
    return {"rows": rows, "max_peak_rss_mb": max(peaks) if peaks else None, "growth": growth,
            "flat": growth is not None and growth <= 1.2}


def _rss_at(samples: list[tuple[float, float]], wall: float) -> dict[str, float]:
    """Main-process RSS (MB, sampled from /proc) at 25, 50, 75 and ~100 % of the run's wall time."""
    out: dict[str, float] = {}
    for frac in (0.25, 0.5, 0.75, 1.0):
        before = [mb for t, mb in samples if t <= frac * wall]
        if before:
            out[f"{round(frac * 100)}%"] = round(before[-1], 1)
    return out


def bench_parallel(pages: Sequence[Page], n_docs: int, jobs: int, repeat: int, tmp: Path,
                   log: Callable[[str], None]) -> dict[str, Any]:
    """Wall time of ``cleaner clean --jobs N`` against ``--jobs 1`` on one corpus (best of ``repeat``)."""
    src = tmp / f"parallel-{n_docs}.jsonl"
    info = write_stream_corpus(pages, n_docs, src, seed=2)
    runs: dict[int, list[dict[str, Any]]] = {1: [], jobs: []}
    for r in range(repeat):
        for j in (1, jobs):
            log(f"  run {r + 1}/{repeat}: --jobs {j} on {n_docs} documents")
            dst = tmp / f"parallel-{j}.out.jsonl"
            res = run_child(_clean_cmd(src, dst, j))
            _check_child(res, f"cleaner clean --jobs {j}")
            runs[j].append(res)
            dst.unlink(missing_ok=True)
    src.unlink(missing_ok=True)
    best = {j: min(x["seconds"] for x in rs) for j, rs in runs.items()}
    out = {"docs": n_docs, "mb": round(info["text_bytes"] / MB, 2), "jobs": jobs, "cpus": _cpus(),
           "runs": repeat, "rows": []}
    for j in (1, jobs):
        out["rows"].append({"jobs": j, "seconds": round(best[j], 3), "docs_per_s": round(n_docs / best[j], 1),
                            "mb_per_s": round(info["text_bytes"] / MB / best[j], 4),
                            "peak_rss_mb": round(max(x["rss_mb"] or 0 for x in runs[j]), 1)})
    out["speedup"] = round(best[1] / best[jobs], 3)
    return out


def bench_startup(repeat: int, log: Callable[[str], None]) -> dict[str, Any]:
    """Best-of-``repeat`` wall time of short subprocesses (interpreter start included)."""
    py = sys.executable
    cmds = {
        "python -c pass": [py, "-c", "pass"],
        "python -c 'import cleaner'": [py, "-c", "import cleaner"],
        "cleaner --help": [*cleaner_command(), "--help"],
        "first clean() (import + compile packs + model + language profiles)":
            [py, "-c", "import cleaner; cleaner.clean('The council met on Tuesday to approve the budget.\\n')"],
    }
    rows = []
    for name, cmd in cmds.items():
        log(f"  {name}")
        times, rss = [], []
        for _ in range(repeat):
            res = run_child(cmd)
            _check_child(res, name)
            times.append(res["seconds"])
            rss.append(res["rss_mb"] or 0.0)
        rows.append({"command": name, "argv": [Path(cmd[0]).name, *cmd[1:]], "seconds": round(min(times), 4),
                     "median_s": round(statistics.median(times), 4), "runs": repeat,
                     "peak_rss_mb": round(max(rss), 1)})
    return {"rows": rows}


# ---- profile -----------------------------------------------------------------------------------


def _short(filename: str) -> str:
    for marker in ("site-packages/", str(REPO) + "/"):
        if marker in filename:
            return filename.split(marker, 1)[1]
    return filename


def bench_profile(pages: Sequence[Page], top: int, log: Callable[[str], None]) -> dict[str, Any]:
    """cProfile of one pass of ``cleaner.clean`` over the corpus (after a warm-up)."""
    import cProfile
    import pstats

    import cleaner

    cleaner.clean(pages[0].text)
    log(f"  cProfile over {len(pages)} documents")
    prof = cProfile.Profile()
    prof.enable()
    for p in pages:
        cleaner.clean(p.text)
    prof.disable()
    st = pstats.Stats(prof)
    entries = []
    for (fname, line, func), (_cc, nc, tt, ct, _callers) in st.stats.items():  # type: ignore[attr-defined]
        where = f"{_short(fname)}:{line}({func})" if fname != "~" else func
        entries.append({"function": where, "ncalls": nc, "tottime": round(tt, 4), "cumtime": round(ct, 4)})
    total = st.total_tt  # type: ignore[attr-defined]
    by_cum = sorted(entries, key=lambda e: -e["cumtime"])[:top]
    by_self = sorted(entries, key=lambda e: -e["tottime"])[:top]
    return {"docs": len(pages), "total_s": round(total, 3), "by_cumulative": by_cum, "by_self": by_self}


# ---- output --------------------------------------------------------------------------------


def fmt_size(n: float) -> str:
    for unit, div in (("MB", 1e6), ("KB", 1e3)):
        if n >= div:
            v = n / div
            return f"{v:.0f} {unit}" if v == int(v) else f"{v:.1f} {unit}"
    return f"{int(n)} B"


def parse_size(s: str) -> int:
    """``"10MB"``, ``"100 KB"``, ``"1e6"``, ``"2000"`` -> bytes (decimal units)."""
    t = s.strip().upper().replace(" ", "")
    for unit, mult in (("MB", 10**6), ("KB", 10**3), ("M", 10**6), ("K", 10**3), ("B", 1)):
        if t.endswith(unit):
            return int(float(t[: -len(unit)]) * mult)
    return int(float(t))


def md_table(headers: Sequence[str], rows: Iterable[Sequence[Any]], align: str | None = None) -> str:
    """A markdown table with padded columns (``align``: one of l/r per column, default r except the first)."""
    rows = [[str(c) for c in r] for r in rows]
    heads = [str(h) for h in headers]
    align = align or "l" + "r" * (len(heads) - 1)
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(heads)]

    def line(cells: Sequence[str]) -> str:
        just = {"l": str.ljust, "r": str.rjust, "c": str.center}
        return "| " + " | ".join(just[a](c, w) for c, w, a in zip(cells, widths, align)) + " |"

    rule = {"l": lambda w: "-" * (w + 2), "r": lambda w: "-" * (w + 1) + ":", "c": lambda w: ":" + "-" * w + ":"}
    sep = "|" + "|".join(rule[a](w) for w, a in zip(widths, align)) + "|"
    return "\n".join([line(heads), sep, *(line(r) for r in rows)])


def _num(v: Any, fmt: str = "{:,.2f}") -> str:
    return "-" if v is None else fmt.format(v)


def render(results: dict[str, Any]) -> str:
    """Human-readable report: markdown tables, ready to paste into a README."""
    meta = results["meta"]
    out = [
        "## cleaner benchmark",
        "",
        f"- {meta['date']}, Python {meta['python']} on {meta['platform']}, {meta['cpus']} CPUs, "
        f"load average {meta['load_start']} at start, {meta.get('load_end', '?')} at end",
        "- versions: " + ", ".join(f"{k} {v}" for k, v in meta["versions"].items())
        + (f"; commit {meta['commit']}" if meta.get("commit") else "")
        + (f" + uncommitted changes in {', '.join(meta['uncommitted'])}" if meta.get("uncommitted") else ""),
        f"- code: {meta.get('code', '?')}",
        f"- corpus: {meta['corpus']}",
        f"- timing: {meta['timing']}",
        *([f"- note: {meta['note']}"] if meta.get("note") else []),
    ]
    if "throughput" in results:
        out += ["", "### Throughput (same documents, best of "
                f"{meta['repeat']} interleaved passes; speed vs ours (text) = docs/s ratio)", ""]
        rows = []
        notes = []
        for r in results["throughput"]:
            if "seconds" in r:
                rows.append([r["label"], r["input"], r["docs"], _num(r["mb"], "{:.2f}"), _num(r["seconds"], "{:.3f}"),
                             _num(r["docs_per_s"], "{:,.1f}"), _num(r["mb_per_s"], "{:.3f}"),
                             _num(r["speed_vs_ours_text"], "{:.2f}x")])
            else:
                why = r.get("skipped") or r.get("error")
                rows.append([r["label"], r["input"], r["docs"], _num(r["mb"], "{:.2f}"), "-", "-", "-", "-"])
                notes.append(f"- {r['system']}: {why}")
        out.append(md_table(["system", "input", "docs", "input MB", "best s", "docs/s", "MB/s", "speed vs ours (text)"],
                            rows, "llrrrrrr"))
        out += ([""] + notes) if notes else []
    if "growth" in results:
        g = results["growth"]
        out += ["", "### Growth with document size (`cleaner.clean`, one document; best of up to "
                f"{meta['repeat']} runs when a run takes < 5 s)", ""]
        rows = []
        for r in g["rows"]:
            if "seconds" in r:
                rows.append([fmt_size(r["size"]), f"{r['lines']:,}", r["runs"], f"{r['seconds']:.4f}",
                             f"{r['s_per_mb']:.3f}", _num(r.get("vs_100kb"), "{:.2f}x")])
            else:
                rows.append([fmt_size(r["size"]), "-", "-", "-", "-", r["skipped"]])
        out.append(md_table(["size", "lines", "runs", "seconds", "s per MB", "s/MB vs 100 KB"], rows))
        out.append("")
        out.append(f"WARNING: {g['warning']}" if g["warning"] else
                   f"time per MB: spread {g['spread']}x between the fastest and slowest size; no growth warning")
    if "memory" in results:
        m = results["memory"]
        out += ["", "### Memory: peak RSS of `cleaner clean X.jsonl --out Y.jsonl --jobs 1 --quiet`", ""]
        out.append(md_table(["documents", "text MB", "seconds", "docs/s", "MB/s", "peak RSS MB",
                             "RSS at 25% / 50% / 75% / end of run"],
                            [[f"{r['docs']:,}", f"{r['mb']:.1f}", f"{r['seconds']:.1f}", f"{r['docs_per_s']:,.1f}",
                              f"{r['mb_per_s']:.3f}", _num(r["peak_rss_mb"], "{:.1f}"),
                              " / ".join(f"{v:.0f}" for v in (r.get("rss_at") or {}).values()) or "-"]
                             for r in m["rows"]]))
        if m["growth"] is not None:
            out += ["", f"peak RSS {m['rows'][-1]['docs']:,} docs / {m['rows'][0]['docs']:,} docs: {m['growth']:.2f}x "
                    f"({'flat' if m['flat'] else 'GROWING'}); max {m['max_peak_rss_mb']:.1f} MB"]
    if "parallel" in results:
        p = results["parallel"]
        out += ["", f"### Parallel: `cleaner clean X.jsonl --jobs N` on {p['docs']:,} documents ({p['mb']:.1f} MB), "
                f"{p['cpus']} CPUs, best of {p['runs']}", ""]
        out.append(md_table(["jobs", "seconds", "docs/s", "MB/s", "peak RSS MB (largest process)"],
                            [[r["jobs"], f"{r['seconds']:.2f}", f"{r['docs_per_s']:,.1f}", f"{r['mb_per_s']:.3f}",
                              f"{r['peak_rss_mb']:.1f}"] for r in p["rows"]]))
        out += ["", f"speedup --jobs {p['jobs']} vs --jobs 1: {p['speedup']:.2f}x"]
    if "startup" in results:
        s = results["startup"]
        out += ["", f"### Start-up (subprocess wall time, best of {s['rows'][0]['runs'] if s['rows'] else 0})", ""]
        out.append(md_table(["command", "best s", "median s", "peak RSS MB"],
                            [[r["command"], f"{r['seconds']:.3f}", f"{r['median_s']:.3f}",
                              _num(r.get("peak_rss_mb"), "{:.1f}")] for r in s["rows"]]))
    if "profile" in results:
        pr = results["profile"]
        for key, title in (("by_cumulative", "cumulative"), ("by_self", "self")):
            out += ["", f"### Profile: top {len(pr[key])} by {title} time (cProfile, `cleaner.clean` over "
                    f"{pr['docs']} documents, {pr['total_s']:.2f} s profiled)", ""]
            out.append(md_table(["function", "calls", "self s", "cumulative s"],
                                [[e["function"], f"{e['ncalls']:,}", f"{e['tottime']:.3f}", f"{e['cumtime']:.3f}"]
                                 for e in pr[key]]))
    if results.get("targets"):
        out += ["", "### Targets", ""]
        out.append(md_table(["target", "measured", "status"],
                            [[t["target"], t["measured"], t["status"]] for t in results["targets"]], "llc"))
    return "\n".join(out) + "\n"


def check_targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Each project target against this run: PASS, FAIL or n/a (not measured)."""
    out: list[dict[str, Any]] = []

    def add(target: str, measured: str, ok: bool | None) -> None:
        out.append({"target": target, "measured": measured, "status": "n/a" if ok is None else ("PASS" if ok else "FAIL"),
                    "ok": ok})

    tp = {r["system"]: r for r in results.get("throughput", []) if "seconds" in r}
    if "ours-text" in tp and "justext" in tp:
        x = tp["ours-text"]["mb_per_s"] / tp["justext"]["mb_per_s"]
        add("text mode >= 10x jusText's MB/s", f"{x:.2f}x", x >= TARGETS["text_vs_justext_mb_s"])
    else:
        add("text mode >= 10x jusText's MB/s", "not measured", None)
    if "ours-text-cold" in tp and "justext" in tp:  # the same, without lines remembered from earlier documents
        x = tp["ours-text-cold"]["mb_per_s"] / tp["justext"]["mb_per_s"]
        add("text mode >= 10x jusText's MB/s (line caches cleared per document)", f"{x:.2f}x",
            x >= TARGETS["text_vs_justext_mb_s"])
    if "ours-html" in tp and "trafilatura-html" in tp:
        x = tp["ours-html"]["seconds"] / tp["trafilatura-html"]["seconds"]
        add("HTML mode time <= 1.2x trafilatura alone", f"{x:.2f}x", x <= TARGETS["html_vs_trafilatura_time"])
    else:
        add("HTML mode time <= 1.2x trafilatura alone", "not measured", None)
    m = results.get("memory")
    if m and m.get("max_peak_rss_mb") is not None:
        ok = m["max_peak_rss_mb"] < TARGETS["peak_rss_mb"] and m["flat"]
        add("peak RSS < 300 MB and flat when streaming",
            f"max {m['max_peak_rss_mb']:.0f} MB, {m['growth']}x from {m['rows'][0]['docs']:,} to "
            f"{m['rows'][-1]['docs']:,} docs", ok)
    else:
        add("peak RSS < 300 MB and flat when streaming", "not measured", None)
    g = results.get("growth")
    measured = [r for r in g["rows"] if "seconds" in r] if g else []
    if measured and measured[-1].get("vs_100kb") is not None and measured[-1]["size"] > 100_000:
        last = measured[-1]
        add("time/MB flat 1 KB..10 MB (largest <= 2x the 100 KB s/MB)",
            f"{fmt_size(last['size'])}: {last['vs_100kb']:.2f}x; spread 1 KB..{fmt_size(last['size'])}: {g['spread']}x",
            last["vs_100kb"] <= TARGETS["growth_flat"])
    else:
        add("time/MB flat 1 KB..10 MB (largest <= 2x the 100 KB s/MB)", "not measured", None)
    p = results.get("parallel")
    if p:
        add(f"--jobs {p['jobs']} >= 1.8x --jobs 1", f"{p['speedup']:.2f}x on {p['cpus']} CPUs",
            p["speedup"] >= TARGETS["jobs_speedup"])
    else:
        add("--jobs 2 >= 1.8x --jobs 1", "not measured", None)
    s = {r["command"]: r for r in (results.get("startup") or {}).get("rows", [])}
    for cmd, key, label in (("cleaner --help", "help_s", "`cleaner --help` < 0.3 s"),
                            ("python -c 'import cleaner'", "import_s", "`import cleaner` < 0.5 s")):
        if cmd in s:
            add(label, f"{s[cmd]['seconds']:.3f} s", s[cmd]["seconds"] < TARGETS[key])
        else:
            add(label, "not measured", None)
    return out


# ---- main ----------------------------------------------------------------------------------


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - non-Linux
        return os.cpu_count() or 1


def _load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:  # pragma: no cover
        return "?"


def _commit() -> str | None:
    if not (REPO / ".git").exists():
        return None
    try:
        res = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True,
                             text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return res.stdout.strip() or None


def _uncommitted() -> list[str] | None:
    """Tracked files of the package or its rules changed since the commit (results may not match it)."""
    if not (REPO / ".git").exists():
        return None
    try:
        res = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no", "--",
                              "cleaner", "rules"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return [ln[3:] for ln in res.stdout.splitlines() if ln.strip()]


def build_parser(prog: str | None = None) -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog=prog, description="Benchmark cleaner: throughput against jusText and trafilatura, growth with "
        "document size, peak memory when streaming, --jobs scaling, and start-up time.",
        epilog="Sections: " + ", ".join(SECTIONS) + " (default: all), and profile (on request). "
        "--quick presets: --limit 20 --synthetic-docs 20 --repeat 1 --max-size 1MB --docs-scale 0.005 "
        "--startup-repeat 2.")
    ap.add_argument("--dataset", type=Path, help=f"JSONL[.gz] rows with text (and html); default {DEFAULT_DATASET} "
                    "when present, else a synthetic corpus from the seeds")
    ap.add_argument("--synthetic", action="store_true", help="use the synthetic corpus even if the dev set is there")
    ap.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="seed pages for the synthetic corpus")
    ap.add_argument("--synthetic-docs", type=int, help="pages in the synthetic corpus (default 200)")
    ap.add_argument("--limit", type=int, help="use only the first N dataset pages for throughput")
    ap.add_argument("--repeat", type=int, help="timed passes per system; the best is reported (default 3)")
    ap.add_argument("--only", help="comma-separated sections: " + ",".join((*SECTIONS, *OPTIONAL_SECTIONS)))
    ap.add_argument("--profile", action="store_true", help="also profile cleaner.clean (cProfile) over the corpus")
    ap.add_argument("--profile-top", type=int, default=15, help="functions listed per profile table (default 15)")
    ap.add_argument("--max-size", help="largest single document in the growth section (default 10MB)")
    ap.add_argument("--growth-budget", type=float, default=900.0,
                    help="skip a growth size predicted (from the previous one) to take longer, seconds (default 900)")
    ap.add_argument("--docs-scale", type=float,
                    help="scale the document counts of the memory and parallel sections (default 1.0)")
    ap.add_argument("--memory-docs", default="10000,100000", help="corpus sizes for the memory section")
    ap.add_argument("--parallel-docs", type=int, default=20000, help="corpus size for the parallel section")
    ap.add_argument("--jobs", type=int, default=2, help="--jobs compared with --jobs 1 (default 2)")
    ap.add_argument("--parallel-repeat", type=int, default=1, help="runs per --jobs setting (default 1)")
    ap.add_argument("--startup-repeat", type=int, help="runs per start-up command (default 5)")
    ap.add_argument("--tmpdir", type=Path, help="where to write the generated corpora (default: system temp)")
    ap.add_argument("--json", type=Path, help="also write the results here as JSON")
    ap.add_argument("--quick", action="store_true", help="small sizes for CI (seconds, not minutes)")
    ap.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    ap.add_argument("--from-json", type=Path, metavar="FILE",
                    help="print the tables of a saved --json result (targets re-checked) and exit")
    return ap


def main(argv: list[str] | None = None, prog: str | None = None) -> int:
    """Run the benchmark and print markdown tables.

    Returns 0 on success, 1 when a measured command failed, 2 on a usage error (``--help``: 0).
    """
    try:
        return _run(argv, prog)
    except SystemExit as exc:  # argparse: --help and usage errors
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)


def _run(argv: list[str] | None, prog: str | None) -> int:
    ap = build_parser(prog)
    a = ap.parse_args(argv)
    if a.from_json:
        try:
            saved = json.loads(a.from_json.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            sys.stderr.write(f"cleaner bench: cannot read {a.from_json}: {exc}\n")
            return 2
        saved["targets"] = check_targets(saved)
        sys.stdout.write(render(saved))
        return 0
    q = a.quick
    repeat = a.repeat or (1 if q else 3)
    limit = a.limit or (20 if q else None)
    n_syn = a.synthetic_docs or (20 if q else 200)
    scale = a.docs_scale if a.docs_scale is not None else (0.005 if q else 1.0)
    startup_repeat = a.startup_repeat or (2 if q else 5)
    try:
        max_size = parse_size(a.max_size) if a.max_size else (1_000_000 if q else 10_000_000)
        memory_docs = [max(1, round(int(x) * scale)) for x in a.memory_docs.split(",") if x.strip()]
    except ValueError as exc:
        ap.error(str(exc))
    parallel_docs = max(1, round(a.parallel_docs * scale))
    if a.only:
        sections = {s.strip() for s in a.only.split(",") if s.strip()}
        unknown = sections - set(SECTIONS) - set(OPTIONAL_SECTIONS)
        if unknown:
            ap.error(f"unknown section(s): {', '.join(sorted(unknown))}; choose from "
                     + ", ".join((*SECTIONS, *OPTIONAL_SECTIONS)))
    else:
        sections = set(SECTIONS)
    if a.profile:
        sections.add("profile")
    if repeat < 1 or startup_repeat < 1 or a.parallel_repeat < 1 or a.jobs < 2:
        ap.error("--repeat, --startup-repeat and --parallel-repeat must be >= 1, --jobs >= 2")

    def log(msg: str) -> None:
        if not a.quiet:
            sys.stderr.write(msg + "\n")
            sys.stderr.flush()

    dataset = a.dataset or (DEFAULT_DATASET if DEFAULT_DATASET.exists() else None)
    try:
        if dataset is not None and not a.synthetic:
            pages = load_dataset(dataset, None)
            corpus = f"{dataset} ({len(pages)} pages)"
        else:
            pages = synthetic_pages(n_syn, a.seeds)
            corpus = f"synthetic: {len(pages)} pages from {a.seeds} with varied furniture, HTML-wrapped"
    except (OSError, ValueError) as exc:
        sys.stderr.write(f"cleaner bench: cannot load the corpus: {exc}\n")
        return 2
    if not any(p.text.strip() for p in pages):
        sys.stderr.write("cleaner bench: the corpus has no text\n")
        return 2
    tp_pages = pages[:limit] if limit else pages
    text_mb = sum(len(p.text.encode("utf-8")) for p in tp_pages) / MB
    html_mb = sum(len(p.html.encode("utf-8")) for p in tp_pages) / MB
    results: dict[str, Any] = {"meta": {
        "date": time.strftime("%Y-%m-%d %H:%M:%S"),
        "python": platform.python_version(),
        "platform": f"{platform.system()} {platform.machine()}",
        "cpus": _cpus(),
        "load_start": _load(),
        "versions": _versions(),
        "commit": _commit(),
        "uncommitted": _uncommitted(),
        "code": str(Path(__file__).resolve().parent),
        "corpus": f"{corpus}; throughput on {len(tp_pages)} pages = {text_mb:.2f} MB text, {html_mb:.2f} MB HTML",
        "timing": f"time.perf_counter; throughput: best of {repeat} interleaved passes after one warm-up call per "
                  "system; subprocesses: wall time including interpreter start-up",
        "repeat": repeat,
        "sections": sorted(sections),
        "quick": q,
    }}
    t_start = time.perf_counter()
    if sections & {"text", "html"}:
        log("throughput:")
        results["throughput"] = bench_throughput(tp_pages, sections, repeat, log)
    if "growth" in sections:
        log("growth:")
        sizes = [s for s in GROWTH_SIZES if s <= max_size] or [max_size]
        results["growth"] = bench_growth(pages, sizes, repeat, a.growth_budget, log)
    if sections & {"memory", "parallel"}:
        tmp_ctx = tempfile.TemporaryDirectory(prefix="cleaner-bench-", dir=a.tmpdir)
        with tmp_ctx as tmpname:
            tmp = Path(tmpname)
            try:
                if "memory" in sections:
                    log("memory:")
                    results["memory"] = bench_memory(pages, memory_docs, tmp, log)
                if "parallel" in sections:
                    log("parallel:")
                    results["parallel"] = bench_parallel(pages, parallel_docs, a.jobs, a.parallel_repeat, tmp, log)
            except RuntimeError as exc:
                sys.stderr.write(f"cleaner bench: {exc}\n")
                results["error"] = str(exc)
    if "startup" in sections:
        log("startup:")
        try:
            results["startup"] = bench_startup(startup_repeat, log)
        except RuntimeError as exc:
            sys.stderr.write(f"cleaner bench: {exc}\n")
            results["error"] = str(exc)
    if "profile" in sections:
        log("profile:")
        results["profile"] = bench_profile(tp_pages, a.profile_top, log)
    results["meta"]["load_end"] = _load()
    results["meta"]["bench_seconds"] = round(time.perf_counter() - t_start, 1)
    results["targets"] = check_targets(results)
    sys.stdout.write(render(results))
    sys.stdout.flush()
    if a.json:
        a.json.parent.mkdir(parents=True, exist_ok=True)
        a.json.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 1 if "error" in results else 0


if __name__ == "__main__":
    sys.exit(main())
