"""The harness over the production pipeline: the suite's own taxonomy, a fresh KB index, no package store."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from copilot.config import Settings
from copilot.errors import ConfigError, SuiteError
from copilot.evaluation.harness import RunOptions, run_suite
from copilot.evaluation.metrics import METRICS

from .helpers import MINI


@pytest.fixture
def suite_dir(tmp_path: Path) -> Path:
    """A writable copy of the mini suite."""
    target = tmp_path / "suite"
    shutil.copytree(MINI, target)
    return target


async def test_runs_the_api_pipeline_on_the_suite_kb_and_taxonomy(suite_dir: Path, settings: Settings) -> None:
    run = await run_suite(suite_dir, RunOptions(concurrency=2), suite_dir.parent / "out", settings=settings)
    assert set(run.summary.metrics) == set(METRICS)
    assert all(run.summary.metrics[name] is not None for name in METRICS)
    assert run.summary.errors == 0
    report = json.loads(run.reports["json"].read_text())
    labels = {r["id"]: r["package"]["intent"]["label"] for r in report["results"]}
    assert set(labels.values()) <= {"missing_delivery", "refund_request", "account_access", "unknown"}
    returned = {a["id"] for r in report["results"] for a in r["package"]["kb_articles"]}
    assert returned <= {"kb-late", "kb-refund", "kb-login"}  # only the suite's own KB was searched
    assert all(r["package"]["meta"]["engine"] == "offline" for r in report["results"])
    again = await run_suite(suite_dir, RunOptions(), suite_dir.parent / "again", settings=settings)
    assert again.summary.metrics["kb_mrr"] == run.summary.metrics["kb_mrr"]  # a fresh index every run
    assert again.summary.metrics["intent_accuracy"] == run.summary.metrics["intent_accuracy"]


async def test_a_kb_id_missing_from_the_real_kb_is_refused(suite_dir: Path, settings: Settings) -> None:
    (suite_dir / "kb" / "refunds.md").unlink()
    with pytest.raises(SuiteError, match="'kb-refund'"):
        await run_suite(suite_dir, RunOptions(), suite_dir.parent / "out", settings=settings)


async def test_llm_engine_without_a_model_is_a_config_error(suite_dir: Path, settings: Settings) -> None:
    with pytest.raises(ConfigError, match="--model"):
        await run_suite(suite_dir, RunOptions(engine="llm"), suite_dir.parent / "out", settings=settings)
