"""The wire contract: ``HandoffRequest`` and ``HandoffPackage`` exactly as ../shared/DESIGN.md describes them.

Compatible extensions (all optional or defaulted, documented in the README):
``options.tenant``, ``package.channel``, ``intent.low_confidence``, ``customer_transition_message.callback_offered``,
``meta.cost_usd`` and ``meta.language``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = [
    "ESCALATION_CODES",
    "FACT_TYPES",
    "AttemptedSolution",
    "Channel",
    "Customer",
    "CustomerFact",
    "EscalationCode",
    "EscalationInfo",
    "EscalationReason",
    "FactType",
    "Flags",
    "Frustration",
    "FrustrationSignal",
    "HandoffPackage",
    "HandoffRequest",
    "Intent",
    "KBArticle",
    "Message",
    "Meta",
    "Options",
    "QueueInfo",
    "Role",
    "SuggestedFirstMessage",
    "Summary",
    "SummaryPoint",
    "Tone",
    "TransitionMessage",
    "VipFlag",
]

Channel = Literal["web_chat", "email", "sms", "whatsapp", "messenger", "voice", "other"]
Role = Literal["customer", "ai", "agent", "system"]
Engine = Literal["auto", "llm", "offline"]
PackageEngine = Literal["offline", "llm", "fallback"]
EscalationCode = Literal[
    "customer_requested_human",
    "ai_unable_to_resolve",
    "repeated_failure",
    "policy_requires_human",
    "high_frustration",
    "vip_customer",
    "sensitive_topic",
    "other",
]
ESCALATION_CODES: tuple[str, ...] = EscalationCode.__args__  # type: ignore[attr-defined]
FactType = Literal[
    "order_id",
    "account_id",
    "ticket_id",
    "tracking_number",
    "email",
    "phone",
    "name",
    "address",
    "product",
    "device",
    "date",
    "amount",
    "error_code",
    "other",
]
FACT_TYPES: tuple[str, ...] = FactType.__args__  # type: ignore[attr-defined]
Outcome = Literal["failed", "partial", "succeeded", "declined", "unknown"]
FrustrationLevel = Literal["none", "low", "medium", "high"]
Trend = Literal["rising", "steady", "falling"]
Formality = Literal["formal", "neutral", "casual"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)


class _Strict(BaseModel):
    """Request parts reject unknown enum values but tolerate unknown keys (forward compatibility)."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=False)


# --------------------------------------------------------------------------- request


class Message(_Strict):
    """One turn of the transcript, oldest first."""

    id: str | None = Field(default=None, max_length=200)
    role: Role
    text: str
    timestamp: datetime | None = None


class Customer(_Strict):
    """The customer's profile as the helpdesk knows it; every field optional."""

    id: str | None = None
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    tier: str | None = None
    vip: bool | None = None
    lifetime_value: float | None = None
    language: str | None = None
    attributes: dict[str, Any] = Field(default_factory=dict)


class EscalationInfo(_Strict):
    """What the bot platform says about why it escalated."""

    trigger: str | None = None
    note: str | None = None


class QueueInfo(_Strict):
    """The human queue's state when the handoff is requested."""

    position: int | None = Field(default=None, ge=0)
    estimated_wait_seconds: float | None = Field(default=None, ge=0)
    agents_online: int | None = Field(default=None, ge=0)


class Options(_Strict):
    """Per-request options."""

    engine: Engine = "auto"
    kb_top_k: int = Field(default=3, ge=0, le=20)
    tenant: str = Field(default="default", min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$")


class HandoffRequest(_Strict):
    """What a helpdesk platform POSTs when a conversation moves from the AI to a human."""

    conversation_id: str = Field(min_length=1, max_length=200)
    channel: Channel = "web_chat"
    messages: list[Message] = Field(min_length=1)
    customer: Customer = Field(default_factory=Customer)
    escalation: EscalationInfo | None = None
    queue: QueueInfo | None = None
    options: Options = Field(default_factory=Options)

    @field_validator("messages")
    @classmethod
    def _some_text(cls, messages: list[Message]) -> list[Message]:
        if not any(m.text.strip() for m in messages):
            raise ValueError("every message text is empty")
        return messages


# --------------------------------------------------------------------------- package


class SummaryPoint(_Model):
    """One evidence-linked summary point."""

    text: str
    message_ids: list[str] = Field(default_factory=list)


class Summary(_Model):
    """Headline plus cited points."""

    headline: str
    points: list[SummaryPoint] = Field(default_factory=list)


class Intent(_Model):
    """The customer's intent from the tenant taxonomy."""

    label: str
    description: str = ""
    confidence: float = Field(ge=0.0, le=1.0)
    low_confidence: bool = False


class AttemptedSolution(_Model):
    """Something already tried before the handoff, and how it went."""

    description: str
    by: Role = "ai"
    outcome: Outcome = "unknown"
    message_ids: list[str] = Field(default_factory=list)


class EscalationReason(_Model):
    """Why the conversation reached a human."""

    code: EscalationCode
    explanation: str = ""
    message_ids: list[str] = Field(default_factory=list)


class FrustrationSignal(_Model):
    """One piece of evidence of frustration, tied to a message."""

    kind: str
    message_id: str
    detail: str = ""


class Frustration(_Model):
    """How frustrated the customer is, with evidence."""

    level: FrustrationLevel = "none"
    score: float = Field(default=0.0, ge=0.0, le=1.0)
    trend: Trend = "steady"
    signals: list[FrustrationSignal] = Field(default_factory=list)


class VipFlag(_Model):
    """VIP status, from the profile only."""

    is_vip: bool = False
    reason: str | None = None


class Flags(_Model):
    """Flags the agent must see first."""

    frustration: Frustration = Field(default_factory=Frustration)
    vip: VipFlag = Field(default_factory=VipFlag)


class CustomerFact(_Model):
    """A fact the customer already gave: never ask for it again."""

    type: FactType
    value: str
    message_id: str | None = None


class KBArticle(_Model):
    """A knowledge-base article retrieved for this conversation."""

    id: str
    title: str
    url: str | None = None
    snippet: str = ""
    score: float = 0.0


class Tone(_Model):
    """Tone of the suggested first message."""

    formality: Formality = "neutral"
    empathy: bool = False


class SuggestedFirstMessage(_Model):
    """The agent's first message, continuing the conversation."""

    text: str
    acknowledges: list[str] = Field(default_factory=list)
    tone: Tone = Field(default_factory=Tone)


class TransitionMessage(_Model):
    """What the customer sees while waiting for the agent."""

    text: str
    callback_offered: bool = False


class Meta(_Model):
    """How the package was made."""

    engine: PackageEngine = "offline"
    model: str | None = None
    degraded: bool = False
    warnings: list[str] = Field(default_factory=list)
    latency_ms: float = 0.0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    truncated_messages: int = 0
    prompt_version: str | None = None
    cost_usd: float | None = None
    language: str | None = None


class HandoffPackage(_Model):
    """Everything the human agent needs before the first message."""

    handoff_id: str
    conversation_id: str
    created_at: datetime
    channel: Channel = "web_chat"
    summary: Summary
    intent: Intent
    attempted_solutions: list[AttemptedSolution] = Field(default_factory=list)
    escalation_reason: EscalationReason
    flags: Flags = Field(default_factory=Flags)
    customer_facts: list[CustomerFact] = Field(default_factory=list)
    kb_articles: list[KBArticle] = Field(default_factory=list)
    suggested_first_message: SuggestedFirstMessage
    customer_transition_message: TransitionMessage
    next_steps: list[str] = Field(default_factory=list)
    meta: Meta = Field(default_factory=Meta)
