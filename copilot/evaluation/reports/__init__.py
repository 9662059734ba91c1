"""The three reports of a run, all written by streaming the spooled case records (flat memory).

- ``report.json``: ``suite``, ``engine``, ``cases``, ``metrics`` and per case ``id``, ``scores``, ``package``
  (DESIGN.md), plus metric details, thresholds, the per-tag breakdown and the latency histogram.
- ``report.html``: one self-contained page (inline CSS and SVG, no script or font from a CDN).
- ``junit.xml``: one testcase per case; a scorer that fails its case is a failure, a case that could not run
  is an error.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from copilot.evaluation.reports.html_report import write_html_report
from copilot.evaluation.reports.json_report import report_header, write_json_report
from copilot.evaluation.reports.junit_report import write_junit_report
from copilot.evaluation.spool import ResultSpool

if TYPE_CHECKING:
    from copilot.evaluation.harness import EvalRun

__all__ = ["report_header", "write_reports"]


def write_reports(run: EvalRun, spool: ResultSpool, out_dir: Path) -> dict[str, Path]:
    """Write report.json, report.html and junit.xml into ``out_dir``; return their paths by kind."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {"json": out_dir / "report.json", "html": out_dir / "report.html", "junit": out_dir / "junit.xml"}
    write_json_report(paths["json"], run, spool)
    write_html_report(paths["html"], run, spool)
    write_junit_report(paths["junit"], run, spool)
    return paths
