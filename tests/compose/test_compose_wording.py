"""The small wording tools: reflecting the customer's statement, attempt phrases, names, statements."""

from __future__ import annotations

import pytest

from copilot.compose.attempts import customer_attempt_phrase, relevant_attempts
from copilot.compose.reflect import customer_clause
from copilot.compose.statements import asks_for_human, read_statements
from copilot.compose.text import clip_words, first_name, humanize_label, lower_first, strip_lead_in
from copilot.schema import AttemptedSolution

from .builders import make_prepared, make_request, shipping_analysis


@pytest.mark.parametrize(
    ("sentence", "clause", "is_problem"),
    [
        ("My order A-1234 never arrived.", "your order A-1234 never arrived", True),
        ("I was charged twice for my subscription", "you were charged twice for your subscription", True),
        ("Tracking hasn't moved in 6 days", "tracking hasn't moved in 6 days", True),
        ("I want to cancel my membership", "you want to cancel your membership", False),
        (
            "The app keeps crashing with error E-504 when I open settings, but only on wifi and only at "
            "night "
            "when the router restarts itself",
            "the app keeps crashing with error E-504 when I open settings".replace("I open", "you open"),
            True,
        ),
    ],
)
def test_statements_are_addressed_back_to_the_customer(sentence: str, clause: str, is_problem: bool) -> None:
    reflected = customer_clause(sentence, ["A-1234", "E-504"])
    assert reflected is not None
    assert (reflected.text, reflected.is_problem) == (clause, is_problem)


@pytest.mark.parametrize(
    "sentence",
    [
        "Where is my order?",  # a question
        "Can you check my order",  # a request
        "You charged me twice",  # talks to the company
        "This is RIDICULOUS, my order is late",  # shouting
        "Your bot is useless",  # heated, about the bot
        "Still waiting for my refund",  # no subject
        "Ok",  # too short
    ],
)
def test_unsafe_statements_are_not_reflected(sentence: str) -> None:
    assert customer_clause(sentence, []) is None


@pytest.mark.parametrize(
    ("description", "by", "phrase"),
    [
        ("AI shared the tracking link", "ai", "the assistant already shared the tracking link"),
        ("Suggested restarting the router", "ai", "the assistant already suggested restarting the router"),
        ("Customer restarted their router", "customer", "you already restarted your router"),
        ("AI sent the customer a reset link", "ai", "the assistant already sent you a reset link"),
        ("Agent issued a refund", "agent", "our team already issued a refund"),
    ],
)
def test_attempts_are_told_to_the_customer(description: str, by: str, phrase: str) -> None:
    attempt = AttemptedSolution(description=description, by=by, outcome="failed")  # type: ignore[arg-type]
    assert customer_attempt_phrase(attempt) == phrase


@pytest.mark.parametrize(
    "description",
    ["Tracking link", "Reset password", "AI asked for the order number", "AI verified the account"],
)
def test_unclear_or_information_requests_are_not_rephrased(description: str) -> None:
    assert customer_attempt_phrase(AttemptedSolution(description=description, outcome="failed")) is None


def test_relevant_attempts_put_failures_first_and_drop_successes_and_unknowns() -> None:
    attempts = [
        AttemptedSolution(description="a", outcome="unknown", message_ids=["m2"]),
        AttemptedSolution(description="b", outcome="succeeded", message_ids=["m2"]),
        AttemptedSolution(description="c", outcome="failed", message_ids=["m2"]),
        AttemptedSolution(description="d", outcome="failed", message_ids=["m4"]),
        AttemptedSolution(description="e", outcome="declined", message_ids=["m4"]),
    ]
    order = [a.description for a in relevant_attempts(attempts, make_prepared())]
    assert order == ["d", "c", "e"]


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Dana Lee", "Dana"),
        ("dana lee", "Dana"),
        ("Lee, Dana", "Dana"),
        ("Dr. Dana Lee", "Dr. Lee"),
        ("JEAN-PIERRE MARTIN", "Jean-Pierre"),
        ("dana@example.com", None),
        ("user 12345", None),
        ("", None),
        (None, None),
    ],
)
def test_first_name(raw: str | None, name: str | None) -> None:
    assert first_name(raw) == name


def test_text_tools() -> None:
    assert humanize_label("missing_delivery") == "missing delivery"
    assert humanize_label("BillingDispute") == "billing dispute"
    assert strip_lead_in("Hi there, so basically my order is late") == "my order is late"
    assert strip_lead_in("No package arrived") == "No package arrived"
    assert clip_words("one two three four", 2) == "one two…"
    assert lower_first("I'm sorry", frozenset({"I'm"})) == "I'm sorry"
    assert lower_first("Sorry about that", frozenset()) == "sorry about that"
    assert lower_first("Sie müssen", frozenset({"Sie"})) == "Sie müssen"


def test_statements_pick_the_issue_details_and_the_current_ask() -> None:
    statements = read_statements(make_prepared(), shipping_analysis())
    assert statements.issue is not None and statements.issue.text == "my order A-1234 never arrived."
    assert [d.text for d in statements.details] == ["Tracking has been stuck for 6 days."]
    assert statements.want is not None and statements.want.text == "I want a replacement sent today."
    assert statements.human_request is not None and statements.human_request.message_id == "m6"


def test_the_issue_can_come_later_than_a_greeting_turn() -> None:
    messages = [
        {"role": "customer", "text": "hello?"},
        {"role": "ai", "text": "Hi! How can I help?"},
        {"role": "customer", "text": "The blender I bought arrived with a cracked jug."},
    ]
    statements = read_statements(make_prepared(make_request(messages)), shipping_analysis(facts=[]))
    assert statements.issue is not None and statements.issue.message_id == "m3"


def test_long_attempts_are_cut_to_their_gist() -> None:
    attempt = AttemptedSolution(
        description="AI suggested the customer try a reset: put both buds in the case, hold the button",
        outcome="failed",
    )
    assert customer_attempt_phrase(attempt) == "the assistant already suggested you try a reset"


def test_heated_attempt_descriptions_are_not_quoted() -> None:
    attempt = AttemptedSolution(description="Customer called about this damn watch", by="customer", outcome="failed")
    assert customer_attempt_phrase(attempt) is None


def test_fillers_are_dropped_before_the_statement() -> None:
    assert strip_lead_in("yeah my order's late") == "my order's late"
    assert strip_lead_in("Dear support team, I was charged twice") == "I was charged twice"


def test_details_include_what_the_customer_already_did_and_skip_empty_asks() -> None:
    messages = [
        {"role": "customer", "text": "Tracking says my package was delivered Thursday but there's nothing here."},
        {"role": "ai", "text": "Please check with your neighbours and your mailroom."},
        {"role": "customer", "text": "I did all that yesterday. Asked both neighbours and the building manager."},
        {"role": "ai", "text": "Would you like me to connect you with someone?"},
        {"role": "customer", "text": "Can you send a replacement by Friday? OMG YES PLEASE!!"},
    ]
    statements = read_statements(make_prepared(make_request(messages)), shipping_analysis(facts=[]))
    assert statements.issue is not None and statements.issue.message_id == "m1"
    assert "Asked both neighbours and the building manager." in [d.text for d in statements.details]
    assert statements.want is not None and statements.want.text == "Can you send a replacement by Friday?"


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("Let me talk to a human please", True),
        ("agent", True),
        ("Is there a real person I can text with?", True),
        ("Kindly escalate this to a member of staff.", True),
        ("Quiero hablar con una persona.", True),
        ("Asked both neighbours and the building manager.", False),
        ("My order never arrived", False),
    ],
)
def test_asks_for_a_person(sentence: str, asks: bool) -> None:
    assert asks_for_human(sentence) is asks


def test_explanations_are_not_told_as_attempts_and_items_stay_items() -> None:
    explained = AttemptedSolution(description="AI explained that refunds take 5 days", outcome="failed")
    assert customer_attempt_phrase(explained) is None
    put = AttemptedSolution(description="AI suggested the customer put them in the case", outcome="failed")
    assert customer_attempt_phrase(put) == "the assistant already suggested you put them in the case"
