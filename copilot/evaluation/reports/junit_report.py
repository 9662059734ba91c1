"""junit.xml for CI systems: one ``<testcase>`` per golden case, streamed with the stdlib XML writer.

A case fails when at least one scorer fails it (``<failure>`` names each failing metric, its value and why);
a case the engine could not run is an ``<error>``. Every scorer's decision is in ``<system-out>``. Missed
suite thresholds are one more failing testcase named ``thresholds``.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from xml.sax.saxutils import XMLGenerator
from xml.sax.xmlreader import AttributesImpl

from copilot.evaluation.spool import ResultSpool

if TYPE_CHECKING:
    from copilot.evaluation.harness import EvalRun

__all__ = ["write_junit_report"]


class _Xml:
    """A thin streaming writer over :class:`XMLGenerator` (escaping included)."""

    def __init__(self, out: IO[bytes]) -> None:
        self._gen = XMLGenerator(out, encoding="utf-8", short_empty_elements=True)

    def start(self, tag: str, /, **attrs: str) -> None:
        self._gen.startElement(tag, AttributesImpl(attrs))

    def end(self, tag: str) -> None:
        self._gen.endElement(tag)

    def leaf(self, tag: str, text: str, /, **attrs: str) -> None:
        self.start(tag, **attrs)
        self._gen.characters(text)
        self.end(tag)

    def document(self, begin: bool) -> None:
        if begin:
            self._gen.startDocument()
        else:
            self._gen.endDocument()


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:g}"


def _line(name: str, score: dict[str, Any]) -> str:
    return f"{name} = {_fmt(score['value'])}: {score['why']}"


def _write_case(xml: _Xml, record: dict[str, Any], classname: str) -> None:
    seconds = (record.get("latency_ms") or 0.0) / 1000
    xml.start("testcase", classname=classname, name=record["id"], time=f"{seconds:.4f}")
    if record.get("error"):
        xml.leaf("error", record["error"], message=record["error"], type="engine_error")
    failing = {name: s for name, s in record["scores"].items() if not s["passed"]}
    if failing:
        message = "; ".join(f"{name} = {_fmt(s['value'])}" for name, s in failing.items())
        details = "\n".join(_line(n, s) for n, s in failing.items())
        xml.leaf("failure", details, message=message, type="scorer")
    decisions = [f"{'PASS' if s['passed'] else 'FAIL'} {_line(n, s)}" for n, s in record["scores"].items()]
    xml.leaf("system-out", "\n".join(decisions))
    xml.end("testcase")


def _write_thresholds(xml: _Xml, run: EvalRun, classname: str) -> None:
    xml.start("testcase", classname=classname, name="thresholds", time="0")
    missed = [t for t in run.thresholds if not t.passed]
    if missed:
        message = "; ".join(t.describe() for t in missed)
        xml.leaf("failure", message, message=message, type="threshold")
    xml.leaf("system-out", "\n".join(t.describe() for t in run.thresholds))
    xml.end("testcase")


def write_junit_report(path: Path, run: EvalRun, spool: ResultSpool) -> None:
    """Write junit.xml for ``run``, reading each case's decisions back from the spool."""
    summary = run.summary
    classname = f"eval.{run.suite.name}"
    threshold_case = 1 if run.thresholds else 0
    missed = 1 if any(not t.passed for t in run.thresholds) else 0
    with path.open("wb") as out:
        xml = _Xml(out)
        xml.document(begin=True)
        xml.start("testsuites", name=f"copilot eval {run.suite.name}")
        xml.start(
            "testsuite",
            name=run.suite.name,
            tests=str(summary.cases + threshold_case),
            failures=str(summary.failed - summary.errors + missed),
            errors=str(summary.errors),
            time=f"{run.duration_s:.3f}",
            timestamp=run.started_at.isoformat(),
        )
        for record in spool.iter_records(o.index for o in run.outcomes):
            _write_case(xml, record, classname)
        if threshold_case:
            _write_thresholds(xml, run, classname)
        xml.end("testsuite")
        xml.end("testsuites")
        xml.document(begin=False)
