"""The one pipeline: prepare -> analyze -> retrieve -> compose -> guard -> persist.

Engine-agnostic: the offline engine runs analyze and compose itself; the LLM engine replaces both with one
structured call whose output passes the same guard. The offline analysis always runs first (it is cheap and
deterministic): it builds the retrieval query, gives the guard the profile-derived VIP flag and the known facts,
and is the fallback when the LLM fails. The package is never a blank slate: when even the offline engine fails,
:func:`copilot.fallback.minimal_package` still carries the last messages and the profile flags.
"""

from __future__ import annotations

import logging
import time
import uuid
from datetime import UTC, datetime

from copilot.config import Settings
from copilot.context import Analysis, Composition, Prepared
from copilot.errors import CopilotError, StoreError
from copilot.fallback import minimal_package
from copilot.guard import guard_package
from copilot.ports import Analyzer, Composer, EventSink, LLMEngine, LLMOutcome, PackageStore, Retriever
from copilot.prepare import prepare
from copilot.request_memo import request_scope
from copilot.schema import (
    EscalationReason,
    Flags,
    HandoffPackage,
    HandoffRequest,
    KBArticle,
    Meta,
)

__all__ = ["Pipeline", "new_handoff_id"]

log = logging.getLogger(__name__)


def new_handoff_id() -> str:
    """Return a new, time-ordered handoff id (``h_`` + 26 hex chars)."""
    return f"h_{time.time_ns():016x}{uuid.uuid4().hex[:10]}"


class Pipeline:
    """Builds, guards and stores handoff packages. One instance serves every request of a process."""

    def __init__(
        self,
        settings: Settings,
        *,
        analyzer: Analyzer,
        composer: Composer,
        retriever: Retriever | None,
        store: PackageStore | None,
        llm: LLMEngine | None = None,
    ) -> None:
        self.settings = settings
        self.analyzer = analyzer
        self.composer = composer
        self.retriever = retriever
        self.store = store
        self.llm = llm

    def engine_for(self, request: HandoffRequest) -> str:
        """Decide which engine serves this request: ``llm`` or ``offline``."""
        wanted = request.options.engine
        if wanted == "offline":
            return "offline"
        if wanted == "llm":
            return "llm"
        return "llm" if self.llm is not None else "offline"

    async def run(self, request: HandoffRequest, *, on_event: EventSink | None = None) -> HandoffPackage:
        """Build the package for one request, store it, and return it. Raises only InvalidRequest/StoreError."""
        started = time.perf_counter()
        with request_scope():
            prepared = prepare(request, self.settings)
            try:
                package = await self._build(prepared, on_event)
            except CopilotError:
                raise
            except Exception as exc:  # the package must never be a blank slate
                log.exception("handoff pipeline failed; returning the minimal package")
                package = minimal_package(prepared, self.settings, cause=f"{type(exc).__name__}: {exc}")
        package.meta.latency_ms = round((time.perf_counter() - started) * 1000, 2)
        self._persist(package)
        return package

    async def _build(self, prepared: Prepared, on_event: EventSink | None) -> HandoffPackage:
        offline = self.analyzer.analyze(prepared)
        articles, retrieval_warnings = self._retrieve(prepared, offline)
        engine = self.engine_for(prepared.request)
        meta = Meta(engine="offline", warnings=[*prepared.warnings, *offline.warnings, *retrieval_warnings])
        analysis, composition = offline, None
        if engine == "llm":
            analysis, composition = await self._llm_or_fallback(prepared, offline, articles, meta, on_event)
        if composition is None:
            composition = self.composer.compose(prepared, offline, articles)
        package = self._assemble(prepared, analysis, composition, articles, meta)
        return guard_package(package, prepared=prepared, offline=offline, retrieved=articles, composer=self.composer)

    async def _llm_or_fallback(
        self,
        prepared: Prepared,
        offline: Analysis,
        articles: list[KBArticle],
        meta: Meta,
        on_event: EventSink | None,
    ) -> tuple[Analysis, Composition | None]:
        """Run the LLM engine; on any failure mark the package as a degraded fallback and keep offline."""
        if self.llm is None:
            meta.engine, meta.degraded = "fallback", True
            meta.warnings.append("llm_unavailable: no LLM model is configured (COPILOT_LLM_MODEL)")
            return offline, None
        try:
            outcome: LLMOutcome = await self.llm.generate(prepared, offline, articles, on_event=on_event)
        except Exception as exc:
            code = exc.code if isinstance(exc, CopilotError) else "llm_error"
            meta.engine, meta.degraded, meta.model = "fallback", True, self.llm.model_name
            meta.warnings.append(f"{code}: {exc}; the offline engine's package is returned")
            return offline, None
        meta.engine, meta.model = "llm", outcome.model
        meta.prompt_version, meta.cost_usd = outcome.prompt_version, outcome.cost_usd
        meta.prompt_tokens, meta.completion_tokens = outcome.prompt_tokens, outcome.completion_tokens
        meta.truncated_messages = outcome.truncated_messages
        meta.warnings.extend(outcome.warnings)
        return outcome.analysis, outcome.composition

    def _retrieve(self, prepared: Prepared, analysis: Analysis) -> tuple[list[KBArticle], list[str]]:
        top_k = prepared.request.options.kb_top_k
        if self.retriever is None or top_k == 0:
            return [], []
        try:
            tenant = prepared.request.options.tenant
            return self.retriever.retrieve(prepared, analysis, top_k=top_k, tenant=tenant), []
        except Exception as exc:
            log.warning("knowledge base retrieval failed: %s", exc)
            return [], [f"kb_unavailable: {exc}"]

    def _assemble(
        self,
        prepared: Prepared,
        analysis: Analysis,
        composition: Composition,
        articles: list[KBArticle],
        meta: Meta,
    ) -> HandoffPackage:
        request = prepared.request
        meta.warnings.extend(w for w in (*analysis.warnings, *composition.warnings) if w not in meta.warnings)
        meta.language = analysis.register.language
        escalation: EscalationReason = analysis.escalation
        return HandoffPackage(
            handoff_id=new_handoff_id(),
            conversation_id=request.conversation_id,
            created_at=datetime.now(UTC),
            channel=request.channel,
            summary=composition.summary,
            intent=analysis.intent,
            attempted_solutions=analysis.attempts,
            escalation_reason=escalation,
            flags=Flags(frustration=analysis.frustration, vip=analysis.vip),
            customer_facts=analysis.facts,
            kb_articles=composition.kb_articles if composition.kb_articles is not None else articles,
            suggested_first_message=composition.first_message,
            customer_transition_message=composition.transition,
            next_steps=composition.next_steps,
            meta=meta,
        )

    def _persist(self, package: HandoffPackage) -> None:
        if self.store is None:
            return
        try:
            self.store.save(package)
        except StoreError:
            raise
        except Exception as exc:
            raise StoreError(f"the package could not be stored: {exc}") from exc
