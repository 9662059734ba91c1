"""Known-answer tests of the agent's next steps: 2 to 5 concrete actions."""

from __future__ import annotations

from copilot.compose import build_composer
from copilot.config import Settings
from copilot.context import Analysis
from copilot.schema import EscalationReason, Frustration, FrustrationSignal, KBArticle, VipFlag

from .builders import LOST_PACKAGE, calm, make_prepared, make_request, shipping_analysis


def steps(analysis: Analysis | None = None, articles: list[KBArticle] | None = None) -> list[str]:
    articles = [LOST_PACKAGE] if articles is None else articles
    composer = build_composer(Settings())
    return composer.compose(make_prepared(), analysis or shipping_analysis(), articles).next_steps


def test_concrete_steps_from_facts_kb_attempts_and_mood() -> None:
    assert steps() == [
        "Verify order A-1234 in the order system",
        "Follow “Lost package claims” (kb-shipping-lost)",
        "Don't repeat “AI shared the tracking link”: it did not help",
        "Open with an apology and a concrete action: frustration is high and rising",
        "Resolve the missing delivery: The order is late, lost, marked delivered but not received, or "
        "tracking "
        "shows no…",
    ]


def test_vip_and_a_threat_to_leave_are_in_one_handling_step() -> None:
    frustration = Frustration(
        level="high",
        trend="steady",
        signals=[FrustrationSignal(kind="threat_to_leave", message_id="m5", detail="will cancel")],
    )
    analysis = shipping_analysis(vip=VipFlag(is_vip=True, reason="customer.tier = enterprise"), frustration=frustration)
    handling = [s for s in steps(analysis) if s.startswith("Prioritise")]
    assert handling == [
        "Prioritise this VIP customer (customer.tier = enterprise); open with an apology and a concrete "
        "action: "
        "frustration is high and steady; they mentioned leaving, so check the retention options"
    ]


def test_policy_escalations_come_first_after_the_lookup() -> None:
    analysis = calm(
        shipping_analysis(
            escalation=EscalationReason(
                code="sensitive_topic", explanation="The customer mentions a data breach.", message_ids=["m5"]
            ),
            attempts=[],
        )
    )
    result = steps(analysis, articles=[])
    assert result[:2] == [
        "Verify order A-1234 in the order system",
        "Handle under policy (the customer mentions a data breach) before anything else",
    ]


def test_low_confidence_intent_asks_the_agent_to_confirm_the_issue() -> None:
    analysis = calm(shipping_analysis(facts=[], attempts=[]))
    analysis.intent = analysis.intent.model_copy(update={"low_confidence": True, "confidence": 0.34})
    assert steps(analysis, articles=[]) == [
        "Confirm the issue from the customer's messages first: the intent “missing delivery” is uncertain (34%)",
        "Reply in this conversation: the customer was told a person sees the whole chat",
    ]


def test_always_two_to_five_steps() -> None:
    bare = calm(shipping_analysis(facts=[], attempts=[]))
    many = shipping_analysis(vip=VipFlag(is_vip=True, reason="customer.vip = true"))
    second = KBArticle(id="kb-carrier", title="Carrier delays", score=0.5)
    for analysis, articles in ((bare, []), (many, [LOST_PACKAGE, second])):
        result = steps(analysis, articles)
        assert 2 <= len(result) <= 5


def test_a_declined_attempt_is_not_pushed_again() -> None:
    result = steps(shipping_analysis(attempts=shipping_analysis().attempts[1:]))
    assert "Don't push “AI asked the customer to wait 2 more business days” again: the customer declined it" in result


def test_steps_do_not_depend_on_the_channel() -> None:
    composer = build_composer(Settings())
    chat = composer.compose(make_prepared(), shipping_analysis(), [LOST_PACKAGE]).next_steps
    sms = composer.compose(make_prepared(make_request(channel="sms")), shipping_analysis(), [LOST_PACKAGE])
    assert sms.next_steps == chat
