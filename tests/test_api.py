"""Public API: Result fields, replay, diff, idempotence, determinism, Cleaner reuse and pickling."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys

import pytest
from conftest import ROOT, SEEDS, seed

import cleaner
from cleaner import Cleaner, Config, Removal


def test_result_shape() -> None:
    res = cleaner.clean(seed("003"), path="x.txt", url="https://example.com/a")
    assert isinstance(res.text, str)
    assert res.removed and all(isinstance(r, Removal) for r in res.removed)
    r = res.removed[0]
    assert r.start == 0 and r.end >= 1 and r.rule == "nav.skip-link" and r.category == "navigation"
    assert 0 < r.score <= 1 and r.reason
    d = res.to_dict()
    json.dumps(d)
    assert d["path"] == "x.txt" and d["url"] == "https://example.com/a"
    assert d["summary"]["lines_removed"] == res.removed_lines
    assert res.flags == [] or all(hasattr(f, "kind") for f in res.flags)


def test_removal_line_numbers_point_into_the_original() -> None:
    text = seed("000")
    lines = text.splitlines(keepends=True)
    res = cleaner.clean(text)
    for r in res.removed:
        assert "".join(lines[r.start:r.end]) == r.text


def test_replay_rejects_a_stale_report() -> None:
    res = cleaner.clean(seed("000"))
    with pytest.raises(ValueError):
        cleaner.replay("something else\n", res.removed)


def test_diff_is_unified() -> None:
    res = cleaner.clean(seed("003"))
    d = res.diff()
    assert d.startswith("--- a/document\n+++ b/document\n")
    assert "-Skip to main content" in d
    assert cleaner.clean(seed("001")).diff() == ""


@pytest.mark.parametrize("text", ["", "\n", "   \n\n", "one line without newline", "Hello.\r\nWorld.\r\n", "a\rb\rc"])
def test_edge_texts(text: str) -> None:
    res = cleaner.clean(text)
    assert cleaner.replay(text, res.removed) == res.text
    kept = res.text.splitlines(keepends=True)
    orig = text.splitlines(keepends=True)
    it = iter(orig)
    assert all(any(k == o for o in it) for k in kept)  # kept lines are a subsequence, verbatim


def test_crlf_preserved_in_kept_lines() -> None:
    text = seed("003").replace("\n", "\r\n")
    res = cleaner.clean(text)
    assert "Skip to main content" not in res.text
    assert res.text.count("\r\n") == res.text.count("\n")
    assert cleaner.replay(text, res.removed) == res.text


@pytest.mark.parametrize("path", SEEDS, ids=[p.name for p in SEEDS])
def test_idempotent(path) -> None:
    once = cleaner.clean(path.read_text(encoding="utf-8"))
    twice = cleaner.clean(once.text)
    assert twice.text == once.text
    assert twice.removed == []


def test_cleaner_is_reusable_and_picklable() -> None:
    c = Cleaner(Config(disabled=frozenset({"nav.skip-link"})))
    a = c.clean(seed("003"))
    b = c.clean(seed("003"))
    assert a.text == b.text
    assert "Skip to main content" in a.text
    c2 = pickle.loads(pickle.dumps(c))
    assert c2.clean(seed("003")).text == a.text
    assert len(pickle.dumps(c)) < 2000  # configuration only, no compiled patterns


def test_config_update_is_immutable() -> None:
    base = Config()
    changed = base.update(min_score=0.95, disabled=["x"])
    assert base.min_score == 0.0 and changed.min_score == 0.95
    assert changed.disabled == frozenset({"x"})


def test_min_score_can_switch_rules_off() -> None:
    res = cleaner.clean(seed("003"), config=Config(min_score=0.99))
    assert "Skip to main content" in res.text


def test_clean_rejects_bytes() -> None:
    with pytest.raises(TypeError):
        cleaner.clean(b"bytes")  # type: ignore[arg-type]


def test_same_output_in_a_fresh_process_under_another_hash_seed() -> None:
    code = (
        "import cleaner, json, glob, sys\n"
        "out = {p: cleaner.clean(open(p, encoding='utf-8').read()).to_dict() for p in sorted(glob.glob('seeds/*.txt'))}\n"
        "sys.stdout.write(json.dumps(out, sort_keys=True))\n"
    )
    outs = []
    for hseed in ("0", "12345", "random"):
        env = {**os.environ, "PYTHONHASHSEED": hseed}
        outs.append(subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                                   text=True, check=True).stdout)
    assert outs[0] == outs[1] == outs[2]
    here = {str(p.relative_to(ROOT)): cleaner.clean(p.read_text(encoding="utf-8")).to_dict() for p in SEEDS}
    assert json.loads(outs[0]) == json.loads(json.dumps(here, sort_keys=True))
