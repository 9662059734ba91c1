"""Runs the cases of a suite through an engine with bounded concurrency and scores each one.

Cases are streamed from cases.jsonl through a bounded queue to ``concurrency`` asyncio workers, so at most
``2 * concurrency`` cases are in memory at once. Each finished case leaves a full record in the
:class:`~copilot.evaluation.spool.ResultSpool` and a compact :class:`CaseOutcome` in memory (its per-metric
values, failed metrics, tags and latency): that is all the run keeps.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from copilot.errors import CopilotError
from copilot.evaluation.scorers import CaseView, Score, score_case
from copilot.evaluation.spool import ResultSpool
from copilot.evaluation.suite import GoldenCase, Suite, iter_cases
from copilot.schema import HandoffPackage, HandoffRequest

__all__ = ["CaseEngine", "CaseJudge", "CaseOutcome", "run_cases"]

EVAL_TENANT = "default"


class CaseEngine(Protocol):
    """What runs one case: :class:`copilot.pipeline.Pipeline` satisfies it."""

    async def run(self, request: HandoffRequest) -> HandoffPackage:
        """Build the package for one request."""
        ...


class CaseJudge(Protocol):
    """Optional extra scorers that need I/O (the LLM judge)."""

    async def score(self, view: CaseView) -> dict[str, Score]:
        """Score one case; never raises for a provider failure (the score says why it is missing)."""
        ...


@dataclass(frozen=True)
class CaseOutcome:
    """The compact result of one case kept in memory for the metrics, tags breakdown and histogram."""

    index: int
    case_id: str
    tags: tuple[str, ...]
    values: dict[str, float] = field(default_factory=dict)
    failed: tuple[str, ...] = ()
    latency_ms: float | None = None
    error: str | None = None

    @property
    def passed(self) -> bool:
        """True when the case ran and no scorer failed it."""
        return self.error is None and not self.failed


async def run_cases(
    suite: Suite,
    engine: CaseEngine,
    spool: ResultSpool,
    *,
    engine_name: str,
    concurrency: int = 1,
    judge: CaseJudge | None = None,
    on_case: Callable[[CaseOutcome], None] | None = None,
) -> list[CaseOutcome]:
    """Run every case of ``suite`` through ``engine``; return the outcomes in suite order."""
    concurrency = max(1, concurrency)
    queue: asyncio.Queue[tuple[int, GoldenCase] | None] = asyncio.Queue(maxsize=2 * concurrency)
    outcomes: list[CaseOutcome] = []

    async def produce() -> None:
        for index, (_, case) in enumerate(iter_cases(suite)):
            await queue.put((index, case))
        for _ in range(concurrency):
            await queue.put(None)

    async def work() -> None:
        while (item := await queue.get()) is not None:
            index, case = item
            outcome, record = await _run_one(index, case, suite, engine, engine_name, judge)
            spool.write(index, record)
            outcomes.append(outcome)
            if on_case is not None:
                on_case(outcome)

    async with asyncio.TaskGroup() as group:
        group.create_task(produce())
        for _ in range(concurrency):
            group.create_task(work())
    outcomes.sort(key=lambda o: o.index)
    return outcomes


async def _run_one(
    index: int, case: GoldenCase, suite: Suite, engine: CaseEngine, engine_name: str, judge: CaseJudge | None
) -> tuple[CaseOutcome, dict[str, Any]]:
    request = case.request
    request.options.engine = engine_name  # type: ignore[assignment]
    request.options.kb_top_k = suite.config.kb_top_k
    request.options.tenant = EVAL_TENANT
    record: dict[str, Any] = {
        "id": case.id,
        "tags": case.tags,
        "expected": case.expected.model_dump(mode="json", exclude_none=True),
        "request": request.model_dump(mode="json", exclude_none=True),
    }
    try:
        package = await engine.run(request)
    except Exception as exc:  # one broken case must not stop the suite; the report names it
        code = exc.code if isinstance(exc, CopilotError) else type(exc).__name__
        error = f"{code}: {exc}"
        record.update(error=error, passed=False, scores={}, latency_ms=None, package=None)
        return CaseOutcome(index=index, case_id=case.id, tags=tuple(case.tags), error=error), record
    view = CaseView(case=case, package=package, kb_top_k=suite.config.kb_top_k)
    scores = score_case(view)
    if judge is not None:
        scores.update(await judge.score(view))
    failed = tuple(name for name, score in scores.items() if not score.passed)
    latency = package.meta.latency_ms
    record.update(
        error=None,
        passed=not failed,
        latency_ms=latency,
        scores={name: score.to_dict() for name, score in scores.items()},
        package=package.model_dump(mode="json"),
    )
    outcome = CaseOutcome(
        index=index,
        case_id=case.id,
        tags=tuple(case.tags),
        values={name: score.value for name, score in scores.items()},
        failed=failed,
        latency_ms=latency,
    )
    return outcome, record
