"""Attempted solutions, round 3, on sentences from domains the suites do not cover (banking, SaaS, travel,
utilities): customer reports without "I tried" (a tool's answer, an earlier promise, a technician's visit),
held states ("kept it in airplane mode"), rules about someone else ("Joint holders can..."), lookups of charges,
options, and no junk ("try again", "I can currently help in English", "this is an automatic reply")."""

from __future__ import annotations

from copilot.analysis.attempt_assistant import assistant_descriptions
from copilot.analysis.attempt_customer import customer_descriptions
from copilot.analysis.attempt_reported import reported_attempts
from copilot.analysis.attempts import extract_attempts

from .builders import build_prepared


def test_held_states_added_and_approved_are_customer_attempts() -> None:
    assert customer_descriptions("I've left the boiler switched off overnight, no change.") == (
        ("Customer left the boiler switched off overnight, no change", "failed"),
    )
    assert customer_descriptions("I added the new payee in online banking yesterday.") == (
        ("Customer added the new payee in online banking yesterday", "failed"),
    )
    assert customer_descriptions("I approved the login in my authenticator app twice.") == (
        ("Customer approved the login in their authenticator app twice", "failed"),
    )


def test_life_events_and_states_of_mind_are_not_attempts() -> None:
    assert customer_descriptions("We moved house last month and the bill still goes to the old address.") == ()
    assert customer_descriptions("I had a question about my premium.") == ()
    assert customer_descriptions("I've been hoping to upgrade for ages.") == ()


def test_a_tool_answer_an_earlier_promise_and_a_visit_are_reported_attempts() -> None:
    assert reported_attempts("The loan calculator says I'm not eligible.") == (
        ("Customer used the loan calculator: it says they're not eligible", "customer"),
    )
    assert reported_attempts("Your check-in page keeps rejecting my passport number.") == (
        ("Customer used the check-in page: it keeps rejecting their passport number", "customer"),
    )
    assert reported_attempts("I was told on the phone the late fee would be waived.") == (
        ("Agent told the customer on the phone the late fee would be waived", "agent"),
    )
    assert reported_attempts("The engineer (Tom) came on Friday but couldn't find the leak.") == (
        ("Customer reported that the engineer came on Friday but couldn't find the leak", "agent"),
    )


def test_quoting_the_companys_own_site_or_an_instruction_is_not_an_attempt() -> None:
    assert reported_attempts("Your own website says there is no fee for this.") == ()
    assert reported_attempts("Your website says refunds take 5 days.") == ()
    assert reported_attempts("You told me to restart the router.") == ()


def test_rules_about_someone_else_and_conditions_are_explanations() -> None:
    assert assistant_descriptions("Joint account holders can request a replacement card online.", "ai") == (
        "AI explained that joint account holders can request a replacement card online",
    )
    assert assistant_descriptions(
        "When a flight is delayed more than 3 hours, a meal voucher is added to your booking.", "ai"
    ) == ("AI explained that when a flight is delayed more than 3 hours, a meal voucher is added to their booking",)
    # a condition before a suggestion keeps the suggestion
    assert assistant_descriptions("If the transfer failed, please re-enter the IBAN in the app.", "ai") == (
        "AI suggested the customer re-enter the IBAN in the app",
    )


def test_fact_then_so_a_suggestion_is_told_whole_and_the_means_is_kept() -> None:
    assert assistant_descriptions("The Starter plan has no SSO, so we recommend upgrading to the Team plan.", "ai") == (
        "AI explained that the Starter plan has no SSO, so we recommend upgrading to the Team plan",
    )
    assert assistant_descriptions("With the Travel Insurance add-on you can claim for lost luggage.", "ai") == (
        "AI suggested the customer claim for lost luggage, with the Travel Insurance add-on",
    )


def test_lookups_of_charges_and_options_are_attempts() -> None:
    assert assistant_descriptions("I can see two standing orders of $50 on your account.", "ai") == (
        "AI looked up two standing orders of $50 on their account",
    )
    assert assistant_descriptions("Another option is switching to paperless billing for a $2 credit.", "ai") == (
        "AI offered the option of switching to paperless billing for a $2 credit",
    )
    assert assistant_descriptions("Your claim is Pending. Estimated completion: 3 - 5 days.", "ai") == (
        "AI said the status of claim is Pending, with the estimated completion 3 to 5 days",
    )


def test_no_junk() -> None:
    assert assistant_descriptions("Please check the cable. Then try again.", "ai") == (
        "AI suggested the customer check the cable",
    )
    assert assistant_descriptions("I can currently help in English and French.", "ai") == ()
    assert assistant_descriptions("This is an automatic reply from the support desk of Acme Bank.", "ai") == ()
    assert assistant_descriptions("You can say things like 'balance' or 'transfer money'.", "ai") == ()
    assert assistant_descriptions("No fees apply for the first 30 days.", "ai") == (
        "AI explained that no fees apply for the first 30 days",
    )


def test_an_explanation_does_not_swallow_a_later_action() -> None:
    prepared = build_prepared(
        [
            ("customer", "please cancel booking BK-11"),
            ("ai", "Booking BK-11 is still open and can be cancelled free of charge."),
            ("customer", "yes cancel it"),
            ("ai", "Done! Booking BK-11 has been cancelled."),
        ]
    )
    descriptions = [a.description for a in extract_attempts(prepared)]
    assert "AI cancelled booking BK-11" in descriptions


def test_did_exactly_that_reports_what_the_customer_did() -> None:
    prepared = build_prepared(
        [
            ("ai", "To link the card, open the app, go to Cards > Add card and scan it."),
            ("customer", "yep did exactly that, the second card gives error C-12"),
        ]
    )
    attempts = extract_attempts(prepared)
    assert attempts[0].outcome == "failed"
    assert any(a.by == "customer" and "C-12" in a.description for a in attempts)
