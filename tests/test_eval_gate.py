"""The quality gate: the dev-set score must stay above the floors pinned in eval_baseline.json.

Runs the real CLI (`cleaner eval DATASET --baseline tests/eval_baseline.json`) on the
Article Extraction Benchmark dev set when it is present beside the repository
(``../shared/eval/aeb-dev.jsonl.gz``, as on the project's machines and in CI).
"""

from __future__ import annotations

import json

import pytest
from conftest import ROOT
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.evaluate import doc_counts, gate, prf

DATASET = ROOT.parent / "shared" / "eval" / "aeb-dev.jsonl.gz"
BASELINE = ROOT / "tests" / "eval_baseline.json"
needs_data = pytest.mark.skipif(not DATASET.exists(), reason=f"{DATASET} not present")


@needs_data
@pytest.mark.parametrize("mode", ["text", "html"])
def test_dev_set_stays_above_the_pinned_floors(mode: str) -> None:
    args = ["eval", str(DATASET), "--baseline", str(BASELINE), "--json"] + (["--html"] if mode == "html" else [])
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout[: res.stdout.rindex("}") + 1])
    floors = json.loads(BASELINE.read_text())[mode]
    for metric, floor in floors.items():
        assert data[metric] >= floor


def test_gate_fails_below_floor_and_on_other_data(tmp_path) -> None:
    data = tmp_path / "tiny.jsonl"
    data.write_text(json.dumps({"id": "1", "text": "Hello world. " * 10, "gold": "Hello world. " * 10}) + "\n")
    base = tmp_path / "base.json"
    base.write_text(json.dumps({"dataset_sha256": "0" * 64, "text": {"f1": 0.99}}))
    problems = gate({"input": "text", "f1": 0.5}, str(base), str(data))
    assert any("below the floor" in p for p in problems)
    assert any("digest" in p for p in problems)
    res = CliRunner().invoke(app, ["eval", str(data), "--baseline", str(base)])
    assert res.exit_code == 1


def test_metric_matches_the_benchmark_definition() -> None:
    gold = "one two three four five six"
    assert doc_counts(gold, gold) == (1.0, 0.0, 0.0)
    tp, fp, fn = doc_counts(gold, "one two three four")
    assert tp > 0 and fp == 0 and fn > 0
    assert prf([(1.0, 0.0, 0.0), (0.0, 0.0, 0.0)])[2] == 1.0
