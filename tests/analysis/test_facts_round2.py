"""Facts, round 2: named things (other companies, shops, features), the company's own name kept out, product
names with descriptor or sentiment words, listed items, timed relative days, plan changes, device specs,
assistant-stated usage, price lists kept out, and no amount twice in two formats. Sentences from banking,
SaaS, travel and utilities, not from the suites."""

from __future__ import annotations

import pytest

from copilot.analysis.entities import find_names
from copilot.analysis.fact_orgs import company_names, find_named_things

from .builders import conversation_facts, text_facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I moved my savings over to Harbor Credit Union last month and", ("other", "Harbor Credit Union")),
        ("I paid at the Riverside Plaza branch on Monday", ("other", "Riverside Plaza")),
        ("please switch off Smart Alerts on my profile", ("other", "Smart Alerts")),
        ("I booked through Sky Journeys and the hotel never got it", ("other", "Sky Journeys")),
    ],
)
def test_named_things_in_customer_turns(text: str, expected: tuple[str, str]) -> None:
    assert expected in text_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "my husband John Carter opened the account",
        "I already spoke to Customer Support twice",
        "Laut Ihrer Hilfeseite soll ich warten",
    ],
)
def test_people_teams_and_pronouns_are_no_named_things(text: str) -> None:
    assert not find_named_things(text)


def test_company_name_from_assistant_turns() -> None:
    names = company_names(["Thanks for contacting Ledgerly.", "Ledgerly: your card is active.", "Anything else?"])
    assert "ledgerly" in names
    assert "cirrus" not in company_names(["Your Cirrus is fine", "The Cirrus x", "ok Cirrus"])


def test_company_name_alone_is_no_product_but_its_add_on_is() -> None:
    facts = conversation_facts(
        [
            ("ai", "Thanks for contacting Ledgerly. How can I help?"),
            ("customer", "my card was stolen. I have Ledgerly Secure on it, does it cover this"),
            ("ai", "Ledgerly: I've frozen the card."),
        ]
    )
    assert ("product", "Ledgerly Secure") in facts
    assert ("product", "Ledgerly") not in facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It's the Alpine down jacket, size M", ("product", "Alpine down jacket")),
        ("I bought the Sonic over ear headphones last week", ("product", "Sonic over ear headphones")),
        ("Order 44817. Nimbus desk lamp, $64.00", ("product", "Nimbus desk lamp")),
        ("The Cirrus Vac vacuum is loud since Monday", ("product", "Cirrus Vac")),
    ],
)
def test_product_names_with_descriptors_and_listings(text: str, expected: tuple[str, str]) -> None:
    assert expected in text_facts(text)


def test_participle_heading_is_no_product() -> None:
    assert not any(t == "product" for t, _ in text_facts("Thanks! Estimated delivery: Nov 24 - Nov 26.", role="ai"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the portal went down at 9am yesterday and", ("date", "9am yesterday")),
        ("the meter stopped this morning at 6:30 am", ("date", "this morning at 6:30 am")),
    ],
)
def test_clock_time_on_a_relative_day(text: str, expected: tuple[str, str]) -> None:
    assert expected in text_facts(text)


def test_plan_change_ends() -> None:
    pairs = text_facts("I'd like to downgrade my subscription from pro to starter please")
    assert {("product", "pro"), ("product", "starter")} <= pairs
    assert not any(t == "product" for t, _ in text_facts("can you switch my statements from paper to email"))


def test_device_with_spec_list() -> None:
    assert ("device", "Pixel 8, 128GB") in text_facts("it's a Pixel 8, 128GB, bought in May")


def test_assistant_stated_usage_counts_but_price_lists_do_not() -> None:
    pairs = text_facts("I can see 2.4 gigabytes of data used abroad on May 3. Data is $8 per megabyte.", role="ai")
    assert ("other", "2.4 gigabytes") in pairs
    assert ("amount", "$8") not in pairs
    assert ("other", "65W") in text_facts("can I use my 65W charger")


def test_rounded_amount_is_not_a_second_fact() -> None:
    facts = conversation_facts(
        [
            ("customer", "why is there a $318.45 overdraft fee"),
            ("customer", "I'm not paying 318 dollars for that"),
        ]
    )
    assert ("amount", "$318.45") in facts
    assert not any(v == "318 dollars" for _, v in facts)


def test_customer_lower_case_name_confirmed_by_assistant() -> None:
    facts = conversation_facts(
        [
            ("customer", "why was I charged twice? I'm on team premium"),
            ("ai", "Team Premium renews monthly on the 3rd."),
        ]
    )
    assert ("product", "team premium") in facts


def test_customer_wording_kept_over_assistant_spelling() -> None:
    facts = conversation_facts(
        [
            ("customer", "the Solace chairs I ordered are scratched"),
            ("ai", "I found order 5521: Solace dining chairs, set of 2."),
        ]
    )
    assert ("product", "Solace chairs") in facts
    assert ("product", "Solace dining chairs") not in facts


def test_sign_off_before_an_account_line() -> None:
    names = find_names("Hello,\n\nmy card is blocked.\n\nRegards,\nPriya Raman\nAccount 8831 2200", role="customer")
    assert [c.value for c in names] == ["Priya Raman"]
