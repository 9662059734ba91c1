"""Hand-built, realistic requests and analyses for the compose tests (no analyzer needed).

Each scenario is a conversation as a helpdesk would send it, plus the analysis an analyzer should produce for
it. Tests change one thing at a time with ``dataclasses.replace`` / ``model_copy``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from copilot.compose import build_composer
from copilot.config import Settings
from copilot.context import Analysis, CustomerRegister, Prepared
from copilot.prepare import prepare
from copilot.schema import (
    AttemptedSolution,
    CustomerFact,
    EscalationReason,
    Frustration,
    FrustrationSignal,
    HandoffRequest,
    Intent,
    KBArticle,
    VipFlag,
)

SHIPPING_MESSAGES = [
    {"id": "m1", "role": "customer", "text": "Hi, my order A-1234 never arrived."},
    {
        "id": "m2",
        "role": "ai",
        "text": "Sorry to hear that! Here is your tracking link: https://track.example/A-1234",
    },
    {"id": "m3", "role": "customer", "text": "I already checked it. Tracking has been stuck for 6 days."},
    {"id": "m4", "role": "ai", "text": "Carriers can be slow. Please wait 2 more business days."},
    {"id": "m5", "role": "customer", "text": "I have waited enough. I want a replacement sent today."},
    {"id": "m6", "role": "customer", "text": "Let me talk to a human please, this is the third time I ask."},
]

LOST_PACKAGE = KBArticle(
    id="kb-shipping-lost", title="Lost package claims", url="https://help.example/lost", snippet="", score=0.8
)


def make_request(
    messages: list[dict[str, Any]] | None = None,
    *,
    channel: str = "web_chat",
    customer: dict[str, Any] | None = None,
    queue: dict[str, Any] | None = None,
) -> HandoffRequest:
    """A HandoffRequest; defaults to the shipping conversation of Dana Lee on web chat."""
    return HandoffRequest.model_validate(
        {
            "conversation_id": "conv-test",
            "channel": channel,
            "messages": messages if messages is not None else SHIPPING_MESSAGES,
            "customer": customer if customer is not None else {"name": "Dana Lee", "email": "dana@example.com"},
            "queue": queue,
        }
    )


def make_prepared(request: HandoffRequest | None = None) -> Prepared:
    """Run the real prepare stage (ids, masking) on ``request``."""
    return prepare(request or make_request(), Settings())


def shipping_analysis(**changes: Any) -> Analysis:
    """What a good analyzer reports for SHIPPING_MESSAGES; keyword arguments replace fields."""
    base = Analysis(
        intent=Intent(
            label="missing_delivery",
            description="The order is late, lost, marked delivered but not received, or tracking shows no progress",
            confidence=0.91,
        ),
        facts=[CustomerFact(type="order_id", value="A-1234", message_id="m1")],
        frustration=Frustration(
            level="high",
            score=0.82,
            trend="rising",
            signals=[
                FrustrationSignal(kind="repeated_request", message_id="m6", detail="third ask for a human"),
                FrustrationSignal(kind="wait_complaint", message_id="m5", detail="waited enough"),
            ],
        ),
        vip=VipFlag(is_vip=False),
        attempts=[
            AttemptedSolution(
                description="AI shared the tracking link", by="ai", outcome="failed", message_ids=["m2", "m3"]
            ),
            AttemptedSolution(
                description="AI asked the customer to wait 2 more business days",
                by="ai",
                outcome="declined",
                message_ids=["m4", "m5"],
            ),
        ],
        escalation=EscalationReason(
            code="customer_requested_human", explanation="The customer asked for a human", message_ids=["m6"]
        ),
        register=CustomerRegister(formality="neutral", language="en"),
    )
    return replace(base, **changes)


def calm(analysis: Analysis) -> Analysis:
    """The same analysis with no frustration at all."""
    return replace(analysis, frustration=Frustration(level="none", score=0.05, trend="steady", signals=[]))


LOCALIZED_ISSUES = {
    "es": "Hola, mi pedido A-1234 nunca llegó.",
    "fr": "Bonjour, ma commande A-1234 n'est jamais arrivée.",
    "de": "Hallo, meine Bestellung A-1234 ist nie angekommen.",
    "pt": "Olá, meu pedido A-1234 nunca chegou.",
    "ja": "注文A-1234が届きません。",
}
"""The shipping conversation's first customer message in other languages."""


def localized_request(language: str, **changes: Any) -> HandoffRequest:
    """The shipping conversation with its first customer message in ``language``."""
    messages = [dict(m) for m in SHIPPING_MESSAGES]
    messages[0]["text"] = LOCALIZED_ISSUES[language]
    return make_request(messages, **changes)


def first_message(analysis: Analysis, prepared: Prepared, articles: list[KBArticle] | None = None) -> str:
    """The text of the first message the default composer writes for this analysis."""
    return build_composer(Settings()).compose(prepared, analysis, articles or []).first_message.text


def fact(fact_type: str, value: str, message_id: str) -> CustomerFact:
    """A customer fact found in ``message_id``."""
    return CustomerFact(type=fact_type, value=value, message_id=message_id)
