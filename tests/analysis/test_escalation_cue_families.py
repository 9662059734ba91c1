"""Escalation cue families that were missing: platform rule lines, queues named for a topic, rules that route a
request to a team, conditional and Spanish asks for a person, and "cannot" in more verbs and languages."""

from __future__ import annotations

import pytest

from copilot.analysis.cues import asks_for_human, says_cannot_help
from copilot.analysis.escalation import infer_escalation, map_trigger
from copilot.schema import Frustration, VipFlag

from .builders import build_prepared


def _code(turns: list[tuple[str, str]], *, vip: bool = False, **request: object) -> str:
    prepared = build_prepared(turns, **request)
    flag = VipFlag(is_vip=True, reason="customer.vip = true") if vip else VipFlag()
    return infer_escalation(prepared, attempts=[], frustration=Frustration(), vip=flag).code


_TROUBLESHOOTING = [
    ("customer", "My printer says offline even though it is on the same network as my laptop."),
    ("ai", "Please turn the printer off and on again, then print a test page."),
    ("customer", "Did that twice already, still offline."),
    ("ai", "Sorry, I didn't understand. Could you rephrase?"),
    ("customer", "It. Is. Still. Offline."),
    ("ai", "Please turn the printer off and on again, then print a test page."),
]


@pytest.mark.parametrize(
    "system, code",
    [
        ("Loop detected: same reply sent 3 times. Routing to Hardware Support.", "repeated_failure"),
        ("Repeated-answer guard: identical answer given twice. Moving to queue: Devices.", "repeated_failure"),
        ("Sentiment alert: negative tone over 4 messages. Routed to Hardware Support.", "high_frustration"),
    ],
)
def test_a_platform_rule_at_the_head_of_a_system_line_names_the_cause(system: str, code: str) -> None:
    assert _code([*_TROUBLESHOOTING, ("system", system)]) == code


def test_a_plain_queue_name_does_not_decide() -> None:
    turns = [*_TROUBLESHOOTING, ("system", "Chat routed to queue: Hardware Support (priority).")]
    assert _code(turns) not in {"vip_customer", "other"}


def test_a_queue_named_for_a_sensitive_topic_outranks_an_unknown_trigger_and_vip() -> None:
    turns = [
        ("customer", "I got a text that my password was changed and I can't log in anymore."),
        ("ai", "I'm sorry, that sounds worrying. Which email is on the account?"),
        ("customer", "lena@example.com, please be quick"),
        ("system", "Routed to Fraud (priority). Customer profile: VIP."),
    ]
    escalation = {"trigger": "keyword:pw_change"}
    assert _code(turns, vip=True, escalation=escalation) == "sensitive_topic"


@pytest.mark.parametrize("trigger", ["same_intent_3x", "flow_restarted_again", "same_answer_loop"])
def test_triggers_about_going_round_again_are_repeated_failures(trigger: str) -> None:
    assert map_trigger(trigger) == "repeated_failure"


@pytest.mark.parametrize(
    "ai",
    [
        "I can't issue that credit myself: credits are approved by our billing specialists. I'll pass it on.",
        "Old invoices can only be restored through a data request handled by our Records team.",
        "Leider ist das nicht möglich. Ausnahmen von der Frist kann nur ein Mitarbeiter unseres Teams prüfen.",
        "Lo siento, solo un agente de nuestro equipo puede aprobar esa excepción.",
    ],
)
def test_a_rule_that_routes_the_request_to_a_team_is_a_policy(ai: str) -> None:
    turns = [("customer", "Can you refund last month's fee? I never used the feature."), ("ai", ai)]
    assert _code(turns) == "policy_requires_human"


def test_the_assistant_just_unable_is_not_a_policy() -> None:
    turns = [
        ("customer", "Half of my sales from last week never synced."),
        ("ai", "Orders over the limit wait for the next day's sync."),
        ("customer", "it's been a week, they are still missing"),
        ("ai", "I'm sorry, I can't run a resync from here. I'm passing this to our integrations team."),
    ]
    assert _code(turns) == "ai_unable_to_resolve"


@pytest.mark.parametrize(
    "text",
    [
        "leider kann ich den Status der Sperre nicht einsehen",
        "Desculpe, não tenho informações sobre o estoque por tamanho.",
        "Lo siento, no tengo acceso a esos datos.",
        "I don't have any information about stock in other stores.",
        "Sorry, I can't restore deleted projects.",
    ],
)
def test_more_ways_for_the_assistant_to_say_it_cannot(text: str) -> None:
    assert says_cannot_help(text)


@pytest.mark.parametrize(
    "text",
    ["Kann ich Ihnen sonst noch helfen?", "I can check that for you.", "I have information about that order."],
)
def test_offers_of_help_are_not_cannot(text: str) -> None:
    assert not says_cannot_help(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'd appreciate it if a real person could look at this instead of a form letter.",
        "great! can a real person do the upgrade for me though?",
        "¿Me pasas con una persona de verdad, por favor?",
        "¿Me puede pasar con un agente?",
    ],
)
def test_more_ways_to_ask_for_a_person(text: str) -> None:
    assert asks_for_human(text)


@pytest.mark.parametrize(
    "text", ["can you do the upgrade for me?", "the person who could help me is on holiday", "me pasa lo mismo"]
)
def test_not_asks_for_a_person(text: str) -> None:
    assert not asks_for_human(text)


def test_a_self_service_route_is_not_a_policy() -> None:
    turns = [
        ("customer", "I forgot my password and can't get in."),
        ("ai", "Your password can only be reset through the password reset process on the login page."),
        ("customer", "I tried, the email never arrives. Can I talk to a person?"),
    ]
    assert _code(turns) == "customer_requested_human"


def test_a_confirmation_email_line_is_not_a_queue() -> None:
    turns = [
        ("customer", "Please delete the saved card from my profile."),
        ("ai", "I can't remove saved cards from here."),
        ("system", "Confirmation email sent to the customer about data deletion."),
    ]
    assert _code(turns) == "ai_unable_to_resolve"
