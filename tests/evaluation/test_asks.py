"""Known answers for ``requested_fact_types``: requests it must find, and mentions that must give nothing."""

from __future__ import annotations

import pytest

from copilot.analysis.asks import requested_fact_types
from copilot.schema import FACT_TYPES

MUST_FIND = [
    ("please confirm your email", {"email"}),
    ("Could you share the order number?", {"order_id"}),
    ("could you share the order number", {"order_id"}),
    ("What's the tracking number?", {"tracking_number"}),
    ("Can I get your phone number", {"phone"}),
    ("Hi Dana, send me your order number.", {"order_id"}),
    ("Your order number?", {"order_id"}),
    ("And the email, please.", {"email"}),
    ("Is your email still dana@x.com?", {"email"}),
    ("Which email did you use to sign up?", {"email"}),
    ("What device are you using?", {"device"}),
    ("When did you place the order?", {"date"}),
    ("How much were you charged?", {"amount"}),
    ("What error do you see on the screen?", {"error_code"}),
    ("Send your name and email address", {"name", "email"}),
    ("Could you tell me your full name and the billing address?", {"name", "address"}),
    ("I already have your order number, so could you confirm the delivery address?", {"address"}),
    ("What's the best number to reach you?", {"phone"}),
    ("Do you have the order number handy?", {"order_id"}),
    ("Which order is this about?", {"order_id"}),
    ("I'd like your account number please", {"account_id"}),
    ("I need your order number to look into this.", {"order_id"}),
    ("Would you mind sharing the ticket number from our earlier email?", {"ticket_id"}),
    ("Let me know the error code you get.", {"error_code"}),
    ("Kindly provide the serial number of the router.", {"device"}),
    ("Could you please DM me the tracking number and your postcode?", {"tracking_number", "address"}),
    ("Thanks for waiting! Can you confirm the phone number on the account?", {"phone"}),
    ("You'll need to enter your member ID on the next screen.", {"account_id"}),
    ("Hi, I'm Sam. Before I start — what's your date of birth?", {"other"}),
    ("Could you send the order numbers?", {"order_id"}),
    ("What are your delivery addresses?", {"address"}),
]

MUST_BE_EMPTY = [
    "I see order A-1234",
    "I'll email you at dana@x.com",
    "I'll send the tracking number to your email.",
    "No need to send your order number again.",
    "You don't need to share your email again.",
    "Let me know if the tracking updates.",
    "Have you checked your email?",
    "Did you get the email I sent?",
    "Send me a photo of the damage",
    "Send me a screenshot of the error message",
    "What's the status of your order number A-1234?",
    "Hi Dana, I can see order A-1234 hasn't arrived and I've opened a trace with the carrier.",
    "Tracking number shows delivered, right?",
    "Hi Dana, how can I help you today?",
    "Please allow 3-5 days for the refund amount to appear.",
    "Can you email me a copy?",
    "Thanks! I have your tracking number here: 1Z999. I'll check with the carrier.",
    "Your refund of $89.99 for order B-7788 was issued today.",
    "I have your phone number on file, so I will call you back within the hour.",
    "",
    "Hola, ¿en qué puedo ayudarte?",
    "Could you let me know when you will update the order?",
    "I will update you within the hour.",
]


@pytest.mark.parametrize(("text", "expected"), MUST_FIND)
def test_finds_requests(text: str, expected: set[str]) -> None:
    assert requested_fact_types(text) == expected


@pytest.mark.parametrize("text", MUST_BE_EMPTY)
def test_mentions_are_not_requests(text: str) -> None:
    assert requested_fact_types(text) == set()


def test_every_request_maps_to_a_design_fact_type() -> None:
    found = set().union(*(requested_fact_types(text) for text, _ in MUST_FIND))
    assert found <= set(FACT_TYPES)
    assert found >= {"order_id", "account_id", "ticket_id", "tracking_number", "email", "phone", "name"}


def test_requests_in_a_longer_message_are_all_found() -> None:
    message = (
        "Hi Dana, thanks for your patience. I can see order A-1234 is stuck in transit. "
        "To send a replacement, could you confirm the delivery address? And what's the best number to reach you?"
    )
    assert requested_fact_types(message) == {"address", "phone"}
