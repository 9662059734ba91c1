"""Known-answer tests of the suggested first message: one rule per test."""

from __future__ import annotations

import re

import pytest

from copilot.analysis.asks import requested_fact_types
from copilot.compose import build_composer
from copilot.config import Settings
from copilot.context import Analysis, CustomerRegister, Prepared
from copilot.schema import (
    AttemptedSolution,
    CustomerFact,
    Frustration,
    KBArticle,
    SuggestedFirstMessage,
    VipFlag,
)

from .builders import LOST_PACKAGE, calm, localized_request, make_prepared, make_request, shipping_analysis

CHEER = re.compile(r"!|\b(?:great|awesome|glad|happy to|fantastic|wonderful|perfect)\b", re.IGNORECASE)
GENERIC = re.compile(r"how (?:can|may) i (?:help|assist)", re.IGNORECASE)


def first_message(
    analysis: Analysis | None = None,
    prepared: Prepared | None = None,
    articles: list[KBArticle] | None = None,
) -> SuggestedFirstMessage:
    composer = build_composer(Settings())
    articles = [LOST_PACKAGE] if articles is None else articles
    return composer.compose(prepared or make_prepared(), analysis or shipping_analysis(), articles).first_message


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


# --------------------------------------------------------------------------- name, issue, facts


def test_greets_by_the_profile_first_name() -> None:
    assert first_message().text.startswith("Hi Dana,")


def test_greets_by_a_name_fact_when_the_profile_has_none() -> None:
    prepared = make_prepared(make_request(customer={"email": "x@example.com"}))
    analysis = shipping_analysis(facts=[CustomerFact(type="name", value="maria lopez", message_id="m1")])
    assert first_message(analysis, prepared).text.startswith("Hi Maria,")


def test_without_a_name_the_greeting_is_anonymous_and_not_generic() -> None:
    message = first_message(prepared=make_prepared(make_request(customer={})))
    assert message.text.startswith("Hi there,")
    assert not GENERIC.search(message.text)


def test_names_the_issue_in_the_customers_words_and_acknowledges_the_order() -> None:
    message = first_message()
    assert "your order A-1234 never arrived" in message.text
    assert "A-1234" in message.acknowledges


def test_names_two_key_facts_in_the_next_step() -> None:
    facts = [
        CustomerFact(type="order_id", value="A-1234", message_id="m1"),
        CustomerFact(type="tracking_number", value="1Z999AA10123456784", message_id="m3"),
        CustomerFact(type="email", value="dana@example.com", message_id="m3"),
    ]
    message = first_message(shipping_analysis(facts=facts))
    last = sentences(message.text)[-1]
    assert "order A-1234 and tracking number 1Z999AA10123456784" in last
    assert set(message.acknowledges) >= {"A-1234", "1Z999AA10123456784"}
    assert "dana@example.com" not in message.text  # contact details are known, not the issue


def test_names_the_intent_when_no_statement_or_fact_can_be_used() -> None:
    prepared = make_prepared(
        make_request([{"id": "m1", "role": "customer", "text": "Where is it??"}, {"role": "ai", "text": "Hmm."}])
    )
    message = first_message(calm(shipping_analysis(facts=[], attempts=[])), prepared, articles=[])
    assert "the missing delivery issue" in message.text
    assert "missing delivery" in message.acknowledges


@pytest.mark.parametrize(
    "extra_fact",
    [
        CustomerFact(type="email", value="dana@example.com", message_id="m3"),
        CustomerFact(type="phone", value="+1 555 0100", message_id="m3"),
        CustomerFact(type="account_id", value="AC-99812", message_id="m3"),
        CustomerFact(type="tracking_number", value="1Z999AA10123456784", message_id="m3"),
    ],
)
def test_never_asks_for_a_known_fact(extra_fact: CustomerFact) -> None:
    analysis = shipping_analysis(facts=[*shipping_analysis().facts, extra_fact])
    text = first_message(analysis).text
    assert requested_fact_types(text) == set()
    assert "?" not in text


# --------------------------------------------------------------------------- what was tried, next step


def test_mentions_the_failed_attempt_so_it_is_not_redone() -> None:
    assert (
        "the assistant already shared the tracking link and it didn't work, so I'll try something else"
        in first_message().text
    )


def test_a_declined_attempt_is_told_as_declined() -> None:
    declined = AttemptedSolution(
        description="AI suggested a refund as store credit", by="ai", outcome="declined", message_ids=["m4"]
    )
    text = first_message(shipping_analysis(attempts=[declined])).text
    assert "the assistant already suggested a refund as store credit and you'd rather not" in text


def test_an_attempt_that_cannot_be_named_adds_no_vague_sentence() -> None:
    odd = AttemptedSolution(description="Tracking link", by="ai", outcome="failed", message_ids=["m2"])
    text = first_message(shipping_analysis(attempts=[odd])).text
    assert "already tried" not in text
    assert "already" not in text


def test_no_attempt_sentence_when_nothing_was_tried() -> None:
    assert "already" not in first_message(shipping_analysis(attempts=[])).text


def test_ends_with_the_concrete_next_step_using_the_top_guide() -> None:
    last = sentences(first_message().text)[-1]
    assert last.startswith("I'm looking into order A-1234 now")
    assert "“Lost package claims”" in last


def test_a_vip_is_acknowledged_discreetly() -> None:
    vip = shipping_analysis(vip=VipFlag(is_vip=True, reason="customer.tier = enterprise"))
    text = first_message(vip).text
    assert "personally looking into order A-1234" in text
    assert "VIP" not in text and "enterprise" not in text


# --------------------------------------------------------------------------- empathy and cheer


def test_empathy_on_high_frustration() -> None:
    message = first_message()
    assert message.tone.empathy is True
    assert "I'm sorry" in message.text


def test_empathy_on_medium_frustration_with_a_wait_apology_when_they_waited() -> None:
    analysis = shipping_analysis(
        frustration=shipping_analysis().frustration.model_copy(update={"level": "medium"}),
        facts=[],
        attempts=[],
    )
    prepared = make_prepared(make_request([{"id": "m1", "role": "customer", "text": "Still nothing, waiting."}]))
    message = first_message(analysis, prepared, articles=[])
    assert message.tone.empathy is True
    assert "I'm sorry about the trouble with the missing delivery issue, and for the wait." in message.text


def test_no_empathy_when_the_customer_is_calm() -> None:
    message = first_message(calm(shipping_analysis()))
    assert message.tone.empathy is False
    assert "sorry" not in message.text.lower()


@pytest.mark.parametrize("channel", ["web_chat", "sms", "whatsapp", "email", "voice"])
@pytest.mark.parametrize("register", ["formal", "neutral", "casual"])
def test_never_cheers_at_an_angry_customer(channel: str, register: str) -> None:
    analysis = shipping_analysis(register=CustomerRegister(formality=register, language="en"))
    text = first_message(analysis, make_prepared(make_request(channel=channel))).text
    assert not CHEER.search(text)


# --------------------------------------------------------------------------- channel and register


def test_email_is_formal_with_a_sign_off() -> None:
    message = first_message(prepared=make_prepared(make_request(channel="email")))
    assert message.tone.formality == "formal"
    assert message.text.startswith("Dear Dana,\n\n")
    assert message.text.endswith("\n\nKind regards,")
    assert "I'm" not in message.text and "didn't" not in message.text


def test_sms_is_casual_and_short() -> None:
    sms = first_message(prepared=make_prepared(make_request(channel="sms")))
    chat = first_message()
    assert sms.tone.formality == "casual"
    assert len(sentences(sms.text)) <= 3
    assert len(sms.text) < len(chat.text)
    assert "Lost package claims" not in sms.text


def test_chat_is_neutral_and_two_to_four_sentences() -> None:
    message = first_message()
    assert message.tone.formality == "neutral"
    assert 2 <= len(sentences(message.text)) <= 4


def test_a_calm_casual_customer_on_chat_gets_a_casual_greeting() -> None:
    analysis = calm(shipping_analysis(register=CustomerRegister(formality="casual", language="en")))
    message = first_message(analysis)
    assert message.tone.formality == "casual"
    assert message.text.startswith("Hey Dana,")


def test_an_upset_casual_customer_gets_a_plain_greeting() -> None:
    analysis = shipping_analysis(register=CustomerRegister(formality="casual", language="en"))
    message = first_message(analysis)
    assert message.tone.formality == "casual"
    assert message.text.startswith("Hi Dana, sorry your order A-1234 never arrived.")


def test_a_formal_customer_on_chat_gets_a_formal_message() -> None:
    analysis = shipping_analysis(register=CustomerRegister(formality="formal", language="en"))
    message = first_message(analysis)
    assert message.tone.formality == "formal"
    assert message.text.startswith("Hello Dana, I am sorry that")


def test_a_casual_customer_by_email_meets_halfway() -> None:
    analysis = shipping_analysis(register=CustomerRegister(formality="casual", language="en"))
    message = first_message(analysis, make_prepared(make_request(channel="email")))
    assert message.tone.formality == "neutral"
    assert message.text.startswith("Hello Dana,\n\n")


# --------------------------------------------------------------------------- language


@pytest.mark.parametrize(
    ("language", "opening", "next_step"),
    [
        ("es", "Hola Dana, siento mucho lo ocurrido: «mi pedido A-1234 nunca llegó».", "revisando el pedido A-1234"),
        (
            "fr",
            "Bonjour Dana, toutes mes excuses pour ce qui s'est passé : « ma commande A-1234 n'est jamais arrivée ».",
            "J'examine la commande A-1234",
        ),
        (
            "de",
            "Hallo Dana, es tut mir leid, was passiert ist: „meine Bestellung A-1234 ist nie angekommen“.",
            "kümmere mich jetzt um Bestellung A-1234",
        ),
        (
            "pt",
            "Olá Dana, sinto muito pelo que aconteceu: “meu pedido A-1234 nunca chegou”.",
            "verificando o pedido A-1234",
        ),
    ],
)
def test_answers_in_the_customers_language(language: str, opening: str, next_step: str) -> None:
    analysis = shipping_analysis(register=CustomerRegister(formality="neutral", language=language))
    prepared = make_prepared(localized_request(language))
    composition = build_composer(Settings()).compose(prepared, analysis, [LOST_PACKAGE])
    text = composition.first_message.text
    assert text.startswith(opening)
    assert next_step in text
    assert "A-1234" in composition.first_message.acknowledges
    assert composition.warnings == []


def test_a_regional_tag_uses_its_language() -> None:
    analysis = shipping_analysis(register=CustomerRegister(language="pt-BR"))
    assert first_message(analysis).text.startswith("Olá Dana,")


def test_an_unsupported_language_is_written_in_english_with_a_warning() -> None:
    analysis = shipping_analysis(register=CustomerRegister(language="ja", language_supported=False))
    composition = build_composer(Settings()).compose(make_prepared(localized_request("ja")), analysis, [LOST_PACKAGE])
    assert composition.first_message.text.startswith("Hi Dana, I'm sorry")
    assert "order A-1234" in composition.first_message.text
    assert composition.warnings == ["language_unsupported: ja; message written in English"]


def test_german_keeps_the_formal_pronoun_capitalised_after_the_greeting() -> None:
    analysis = calm(shipping_analysis(register=CustomerRegister(language="de")))
    question = make_request([{"id": "m1", "role": "customer", "text": "Wo ist Bestellung A-1234?"}])
    text = first_message(analysis, make_prepared(question)).text
    assert text.startswith("Hallo Dana, ich habe das gesamte Gespräch zu Bestellung A-1234 gelesen, Sie müssen")


def test_a_calm_customer_gets_no_apology_in_other_languages() -> None:
    analysis = calm(shipping_analysis(register=CustomerRegister(language="es")))
    text = first_message(analysis, make_prepared(localized_request("es"))).text
    assert text.startswith("Hola Dana, entiendo el problema: «mi pedido A-1234 nunca llegó».")
    assert "Siento" not in text


def test_message_is_deterministic() -> None:
    assert first_message() == first_message()


def test_the_frustration_level_alone_drives_empathy() -> None:
    low = shipping_analysis(frustration=Frustration(level="low", score=0.3))
    assert first_message(low).tone.empathy is False


def test_names_identifiers_the_assistant_confirmed_but_not_its_own_product_words() -> None:
    facts = [
        CustomerFact(type="product", value="Northwind virtual assistant", message_id="m2"),
        CustomerFact(type="tracking_number", value="1Z999AA10123456784", message_id="m2"),
    ]
    text = first_message(shipping_analysis(facts=facts)).text
    assert "1Z999AA10123456784" in text
    assert "Northwind virtual assistant" not in text


def test_overlapping_fact_values_are_named_once_in_their_shortest_form() -> None:
    facts = [
        CustomerFact(type="product", value="Oslo 3-seat sofa available", message_id="m1"),
        CustomerFact(type="product", value="Oslo 3-seat sofa", message_id="m1"),
    ]
    text = first_message(calm(shipping_analysis(facts=facts, attempts=[])), articles=[]).text
    assert "available" not in text
    assert text.count("Oslo 3-seat sofa") == 1


def test_an_attempt_of_unknown_outcome_is_not_told_to_the_customer() -> None:
    unknown = AttemptedSolution(description="AI shared a link", by="ai", outcome="unknown", message_ids=["m2"])
    assert "already" not in first_message(shipping_analysis(attempts=[unknown])).text


def test_the_read_sentence_carries_a_detail_and_the_current_ask() -> None:
    text = first_message().text
    assert (
        "I've read the whole conversation, including that you want a replacement sent today, and that tracking has "
        "been stuck for 6 days, so you won't have to repeat anything." in text  # what they want now comes first
    )


def test_a_detail_never_replaces_the_issue_as_the_opening() -> None:
    messages = [
        {"id": "m1", "role": "customer", "text": "Where is my parcel?"},
        {"id": "m2", "role": "ai", "text": "Let me check."},
        {"id": "m3", "role": "customer", "text": "I'm a loyal customer and I spend a lot here every year."},
    ]
    text = first_message(calm(shipping_analysis()), make_prepared(make_request(messages))).text
    assert text.startswith("Hi Dana, I've read the whole conversation about order A-1234")
