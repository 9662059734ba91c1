"""Attempted solutions: AI suggestions and actions, customer's own attempts, outcomes from the replies."""

from __future__ import annotations

import pytest

from copilot.analysis.attempts import classify_outcome, extract_attempts

from .builders import build_prepared


def test_ai_suggestions_and_outcomes() -> None:
    attempts = extract_attempts(
        build_prepared(
            [
                ("customer", "my wifi keeps dropping"),
                ("ai", "Sorry about that! Please try restarting your router."),
                ("customer", "did that twice, still dropping"),
                ("ai", "Here is our guide to fixing a slow connection: https://help.example.com/wifi"),
                ("customer", "no thanks, I want a technician"),
                ("ai", "I've sent a diagnostics request to your modem."),
            ]
        )
    )
    summary = [(a.description, a.by, a.outcome, a.message_ids) for a in attempts]
    assert summary == [
        (
            "AI suggested the customer try restarting their router; customer said: did that twice, still dropping",
            "ai",
            "failed",
            ["m2", "m3"],
        ),
        (
            "AI shared our guide to fixing a slow connection; customer declined: they want a technician",
            "ai",
            "declined",
            ["m4", "m5"],
        ),
        ("AI sent a diagnostics request to their modem", "ai", "unknown", ["m6"]),
    ]


def test_customer_reported_attempts() -> None:
    attempts = extract_attempts(
        build_prepared(
            [
                ("customer", "I already reinstalled the app and cleared the cache, nothing works"),
            ]
        )
    )
    assert [(a.description, a.by, a.outcome) for a in attempts] == [
        ("Customer reinstalled the app and cleared the cache, nothing works", "customer", "failed"),
    ]


def test_already_tried_that_is_the_outcome_not_a_new_attempt() -> None:
    attempts = extract_attempts(
        build_prepared(
            [
                ("ai", "Could you try logging out and back in?"),
                ("customer", "I already tried that"),
            ]
        )
    )
    assert [(a.by, a.outcome) for a in attempts] == [("ai", "failed")]


def test_questions_for_details_are_not_attempts() -> None:
    attempts = extract_attempts(
        build_prepared(
            [
                ("customer", "my order is late"),
                ("ai", "Could you share your order number?"),
                ("customer", "A-1234"),
            ]
        )
    )
    assert attempts == []


def test_a_reply_after_the_assistant_moved_on_does_not_settle_an_old_attempt() -> None:
    attempts = extract_attempts(
        build_prepared(
            [
                ("ai", "Please restart the app."),
                ("customer", "ok"),
                ("ai", "Anything else I can help with?"),
                ("customer", "it still doesn't work"),
            ]
        )
    )
    assert [a.outcome for a in attempts] == ["unknown"]


@pytest.mark.parametrize(
    ("reply", "outcome"),
    [
        ("that worked, thanks!", "succeeded"),
        ("it works now but only for a few minutes", "partial"),
        ("nope, same error", "failed"),
        ("no thanks, I'd rather get a refund", "declined"),
        ("what do you mean?", None),
    ],
)
def test_outcomes(reply: str, outcome: str | None) -> None:
    assert classify_outcome(reply) == outcome


def test_you_as_object_becomes_them_and_lookups_are_attempts() -> None:
    attempts = extract_attempts(
        build_prepared(
            [
                ("customer", "where is my order"),
                ("ai", "I found order A-1234 under your email. Would you like me to text you the tracking link?"),
                ("customer", "no thanks"),
            ]
        )
    )
    assert [(a.description, a.outcome) for a in attempts] == [
        ("AI looked up order A-1234 under their email", "unknown"),  # a lookup cannot be turned down
        ("AI offered to text them the tracking link; customer declined", "declined"),
    ]


def test_an_explanation_next_to_an_action_is_kept_but_not_a_restated_suggestion() -> None:
    attempts = extract_attempts(
        build_prepared(
            [
                ("customer", "can I still return the chairs?"),
                (
                    "ai",
                    "Please check the box label. Furniture can be returned within 30 days, and a 79 dollar freight "
                    "collection fee applies to every furniture return.",
                ),
            ]
        )
    )
    assert [a.description for a in attempts] == [
        "AI suggested the customer check the box label",
        "AI explained that furniture can be returned within 30 days, and a 79 dollar freight collection fee applies "
        "to every furniture return",
    ]


def test_sympathy_is_not_a_lookup_and_sign_up_is_not_an_attempt() -> None:
    attempts = extract_attempts(
        build_prepared(
            [
                ("customer", "I signed up in June and I called the bank twice, no luck"),
                ("ai", "I can see this has been really frustrating."),
            ]
        )
    )
    assert [(a.description, a.by, a.outcome) for a in attempts] == [
        ("Customer called the bank twice, no luck", "customer", "failed"),
    ]
