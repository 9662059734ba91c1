"""Escalation reasons the platform or the assistant states inside the transcript (no trigger sent)."""

from __future__ import annotations

import pytest

from copilot.analysis.cues import asks_for_human
from copilot.analysis.escalation import infer_escalation, map_trigger
from copilot.schema import Frustration, VipFlag

from .builders import build_prepared


def _code(turns: list[tuple[str, str]], *, vip: bool = False, **request: object) -> str:
    prepared = build_prepared(turns, **request)
    flag = VipFlag(is_vip=True, reason="customer.tier = private") if vip else VipFlag()
    return infer_escalation(prepared, attempts=[], frustration=Frustration(), vip=flag).code


@pytest.mark.parametrize(
    "system",
    [
        "Session resumed after 3 days idle; re-engagement policy routes it to the service desk.",
        "Team lead has taken over this chat from QA monitoring.",
        "Chatbot is offline for scheduled maintenance; open chats go to the queue.",
        "Moved to queue Payments (reason: shift_change).",
    ],
)
def test_a_platform_line_about_routing_gives_other(system: str) -> None:
    turns = [
        ("customer", "My wire transfer hasn't arrived, can I talk to a person?"),
        ("ai", "Let me check the status."),
        ("system", system),
    ]
    assert _code(turns) == "other"


def test_a_stated_reason_is_read_like_a_trigger() -> None:
    turns = [("customer", "the export keeps timing out"), ("system", "Escalated (reason: max_retries)")]
    assert _code(turns) == "repeated_failure"


def test_a_sensitive_topic_still_outranks_a_platform_line() -> None:
    turns = [("customer", "Someone used my card, I think it's fraud"), ("system", "Chat taken over by supervisor")]
    assert _code(turns) == "sensitive_topic"


def test_the_assistant_naming_vip_routing_for_a_vip() -> None:
    turns = [
        ("customer", "my booking for Lisbon shows the wrong dates"),
        ("ai", "Have you tried editing it under My Trips?"),
        ("customer", "yes, it still shows the old dates"),
        ("ai", "As one of our Platinum members, I'll pass you to your dedicated account team."),
    ]
    assert _code(turns, vip=True) == "vip_customer"
    assert _code(turns, vip=False) != "vip_customer"


@pytest.mark.parametrize(
    "trigger, code",
    [("manual_transfer", "other"), ("agent_shift_end", "other"), ("manual_review", "policy_requires_human")],
)
def test_staff_side_triggers(trigger: str, code: str) -> None:
    assert map_trigger(trigger) == code


def test_staff_must_verify_is_a_policy() -> None:
    turns = [
        ("customer", "Ich möchte wissen, welche Daten Sie über mich speichern (DSGVO)."),
        ("ai", "Requests from people without an account must be verified by our privacy team."),
    ]
    assert _code(turns) == "policy_requires_human"


@pytest.mark.parametrize(
    "text",
    ["Is there someone I could talk to about the refund?", "is there an advisor we can speak with"],
)
def test_asking_whether_there_is_someone_to_talk_to(text: str) -> None:
    assert asks_for_human(text)
