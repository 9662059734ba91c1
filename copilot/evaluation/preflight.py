"""Checks that run before any case: one streamed pass over cases.jsonl, then the suite's KB ids.

Everything a run could trip over later is refused here with a SuiteError: malformed lines (by line number),
duplicate case ids, an empty suite, an expected intent the suite's taxonomy does not have, a threshold on a
metric no case measures, and (once the KB is ingested) an expected article id the KB does not hold.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from copilot.errors import SuiteError
from copilot.evaluation.metrics import JUDGE_METRICS, LATENCY_METRICS
from copilot.evaluation.scorers import SCORERS
from copilot.evaluation.suite import Suite, iter_cases
from copilot.taxonomy import Taxonomy

__all__ = ["SuitePlan", "check_kb_ids", "plan_suite"]

_MAX_LISTED = 8


@dataclass
class SuitePlan:
    """What the validation pass learnt: case count, cases per metric, and the KB ids the cases expect."""

    case_count: int = 0
    metric_cases: Counter[str] = field(default_factory=Counter)
    kb_ids: dict[str, str] = field(default_factory=dict)  # article id -> first case expecting it
    warnings: list[str] = field(default_factory=list)


def plan_suite(suite: Suite, taxonomy: Taxonomy, *, judge: bool = False) -> SuitePlan:
    """Stream every case once and check it against the taxonomy and the thresholds; raise SuiteError.

    ``judge`` says whether LLM-judge metrics will be measured (thresholds on them need ``--judge``).
    """
    plan = SuitePlan()
    seen_ids: set[str] = set()
    intents = set(taxonomy.names)
    unknown_keys: set[str] = set()
    for line, case in iter_cases(suite):
        if case.id in seen_ids:
            raise SuiteError(f"{suite.cases_path}:{line}: duplicate case id {case.id!r}")
        seen_ids.add(case.id)
        expected = case.expected
        if expected.intent is not None and expected.intent not in intents:
            raise SuiteError(
                f"{suite.cases_path}:{line}: case {case.id!r} expects intent {expected.intent!r}, which the "
                f"taxonomy {suite.taxonomy_path} does not define (it has: {', '.join(sorted(intents))})"
            )
        for article_id in expected.kb_article_ids or []:
            plan.kb_ids.setdefault(article_id, case.id)
        plan.metric_cases.update(s.metric for s in SCORERS if s.applies(expected))
        unknown_keys.update(expected.model_extra or {})
        plan.case_count += 1
    if plan.case_count == 0:
        raise SuiteError(f"{suite.cases_path} holds no case")
    if unknown_keys:
        plan.warnings.append(f"unknown expected field(s) ignored: {', '.join(sorted(unknown_keys))}")
    _check_threshold_metrics(suite, plan, judge)
    return plan


def _check_threshold_metrics(suite: Suite, plan: SuitePlan, judge: bool) -> None:
    for metric in suite.config.thresholds:
        if metric in LATENCY_METRICS:
            continue
        if metric in JUDGE_METRICS:
            if not judge:
                raise SuiteError(f"threshold on {metric} needs an LLM judge: run with --judge MODEL")
            continue
        if plan.metric_cases[metric] == 0:
            raise SuiteError(f"threshold on {metric}, but no case of {suite.name} carries the field it scores")


def check_kb_ids(suite: Suite, plan: SuitePlan, has_article: Callable[[str], bool]) -> None:
    """Raise SuiteError listing every expected KB article id the suite's ingested KB does not hold."""
    missing = [(article_id, case_id) for article_id, case_id in plan.kb_ids.items() if not has_article(article_id)]
    if not missing:
        return
    listed = ", ".join(f"{a!r} (case {c!r})" for a, c in missing[:_MAX_LISTED])
    more = f" and {len(missing) - _MAX_LISTED} more" if len(missing) > _MAX_LISTED else ""
    source = suite.kb_path if suite.kb_path is not None else "no kb (suite.yaml has none)"
    raise SuiteError(f"expected KB article id(s) not in the suite's KB {source}: {listed}{more}")
