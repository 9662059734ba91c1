"""``copilot eval run SUITE_DIR`` and ``copilot eval compare REPORT_A REPORT_B``.

``run`` shows a progress bar, then a table of every metric, writes report.json, report.html and junit.xml, and
exits 9 (ThresholdMissed) naming each missed metric, value and bar; a malformed suite exits 8 (SuiteError)
before any case runs.
"""

from __future__ import annotations

import asyncio
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from copilot.config import get_settings
from copilot.errors import CopilotError, SuiteError

if TYPE_CHECKING:  # the harness (scorers, sklearn, vader) loads only when an eval command runs
    from copilot.evaluation import EvalRun
    from copilot.evaluation.compare import Comparison
    from copilot.evaluation.runner import CaseOutcome

__all__ = ["app"]

app = typer.Typer(no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
_out = Console()
_err = Console(stderr=True)
_VERDICT_STYLE = {"better": "green", "worse": "red", "same": "dim", "n/a": "dim"}


class EvalEngine(StrEnum):
    """Engines a suite can be run on."""

    offline = "offline"
    llm = "llm"


class _RichProgress:
    """Adapts a rich progress bar to the harness's Progress protocol."""

    def __init__(self, progress: Progress, label: str) -> None:
        self._progress = progress
        self._label = label
        self._task: TaskID | None = None

    def start(self, total: int) -> None:
        self._task = self._progress.add_task(self._label, total=total)

    def advance(self, outcome: CaseOutcome) -> None:
        if self._task is not None:
            self._progress.advance(self._task)


def _fail(error: CopilotError) -> typer.Exit:
    _err.print(f"[bold red]error[/] [red]{error.code}[/]: {error.message}")
    return typer.Exit(error.exit_code)


@app.command("run")
def run(
    suite_dir: Annotated[Path, typer.Argument(help="Suite folder holding suite.yaml and cases.jsonl.")],
    engine: Annotated[EvalEngine, typer.Option(help="Engine to evaluate.")] = EvalEngine.offline,
    model: Annotated[str | None, typer.Option(help="litellm model for --engine llm.")] = None,
    out: Annotated[Path | None, typer.Option(help="Report folder (default: eval-reports/SUITE_FOLDER_NAME).")] = None,
    concurrency: Annotated[int, typer.Option(min=1, max=64, help="Cases run at once.")] = 1,
    judge: Annotated[str | None, typer.Option(help="LLM model for the optional judge metrics.")] = None,
    judge_cache: Annotated[Path | None, typer.Option(help="Judge verdict cache folder.")] = None,
) -> None:
    """Run a golden suite, print every metric, write the reports; fail when a threshold is missed."""
    from copilot.evaluation import RunOptions, check_thresholds, run_suite

    options = RunOptions(
        engine=engine.value,  # type: ignore[arg-type]
        model=model,
        concurrency=concurrency,
        judge_model=judge,
        judge_cache=judge_cache,
    )
    out_dir = out or Path("eval-reports") / suite_dir.resolve().name
    try:
        with Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=_err,
            transient=True,
        ) as bar:
            result = asyncio.run(
                run_suite(suite_dir, options, out_dir, settings=get_settings(), progress=_RichProgress(bar, "cases"))
            )
        _print_run(result)
        if result.summary.errors:
            raise SuiteError(f"{result.summary.errors} case(s) could not run; see the reports")
        check_thresholds(result.thresholds)
    except CopilotError as error:
        raise _fail(error) from error


def _print_run(result: EvalRun) -> None:
    from copilot.evaluation.metrics import spec_for

    summary = result.summary
    bars = {t.metric: t for t in result.thresholds}
    table = Table(title=f"{result.suite.name} · engine {result.options.engine}", title_justify="left")
    for column in ("metric", "value", "cases", "better", "bar"):
        table.add_column(column, justify="left" if column in ("metric", "better") else "right")
    for name, value in summary.metrics.items():
        threshold = bars.get(name)
        shown = "–" if value is None else f"{value:g}"
        if threshold is not None:
            colour = "green" if threshold.passed else "red"
            shown = f"[{colour}]{shown}[/]"
        bar = "" if threshold is None else f"{threshold.bar:g}"
        table.add_row(name, shown, str(summary.metric_cases.get(name, 0)), spec_for(name).better, bar)
    _out.print(table)
    _out.print(
        f"{summary.cases} cases, {summary.failed} failed, {summary.errors} errors "
        f"in {result.duration_s:.1f} s ({result.cases_per_second:.0f} cases/s)"
    )
    for warning in result.warnings:
        _out.print(f"[yellow]warning[/]: {warning}")
    for kind, path in result.reports.items():
        _out.print(f"{kind:>5}: {path}")


@app.command("compare")
def compare(
    report_a: Annotated[Path, typer.Argument(help="Baseline report.json (or its folder).")],
    report_b: Annotated[Path, typer.Argument(help="Candidate report.json (or its folder).")],
    limit: Annotated[int, typer.Option(min=1, help="Worse cases to list at most.")] = 30,
) -> None:
    """Show per-metric deltas from A to B (coloured by better/worse) and the cases that got worse."""
    from copilot.evaluation import compare_reports, load_report

    try:
        comparison = compare_reports(load_report(report_a), load_report(report_b))
    except CopilotError as error:
        raise _fail(error) from error
    _print_comparison(comparison, limit)


def _print_comparison(comparison: Comparison, limit: int) -> None:
    table = Table(title=f"A: {comparison.suite_a}  →  B: {comparison.suite_b}", title_justify="left")
    for column in ("metric", "A", "B", "delta", "verdict"):
        table.add_column(column, justify="left" if column in ("metric", "verdict") else "right")
    for delta in comparison.metrics:
        style = _VERDICT_STYLE[delta.verdict]
        table.add_row(
            delta.metric,
            "–" if delta.before is None else f"{delta.before:g}",
            "–" if delta.after is None else f"{delta.after:g}",
            "–" if delta.delta is None else f"[{style}]{delta.delta:+g}[/]",
            f"[{style}]{delta.verdict}[/]",
        )
    _out.print(table)
    worse = comparison.regressions
    _out.print(f"{len(worse)} case(s) got worse" + (":" if worse else "."))
    for regression in worse[:limit]:
        moves = ", ".join(f"{m} {a:g} → {b:g}" for m, a, b in regression.changes)
        flag = "[red]now failing[/] " if regression.newly_failing else ""
        _out.print(f"  [bold]{regression.case_id}[/] {flag}{moves}")
    if len(worse) > limit:
        _out.print(f"  … and {len(worse) - limit} more")
    if comparison.only_in_a or comparison.only_in_b:
        _out.print(f"[dim]{comparison.only_in_a} case(s) only in A, {comparison.only_in_b} only in B[/]")
