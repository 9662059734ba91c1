"""Facts, round 8: counts of things and the last digits of an account. The domain guides label "counts" and an
account's last four digits as ``other`` (the agent checks a seat count against the bill, or finds an account by
its ending); durations, frequencies, years, models ("Hub 6") and card endings are not. Sentences from gyms,
utilities, couriers and banks, not from the suites."""

from __future__ import annotations

import pytest

from copilot.analysis.fact_counts import find_counts, find_last_digits

from .builders import conversation_facts, text_facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we're billed for 12 memberships but only 5 members still train here", ["12", "5"]),
        ("the courier app shows 1,204 parcels stuck at the depot", ["1,204"]),
        ("ainda tenho 17 duplicados no extrato", ["17"]),
        ("the payout left 40 employees unpaid", ["40"]),
        ("I called 4 times over 3 days", []),
        ("we exported the 2023 statements already", []),
        ("there are 2 charges on my statement", []),
        ("I plugged the Router 7 downstairs and rebooted", []),
        ("that's where the 180 comes from", []),
        ("it has been down since 7 this morning", []),
        ("the 4 screws came loose, 38 Mbps at best", []),
    ],
)
def test_counts_of_things_keep_the_number(text: str, expected: list[str]) -> None:
    assert [c.value for c in find_counts(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the payment went to an account ending 5521 instead of the one ending in 0934", ["5521", "0934"]),
        ("votre compte se terminant par 7781 est bien relié", ["7781"]),
        ("la cuenta terminada en 2290 ya no sincroniza", ["2290"]),
        ("it was paid with my Visa ending in 4242", []),
        ("the card ending 1881 got declined", []),
        ("ending 12345 is not four digits", []),
    ],
)
def test_last_four_digits_but_never_a_cards(text: str, expected: list[str]) -> None:
    assert [c.value for c in find_last_digits(text)] == expected


def test_an_assistant_reading_back_an_accounts_ending_is_a_fact() -> None:
    turns = [
        ("customer", "salary never arrived, the bank details were changed last night"),
        ("ai", "I can see the deposit account was changed from one ending 3110 to one ending 6402."),
    ]
    assert {("other", "3110"), ("other", "6402")} <= conversation_facts(turns)
    assert ("other", "4242") not in text_facts("my card ending 4242 was charged twice")
