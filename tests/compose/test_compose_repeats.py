"""The assistant repeating itself: found across turns by topic, courtesy lines and signatures ignored."""

from __future__ import annotations

from copilot.compose.repeats import assistant_repeat, times_word

from .builders import make_prepared, make_request


def _prepared(ai_turns: list[str]):  # type: ignore[no-untyped-def]
    messages = []
    for number, text in enumerate(ai_turns):
        messages.append({"id": f"c{number}", "role": "customer", "text": "It still does not work."})
        messages.append({"id": f"a{number}", "role": "ai", "text": text})
    return make_prepared(make_request(messages))


def test_the_same_advice_reworded_counts_as_a_repeat() -> None:
    repeat = assistant_repeat(
        _prepared(
            [
                "Please restart the booking page and try your card again.",
                "Try restarting the booking page, then try the card again please.",
                "Could you restart the booking page and try the card again?",
            ]
        )
    )
    assert repeat is not None and repeat.count == 3
    assert repeat.message_ids == ["a0", "a1", "a2"]
    assert repeat.note.startswith("assistant repeated the same answer three times: “")


def test_courtesy_lines_and_short_signatures_are_not_repeats() -> None:
    turns = [
        "I'm sorry to hear that. Acme Bank Assistant",
        "I'm sorry to hear that. Acme Bank Assistant",
        "I'm sorry to hear that. Acme Bank Assistant",
    ]
    assert assistant_repeat(_prepared(turns)) is None


def test_different_answers_are_not_repeats_and_twice_needs_a_lower_bar() -> None:
    turns = [
        "Your transfer of $500 is pending review by our fraud team.",
        "Your new card ships within 5 business days.",
    ]
    assert assistant_repeat(_prepared(turns), min_count=2) is None
    same = ["Your transfer of $500 is pending review by our fraud team."] * 2
    assert assistant_repeat(_prepared(same)) is None
    assert assistant_repeat(_prepared(same), min_count=2) is not None


def test_times_word() -> None:
    assert [times_word(n) for n in (2, 3, 7)] == ["twice", "three times", "7 times"]


def test_a_repeat_skips_turns_on_other_topics_in_between() -> None:
    """Turns that share no word with the repeated advice are passed over (the speed path), and the count and
    ids stay those of the turns that do repeat it (SaaS wording)."""
    turns = [
        "Please clear the browser cache and sign in to the dashboard again.",
        "Our status page shows no outage for your workspace region today.",
        "Clear your browser cache, then sign in to the dashboard again please.",
        "Invoices are emailed on the first day of each month.",
        "Could you clear the browser cache and sign in to the dashboard again?",
    ]
    repeat = assistant_repeat(_prepared(turns))
    assert repeat is not None and repeat.message_ids == ["a0", "a2", "a4"]
