"""Escalation reasons inferred from the transcript, with known answers (no platform trigger unless stated)."""

from __future__ import annotations

import pytest

from copilot.analysis.attempts import extract_attempts
from copilot.analysis.cues import asks_for_human, says_cannot_help, says_not_understood
from copilot.analysis.escalation import infer_escalation, map_trigger
from copilot.schema import Frustration, VipFlag

from .builders import build_prepared


def _code(turns: list[tuple[str, str]], **request: object) -> str:
    prepared = build_prepared(turns, **request)
    return infer_escalation(prepared, attempts=[], frustration=Frustration(), vip=VipFlag()).code


@pytest.mark.parametrize(
    "assistant",
    [
        "Exceptions to the return policy can only be approved by a member of our team. Shall I connect you?",
        "Cancellations have to be completed by a Customer Care agent, so I'll transfer you.",
        "For your protection I can't make changes to an account that may be compromised.",
        "I can refund up to $25 here; for $59.94 I need to pass you to a billing agent.",
    ],
)
def test_the_assistant_reaching_its_authority_is_a_policy(assistant: str) -> None:
    assert _code([("customer", "I need this sorted"), ("ai", assistant)]) == "policy_requires_human"


def test_the_assistant_admitting_repeated_failure() -> None:
    turns = [
        ("customer", "my earbud has no sound"),
        ("ai", "I'm sorry, I haven't been able to fix this after several tries. I'll transfer you."),
    ]
    assert _code(turns) == "repeated_failure"


def test_accepting_the_assistants_offer_of_a_person() -> None:
    turns = [
        ("customer", "is the W available in Walnut?"),
        ("ai", "I'm not sure. Would you like me to connect you with someone who can check?"),
        ("customer", "OMG YES PLEASE!!"),
    ]
    assert _code(turns) == "customer_requested_human"


def test_a_customer_who_is_not_safe_is_a_sensitive_topic() -> None:
    turns = [("customer", "It's going to my old address where my ex lives. I'm not safe there.")]
    assert _code(turns) == "sensitive_topic"


def test_an_agent_takeover_trigger_is_other() -> None:
    assert map_trigger("agent_takeover") == "other"
    assert map_trigger("customer_request") == "customer_requested_human"


@pytest.mark.parametrize(
    "text",
    [
        "Quiero hablar con una persona, por favor.",
        "Je voudrais parler à un conseiller.",
        "Ich möchte mit einem Mitarbeiter sprechen.",
        "Could a member of your team please look at this?",
    ],
)
def test_asks_for_a_person_in_several_languages_and_registers(text: str) -> None:
    assert asks_for_human(text)


def test_a_replacement_is_not_a_rep() -> None:
    assert not asks_for_human("I'd like a replacement please.")


def test_the_assistant_giving_up_in_other_languages() -> None:
    assert says_cannot_help("Je ne peux malheureusement pas corriger ces frais moi-même.")
    assert says_not_understood("Sorry, I'm still not sure how to help with that.")
    assert not says_not_understood("Here is the tracking link for your order.")


def _code_with_attempts(turns: list[tuple[str, str]]) -> str:
    prepared = build_prepared(turns)
    attempts = extract_attempts(prepared)
    return infer_escalation(prepared, attempts=attempts, frustration=Frustration(), vip=VipFlag()).code


def test_one_fix_told_several_ways_is_not_a_repeated_failure() -> None:
    turns = [
        ("customer", "A payment to a shop was taken twice from my account."),
        (
            "ai",
            "Sorry about that! Please dispute the second payment in the app under Payments > Report a problem and "
            "upload the receipt. Info: https://help.bank.example/articles/dispute-a-payment",
        ),
        ("customer", "I did that on Monday. Got an email saying the dispute was accepted. It is Friday and nothing"),
        ("ai", "Disputed payments usually come back within 3 business days."),
    ]
    assert _code_with_attempts(turns) != "repeated_failure"


def test_two_fixes_that_each_failed_are_a_repeated_failure() -> None:
    turns = [
        ("customer", "The invoice export keeps failing."),
        ("ai", "Please try clearing your browser cache and exporting again."),
        ("customer", "Tried that, it still fails."),
        ("ai", "Please try exporting as CSV instead of PDF."),
        ("customer", "Did that too, same error."),
    ]
    assert _code_with_attempts(turns) == "repeated_failure"
