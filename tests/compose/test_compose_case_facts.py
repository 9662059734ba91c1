"""What the first message keeps when room is short, and which facts count as the customer's: known answers on
realistic multi-turn conversations.

Each test is one rule: a fact the assistant states in a sentence about the customer's own case is as known as
one they typed; a text message keeps the facts the customer gave before the details; a side question is part
of what the customer wants now and is told back first (questions without their mark too); the "about ..."
topic stays short; a date is not noted again without its year.
"""

from __future__ import annotations

import re

from copilot.compose.acknowledge import details_to_tell, facts_to_note, told_back, unsaid
from copilot.compose.keyfacts import acknowledged_facts, speakable_facts
from copilot.compose.reflect import customer_clause
from copilot.compose.statements import Statement, Statements
from copilot.schema import AttemptedSolution, CustomerFact

from .builders import calm, fact, make_prepared, make_request, shipping_analysis
from .builders import first_message as compose

# --------------------------------------------------------------------------- what the assistant confirmed

UNLOCK = [
    {"id": "m1", "role": "customer", "text": "need my phone unlocked before I fly on Dec 2. Galaxy S23, paid off."},
    {
        "id": "m2",
        "role": "ai",
        "text": "The Galaxy S23 was activated on Oct 12, so it becomes eligible for unlocking on Dec 11. "
        "The Travel Pass is another option at $12 a day.",
    },
    {"id": "m3", "role": "customer", "text": "that's too late. I just want to use a local sim"},
]
UNLOCK_FACTS = [
    fact("date", "Dec 2", "m1"),
    fact("device", "Galaxy S23", "m1"),
    fact("date", "Dec 11", "m2"),
    fact("product", "Travel Pass", "m2"),
]


def test_a_fact_the_assistant_states_about_the_customers_device_is_theirs() -> None:
    prepared = make_prepared(make_request(UNLOCK, customer={"name": "Brandon Lee"}))
    kept = [f.value for f in acknowledged_facts(UNLOCK_FACTS, prepared)]
    assert "Dec 11" in kept  # the sentence names the customer's Galaxy S23
    assert "Travel Pass" not in kept  # a product the assistant merely offers


def test_an_offered_price_after_your_is_not_the_customers() -> None:
    messages = [
        {"id": "m1", "role": "customer", "text": "I lost my job and I'm behind on my bill, I need the phone."},
        {"id": "m2", "role": "ai", "text": "Essentials would bring your internet down to $30/month."},
    ]
    prepared = make_prepared(make_request(messages, customer={"name": "Jamal Reed"}))
    facts = [fact("amount", "$30/month", "m2"), fact("product", "Essentials", "m1")]
    assert [f.value for f in speakable_facts(facts, prepared, limit=3)] == ["Essentials"]


def test_your_current_plan_three_words_back_is_the_customers() -> None:
    messages = [
        {"id": "m1", "role": "customer", "text": "Want to downgrade my internet from gig to 300."},
        {"id": "m2", "role": "ai", "text": "Your current promotion on Fiber Gig ends if you change plan."},
    ]
    prepared = make_prepared(make_request(messages, customer={"name": "Tyler Moss"}))
    assert [f.value for f in acknowledged_facts([fact("product", "Fiber Gig", "m2")], prepared)] == ["Fiber Gig"]


def test_a_person_the_customer_names_first_is_acknowledged_even_when_the_assistant_repeats_it() -> None:
    messages = [
        {"id": "m1", "role": "customer", "text": "Our co-founder Daniel Reyes is leaving and he's the Owner."},
        {"id": "m2", "role": "ai", "text": "Can Daniel Reyes sign in to approve the transfer?"},
        {"id": "m3", "role": "customer", "text": "He can, he's around until Nov 30."},
    ]
    prepared = make_prepared(make_request(messages, customer={"name": "Samuel Ortiz"}))
    facts = [fact("name", "Daniel Reyes", "m1"), fact("name", "Samuel", "m1"), fact("date", "Nov 30", "m3")]
    assert "Daniel Reyes" in [f.value for f in acknowledged_facts(facts, prepared)]


# --------------------------------------------------------------------------- a text message keeps the facts

OUTAGE_SMS = [
    {"id": "m1", "role": "customer", "text": "internet is down again. I have ticket TKT-5512093"},
    {"id": "m2", "role": "ai", "text": "Please restart your Hub."},
    {"id": "m3", "role": "customer", "text": "I've restarted that thing 20 times. still down"},
    {"id": "m4", "role": "ai", "text": "The first technician slot is Tuesday, Nov 24, 12-4 pm."},
    {"id": "m5", "role": "customer", "text": "TUESDAY??? thats 6 more days"},
]


def test_a_text_message_with_an_attempt_still_notes_the_date_the_customer_took_up() -> None:
    prepared = make_prepared(make_request(OUTAGE_SMS, channel="whatsapp", customer={"name": "Danielle Ross"}))
    restarted = AttemptedSolution(
        description="Customer restarted the Hub 20 times", by="customer", outcome="failed", message_ids=["m3"]
    )
    facts = [fact("ticket_id", "TKT-5512093", "m1"), fact("date", "Tuesday, Nov 24", "m4")]
    text = compose(shipping_analysis(facts=facts, attempts=[restarted]), prepared)
    assert "Tuesday, Nov 24" in text and "TKT-5512093" in text
    assert "already" in text  # the attempt is still told


# --------------------------------------------------------------------------- side questions


def test_questions_are_told_back_as_what_the_customer_wants() -> None:
    cases = {
        "what about the early termination fee.": "you asked about the early termination fee",
        "Would it be possible to keep his number for a little while?": "you'd like to keep his number for a "
        "little while",
        "can you at least give me the outage credit your website mentions.": "you'd like us to give you the "
        "outage credit our website mentions",
        "can I pay half now and the rest friday": "you'd like to pay half now and the rest friday",
        "Is there any way to have it sent faster, or could I collect one instead?": "you're looking for any way "
        "to have it sent faster",
    }
    for sentence, expected in cases.items():
        clause = customer_clause(sentence, [])
        assert clause is not None and clause.asks, sentence
        assert clause.text == expected


def test_a_side_question_is_told_back_before_the_other_details() -> None:
    issue = Statement("I need to cancel my internet and my phone line.", "m1", 0)
    details = (
        Statement("I'm moving to Portugal on Dec 10.", "m3", 2, 3.3),
        Statement("I'm not coming back in 3 months.", "m3", 2, 3.9, 1),
        Statement("what about the early termination fee.", "m5", 4, 2.4),
    )
    statements = Statements(issue=issue, details=details, want=None, human_request=None)
    analysis = calm(shipping_analysis(facts=[CustomerFact(type="date", value="Dec 10", message_id="m3")]))
    told = details_to_tell(told_back(analysis, statements), "I understand you need to cancel.", 24, ["Dec 10"], 18)
    assert [t.text for t in told] == [
        "that you asked about the early termination fee",  # what they want now, though it scored lower
        "that you're not coming back in 3 months",
    ]


# --------------------------------------------------------------------------- the topic stays short


def test_the_about_topic_names_at_most_three_facts_and_notes_the_rest() -> None:
    messages = [
        {
            "id": "m1",
            "role": "customer",
            "text": "Speeds far below Fiber 500 (account 5102 774 836). Tested on the Hub 6 with an Ethernet cable: "
            "61 Mbps on Nov 9.",
        },
    ]
    prepared = make_prepared(make_request(messages, channel="email", customer={"name": "Priya Raman"}))
    facts = [
        fact("product", "Fiber 500", "m1"),
        fact("account_id", "5102 774 836", "m1"),
        fact("device", "Hub 6", "m1"),
        fact("device", "Ethernet cable", "m1"),
        fact("other", "61 Mbps", "m1"),
        fact("date", "Nov 9", "m1"),
    ]
    text = compose(calm(shipping_analysis(facts=facts, attempts=[])), prepared)
    about = re.split(r",? and noted|, including|, so ", text.split("about ", 1)[1])[0]
    assert about.count(",") + about.count(" and ") <= 2  # three items at most
    assert "61 Mbps" in text and "61 Mbps" not in about  # a measure is noted, not what the case is about


def test_a_date_said_without_its_year_is_not_noted_again() -> None:
    dates = [fact("date", "Oct 2, 2026", "m1"), fact("date", "March 2027", "m1")]
    left = unsaid(dates, "it was delivered Oct 2, still sealed, and it's March now")
    assert [f.value for f in left] == ["March 2027"]


def test_the_customers_date_and_the_one_the_assistant_confirmed_are_both_noted() -> None:
    messages = [
        {"id": "m1", "role": "customer", "text": "I got a late fee but I paid on Nov 9 and the due date was Nov 10."},
        {"id": "m2", "role": "ai", "text": "I see a payment received on Nov 12 on account 4471 902 215."},
        {"id": "m3", "role": "customer", "text": "that's the bank's delay, not mine. I want the fee removed"},
    ]
    prepared = make_prepared(make_request(messages, customer={"name": "Lucia Gomez"}))
    facts = [
        fact("date", "Nov 9", "m1"),
        fact("date", "Nov 10", "m1"),
        fact("account_id", "4471 902 215", "m2"),
        fact("date", "Nov 12", "m2"),
    ]
    analysis = calm(shipping_analysis(facts=facts, attempts=[]))
    noted = [f.value for f in facts_to_note(analysis, prepared, [facts[2]])]
    assert "Nov 12" in noted  # what the assistant confirmed about the account
    assert "Nov 10" in noted and "Nov 9" not in noted  # the customer's latest date is kept beside it
