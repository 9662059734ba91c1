"""Frustration levels with known answers: the labelling conventions (none / low / medium / high) on cases that
the first version got wrong: descriptive words, grief, hedges, sarcasm, acronyms, other languages."""

from __future__ import annotations

import pytest

from copilot.analysis.frustration import analyze_frustration
from copilot.analysis.frustration_cues import detect_cues
from copilot.analysis.frustration_sentiment import affect_sentiment, may_be_negative

from .builders import build_prepared


def _level(turns: list[tuple[str, str]], language: str = "en") -> str:
    return analyze_frustration(build_prepared(turns), language=language).level


def _details(text: str, compound: float = 0.0) -> list[str]:
    return [cue.detail for cue in detect_cues(text, compound).cues]


def test_words_that_describe_the_problem_are_not_anger() -> None:
    text = "My lamp arrived broken and the photo upload fails with an error, so I can't report the damage."
    assert affect_sentiment(text) > -0.3
    assert _level([("customer", text)]) == "none"


def test_grief_is_not_frustration() -> None:
    assert (
        _level(
            [
                ("customer", "My husband passed away last month. I need to cancel his line."),
                ("ai", "I'm very sorry for your loss. Can you tell me the account PIN?"),
                ("customer", "I don't know it. I'm sorry. I have his death certificate."),
            ]
        )
        == "none"
    )


def test_a_turn_without_negative_words_skips_the_lexicon() -> None:
    assert not may_be_negative("can you check the order status please")
    assert may_be_negative("this is annoying")
    assert may_be_negative("that's not good")  # negation of a positive word


def test_hedged_frustration_is_medium_not_high() -> None:
    level = _level(
        [
            ("customer", "My refund still hasn't arrived."),
            ("ai", "Refunds take 3 business days."),
            (
                "customer",
                "I don't want to be difficult, and I appreciate you trying, but this is the third time I've "
                "checked and it's getting quite frustrating. Could I speak to someone?",
            ),
        ]
    )
    assert level == "medium"


def test_anger_shouting_and_threats_are_high() -> None:
    assert (
        _level(
            [
                ("customer", "I KNOW WHAT IT SHOWS. the money isn't there"),
                ("customer", "unbelievable. if this isn't sorted today I'm filing a chargeback"),
            ]
        )
        == "high"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Fantastic. I feel like I'm in a time loop.",
        "ok so we're doing the restart thing again. bold strategy",
        "It's been 144 hours but sure, let's give it another 24.",
    ],
)
def test_sarcasm_is_read(text: str) -> None:
    assert any(detail.startswith("sarcasm") for detail in _details(text))


def test_a_sincere_great_is_not_sarcasm() -> None:
    assert not any(detail.startswith("sarcasm") for detail in _details("Great. Thank you so much!", 0.8))


@pytest.mark.parametrize(
    "text", ["OMG YES PLEASE!! I've been wanting these for months", "perfect, THANK YOU!! honestly amazing"]
)
def test_happy_capitals_and_omg_are_not_anger(text: str) -> None:
    assert _level([("customer", text)]) == "none"


def test_acronyms_and_codes_are_not_shouting() -> None:
    text = "The app asks for the PIN and the ICCID, then shows ERR_TOO_MANY_REDIRECTS on my PC"
    assert not any("capitals" in detail for detail in _details(text))


def test_a_purchase_date_is_not_a_wait_complaint_but_elapsed_time_is() -> None:
    assert _details("We bought them two weeks ago and they don't fit the room.") == []
    assert _details("It's been 6 business days and nothing.") == ['"it\'s been 6 business days"']


def test_brushes_with_the_bot_are_low() -> None:
    assert (
        _level(
            [
                ("customer", "I want to pause my membership for two months."),
                ("ai", "Sorry, I didn't get that. Could you rephrase?"),
                ("customer", "Pause my membership please."),
            ]
        )
        == "low"
    )
    assert (
        _level(
            [
                ("customer", "Why did my bill go up?"),
                ("ai", "Bills change when a promotion ends. See the billing page."),
                ("customer", "Saw that. Which one is it."),
            ]
        )
        == "low"
    )


def test_an_invited_ask_for_a_person_is_not_a_repeated_request() -> None:
    frustration = analyze_frustration(
        build_prepared(
            [
                ("customer", "can't someone stop the order?"),
                ("ai", "Our team can sometimes intercept a parcel. Reply AGENT to chat with a team member."),
                ("customer", "AGENT"),
            ]
        )
    )
    assert all(s.kind != "repeated_request" for s in frustration.signals)
    assert frustration.level in {"none", "low"}


def test_other_languages_use_only_their_few_clear_cues() -> None:
    spanish = [("customer", "¡No! Lo pagué el 9. Esto es muy frustrante. Quiero hablar con una persona, por favor.")]
    assert _level(spanish, "es") == "medium"
    french = [("customer", "Bonjour, je voudrais changer mon adresse de livraison, merci.")]
    assert _level(french, "fr") == "none"
    read_it = [("customer", "Oui, j'ai lu. Mais je n'ai passé aucun appel ces jours-là.")]
    assert _level(read_it, "fr") == "low"
