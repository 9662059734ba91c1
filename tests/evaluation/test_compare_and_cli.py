"""``copilot eval run`` / ``copilot eval compare`` from the command line, and the comparison itself."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copilot.cli.eval import app
from copilot.errors import NotFound, SuiteError
from copilot.evaluation.compare import compare_reports, load_report

from .helpers import MINI, MINI_ARTICLES, Answer, good_script, scripted_factory

runner = CliRunner()


@pytest.fixture
def suite_dir(tmp_path: Path) -> Path:
    """A writable copy of the mini suite."""
    target = tmp_path / "suite"
    shutil.copytree(MINI, target)
    return target


def _use_script(monkeypatch: pytest.MonkeyPatch, script: dict[str, Answer]) -> None:
    factory = scripted_factory(script, set(MINI_ARTICLES))
    monkeypatch.setattr("copilot.evaluation.harness._default_backend", factory)


def _baseline() -> dict[str, Answer]:
    script = good_script()
    script["conv-login-1"] = Answer(
        intent="account_access", first_message="Hi, I see the reset email never arrives; I've sent a new link."
    )
    return script


def _candidate() -> dict[str, Answer]:
    script = good_script()  # login-1: wrong intent and a generic opening
    script["conv-late-1"].first_message = "Hi Dana, I'm sorry your parcel is late; I've opened a trace."
    return script


def _run_cli(monkeypatch: pytest.MonkeyPatch, suite_dir: Path, out: Path, script: dict[str, Answer]):
    _use_script(monkeypatch, script)
    return runner.invoke(app, ["run", str(suite_dir), "--out", str(out), "--concurrency", "2"])


def test_run_prints_every_metric_and_writes_the_reports(
    monkeypatch: pytest.MonkeyPatch, suite_dir: Path, tmp_path: Path
) -> None:
    result = _run_cli(monkeypatch, suite_dir, tmp_path / "a", _baseline())
    assert result.exit_code == 0, result.output
    for metric in ("intent_accuracy", "kb_mrr", "redundant_ask_rate", "tone_match", "latency_ms_p95"):
        assert metric in result.stdout
    assert "3 cases, 0 failed, 0 errors" in result.stdout
    assert {p.name for p in (tmp_path / "a").iterdir()} == {"report.json", "report.html", "junit.xml"}


def test_run_exits_9_naming_the_missed_threshold(
    monkeypatch: pytest.MonkeyPatch, suite_dir: Path, tmp_path: Path
) -> None:
    (suite_dir / "suite.yaml").write_text("name: mini\ntaxonomy: taxonomy.yaml\nkb: kb\nthresholds: {context_ack: 1}\n")
    result = _run_cli(monkeypatch, suite_dir, tmp_path / "b", _candidate())
    assert result.exit_code == 9
    assert "threshold_missed" in result.stderr
    assert "context_ack = 0.5 (bar: >= 1" in result.stderr
    assert (tmp_path / "b" / "report.html").exists()


def test_run_exits_8_on_a_bad_suite(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = _run_cli(monkeypatch, tmp_path / "empty", tmp_path / "out", _baseline())
    assert result.exit_code == 8
    assert "has no suite.yaml" in result.stderr
    assert not (tmp_path / "out").exists()


def test_compare_shows_deltas_and_worse_cases(monkeypatch: pytest.MonkeyPatch, suite_dir: Path, tmp_path: Path) -> None:
    assert _run_cli(monkeypatch, suite_dir, tmp_path / "a", _baseline()).exit_code == 0
    _run_cli(monkeypatch, suite_dir, tmp_path / "b", _candidate())
    comparison = compare_reports(load_report(tmp_path / "a"), load_report(tmp_path / "b" / "report.json"))
    verdicts = {d.metric: (d.delta, d.verdict) for d in comparison.metrics}
    assert verdicts["intent_accuracy"] == (-0.3333, "worse")
    assert verdicts["context_ack"] == (-0.5, "worse")
    assert verdicts["generic_opening_rate"] == (0.3333, "worse")  # lower is better: going up is worse
    assert verdicts["kb_mrr"] == (0.0, "same")
    worse = {r.case_id: r for r in comparison.regressions}
    assert set(worse) == {"late-1", "login-1"}
    assert worse["late-1"].newly_failing
    assert ("context_ack", 1.0, 0.0) in worse["late-1"].changes
    assert ("intent_accuracy", 1.0, 0.0) in worse["login-1"].changes
    reverse = compare_reports(load_report(tmp_path / "b"), load_report(tmp_path / "a"))
    assert {d.metric: d.verdict for d in reverse.metrics}["generic_opening_rate"] == "better"
    assert not any(r.newly_failing for r in reverse.regressions)  # B -> A fixes every failing case

    result = runner.invoke(app, ["compare", str(tmp_path / "a"), str(tmp_path / "b")])
    assert result.exit_code == 0, result.output
    assert "2 case(s) got worse" in result.stdout
    assert "late-1" in result.stdout and "now failing" in result.stdout
    assert "intent_accuracy 1 → 0" in result.stdout


def test_compare_refuses_what_is_not_a_report(tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        load_report(tmp_path / "missing.json")
    (tmp_path / "x.json").write_text(json.dumps({"hello": 1}))
    with pytest.raises(SuiteError, match="not an eval report"):
        load_report(tmp_path / "x.json")
    result = runner.invoke(app, ["compare", str(tmp_path / "x.json"), str(tmp_path / "x.json")])
    assert result.exit_code == 8
