"""The first message reads like an agent wrote it: sorry about the problem (not about how things normally are),
facts named with what they are, and only real fixes told back as tried."""

from __future__ import annotations

import pytest

from copilot.compose import build_composer
from copilot.compose.fact_nouns import fact_with_noun
from copilot.compose.reflect import background
from copilot.config import Settings
from copilot.schema import AttemptedSolution, CustomerFact

from .builders import LOST_PACKAGE, SHIPPING_MESSAGES, make_prepared, make_request, shipping_analysis

BILL_MESSAGES = [
    {"id": "m1", "role": "customer", "text": "Hi, my October bill is £231.40 and I normally pay around £86."},
    {"id": "m2", "role": "ai", "text": "I can help with that. Did you send in a meter reading?"},
    {"id": "m3", "role": "customer", "text": "Yes, my meter 19L3352108 was read on the 19th and I used 1,148 kWh."},
    {"id": "m4", "role": "customer", "text": "I paid the other $30 already."},
    {"id": "m5", "role": "customer", "text": "It was charged to my Amex from Nov 21, my daughter on the 30th needs it."},
]


def _fact(value: str, message_id: str, type_: str = "other") -> CustomerFact:
    return CustomerFact(type=type_, value=value, message_id=message_id)


@pytest.mark.parametrize(
    ("value", "message_id", "type_", "expected"),
    [
        ("£231.40", "m1", "amount", "your October bill of £231.40"),  # an amount is "of"
        ("19L3352108", "m3", "other", "your meter 19L3352108"),  # a code follows its noun
        ("1,148 kWh", "m3", "other", None),  # "I used ...": no noun to borrow
        ("$30", "m4", "amount", None),  # "the other $30": not a noun
        ("£86", "m1", "amount", None),  # "I normally pay around": a clause, not a noun
        ("Nov 21", "m5", "date", None),  # "my Amex from Nov 21": "from" places the date, it is not the Amex
        ("the 30th", "m5", "date", None),  # "my daughter on the 30th": nor is a date the daughter
    ],
)
def test_a_fact_borrows_the_noun_the_customer_gave_it(
    value: str, message_id: str, type_: str, expected: str | None
) -> None:
    prepared = make_prepared(make_request(BILL_MESSAGES))
    assert fact_with_noun(_fact(value, message_id, type_), prepared) == expected


def test_identifiers_keep_their_own_template() -> None:
    prepared = make_prepared(make_request(BILL_MESSAGES))
    assert fact_with_noun(_fact("19L3352108", "m3", "account_id"), prepared) is None


@pytest.mark.parametrize(
    ("clause", "is_background"),
    [
        ("you normally pay around £86 a month and nothing has changed in the house", True),
        ("it's you and your son, same as always", True),
        ("your usage hasn't changed", True),
        ("your bill jumped to £231.40", False),
        ("your order A-1234 never arrived", False),
    ],
)
def test_background_is_not_the_problem(clause: str, is_background: bool) -> None:
    assert background(clause) is is_background


def _text(attempts: list[AttemptedSolution]) -> str:
    composer = build_composer(Settings())
    analysis = shipping_analysis(attempts=attempts)
    return composer.compose(make_prepared(), analysis, [LOST_PACKAGE]).first_message.text


def test_getting_in_touch_is_acknowledged_not_told_as_a_failed_fix() -> None:
    called = AttemptedSolution(
        description="Customer called about this order", by="customer", outcome="failed", message_ids=["m3"]
    )
    text = _text([called])
    assert "I can see you already called about this order, so I'll take it from here." in text
    assert "didn't work" not in text


def test_a_run_on_attempt_is_not_told_back() -> None:
    run_on = AttemptedSolution(
        description="Customer sent in was in August and nobody used it",
        by="customer",
        outcome="failed",
        message_ids=["m3"],
    )
    shared = AttemptedSolution(
        description="AI shared the tracking link", by="ai", outcome="failed", message_ids=["m2", "m3"]
    )
    text = _text([run_on, shared])
    assert "sent in was" not in text
    assert "the assistant already shared the tracking link and it didn't work" in text  # the next clean one


def test_a_general_remark_is_not_piled_beside_the_noted_facts() -> None:
    messages = [
        *SHIPPING_MESSAGES[:5],
        {"id": "m6", "role": "customer", "text": "It was meant to go to 12 Oak Street, London, same as always."},
        {"id": "m7", "role": "customer", "text": "It's me and my son at home, same as always, nothing has changed."},
    ]
    facts = [
        CustomerFact(type="order_id", value="A-1234", message_id="m1"),
        CustomerFact(type="address", value="12 Oak Street, London", message_id="m6"),
    ]
    composer = build_composer(Settings())
    prepared = make_prepared(make_request(messages))
    text = composer.compose(prepared, shipping_analysis(facts=facts), [LOST_PACKAGE]).first_message.text
    assert "12 Oak Street, London" in text  # the facts stay
    assert "your son" not in text
    assert text.count(", and that ") <= 1
