"""CI gate: the offline engine must hold every threshold of the tuned and held-out golden suites.

Each suite.yaml carries its ``thresholds``; ``copilot eval run`` exits 9 naming the metric when one is missed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from copilot.cli.main import main

SUITES = Path(__file__).resolve().parents[2] / "evals" / "suites"


@pytest.mark.parametrize("suite", sorted(p.name for p in SUITES.iterdir() if (p / "suite.yaml").exists()))
def test_suite_thresholds_hold(suite: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["eval", "run", str(SUITES / suite), "--engine", "offline", "--out", str(tmp_path)])
    output = capsys.readouterr()
    assert code == 0, output.out[-3000:] + output.err[-2000:]
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["cases"] >= 10
    assert {"intent_accuracy", "fact_recall", "redundant_ask_rate", "tone_match"} <= set(report["metrics"])
