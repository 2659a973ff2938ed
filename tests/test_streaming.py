"""JSONL streaming keeps memory flat: peak RSS of a real `cleaner clean` process barely moves
when the input grows tenfold (the input is read row by row and written as it goes)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import ROOT

PARAS = [
    "The council approved the new budget for the harbour district after a long debate on Tuesday evening.",
    "Residents asked for more frequent ferries in the morning so that they could reach work on time.",
    "Share on Facebook",
    "Related Articles",
    "Local school wins the regional science fair",
]


def write_corpus(path, n: int) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            text = "\n".join([f"Story {i}", *PARAS[:2], f"Paragraph number {i} closes the story.", *PARAS[2:]]) + "\n"
            f.write(json.dumps({"id": i, "text": text, "url": f"https://site{i % 7}.example/{i}"}) + "\n")


def peak_rss_mb(args: list[str]) -> float:
    proc = subprocess.Popen([sys.executable, "-m", "cleaner", *args], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    assert proc.returncode == 0, proc.stderr.read().decode() if proc.stderr else ""
    return usage.ru_maxrss / 1024  # kB on Linux


@pytest.mark.skipif(not hasattr(os, "wait4"), reason="needs os.wait4 (POSIX)")
def test_peak_memory_is_flat_when_the_input_grows_tenfold(tmp_path) -> None:
    small, big = tmp_path / "small.jsonl", tmp_path / "big.jsonl"
    write_corpus(small, 800)
    write_corpus(big, 8000)
    common = ["--jobs", "1", "--language", "en", "-q", "--no-progress"]
    rss_small = peak_rss_mb(["clean", str(small), "--out", str(tmp_path / "s.jsonl"), *common])
    rss_big = peak_rss_mb(["clean", str(big), "--out", str(tmp_path / "b.jsonl"), *common])
    assert sum(1 for _ in open(tmp_path / "b.jsonl")) == 8000
    assert rss_big < rss_small * 1.15 + 8, (rss_small, rss_big)
