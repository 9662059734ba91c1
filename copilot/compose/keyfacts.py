"""Which customer facts the texts should name, and how the agent-facing texts describe a fact.

Identifiers of the case (order, ticket, account, tracking number, error code) come first, then what the case
is about (product, device, amount). Contact details and names are known facts too (never asked again) but
are not "the issue", so messages do not repeat them back.
"""

from __future__ import annotations

from copilot.context import Prepared
from copilot.schema import CustomerFact

__all__ = [
    "ID_FACT_TYPES",
    "ISSUE_FACT_PRIORITY",
    "contact_known",
    "describe_fact",
    "issue_facts",
    "speakable_facts",
]

ISSUE_FACT_PRIORITY: tuple[str, ...] = (
    "order_id",
    "ticket_id",
    "account_id",
    "tracking_number",
    "error_code",
    "product",
    "device",
    "amount",
    "other",
)
"""Fact types that identify or describe the case, most identifying first."""
_RANK = {fact_type: rank for rank, fact_type in enumerate(ISSUE_FACT_PRIORITY)}
ID_FACT_TYPES = frozenset({"order_id", "ticket_id", "account_id", "tracking_number", "error_code"})

_AGENT_LABELS = {
    "order_id": "order {v}",
    "ticket_id": "ticket {v}",
    "account_id": "account {v}",
    "tracking_number": "tracking {v}",
    "error_code": "error {v}",
    "email": "email {v}",
    "phone": "phone {v}",
    "name": "name {v}",
    "address": "address {v}",
    "date": "date {v}",
}


def issue_facts(facts: list[CustomerFact], limit: int | None = None) -> list[CustomerFact]:
    """The facts that name the case: most identifying type first, then transcript order.

    Overlapping values count once, in their shortest form ("Oslo sofa" over "Oslo sofa available").
    """
    ranked: list[tuple[str, CustomerFact]] = []
    wanted = sorted((f for f in facts if f.type in _RANK), key=lambda f: _RANK[f.type])  # stable: keeps order
    for fact in wanted:
        value = fact.value.strip().lower()
        if value:
            _add_shortest(ranked, value, fact)
    chosen = [fact for _, fact in ranked]
    return chosen[:limit] if limit is not None else chosen


def speakable_facts(facts: list[CustomerFact], prepared: Prepared, limit: int) -> list[CustomerFact]:
    """Issue facts fit to say back to the customer: those they wrote themselves, and identifiers the assistant
    confirmed ("I found order A-1234"); a product name read only in an assistant turn may be the bot's own."""
    roles = {m.id: m.role for m in prepared.messages}
    said = [f for f in issue_facts(facts) if f.type in ID_FACT_TYPES or roles.get(f.message_id or "") == "customer"]
    return said[:limit]


def _add_shortest(ranked: list[tuple[str, CustomerFact]], value: str, fact: CustomerFact) -> None:
    for index, (other, _) in enumerate(ranked):
        if value in other:
            if value != other:
                ranked[index] = (value, fact)
            return
        if other in value:
            return
    ranked.append((value, fact))


def describe_fact(fact: CustomerFact) -> str:
    """A short agent-facing label of a fact: ``order A-1234``, ``email dana@example.com``, ``Pixel 8``."""
    return _AGENT_LABELS.get(fact.type, "{v}").format(v=fact.value)


def contact_known(prepared: Prepared, facts: list[CustomerFact]) -> tuple[bool, bool]:
    """Whether a phone number and an e-mail address are known, for a callback or e-mail follow-up offer.

    SMS, WhatsApp and voice conversations run over the customer's phone number, so it counts as known there.
    """
    known = prepared.known_fact_types(facts)
    channel = prepared.request.channel
    phone = "phone" in known or channel in ("sms", "whatsapp", "voice")
    email = "email" in known or channel == "email"
    return phone, email
