"""Escalation reasons in wordings the tuned suites did not use: platform counters and language triggers, system
lines that say a flow kept failing, the assistant's limit as a reply to an outright ask, an angry outburst after
everything else, policies quoted as "under our policy", and medical mentions that do not outrank a policy."""

from __future__ import annotations

import pytest

from copilot.analysis.cues import asks_for_human, asks_for_person
from copilot.analysis.escalation import infer_escalation, map_trigger
from copilot.schema import AttemptedSolution, Frustration, FrustrationSignal, VipFlag

from .builders import build_prepared

CALM = Frustration()
NOT_VIP = VipFlag()


def _code(
    turns: list[tuple[str, str]],
    *,
    attempts: list[AttemptedSolution] | None = None,
    frustration: Frustration = CALM,
    **request: object,
) -> str:
    prepared = build_prepared(turns, **request)
    return infer_escalation(prepared, attempts=attempts or [], frustration=frustration, vip=NOT_VIP).code


@pytest.mark.parametrize(
    ("trigger", "code"),
    [
        ("fallback_limit", "repeated_failure"),
        ("max_fallbacks", "repeated_failure"),
        ("reprompt-threshold", "repeated_failure"),
        ("refund_limit_exceeded", "policy_requires_human"),
        ("unsupported_language", "other"),
        ("language_unsupported", "other"),
        ("Language Not Supported", "other"),
    ],
)
def test_counters_and_language_triggers(trigger: str, code: str) -> None:
    assert map_trigger(trigger) == code


def test_a_language_trigger_after_the_assistant_gave_up_is_the_assistant_failing() -> None:
    turns = [
        ("customer", "Merhaba, otomatik ödeme bu ay çekilmedi."),
        ("ai", "Hi! Could you tell me in English how I can help?"),
        ("customer", "Uygulamada kartı güncelledim ama hata veriyor."),
        ("ai", "I'm sorry, I didn't understand. I'm connecting you with a member of our team who can help."),
    ]
    trigger = {"trigger": "unsupported_language"}
    assert _code(turns, escalation=trigger) == "ai_unable_to_resolve"
    routed = [*turns[:3], ("ai", "I can only chat in English and Spanish, so I'm connecting you with a colleague.")]
    assert _code(routed, escalation=trigger) == "other"


@pytest.mark.parametrize(
    "line",
    [
        "eSIM activation flow failed 3 times (E-SIM-412). Routing to Mobile Support.",
        "Troubleshooting flow 'no_connection' ended without resolution after 3 attempts. Transferring to Support.",
        "Assistant fallback limit reached (3 unresolved turns). Transferring to a human agent.",
    ],
)
def test_a_system_line_that_says_the_flow_kept_failing(line: str) -> None:
    turns = [
        ("customer", "my internet is down, the light is red"),
        ("ai", "Please restart your router."),
        ("customer", "did that, still red. I just need someone to check the line"),
        ("ai", "Let's try restarting it once more."),
        ("system", line),
    ]
    assert _code(turns) == "repeated_failure"


@pytest.mark.parametrize(
    "ask",
    [
        "Look, I get that there's a policy. Is there a person I could ask about an exception?",
        "And I want a real person to look at this today, not another canned reply.",
        "Je veux parler à quelqu'un MAINTENANT, quelqu'un qui peut appeler l'hôtel",
    ],
)
def test_the_assistants_limit_in_reply_to_an_outright_ask_leaves_the_request_as_the_cause(ask: str) -> None:
    turns = [
        ("customer", "I'd like to return a coat, it's a few days past the window."),
        ("ai", "Returns are accepted within 30 days of delivery."),
        ("customer", ask),
        ("ai", "I'm not able to make exceptions, but I can connect you with a member of our team."),
    ]
    assert _code(turns) == "customer_requested_human"


def test_asking_whether_someone_can_do_the_task_keeps_the_assistants_limit_as_the_cause() -> None:
    after_limit = [
        ("customer", "our shopify sync has been stuck for 3 days"),
        ("ai", "A manual backfill is needed, and I'm not able to start that from the chat."),
        ("customer", "ok. can someone do it today? my accountant wants to close november"),
        ("ai", "I'm passing this to our integrations team now."),
    ]
    assert _code(after_limit) == "ai_unable_to_resolve"
    before_limit = [
        ("customer", "my gift card balance is $30 short"),
        ("ai", "Gift cards are charged when you place an order."),
        ("customer", "nothing was returned. can someone check the history of the card?"),
        ("ai", "I'm not able to view gift card transaction history. I've forwarded your request to our team."),
    ]
    assert _code(before_limit) == "ai_unable_to_resolve"


def test_outright_and_task_asks_are_told_apart() -> None:
    assert asks_for_person("I would like this reviewed by a member of staff, not an automated reply.")
    assert asks_for_person("Por segunda vez: solicito que una persona revise el caso.")
    assert asks_for_human("can someone check the history of the card?")
    assert not asks_for_person("can someone check the history of the card?")


def test_an_angry_outburst_after_the_assistants_limit_is_high_frustration() -> None:
    turns = [
        ("customer", "why am i still paying for 6 seats, I want my $96 back"),
        ("ai", "I'm not able to do that. Would you like me to share the guide on your charges?"),
        ("customer", "NO I DON'T WANT A GUIDE. I WANT MY $96. if this isn't sorted today we're leaving"),
        ("ai", "I'm sorry, I can tell how frustrating this has been. I'm handing you over to a specialist now."),
    ]
    shouting = FrustrationSignal(kind="caps_or_punctuation", message_id="m3", detail='shouting in capitals: "NO I"')
    angry = Frustration(level="high", score=0.7, trend="rising", signals=[shouting])
    assert _code(turns, frustration=angry) == "high_frustration"
    # the same outburst is no cause when the conversation is not highly frustrated overall
    assert _code(turns, frustration=Frustration(level="medium", score=0.4, signals=[shouting])) == (
        "ai_unable_to_resolve"
    )
    # and an ask for a person in the angry turn itself is the cause
    asked = [*turns[:2], ("customer", "THIS IS RIDICULOUS. I WANT TO SPEAK TO A MANAGER NOW"), turns[3]]
    assert _code(asked, frustration=angry) == "customer_requested_human"


@pytest.mark.parametrize(
    "policy",
    [
        "Under our policy, ownership transfers without the current Owner are only done by our support team.",
        "For your security, updating the phone number needs an identity check by our support team.",
        "Fee waivers on non-refundable rates can only be requested by a support agent.",
    ],
)
def test_policies_quoted_in_other_words(policy: str) -> None:
    turns = [("customer", "can you sort this out for me?"), ("ai", f"I can't do that here. {policy}")]
    assert _code(turns) == "policy_requires_human"


def test_a_medical_mention_does_not_outrank_a_later_policy_or_request_but_a_death_does() -> None:
    turns = [
        ("customer", "need to cancel my hotel, it says 100% fee"),
        ("ai", "The rate is non-refundable."),
        ("customer", "I have knee surgery on the 9th, I literally can't travel"),
        ("ai", "Fee waivers on non-refundable rates can only be requested by a support agent, so I'm passing this on."),
    ]
    assert _code(turns) == "policy_requires_human"
    bereaved = [*turns[:2], ("customer", "my husband passed away last week, I can't travel"), turns[3]]
    assert _code(bereaved) == "sensitive_topic"
    assert _code(turns[:3]) == "sensitive_topic"  # with nothing later, the subject is the reason
    # the customer asking for a person after the medical mention is what moved the conversation (the conventions
    # keep sensitive_topic for a subject the assistant hands over because of it)
    asked = [*turns[:3], ("ai", "I see."), ("customer", "can I talk to a person please")]
    assert _code(asked) == "customer_requested_human"
    asked_bereaved = [*bereaved[:3], ("ai", "I see."), ("customer", "can I talk to a person please")]
    assert _code(asked_bereaved) == "sensitive_topic"  # a death still outranks everything


def test_someone_getting_into_the_account_is_sensitive() -> None:
    turns = [
        ("customer", "An employee's bank details were changed at 2am. I'm worried someone has got into our account."),
        ("ai", "Please lock payroll and change your password."),
        ("customer", "done. is her pay going to that account?"),
        ("ai", "Because this may be fraud, I'm connecting you with our risk team."),
    ]
    failed = [
        AttemptedSolution(description="AI suggested locking payroll", outcome="failed", message_ids=["m2", "m3"]),
        AttemptedSolution(description="AI suggested a password change", outcome="failed", message_ids=["m2", "m1"]),
    ]
    assert _code(turns, attempts=failed) == "sensitive_topic"
