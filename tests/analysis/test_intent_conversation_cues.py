"""How the turns of a conversation count as intent evidence: an angry opening still states the issue, a bot turn
that did not understand names no topic (and the customer's reply to it restates the issue), and the records a bot
looked up are not its reading of the topic.

Conversations are from a banking domain, not the eval suites' domains, to check the rules carry."""

from __future__ import annotations

import pytest

from copilot.analysis.intent import IntentClassifier, issue_statements, issue_text
from copilot.analysis.intent_answers import topical_sentences

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
