"""Frustration in wordings the tuned suites did not use: a customer who calms down after an outburst, "kinda
annoying" as mild impatience, "this is the second time that..." in other languages, and an outburst followed by
a short last turn."""

from __future__ import annotations

import pytest

from copilot.analysis.frustration import analyze_frustration
from copilot.analysis.frustration_cues import CLEAR, MILD, detect_cues
from copilot.analysis.frustration_settle import settles

from .builders import build_prepared


def _level(turns: list[tuple[str, str]], language: str = "en") -> str:
    return analyze_frustration(build_prepared(turns), language=language).level


def _strongest(text: str) -> float:
    return max((cue.weight for cue in detect_cues(text, 0.0).cues), default=0.0)


_RENTAL = [
    ("customer", "WHY DID THE RENTAL COMPANY CHARGE ME $385 FOR DAMAGE?? I returned the car with ZERO scratches."),
    ("ai", "I'm sorry about the surprise charge. Your booking includes Car Cover, which refunds damage charges."),
    ("customer", "oh. ok that's actually good to know. I have the agreement and the email from them"),
    ("ai", "Great. You can send them with a claim."),
    ("customer", "yeah I want to claim it. sorry for the caps earlier, long week"),
]


def test_a_customer_who_calms_down_is_read_where_they_end_up_but_not_below_low() -> None:
    assert _level(_RENTAL) == "low"
    still_angry = [*_RENTAL, ("ai", "No problem."), ("customer", "BUT THIS IS STILL RIDICULOUS. FIX IT NOW")]
    assert _level(still_angry) == "high"
    without_calming = [_RENTAL[0], _RENTAL[1], ("customer", "ok. I have the agreement and the email from them")]
    assert _level(without_calming) == "high"


def test_an_apology_for_being_short_after_clear_frustration_leaves_low() -> None:
    turns = [
        ("customer", "I'd like to return a coat, it's a few days past the window."),
        ("ai", "Returns are accepted within 30 days of delivery."),
        ("customer", "Seriously? It's never been worn. That's really disappointing."),
        ("ai", "I'm not able to make exceptions, but I can connect you with a member of our team."),
        ("customer", "Yes please. And sorry for being short earlier, it's been a long week."),
    ]
    assert _level(turns) == "low"
    assert _level(turns[:4]) == "medium"


@pytest.mark.parametrize(
    ("text", "calm"),
    [
        ("sorry for being short earlier, it's been a long week", True),
        ("that's a relief, thanks", True),
        ("I didn't mean to snap at you", True),
        ("sorry to bother you, my order is late", False),
        ("I know, I read the article", False),
    ],
)
def test_settling_phrases(text: str, calm: bool) -> None:
    assert settles(text) is calm


@pytest.mark.parametrize("text", ["kinda annoying tbh, i use these every day", "it's slightly annoying"])
def test_a_turned_down_frustration_word_is_mild(text: str) -> None:
    assert 0.1 <= _strongest(text) <= MILD


def test_an_unqualified_frustration_word_stays_clear() -> None:
    assert _strongest("this is so annoying") >= CLEAR


@pytest.mark.parametrize(
    "text",
    [
        "C'est la deuxième fois que je vous l'explique... La commande est payée.",
        "vale. por favor que sea rápido, es la segunda vez que escribo por esto",
        "É a terceira vez que vocês me mandam fazer a mesma coisa.",
        "È la seconda volta che vi scrivo per questo.",
    ],
)
def test_this_is_the_second_time_in_other_languages_is_clear(text: str) -> None:
    assert _strongest(text) >= CLEAR


@pytest.mark.parametrize(
    "text", ["No, gracias. Llevo media hora con esto.", "ya van 16 días hábiles", "Borg niet terug. Al 16 dagen."]
)
def test_waiting_in_other_languages_is_mild(text: str) -> None:
    assert _strongest(text) >= MILD


def test_an_outburst_followed_by_a_short_last_turn_keeps_its_level() -> None:
    turns = [
        ("customer", "The hotel says they have no booking in my name. It's 11pm!!"),
        ("ai", "Please show them the confirmation number."),
        ("customer", "They found nothing."),
        ("ai", "Here is our guide on reservations that cannot be found."),
        ("customer", "I'm in the lobby with two suitcases and my daughter, this is unacceptable."),
        ("ai", "I'm connecting you with an agent."),
        ("customer", "quick please"),
    ]
    assert _level(turns) == "high"


def test_question_marks_in_a_laughing_happy_turn_are_playful() -> None:
    happy = [
        ("customer", "OMG hi!! just got back from the BEST week away 🌴 booked through you guys!!"),
        ("ai", "Welcome back! How can I help today?"),
        ("customer", "sooo my points from the hotel aren't in my account?? it was like $1,460 so that's a LOT of points lol"),
        ("ai", "Points arrive 14 days after check-out. I'm not able to add points myself."),
        ("customer", "30 days?? lol ok but I want them before my next trip!! can I just talk to a human? 🙏"),
    ]
    assert _level(happy) == "none"
    # the same question marks without laughter are mild impatience
    assert _level([("customer", "my gift card should be $92.35?? where did the other $30 go")]) == "low"


@pytest.mark.parametrize(
    ("text", "clear"),
    [
        ("seriously. can i talk to a real person pls", True),
        ("Ok. Seriously! fix it", True),
        ("I take this seriously.", False),
    ],
)
def test_a_one_word_seriously_is_exasperation(text: str, clear: bool) -> None:
    assert (_strongest(text) >= CLEAR) is clear


def test_i_already_checked_everything_and_waiting_in_spanish_add_up_to_clear() -> None:
    text = "Ya revisé todo, la entrada, el garaje, hablé con los vecinos. Nadie vio nada. Ya pasaron 3 días"
    assert _strongest(text) >= CLEAR
    assert _strongest("Ya revisé todo, la entrada y el garaje.") < CLEAR
