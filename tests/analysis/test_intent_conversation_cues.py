"""How the turns of a conversation count as intent evidence: an angry opening still states the issue, a bot turn
that did not understand names no topic (and the customer's reply to it restates the issue), and the records a bot
looked up are not its reading of the topic.

Conversations are from a banking domain, not the eval suites' domains, to check the rules carry."""

from __future__ import annotations

import pytest

from copilot.analysis.intent import IntentClassifier, issue_statements, issue_text
from copilot.analysis.intent_answers import topical_sentences
from copilot.analysis.intent_turns import asks_to_restate, states_language_limits

from .builders import build_prepared
from .test_intent_turns import BANKING


def test_an_angry_opening_keeps_its_words_but_later_venting_is_cut() -> None:
    sentence = "What the hell is this charge on my card??"
    assert issue_text(f"{sentence} I only bought a coffee.", opening=True).startswith(sentence)
    assert issue_text(f"{sentence} I only bought a coffee.") == "I only bought a coffee."


def test_an_angry_opening_sets_the_intent() -> None:
    prepared = build_prepared(
        [
            ("customer", "What the hell, my card got declined at the shop?? I had to leave my shopping."),
            ("ai", "I'm sorry about that. Was it a contactless payment?"),
            ("customer", "yes. and I want to know if my PIN is still ok"),
        ]
    )
    assert IntentClassifier(BANKING).classify(prepared).label == "card_not_working"


@pytest.mark.parametrize(
    "text",
    [
        "Hi! I'm sorry, I didn't quite understand. I can help in English and French. Could you describe your "
        "question in one of these languages?",
        "Sorry, I didn't get that. Transfers, cards and PINs are what I can help with. Could you rephrase?",
    ],
)
def test_a_turn_that_did_not_understand_names_no_topic(text: str) -> None:
    assert topical_sentences(text) == ""


def test_the_reply_to_a_turn_that_did_not_understand_is_an_issue_statement() -> None:
    prepared = build_prepared(
        [
            ("customer", "Dzien dobry, moja karta nie dziala w sklepie od wczoraj"),
            ("ai", "Sorry, I didn't understand. Could you describe your question in English?"),
            ("customer", "Sorry my english not good. Card not work in shop. Declined."),
            ("ai", "Which shop was it?"),
            ("customer", "Biedronka on the corner"),
        ]
    )
    weights = dict((m.id, w) for m, w in issue_statements(prepared))
    assert weights["m3"] == 1.0
    assert weights["m5"] < 0.2
    assert IntentClassifier(BANKING).classify(prepared).label == "card_not_working"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("I found case 88213 for a transfer to your savings. Transfers abroad take up to 3 days.", "Transfers abroad"),
        ("I can see ticket TK-5521 from last week. A PIN can be reset in the app.", "A PIN can be reset"),
        ("Thanks. I see payment 4471 on the 3rd. Your card was declined by the shop's terminal.", "Your card was"),
    ],
)
def test_records_the_bot_looked_up_are_not_the_topic(text: str, topic: str) -> None:
    assert topical_sentences(text).startswith(topic)


@pytest.mark.parametrize(
    "text",
    [
        "Hello! I'm sorry, I can only chat in English and German at the moment. Could you write your question in one "
        "of those languages?",
        "Hi! Sorry, I can chat in English, Spanish and French. Could you tell me in one of those languages how I can "
        "help?",
        "Sorry, I didn't get that. Could you rephrase?",
    ],
)
def test_a_request_to_say_it_again_is_recognised_and_names_no_topic(text: str) -> None:
    assert asks_to_restate(text)
    assert topical_sentences(text) == ""


def test_the_languages_the_bot_speaks_are_not_the_topic_but_the_rest_of_its_answer_is() -> None:
    text = "Sorry, I can only chat in English or German. I'll do my best to help in English. A PIN can be reset in the app."
    assert not asks_to_restate(text)
    assert states_language_limits("i can only chat in english or german.")
    assert topical_sentences(text) == "A PIN can be reset in the app."


def test_the_reply_to_a_request_for_another_language_restates_the_issue() -> None:
    prepared = build_prepared(
        [
            ("customer", "Dzien dobry, moja karta nie dziala w sklepie od wczoraj"),
            (
                "ai",
                "Hello! I can only chat in English or German. Could you write your question in one of those languages?",
            ),
            ("customer", "Sorry my english not good. Card not work in shop. Declined."),
        ]
    )
    assert [w for _, w in issue_statements(prepared)][1] == 1.0
    assert IntentClassifier(BANKING).classify(prepared).label == "card_not_working"


def test_turns_after_the_handoff_is_announced_weigh_little() -> None:
    prepared = build_prepared(
        [
            ("customer", "my transfer to my landlord never arrived, it left my account on Monday"),
            ("ai", "I'm sorry. I can't trace transfers here, so I'm connecting you with a colleague now."),
            ("customer", "ok thanks, please be quick, I'm at the shop and need my PIN for the card"),
        ]
    )
    weights = [w for _, w in issue_statements(prepared)]
    assert weights[0] == 1.0
    assert weights[1] < 0.2
    assert IntentClassifier(BANKING).classify(prepared).label == "transfer_missing"
