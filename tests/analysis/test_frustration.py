"""Frustration: level, score, trend and cited signals; happy caps are not anger; sarcasm and polite pressure are."""

from __future__ import annotations

import pytest

from copilot.analysis.frustration import analyze_frustration, level_for
from copilot.analysis.frustration_cues import detect_cues

from .builders import build_prepared

_ORDER = ["none", "low", "medium", "high"]


def _level(turns: list[tuple[str, str]], **kwargs: str) -> str:
    return analyze_frustration(build_prepared(turns), **kwargs).level


def test_calm_customer_is_not_frustrated() -> None:
    frustration = analyze_frustration(
        build_prepared(
            [
                ("customer", "Hi! Could you tell me when my order ships?"),
                ("ai", "It ships tomorrow."),
                ("customer", "Great, thank you!"),
            ]
        )
    )
    assert frustration.level == "none" and frustration.signals == [] and frustration.score < 0.2


def test_happy_capitals_are_not_anger() -> None:
    assert _level([("customer", "THANK YOU SO MUCH!! YOU GUYS ARE THE BEST!!!")]) == "none"


def test_angry_customer_is_high_with_cited_signals() -> None:
    frustration = analyze_frustration(
        build_prepared(
            [
                ("customer", "My order is two weeks late."),
                ("ai", "Here is your tracking link."),
                ("customer", "This is ridiculous. I've asked three times already, WHERE IS MY ORDER???"),
                ("customer", "Get me a human or I'll cancel my membership and dispute the charge."),
            ]
        )
    )
    assert frustration.level == "high"
    assert frustration.trend == "rising"
    kinds = {s.kind for s in frustration.signals}
    assert {"explicit_frustration", "repeated_request", "caps_or_punctuation", "threat_to_leave"} <= kinds
    assert {s.message_id for s in frustration.signals} <= {"m1", "m3", "m4"}  # customer turns only
    assert [s.kind for s in frustration.signals if s.message_id == "m1"] == ["wait_complaint"]


def test_polite_but_frustrated_is_caught() -> None:
    level = _level(
        [
            ("customer", "Hello, I would like an update on my refund."),
            ("customer", "I have now asked three times. Kindly connect me with someone who can help."),
        ]
    )
    assert _ORDER.index(level) >= _ORDER.index("medium")


def test_sarcasm_is_caught() -> None:
    cues = detect_cues("great, just great, another link", compound=0.85)
    assert any("sarcasm" in cue.detail for cue in cues.cues)


def test_a_second_ask_for_a_human_and_a_bot_loop_are_signals() -> None:
    loop = "I'm sorry, I didn't understand that. Could you rephrase your question?"
    frustration = analyze_frustration(
        build_prepared(
            [
                ("customer", "talk to an agent"),
                ("ai", loop),
                ("customer", "agent please"),
                ("ai", loop),
                ("customer", "hello?"),
            ]
        )
    )
    kinds = [(s.kind, s.message_id) for s in frustration.signals]
    assert ("repeated_request", "m3") in kinds
    assert ("bot_loop", "m4") in kinds


def test_falling_trend_when_the_customer_calms_down() -> None:
    frustration = analyze_frustration(
        build_prepared(
            [
                ("customer", "This is absolutely ridiculous, I'm furious, worst service ever!!!"),
                ("customer", "ok thanks, that helps"),
                ("customer", "fine, I'll wait for the agent"),
            ]
        )
    )
    assert frustration.trend == "falling"


def test_sentiment_lexicon_only_reads_english() -> None:
    german = [("customer", "Die Rechnung ist falsch, bitte prüfen Sie die Abbuchung.")]
    assert _level(german, language="de") == "none"


@pytest.mark.parametrize(("score", "level"), [(0.0, "none"), (0.25, "low"), (0.4, "medium"), (0.9, "high")])
def test_levels(score: float, level: str) -> None:
    assert level_for(score) == level
