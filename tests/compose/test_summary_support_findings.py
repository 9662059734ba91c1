"""Known-answer tests: what support did or established (the assistant, or an agent who had the chat before)."""

from __future__ import annotations

from copilot.compose.assistant import assistant_statuses
from copilot.compose.budget import fill
from copilot.compose.summary_points import tried_slot
from copilot.schema import AttemptedSolution

from .builders import calm, make_prepared, make_request, shipping_analysis

AGENT_MESSAGES = [
    {"id": "m1", "role": "customer", "text": "I lost my job and I'm behind on my bill, please don't cut me off."},
    {"id": "m2", "role": "ai", "text": "I'm sorry to hear that. I can connect you with an agent."},
    {"id": "m3", "role": "agent", "text": "Hi, Marcus here. Can you pay anything toward the balance right now?"},
    {"id": "m4", "role": "customer", "text": "maybe $150 now"},
    {
        "id": "m5",
        "role": "agent",
        "text": "That works. I've put a 14-day hold on suspension, so nothing gets cut off while we set this up.",
    },
    {"id": "m6", "role": "agent", "text": "My shift is ending, so I'm handing you over to my colleague."},
]


def test_what_an_agent_did_is_a_finding_attributed_to_the_agent() -> None:
    prepared = make_prepared(make_request(AGENT_MESSAGES))
    analysis = calm(shipping_analysis(facts=[], attempts=[]))
    found = assistant_statuses(prepared, analysis)
    assert [s.message_id for s in found] == ["m5"]
    texts = [p.text for p in tried_slot(prepared, analysis).candidates]
    assert "agent said “I've put a 14-day hold on suspension, so nothing gets cut off while we set this up”" in texts


def test_an_action_the_assistant_took_counts_without_status_words() -> None:
    messages = [
        {"id": "m1", "role": "customer", "text": "Someone swapped my SIM, I can't use my phone at all."},
        {"id": "m2", "role": "ai", "text": "I've added a port-out lock to your line so no one can move it."},
    ]
    prepared = make_prepared(make_request(messages))
    found = assistant_statuses(prepared, calm(shipping_analysis(facts=[], attempts=[])))
    assert [s.text for s in found] == ["I've added a port-out lock to your line so no one can move it."]


def test_a_plain_promise_is_not_a_finding() -> None:
    messages = [
        {"id": "m1", "role": "customer", "text": "My phone shows no service since this morning."},
        {"id": "m2", "role": "ai", "text": "I will look into what might be going on with your phone."},
    ]
    prepared = make_prepared(make_request(messages))
    assert assistant_statuses(prepared, calm(shipping_analysis(facts=[], attempts=[]))) == []


def test_a_clipped_explanation_gives_way_to_the_assistants_full_sentence() -> None:
    messages = [
        {"id": "m1", "role": "customer", "text": "I'd like to return two accent chairs, order A-1234."},
        {"id": "m2", "role": "ai", "text": "I can start the return for order A-1234."},
        {"id": "m3", "role": "customer", "text": "Can they be picked up? I'm on the third floor."},
        {
            "id": "m4",
            "role": "ai",
            "text": "Furniture can be returned within 30 days. A 79 dollar freight collection fee applies.",
        },
    ]
    explained = AttemptedSolution(
        description="AI explained that a 79 dollar freight collection fee applies to furniture returns",
        by="ai",
        outcome="unknown",
        message_ids=["m4"],
    )
    offered = AttemptedSolution(
        description="AI offered to start the return", by="ai", outcome="unknown", message_ids=["m2"]
    )
    prepared = make_prepared(make_request(messages))
    slot = tried_slot(prepared, calm(shipping_analysis(attempts=[offered, explained])))
    by_text = {p.text: p for p in slot.candidates}
    finding = by_text["AI said “A 79 dollar freight collection fee applies”"]
    explanation = next(p for text, p in by_text.items() if text.startswith("AI explained"))
    assert (finding.priority or 0) > (explanation.priority or 0)  # the budget places the full sentence first
    placed = [p.text for s in fill([slot], budget=40) for p in s.placed]
    assert finding.text in placed and explanation.text not in placed  # it says no more than the sentence
