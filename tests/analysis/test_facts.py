"""Fact extraction: typed, normalised, cited, never fabricated, never a card number; and fact_occurs_in."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from copilot.analysis.facts import extract_facts, fact_occurs_in, facts_in_text
from copilot.analysis.normalize import normalize_fact_value
from copilot.schema import CustomerFact

from .builders import build_prepared

RETAIL_CHAT = [
    ("customer", "Hi, this is Dana Lee. My order #A-1234 never arrived, I paid $89.99 on Nov 20th."),
    ("ai", "Sorry to hear that! Could you confirm the email on the order?"),
    ("customer", "dana.lee@example.com. Call me on +1 (555) 010-0100 if needed."),
    (
        "ai",
        "Thanks, Dana. I found your order A1234 under dana.lee@example.com. It shipped with UPS, tracking "
        "1Z999AA10123456784. You can also call us at 1-800-555-0199.",
    ),
    ("customer", "My card [card ending 4242] was charged. The Kestrel cordless vacuum is a gift."),
]


def _facts(turns: list[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(f.type, f.value) for f in extract_facts(build_prepared(turns))}


def test_extracts_typed_facts_from_a_multi_turn_chat() -> None:
    facts = extract_facts(build_prepared(RETAIL_CHAT))
    found = {(f.type, f.value): f.message_id for f in facts}
    assert found[("name", "Dana Lee")] == "m1"
    assert found[("order_id", "A-1234")] == "m1"
    assert found[("amount", "$89.99")] == "m1"
    assert found[("date", "Nov 20th")] == "m1"
    assert found[("email", "dana.lee@example.com")] == "m3"
    assert found[("phone", "+1 (555) 010-0100")] == "m3"
    assert found[("tracking_number", "1Z999AA10123456784")] == "m4"
    assert found[("product", "Kestrel cordless vacuum")] == "m5"


def test_no_duplicates_in_other_formats_and_no_company_contacts_or_cards() -> None:
    facts = extract_facts(build_prepared(RETAIL_CHAT))
    keys = [(f.type, normalize_fact_value(f.type, f.value)) for f in facts]
    assert len(keys) == len(set(keys))
    assert [f.value for f in facts if f.type == "order_id"] == ["A-1234"]  # "A1234" in m4 is the same order
    assert [f.value for f in facts if f.type == "name"] == ["Dana Lee"]  # "Dana" is part of it
    assert not any("800" in f.value for f in facts)  # the assistant's own hotline is not a customer fact
    assert not any("4242" in f.value for f in facts)


def test_facts_confirmed_by_the_assistant_count() -> None:
    facts = _facts(
        [
            ("customer", "where is my refund?"),
            ("ai", "I found your account under priya@example.com. Your refund of $45.00 was issued on March 3."),
        ]
    )
    assert ("email", "priya@example.com") in facts
    assert ("amount", "$45.00") in facts
    assert ("date", "March 3") in facts


def test_assistant_policy_amounts_are_not_customer_facts() -> None:
    facts = _facts([("customer", "do you ship free?"), ("ai", "Orders over $50 ship free.")])
    assert not any(t == "amount" for t, _ in facts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ticket #5521 was opened on 03/04/2026", {("ticket_id", "5521"), ("date", "03/04/2026")}),
        ("my account number is 6620 118 405", {("account_id", "6620 118 405")}),
        ("orders #A-1 and A-22 were both late", {("order_id", "A-1"), ("order_id", "A-22")}),
        ("the upload fails with Error UPL-413", {("error_code", "UPL-413")}),
        ("my coffee maker keeps showing E4", {("error_code", "E4")}),
        ("USPS tracking 9400 1000 0000 0000 0000 00", {("tracking_number", "9400 1000 0000 0000 0000 00")}),
        ("FedEx tracking number 123456789012", {("tracking_number", "123456789012")}),
        (
            "ship it to 12 Baker Street, Apt 4, Springfield IL 62704",
            {("address", "12 Baker Street, Apt 4, Springfield IL 62704")},
        ),
        ("My Galaxy S23 Ultra keeps rebooting", {("device", "Galaxy S23 Ultra")}),
        ("I bought the Dyson Airwrap last week", {("product", "Dyson Airwrap")}),
        ("promo code WINTER20 fails at checkout", {("other", "WINTER20")}),
        ("necesito saber si llega antes del 25 de noviembre", {("date", "25 de noviembre")}),
        ("I'm really frustrated with this", set()),
        ("it arrived 3 days late, size 10, 2 items", {("other", "10")}),  # a size is a fact, counts are not
    ],
)
def test_single_message_extraction(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(c.type, c.value) for c in facts_in_text(text)} == expected


def test_email_sign_off_gives_the_name() -> None:
    text = "Is this a mistake?\n\nRegards,\nOwen Pritchard\n(415) 555-0163"
    assert {(c.type, c.value) for c in facts_in_text(text)} == {("name", "Owen Pritchard"), ("phone", "(415) 555-0163")}


def test_a_short_answer_takes_the_type_the_assistant_asked_for() -> None:
    facts = _facts(
        [
            ("customer", "internet is down"),
            ("ai", "Can you share your account number?"),
            ("customer", "330851277"),
        ]
    )
    assert ("account_id", "330851277") in facts


@pytest.mark.parametrize(
    ("fact", "text", "occurs"),
    [
        (CustomerFact(type="order_id", value="A1234"), "my order #a-1234 is late", True),
        (CustomerFact(type="order_id", value="A1234"), "my order A-12345 is late", False),
        (CustomerFact(type="email", value="Dana@Example.com"), "mail dana@example.com", True),
        (CustomerFact(type="phone", value="+1 555 010 0100"), "call (555) 010-0100", True),
        (CustomerFact(type="phone", value="555 010 0199"), "call (555) 010-0100", False),
        (CustomerFact(type="amount", value="89.99 USD"), "I paid $89.99", True),
        (CustomerFact(type="amount", value="89.99 EUR"), "I paid $89.99", False),
        (CustomerFact(type="amount", value="$89.99"), "I paid 89.99 for it", True),
        (CustomerFact(type="date", value="2026-11-20"), "it shipped Nov 20th", True),
        (CustomerFact(type="date", value="2026-11-21"), "it shipped Nov 20th", False),
        (CustomerFact(type="name", value="Dana Lee"), "Hi, this is DANA LEE.", True),
        (CustomerFact(type="product", value="Galaxy S24"), "my Galaxy S23 died", False),
        (CustomerFact(type="address", value="12 Baker St"), "send to 12 Baker Street, London", True),
    ],
)
def test_fact_occurs_in(fact: CustomerFact, text: str, occurs: bool) -> None:
    assert fact_occurs_in(fact, text) is occurs


_message = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=160) | st.from_regex(
    r"(my )?(order|ticket|account|tracking) (number )?#?[A-Z]{0,3}-?\d{3,9}[.!]? (I paid )?\$?\d{1,4}(\.\d\d)?",
    fullmatch=True,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["customer", "ai", "agent"]), _message), min_size=1, max_size=4))
def test_extraction_never_raises_and_never_fabricates(turns: list[tuple[str, str]]) -> None:
    turns = [(role, text if text.strip() else "x") for role, text in turns]
    prepared = build_prepared(turns)
    facts = extract_facts(prepared)
    by_id = prepared.by_id
    keys = [(f.type, normalize_fact_value(f.type, f.value)) for f in facts]
    assert len(keys) == len(set(keys))
    for fact in facts:
        assert fact.message_id in by_id
        assert fact.value in by_id[fact.message_id].text
        assert fact_occurs_in(fact, prepared.transcript_text)
