"""The assistant's answers as intent evidence, and side topics: which assistant sentences name the topic, how much
the answer to the first statement and to a statement in another language weigh, and that a later "one more
thing" turn does not take over the intent.

Conversations are from a banking domain, not the eval suites' domains, to check the rules carry."""

from __future__ import annotations

import pytest

from copilot.analysis.intent import IntentClassifier, issue_statements
from copilot.analysis.intent_answers import topical_sentences, without_help_preamble
from copilot.analysis.intent_turns import announces_side_topic

from .builders import build_prepared
from .test_intent_turns import BANKING


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Hi! I'm the Northbank virtual assistant. I can help you reset your PIN. Could you confirm your email?",
            "reset your PIN.",
        ),
        ("Hello Dana! Transfers abroad take up to 3 business days. Is there anything else?", "Transfers abroad"),
        ("Sorry, I didn't understand that. Let me connect you with a colleague.", ""),
        ("I can help with that! How can I help you today?", ""),
        ("I'm Acme's virtual assistant. A card is declined when the daily limit is reached.", "A card is declined"),
        ("Thanks, Sam. I found your account under sam@example.com. Your PIN can be reset in the app.", "Your PIN"),
    ],
)
def test_topical_sentences_keep_only_what_names_the_topic(text: str, topic: str) -> None:
    kept = topical_sentences(text)
    if topic:
        assert kept.startswith(topic)
        assert "assistant" not in kept and "email" not in kept and "anything else" not in kept
    else:
        assert kept == ""


@pytest.mark.parametrize(
    ("sentence", "rest"),
    [
        ("I can help you track an order.", "track an order."),
        ("Sure! I'd be happy to help with your refund.", "your refund."),
        ("I can see two payments on your card.", "I can see two payments on your card."),
    ],
)
def test_the_offer_of_help_is_cut_before_the_topic(sentence: str, rest: str) -> None:
    assert without_help_preamble(sentence) == rest


@pytest.mark.parametrize(
    "text",
    [
        "oh wait, one more thing! can I order a second card for my partner?",
        "Hi again,\n\nOne more question: do you have branches in Leeds?",
        "btw is the app down? it logged me out",
        "Also, can you tell me the fee for transfers abroad?",
    ],
)
def test_side_topics_are_recognised(text: str) -> None:
    assert announces_side_topic(text)


@pytest.mark.parametrize(
    "text",
    [
        "my transfer still hasn't arrived, it's been 3 days, the reference is TR-1182 and the bank is Monzo btw",
        "the card was declined again at the same shop",
        "one of the payments went through but the other didn't",
    ],
)
def test_details_of_the_same_issue_are_not_side_topics(text: str) -> None:
    assert not announces_side_topic(text)


def test_a_side_topic_weighs_less_than_a_follow_up() -> None:
    follow_up = build_prepared(
        [
            ("customer", "I forgot the PIN of my new card"),
            ("ai", "You can reset it in the app under Card > PIN."),
            ("customer", "the app says the card is not activated yet"),
        ]
    )
    side_topic = build_prepared(
        [
            ("customer", "I forgot the PIN of my new card"),
            ("ai", "You can reset it in the app under Card > PIN."),
            ("customer", "done, thanks! oh, one more thing: my transfer to my landlord has not arrived"),
        ]
    )
    follow_up_weight = issue_statements(follow_up)[1][1]
    side_topic_weight = issue_statements(side_topic)[1][1]
    assert side_topic_weight < 0.5 * follow_up_weight


def test_the_first_statement_keeps_the_intent_over_a_later_side_topic() -> None:
    classifier = IntentClassifier(BANKING)
    prepared = build_prepared(
        [
            ("customer", "how do I change my pin"),
            ("ai", "You can change your PIN in the app under Card > Change PIN."),
            ("customer", "great that worked"),
            ("ai", "Glad to hear it! Anything else?"),
            ("customer", "oh wait, one more thing! I sent money to my friend yesterday and he never got it, why?"),
        ]
    )
    assert classifier.classify(prepared).label == "change_pin"


def test_the_assistant_answer_to_the_first_statement_is_read_without_boilerplate() -> None:
    classifier = IntentClassifier(BANKING)
    prepared = build_prepared(
        [
            ("customer", "hi, I sent money to my landlord on Monday"),
            (
                "ai",
                "Hi! I'm the Northbank assistant. A transfer to another bank takes up to 3 days to arrive. "
                "Could you confirm the email on your account?",
            ),
            ("customer", "sam@example.com"),
        ]
    )
    texts, weights = classifier.weighted_texts(prepared)
    assert texts[-1] == "A transfer to another bank takes up to 3 days to arrive."
    assert weights[-1] == pytest.approx(0.4 * weights[0])
    assert classifier.classify(prepared).label == "transfer_missing"


def test_a_statement_in_another_language_passes_its_weight_to_the_english_answer() -> None:
    classifier = IntentClassifier(BANKING)
    prepared = build_prepared(
        [
            ("customer", "Hei, korttini ei toimi kaupassa, maksupääte hylkää sen eilisestä asti"),
            ("ai", "Hello! A card payment can fail at a terminal when the card is declined by the shop."),
            ("customer", "En ymmärrä, kirjoittakaa suomeksi"),
            ("ai", "I'm sorry, I didn't understand. Let me connect you with a colleague."),
        ]
    )
    texts, weights = classifier.weighted_texts(prepared)
    answer = texts.index("A card payment can fail at a terminal when the card is declined by the shop.")
    assert weights[answer] > 2 * weights[0]
    assert classifier.classify(prepared).label == "card_not_working"
