"""Round 8 of the attempted-solution extractor: actions told in a clause the sentence patterns missed (a numbered
step, a second action joined to a first, "I've run", "Let me look at", "I can see <a listing>", the clause before
a handoff or before "and we can..."), a suggestion that needs its condition, a customer's action told inside a
relative clause ("the reading I sent in was in August"), and an instruction the company gave the customer before
("someone on your team told me to call back")."""

from __future__ import annotations

from copilot.analysis.attempt_assistant import assistant_descriptions
from copilot.analysis.attempt_clauses import before_handoff, split_compound, without_list_marker
from copilot.analysis.attempt_customer import customer_descriptions
from copilot.analysis.attempt_reported import reported_attempts
from copilot.analysis.attempts import extract_attempts

from .builders import build_prepared


def _descriptions(turns: list[tuple[str, str]]) -> list[str]:
    return [a.description for a in extract_attempts(build_prepared(turns))]


def test_numbered_steps_are_suggestions_and_a_repeat_of_them_is_a_loop() -> None:
    steps = (
        "Let's get your water softener going again. 1) Check the salt level is above the line. "
        "2) Press Regenerate for 5 seconds. 3) Wait two hours before running a tap."
    )
    found = _descriptions(
        [
            ("customer", "my softener shows E2 since Monday"),
            ("ai", steps),
            ("customer", "did all that yesterday"),
            ("ai", steps),
            ("customer", "same answer AGAIN. still E2"),
        ]
    )
    assert found[:3] == [
        "AI suggested the customer check the salt level is above the line (repeated, twice in all); customer said: "
        "did all that yesterday",
        "AI suggested the customer press Regenerate for 5 seconds (repeated, twice in all); customer said: did all "
        "that yesterday",
        "AI suggested the customer wait two hours before running a tap (repeated, twice in all); customer said: did "
        "all that yesterday",
    ]
    assert not any("2)" in d or "explained that 2" in d for d in found)


def test_a_step_marker_or_a_leading_emoji_is_dropped_and_other_text_is_kept() -> None:
    assert without_list_marker("2) Move it closer") == "Move it closer"
    assert without_list_marker("- Reset it") == "Reset it"
    assert without_list_marker("🎁 The kit comes with a pump") == "The kit comes with a pump"
    assert without_list_marker("2 boxes arrived") == "2 boxes arrived"


def test_the_second_action_of_a_joined_pair_is_what_was_done() -> None:
    assert assistant_descriptions(
        "Claims over $500 need an adjuster, so I have forwarded your photos to them and put the excess payment "
        "on hold.",
        "ai",
    ) == ("AI put the excess payment on hold",)
    assert assistant_descriptions(
        "Of course. I've noted that you prefer letters, and added the policy number to the claim.", "ai"
    ) == ("AI added the policy number to the claim",)
    assert assistant_descriptions("I've passed that on and will let you know.", "ai") == ()


def test_a_perfect_run_and_a_recorded_detail_are_actions_done() -> None:
    assert assistant_descriptions("Thanks. I've run a line test on your connection.", "agent") == (
        "Agent ran a line test on their connection",
    )
    assert assistant_descriptions("Great, I've recorded your new meter serial.", "ai") == (
        "AI recorded their new meter serial",
    )


def test_a_check_started_with_let_me_is_a_lookup_unless_it_names_nothing() -> None:
    assert assistant_descriptions("Let me look at the payment history on your policy.", "ai") == (
        "AI looked at the payment history on their policy",
    )
    assert assistant_descriptions("Let me check that for you.", "ai") == ()


def test_a_listing_the_assistant_can_see_is_a_lookup() -> None:
    assert assistant_descriptions("I can see the 14:10 ferry and the 17:45 ferry with space tomorrow.", "ai") == (
        "AI looked up the 14:10 ferry and the 17:45 ferry with space tomorrow",
    )
    assert assistant_descriptions("I can see you've been waiting since 9.", "ai") == ()


def test_the_assistants_own_work_before_a_handoff_is_kept() -> None:
    assert before_handoff("I can update your billing address here, and a colleague will then review the claim.") == (
        "I can update your billing address here"
    )
    assert before_handoff("Thanks, a colleague will call you today.") is None
    assert assistant_descriptions(
        "I can update your billing address here, and a colleague will then review the claim.", "ai"
    ) == ("AI offered to update their billing address here",)


def test_a_rule_joined_to_an_offer_is_told_as_both() -> None:
    sentence = "Refunds take 5 days to reach your card, and we can send you a receipt for ticket TK-4410."
    assert split_compound(sentence) == [
        "Refunds take 5 days to reach your card.",
        "we can send you a receipt for ticket TK-4410.",
    ]
    assert assistant_descriptions(sentence, "ai") == (
        "AI explained that refunds take 5 days to reach their card",
        "AI offered to send them a receipt for ticket TK-4410",
    )
    assert split_compound("Sure, and I can do that now.") == ["Sure, and I can do that now."]
    assert split_compound("If it fails, you can report it, and we can open a trace.") == [
        "If it fails, you can report it, and we can open a trace."
    ]


def test_a_suggestion_about_that_thing_is_told_whole_with_the_condition_that_names_it() -> None:
    assert assistant_descriptions("If you paid with a voucher, use that code at checkout instead.", "ai") == (
        "AI explained that if they paid with a voucher, use that code at checkout instead",
    )
    assert assistant_descriptions("If it failed, please update the card in Billing.", "ai") == (
        "AI suggested the customer update the card in Billing",
    )


def test_a_plural_noun_subject_before_a_verb_is_a_rule_not_an_imperative() -> None:
    assert assistant_descriptions("Power cuts of 12 hours or more qualify for a payment from the network.", "ai") == (
        "AI explained that power cuts of 12 hours or more qualify for a payment from the network",
    )


def test_a_customer_action_inside_a_relative_clause_keeps_its_object() -> None:
    assert customer_descriptions("Annoying, the last reading I sent in was in August and nobody used it.") == (
        ("Customer sent in the last reading: was in August and nobody used it", "failed"),
    )
    assert customer_descriptions("The voucher code I entered didn't work at all") == (
        ("Customer entered the voucher code: didn't work at all", "failed"),
    )
    assert customer_descriptions("I sent in a reading on Monday") == (
        ("Customer sent in a reading on Monday", "failed"),
    )


def test_an_instruction_the_company_gave_before_is_reported_with_who_gave_it() -> None:
    assert reported_attempts("Someone on your claims team, Omar, told me to wait for the assessor's letter.") == (
        (
            "Agent (someone on the company's claims team, Omar) told the customer to wait for the assessor's letter",
            "agent",
        ),
    )
    assert reported_attempts("I was told to reset the thermostat and call back.") == (
        ("Agent told the customer to reset the thermostat and call back", "agent"),
    )
    assert reported_attempts("You told me to restart it.") == ()  # the assistant's own suggestion, told before
    assert reported_attempts("My neighbour told me to call you.") == ()


def test_details_the_customer_confirmed_are_kept_with_the_answer_and_an_unanswered_check_is_not() -> None:
    turns = [
        ("customer", "The water bill uses a reading of 7741 but my meter shows 7120, meter number WM-88120."),
        (
            "ai",
            "Thanks. Before I correct the bill, can you confirm that the meter number is WM-88120 and that it reads 7120?",
        ),
        ("customer", "Yes, both correct."),
    ]
    assert _descriptions(turns) == [
        "AI asked “Can they confirm that the meter number is WM-88120 and that it reads 7120?”; customer answered: Yes, "
        "both correct",
    ]
    assert _descriptions(turns[:2]) == []
    assert _descriptions([("customer", "hi"), ("ai", "Could you confirm that your email is dana@example.com?")]) == []
