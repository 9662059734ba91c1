"""Suite-level numbers from the compact case outcomes: metrics, cases per metric, tags, latency histogram."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from copilot.evaluation.metrics import (
    JUDGE_METRICS,
    LATENCY_METRICS,
    METRICS,
    latency_percentile,
    mean_or_none,
)
from copilot.evaluation.runner import CaseOutcome

__all__ = ["Aggregate", "HistogramBin", "TagBreakdown", "aggregate", "latency_histogram"]

UNTAGGED = "(untagged)"


@dataclass(frozen=True)
class TagBreakdown:
    """The metrics over the cases of one tag."""

    tag: str
    cases: int
    failed: int
    metrics: dict[str, float | None]


@dataclass(frozen=True)
class HistogramBin:
    """One bar of the latency histogram: ``[low, high)`` ms and how many cases fell in it."""

    low: float
    high: float
    count: int


@dataclass(frozen=True)
class Aggregate:
    """Everything the reports show about the suite as a whole."""

    metrics: dict[str, float | None]
    metric_cases: dict[str, int]
    by_tag: list[TagBreakdown]
    histogram: list[HistogramBin]
    cases: int
    failed: int
    errors: int


def _metric_values(outcomes: Iterable[CaseOutcome], names: Iterable[str]) -> dict[str, float | None]:
    values: dict[str, list[float]] = defaultdict(list)
    latencies: list[float] = []
    for outcome in outcomes:
        for name, value in outcome.values.items():
            values[name].append(value)
        if outcome.latency_ms is not None:
            latencies.append(outcome.latency_ms)
    metrics: dict[str, float | None] = {}
    for name in names:
        if name in LATENCY_METRICS:
            metrics[name] = latency_percentile(latencies, LATENCY_METRICS[name])
        else:
            metrics[name] = mean_or_none(values.get(name, []))
    return metrics


def aggregate(outcomes: Sequence[CaseOutcome], *, judged: bool = False, bins: int = 20) -> Aggregate:
    """Compute every DESIGN.md metric (plus the judge metrics when ``judged``) over the cases carrying it."""
    names = [*METRICS, *(JUDGE_METRICS if judged else ())]
    metric_cases = {name: 0 for name in names}
    for outcome in outcomes:
        for name in outcome.values:
            metric_cases[name] = metric_cases.get(name, 0) + 1
    with_latency = sum(o.latency_ms is not None for o in outcomes)
    for name in LATENCY_METRICS:
        metric_cases[name] = with_latency
    tagged: dict[str, list[CaseOutcome]] = defaultdict(list)
    for outcome in outcomes:
        for tag in outcome.tags or (UNTAGGED,):
            tagged[tag].append(outcome)
    by_tag = [
        TagBreakdown(
            tag=tag,
            cases=len(items),
            failed=sum(not o.passed for o in items),
            metrics=_metric_values(items, names),
        )
        for tag, items in sorted(tagged.items())
    ]
    return Aggregate(
        metrics=_metric_values(outcomes, names),
        metric_cases=metric_cases,
        by_tag=by_tag,
        histogram=latency_histogram([o.latency_ms for o in outcomes if o.latency_ms is not None], bins=bins),
        cases=len(outcomes),
        failed=sum(not o.passed for o in outcomes),
        errors=sum(o.error is not None for o in outcomes),
    )


def latency_histogram(latencies: Sequence[float], *, bins: int = 20) -> list[HistogramBin]:
    """Equal-width bins over the observed latencies (numpy.histogram); empty when there are none."""
    if not latencies:
        return []
    counts, edges = np.histogram(np.asarray(latencies, dtype=float), bins=bins)
    return [
        HistogramBin(low=round(float(edges[i]), 2), high=round(float(edges[i + 1]), 2), count=int(counts[i]))
        for i in range(len(counts))
    ]
