"""The English gloss of turns in other languages, and what it does to the conversation's intent.

Conversations here are from banking, a domain none of the eval suites uses, to check the glossary carries."""

from __future__ import annotations

import pytest

from copilot.analysis.intent import IntentClassifier
from copilot.analysis.intent_glossary import gloss
from copilot.taxonomy import IntentSpec, Taxonomy

from .builders import CARD_NOT_WORKING, TRANSFER_MISSING, build_prepared

BANKING = Taxonomy(
    intents=[
        CARD_NOT_WORKING,
        TRANSFER_MISSING,
        IntentSpec(
            name="account_locked",
            description="The customer cannot log in to online banking: forgotten password, locked account",
            examples=[
                "I can't log in to the app",
                "my account is locked after three wrong passwords",
                "I forgot my password",
                "the login code never arrives",
                "online banking says my access is blocked",
            ],
        ),
    ]
)


def _nothing_known(word: str) -> bool:
    return False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mi pedido no ha llegado todavía", "order not arrived still"),
        ("Ich möchte meine Bestellung stornieren", "order cancel"),
        ("J'ai oublié mon mot de passe et mon compte est bloqué", "password account locked"),
        ("Mijn koffer is niet aangekomen", "suitcase bag not arrived"),
        ("Recibí dos cartas por una deuda y me quedé sin trabajo", "received letters debt job"),
        ("Ich habe einen Brief bekommen, aber ich kann die Schulden nicht zahlen", "letter received can debt owe not"),
        ("Moje zamówienie nie dotarło, a pieniądze zostały pobrane z karty", "order never arrived money charged card"),
        (
            "Siparişim hala gelmedi ve kartımdan iki kez ücret çekildi",
            "order still not arrived card twice charge fee charged",
        ),
        ("Şifremi unuttum, hesabım kilitlendi", "password forgot account locked"),
    ],
)
def test_everyday_support_words_are_glossed_into_english(text: str, expected: str) -> None:
    glossed, share = gloss(text, _nothing_known)
    assert glossed == expected
    assert share >= 0.4  # read fully (KNOWN_SHARE_FULL)


def test_a_turn_glossed_only_into_general_words_stays_unread() -> None:
    """ "não ... não" says nothing about the topic: no gloss, so the turn keeps its low weight."""
    assert gloss("Não sei, não tenho ideia do que aconteceu", _nothing_known) == ("", 0.0)


def test_words_the_taxonomy_knows_are_kept() -> None:
    glossed, _ = gloss("La app dice que mi tarjeta no funciona", lambda word: word == "app")
    assert glossed == "app card not working"


def test_english_turns_are_read_as_written() -> None:
    classifier = IntentClassifier(BANKING)
    prepared = build_prepared([("customer", "my card was declined at the supermarket twice today")])
    texts, _ = classifier.weighted_texts(prepared)
    assert texts == ["my card was declined at the supermarket twice today"]


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            [
                ("customer", "Hola, hice una transferencia el lunes y el dinero todavía no ha llegado a la cuenta"),
                ("ai", "Hola, lo siento. ¿Puede confirmarme el importe?"),
                ("customer", "250 euros"),
                ("ai", "Le paso con un agente."),
            ],
            "transfer_missing",
        ),
        (
            [
                ("customer", "Guten Tag, ich kann mich nicht anmelden, mein Konto ist gesperrt"),
                ("ai", "Das tut mir leid. Haben Sie Ihr Passwort zurückgesetzt?"),
                ("customer", "Ja, zweimal. Es geht trotzdem nicht"),
                ("ai", "Ich verbinde Sie mit einem Kollegen."),
            ],
            "account_locked",
        ),
        (
            [
                ("customer", "Bonjour, ma carte est refusée dans tous les magasins depuis hier"),
                ("ai", "Je suis désolé. Le paiement a-t-il été refusé aussi en ligne ?"),
                ("customer", "oui, partout"),
            ],
            "card_not_working",
        ),
    ],
)
def test_a_conversation_in_another_language_gets_its_intent(turns: list[tuple[str, str]], expected: str) -> None:
    assert IntentClassifier(BANKING).classify(build_prepared(turns)).label == expected


def test_a_letter_about_a_debt_the_customer_cannot_pay_reads_as_such() -> None:
    """Everyday words of a money problem (a letter, a debt, a lost job) are glossed; "can" is kept but is not a
    topic."""
    glossed, share = gloss("Je dois 300 euros, j'ai perdu mon emploi et je ne peux pas payer", _nothing_known)
    assert glossed == "owe lost job can not pay"
    assert share >= 0.4
    assert gloss("no puedo, no puede", _nothing_known) == ("", 0.0)
