"""Known answers: the first message acknowledges what the customer gave (facts, details, what they want now)."""

from __future__ import annotations

from copilot.analysis.asks import requested_fact_types
from copilot.compose import build_composer
from copilot.compose.keyfacts import acknowledged_facts
from copilot.config import Settings
from copilot.context import Analysis, CustomerRegister, Prepared
from copilot.schema import AttemptedSolution, CustomerFact, SuggestedFirstMessage

from .builders import LOST_PACKAGE, calm, make_prepared, make_request, shipping_analysis

ADDRESS_CHAT = [
    {"id": "m1", "role": "customer", "text": "Order NW-451876 is going to my old place."},
    {"id": "m2", "role": "ai", "text": "I can help. What is the new address?"},
    {"id": "m3", "role": "customer", "text": "77 Linden Avenue, Oakland, CA 94611. My number is (415) 555-0100."},
    {"id": "m4", "role": "customer", "text": "The order total was $212.40 and it's due Wednesday."},
]
ADDRESS_FACTS = [
    CustomerFact(type="order_id", value="NW-451876", message_id="m1"),
    CustomerFact(type="address", value="77 Linden Avenue, Oakland, CA 94611", message_id="m3"),
    CustomerFact(type="phone", value="(415) 555-0100", message_id="m3"),
    CustomerFact(type="amount", value="$212.40", message_id="m4"),
    CustomerFact(type="date", value="Wednesday", message_id="m4"),
]


def first_message(analysis: Analysis, prepared: Prepared) -> SuggestedFirstMessage:
    return build_composer(Settings()).compose(prepared, analysis, [LOST_PACKAGE]).first_message


def test_every_fact_the_customer_gave_is_acknowledged_once() -> None:
    analysis = calm(shipping_analysis(facts=ADDRESS_FACTS, attempts=[]))
    message = first_message(analysis, make_prepared(make_request(ADDRESS_CHAT, customer={"name": "Ben Ito"})))
    for fact in ADDRESS_FACTS:
        assert fact.value in message.text, fact.value
        assert fact.value in message.acknowledges
    for fact in ADDRESS_FACTS[1:]:  # the order is named again in the next step; the rest once
        assert message.text.count(fact.value) == 1, fact.value
    assert "77 Linden Avenue, Oakland, CA 94611" in message.text
    assert requested_fact_types(message.text) == set()
    assert "?" not in message.text


def test_contact_details_the_profile_already_holds_are_not_repeated_back() -> None:
    analysis = calm(shipping_analysis(facts=ADDRESS_FACTS, attempts=[]))
    profile = {"name": "Ben Ito", "phone": "+1 415 555 0100"}
    message = first_message(analysis, make_prepared(make_request(ADDRESS_CHAT, customer=profile)))
    assert "555-0100" not in message.text
    assert "77 Linden Avenue" in message.text


def test_acknowledged_facts_skip_the_assistants_own_words_and_shouting() -> None:
    prepared = make_prepared(make_request(ADDRESS_CHAT))
    facts = [
        *ADDRESS_FACTS,
        CustomerFact(type="product", value="Northwind Assistant", message_id="m2"),
        CustomerFact(type="product", value="PLAN INCLUDES MEXICO", message_id="m4"),
        CustomerFact(type="name", value="Ben Ito", message_id="m3"),
    ]
    values = [f.value for f in acknowledged_facts(facts, prepared)]
    assert values[0] == "NW-451876"
    assert "Northwind Assistant" not in values and "PLAN INCLUDES MEXICO" not in values
    assert "Ben Ito" not in values


def test_a_question_is_told_back_as_what_the_customer_wants() -> None:
    messages = [
        {
            "id": "m1",
            "role": "customer",
            "text": "hiii the Ridgeline boots are a tiny bit tight, can I swap for a 9.5?",
        },
        {"id": "m2", "role": "ai", "text": "Sure, what is your order number?"},
        {"id": "m3", "role": "customer", "text": "NW-446250"},
    ]
    facts = [CustomerFact(type="order_id", value="NW-446250", message_id="m3")]
    analysis = calm(shipping_analysis(facts=facts, attempts=[]))
    text = first_message(analysis, make_prepared(make_request(messages))).text
    assert "you'd like to swap for a 9.5" in text
    assert "NW-446250" in text


def test_a_fragment_without_a_subject_is_mentioned_back() -> None:
    messages = [
        {"id": "m1", "role": "customer", "text": "Why did my bill go from 243 to 263 this month?"},
        {"id": "m2", "role": "ai", "text": "Prices can change when a promotion ends."},
        {"id": "m3", "role": "customer", "text": "4 lines on unlimited plus"},
    ]
    analysis = calm(shipping_analysis(facts=[], attempts=[]))
    text = first_message(analysis, make_prepared(make_request(messages, channel="sms"))).text
    assert "where you mentioned 4 lines on unlimited plus" in text


def test_sarcasm_masked_secrets_and_other_languages_are_never_told_back() -> None:
    messages = [
        {"id": "m1", "role": "customer", "text": "My internet drops every 20 minutes in the evening."},
        {"id": "m2", "role": "ai", "text": "Let's try a restart."},
        {
            "id": "m3",
            "role": "customer",
            "text": "Bold strategy, it's not like I have anything better to do on a Tuesday.",
        },
        {"id": "m4", "role": "customer", "text": "Here is my card 4242 4242 4242 4242 so you can check the payment."},
        {"id": "m5", "role": "customer", "text": "Zapłaciłem 380 dolarów za ten telefon w zeszłym tygodniu."},
    ]
    analysis = shipping_analysis(facts=[], attempts=[])
    text = first_message(analysis, make_prepared(make_request(messages))).text
    assert "your internet drops every 20 minutes in the evening" in text
    for unwanted in ("strategy", "better to do", "card", "ending", "Zapłaciłem", "dolarów"):
        assert unwanted not in text


def test_a_calm_customer_without_a_statement_still_hears_a_detail() -> None:
    messages = [
        {"id": "m1", "role": "customer", "text": "Order A-1234 still not here??"},
        {"id": "m2", "role": "ai", "text": "Which order?"},
        {"id": "m3", "role": "customer", "text": "It was shipped on Nov 3 and tracking has not moved since Nov 5."},
    ]
    analysis = calm(shipping_analysis(attempts=[], register=CustomerRegister(formality="neutral")))
    text = first_message(analysis, make_prepared(make_request(messages))).text
    assert text.startswith(
        "Hi Dana, I've read the whole conversation about order A-1234, including that it was shipped on Nov 3 and "
        "tracking has not moved since Nov 5, so you won't have to repeat anything."
    )


def test_a_plan_the_assistant_names_as_the_customers_own_is_acknowledged() -> None:
    messages = [
        {"id": "m1", "role": "customer", "text": "I want to cancel my internet, account 2290 415 663."},
        {"id": "m2", "role": "ai", "text": "I found your account. You're on Fiber 500 with a 24-month term."},
        {"id": "m3", "role": "ai", "text": "Our Fiber Gig plan is faster."},
    ]
    facts = [
        CustomerFact(type="account_id", value="2290 415 663", message_id="m1"),
        CustomerFact(type="product", value="Fiber 500", message_id="m2"),
        CustomerFact(type="product", value="Fiber Gig", message_id="m3"),
    ]
    analysis = calm(shipping_analysis(facts=facts, attempts=[]))
    text = first_message(analysis, make_prepared(make_request(messages))).text
    assert "Fiber 500" in text
    assert "Fiber Gig" not in text


def test_the_assistants_last_suggestion_is_not_suggested_again() -> None:
    unknown = AttemptedSolution(
        description="AI suggested the customer restart the router",
        by="ai",
        outcome="unknown",
        message_ids=["m2"],
    )
    analysis = calm(shipping_analysis(attempts=[unknown]))
    text = first_message(analysis, make_prepared()).text
    assert "I can see the assistant already suggested you restart the router, so I won't ask you to go through " in (
        text
    )
    sms = first_message(analysis, make_prepared(make_request(channel="sms"))).text
    assert "suggested" not in sms  # on SMS the room goes to what the customer said
