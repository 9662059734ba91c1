"""The metric table of DESIGN.md ("Golden cases and suites") as data: name, direction, per-case pass bar.

A metric's suite value is the mean of its per-case values over the cases that carry its field (DESIGN.md:
"each over the cases that carry the field"), except the latency percentiles, which are percentiles of the
per-case ``meta.latency_ms``. A suite that carries no case for a metric reports it as ``None``.

Every per-case score also passes or fails its case (for junit.xml and the HTML drill-down): a higher-is-better
metric passes when its value reaches ``pass_at``; a lower-is-better one when its value is at most ``pass_at``.
Metrics without a bar (``kb_mrr``, whose hit/miss ``kb_recall_at_k`` already decides, and the latencies) never
fail a case.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

import numpy as np

from copilot.errors import ThresholdMissed

__all__ = [
    "JUDGE_METRICS",
    "LATENCY_METRICS",
    "METRICS",
    "MetricSpec",
    "ThresholdResult",
    "check_thresholds",
    "evaluate_thresholds",
    "is_known_metric",
    "latency_percentile",
    "mean_or_none",
    "spec_for",
]

Better = Literal["higher", "lower"]


@dataclass(frozen=True)
class MetricSpec:
    """One metric: its name (in reports and suite thresholds), its better direction and its per-case bar."""

    name: str
    better: Better
    meaning: str
    pass_at: float | None = 1.0

    def passes(self, value: float) -> bool:
        """Does one case's ``value`` pass this metric's per-case bar?"""
        if self.pass_at is None:
            return True
        return value >= self.pass_at if self.better == "higher" else value <= self.pass_at

    def worse(self, before: float, after: float) -> bool:
        """Is ``after`` worse than ``before`` in this metric's direction (any change counts)?"""
        return after < before if self.better == "higher" else after > before


_SPECS = (
    MetricSpec("intent_accuracy", "higher", "predicted intent label == expected"),
    MetricSpec("escalation_accuracy", "higher", "escalation reason code == expected"),
    MetricSpec("frustration_accuracy", "higher", "frustration level == expected"),
    MetricSpec("vip_accuracy", "higher", "is_vip == expected"),
    MetricSpec("kb_recall_at_k", "higher", "an expected article is in the top k"),
    MetricSpec("kb_mrr", "higher", "reciprocal rank of the first expected article", None),
    MetricSpec("fact_recall", "higher", "expected facts found in customer_facts (type + normalised value)"),
    MetricSpec("attempted_solution_recall", "higher", "expected attempts matched loosely", pass_at=0.5),
    MetricSpec("summary_coverage", "higher", "expected summary points covered loosely", pass_at=0.5),
    MetricSpec("context_ack", "higher", "share of must_mention items the first message references"),
    MetricSpec("redundant_ask_rate", "lower", "first message asks a fact already given or in must_not_ask", 0.0),
    MetricSpec("generic_opening_rate", "lower", "first message opens with a generic 'how can I help'", 0.0),
    MetricSpec("tone_match", "higher", "0..1 tone agreement with the conversation and the reference", 0.6),
    MetricSpec("latency_ms_p50", "lower", "median time to build the package (ms)", None),
    MetricSpec("latency_ms_p95", "lower", "95th percentile time to build the package (ms)", None),
)
_JUDGE_SPECS = (
    MetricSpec("judge_summary_coverage", "higher", "LLM judge: the summary covers the expected points", 0.5),
    MetricSpec("judge_attempted_solution_recall", "higher", "LLM judge: the expected attempts are listed", 0.5),
    MetricSpec("judge_tone_match", "higher", "LLM judge: the first message's tone fits the customer", 0.5),
)

METRICS: dict[str, MetricSpec] = {s.name: s for s in _SPECS}
"""DESIGN.md's metric table, in its order."""
JUDGE_METRICS: dict[str, MetricSpec] = {s.name: s for s in _JUDGE_SPECS}
"""Optional LLM-as-judge metrics (``--judge MODEL``)."""
LATENCY_METRICS: dict[str, float] = {"latency_ms_p50": 50.0, "latency_ms_p95": 95.0}
"""Latency metrics and the percentile each one reports."""


def spec_for(name: str) -> MetricSpec:
    """Return the spec of a deterministic or judge metric (KeyError when unknown)."""
    return METRICS[name] if name in METRICS else JUDGE_METRICS[name]


def is_known_metric(name: str) -> bool:
    """True for every name a suite may put under ``thresholds``."""
    return name in METRICS or name in JUDGE_METRICS


def mean_or_none(values: Iterable[float]) -> float | None:
    """Mean of ``values`` rounded to 4 places, or None when there are none (the metric did not apply)."""
    items = list(values)
    return round(float(np.mean(items)), 4) if items else None


def latency_percentile(latencies: Iterable[float], percentile: float) -> float | None:
    """The ``percentile`` (0..100, linear interpolation) of the per-case latencies in ms, or None."""
    items = list(latencies)
    return round(float(np.percentile(items, percentile)), 2) if items else None


@dataclass(frozen=True)
class ThresholdResult:
    """One ``thresholds`` entry of suite.yaml checked against the run."""

    metric: str
    bar: float
    value: float | None
    passed: bool

    def describe(self) -> str:
        """Human sentence naming the metric, its value, the bar and the direction."""
        better = spec_for(self.metric).better
        relation = ">=" if better == "higher" else "<="
        shown = "n/a" if self.value is None else f"{self.value:g}"
        verdict = "ok" if self.passed else "MISSED"
        return f"{self.metric} = {shown} (bar: {relation} {self.bar:g}, {better} is better): {verdict}"


def evaluate_thresholds(thresholds: Mapping[str, float], metrics: Mapping[str, float | None]) -> list[ThresholdResult]:
    """Check every threshold: higher-is-better metrics must reach the bar, lower-is-better ones stay under it.

    A metric with no value (no case carried its field) misses its bar: a gate that measured nothing must not
    pass silently.
    """
    results = []
    for name, bar in thresholds.items():
        value = metrics.get(name)
        spec = spec_for(name)
        passed = value is not None and (value >= bar if spec.better == "higher" else value <= bar)
        results.append(ThresholdResult(metric=name, bar=bar, value=value, passed=passed))
    return results


def check_thresholds(results: Iterable[ThresholdResult]) -> None:
    """Raise ThresholdMissed naming every missed metric, its value and its bar; return when all passed."""
    missed = [r for r in results if not r.passed]
    if missed:
        raise ThresholdMissed("suite threshold missed: " + "; ".join(r.describe() for r in missed))
