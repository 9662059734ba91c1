"""Round 7 of the attempted-solution extractor: a quoted sentence in another language carries the English words
for what it is about (from a small lexicon of support things and states, never guessed), a customer's own
request that was turned down is told as such, Dutch customer turns are read, and English customer turns that
tell an attempt by what it ran into ("it says I've reached my seat limit", "chris isn't answering my calls") are
kept."""

from __future__ import annotations

from copilot.analysis.attempt_customer import customer_descriptions
from copilot.analysis.attempt_foreign_nouns import english_gist
from copilot.analysis.attempt_multilingual import foreign_descriptions
from copilot.analysis.attempts import extract_attempts

from .builders import build_prepared


def test_the_gist_names_support_things_in_six_languages_in_the_order_said() -> None:
    assert english_gist("ich habe die bestellung gefunden; sie ist abbezahlt") == ("order", "paid off")
    assert english_gist("je ne peux pas rembourser la commande") == ("refund", "order")
    assert english_gist("la pointure 7,5 n'est plus disponible") == ("not available",)
    assert english_gist("de bestelling is beschadigd aangekomen") == ("order", "damaged")
    assert english_gist("verifica que el pin sea reciente") == ()  # no known thing: nothing guessed


def test_the_gist_leaves_out_what_the_description_already_says_and_stops_at_five() -> None:
    assert english_gist("revisa tu pedido y tu cuenta", known="customer's request was denied: order") == ("account",)
    long = "pedido cuenta contraseña tarjeta factura reembolso dirección"
    assert english_gist(long) == ("order", "account", "password", "card", "invoice")


def test_a_verb_that_shares_a_noun_stem_is_not_glossed_as_the_noun() -> None:
    assert "signal" not in english_gist("vous pouvez signaler l'erreur dans compte")


def test_quoted_foreign_sentences_carry_the_gist_and_english_ones_are_untouched() -> None:
    assert foreign_descriptions(
        "Guten Tag. Ich habe das iPhone 15 in Ihrem Konto gefunden; es ist abbezahlt. Der Code UNL-07 bedeutet, "
        "dass die IMEI als verloren gemeldet ist.",
        "ai",
    ) == (
        "AI looked up and said “Ich habe das iPhone 15 in Ihrem Konto gefunden; es ist abbezahlt” (in English: "
        "account, paid off)",
        "AI explained “Der Code UNL-07 bedeutet, dass die IMEI als verloren gemeldet ist” (in English: code)",
    )
    assert foreign_descriptions("I already reset my password and the order is still pending", "customer") == ()


def test_a_request_the_customer_says_was_turned_down_is_their_attempt() -> None:
    assert foreign_descriptions(
        "Guten Tag, das Gerät ist abbezahlt. Mein Antrag vom 10. November wurde mit dem Code UNL-07 abgelehnt.",
        "customer",
    ) == (
        "Customer's request was denied: “Mein Antrag vom 10. November wurde mit dem Code UNL-07 abgelehnt” (in "
        "English: code)",
    )
    assert foreign_descriptions(
        "Hola, mi solicitud de reembolso fue rechazada ayer por el banco. ¿Qué puedo hacer?", "customer"
    ) == (
        "Customer's request was denied: “Hola, mi solicitud de reembolso fue rechazada ayer por el banco” (in "
        "English: refund, bank)",
    )
    # a request still open is no attempt
    assert foreign_descriptions("Hola, quiero hacer una solicitud de reembolso para mi pedido.", "customer") == ()


def test_a_dutch_conversation_keeps_the_customers_own_attempt() -> None:
    attempts = extract_attempts(
        build_prepared(
            [
                ("customer", "Hallo, ik wil mijn telefoon laten ontgrendelen, ik ga naar Nederland."),
                ("ai", "Hi! Could you tell me what you need help with?"),
                (
                    "customer",
                    "Ik heb vorige week al een aanvraag gedaan via de website maar kreeg een e-mail met code "
                    "UNL-03. De telefoon is toch afbetaald?",
                ),
            ]
        )
    )
    assert [(a.description, a.by) for a in attempts] == [
        (
            "Customer tried “Ik heb vorige week al een aanvraag gedaan via de website maar kreeg een e-mail met "
            "code UNL-03” (in English: request, email, code)",
            "customer",
        )
    ]
    assert foreign_descriptions("Dat heb ik al gedaan, maar het werkt niet.", "customer") == ()


def test_calls_and_emails_that_went_unanswered_are_an_attempt_to_reach_someone() -> None:
    assert customer_descriptions("yeah thats the problem, chris isn't answering my calls or emails. ugh") == (
        ("Customer tried to reach chris: chris isn't answering their calls or emails", "failed"),
    )
    assert customer_descriptions("he never returns my calls") == (
        ("Customer tried to reach them: he never returns their calls", "failed"),
    )
    assert customer_descriptions("I'm not answering any more calls about this") == ()


def test_an_action_told_by_what_it_ran_into_is_an_attempt() -> None:
    assert customer_descriptions(
        "also i want to add our new front desk person and it says i've reached my seat limit"
    ) == (("Customer tried to add our new front desk person: it says they've reached their seat limit", "failed"),)
    assert customer_descriptions("I want to cancel my plan and get a refund") == ()  # a wish, nothing ran into
    assert customer_descriptions("I need to know why it says that") == ()


def test_a_limit_told_right_after_the_customers_ask_is_told_with_the_ask() -> None:
    attempts = extract_attempts(
        build_prepared(
            [
                ("customer", "my watch hasn't moved since the label was created on Nov 23"),
                ("ai", "A label is usually scanned by the carrier within 1 business day."),
                ("customer", "haha ok but it's been 2 days already! can you upgrade it to express or something?"),
                (
                    "ai",
                    "I'm sorry, I'm not able to change the shipping speed on an order that's already been labelled. "
                    "Let me get someone from our team who can look into it for you!",
                ),
            ]
        )
    )
    limits = [a.description for a in attempts if "could not" in a.description]
    assert limits == [
        "AI said it could not change the shipping speed on an order that's already been labelled (the customer had "
        "asked: “can you upgrade it to express or something?”)"
    ]


def test_a_limit_after_a_question_for_information_is_told_alone() -> None:
    for ask in ("can you tell me whether the store takes calls?", "yes actually can u call the store for me?"):
        attempts = extract_attempts(
            build_prepared(
                [
                    ("customer", ask),
                    ("ai", "I'm sorry, I'm not able to make calls. You can reach the store on its website."),
                ]
            )
        )
        told = [a.description for a in attempts if "could not" in a.description]
        if ask.startswith("can you tell"):
            assert told == ["AI said it could not make calls"]
        else:
            assert told == [
                "AI said it could not make calls (the customer had asked: “yes actually can u call the store for me?”)"
            ]


def test_an_earlier_past_the_customer_tells_is_their_attempt_too() -> None:
    assert foreign_descriptions(
        "Mais on m'a facturé 12 $ alors que j'avais désactivé les données à l'étranger. C'est normal ?", "customer"
    ) == ("Customer deactivated it: “j'avais désactivé les données à l'étranger” (in English: data)",)
    assert foreign_descriptions(
        "Hola, yo había desactivado los datos en el extranjero y me cobraron igual.", "customer"
    ) == (
        "Customer deactivated it: “había desactivado los datos en el extranjero y me cobraron igual” (in English: data)",
    )
