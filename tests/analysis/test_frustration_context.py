"""Frustration cues read in context: the families that were missing (sarcasm, the bot going round, plain anger
words), phrases that only looked like frustration, courtesy that keeps clear frustration clear, a refusal that
needs an offer, and fear or grief that turns weak cues into distress."""

from __future__ import annotations

import pytest

from copilot.analysis.frustration import analyze_frustration
from copilot.analysis.frustration_cues import CLEAR, detect_cues

from .builders import build_prepared


def _level(turns: list[tuple[str, str]], language: str = "en") -> str:
    return analyze_frustration(build_prepared(turns), language=language).level


def _strongest(text: str, compound: float = 0.0) -> float:
    return max((cue.weight for cue in detect_cues(text, compound).cues), default=0.0)


@pytest.mark.parametrize(
    "text",
    [
        "honestly this is maddening",
        "I'm getting really irritated with this app",
        "Oh sure, let me reinstall the whole operating system for a typo. Genius.",
        "Round two of the same advice.",
        "We've come full circle.",
        "You asked me that already. Twice.",
    ],
)
def test_clear_frustration_that_was_missed(text: str) -> None:
    assert _strongest(text) >= CLEAR


@pytest.mark.parametrize(
    "text",
    [
        "sure, that works",
        "Is there a cancellation fee? I read that moving abroad waives it",
        "ok thanks. and please switch the add-on off so it doesn't charge again",
        "Thank you. It's a lot to deal with right now.",
        "my order still has my old address on it, can I change it?",
    ],
)
def test_phrases_that_only_looked_like_frustration(text: str) -> None:
    assert detect_cues(text, 0.0).cues == ()


@pytest.mark.parametrize(
    "text", ["I read that already.", "I tried that twice", "I need this fixed right now", "right now!"]
)
def test_the_frustrated_readings_of_those_phrases_stay(text: str) -> None:
    assert detect_cues(text, 0.0).cues != ()


def test_as_i_said_in_an_email_is_mild() -> None:
    text = "As I mentioned, both charges are posted, not pending. Could you pass this to someone?"
    assert 0.0 < _strongest(text) < CLEAR


def test_polite_but_frustrated_stays_medium() -> None:
    email = (
        "Good morning,\n\nI have requested a password reset four times since Friday and none of the emails arrived. "
        "I appreciate that these things happen, but I'm finding this quite frustrating. Could someone please help?"
    )
    assert _strongest(email) == CLEAR
    assert _level([("customer", email)]) == "medium"


def test_courtesy_keeps_two_mild_signs_low() -> None:
    text = "NO.\n\nThanks, but as I mentioned, the test was over a cable, so Wi-Fi is not the issue."
    assert _strongest(text) < CLEAR


def test_a_refusal_needs_an_offer() -> None:
    request = [("customer", "hey! my free trial ends Friday and I don't want to be charged, can you cancel it?")]
    assert _level(request) == "none"
    offered = [
        ("customer", "my parcel is a week late"),
        ("ai", "Here is the tracking link again: https://track.example/1Z"),
        ("customer", "I don't want the link again, I want to know where it is"),
    ]
    assert _level(offered) != "none"


def test_fear_makes_urgency_distress_not_frustration() -> None:
    turns = [
        ("customer", "I got an email that the SIM on my line was changed this morning. I didn't do that."),
        ("ai", "I'm sorry, that sounds stressful. Which number is affected?"),
        ("customer", "555 0198. My bank texts codes to it, I'm really scared they'll get into my accounts."),
        ("ai", "Thank you. I'm connecting you with our security team now."),
        ("customer", "Okay. Please hurry."),
    ]
    assert _level(turns) == "none"


def test_the_same_urgency_without_fear_is_impatience() -> None:
    turns = [
        ("customer", "My parcel was meant to arrive Monday and it's not here."),
        ("ai", "I'm connecting you with our shipping team now."),
        ("customer", "Okay. Please hurry."),
    ]
    assert _level(turns) == "low"


def test_fear_does_not_hide_clear_frustration() -> None:
    turns = [
        ("customer", "Someone changed my password and I'm scared they'll see my address."),
        ("ai", "Please reset your password from the login page."),
        ("customer", "I already told you I can't log in. This is ridiculous, you keep sending the same link."),
    ]
    assert _level(turns) in {"medium", "high"}
