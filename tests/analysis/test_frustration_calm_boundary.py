"""Frustration on the none/low/medium boundary: worry is distress, not frustration; an opening "I understand X,
but" only concedes a rule; a deadline put on the request is mild impatience even in courteous wording; "it didn't
change anything" is a fix that failed; laughing takes the edge off negative words; a customer whose two mild signs
read as clear frustration and who then thanks calmly ends at low."""

from __future__ import annotations

from copilot.analysis.frustration import analyze_frustration
from copilot.analysis.frustration_cues import _SCANNER, CLEAR, HOT, detect_cues, read_cues

from .builders import build_prepared


def _level(turns: list[tuple[str, str]], language: str = "en") -> str:
    return analyze_frustration(build_prepared(turns), language=language).level


def _families(text: str, compound: float = 0.0) -> set[str]:
    return {cue.family for cue in detect_cues(text, compound).cues}


def test_worry_about_an_intrusion_is_distress_not_frustration() -> None:
    turns = [
        (
            "customer",
            "Someone changed the payout email on our store last night and none of us did it. I'm really "
            "worried our account was hacked.",
        ),
        ("ai", "That is worrying. Please change your password and turn on two-step verification now."),
        ("customer", "Done both. What happens to the payout that was already sent?"),
        ("ai", "I'm connecting you with our fraud team, who can trace the payout."),
    ]
    assert _level(turns) == "none"


def test_the_polite_idiom_i_am_afraid_is_not_fear() -> None:
    # "I'm afraid it didn't" is "unfortunately": the impatience around it still counts
    turns = [
        ("customer", "My invoices stopped syncing to the accounting app on Monday."),
        ("ai", "Please disconnect and reconnect the integration. Is it syncing now?"),
        ("customer", "I'm afraid not. Please hurry, what now??"),
    ]
    assert _level(turns) != "none"


def test_an_opening_concession_is_calm_but_pushback_after_a_reply_is_clear() -> None:
    opening = [
        (
            "customer",
            "Good afternoon, I'd like to cancel my train tickets for 3 March. I understand saver tickets are "
            "final, but I would be grateful to know whether the booking fee can be refunded.",
        ),
        ("ai", "I've found your booking. Saver fares are non-refundable, but I'll ask the team about the fee."),
    ]
    assert _level(opening) == "none"
    pushback = [
        *opening,
        ("customer", "I understand the saver rule, but the fee was for a seat I never got to use."),
    ]
    assert _level(pushback) == "medium"
    with_a_feeling = [
        (
            "customer",
            "I was in hospital when the renewal went through. I understand that's your policy, but it is "
            "really disappointing to be charged for a year I couldn't use.",
        ),
        ("ai", "Renewals can be refunded within 14 days of the charge."),
    ]
    assert _level(with_a_feeling) == "medium"


def test_a_deadline_on_the_request_is_mild_impatience_even_when_courteous() -> None:
    assert "urgency" in _families("Please could you look into this today, the client is waiting.")
    assert "urgency" in _families("Given the event on Friday, I would ask that this be dealt with promptly.")
    assert "urgency" in _families("I'd appreciate a quick answer, I need it for a trip.")
    # what the customer will do themself, or a question about today's price, is no deadline
    assert "urgency" not in _families("ok will do tonight")
    assert "urgency" not in _families("If I upgrade today what do I pay?")


def test_courteous_positive_wording_keeps_its_weak_signs_but_joy_drops_them() -> None:
    courteous = "I trust that will not be a problem. I would ask that this be dealt with promptly."
    assert "urgency" in {cue.family for cue in read_cues(courteous, lambda _: 0.6).cues}
    joyful = "YES amazing, can it be done today?? 🙌"
    assert "urgency" not in {cue.family for cue in read_cues(joyful, lambda _: 0.8).cues}


def test_a_step_that_changed_nothing_is_a_fix_that_failed() -> None:
    assert "failing" in _families("restarted the router last night, already didnt change anything")
    assert "failing" in _families("Didn't change anything.")
    assert "failing" in _families("I reinstalled the app but it did not change a thing")
    # not changing one's own settings is a fact, not a failed fix
    assert "failing" not in _families("I didn't change anything in the settings, neither did my colleague")


def test_negative_words_in_a_laughing_turn_are_light() -> None:
    laughing = read_cues("no i never kept those backup codes lol", lambda _: -0.57)
    assert laughing.compound == 0.0
    plain = read_cues("no i never kept those backup codes", lambda _: -0.57)
    assert plain.compound == -0.57


_PORT = [
    ("customer", "my number still hasn't transferred from my old carrier, it's been two days"),
    ("ai", "I see the transfer request was rejected. Please check your account number and transfer PIN."),
    ("customer", "so what now?? I've checked it like 3 times, the account number is right"),
    ("ai", "I'm not able to fix this rejection myself. An agent can open a case with your old carrier."),
]


def test_two_mild_signs_then_a_calm_thanks_end_at_low() -> None:
    assert _level(_PORT) == "medium"
    calmed = analyze_frustration(
        build_prepared([*_PORT, ("customer", "ok thanks. fwiw the PIN I used was 4829 if that helps")])
    )
    assert (calmed.level, calmed.trend) == ("low", "falling")  # the agent meets a customer who has calmed down
    assert any(signal.message_id == "m3" for signal in calmed.signals)  # the earlier impatience is still cited
    # thanks that carries its own sign of frustration does not calm anything
    sarcastic = [*_PORT, ("customer", "Thanks, I guess. Third time's the charm.")]
    assert _level(sarcastic) == "medium"


def test_a_calm_thanks_does_not_take_anger_down() -> None:
    turns = [
        ("customer", "This is RIDICULOUS. I WANT MY MONEY BACK. worst service ever, I'm cancelling everything"),
        ("ai", "I'm sorry. I'm transferring you to a specialist now."),
        ("customer", "Thanks."),
    ]
    assert _level(turns) == "high"


def test_asking_for_speed_or_counting_lost_time_in_other_languages_is_mild_urgency() -> None:
    for text in (
        "Het is voor een verjaardag volgende week, dus graag snel.",
        "Já perdi a manhã toda nisto, ainda não funciona.",  # "I've lost the whole morning on this"
        "Necesito el reembolso lo antes posible, por favor.",
        "Merci de me répondre au plus vite.",
        "Bitte schnell, ich fliege morgen.",
    ):
        assert "urgency" in _families(text), text
    assert "urgency" in _families("I've spent the whole afternoon on this and nothing works.")
    # an ordinary question in those languages is not urgency
    assert "urgency" not in _families("Kunnen jullie de juiste maat sturen?")


def test_a_foreign_customer_who_asks_for_speed_after_a_language_handoff_is_low() -> None:
    turns = [
        ("customer", "Hallo, ik heb de verkeerde maat ontvangen, maat 42 in plaats van 41. Kunnen jullie ruilen?"),
        ("ai", "Hi! I'm sorry, I can only chat in English right now. I'm connecting you with a colleague."),
        ("customer", "Oké, bedankt. Het is voor een bruiloft zaterdag, dus graag snel."),
    ]
    assert _level(turns, language="nl") == "low"
    assert _level(turns[:2], language="nl") == "none"


def test_an_anger_word_still_building_is_clear_frustration_not_anger() -> None:
    weights = {cue.family: cue.weight for cue in detect_cues("ok this is getting ridiculous now", 0.0).cues}
    assert weights["anger"] == CLEAR
    said_outright = {cue.family: cue.weight for cue in detect_cues("this is ridiculous", 0.0).cues}
    assert said_outright["anger"] == HOT


def test_every_phrase_family_but_the_anchored_ones_is_indexed_by_its_first_words() -> None:
    # a family with an alternative the index cannot place (an optional first group) is searched in full on every
    # turn, which costs the frustration stage a tenth of a millisecond on a long conversation
    assert {name for name, _ in _SCANNER._searched} <= {"sarcasm_mark", "contradiction"}
