"""Frustration on the none/low boundary for cheerful customers: the "??" of a customer who writes with delight
("it was AMAZING!!! 😍") is how they write, a customer with only mild signs who ends delighted or says "no
worries" ends at none (but not one who was clearly frustrated), and "following up on my case" is calm by itself."""

from __future__ import annotations

from copilot.analysis.frustration import analyze_frustration
from copilot.analysis.frustration_cues import says_unbothered, shows_delight
from copilot.analysis.frustration_sentiment import affect_sentiment

from .builders import build_prepared


def _level(turns: list[tuple[str, str]], language: str = "en") -> str:
    return analyze_frustration(build_prepared(turns), language=language).level


_QUESTION = ("customer", "quick one: the voucher from my birthday email isn't showing at checkout??")
_ANSWER = ("ai", "Birthday vouchers appear in your wallet within 48 hours of the email. I'll pass this to the team.")


def test_double_question_marks_of_a_delighted_customer_are_their_style() -> None:
    delighted = ("customer", "Hiii!! the new tent arrived and it's PERFECT, we love it so much 😍🎉")
    assert _level([delighted, _QUESTION, _ANSWER]) == "none"
    # the same "??" from a customer who shows no delight stays a hint of impatience
    assert _level([("customer", "Hello."), _QUESTION, _ANSWER]) == "low"


def test_what_a_delighted_customer_says_still_counts() -> None:
    turns = [
        ("customer", "Hiii!! the new tent arrived and it's PERFECT, we love it so much 😍🎉"),
        ("customer", "but the poles never came?? it's been three weeks and still no update on the second parcel"),
        ("ai", "I'm sorry about that. I'll ask the team to trace the second parcel."),
    ]
    assert _level(turns) == "low"


def test_mild_impatience_that_ends_unbothered_or_delighted_is_none() -> None:
    mild = [
        ("customer", "My refund for order 5531 still hasn't arrived, it's been 10 days."),
        ("ai", "Refunds take up to 10 business days. I'll ask the payments team to check on it."),
    ]
    assert _level(mild) == "low"
    assert _level([*mild, ("customer", "ah ok, no worries then, thanks for checking")]) == "none"
    assert _level([*mild, ("customer", "Oh that's wonderful, thank you so much!! 😊")]) == "none"
    # a bare courteous sign-off says nothing about how they feel
    assert _level([*mild, ("customer", "Great, thanks!")]) == "low"


def test_a_clearly_frustrated_customer_who_ends_delighted_is_not_none() -> None:
    turns = [
        ("customer", "This is so frustrating, I have asked three times where my refund is."),
        ("ai", "I'm sorry. I can see the refund was sent today; it should reach your card in 2-3 days."),
        ("customer", "Oh that's wonderful, thank you so much!! 😊"),
    ]
    assert _level(turns) in {"low", "medium"}


def test_following_up_on_a_case_is_calm_but_a_long_wait_is_not() -> None:
    calm = [
        ("customer", "Hi, following up on ticket 88120 about the duplicate invoice. Any news?"),
        ("ai", "Hi! The ticket is with our billing team. I'll route you to them."),
    ]
    assert _level(calm) == "none"
    waiting = [
        ("customer", "Hi, following up on ticket 88120. It's been three weeks and still no update."),
        ("ai", "Hi! The ticket is with our billing team. I'll route you to them."),
    ]
    assert _level(waiting) == "low"


def test_delight_needs_happy_words_an_exclamation_and_an_emoji() -> None:
    assert shows_delight("AMAZING thank you!!! 💕", affect_sentiment)
    assert not shows_delight("Great, thanks!", affect_sentiment)  # courtesy
    assert not shows_delight("lol worth a try. ok thanks", affect_sentiment)  # laughter is as often wry
    assert not shows_delight("still broken!! 😡", affect_sentiment)
    assert not shows_delight("Genial, gracias!! 😍", None)  # a language the lexicon cannot read


def test_unbothered_is_said_outright() -> None:
    assert says_unbothered("No rush at all, we don't move until March")
    assert says_unbothered("ok, no worries :)")
    assert not says_unbothered("no i never saved those lol")
