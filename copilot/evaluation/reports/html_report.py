"""report.html: one self-contained page with per-metric bars, a per-tag breakdown, a latency histogram and a
drill-down per case (transcript, package, and each scorer's decision with its reason).

Rendered with Jinja2's streaming ``generate()`` over the spooled records, so the page is written case by case.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import Environment
from pydantic_core import to_json

from copilot.evaluation.metrics import LATENCY_METRICS, spec_for
from copilot.evaluation.reports.html_template import TEMPLATE
from copilot.evaluation.reports.json_report import report_header
from copilot.evaluation.spool import ResultSpool

if TYPE_CHECKING:
    from copilot.evaluation.harness import EvalRun

__all__ = ["write_html_report"]

_GREEN, _RED, _BLUE = "#2e8b57", "#c0392b", "#4c78a8"
_HIST_WIDTH = 480


def _pretty(value: Any) -> str:
    return to_json(value, indent=2).decode("utf-8")  # pydantic-core's encoder: fast even when indenting


def _environment() -> Environment:
    environment = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    environment.filters["pretty"] = _pretty
    return environment


def _metric_rows(run: EvalRun) -> list[dict[str, Any]]:
    bars = {t.metric: t for t in run.thresholds}
    rows = []
    for name, value in run.summary.metrics.items():
        threshold = bars.get(name)
        color = _BLUE if threshold is None else (_GREEN if threshold.passed else _RED)
        rows.append(
            {
                "name": name,
                "value": value,
                "display": "–" if value is None else f"{value:g}",
                "cases": run.summary.metric_cases.get(name, 0),
                "better": f"{spec_for(name).better} is better",
                "latency": name in LATENCY_METRICS,
                "bar": None if threshold is None or name in LATENCY_METRICS else min(1.0, threshold.bar),
                "color": color,
            }
        )
    return rows


def write_html_report(path: Path, run: EvalRun, spool: ResultSpool) -> None:
    """Render report.html for ``run`` straight to ``path``."""
    histogram = run.summary.histogram
    template = _environment().from_string(TEMPLATE)
    stream = template.generate(
        h=report_header(run),
        thresholds=[{"passed": t.passed, "text": t.describe()} for t in run.thresholds],
        metrics=_metric_rows(run),
        tag_metrics=[n for n in run.summary.metrics if n not in LATENCY_METRICS],
        tags=run.summary.by_tag,
        histogram=histogram,
        hist_max=max((b.count for b in histogram), default=1) or 1,
        bar_w=_HIST_WIDTH / max(1, len(histogram)),
        results=spool.iter_records(o.index for o in run.outcomes),
    )
    with path.open("w", encoding="utf-8") as out:
        for chunk in stream:
            out.write(chunk)
