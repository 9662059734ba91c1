"""Frustration the customer tones down or takes back, and mild annoyance in other languages: "bit annoying" without
the "a", owning a short tone without "sorry for", relief at an answer ("ok thanks that helps"), and "that's
annoying" / "as I wrote" / "I have been patient" in Dutch, French, Spanish and German."""

from __future__ import annotations

import pytest

from copilot.analysis.frustration import analyze_frustration
from copilot.analysis.frustration_cues import CLEAR, MILD, detect_cues
from copilot.analysis.frustration_settle import settles

from .builders import build_prepared


def _level(turns: list[tuple[str, str]], language: str = "en") -> str:
    return analyze_frustration(build_prepared(turns), language=language).level


def _strongest(text: str, compound: float = 0.0) -> float:
    return max((cue.weight for cue in detect_cues(text, compound).cues), default=0.0)


def test_bit_annoying_at_a_sentence_start_is_mild_and_not_counted_twice() -> None:
    text = "Yes, the reading is right. Bit annoying that this keeps happening, nobody used my last one."
    assert _strongest(text) == MILD
    assert _strongest("That is annoying, nobody used my last reading.") == CLEAR
    turns = [
        ("customer", "My bill uses an estimated reading again, the real one is 10233."),
        ("ai", "Thanks. Can you confirm the meter serial number?"),
        ("customer", text),
    ]
    assert _level(turns) == "low"
    # the lexicon reads "annoying" too: a toned-down turn keeps its affect inside the dead zone
    toned = detect_cues(text, -0.6)
    plain = detect_cues("That is annoying, nobody used my last reading.", -0.6)
    assert toned.compound == -0.3
    assert plain.compound == -0.6


@pytest.mark.parametrize(
    "owning",
    [
        "Sorry, I know I was short with you earlier. It's been a long week.",
        "I realise I was being a bit rude, the weekend was a mess.",
        "ok I was snappy with you, my fault",
    ],
)
def test_owning_a_short_tone_settles(owning: str) -> None:
    assert settles(owning)
    turns = [
        ("customer", "The kettle shows E2 AGAIN. This is the replacement, the first did the same."),
        ("ai", "Please descale it and run two tanks of clean water."),
        ("customer", "Done. Still E2. Same thing every single morning, I'm fed up with this."),
        ("ai", "I'm sorry. Let me check the replacement options."),
        ("customer", owning),
    ]
    assert _level(turns[:3]) in {"medium", "high"}
    assert _level(turns) == "low"


def test_relief_at_an_answer_settles_but_an_offer_to_help_does_not() -> None:
    assert settles("ok thanks that helps. how do I claim for the food in the freezer")
    assert settles("Right, that really helps.")
    assert not settles("P.S. my account ID is WS-39024, in case that helps.")
    assert not settles("card ends 8823 if that helps")
    assert not settles("I hope that helps you find it")


@pytest.mark.parametrize(
    "text",
    [
        "Ik mis steeds telefoontjes van mijn werk, dat is vervelend.",
        "Comme je l'ai écrit, les deux sont débités depuis une semaine.",
        "Ik heb nu drie maanden geduld gehad.",
        "Como ya le escribí, el cargo sigue ahí.",
        "Das ist wirklich lästig, wie ich bereits geschrieben habe.",
    ],
)
def test_mild_annoyance_in_other_languages(text: str) -> None:
    assert _strongest(text) == MILD
    assert _level([("customer", text)], language="xx") == "low"


def test_saying_one_has_been_patient_is_polite_pressure() -> None:
    assert _strongest("I've been very patient about this, honestly, but nothing has come back.") == CLEAR
    assert _strongest("Thank you for being patient with me.") == 0.0


def test_german_disappointment_in_either_word_order() -> None:
    assert _strongest("Ich bin sehr enttäuscht.") == CLEAR
    assert _strongest("Ehrlich gesagt bin ich ziemlich enttäuscht, ich zahle extra dafür.") == CLEAR


def test_an_early_outburst_keeps_its_weight_while_the_customer_stays_upset() -> None:
    outburst = ("customer", "What the hell is this £1,284 catch-up bill?? I pay every month by direct debit")
    upset = [
        outburst,
        ("ai", "The meter sent no readings for five months, so this bill catches up on actual usage."),
        ("customer", "So your meter broke and I pay for it? Nobody told me a thing. I'm not paying it."),
        ("ai", "I understand. I can spread the amount over 12 months."),
        ("customer", "No I don't want it spread, I want it checked. Get me someone senior"),
    ]
    assert _level(upset) == "high"
    calmer = [
        *upset[:2],
        ("customer", "ok I see, that makes sense now"),
        upset[3],
        ("customer", "ok, can you tell me what the monthly amount would be?"),
    ]
    assert _level(calmer) == "medium"


def test_its_already_been_days_is_a_wait_complaint() -> None:
    kinds = {cue.kind for cue in detect_cues("its already been 2 days and it's the wrong door", 0.0).cues}
    assert "wait_complaint" in kinds


@pytest.mark.parametrize(
    "text",
    ["ok whatever gets it done", "Fine. my last booking was WF-1GR5TY", "Whatever. send it to the new address then"],
)
def test_a_curt_resigned_reply_is_a_weak_sign(text: str) -> None:
    assert 0.1 <= _strongest(text) < CLEAR


@pytest.mark.parametrize("text", ["happy to confirm whatever you need", "fine, thanks!", "Everything is fine now"])
def test_whatever_you_need_and_fine_thanks_are_not_curt(text: str) -> None:
    assert _strongest(text) == 0.0


def test_a_customer_who_says_it_does_not_bother_them_shows_no_mild_impatience() -> None:
    text = "ok tried that, it says a request already exists. no stress at all, just want them before i forget haha"
    assert _strongest(text) == 0.0
    assert _strongest("ok tried that, it says a request already exists") > 0.0
    assert _strongest("no worries, but this is ridiculous") >= CLEAR


_PATIENT = [
    ("customer", "I'm calling about a refund, case 88213, your colleague told me to call back."),
    ("ai", "I can see the case. The return reached the warehouse on the 12th."),
    (
        "customer",
        "It's now almost two weeks and nothing on my card. I've been very patient, but this is the third time.",
    ),
    ("ai", "I'm sorry. I'll pass this to our refunds team now."),
]


def test_a_bare_thank_you_sign_off_does_not_calm_the_customer_down() -> None:
    assert _level([*_PATIENT, ("customer", "Okay. Thank you.")]) == "medium"
    going_on = ("customer", "Okay, thank you. For reference the card ends in 4471 if they need it.")
    assert _level([*_PATIENT, going_on]) == "low"


@pytest.mark.parametrize(
    "text",
    [
        "ok gracias. ojalá no tarde mucho que tengo que salir a las 5",
        "thanks, hopefully this won't take long, I have a train at 6",
        "Hoffentlich dauert es nicht lange.",
    ],
)
def test_hoping_it_wont_take_long_is_a_weak_sign_of_impatience(text: str) -> None:
    assert 0.1 <= _strongest(text) < MILD
