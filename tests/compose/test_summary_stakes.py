"""Known-answer tests: the summary keeps why the case matters or by when (an occasion, a trip, work, a deadline)."""

from __future__ import annotations

from copilot.compose import build_composer
from copilot.compose.statements import read_statements, says_stakes
from copilot.config import Settings
from copilot.schema import Summary

from .builders import LOST_PACKAGE, make_prepared, make_request, shipping_analysis

GIFT_MESSAGES = [
    {"id": "m1", "role": "customer", "text": "Hi, my order A-1234 never arrived."},
    {"id": "m2", "role": "ai", "text": "Sorry to hear that! Here is your tracking link: https://track.example/A-1234"},
    {"id": "m3", "role": "customer", "text": "I already checked it. Tracking has been stuck for 6 days."},
    {"id": "m4", "role": "customer", "text": "It's a Christmas present."},
    {"id": "m5", "role": "ai", "text": "Carriers can be slow. Please wait 2 more business days."},
    {"id": "m6", "role": "customer", "text": "I want a replacement sent today. Let me talk to a human please."},
]


def summarise(messages: list[dict[str, str]]) -> Summary:
    prepared = make_prepared(make_request(messages))
    return build_composer(Settings()).compose(prepared, shipping_analysis(), [LOST_PACKAGE]).summary


def test_an_occasion_the_details_miss_is_found_as_a_stake() -> None:
    prepared = make_prepared(make_request(GIFT_MESSAGES))
    statements = read_statements(prepared, shipping_analysis())
    assert [s.text for s in statements.stakes] == ["It's a Christmas present."]
    assert all(s.text != "It's a Christmas present." for s in statements.details)


def test_the_issue_point_says_why_it_matters_and_cites_it() -> None:
    issue = next(p for p in summarise(GIFT_MESSAGES).points if p.text.startswith("Issue:"))
    assert "Christmas present" in issue.text
    assert "m4" in issue.message_ids


def test_no_stake_when_nothing_says_why_it_matters() -> None:
    messages = [m for m in GIFT_MESSAGES if m["id"] != "m4"]
    prepared = make_prepared(make_request(messages))
    assert read_statements(prepared, shipping_analysis()).stakes == ()


def test_stake_wording_is_about_occasions_trips_work_and_deadlines() -> None:
    assert says_stakes("I'm going overseas for work.")
    assert says_stakes("my kid has online school tomorrow morning")
    assert says_stakes("I have 14 invoices to send out before month end")
    assert says_stakes("I need it by Friday for the party")
    assert not says_stakes("At present the light is red.")
    assert not says_stakes("The router keeps dropping.")
    assert not says_stakes("gift")  # too little to be a note
