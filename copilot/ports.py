"""The seams of the pipeline: small Protocols that each real component and each test fake implement."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from copilot.context import Analysis, Composition, Prepared
from copilot.schema import HandoffPackage, KBArticle

__all__ = [
    "Analyzer",
    "Composer",
    "EventSink",
    "LLMEngine",
    "LLMOutcome",
    "PackageStore",
    "Retriever",
]

EventSink = Callable[[str, dict[str, Any]], Awaitable[None]]
"""Receives streaming events (``headline``, ``summary_point``, ``field``...) as they become known."""


@runtime_checkable
class Analyzer(Protocol):
    """Offline analysis: facts, intent, frustration, VIP, attempts, escalation, register."""

    def analyze(self, prepared: Prepared) -> Analysis:
        """Analyze the prepared transcript and profile."""
        ...


@runtime_checkable
class Composer(Protocol):
    """Offline composition: summary, first message, transition message, next steps."""

    def compose(self, prepared: Prepared, analysis: Analysis, articles: list[KBArticle]) -> Composition:
        """Write the texts of the package from the analysis."""
        ...


@runtime_checkable
class Retriever(Protocol):
    """Finds the knowledge-base articles for a conversation."""

    def retrieve(self, prepared: Prepared, analysis: Analysis, *, top_k: int, tenant: str) -> list[KBArticle]:
        """Return at most ``top_k`` articles of ``tenant`` for this conversation, best first."""
        ...


@dataclass
class LLMOutcome:
    """What the LLM engine returns: its analysis and composition plus usage figures for ``meta``."""

    analysis: Analysis
    composition: Composition
    model: str
    prompt_version: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float | None = None
    truncated_messages: int = 0
    warnings: list[str] = field(default_factory=list)


@runtime_checkable
class LLMEngine(Protocol):
    """One structured LLM call that replaces analyze + compose. Raises ``LLMError`` subclasses on failure."""

    model_name: str

    async def generate(
        self,
        prepared: Prepared,
        offline: Analysis,
        articles: list[KBArticle],
        *,
        on_event: EventSink | None = None,
    ) -> LLMOutcome:
        """Produce the analysis and texts; stream partial fields to ``on_event`` when given."""
        ...


@runtime_checkable
class PackageStore(Protocol):
    """Durable storage of packages (SQLite by default)."""

    def save(self, package: HandoffPackage) -> None:
        """Persist a package; it must be durable when this returns."""
        ...

    def get(self, handoff_id: str) -> HandoffPackage:
        """Return a stored package or raise NotFound."""
        ...
