"""The last line of defence: a package built from the transcript and the profile alone, with no analysis.

Used when the offline engine itself fails. It still carries the last messages (as cited summary points), the
profile's VIP flag and a neutral, non-generic transition message, with ``meta.degraded = true``.
"""

from __future__ import annotations

from datetime import UTC, datetime

from copilot.config import Settings
from copilot.context import Prepared
from copilot.schema import (
    EscalationReason,
    Flags,
    HandoffPackage,
    Intent,
    Meta,
    SuggestedFirstMessage,
    Summary,
    SummaryPoint,
    TransitionMessage,
    VipFlag,
)

__all__ = ["minimal_package", "profile_vip"]

_LAST_MESSAGES = 4


def profile_vip(prepared: Prepared, settings: Settings) -> VipFlag:
    """VIP status from the profile only: the vip flag, a configured tier, or a lifetime value over the bar."""
    customer = prepared.request.customer
    if customer.vip:
        return VipFlag(is_vip=True, reason="customer.vip = true")
    if customer.tier and customer.tier.strip().lower() in settings.vip_tiers:
        return VipFlag(is_vip=True, reason=f"customer.tier = {customer.tier}")
    bar = settings.vip_lifetime_value
    if bar is not None and customer.lifetime_value is not None and customer.lifetime_value >= bar:
        return VipFlag(is_vip=True, reason=f"customer.lifetime_value = {customer.lifetime_value:g} >= {bar:g}")
    return VipFlag(is_vip=False, reason=None)


def minimal_package(prepared: Prepared, settings: Settings, *, cause: str) -> HandoffPackage:
    """Build the degraded package: last messages, profile flags, honest texts; never a blank slate."""
    from copilot.pipeline import new_handoff_id  # local: pipeline imports this module

    request = prepared.request
    last = [m for m in prepared.messages if m.text.strip()][-_LAST_MESSAGES:]
    points = [SummaryPoint(text=f"{m.role}: {_clip(m.text)}", message_ids=[m.id]) for m in last]
    first_customer = next((m for m in prepared.messages if m.role == "customer" and m.text.strip()), None)
    headline = _clip(first_customer.text, 90) if first_customer else "Conversation handed over to an agent"
    name = (request.customer.name or "").split(" ")[0]
    greeting = f"Hi {name}," if name else "Hi,"
    return HandoffPackage(
        handoff_id=new_handoff_id(),
        conversation_id=request.conversation_id,
        created_at=datetime.now(UTC),
        channel=request.channel,
        summary=Summary(headline=headline, points=points),
        intent=Intent(label="unknown", description="not analysed", confidence=0.0, low_confidence=True),
        escalation_reason=EscalationReason(
            code="other", explanation=request.escalation.trigger if request.escalation else "not analysed"
        ),
        flags=Flags(vip=profile_vip(prepared, settings)),
        suggested_first_message=SuggestedFirstMessage(
            text=f"{greeting} I've taken over from our assistant and I'm reading through your messages now "
            "so you don't have to repeat anything.",
        ),
        customer_transition_message=TransitionMessage(
            text="I'm connecting you with a member of our team, who will see this whole conversation."
        ),
        next_steps=["Read the last messages above before replying"],
        meta=Meta(engine="offline", degraded=True, warnings=[*prepared.warnings, f"analysis_failed: {cause}"]),
    )


def _clip(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
