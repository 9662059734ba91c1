"""Golden suites on disk (DESIGN.md "Golden cases and suites"): ``suite.yaml`` and a streamed cases.jsonl.

Loading is strict and happens before any case runs: a folder without suite.yaml, a malformed suite.yaml, a
missing taxonomy, KB or cases file, or a malformed line of cases.jsonl (named by its line number) is a
:class:`~copilot.errors.SuiteError`. Cases are read lazily, one line at a time, so a suite of any size needs
memory only for the case being run.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from copilot.errors import SuiteError, error_location
from copilot.evaluation.metrics import is_known_metric
from copilot.schema import EscalationCode, FactType, FrustrationLevel, HandoffRequest

__all__ = ["Expected", "ExpectedFact", "GoldenCase", "Suite", "SuiteConfig", "iter_cases", "load_suite"]

SUITE_FILE = "suite.yaml"
CASES_FILE = "cases.jsonl"


class SuiteConfig(BaseModel):
    """The contents of suite.yaml; paths are relative to the suite folder."""

    model_config = ConfigDict(extra="allow")

    name: str = Field(min_length=1)
    taxonomy: Path
    kb: Path | None = None
    kb_top_k: int = Field(default=3, ge=0, le=20)
    thresholds: dict[str, float] = Field(default_factory=dict)
    description: str = ""


class ExpectedFact(BaseModel):
    """A fact the customer gave, as the golden case expects to find it in ``customer_facts``."""

    type: FactType
    value: str = Field(min_length=1)


class Expected(BaseModel):
    """The golden answers of one case; every field is optional: a scorer runs only where its field is set."""

    model_config = ConfigDict(extra="allow")

    intent: str | None = None
    escalation_reason: EscalationCode | None = None
    frustration: FrustrationLevel | None = None
    vip: bool | None = None
    kb_article_ids: list[str] | None = None
    facts: list[ExpectedFact] | None = None
    attempted_solutions: list[str] | None = None
    summary_points: list[str] | None = None
    first_message: str | None = None
    must_mention: list[str] | None = None
    must_not_ask: list[FactType] | None = None


class GoldenCase(BaseModel):
    """One line of cases.jsonl."""

    model_config = ConfigDict(extra="allow")

    id: str = Field(min_length=1)
    tags: list[str] = Field(default_factory=list)
    request: HandoffRequest
    expected: Expected = Field(default_factory=Expected)


@dataclass
class Suite:
    """A loaded suite.yaml with its paths resolved; cases stay on disk until :func:`iter_cases` reads them."""

    directory: Path
    config: SuiteConfig
    taxonomy_path: Path
    kb_path: Path | None
    cases_path: Path
    warnings: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        """The suite's name from suite.yaml."""
        return self.config.name


def load_suite(directory: Path) -> Suite:
    """Read and check suite.yaml of ``directory``; raise SuiteError naming the file and the problem."""
    directory = Path(directory)
    if not directory.is_dir():
        raise SuiteError(f"suite folder not found: {directory}")
    suite_file = directory / SUITE_FILE
    if not suite_file.is_file():
        raise SuiteError(f"{directory} is not a suite: it has no {SUITE_FILE}")
    config = _read_config(suite_file)
    unknown = sorted(name for name in config.thresholds if not is_known_metric(name))
    if unknown:
        raise SuiteError(f"{suite_file}: unknown metric(s) under thresholds: {', '.join(unknown)}")
    taxonomy_path = _existing(directory, config.taxonomy, "taxonomy", suite_file)
    kb_path = _existing(directory, config.kb, "kb", suite_file) if config.kb is not None else None
    cases_path = directory / CASES_FILE
    if not cases_path.is_file():
        raise SuiteError(f"{directory} has no {CASES_FILE}")
    warnings = [f"{suite_file}: unknown key {key!r} ignored" for key in sorted(config.model_extra or {})]
    return Suite(directory, config, taxonomy_path, kb_path, cases_path, warnings)


def iter_cases(suite: Suite) -> Iterator[tuple[int, GoldenCase]]:
    """Yield ``(line_number, case)`` for every non-blank line of cases.jsonl, reading one line at a time.

    Raises SuiteError naming the line number for invalid JSON or a case that does not match the format.
    """
    with suite.cases_path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if line.strip():
                yield number, parse_case_line(line, number, suite.cases_path)


def parse_case_line(line: str, number: int, path: Path) -> GoldenCase:
    """Parse one line of cases.jsonl into a GoldenCase, or raise SuiteError naming ``path:number``."""
    try:
        raw: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        raise SuiteError(f"{path}:{number}: invalid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(raw, dict):
        raise SuiteError(f"{path}:{number}: a case must be a JSON object, got {type(raw).__name__}")
    try:
        return GoldenCase.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = error_location(first, "case")
        more = f" (and {exc.error_count() - 1} more problems)" if exc.error_count() > 1 else ""
        case_id = raw.get("id", "?")
        raise SuiteError(f"{path}:{number}: case {case_id!r}: {where}: {first['msg']}{more}") from exc


def _read_config(suite_file: Path) -> SuiteConfig:
    try:
        raw = yaml.safe_load(suite_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise SuiteError(f"{suite_file} cannot be read: {exc}") from exc
    if not isinstance(raw, dict):
        raise SuiteError(f"{suite_file} must be a mapping with at least 'name' and 'taxonomy'")
    try:
        return SuiteConfig.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = error_location(first)
        raise SuiteError(f"{suite_file}: {where}: {first['msg']}") from exc


def _existing(directory: Path, relative: Path, key: str, suite_file: Path) -> Path:
    path = (directory / relative).resolve()
    if not path.exists():
        raise SuiteError(f"{suite_file}: {key} path {relative} does not exist (resolved to {path})")
    return path
