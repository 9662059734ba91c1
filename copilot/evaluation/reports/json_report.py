"""report.json: the run's header (suite, engine, metrics...) followed by one result object per case."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from copilot.evaluation.metrics import spec_for
from copilot.evaluation.spool import ResultSpool

if TYPE_CHECKING:
    from copilot.evaluation.harness import EvalRun

__all__ = ["report_header", "write_json_report"]

REPORT_VERSION = 1


def report_header(run: EvalRun) -> dict[str, Any]:
    """Everything report.json says about the run as a whole (every key but ``results``)."""
    summary = run.summary
    return {
        "report_version": REPORT_VERSION,
        "suite": run.suite.name,
        "suite_dir": str(run.suite.directory),
        "engine": run.options.engine,
        "model": run.options.model,
        "judge_model": run.options.judge_model,
        "cases": summary.cases,
        "failed_cases": summary.failed,
        "errored_cases": summary.errors,
        "metrics": summary.metrics,
        "metric_details": {
            name: {
                "value": value,
                "cases": summary.metric_cases.get(name, 0),
                "better": spec_for(name).better,
                "meaning": spec_for(name).meaning,
                "case_pass_at": spec_for(name).pass_at,
            }
            for name, value in summary.metrics.items()
        },
        "thresholds": [asdict(t) for t in run.thresholds],
        "by_tag": {t.tag: {"cases": t.cases, "failed": t.failed, "metrics": t.metrics} for t in summary.by_tag},
        "latency_histogram": [asdict(b) for b in summary.histogram],
        "started_at": run.started_at.isoformat(),
        "duration_s": round(run.duration_s, 3),
        "warnings": run.warnings,
    }


def write_json_report(path: Path, run: EvalRun, spool: ResultSpool) -> None:
    """Write report.json, copying each spooled case record verbatim into ``results`` (suite order)."""
    header = json.dumps(report_header(run), indent=2, ensure_ascii=False)
    with path.open("wb") as out:
        out.write(header[:-2].encode("utf-8"))  # reopen the object: drop the final "\n}"
        out.write(b',\n  "results": [\n')
        for position, raw in enumerate(spool.iter_raw(o.index for o in run.outcomes)):
            out.write((b",\n" if position else b"") + b"    " + raw)
        out.write(b"\n  ]\n}\n")
