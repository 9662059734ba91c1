"""Known-answer tests for every deterministic scorer: inputs that must give 1, inputs that must give 0."""

from __future__ import annotations

import pytest

from copilot.evaluation.scorers import SCORERS, score_case
from copilot.evaluation.scorers.coverage import attempted_solution_recall, summary_coverage
from copilot.evaluation.scorers.first_message import (
    context_ack,
    generic_opening_rate,
    opening_sentence,
    redundant_ask_rate,
)
from copilot.evaluation.scorers.labels import (
    escalation_accuracy,
    fact_recall,
    frustration_accuracy,
    intent_accuracy,
    kb_mrr,
    kb_recall_at_k,
    vip_accuracy,
)
from copilot.evaluation.textmatch import content_tokens, token_recall
from copilot.schema import (
    AttemptedSolution,
    CustomerFact,
    EscalationReason,
    Intent,
    Summary,
    SummaryPoint,
)

from .helpers import make_view

# --------------------------------------------------------------------------- classification accuracies


def test_intent_accuracy() -> None:
    right = make_view({"intent": "missing_delivery"}, intent=Intent(label="missing_delivery", confidence=0.9))
    wrong = make_view({"intent": "missing_delivery"}, intent=Intent(label="order_status", confidence=0.9))
    assert intent_accuracy(right)[0] == 1.0
    value, why = intent_accuracy(wrong)
    assert value == 0.0
    assert "order_status" in why and "missing_delivery" in why


def test_escalation_accuracy() -> None:
    expected = {"escalation_reason": "customer_requested_human"}
    assert (
        escalation_accuracy(make_view(expected, escalation_reason=EscalationReason(code="customer_requested_human")))[0]
        == 1.0
    )
    assert escalation_accuracy(make_view(expected, escalation_reason=EscalationReason(code="other")))[0] == 0.0


def test_frustration_and_vip_accuracy() -> None:
    view = make_view({"frustration": "none", "vip": False})
    assert frustration_accuracy(view)[0] == 1.0
    assert vip_accuracy(view)[0] == 1.0
    view = make_view({"frustration": "high", "vip": True})
    assert frustration_accuracy(view)[0] == 0.0
    assert vip_accuracy(view)[0] == 0.0


# --------------------------------------------------------------------------- retrieval


@pytest.mark.parametrize(
    ("returned", "recall", "mrr"),
    [
        (["kb-a", "kb-b", "kb-c"], 1.0, 1.0),
        (["kb-x", "kb-b", "kb-c"], 1.0, 0.5),
        (["kb-x", "kb-y", "kb-c"], 1.0, 0.3333),
        (["kb-x", "kb-y", "kb-z", "kb-a"], 0.0, 0.0),  # rank 4 is outside the top 3
        ([], 0.0, 0.0),
    ],
)
def test_kb_recall_and_mrr(returned: list[str], recall: float, mrr: float) -> None:
    view = make_view({"kb_article_ids": ["kb-a", "kb-b", "kb-c"]}, kb_ids=returned, kb_top_k=3)
    assert kb_recall_at_k(view)[0] == recall
    assert kb_mrr(view)[0] == mrr


def test_kb_mrr_uses_the_first_expected_article_found() -> None:
    view = make_view({"kb_article_ids": ["kb-c"]}, kb_ids=["kb-x", "kb-c"], kb_top_k=3)
    value, why = kb_mrr(view)
    assert value == 0.5
    assert "rank 2" in why


# --------------------------------------------------------------------------- facts


def test_fact_recall_normalises_values() -> None:
    expected = {"facts": [{"type": "order_id", "value": "#a-1234"}, {"type": "email", "value": "Dana@X.com"}]}
    found = [CustomerFact(type="order_id", value="A1234"), CustomerFact(type="email", value="dana@x.com")]
    assert fact_recall(make_view(expected, customer_facts=found))[0] == 1.0


def test_fact_recall_needs_the_same_type_and_value() -> None:
    expected = {"facts": [{"type": "order_id", "value": "A-1234"}, {"type": "phone", "value": "+1 555 0100"}]}
    wrong_type = [CustomerFact(type="ticket_id", value="A-1234")]
    assert fact_recall(make_view(expected, customer_facts=wrong_type))[0] == 0.0
    half = [CustomerFact(type="order_id", value="A-1234"), CustomerFact(type="phone", value="+1 555 0199")]
    value, why = fact_recall(make_view(expected, customer_facts=half))
    assert value == 0.5
    assert "phone" in why


# --------------------------------------------------------------------------- loose recall


def test_token_recall_ignores_stop_words_stems_and_compacts_ids() -> None:
    assert content_tokens("The order #A-1234 was not delivered") == {"order", "a1234", "deliv"}
    assert token_recall("order A-1234 not delivered", "Order a1234 hasn't been delivered yet") == 1.0
    assert token_recall("tracking stuck for 6 days", "the weather is nice") == 0.0


def test_summary_coverage() -> None:
    expected = {"summary_points": ["order A-1234 not delivered", "tracking stuck for 6 days"]}
    full = Summary(
        headline="Order A-1234 not delivered",
        points=[SummaryPoint(text="Tracking has been stuck for 6 days", message_ids=["m1"])],
    )
    assert summary_coverage(make_view(expected, summary=full))[0] == 1.0
    half = Summary(headline="Order A-1234 not delivered", points=[])
    value, why = summary_coverage(make_view(expected, summary=half))
    assert value == 0.5
    assert "✗ 'tracking stuck for 6 days'" in why
    unrelated = Summary(headline="Customer asks about a gift card balance", points=[])
    assert summary_coverage(make_view(expected, summary=unrelated))[0] == 0.0


def test_attempted_solution_recall() -> None:
    expected = {"attempted_solutions": ["shared the tracking link", "asked to restart the router"]}
    both = [
        AttemptedSolution(description="AI shared the tracking link"),
        AttemptedSolution(description="Bot asked the customer to restart their router"),
    ]
    assert attempted_solution_recall(make_view(expected, attempted_solutions=both))[0] == 1.0
    assert attempted_solution_recall(make_view(expected, attempted_solutions=both[:1]))[0] == 0.5
    assert attempted_solution_recall(make_view(expected, attempted_solutions=[]))[0] == 0.0


# --------------------------------------------------------------------------- first message


@pytest.mark.parametrize("mention", ["A-1234", "a1234", "#A1234", "A 1234"])
def test_context_ack_is_format_tolerant(mention: str) -> None:
    view = make_view({"must_mention": [mention]}, first_message="Hi Dana, I see order #a-1234 is late.")
    assert context_ack(view)[0] == 1.0


def test_context_ack_partial_and_zero() -> None:
    expected = {"must_mention": ["A-1234", "refund"]}
    assert context_ack(make_view(expected, first_message="Order A1234 is late."))[0] == 0.5
    value, why = context_ack(make_view(expected, first_message="Hi, how can I help you today?"))
    assert value == 0.0
    assert "A-1234" in why


def test_redundant_ask_counts_must_not_ask() -> None:
    view = make_view({"must_not_ask": ["email"]}, first_message="Could you confirm your email address?")
    value, why = redundant_ask_rate(view)
    assert value == 1.0
    assert "must_not_ask" in why


def test_redundant_ask_counts_facts_given_in_the_transcript() -> None:
    messages = [("customer", "My order A-1234 never arrived"), ("ai", "Sorry to hear that.")]
    view = make_view({}, messages=messages, first_message="Hi! Could you share the order number?")
    value, why = redundant_ask_rate(view)
    assert value == 1.0
    assert "customer message m1" in why


def test_redundant_ask_counts_golden_facts_and_the_profile() -> None:
    golden = make_view(
        {"facts": [{"type": "device", "value": "Pixel 8"}]},
        messages=[("customer", "my pixel 8 keeps rebooting")],
        first_message="Which device are you using?",
    )
    assert redundant_ask_rate(golden)[0] == 1.0
    profile = make_view({}, customer={"phone": "+1 555 0100"}, first_message="What's the best number to reach you?")
    assert redundant_ask_rate(profile)[0] == 1.0


def test_redundant_ask_is_zero_for_new_facts_and_mentions() -> None:
    new_fact = make_view(
        {"must_not_ask": ["order_id"]},
        messages=[("customer", "My order A-1234 is late")],
        first_message="I see order A-1234. Could you confirm the delivery address?",
    )
    value, why = redundant_ask_rate(new_fact)
    assert value == 0.0
    assert "address" in why
    mention = make_view({"must_not_ask": ["order_id"]}, first_message="I've opened a trace for order A-1234.")
    assert redundant_ask_rate(mention)[0] == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "Hello! How can I help you today?",
        "Hi Dana, how can I help you today?",
        "Hi there. Thanks for reaching out! What can I help you with?",
        "Hi Dana, I'm Sam from support. How may I assist you?",
        "Good morning, what seems to be the problem?",
        "Hi Dana!",
    ],
)
def test_generic_opening_is_one(text: str) -> None:
    assert generic_opening_rate(make_view({}, first_message=text))[0] == 1.0


@pytest.mark.parametrize(
    "text",
    [
        "Hi Dana, I can see order A-1234 hasn't arrived and I've opened a trace.",
        "Hi Dana, thanks for waiting. I've read the chat: the tracking for A-1234 hasn't moved in 6 days.",
        "Hi, I see the tracking hasn't moved; how can I help further with the replacement?",
        "I'm sorry about the delay with your refund — I've escalated it to billing.",
    ],
)
def test_contextual_opening_is_zero(text: str) -> None:
    assert generic_opening_rate(make_view({}, first_message=text))[0] == 0.0


def test_opening_sentence_skips_greetings_and_pleasantries() -> None:
    text = "Hi Dana, thanks for your patience. I'm Sam from billing. I've found the double charge."
    assert opening_sentence(text) == "I've found the double charge."


# --------------------------------------------------------------------------- registry


def test_scorers_run_only_where_their_field_is_present() -> None:
    view = make_view({"intent": "x"}, intent=Intent(label="x", confidence=1.0))
    assert set(score_case(view)) == {"intent_accuracy", "redundant_ask_rate", "generic_opening_rate", "tone_match"}


def test_every_design_metric_but_latency_has_a_scorer() -> None:
    assert [s.metric for s in SCORERS] == [
        "intent_accuracy",
        "escalation_accuracy",
        "frustration_accuracy",
        "vip_accuracy",
        "kb_recall_at_k",
        "kb_mrr",
        "fact_recall",
        "attempted_solution_recall",
        "summary_coverage",
        "context_ack",
        "redundant_ask_rate",
        "generic_opening_rate",
        "tone_match",
    ]


def test_score_case_applies_each_metric_bar() -> None:
    view = make_view(
        {"intent": "missing_delivery", "must_mention": ["A-1234"]},
        intent=Intent(label="order_status", confidence=0.9),
        first_message="Hi Dana, order A-1234 is with the carrier; I've opened a trace.",
    )
    scores = score_case(view)
    assert scores["intent_accuracy"].passed is False
    assert scores["context_ack"].passed is True
    assert scores["redundant_ask_rate"].passed is True
    assert scores["generic_opening_rate"].passed is True
