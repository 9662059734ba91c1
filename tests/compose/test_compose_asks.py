"""What counts as the customer's ask now: wishes and requests, not refusals, threats or rhetorical questions.

The sentences are written for other domains (banking, SaaS, travel) than the tuning suites."""

from __future__ import annotations

import pytest

from copilot.compose.cues import ask_score, is_threat, refuses, states_a_wish
from copilot.compose.statements import Statement, Statements
from copilot.compose.summary_points import wants_slot


@pytest.mark.parametrize(
    "text",
    [
        "Can you waive the late fee on my savings account?",
        "I don't want a voucher, I want my money back for the cancelled flight",
        "I'd be grateful if you could move my renewal date to March",
        "Is it possible to reopen the ticket I closed by mistake",
    ],
)
def test_wishes_and_requests_are_asks(text: str) -> None:
    assert states_a_wish(text)


@pytest.mark.parametrize(
    "text",
    [
        "no, I don't want another password reset link",
        "it was charged three days ago??",
        "so your system double-billed me and I'm supposed to chase it myself?",
        "if this isn't refunded by Friday I'm filing a dispute with my bank",
        "or I'm going to another airline for the return trip",
    ],
)
def test_refusals_threats_and_rhetoric_are_not_asks(text: str) -> None:
    assert not states_a_wish(text)


def test_threats_are_told_apart_from_asked_cancellations() -> None:
    assert is_threat("if this isn't refunded by Friday I'm filing a dispute with my bank")
    assert not is_threat("I want to cancel my subscription at the end of the month")


def test_a_refused_wish_keeps_the_positive_one() -> None:
    assert refuses("I don't want store credit")
    assert ask_score("I don't want store credit, I want a refund to my card") > ask_score("I don't want store credit")


def test_refusal_stands_in_the_wants_point_when_nothing_is_asked() -> None:
    refusal = Statement("I don't want to pay the wire fee again", "m5", 4)
    slot = wants_slot(Statements(issue=None, details=(), want=None, human_request=None, refusal=refusal), True)
    assert [p.text for p in slot.candidates] == ["they don't want to pay wire fee again"]
    assert slot.candidates[0].required and slot.candidates[0].message_ids == ["m5"]


def test_refusal_is_optional_next_to_an_ask_for_a_person() -> None:
    human = Statement("let me talk to a person", "m7", 6)
    refusal = Statement("No, I don't want the chatbot's troubleshooting steps again", "m5", 4)
    slot = wants_slot(Statements(issue=None, details=(), want=None, human_request=human, refusal=refusal), True)
    assert len(slot.candidates) == 2
    assert not slot.candidates[1].required
    assert not slot.candidates[1].text.lower().startswith("no")


def test_a_reported_attempt_the_issue_point_already_tells_gives_way() -> None:
    from copilot.compose.summary_points import _already_quoted
    from copilot.compose.text import content_stems
    from copilot.schema import AttemptedSolution

    said = content_stems("the courier came this morning but could not deliver because the building gate was locked")
    reported = AttemptedSolution(
        description="Customer reported that the courier came this morning but could not deliver because the "
        "building gate was locked",
        by="agent",
        outcome="failed",
        message_ids=["m1"],
    )
    assert _already_quoted(reported, said)
    assistant = reported.model_copy(update={"by": "ai"})
    assert not _already_quoted(assistant, said)
    new = reported.model_copy(update={"description": "Customer reset the router and the modem twice"})
    assert not _already_quoted(new, said)
