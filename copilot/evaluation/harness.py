"""One suite run end to end: load and check the suite, build the engine, run and score, write the reports.

Order matters for the "clear error before any case runs" promise: suite.yaml, the taxonomy and every line of
cases.jsonl are checked first, then the KB is ingested and the expected article ids are checked, and only then
does the first case run. Threshold checking is left to the caller (:func:`copilot.evaluation.metrics.
check_thresholds`) so the reports are always written, pass or fail.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal, Protocol

from copilot.config import Settings, get_settings
from copilot.errors import ConfigError, SuiteError
from copilot.evaluation.aggregate import Aggregate, aggregate
from copilot.evaluation.environment import Backend, pipeline_backend
from copilot.evaluation.judge import LLMJudge
from copilot.evaluation.metrics import ThresholdResult, evaluate_thresholds
from copilot.evaluation.preflight import SuitePlan, check_kb_ids, plan_suite
from copilot.evaluation.reports import write_reports
from copilot.evaluation.runner import CaseOutcome, run_cases
from copilot.evaluation.spool import ResultSpool
from copilot.evaluation.suite import Suite, load_suite
from copilot.taxonomy import Taxonomy, load_taxonomy

__all__ = ["BackendFactory", "EvalRun", "Progress", "RunOptions", "run_suite"]

DEFAULT_JUDGE_CACHE = Path(".copilot") / "judge-cache"


@dataclass
class RunOptions:
    """How to run a suite (the ``copilot eval run`` options)."""

    engine: Literal["offline", "llm"] = "offline"
    model: str | None = None
    concurrency: int = 1
    judge_model: str | None = None
    judge_cache: Path | None = None


class Progress(Protocol):
    """Receives the number of cases before the first runs, then every finished case."""

    def start(self, total: int) -> None:
        """Called once, after the suite passed its checks."""
        ...

    def advance(self, outcome: CaseOutcome) -> None:
        """Called after each case."""
        ...


BackendFactory = Callable[[Suite, Taxonomy, Settings, RunOptions], AbstractContextManager[Backend]]


@dataclass
class EvalRun:
    """The outcome of one run; the full per-case records live in the written reports."""

    suite: Suite
    options: RunOptions
    plan: SuitePlan
    outcomes: list[CaseOutcome]
    summary: Aggregate
    thresholds: list[ThresholdResult]
    started_at: datetime
    duration_s: float
    reports: dict[str, Path] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def cases_per_second(self) -> float:
        """Throughput of the run, reports included."""
        return len(self.outcomes) / self.duration_s if self.duration_s > 0 else 0.0


def _default_backend(
    suite: Suite, taxonomy: Taxonomy, settings: Settings, options: RunOptions
) -> AbstractContextManager[Backend]:
    return pipeline_backend(suite, taxonomy, settings, engine=options.engine, model=options.model)


def _load_taxonomy(suite: Suite) -> Taxonomy:
    try:
        return load_taxonomy(suite.taxonomy_path)
    except ConfigError as exc:
        raise SuiteError(f"suite {suite.name}: {exc.message}") from exc


async def run_suite(
    suite_dir: Path,
    options: RunOptions,
    out_dir: Path,
    *,
    settings: Settings | None = None,
    backend_factory: BackendFactory | None = None,
    progress: Progress | None = None,
) -> EvalRun:
    """Run the suite in ``suite_dir`` and write report.json, report.html and junit.xml into ``out_dir``.

    Raises SuiteError (before any case runs) for a malformed suite; returns the run otherwise, whether or
    not its thresholds were met.
    """
    settings = settings or get_settings()
    started_at, started = datetime.now(UTC), time.perf_counter()
    suite = load_suite(suite_dir)
    taxonomy = _load_taxonomy(suite)
    plan = plan_suite(suite, taxonomy, judge=options.judge_model is not None)
    judge = _build_judge(settings, options)
    factory = backend_factory or _default_backend
    with factory(suite, taxonomy, settings, options) as backend, tempfile.TemporaryDirectory() as scratch:
        check_kb_ids(suite, plan, backend.has_article)
        if progress is not None:
            progress.start(plan.case_count)
        spool = ResultSpool(Path(scratch) / "results.jsonl")
        try:
            outcomes = await run_cases(
                suite,
                backend.engine,
                spool,
                engine_name=options.engine,
                concurrency=options.concurrency,
                judge=judge,
                on_case=progress.advance if progress is not None else None,
            )
            summary = aggregate(outcomes, judged=judge is not None)
            run = EvalRun(
                suite=suite,
                options=options,
                plan=plan,
                outcomes=outcomes,
                summary=summary,
                thresholds=evaluate_thresholds(suite.config.thresholds, summary.metrics),
                started_at=started_at,
                duration_s=time.perf_counter() - started,
                warnings=[*suite.warnings, *plan.warnings, *_judge_warnings(judge)],
            )
            run.reports = write_reports(run, spool, Path(out_dir))
        finally:
            spool.close()
    return run


def _build_judge(settings: Settings, options: RunOptions) -> LLMJudge | None:
    if options.judge_model is None:
        return None
    cache = options.judge_cache or DEFAULT_JUDGE_CACHE
    return LLMJudge(settings, options.judge_model, cache)


def _judge_warnings(judge: LLMJudge | None) -> list[str]:
    if judge is None:
        return []
    notes = [f"judge {judge.model}: {judge.calls} calls, {judge.cache_hits} cache hits"]
    if judge.errors:
        notes.append(f"judge failed {len(judge.errors)} time(s), first: {judge.errors[0]}")
    return notes
