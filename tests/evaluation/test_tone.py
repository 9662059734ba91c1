"""Known answers for ``tone_match`` and the style measures behind it."""

from __future__ import annotations

import pytest

from copilot.evaluation.scorers import style
from copilot.evaluation.scorers.tone import (
    WEIGHTS,
    formality_agreement,
    sentiment_appropriateness,
    tone_match,
)

from .helpers import make_view

CASUAL_CUSTOMER = (
    "hey i just got the box but it's not working and i can't find any fix lol, do u wanna help me with it pls??"
)
CHEERY_FORMAL = "Dear Sir, wonderful news! Excellent! Splendid! Regards."


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("lol my package is gone, can u check pls?? 😡", "casual"),
        ("Dear Sir or Madam, I would kindly request assistance regarding my invoice. Regards.", "formal"),
        ("My order has not arrived yet and I would like an update.", "neutral"),
        ("Hi Dana, I've opened a trace for your order.", "neutral"),
    ],
)
def test_formality_labels(text: str, label: str) -> None:
    assert style.formality_label(text) == label


def test_formality_agreement_extremes() -> None:
    assert formality_agreement("formal", "formal") == 1.0
    assert formality_agreement("formal", "neutral") == 0.5
    assert formality_agreement("formal", "casual") == 0.0


def test_lsm_is_one_for_identical_style_and_zero_without_function_words() -> None:
    text = "I need help with my order because it has not arrived and the tracking is stuck."
    assert style.language_style_matching(text, text) == pytest.approx(1.0)
    assert style.language_style_matching(CASUAL_CUSTOMER, "Wonderful! Amazing! Fantastic!") == pytest.approx(
        0.0, abs=1e-4
    )
    assert style.language_style_matching("", text) == 0.0


def test_empathy_and_cheer() -> None:
    assert style.has_empathy("I'm so sorry this has been frustrating.")
    assert not style.has_empathy("Great news, your order shipped!")
    assert style.cheer("Wonderful! Amazing! Fantastic!") == 1.0
    assert style.cheer("I'm sorry about the delay. I've opened a trace.") == 0.0


def test_sentiment_appropriateness_for_frustrated_and_calm_customers() -> None:
    assert sentiment_appropriateness("I'm sorry, I understand how frustrating this is.", frustrated=True)[0] == 1.0
    assert sentiment_appropriateness("Wonderful! Amazing! Fantastic!", frustrated=True)[0] == 0.0
    assert sentiment_appropriateness("Your refund was issued today.", frustrated=False)[0] == 1.0
    assert sentiment_appropriateness("This is terrible, awful, horrible news.", frustrated=False)[0] < 0.3


def test_tone_match_is_one_when_the_message_mirrors_a_calm_customer() -> None:
    text = "I need help with my order because it has not arrived and the tracking is stuck."
    view = make_view({}, messages=[("customer", text)], first_message=text)
    value, why = tone_match(view)
    assert value == pytest.approx(1.0)
    assert "F=1.00" in why and "S=1.00" in why and "LSM=1.00" in why


def test_tone_match_is_zero_for_cheerful_formality_at_a_frustrated_casual_customer() -> None:
    view = make_view(
        {"frustration": "high"},
        messages=[("customer", CASUAL_CUSTOMER)],
        first_message=CHEERY_FORMAL,
    )
    assert style.formality_label(CASUAL_CUSTOMER) == "casual"
    assert style.formality_label(CHEERY_FORMAL) == "formal"
    value, _ = tone_match(view)
    assert value == pytest.approx(0.0, abs=1e-4)


def test_tone_match_uses_the_reference_and_the_weights() -> None:
    customer = "My order has not arrived yet and I would like an update."
    reference = "Dear Ms Lee, I sincerely apologise. Kindly allow us one more day. Regards."
    message = "My order has not arrived yet and I would like an update."
    with_reference = tone_match(
        make_view({"first_message": reference}, messages=[("customer", customer)], first_message=message)
    )
    without = tone_match(make_view({}, messages=[("customer", customer)], first_message=message))
    # formality: neutral vs neutral (1.0) averaged with neutral vs formal (0.5) -> 0.75
    assert without[0] - with_reference[0] == pytest.approx(WEIGHTS["formality"] * 0.25, abs=1e-3)
    assert "reference formal" in with_reference[1]
