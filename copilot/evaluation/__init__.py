"""The eval harness: golden suites (DESIGN.md "Golden cases and suites") scored from the CLI.

``run_suite`` loads and checks a suite, runs every case through the same pipeline the API uses, scores it with
the deterministic scorers (and an optional LLM judge), and writes report.json, report.html and junit.xml.
``compare_reports`` diffs two runs. The command line lives in ``copilot/cli/eval.py``.
"""

from __future__ import annotations

from copilot.evaluation.compare import Comparison, compare_reports, load_report
from copilot.evaluation.harness import EvalRun, RunOptions, run_suite
from copilot.evaluation.metrics import JUDGE_METRICS, METRICS, check_thresholds
from copilot.evaluation.suite import GoldenCase, Suite, load_suite

__all__ = [
    "JUDGE_METRICS",
    "METRICS",
    "Comparison",
    "EvalRun",
    "GoldenCase",
    "RunOptions",
    "Suite",
    "check_thresholds",
    "compare_reports",
    "load_report",
    "load_suite",
    "run_suite",
]
