"""Known-answer tests of the agent summary: cited points, coverage of the story, word budget, no invention."""

from __future__ import annotations

import re

from copilot.compose import build_composer
from copilot.compose.summary import WORD_BUDGET
from copilot.config import Settings
from copilot.context import Analysis, Prepared
from copilot.evaluation.textmatch import token_recall
from copilot.schema import AttemptedSolution, CustomerFact, EscalationReason, Frustration, FrustrationSignal, Summary

from .builders import LOST_PACKAGE, calm, make_prepared, make_request, shipping_analysis


def summarise(analysis: Analysis | None = None, prepared: Prepared | None = None) -> Summary:
    composer = build_composer(Settings())
    return composer.compose(prepared or make_prepared(), analysis or shipping_analysis(), [LOST_PACKAGE]).summary


def words(summary: Summary) -> int:
    return len(summary.headline.split()) + sum(len(p.text.split()) for p in summary.points)


def all_text(summary: Summary) -> str:
    return "\n".join([summary.headline, *(p.text for p in summary.points)])


def test_three_to_six_points_each_citing_existing_messages() -> None:
    prepared = make_prepared()
    summary = summarise(prepared=prepared)
    assert 3 <= len(summary.points) <= 6
    for point in summary.points:
        assert point.message_ids
        assert set(point.message_ids) <= prepared.message_ids


def test_headline_names_the_intent_the_key_fact_and_the_state() -> None:
    assert summarise().headline == "Missing delivery: order A-1234 — asked for a human, high frustration"


def test_covers_the_issue_what_was_tried_the_state_and_the_current_ask() -> None:
    points = {p.text.split(":", 1)[0]: p for p in summarise().points}
    assert points["Issue (missing delivery)"].text.endswith("“my order A-1234 never arrived.”")
    assert points["Issue (missing delivery)"].message_ids == ["m1"]
    assert points["Detail"].message_ids == ["m3"]
    assert "AI shared the tracking link → did not help" in points["Tried"].text
    assert points["Now"].message_ids[0] == "m6"
    assert "frustration high, rising" in points["Now"].text
    assert "I want a replacement sent today" in points["Wants now"].text
    assert "asked for a person" in points["Wants now"].text


def test_golden_style_points_are_covered_by_loose_token_overlap() -> None:
    text = [p.text for p in summarise().points]
    for expected in ("order A-1234 not delivered", "tracking stuck for 6 days", "wants a replacement"):
        assert max(token_recall(expected, t) for t in text) >= 0.5, expected


def test_no_facts_point_the_facts_are_in_the_headline() -> None:
    assert not [p for p in summarise().points if p.text.startswith("Given")]
    assert "order A-1234" in summarise().headline


def test_quotes_come_from_the_transcript() -> None:
    prepared = make_prepared()
    transcript = prepared.transcript_text.lower()
    for point in summarise(prepared=prepared).points:
        for quote in re.findall(r"“([^”]+)”", point.text):
            assert quote.rstrip("…").lower() in transcript


def test_stays_within_the_word_budget_on_a_long_wordy_conversation() -> None:
    rambling = " ".join(["I really need this sorted because my order A-1234 with the blue lamp"] * 8)
    messages = [
        {
            "id": f"m{i}",
            "role": "customer" if i % 2 else "ai",
            "text": rambling if i % 2 else "Let me check that.",
        }
        for i in range(1, 21)
    ]
    long_attempts = [
        AttemptedSolution(
            description="AI suggested checking with neighbours and the local depot and the front desk again",
            by="ai",
            outcome="failed",
            message_ids=[f"m{i}"],
        )
        for i in (2, 4, 6)
    ]
    analysis = shipping_analysis(
        attempts=long_attempts,
        facts=[CustomerFact(type="order_id", value="A-1234", message_id="m1")]
        + [CustomerFact(type="product", value=f"blue lamp model {i}", message_id="m3") for i in range(5)],
        escalation=EscalationReason(
            code="repeated_failure",
            explanation=" ".join(["several suggestions did not help"] * 6),
            message_ids=[],
        ),
    )
    summary = summarise(analysis, make_prepared(make_request(messages)))
    assert words(summary) <= WORD_BUDGET
    assert 3 <= len(summary.points) <= 6


def test_a_single_message_still_gives_three_cited_points() -> None:
    prepared = make_prepared(make_request([{"role": "customer", "text": "My card was charged twice for one order."}]))
    analysis = calm(
        shipping_analysis(
            facts=[],
            attempts=[],
            escalation=EscalationReason(code="ai_unable_to_resolve", explanation="", message_ids=[]),
        )
    )
    summary = summarise(analysis, prepared)
    assert len(summary.points) >= 3
    assert {i for p in summary.points for i in p.message_ids} == {"m1"}
    assert any("no fix attempted" in p.text for p in summary.points)
    assert any("the assistant could not resolve it" in p.text for p in summary.points)


def test_low_confidence_intent_is_not_named_and_the_headline_quotes_the_customer() -> None:
    analysis = shipping_analysis()
    analysis.intent = analysis.intent.model_copy(update={"low_confidence": True, "confidence": 0.3})
    summary = summarise(analysis)
    assert "missing delivery" not in all_text(summary).lower()
    assert summary.headline.startswith("my order A-1234 never arrived")


def test_frustration_none_reads_calm() -> None:
    analysis = shipping_analysis(frustration=Frustration(level="none"))
    assert any("customer calm" in p.text for p in summarise(analysis).points)


def test_attempt_citations_of_unknown_messages_fall_back_to_the_assistants_turns() -> None:
    ghost = AttemptedSolution(description="AI restarted the order", by="ai", outcome="failed", message_ids=["zz"])
    tried = next(p for p in summarise(shipping_analysis(attempts=[ghost])).points if p.text.startswith("Tried"))
    assert tried.message_ids == ["m2", "m4"]


def test_the_assistants_last_informative_statement_is_a_point() -> None:
    messages = [
        {"id": "m1", "role": "customer", "text": "When will my order NW-447391 arrive? I placed it on Sunday."},
        {
            "id": "m2",
            "role": "ai",
            "text": "Thanks! Order NW-447391 is currently Processing. Estimated delivery: Nov 24.",
        },
        {"id": "m3", "role": "customer", "text": "I need it before the 25th, it's a gift."},
        {"id": "m4", "role": "ai", "text": "Sorry, I didn't understand that. Could you rephrase?"},
    ]
    facts = [CustomerFact(type="order_id", value="NW-447391", message_id="m1")]
    summary = summarise(calm(shipping_analysis(facts=facts, attempts=[])), make_prepared(make_request(messages)))
    said = [p for p in summary.points if p.text.startswith("Assistant said")]
    assert said[0].text == "Assistant said: “Order NW-447391 is currently Processing.”"
    assert said[0].message_ids == ["m2"]


def test_the_state_names_the_most_telling_frustration_signal() -> None:
    frustration = Frustration(
        level="high",
        trend="rising",
        signals=[
            FrustrationSignal(kind="explicit_frustration", message_id="m5", detail='"fed up"'),
            FrustrationSignal(kind="threat_to_leave", message_id="m6", detail='"cancel my account"'),
        ],
    )
    state = next(p for p in summarise(shipping_analysis(frustration=frustration)).points if p.text.startswith("Now"))
    assert 'frustration high, rising (threat to leave: "cancel my account")' in state.text
