"""Cross-document boilerplate: counting, thresholds, blank lines, replay, files and determinism."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleaner
from cleaner import crossdoc
from cleaner.crossdoc import LineCounts, apply, count_stream, group_for
from cleaner.model import Removal, Result, replay, split_lines

SITE = "example.com"
FOOTER = [
    "Subscribe to our newsletter",
    "© 2024 Example Daily. All rights reserved.",
    "Terms of use | Privacy | Contact",
]
SITE_LINE = "Example Daily, the valley paper since 1921"  # inside the body: the cleaner keeps it
SHORT_QUOTE = "\u201cWe will rebuild the bridge before winter,\u201d the mayor said."
LONG_QUOTE = (
    "\u201cNobody in this valley remembers a summer as dry as this one, and the old people say the river "
    "has never been this low, not even in the years after the war when the dam upstream was first built "
    "and the fields were left without water for months,\u201d said the farmer."
)
WORDS = ("river town bridge market council water summer farmer harvest road school winter museum "
         "archive channel bank flood festival mayor tourist railway station mill village").split()


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def make_page(i: int, quote: str | None = None) -> str:
    rng = random.Random(i)
    paras = [" ".join(_sentence(rng, rng.randint(12, 20)) for _ in range(3)) for _ in range(3)]
    body = [paras[0], "", "Advertisement", "", paras[1], "", SITE_LINE]
    if quote:
        body += ["", quote]
    body += ["", paras[2]]
    return "\n".join([f"Story number {i}: {_sentence(rng, 5)}", "", *body, "", *FOOTER]) + "\n"


N_PAGES = 12
P1 = "The first paragraph of the article, long enough to outweigh the repeated lines."
P2 = "The second paragraph of the article, which the repeated lines must not swallow."


def corpus() -> list[tuple[str, str]]:
    """One site's pages sharing a footer, an "Advertisement" line and a site line; pages 0 and 1 share two quotes."""
    pages = []
    for i in range(N_PAGES):
        quote = (SHORT_QUOTE + "\n\n" + LONG_QUOTE) if i in (0, 1) else None
        pages.append((f"https://www.{SITE}/news/{i}", make_page(i, quote)))
    return pages


def site_counts(**kw) -> LineCounts:
    return count_stream(((group_for(url=u), t) for u, t in corpus()), **kw)


def as_result(text: str, url: str = f"https://{SITE}/x") -> Result:
    return Result(original=text, text=text, url=url)


# -- removal --------------------------------------------------------------------------------
def test_footer_and_advertisement_removed_with_count_evidence():
    counts = site_counts()
    url, text = corpus()[5]
    new = apply(as_result(text, url), counts)
    repeated = [*FOOTER, "Advertisement", SITE_LINE]
    for line in repeated:
        assert line not in new.text
    assert "Story number 5" in new.text
    assert all(r.rule == "crossdoc.repeated" and r.category == "repeated-across-docs" for r in new.removed)
    assert all(r.stage == "crossdoc" for r in new.removed)
    footer_runs = [r for r in new.removed if FOOTER[0] in r.text]
    assert len(footer_runs) == 1
    assert footer_runs[0].reason == f"appears in {N_PAGES} of {N_PAGES} documents of {SITE}"
    assert footer_runs[0].score == 1.0
    assert replay(new.original, new.removed) == new.text
    assert replay(new.original, [r.to_dict() for r in new.removed]) == new.text
    assert new.stages["crossdoc"] == {"group": SITE, "docs": N_PAGES, "lines": 5}
    # the text is otherwise untouched: the paragraphs keep one blank line between them
    kept = [ln for ln in text.splitlines() if ln and ln not in repeated]
    assert new.text == "\n\n".join(kept) + "\n"


def test_quote_shared_by_two_articles_is_kept():
    counts = site_counts()
    assert counts.count(SITE, SHORT_QUOTE) == 2
    assert counts.count(SITE, LONG_QUOTE) == 0  # too long to be counted at all
    url, text = corpus()[0]
    new = apply(as_result(text, url), counts)
    assert SHORT_QUOTE in new.text and LONG_QUOTE in new.text
    # even with min_docs=2 the long quote stays (max_words); the short one then goes
    new2 = apply(as_result(text, url), counts, min_docs=2)
    assert LONG_QUOTE in new2.text and SHORT_QUOTE not in new2.text
    assert replay(new2.original, new2.removed) == new2.text
    # a lower max_words at apply time than at count time protects more
    new3 = apply(as_result(text, url), counts, max_words=2)
    assert "Subscribe to our newsletter" in new3.text and "Advertisement" not in new3.text


def test_thresholds_min_docs_and_min_share():
    counts = LineCounts()
    for i in range(100):
        counts.add_document("big.org", f"Unique line {i}\nOnly in a few\n" if i < 5 else f"Unique line {i}\n")
    assert counts.count("big.org", "only in a few") == 5
    doc = as_result("Text of the page\nOnly in a few\n", "https://big.org/p")
    assert apply(doc, counts).text == doc.text  # 5% < min_share=0.1
    assert apply(doc, counts, min_share=0.05).text == "Text of the page\n"
    assert apply(doc, counts, min_share=0.05, min_docs=6).text == doc.text
    # a group of two documents is never touched
    small = LineCounts()
    for _ in range(2):
        small.add_document("tiny.org", "Footer\n")
    assert apply(as_result("Body text\nFooter\n", "https://tiny.org/"), small).text == "Body text\nFooter\n"
    # another group's counts do not apply
    assert apply(as_result("Body text\nOnly in a few\n", "https://other.org/"), counts, min_share=0).removed == []


def _counts_with(*lines: str, docs: int = 10, group: str = SITE) -> LineCounts:
    counts = LineCounts()
    for i in range(docs):
        counts.add_document(group, "\n".join([f"Unique {i}", *lines]))
    return counts


@pytest.mark.parametrize(("text", "expected"), [
    # a paragraph break survives, once
    ("{P1}\n\nAdvertisement\n\n{P2}\n", "{P1}\n\n{P2}\n"),
    ("{P1}\nAdvertisement\n\n{P2}\n", "{P1}\n\n{P2}\n"),
    ("{P1}\n\n\nAdvertisement\nAdvertisement\n\n{P2}\n", "{P1}\n\n\n{P2}\n"),
    ("{P1}\nAdvertisement\n{P2}\n", "{P1}\n{P2}\n"),
    # at the end and at the start, the blank lines of the removed stretch go
    ("{P1}\n\nFooter line\n\nAdvertisement\n", "{P1}\n"),
    ("{P1}\n\nFooter line", "{P1}\n"),
    ("\nAdvertisement\n\n\nTitle\n\n{P1}\n", "Title\n\n{P1}\n"),
    # CRLF, and a paragraph break that does not touch a removal
    ("Title\r\n\r\n{P1}\r\n\r\nFooter line\r\n", "Title\r\n\r\n{P1}\r\n"),
])
def test_blank_lines(text, expected):
    text, expected = text.format(P1=P1, P2=P2), expected.format(P1=P1, P2=P2)
    counts = _counts_with("Advertisement", "Footer line")
    new = apply(as_result(text), counts)
    assert new.text == expected
    assert replay(text, new.removed) == expected
    # blank lines are reported with their repeated line, in one run
    for r in new.removed:
        assert r.text.strip(), r


def test_removal_runs_carry_blank_lines():
    counts = _counts_with("Advertisement", "Footer line")
    text = f"{P1}\n\nAdvertisement\n\n{P2}\n"
    new = apply(as_result(text), counts)
    assert new.removed == [Removal(2, 4, "Advertisement\n\n", "crossdoc.repeated", "repeated-across-docs", 1.0,
                                   f"appears in 10 of 10 documents of {SITE}", "crossdoc")]


def test_guard_keeps_documents_that_are_mostly_repeated():
    counts = _counts_with(*FOOTER)
    text = "Short body.\n\n" + "\n".join(FOOTER) + "\n"
    new = apply(as_result(text), counts)
    assert new.text == text and new.removed == []
    assert "guard" in new.stages["crossdoc"]
    assert apply(as_result(text), counts, max_fraction=1.0).text == "Short body.\n"


def test_idempotent():
    counts = site_counts()
    url, text = corpus()[3]
    once = apply(as_result(text, url), counts)
    twice = apply(once, counts)
    assert twice.text == once.text and twice.removed == once.removed


def test_after_the_cleaner_replay_is_exact():
    counts = site_counts()
    for url, text in corpus()[:4]:
        res = cleaner.clean(text, url=url)
        new = apply(res, counts)
        assert replay(text, new.removed) == new.text
        # original removals kept, new ones added, none overlapping, in order
        assert all(r in new.removed for r in res.removed)
        spans = [(r.start, r.end) for r in new.removed]
        assert spans == sorted(spans)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
        assert SITE_LINE in res.text and SITE_LINE not in new.text  # the cleaner alone keeps it
        assert [r.text.strip() for r in new.removed if r.stage == "crossdoc"] == [SITE_LINE]
        assert "Advertisement" not in new.text and FOOTER[0] not in new.text
        assert new.language == res.language and new.packs == res.packs and new.flags == res.flags
        assert res.removed is not new.removed and SITE_LINE in res.text  # the input result is left alone


_VOCAB = ["Advertisement", "Footer line", "Read more", "", "", " ", P1, P2, "Title", "* * *"]


@settings(max_examples=200, deadline=None)
@given(lines=st.lists(st.sampled_from(_VOCAB), max_size=14), eol=st.sampled_from(["\n", "\r\n"]),
       final=st.booleans(), dropped=st.sets(st.integers(0, 13)), fraction=st.sampled_from([0.5, 1.0]))
def test_replay_property(lines, eol, final, dropped, fraction):
    counts = _counts_with("Advertisement", "Footer line", "Read more", "* * *", docs=5)
    text = eol.join(lines) + (eol if final and lines else "")
    originals = split_lines(text)
    # an earlier cleaning removed some lines
    pre = [Removal(i, i + 1, originals[i], "x", "x", 1.0, "x") for i in sorted(dropped) if i < len(originals)]
    res = Result(original=text, text=replay(text, pre), removed=pre)
    new = apply(res, counts, max_fraction=fraction)
    assert replay(text, new.removed) == new.text
    assert replay(text, [r.to_dict() for r in new.removed]) == new.text
    spans = [(r.start, r.end) for r in new.removed]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    assert apply(new, counts, max_fraction=fraction).text == new.text
    if fraction == 0.5:
        kept_chars = sum(len(ln.strip()) for ln in split_lines(new.text))
        assert kept_chars >= 0.5 * sum(len(ln.strip()) for ln in split_lines(res.text))


def test_stale_result_is_rejected():
    counts = site_counts()
    res = Result(original="a\nb\n", text="a\n")
    with pytest.raises(ValueError):
        apply(res, counts, SITE)


# -- groups -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("path", "url", "group"), [
    (None, "https://www.Example.com/a/b?q=1", "example.com"),
    (None, "news.example.com/story", "news.example.com"),
    ("dump/site-a/page1.txt", "https://example.org/x", "example.org"),
    ("dump/site-a/page1.txt", None, "dump/site-a"),
    ("page.txt", None, "."),
    (None, None, ""),
    ("dump/x.txt", "not a url at all", "dump"),
])
def test_group_for(path, url, group):
    assert group_for(path, url) == group


# -- counts, files, shards ---------------------------------------------------------------------
def test_counts_once_per_document():
    counts = LineCounts()
    counts.add_document("g", "Advertisement\nADVERTISEMENT:\n  advertisement  \n* * *\n\n")
    assert counts.count("g", "Advertisement") == 1
    assert counts.count("g", "* * *") == 0
    assert counts.docs("g") == 1 and counts.docs("other") == 0
    assert len(counts) == 1


def test_save_load_merge_roundtrip(tmp_path: Path):
    pages = [(group_for(url=u), t) for u, t in corpus()]
    pages.append(("other.net", "Advertisement\nSomething else\n"))
    whole = count_stream(pages)
    # a distributed first pass: one file per shard, merged afterwards
    files = []
    for k in range(3):
        shard = count_stream(pages[k::3])
        files.append(tmp_path / f"shard{k}.lc")
        shard.save(files[-1])
    merged = LineCounts.load(files[0])
    for f in files[1:]:
        merged.merge(LineCounts.load(f))
    assert merged == whole
    assert merged.docs(SITE) == N_PAGES and merged.docs("other.net") == 1
    assert merged.count(SITE, "Advertisement") == N_PAGES and merged.count("other.net", "Advertisement") == 1
    whole.save(tmp_path / "whole.lc")
    merged.save(tmp_path / "merged.lc")
    assert (tmp_path / "whole.lc").read_bytes() == (tmp_path / "merged.lc").read_bytes()
    assert LineCounts.load(tmp_path / "whole.lc") == whole
    assert not list(tmp_path.glob("*.tmp"))
    # the header is one readable JSON line
    header = json.loads((tmp_path / "whole.lc").read_bytes().split(b"\n", 1)[0])
    assert header["groups"] == {SITE: N_PAGES, "other.net": 1} and header["entries"] == len(whole)
    # prune after merging keeps only what can pass min_docs
    pruned = LineCounts.load(tmp_path / "whole.lc").prune(3)
    assert pruned.count(SITE, "Advertisement") == N_PAGES and pruned.count(SITE, SHORT_QUOTE) == 0
    assert len(pruned) == 5  # footer, "Advertisement", SITE_LINE
    # empty counts roundtrip too
    LineCounts().save(tmp_path / "empty.lc")
    assert LineCounts.load(tmp_path / "empty.lc") == LineCounts()


def test_bad_files_and_mismatched_merges(tmp_path: Path):
    site_counts().save(tmp_path / "c.lc")
    data = (tmp_path / "c.lc").read_bytes()
    (tmp_path / "short.lc").write_bytes(data[:-3])
    (tmp_path / "long.lc").write_bytes(data + b"x")
    (tmp_path / "other.lc").write_bytes(b"hello\n")
    for name in ("short.lc", "long.lc", "other.lc"):
        with pytest.raises(ValueError):
            LineCounts.load(tmp_path / name)
    with pytest.raises(ValueError):
        LineCounts(max_words=25).merge(LineCounts(max_words=10))


_CHILD = """
import json, sys
from cleaner.crossdoc import count_stream
pages = json.load(open(sys.argv[1]))
counts = count_stream(map(tuple, pages))
counts.save(sys.argv[2])
"""


def test_deterministic_across_processes(tmp_path: Path):
    pages = [(group_for(url=u), t) for u, t in corpus()]
    (tmp_path / "pages.json").write_text(json.dumps(pages))
    count_stream(pages).save(tmp_path / "here.lc")
    outputs = []
    for seed in ("0", "12345"):
        out = tmp_path / f"seed{seed}.lc"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", _CHILD, str(tmp_path / "pages.json"), str(out)],
                       check=True, env=env, cwd=Path(crossdoc.__file__).parent.parent)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == (tmp_path / "here.lc").read_bytes()


def test_memory_ints_only_and_size(tmp_path: Path):
    counts = LineCounts()
    n_docs = 3000
    long_line = " ".join(["word"] * 40)
    for i in range(n_docs):
        counts.add_document(f"site{i % 3}.org", f"Title {i}\nShort line {i}\n{long_line} {i}\nFooter\n")
    # 2 unique short lines per document, one footer per group; long lines are not stored
    assert len(counts) == 2 * n_docs + 3
    assert all(type(k) is int and 0 <= k < 2**64 for k in counts.counts)
    assert all(type(v) is int for v in counts.counts.values())
    assert counts.count("site1.org", "Footer") == n_docs // 3
    # the dict itself stays well under 100 bytes per entry (keys are 28-36 byte ints)
    assert sys.getsizeof(counts.counts) < 100 * len(counts)
    path = tmp_path / "c.lc"
    counts.save(path)
    header_len = len(path.read_bytes().split(b"\n", 1)[0]) + 1
    assert path.stat().st_size == header_len + 12 * len(counts)
