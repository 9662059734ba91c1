"""Attempted solutions in domains the suites do not cover (banking, SaaS, travel, utilities): links named by
their URL, policy explanations, lookups that found nothing, offers and diagnostic questions, and what the
customer says they already did."""

from __future__ import annotations

from copilot.analysis.attempt_assistant import assistant_descriptions
from copilot.analysis.attempt_customer import customer_descriptions
from copilot.analysis.attempt_text import clip, link_description
from copilot.analysis.attempts import extract_attempts

from .builders import build_prepared


def test_a_vague_link_is_named_from_its_url() -> None:
    assert assistant_descriptions(
        "You can find more information here: https://help.bank.example/cards/freeze-card", "ai"
    ) == ("AI shared the help article on freeze card",)
    assert assistant_descriptions("Here's our guide: https://support.saas.example/docs/sso-setup", "ai") == (
        "AI shared the help article on sso setup",
    )
    assert link_description("Track it here: https://www.dhl.com/track?id=123") == "the DHL tracking link"
    # an article about tracking is an article, not a carrier's tracking page
    assert link_description(
        "Here's an article: Why tracking hasn't updated https://help.travel.example/articles/baggage-delayed"
    ) == ("the help article on baggage delayed")


def test_policy_explanations_and_refusals_with_a_reason() -> None:
    found = assistant_descriptions(
        "Unfortunately, vouchers can't be combined with another discount. Your booking is non-refundable because "
        "it was a saver fare, so I'm not able to cancel it.",
        "ai",
    )
    assert found == (
        "AI explained that vouchers can't be combined with another discount",
        "AI explained that their booking is non-refundable because it was a saver fare, so the AI could not cancel it",
    )


def test_lookup_that_found_nothing_and_diagnostic_questions() -> None:
    assert assistant_descriptions("I don't see a transfer of $250 on your account.", "ai") == (
        "AI found no transfer of $250 on their account",
    )
    assert assistant_descriptions("Do you have any recovery codes?", "ai") == (
        "AI asked whether the customer has any recovery codes",
    )
    assert assistant_descriptions("Is the meter display still blinking?", "ai") == (
        "AI asked whether the meter display is still blinking",
    )


def test_offers_as_questions_and_no_junk() -> None:
    assert assistant_descriptions("Would you like a refund to your original card?", "ai") == (
        "AI offered a refund to their original card",
    )
    assert assistant_descriptions("Would you like to hear more about our data plans?", "ai") == (
        "AI offered more information about our data plans",
    )
    assert assistant_descriptions("Which one would you like to cancel?", "ai") == ()
    assert assistant_descriptions("Is there anything else I can do for you?", "ai") == ()
    assert assistant_descriptions("Please hold while I transfer you to an agent.", "ai") == ()
    assert assistant_descriptions("Your message has been added to our team's queue.", "ai") == ()


def test_customer_reported_actions_without_a_clear_object_or_subject() -> None:
    assert customer_descriptions("I called them, they said the card is not blocked") == (
        ("Customer called them, they said the card is not blocked", "failed"),
    )
    assert customer_descriptions("Done, uploaded the invoice and the bank statement.") == (
        ("Customer uploaded the invoice and the bank statement", "failed"),
    )
    assert customer_descriptions("I've been running the export every night with the same result") == (
        ("Customer has been running the export every night with the same result", "failed"),
    )
    assert customer_descriptions("I already tried that") == ()
    assert customer_descriptions("Booked through your app. It was for my honeymoon") == ()


def test_declined_offer_says_so_and_repeats_merge() -> None:
    attempts = extract_attempts(
        build_prepared(
            [
                ("customer", "my boiler shows F28"),
                ("ai", "Please reset the boiler: hold the reset button for 5 seconds."),
                ("customer", "did that, still F28"),
                ("ai", "Let's try a reset of the boiler: hold the reset button for 5 seconds."),
                ("customer", "same thing"),
                ("ai", "Would you like me to book an engineer for Friday?"),
                ("customer", "no, I can't wait until Friday"),
            ]
        )
    )
    assert [(a.description, a.outcome) for a in attempts] == [
        (
            "AI suggested the customer reset the boiler: hold the reset button for 5 seconds (repeated, twice in "
            "all); customer said: did that, still F28",
            "failed",
        ),
        ("AI offered to book an engineer for Friday; customer declined: they can't wait until Friday", "declined"),
    ]


def test_clip_keeps_about_25_words() -> None:
    text = " ".join(f"w{i}" for i in range(40))
    assert clip(text).endswith("w25…")
    assert clip("short text.") == "short text"


def test_replies_that_say_it_was_already_tried() -> None:
    from copilot.analysis.attempt_outcomes import classify_outcome

    assert classify_outcome("yes I've seen that page, it says nothing about wire transfers") == "failed"
    assert classify_outcome("the toggle was already off") == "failed"
    assert classify_outcome("no, I'd need it sooner than that") == "declined"
    assert classify_outcome("no luck, same error") == "failed"


def test_a_no_to_a_diagnostic_question_is_an_answer_not_a_decline() -> None:
    attempts = extract_attempts(
        build_prepared(
            [
                ("customer", "my transfer to my landlord never arrived"),
                ("ai", "I don't see a transfer for $1,200 in your account. Did you send it from the mobile app?"),
                ("customer", "No, from the website, last Tuesday"),
            ]
        )
    )
    assert [(a.description, a.outcome) for a in attempts] == [
        ("AI found no transfer for $1,200 in their account", "unknown"),  # a finding is never declined
        (
            "AI asked “Did they send it from the mobile app?”; customer answered: No, from the website, last Tuesday",
            "unknown",
        ),
    ]


def test_a_bare_no_declines_only_an_offer_the_turn_asked_about() -> None:
    offer = [
        ("ai", "Would you like me to pause your subscription for a month?"),
        ("customer", "no, I just want to cancel it"),
    ]
    statement = [
        ("ai", "Your plan renews on the 3rd. Annual plans can be refunded within 14 days of renewal."),
        ("customer", "no, that is not right"),
    ]
    assert [a.outcome for a in extract_attempts(build_prepared(offer))] == ["declined"]
    assert [a.outcome for a in extract_attempts(build_prepared(statement))] == ["unknown"]


def test_have_you_tried_no_means_not_tried_yes_means_tried() -> None:
    turns = [("ai", "Have you tried clearing your browser cache?")]
    no = extract_attempts(build_prepared([*turns, ("customer", "no, not yet")]))
    yes = extract_attempts(build_prepared([*turns, ("customer", "yes")]))
    assert [a.outcome for a in no] == ["unknown"]
    assert [a.outcome for a in yes] == ["failed"]


def test_statuses_self_service_pointers_and_work_in_progress() -> None:
    assert assistant_descriptions("Your booking BK-7781 is confirmed. Estimated arrival: 14:05 - 14:20.", "ai") == (
        "AI said the status of booking BK-7781 is confirmed, with the estimated arrival 14:05 to 14:20",
    )
    assert assistant_descriptions("You can download your invoices under Billing > History.", "ai") == (
        "AI pointed the customer to where they can download their invoices under Billing > History",
    )
    assert assistant_descriptions("I'm also checking whether your card was flagged by our fraud team.", "agent") == (
        "Agent started checking whether their card was flagged by our fraud team",
    )
    assert assistant_descriptions("Done. The card ending 4410 is now blocked.", "ai") == (
        "AI blocked the card ending 4410",
    )
    assert assistant_descriptions("I'm checking on that for you.", "ai") == ()


def test_customer_did_as_suggested_and_declines_keep_the_reason() -> None:
    attempts = extract_attempts(
        build_prepared(
            [
                ("ai", "Please reset your password from the login page."),
                ("customer", "I did that yesterday and the reset email never came"),
                ("ai", "Would you like me to send the reset link by text?"),
                ("customer", "Well, no, my phone number on file is an old one"),
            ]
        )
    )
    assert [(a.description, a.by, a.outcome) for a in attempts] == [
        (
            "AI suggested the customer reset their password from the login page; customer said: they did that "
            "yesterday and the reset email never came",
            "ai",
            "failed",
        ),
        (
            "Customer already did as suggested (reset their password from the login page): yesterday and the "
            "reset email never came",
            "customer",
            "failed",
        ),
        (
            "AI offered to send the reset link by text; customer declined: their phone number on file is an old one",
            "ai",
            "declined",
        ),
    ]


def test_descriptions_drop_profanity_and_shouting() -> None:
    assert clip("Customer reset this damn router TWICE AND IT STILL DROPS") == (
        "Customer reset this router twice and it still drops"
    )
