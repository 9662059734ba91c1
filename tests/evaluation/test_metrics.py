"""Known answers for the aggregation: means over carrying cases, latency percentiles, thresholds, tags."""

from __future__ import annotations

import pytest

from copilot.evaluation.aggregate import aggregate, latency_histogram
from copilot.evaluation.metrics import METRICS, evaluate_thresholds, latency_percentile, mean_or_none
from copilot.evaluation.runner import CaseOutcome


def _outcome(index: int, latency: float, tags: tuple[str, ...] = (), **values: float) -> CaseOutcome:
    failed = tuple(name for name, value in values.items() if not METRICS[name].passes(value))
    return CaseOutcome(index=index, case_id=f"c{index}", tags=tags, values=values, failed=failed, latency_ms=latency)


def test_latency_percentiles_interpolate_linearly() -> None:
    latencies = [float(v) for v in range(1, 101)]  # 1..100 ms
    assert latency_percentile(latencies, 50) == 50.5
    assert latency_percentile(latencies, 95) == 95.05
    assert latency_percentile([7.0], 95) == 7.0
    assert latency_percentile([], 50) is None


def test_mean_is_none_without_cases() -> None:
    assert mean_or_none([]) is None
    assert mean_or_none([1.0, 0.0, 0.0]) == 0.3333


def test_each_metric_is_averaged_over_the_cases_that_carry_it() -> None:
    outcomes = [
        _outcome(0, 10.0, ("a",), intent_accuracy=1.0, fact_recall=0.5),
        _outcome(1, 20.0, ("a", "b"), intent_accuracy=0.0),
        _outcome(2, 30.0, (), intent_accuracy=1.0, redundant_ask_rate=1.0),
    ]
    summary = aggregate(outcomes)
    assert summary.metrics["intent_accuracy"] == 0.6667
    assert summary.metric_cases["intent_accuracy"] == 3
    assert summary.metrics["fact_recall"] == 0.5  # one case carried facts
    assert summary.metric_cases["fact_recall"] == 1
    assert summary.metrics["kb_mrr"] is None  # no case carried kb_article_ids
    assert summary.metrics["latency_ms_p50"] == 20.0
    assert summary.metrics["latency_ms_p95"] == 29.0
    tags = {t.tag: t for t in summary.by_tag}
    assert tags["a"].metrics["intent_accuracy"] == 0.5
    assert (tags["a"].cases, tags["a"].failed) == (2, 2)
    assert tags["(untagged)"].metrics["redundant_ask_rate"] == 1.0
    assert summary.failed == 3
    assert [b.count for b in summary.histogram] == [1] + [0] * 9 + [1] + [0] * 8 + [1]


def test_histogram_bins_cover_every_latency() -> None:
    bins = latency_histogram([1.0, 2.0, 2.5, 9.0], bins=4)
    assert [b.count for b in bins] == [3, 0, 0, 1]
    assert (bins[0].low, bins[-1].high) == (1.0, 9.0)
    assert latency_histogram([]) == []


@pytest.mark.parametrize(
    ("metric", "bar", "value", "passed"),
    [
        ("intent_accuracy", 0.9, 0.95, True),
        ("intent_accuracy", 0.9, 0.9, True),
        ("intent_accuracy", 0.9, 0.85, False),
        ("redundant_ask_rate", 0.05, 0.0, True),
        ("redundant_ask_rate", 0.05, 0.1, False),  # lower is better: above the bar fails
        ("latency_ms_p95", 50.0, 51.0, False),
        ("tone_match", 0.5, None, False),  # nothing measured never passes a gate
    ],
)
def test_thresholds_follow_the_metric_direction(metric: str, bar: float, value: float | None, passed: bool) -> None:
    (result,) = evaluate_thresholds({metric: bar}, {metric: value})
    assert result.passed is passed
    assert metric in result.describe()


def test_case_bars() -> None:
    assert METRICS["context_ack"].passes(1.0) and not METRICS["context_ack"].passes(0.5)
    assert METRICS["summary_coverage"].passes(0.5) and not METRICS["summary_coverage"].passes(0.49)
    assert METRICS["redundant_ask_rate"].passes(0.0) and not METRICS["redundant_ask_rate"].passes(1.0)
    assert METRICS["kb_mrr"].passes(0.0)  # no per-case bar: kb_recall_at_k decides hit or miss
    assert METRICS["redundant_ask_rate"].worse(0.0, 1.0) and METRICS["intent_accuracy"].worse(1.0, 0.0)
