"""Fakes and builders for the harness tests: a scripted engine behind the real Pipeline, and case views."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from copilot.config import Settings
from copilot.context import Analysis, Composition, Prepared
from copilot.evaluation.harness import RunOptions
from copilot.evaluation.scorers.base import CaseView
from copilot.evaluation.suite import GoldenCase, Suite
from copilot.pipeline import Pipeline
from copilot.schema import (
    AttemptedSolution,
    CustomerFact,
    EscalationReason,
    Frustration,
    HandoffPackage,
    Intent,
    KBArticle,
    SuggestedFirstMessage,
    Summary,
    SummaryPoint,
    TransitionMessage,
    VipFlag,
)
from copilot.taxonomy import Taxonomy

FIXTURES = Path(__file__).resolve().parent / "fixtures"
MINI = FIXTURES / "mini"


@dataclass
class Answer:
    """What the scripted engine answers for one conversation."""

    intent: str = "unknown"
    escalation: str = "other"
    frustration: str = "none"
    vip: bool = False
    facts: list[tuple[str, str]] = field(default_factory=list)
    attempts: list[str] = field(default_factory=list)
    headline: str = "Customer needs help"
    points: list[str] = field(default_factory=list)
    first_message: str = "Hi, I have read the conversation and I am on it."
    kb_ids: list[str] = field(default_factory=list)


class ScriptedEngine:
    """Analyzer, composer and retriever in one: answers from a script keyed by conversation id."""

    def __init__(self, script: dict[str, Answer]) -> None:
        self.script = script
        self.calls: list[str] = []

    def _answer(self, prepared: Prepared) -> Answer:
        return self.script.get(prepared.request.conversation_id, Answer())

    def analyze(self, prepared: Prepared) -> Analysis:
        """Analyzer port."""
        self.calls.append(prepared.request.conversation_id)
        answer = self._answer(prepared)
        first = prepared.messages[0].id
        return Analysis(
            intent=Intent(label=answer.intent, description="", confidence=0.9),
            facts=[CustomerFact(type=t, value=v, message_id=first) for t, v in answer.facts],  # type: ignore[arg-type]
            frustration=Frustration(level=answer.frustration),  # type: ignore[arg-type]
            vip=VipFlag(is_vip=answer.vip, reason="scripted" if answer.vip else None),
            attempts=[AttemptedSolution(description=d, message_ids=[first]) for d in answer.attempts],
            escalation=EscalationReason(code=answer.escalation),  # type: ignore[arg-type]
        )

    def compose(self, prepared: Prepared, analysis: Analysis, articles: list[KBArticle]) -> Composition:
        """Composer port."""
        answer = self._answer(prepared)
        first = prepared.messages[0].id
        points = [SummaryPoint(text=p, message_ids=[first]) for p in answer.points or [answer.headline]]
        return Composition(
            summary=Summary(headline=answer.headline, points=points),
            first_message=SuggestedFirstMessage(text=answer.first_message),
            transition=TransitionMessage(text="Connecting you with a specialist who sees this whole chat."),
            next_steps=["Reply to the customer"],
        )

    def retrieve(self, prepared: Prepared, analysis: Analysis, *, top_k: int, tenant: str) -> list[KBArticle]:
        """Retriever port."""
        ids = self._answer(prepared).kb_ids[:top_k]
        return [KBArticle(id=i, title=i, score=1.0 - n / 10) for n, i in enumerate(ids)]


@dataclass
class FakeBackend:
    """A backend whose engine is the real Pipeline over the scripted ports."""

    engine: Pipeline
    articles: set[str]

    def has_article(self, article_id: str) -> bool:
        """KB id check against a fixed set."""
        return article_id in self.articles


def scripted_factory(
    script: dict[str, Answer],
    articles: set[str],
    engines: list[ScriptedEngine] | None = None,
    engine_type: type[ScriptedEngine] = ScriptedEngine,
):
    """A BackendFactory building the real Pipeline over a ScriptedEngine (recorded in ``engines``)."""

    @contextmanager
    def factory(suite: Suite, taxonomy: Taxonomy, settings: Settings, options: RunOptions) -> Iterator[FakeBackend]:
        scripted = engine_type(script)
        if engines is not None:
            engines.append(scripted)
        pipeline = Pipeline(settings, analyzer=scripted, composer=scripted, retriever=scripted, store=None)
        yield FakeBackend(engine=pipeline, articles=articles)

    return factory


MINI_ARTICLES = {"kb-late", "kb-refund", "kb-login"}


def good_script() -> dict[str, Answer]:
    """Answers that satisfy every expectation of the mini suite's first two cases; the third gets it wrong."""
    return {
        "conv-late-1": Answer(
            intent="missing_delivery",
            escalation="customer_requested_human",
            frustration="high",
            vip=True,
            facts=[("order_id", "A-1234")],
            attempts=["AI shared the tracking link; it showed nothing"],
            headline="Order A-1234 not delivered; tracking stuck for 6 days",
            points=["Order A-1234 has not been delivered", "Tracking has been stuck for 6 days"],
            first_message="Hi Dana, I'm so sorry order A-1234 still hasn't arrived. I've opened a trace with "
            "the carrier and will update you within the hour.",
            kb_ids=["kb-late", "kb-refund"],
        ),
        "conv-refund-1": Answer(
            intent="refund_request",
            escalation="customer_requested_human",
            frustration="low",
            facts=[("order_id", "B-7788"), ("amount", "$89.99")],
            headline="Refund for order B-7788 ($89.99) not received after 14 days",
            first_message="Hello Sam, thank you for your patience. I am checking the refund for order B-7788 "
            "with our payments team now.",
            kb_ids=["kb-refund"],
        ),
        "conv-login-1": Answer(intent="refund_request", first_message="hey, how can I help you today?"),
    }


def make_package(**parts: Any) -> HandoffPackage:
    """A valid package; keyword arguments replace its parts (e.g. ``first_message="..."``)."""
    return HandoffPackage(
        handoff_id="h_test",
        conversation_id="conv-test",
        created_at=datetime(2026, 11, 20, tzinfo=UTC),
        summary=parts.get("summary", Summary(headline="headline", points=[])),
        intent=parts.get("intent", Intent(label="unknown", confidence=0.5)),
        attempted_solutions=parts.get("attempted_solutions", []),
        escalation_reason=parts.get("escalation_reason", EscalationReason(code="other")),
        customer_facts=parts.get("customer_facts", []),
        kb_articles=[KBArticle(id=i, title=i) for i in parts.get("kb_ids", [])],
        suggested_first_message=SuggestedFirstMessage(text=parts.get("first_message", "Hi there.")),
        customer_transition_message=TransitionMessage(text="One moment."),
    )


def make_view(
    expected: dict[str, Any] | None = None,
    *,
    messages: list[tuple[str, str]] | None = None,
    customer: dict[str, Any] | None = None,
    kb_top_k: int = 3,
    **package_parts: Any,
) -> CaseView:
    """A CaseView of a one-off case: ``messages`` as (role, text) pairs, the package from ``package_parts``."""
    turns = messages or [("customer", "My order A-1234 has not arrived.")]
    case = GoldenCase.model_validate(
        {
            "id": "case-1",
            "request": {
                "conversation_id": "conv-test",
                "messages": [{"id": f"m{i}", "role": r, "text": t} for i, (r, t) in enumerate(turns, start=1)],
                "customer": customer or {},
            },
            "expected": expected or {},
        }
    )
    return CaseView(case=case, package=make_package(**package_parts), kb_top_k=kb_top_k)
