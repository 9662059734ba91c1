"""Broad frustration cues, checked on sentences from domains the suites do not cover (banking, SaaS, travel,
utilities): polite disagreement, mock surprise, follow-ups, stakes, unanswered turns, and what is *not* a cue."""

from __future__ import annotations

import pytest

from copilot.analysis.frustration import analyze_frustration
from copilot.analysis.frustration_cues import detect_cues

from .builders import build_prepared

_ORDER = ["none", "low", "medium", "high"]


def _level(turns: list[tuple[str, str]]) -> str:
    return analyze_frustration(build_prepared(turns)).level


def _groups(text: str, compound: float = 0.0) -> set[str]:
    return {cue.kind for cue in detect_cues(text, compound).cues}


@pytest.mark.parametrize(
    "customer",
    [
        "Forgive me, but a $45 overdraft fee for a $3 coffee just doesn't seem right to me.",
        "That makes no sense, the invoice shows three seats and we only ever had two.",
        "I've been a member for twelve years and I have never once complained, but this is not fair.",
    ],
)
def test_polite_disagreement_is_clear_frustration(customer: str) -> None:
    turns = [
        ("customer", "Hello, a question about my statement."),
        ("ai", "Here is the fee schedule."),
        ("customer", customer),
    ]
    assert _level(turns) == "medium"


@pytest.mark.parametrize(
    "customer",
    [
        "Oh wow, what a surprise, the flight is delayed again.",
        "The sync finished in 2 hours, which is not 5 minutes, last time I checked.",
    ],
)
def test_mock_surprise_is_sarcasm(customer: str) -> None:
    assert "negative_sentiment" in _groups(customer)


@pytest.mark.parametrize(
    "customer",
    [
        "Second request: the meter reading on my bill is still wrong.",
        "API key rejected. Again.",
        "I wrote last week about the duplicate booking and heard nothing, so I'm writing again.",
    ],
)
def test_a_follow_up_is_a_repeated_request(customer: str) -> None:
    assert "repeated_request" in _groups(customer)


def test_again_inside_a_calm_report_is_not_a_repeat() -> None:
    assert "repeated_request" not in _groups("The upload failed once, then worked when I pressed submit again.")


@pytest.mark.parametrize("customer", ["Hello?", "Is anyone there?", "are you still there?"])
def test_an_unanswered_customer_is_waiting(customer: str) -> None:
    assert "wait_complaint" in _groups(customer)


@pytest.mark.parametrize(
    "customer",
    [
        "I need my laptop for work tomorrow and the VPN client will not start.",
        "My card is frozen and the hotel can't reach me on this number.",
    ],
)
def test_what_is_at_stake_is_mild_distress(customer: str) -> None:
    assert "explicit_frustration" in _groups(customer)
    assert _level([("customer", customer)]) == "low"


@pytest.mark.parametrize(
    "customer",
    [
        "I went to urgent care after the boiler leak, all fine now. Can you book the engineer?",
        "Subject: urgent and private - please remove my ex from the joint account",
    ],
)
def test_the_word_urgent_alone_is_not_impatience(customer: str) -> None:
    assert "wait_complaint" not in _groups(customer)


def test_a_happy_turn_about_a_fix_that_still_fails_is_not_frustration() -> None:
    text = "UPDATED THE APP AND IT STILL SAYS SYNC PENDING 😂 not mad at all, love this app, just curious!"
    assert (
        _level([("customer", "hi! my calendar won't sync"), ("ai", "Please update the app."), ("customer", text)])
        == "none"
    )
