"""The data that flows between pipeline stages: prepared request, analysis, composition.

Both engines speak these types: the offline engine fills :class:`Analysis` with its analyzers and
:class:`Composition` with its composers; the LLM engine fills both from one structured call. The guard and the
package assembly only ever see these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from copilot.schema import (
    AttemptedSolution,
    CustomerFact,
    EscalationReason,
    Frustration,
    HandoffRequest,
    Intent,
    KBArticle,
    Message,
    SuggestedFirstMessage,
    Summary,
    TransitionMessage,
    VipFlag,
)

__all__ = ["Analysis", "Composition", "CustomerRegister", "Prepared"]


@dataclass(frozen=True)
class PreparedMessage:
    """A transcript message with a guaranteed unique id and its position (0-based)."""

    id: str
    role: str
    text: str
    index: int
    original: Message


@dataclass
class Prepared:
    """The validated request: every message has a unique id, secrets are masked, limits are checked.

    The views of the messages (``by_id``, ``customer_messages``, ``message_ids``, ``transcript_text``) are
    computed once, on first use: ``messages`` is not changed after the prepare stage built it.
    """

    request: HandoffRequest
    messages: list[PreparedMessage]
    warnings: list[str] = field(default_factory=list)

    @cached_property
    def by_id(self) -> dict[str, PreparedMessage]:
        """Messages keyed by id."""
        return {m.id: m for m in self.messages}

    @cached_property
    def customer_messages(self) -> list[PreparedMessage]:
        """Only the customer's turns, oldest first."""
        return [m for m in self.messages if m.role == "customer"]

    @cached_property
    def message_ids(self) -> set[str]:
        """Every message id in the transcript."""
        return {m.id for m in self.messages}

    def known_fact_types(self, facts: list[CustomerFact]) -> set[str]:
        """Fact types the agent already has: extracted ``facts`` plus the profile's email, phone, name and id.

        One rule for the composer (never ask for these) and the guard (repair a message that does).
        """
        known: set[str] = {f.type for f in facts}
        customer = self.request.customer
        for field_name, fact_type in (("email", "email"), ("phone", "phone"), ("name", "name"), ("id", "account_id")):
            if getattr(customer, field_name):
                known.add(fact_type)
        return known

    @cached_property
    def transcript_text(self) -> str:
        """All message texts joined, for 'does this value occur in the transcript' checks."""
        return "\n".join(m.text for m in self.messages)


@dataclass(frozen=True)
class CustomerRegister:
    """How the customer writes: formality, language, and whether they write in fragments (SMS style)."""

    formality: str = "neutral"  # formal | neutral | casual
    language: str = "en"  # ISO 639-1
    language_supported: bool = True


@dataclass
class Analysis:
    """What the analyze stage found in the transcript and profile."""

    intent: Intent
    facts: list[CustomerFact]
    frustration: Frustration
    vip: VipFlag
    attempts: list[AttemptedSolution]
    escalation: EscalationReason
    register: CustomerRegister = field(default_factory=CustomerRegister)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Composition:
    """What the compose stage wrote for the agent and the customer."""

    summary: Summary
    first_message: SuggestedFirstMessage
    transition: TransitionMessage
    next_steps: list[str]
    kb_articles: list[KBArticle] | None = None  # the LLM engine may re-rank; None keeps the retrieved order
    warnings: list[str] = field(default_factory=list)
