"""Known-answer tests: the summary says each thing once and drops courtesies, so its words go to the case."""

from __future__ import annotations

from copilot.compose import build_composer
from copilot.compose.condense import condense
from copilot.config import Settings
from copilot.schema import EscalationReason, Summary

from .builders import LOST_PACKAGE, make_prepared, shipping_analysis


def summarise(code: str, vip: bool) -> Summary:
    analysis = shipping_analysis(
        escalation=EscalationReason(code=code, explanation="", message_ids=["m6"]),
        vip=shipping_analysis().vip.model_copy(update={"is_vip": vip}),
    )
    return build_composer(Settings()).compose(make_prepared(), analysis, [LOST_PACKAGE]).summary


def test_a_vip_escalation_names_vip_once() -> None:
    summary = summarise("vip_customer", vip=True)
    assert summary.headline.endswith("— escalated as VIP, high frustration")
    state = next(p for p in summary.points if p.text.startswith("Now:"))
    assert "VIP" not in state.text  # the headline says it


def test_a_frustration_escalation_names_the_frustration_once() -> None:
    summary = summarise("high_frustration", vip=False)
    assert summary.headline.endswith("— escalated on frustration")


def test_other_escalations_keep_the_mood_and_vip_in_the_headline() -> None:
    assert summarise("customer_requested_human", vip=True).headline.endswith(
        "— asked for a human, high frustration, VIP"
    )


def test_courtesies_that_open_a_sentence_are_dropped() -> None:
    assert condense("Thank you, but this isn't the annual adjustment.") == "this isn't annual adjustment"
    assert condense("Sure, it's NW-443368") == "it's NW-443368"
    assert condense("Sorry, it's been a long few weeks") == "it's been long few weeks"


def test_a_courtesy_that_is_part_of_the_sentence_stays() -> None:
    assert condense("Sorry to bother you, my order is late").startswith("Sorry to bother")
    assert condense("No thanks, I don't need it") == "No thanks, they don't need it"
    assert condense("Butter arrived melted") == "Butter arrived melted"
