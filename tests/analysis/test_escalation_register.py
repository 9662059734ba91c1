"""Escalation reason (platform trigger mapping and inference) and the customer's register."""

from __future__ import annotations

import pytest

from copilot.analysis.escalation import infer_escalation, map_trigger
from copilot.analysis.register import detect_language, detect_register, formality_of
from copilot.schema import AttemptedSolution, Frustration, VipFlag

from .builders import build_prepared

CALM = Frustration()
NOT_VIP = VipFlag()


@pytest.mark.parametrize(
    ("trigger", "code"),
    [
        ("customer_request", "customer_requested_human"),
        ("user_asked_for_agent", "customer_requested_human"),
        ("Live Agent Transfer", "customer_requested_human"),
        ("low_confidence", "ai_unable_to_resolve"),
        ("fallback", "ai_unable_to_resolve"),
        ("policy", "policy_requires_human"),
        ("refund_limit_exceeded", "policy_requires_human"),
        ("negative_sentiment", "high_frustration"),
        ("vip", "vip_customer"),
        ("sensitive", "sensitive_topic"),
        ("fraud_keyword", "sensitive_topic"),
        ("max_retries_exceeded", "repeated_failure"),
        ("inactivity_timeout", "other"),
        ("xyz_42", None),
    ],
)
def test_platform_triggers_map_to_codes(trigger: str, code: str | None) -> None:
    assert map_trigger(trigger) == code


def _reason(
    turns: list[tuple[str, str]],
    *,
    attempts: list[AttemptedSolution] | None = None,
    frustration: Frustration = CALM,
    vip: VipFlag = NOT_VIP,
    **request: object,
) -> tuple[str, list[str]]:
    reason = infer_escalation(
        build_prepared(turns, **request), attempts=attempts or [], frustration=frustration, vip=vip
    )
    return reason.code, reason.message_ids


def test_trigger_wins_and_cites_the_matching_message() -> None:
    code, ids = _reason(
        [("customer", "where is my parcel"), ("customer", "let me talk to a real person")],
        escalation={"trigger": "user_asked_for_agent", "note": "typed 'agent'"},
    )
    assert (code, ids) == ("customer_requested_human", ["m2"])


@pytest.mark.parametrize(
    ("turns", "code"),
    [
        (
            [("customer", "my order is late"), ("ai", "Here is the link."), ("customer", "agent please")],
            "customer_requested_human",
        ),
        ([("customer", "can you waive the fee?"), ("ai", "I'm unable to waive fees.")], "ai_unable_to_resolve"),
        ([("customer", "please delete my account and all my data under GDPR")], "policy_requires_human"),
        (
            [("customer", "my husband passed away and I need to close his account"), ("customer", "agent please")],
            "sensitive_topic",
        ),
        ([("customer", "someone used my card, there are unauthorized charges")], "sensitive_topic"),
        ([("customer", "my phone died yesterday, can you help?")], "other"),
    ],
)
def test_inferred_from_the_transcript(turns: list[tuple[str, str]], code: str) -> None:
    assert _reason(turns)[0] == code


def test_the_latest_direct_cause_wins() -> None:
    # the assistant's limit comes after a later question, so it is not just its reply to the ask for a person
    turns = [
        ("customer", "agent please"),
        ("ai", "Sure, one moment."),
        ("customer", "also, can you move my billing date to the 15th?"),
        ("ai", "I'm not able to change billing dates."),
    ]
    assert _reason(turns)[0] == "ai_unable_to_resolve"


def test_repeated_failure_high_frustration_and_vip() -> None:
    failed = [
        AttemptedSolution(description="AI suggested a restart", outcome="failed", message_ids=["m2", "m3"]),
        AttemptedSolution(description="AI suggested a reset", outcome="failed", message_ids=["m4", "m5"]),
    ]
    turns = [("customer", "wifi down"), ("ai", "restart"), ("customer", "no"), ("ai", "reset"), ("customer", "no")]
    assert _reason(turns, attempts=failed)[0] == "repeated_failure"
    assert _reason([("customer", "hello")], frustration=Frustration(level="high", score=0.9))[0] == "high_frustration"
    assert _reason([("customer", "hello")], vip=VipFlag(is_vip=True, reason="tier"))[0] == "vip_customer"


@pytest.mark.parametrize(
    ("texts", "channel", "formality"),
    [
        (
            ["Dear team, I am writing regarding my invoice. Could you please advise? Kind regards, Ana"],
            "web_chat",
            "formal",
        ),
        (["hey lol my order's late, pls help 🙏"], "web_chat", "casual"),
        (["My order is late. Can you check it?"], "web_chat", "neutral"),
        (["My order is late. Can you check it?"], "sms", "neutral"),
        (["ok thx"], "sms", "casual"),
    ],
)
def test_formality(texts: list[str], channel: str, formality: str) -> None:
    assert formality_of(texts, channel) == formality


@pytest.mark.parametrize(
    ("text", "fallback", "language"),
    [
        ("Mi pedido no ha llegado todavía, ¿dónde está?", None, "es"),
        ("Ma commande n'est pas arrivée, pouvez-vous vérifier ?", None, "fr"),
        ("My order never arrived, where is it?", "de", "en"),
        ("ok", "pt-BR", "pt"),
        ("A-1234", None, "en"),
    ],
)
def test_language(text: str, fallback: str | None, language: str) -> None:
    assert detect_language(text, fallback) == language


def test_register_flags_languages_without_templates() -> None:
    register = detect_register(build_prepared([("customer", "Il mio ordine non è mai arrivato, potete controllare?")]))
    assert register.language == "it" and register.language_supported is False
