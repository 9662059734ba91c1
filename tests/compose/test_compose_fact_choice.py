"""Which facts the first message names, and how: known answers on realistic multi-turn conversations.

Each test is one rule of choosing: a number read twice is named once in its full form, the corrected address
is the one noted, a third party the customer names is acknowledged, the next step names what the message has
not said yet (never a measure, never a name read short), the customer's current ask fits even in a text
message, a guide title does not switch the message's language, attempts are told in the customer's person.
"""

from __future__ import annotations

import re
from dataclasses import replace

from copilot.compose.attempts import customer_attempt_phrase
from copilot.compose.keyfacts import acknowledged_facts, distinct_readings, speakable_facts
from copilot.context import Analysis, CustomerRegister, Prepared
from copilot.schema import AttemptedSolution, Frustration, Intent, KBArticle

from .builders import calm, fact, make_prepared, make_request, shipping_analysis
from .builders import first_message as compose

# --------------------------------------------------------------------------- the same number read twice

SIM_SWAP = [
    {"id": "m1", "role": "customer", "text": "My phone suddenly says SOS only and I got an email that my SIM changed."},
    {"id": "m2", "role": "ai", "text": "I'm sorry. What is the number on the line?"},
    {"id": "m3", "role": "customer", "text": "(917) 555-0198. My bank sends codes to that number."},
    {"id": "m4", "role": "ai", "text": "Thank you. I'm passing you to our fraud team right away."},
]
SIM_SWAP_FACTS = [
    fact("error_code", "SOS", "m1"),
    fact("phone", "(917) 555-0198", "m3"),
    fact("account_id", "555-0198", "m3"),
]


def test_a_number_that_is_part_of_a_longer_one_is_the_same_number_read_twice() -> None:
    kept = [f.value for f in distinct_readings(SIM_SWAP_FACTS)]
    assert kept == ["SOS", "(917) 555-0198"]


def test_the_number_is_named_in_the_form_the_customer_wrote() -> None:
    prepared = make_prepared(make_request(SIM_SWAP, customer={"name": "Eleanor Park"}))
    text = compose(calm(shipping_analysis(facts=SIM_SWAP_FACTS, attempts=[])), prepared)
    assert "(917) 555-0198" in text
    assert "account 555-0198" not in text


def test_different_numbers_are_both_kept() -> None:
    facts = [fact("order_id", "NW-1234", "m1"), fact("amount", "$12", "m1"), fact("amount", "$1,234", "m1")]
    assert len(distinct_readings(facts)) == len(facts)


# --------------------------------------------------------------------------- the corrected address

WRONG_ZIP = [
    {"id": "m1", "role": "customer", "text": "hi I typed the wrong zip on order NW-458722. put 60614 should be 60641"},
    {"id": "m2", "role": "ai", "text": "Address changes after shipping go through the carrier's form."},
    {"id": "m3", "role": "customer", "text": "can a person just fix it. the package is out for delivery tomorrow"},
]
WRONG_ZIP_FACTS = [
    fact("order_id", "NW-458722", "m1"),
    fact("address", "60614", "m1"),
    fact("address", "60641", "m1"),
]


def test_of_two_addresses_the_later_correction_is_the_one_noted() -> None:
    prepared = make_prepared(make_request(WRONG_ZIP, channel="sms", customer={"name": "Jamal Reed"}))
    text = compose(calm(shipping_analysis(facts=WRONG_ZIP_FACTS, attempts=[])), prepared)
    assert "60641" in text
    assert "60614" not in text


# --------------------------------------------------------------------------- people the customer names

SAFETY = [
    {
        "id": "m1",
        "role": "customer",
        "text": "I am the account holder (account 8820 417 336). My ex-partner, Mark Delaney, is still listed as "
        "an authorized user. Please remove him from the account.",
    },
    {"id": "m2", "role": "ai", "text": "Your safety matters to us. I've passed your message to our specialist team."},
    {"id": "m3", "role": "customer", "text": "Thank you. Please contact me by email only.\n\nLaura"},
]


def test_a_person_the_customer_names_is_acknowledged() -> None:
    prepared = make_prepared(make_request(SAFETY, channel="email", customer={"name": "Laura Bennett"}))
    facts = [fact("account_id", "8820 417 336", "m1"), fact("name", "Mark Delaney", "m1"), fact("name", "Laura", "m3")]
    values = [f.value for f in acknowledged_facts(facts, prepared)]
    assert "Mark Delaney" in values
    assert "Laura" not in values  # the customer is greeted, not listed
    text = compose(calm(shipping_analysis(facts=facts, attempts=[])), prepared)
    assert "Mark Delaney" in text


def test_the_writer_introducing_themselves_is_not_a_third_party() -> None:
    messages = [
        {"id": "m1", "role": "customer", "text": "Hi, this is Ben Ito, my order NW-451876 went to my old address."},
        {"id": "m2", "role": "ai", "text": "I can help with that."},
    ]
    prepared = make_prepared(make_request(messages, customer={"name": "Dana Lee"}))
    facts = [fact("order_id", "NW-451876", "m1"), fact("name", "Ben Ito", "m1")]
    assert "Ben Ito" not in [f.value for f in acknowledged_facts(facts, prepared)]


def test_someone_from_the_support_side_is_not_a_third_party() -> None:
    messages = [
        {"id": "m1", "role": "agent", "text": "Hi Jamal, Marcus here. I've put a hold on suspension."},
        {"id": "m2", "role": "customer", "text": "ok thanks Marcus, I can pay $150 now"},
    ]
    prepared = make_prepared(make_request(messages, customer={"name": "Jamal Green"}))
    facts = [fact("amount", "$150", "m2"), fact("name", "Marcus", "m2")]
    assert "Marcus" not in [f.value for f in acknowledged_facts(facts, prepared)]


# --------------------------------------------------------------------------- the next step

MISDELIVERED = [
    {"id": "m1", "role": "customer", "text": "Package for order NW-466052 says delivered Saturday. It is NOT here."},
    {"id": "m2", "role": "ai", "text": "Please check with your neighbours and around your porch."},
    {"id": "m3", "role": "customer", "text": "Did all of that. Porch, garage, both neighbors."},
    {"id": "m4", "role": "ai", "text": "Please use the form to report a missing package."},
    {
        "id": "m5",
        "role": "customer",
        "text": "I TRIED. It's $289 of Aura ANC headphones sitting at some stranger's door. This is ridiculous",
    },
]
MISDELIVERED_FACTS = [
    fact("order_id", "NW-466052", "m1"),
    fact("date", "Saturday", "m1"),
    fact("amount", "$289", "m5"),
    fact("product", "Aura ANC headphones", "m5"),
]


def test_after_the_identifier_the_next_step_names_what_the_message_has_not_said() -> None:
    prepared = make_prepared(make_request(MISDELIVERED, channel="sms", customer={}))
    checked = AttemptedSolution(
        description="Customer checked with the neighbours", by="customer", outcome="failed", message_ids=["m3"]
    )
    text = compose(shipping_analysis(facts=MISDELIVERED_FACTS, attempts=[checked]), prepared)
    last = text.split(". ")[-1]
    assert "order NW-466052" in last and "$289" in text  # a text message still acknowledges the facts
    assert text.count("NW-466052") == 2  # the issue and the step; the product once
    assert text.count("Aura ANC headphones") == 1


def test_a_reading_with_its_unit_is_never_what_the_agent_looks_into() -> None:
    prepared = make_prepared(make_request(MISDELIVERED, channel="sms", customer={}))
    facts = [fact("order_id", "NW-466052", "m1"), fact("other", "38 Mbps", "m5")]
    text = compose(shipping_analysis(facts=facts, attempts=[]), prepared)
    assert "into order NW-466052 now" in text
    assert "looking into order NW-466052 and 38 Mbps" not in text


def test_a_name_read_short_is_not_spoken() -> None:
    messages = [
        {"id": "m1", "role": "customer", "text": "my Shopify sales stopped syncing on Nov 16."},
        {"id": "m2", "role": "ai", "text": "Did anything change on your store that day?"},
        {"id": "m3", "role": "customer", "text": "we had a Black Friday early-access sale, 3,100 orders that weekend"},
    ]
    prepared = make_prepared(make_request(messages))
    facts = [fact("product", "Shopify sales", "m1"), fact("product", "Black", "m3")]
    assert [f.value for f in speakable_facts(facts, prepared, limit=2)] == ["Shopify sales"]


# --------------------------------------------------------------------------- the current ask

RETURNS = [
    {"id": "m1", "role": "customer", "text": "Moving in with my partner, cancelled internet last week."},
    {"id": "m2", "role": "ai", "text": "Drop off the router and pods at any UPS Store with your return QR code."},
    {"id": "m3", "role": "customer", "text": "Thanks. Do I need to return the white box on the wall?"},
    {"id": "m4", "role": "ai", "text": "Sorry, I'm not sure about that one. I'll pass your question to the team."},
]


def test_the_current_ask_fits_even_in_a_text_message() -> None:
    prepared = make_prepared(make_request(RETURNS, channel="sms", customer={"name": "Mei Chen"}))
    facts = [fact("device", "router", "m2")]
    analysis = calm(
        shipping_analysis(
            facts=facts,
            attempts=[],
            intent=Intent(label="equipment_return", description="Return rented equipment", confidence=0.7),
        )
    )
    text = compose(analysis, prepared)
    assert "white box on the wall" in text
    assert "?" not in text


# --------------------------------------------------------------------------- language and person


def test_an_english_guide_title_is_not_quoted_in_a_french_message() -> None:
    messages = [{"id": "m1", "role": "customer", "text": "Bonjour, ma commande A-1234 n'est jamais arrivée."}]
    prepared = make_prepared(make_request(messages, customer={"name": "Élodie Roy", "language": "fr"}))
    analysis = replace(calm(shipping_analysis(attempts=[])), register=CustomerRegister("neutral", "fr"))
    english = KBArticle(id="kb-1", title="Track your order", url="https://help.example/t", snippet="", score=0.8)
    french = KBArticle(id="kb-2", title="Suivre votre commande", url="https://help.example/s", snippet="", score=0.8)
    assert "Track your order" not in compose(analysis, prepared, [english])
    assert "Suivre votre commande" in compose(analysis, prepared, [french])


def test_an_english_guide_title_is_quoted_in_an_english_message() -> None:
    prepared = make_prepared()
    guide = KBArticle(id="kb-1", title="Track your order", url="https://help.example/t", snippet="", score=0.8)
    assert "“Track your order”" in compose(shipping_analysis(), prepared, [guide])


def test_attempts_are_told_in_the_customers_person() -> None:
    helped = AttemptedSolution(description="AI offered to help them return the item", by="ai", outcome="declined")
    assert customer_attempt_phrase(helped) == "the assistant already offered to help you return the item"
    moved = AttemptedSolution(
        description="Customer moved our books to our accountant's system", by="customer", outcome="failed"
    )
    assert customer_attempt_phrase(moved) == "you already moved your books to your accountant's system"
    network = AttemptedSolution(description="AI restarted our network link", by="ai", outcome="failed")
    assert customer_attempt_phrase(network) == "the assistant already restarted our network link"


def test_a_lookup_is_not_a_fix_that_was_tried() -> None:
    lookup = AttemptedSolution(description="AI looked up account 2207 638 140", by="ai", outcome="failed")
    assert customer_attempt_phrase(lookup) is None


def test_an_outcome_joined_with_but_is_left_to_the_sentence() -> None:
    messages = [
        {"id": "m1", "role": "customer", "text": "My new SIM won't activate."},
        {"id": "m2", "role": "ai", "text": "Please follow the activation steps on the website."},
        {"id": "m3", "role": "customer", "text": "I followed the activation steps but it says ICCID not recognised."},
    ]
    prepared = make_prepared(make_request(messages))
    tried = AttemptedSolution(
        description="Customer followed the activation steps on the website but it says ICCID not recognised",
        by="customer",
        outcome="failed",
        message_ids=["m3"],
    )
    text = compose(calm(shipping_analysis(facts=[], attempts=[tried])), prepared)
    assert "you already followed the activation steps on the website and it didn't work" in text


# --------------------------------------------------------------------------- what is noted


def test_a_no_reply_sender_address_is_not_the_customers() -> None:
    messages = [
        {
            "id": "m1",
            "role": "customer",
            "text": "I requested a reset for jo@acme.example. Nothing from no-reply@vendor.example arrived.",
        }
    ]
    prepared = make_prepared(make_request(messages, customer={"name": "Jo Park"}))
    facts = [fact("email", "jo@acme.example", "m1"), fact("email", "no-reply@vendor.example", "m1")]
    assert [f.value for f in acknowledged_facts(facts, prepared)] == ["jo@acme.example"]


def test_english_notes_the_facts_briefly() -> None:
    prepared = make_prepared(make_request(WRONG_ZIP, customer={"name": "Jamal Reed"}))
    analysis = replace(
        calm(shipping_analysis(facts=WRONG_ZIP_FACTS, attempts=[])),
        frustration=Frustration(level="none", score=0.0, trend="steady", signals=[]),
    )
    text = compose(analysis, prepared)
    assert "noted 60641" in text
    assert "details you gave" not in text


# --------------------------------------------------------------------------- the polite "you"


def _french_chat(text: str, channel: str = "whatsapp") -> tuple[Analysis, Prepared]:
    messages = [
        {"id": "m1", "role": "customer", "text": text},
        {"id": "m2", "role": "ai", "text": "Je transmets votre demande à un conseiller."},
    ]
    prepared = make_prepared(make_request(messages, channel=channel, customer={"name": "Claire Dubois"}))
    analysis = replace(calm(shipping_analysis(attempts=[])), register=CustomerRegister("casual", "fr"))
    return analysis, prepared


def test_a_customer_who_says_vous_is_not_answered_with_tu() -> None:
    analysis, prepared = _french_chat("Bonjour, ma commande A-1234 n'est pas arrivée, pouvez-vous vérifier svp")
    text = compose(analysis, prepared)
    assert "vous" in text and not re.search(r"\btu\b", text)


def test_french_on_a_casual_channel_waits_for_the_customers_own_tu() -> None:
    analysis, prepared = _french_chat("salut, ma commande A-1234 est pas arrivée")
    assert "vous" in compose(analysis, prepared)
    analysis, prepared = _french_chat("salut, ma commande A-1234 est pas arrivée, tu peux regarder ?")
    assert re.search(r"\btu\b", compose(analysis, prepared))


def test_spanish_on_a_casual_channel_keeps_the_familiar_form() -> None:
    messages = [{"id": "m1", "role": "customer", "text": "hola! mi pedido A-1234 no llegó jaja"}]
    prepared = make_prepared(make_request(messages, channel="whatsapp", customer={"name": "Diego Ruiz"}))
    analysis = replace(calm(shipping_analysis(attempts=[])), register=CustomerRegister("casual", "es"))
    assert "repitas" in compose(analysis, prepared)
