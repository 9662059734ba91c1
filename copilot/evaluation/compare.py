"""``copilot eval compare A B``: per-metric deltas between two report.json files and the cases that got worse.

B is the candidate, A the baseline. A metric is *better* or *worse* by its direction in DESIGN.md's table
(``redundant_ask_rate`` going down is better). A case got worse when it passed in A and fails in B, or when
any metric both reports scored on it moved the wrong way.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from copilot.errors import NotFound, SuiteError
from copilot.evaluation.metrics import is_known_metric, spec_for

__all__ = ["CaseRegression", "Comparison", "MetricDelta", "compare_reports", "load_report"]

Verdict = Literal["better", "worse", "same", "n/a"]


@dataclass(frozen=True)
class MetricDelta:
    """One metric in both reports."""

    metric: str
    before: float | None
    after: float | None
    better: str

    @property
    def delta(self) -> float | None:
        """after - before, or None when either is missing."""
        if self.before is None or self.after is None:
            return None
        return round(self.after - self.before, 4)

    @property
    def verdict(self) -> Verdict:
        """better / worse / same in the metric's direction; n/a when one side has no value."""
        if self.delta is None:
            return "n/a"
        if self.delta == 0:
            return "same"
        improved = self.delta > 0 if self.better == "higher" else self.delta < 0
        return "better" if improved else "worse"


@dataclass(frozen=True)
class CaseRegression:
    """A case that got worse, with each metric that moved the wrong way as (metric, before, after)."""

    case_id: str
    newly_failing: bool
    changes: list[tuple[str, float, float]] = field(default_factory=list)


@dataclass(frozen=True)
class Comparison:
    """The result of comparing a baseline report (A) with a candidate (B)."""

    suite_a: str
    suite_b: str
    metrics: list[MetricDelta]
    regressions: list[CaseRegression]
    only_in_a: int
    only_in_b: int


def load_report(path: Path) -> dict[str, Any]:
    """Read a report.json; raise NotFound when missing and SuiteError when it is not a harness report."""
    path = Path(path)
    if path.is_dir():
        path = path / "report.json"
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise NotFound(f"report not found: {path}") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SuiteError(f"{path} is not a readable report.json: {exc}") from exc
    if not isinstance(report, dict) or not {"metrics", "results"} <= report.keys():
        raise SuiteError(f"{path} is not an eval report (it needs 'metrics' and 'results')")
    return report


def _regression(case_id: str, before: dict[str, Any], after: dict[str, Any]) -> CaseRegression | None:
    changes = []
    for metric, score in after.get("scores", {}).items():
        old = before.get("scores", {}).get(metric)
        if old is None or not is_known_metric(metric):
            continue
        if spec_for(metric).worse(old["value"], score["value"]):
            changes.append((metric, old["value"], score["value"]))
    newly_failing = bool(before.get("passed")) and not after.get("passed")
    if not changes and not newly_failing:
        return None
    return CaseRegression(case_id=case_id, newly_failing=newly_failing, changes=changes)


def compare_reports(report_a: dict[str, Any], report_b: dict[str, Any]) -> Comparison:
    """Compare baseline ``report_a`` with candidate ``report_b`` (both parsed report.json objects)."""
    names = [n for n in report_a["metrics"] if is_known_metric(n)]
    names += [n for n in report_b["metrics"] if is_known_metric(n) and n not in names]
    metrics = [
        MetricDelta(n, report_a["metrics"].get(n), report_b["metrics"].get(n), spec_for(n).better) for n in names
    ]
    cases_a = {r["id"]: r for r in report_a["results"]}
    regressions = []
    seen = 0
    for result in report_b["results"]:
        before = cases_a.get(result["id"])
        if before is None:
            continue
        seen += 1
        regression = _regression(result["id"], before, result)
        if regression is not None:
            regressions.append(regression)
    return Comparison(
        suite_a=str(report_a.get("suite", "?")),
        suite_b=str(report_b.get("suite", "?")),
        metrics=metrics,
        regressions=regressions,
        only_in_a=len(cases_a) - seen,
        only_in_b=len(report_b["results"]) - seen,
    )
