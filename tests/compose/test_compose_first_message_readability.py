"""The first message reads as written to the customer: a reply word, a pointing "that is ..." or thanks is not
told back as a detail, and a bare number or clock time is not listed without the noun that says what it is."""

from __future__ import annotations

import pytest

from copilot.compose import build_composer
from copilot.compose.reflect import customer_clause, customer_fragment
from copilot.config import Settings
from copilot.schema import CustomerFact

from .builders import LOST_PACKAGE, SHIPPING_MESSAGES, make_prepared, make_request, shipping_analysis


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("no I don't want a text, I've had the texts", "you don't want a text, you've had the texts"),
        ("yeah it's the same card as before", "it's the same card as before"),
        ("no rush, I don't move for 3 weeks", "you don't move for 3 weeks"),
        ("no stress at all, want them before I forget", None),  # a reply with no clause after it
        ("No refund has arrived on my card", "no refund has arrived on your card"),  # "no" as a determiner
        (
            "no electric at all and the meter screen is blank",
            "there's no electric at all and the meter screen is blank",
        ),
        ("no return, no cancel", None),
        ("that is now 24 days ago", None),  # points back at something the agent would not say
        ("that's my point, it says pending", None),
        ("A replacement would be much appreciated", "a replacement would be much appreciated"),
        ("this order never arrived at my flat", "this order never arrived at your flat"),
    ],
)
def test_a_clause_is_told_back_only_when_it_reads_alone(sentence: str, told: str | None) -> None:
    clause = customer_clause(sentence, [])
    assert (clause.text if clause else None) == told


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("4 lines on unlimited plus", "4 lines on unlimited plus"),
        ("annoying tbh, I use these every day for calls", None),  # a clause joined on
        ("lost suitcase - 24 days and no answer", None),  # a subject line
        ("great, no rush at all", None),  # a reply
    ],
)
def test_a_fragment_is_mentioned_only_when_it_is_one_noun_phrase(sentence: str, told: str | None) -> None:
    assert customer_fragment(sentence, [], 10) == told


def _first_message(extra_messages: list[dict[str, str]], facts: list[CustomerFact]) -> str:
    composer = build_composer(Settings())
    prepared = make_prepared(make_request([*SHIPPING_MESSAGES[:5], *extra_messages]))
    return composer.compose(prepared, shipping_analysis(facts=facts), [LOST_PACKAGE]).first_message.text


def test_bare_numbers_and_clock_times_are_listed_with_what_they_are() -> None:
    messages = [
        {"id": "m6", "role": "customer", "text": "30417 and 08812"},
        {"id": "m7", "role": "customer", "text": "It was meant to go to 12 Oak Street, London."},
        {"id": "m8", "role": "customer", "text": "since 6am"},
    ]
    facts = [
        CustomerFact(type="order_id", value="A-1234", message_id="m1"),
        CustomerFact(type="other", value="30417", message_id="m6"),
        CustomerFact(type="other", value="08812", message_id="m6"),
        CustomerFact(type="date", value="6am", message_id="m8"),
        CustomerFact(type="address", value="12 Oak Street, London", message_id="m7"),
    ]
    text = _first_message(messages, facts)
    noted = text.partition("noted ")[2].partition(", so you won't")[0]
    assert noted == "12 Oak Street, London, the time 6am and the numbers 30417 and 08812"


def test_a_bare_number_with_the_customers_noun_is_listed_with_it() -> None:
    messages = [{"id": "m6", "role": "customer", "text": "My meter reading is 30417 if that helps."}]
    facts = [
        CustomerFact(type="order_id", value="A-1234", message_id="m1"),
        CustomerFact(type="other", value="30417", message_id="m6"),
    ]
    assert "noted your meter reading of 30417" in _first_message(messages, facts)


def test_thanks_is_not_told_back() -> None:
    messages = [{"id": "m6", "role": "customer", "text": "I appreciate the help with the parcel, I really do."}]
    text = _first_message(messages, [CustomerFact(type="order_id", value="A-1234", message_id="m1")])
    assert "appreciate" not in text
