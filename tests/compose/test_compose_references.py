"""References and identifiers in the first message: a code-shaped reference support created is named like an
identifier, and of two readings of one identifier the fullest one is used.

Known answers on realistic multi-turn conversations (the analysis is what a good analyzer reports for them).
"""

from __future__ import annotations

from copilot.compose.acknowledge import told_back
from copilot.compose.keyfacts import acknowledged_facts, is_reference, issue_facts
from copilot.compose.statements import read_statements

from .builders import calm, fact, make_prepared, make_request, shipping_analysis
from .builders import first_message as compose

OUTAGE = [
    {"id": "m1", "role": "customer", "text": "My internet has been down since 7 this morning, the light is red."},
    {"id": "m2", "role": "ai", "text": "Sorry about that. Please restart the router and wait two minutes."},
    {"id": "m3", "role": "customer", "text": "Did that twice already. Still red."},
    {
        "id": "m4",
        "role": "ai",
        "text": "I've created a fault report for your line so our team can look into it: reference FLT-2211-38054.",
    },
    {"id": "m5", "role": "customer", "text": "Ok but I work from home, I need someone to actually fix it today."},
]


def test_a_code_shaped_value_typed_other_is_a_reference() -> None:
    assert is_reference(fact("other", "FLT-2211-38054", "m4"))
    assert is_reference(fact("other", "RF-22604", "m4"))
    assert not is_reference(fact("other", "Riverside Quay", "m4"))
    assert not is_reference(fact("other", "50 GB", "m4"))
    assert not is_reference(fact("product", "WF-1000XM5", "m4"))  # only values typed "other"


def test_the_reference_the_assistant_created_is_acknowledged() -> None:
    prepared = make_prepared(make_request(OUTAGE, customer={"name": "Priya Raman"}))
    facts = [fact("other", "FLT-2211-38054", "m4")]
    assert [f.value for f in acknowledged_facts(facts, prepared)] == ["FLT-2211-38054"]
    text = compose(calm(shipping_analysis(facts=facts, attempts=[])), prepared)
    assert "FLT-2211-38054" in text


def test_a_bare_phrase_the_assistant_typed_is_still_not_the_customers() -> None:
    prepared = make_prepared(make_request(OUTAGE, customer={"name": "Priya Raman"}))
    facts = [fact("other", "fault report", "m4")]
    assert acknowledged_facts(facts, prepared) == []


REFUND = [
    {"id": "m1", "role": "customer", "text": "where is my refund for order 502771?? returned it weeks ago"},
    {"id": "m2", "role": "ai", "text": "Thanks! I found order NW-502771: Aura ANC headphones, $249.99."},
    {"id": "m3", "role": "customer", "text": "yes that one. my bank has nothing pending"},
]


def test_of_two_readings_of_one_identifier_the_fullest_is_named() -> None:
    facts = [fact("order_id", "502771", "m1"), fact("order_id", "NW-502771", "m2")]
    assert [f.value for f in issue_facts(facts)] == ["NW-502771"]
    prepared = make_prepared(make_request(REFUND, customer={"name": "Tyler Brooks"}))
    text = compose(calm(shipping_analysis(facts=facts, attempts=[])), prepared)
    assert "NW-502771" in text
    assert "order 502771" not in text


def test_overlapping_product_names_still_keep_the_shortest() -> None:
    facts = [fact("product", "Oslo sofa", "m1"), fact("product", "Oslo sofa available", "m2")]
    assert [f.value for f in issue_facts(facts)] == ["Oslo sofa"]


RENEWAL = [
    {
        "id": "m1",
        "role": "customer",
        "text": "My subscription renewed and I had meant to cancel it. Can I get a refund?",
    },
    {
        "id": "m2",
        "role": "ai",
        "text": "I've found your workspace WS-20388 on the Growth yearly plan. The renewal of $378.88 was taken on "
        "Nov 17. I can offer a $25 credit instead.",
    },
    {"id": "m3", "role": "customer", "text": "No thanks, I want the renewal refunded."},
]


def test_a_sum_the_assistant_reports_as_charged_is_the_cases_and_an_offer_is_not() -> None:
    prepared = make_prepared(make_request(RENEWAL, customer={"name": "Harold Beckett"}))
    facts = [fact("account_id", "WS-20388", "m2"), fact("amount", "$378.88", "m2"), fact("amount", "$25", "m2")]
    assert [f.value for f in acknowledged_facts(facts, prepared)] == ["WS-20388", "$378.88"]
    text = compose(calm(shipping_analysis(facts=facts, attempts=[])), prepared)
    assert "$378.88" in text
    assert "$25" not in text


BEREAVEMENT = [
    {
        "id": "m1",
        "role": "customer",
        "text": "Hello, my husband Thomas passed away on November 2nd. His mobile number was 617-555-0134 and it is "
        "on our joint account, number 5510 226 903. I would like to cancel his line. I'm sorry if this isn't the "
        "right place to ask.",
    },
    {"id": "m2", "role": "ai", "text": "I'm so sorry for your loss. You can send the death certificate later."},
    {"id": "m3", "role": "customer", "text": "Thank you. I only have the funeral notice for now."},
]


def test_the_customers_apology_for_asking_is_never_told_back() -> None:
    prepared = make_prepared(make_request(BEREAVEMENT, channel="email", customer={"name": "Margaret Quinlan"}))
    facts = [fact("phone", "617-555-0134", "m1"), fact("account_id", "5510 226 903", "m1")]
    analysis = calm(shipping_analysis(facts=facts, attempts=[]))
    statements = read_statements(prepared, analysis)
    assert any("right place" in d.text for d in statements.details)  # a sentence of the customer's ...
    assert not any("right place" in c.text for c in told_back(analysis, statements))  # ... never told back
    assert "right place" not in compose(analysis, prepared)
