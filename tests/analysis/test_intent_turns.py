"""Turn-level reading for intent: open-floor questions, readability of turns in other languages, restatements.

Sentences here are from other domains (banking, SaaS, travel) than the eval suites, to check the rules carry."""

from __future__ import annotations

import pytest

from copilot.analysis.intent import IntentClassifier, issue_statements, issue_text, restatements
from copilot.analysis.intent_model import description_without_exclusions, training_set
from copilot.analysis.intent_turns import (
    is_reference_only,
    known_word_share,
    opens_the_floor,
    readability_weight,
    vocabulary,
)
from copilot.taxonomy import IntentSpec, Taxonomy

from .builders import CARD_NOT_WORKING, TRANSFER_MISSING, build_prepared

BANKING = Taxonomy(
    intents=[
        CARD_NOT_WORKING,
        TRANSFER_MISSING,
        IntentSpec(
            name="change_pin",
            description="The customer wants to change or reset the card PIN",
            examples=[
                "how do I change my pin",
                "I forgot my PIN",
                "can I reset the pin number of my card",
                "I want a new pin",
                "my pin is blocked after three wrong tries",
            ],
        ),
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        "Hi, I'm the virtual assistant. How can I help you today?",
        "Thanks for calling. In a few words, what are you calling about?",
        "Welcome back! What can I do for you?",
        "Hello! What seems to be the problem?",
        "I can answer in English and Spanish. Could you tell me in English how I can help?",
    ],
)
def test_open_floor_questions(text: str) -> None:
    assert opens_the_floor(text)


@pytest.mark.parametrize(
    "text",
    [
        "Which account did the transfer go to?",
        "Could you share the booking reference?",
        "Would you like me to resend the invoice?",
    ],
)
def test_detail_questions_do_not_open_the_floor(text: str) -> None:
    assert not opens_the_floor(text)


def test_reply_to_an_open_question_is_an_issue_statement() -> None:
    prepared = build_prepared(
        [
            ("customer", "Hello!! just upgraded to the team plan yesterday, first week on it"),
            ("ai", "Great to hear! How can I help you today?"),
            ("customer", "two of my colleagues never got their invite emails"),
            ("ai", "Which email addresses did you invite?"),
            ("customer", "sam at our domain and alex at our domain"),
        ]
    )
    weights = [w for _, w in issue_statements(prepared)]
    assert weights[1] == weights[0] == 1.0
    assert weights[2] < 0.2


def test_turns_in_another_language_are_weighted_by_known_words() -> None:
    known = vocabulary(text for spec in BANKING.intents for text in spec.examples)
    english = "my card was declined at the supermarket"
    spanish = "mi tarjeta fue rechazada en el supermercado"
    ids_only = "ES91 2100 0418 4502 0005 1332"
    assert known_word_share(english, known) > 0.5
    assert readability_weight(english, known) == 1.0
    assert readability_weight(spanish, known) < 0.5
    assert readability_weight(ids_only, known) < 0.1


def test_an_english_line_outweighs_a_longer_foreign_first_turn() -> None:
    classifier = IntentClassifier(BANKING)
    prepared = build_prepared(
        [
            ("customer", "Dzień dobry, przelew do siostry wysłany w poniedziałek jeszcze nie dotarł"),
            ("ai", "Sorry, I can only help in English. What is the problem?"),
            ("customer", "money to my sister not arrived"),
        ]
    )
    assert classifier.classify(prepared).label == "transfer_missing"


def test_empty_restatements_are_ignored() -> None:
    prepared = build_prepared(
        [
            ("customer", "I forgot the pin of my new card"),
            ("ai", "I can help with that! I can help you with resetting your PIN."),
        ]
    )
    assert restatements(prepared) == ["resetting your PIN."]


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        (
            "The customer asks when a transfer will arrive; nothing is overdue yet",
            "The customer asks when a transfer will arrive",
        ),
        (
            "The customer cannot sign in - forgotten password, locked account - with no two-step problem",
            "The customer cannot sign in; forgotten password, locked account",
        ),
        (
            "The guest wants to change a booking - rather than cancel it",
            "The guest wants to change a booking",
        ),
    ],
)
def test_exclusion_clauses_are_cut_from_descriptions(description: str, expected: str) -> None:
    assert description_without_exclusions(description) == expected


@pytest.mark.parametrize(
    "description",
    [
        "Home internet is completely down - no connection at all, or an area outage",
        "A card payment is declined or will not go through",
        "A question about a product - sizing, specs, stock",
    ],
)
def test_descriptions_without_exclusions_are_kept_as_written(description: str) -> None:
    assert description_without_exclusions(description) == description


def test_an_exclusion_clause_does_not_teach_its_words_to_the_intent() -> None:
    taxonomy = Taxonomy(
        intents=[
            BANKING.intents[0],
            BANKING.intents[1].model_copy(
                update={"description": "A transfer was sent but has not arrived; not a declined card"}
            ),
            BANKING.intents[2],
        ]
    )
    texts, labels, _ = training_set(taxonomy)
    transfer_texts = [t for t, label in zip(texts, labels, strict=True) if label == 1]
    assert not any("declined" in t for t in transfer_texts)


@pytest.mark.parametrize(
    "sentence",
    ["it's uh, account G B 2 9 4 4 1 7.", "ES91-2100-0418", "ref 7731 0042 9981"],
)
def test_dictated_references_are_reference_only(sentence: str) -> None:
    assert is_reference_only(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["I was charged $40 on 3/4 and 3/5", "my card was declined", "order NW-457760", "I got a 2 for 1 deal"],
)
def test_statements_with_numbers_are_not_reference_only(sentence: str) -> None:
    assert not is_reference_only(sentence)


def test_a_dictated_reference_does_not_drown_the_issue() -> None:
    prepared = build_prepared(
        [
            ("ai", "Thanks for calling. In a few words, how can I help?"),
            ("customer", "yeah my transfer's missing. it's uh, transfer T R 4 6 1 0 9 3. TR-461093"),
        ]
    )
    assert issue_text(prepared.customer_messages[0].text) == "yeah my transfer's missing."
    assert IntentClassifier(BANKING).classify(prepared).label == "transfer_missing"
