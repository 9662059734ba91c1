"""The assistant's repeat count: a short question whose few words a long answer also has is not the answer sent
again (the platform counted 3 sends where a loose match counted 4)."""

from __future__ import annotations

from copilot.compose.repeats import assistant_repeat

from .builders import make_prepared, make_request

ANSWER = (
    "A payment link stops working when the invoice is edited after sending, voided or marked as paid, "
    "or is older than 180 days."
)


def _prepared(ai_turns: list[str]):  # type: ignore[no-untyped-def]
    messages = []
    for number, text in enumerate(ai_turns):
        messages.append({"id": f"c{number}", "role": "customer", "text": "The link still says PL-403."})
        messages.append({"id": f"a{number}", "role": "ai", "text": text})
    return make_prepared(make_request(messages))


def test_a_short_question_inside_a_long_answer_is_not_counted() -> None:
    repeat = assistant_repeat(
        _prepared(
            [
                f"Sorry about that! {ANSWER}",
                "Thanks for trying that. Has the invoice been voided or marked as paid?",
                f"{ANSWER} Please open the invoice and send it again.",
                f"Clients can pay by card or bank transfer. {ANSWER}",
            ]
        )
    )
    assert repeat is not None
    assert repeat.count == 3
    assert repeat.message_ids == ["a0", "a2", "a3"]
    assert repeat.note.startswith("assistant repeated the same answer three times: “A payment link stops")


def test_a_short_status_line_is_not_a_repeat_of_a_longer_finding() -> None:
    turns = [
        "Status: Refunded on Nov 10.",
        "Your return for order NW-1 shows Refunded on Nov 10 for $249.99, reference RF-2.",
        "Your refund shows Refunded on Nov 10 with reference RF-2 and it went to your card ending 4242.",
    ]
    assert assistant_repeat(_prepared(turns)) is None
