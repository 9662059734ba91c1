"""Known-answer tests: how the customer feels is told by the mood; its evidence only fills the room left, unless it
changes what the agent does (a threat to leave, the bot going round in circles)."""

from __future__ import annotations

from copilot.compose.budget import fill
from copilot.compose.statements import read_statements
from copilot.compose.summary_points import issue_slot, state_slot
from copilot.schema import Frustration, FrustrationSignal

from .builders import make_prepared, shipping_analysis


def _analysis(kind: str, detail: str):  # type: ignore[no-untyped-def]
    signal = FrustrationSignal(kind=kind, message_id="m5", detail=detail)
    return shipping_analysis(frustration=Frustration(level="medium", score=0.5, trend="steady", signals=[signal]))


def _placed(kind: str, detail: str, budget: int) -> list[str]:
    prepared = make_prepared()
    analysis = _analysis(kind, detail)
    slots = [issue_slot(prepared, read_statements(prepared, analysis), True), state_slot(prepared, analysis)]
    return [p.text for s in fill(slots, budget) for p in s.placed]


def test_a_customer_detail_wins_the_room_over_an_outburst() -> None:
    placed = _placed("explicit_frustration", '"ugh"', budget=23)
    assert "Tracking has been stuck for 6 days" in placed
    assert not any(text.startswith("explicit frustration") for text in placed)


def test_a_threat_to_leave_is_kept_when_there_is_room_for_it() -> None:
    placed = _placed("threat_to_leave", '"switching to another store"', budget=40)
    assert any(text.startswith("threat to leave") for text in placed)


def test_a_threat_outranks_an_outburst() -> None:
    prepared = make_prepared()
    threat = state_slot(prepared, _analysis("threat_to_leave", '"switching"')).candidates[-1]
    outburst = state_slot(prepared, _analysis("explicit_frustration", '"ugh"')).candidates[-1]
    assert threat.text.startswith("threat to leave") and outburst.text.startswith("explicit frustration")
    assert (threat.priority or 0) > (outburst.priority or 0)
