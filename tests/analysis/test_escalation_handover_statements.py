"""Escalation read from who ends the assistant's part and why, in wordings no rule lists word for word: a rule
that routes the task to people (any passive with a human agent, Spanish and French too), the assistant's own
limit with any task verb, its summing-up that its fixes failed, the customer saying it keeps serving the same
answer, and what is said after the handover was announced."""

from __future__ import annotations

import pytest

from copilot.analysis.escalation import infer_escalation
from copilot.analysis.escalation_statements import (
    admits_failed_fixes,
    asks_for_someone,
    complains_bot_repeats,
    states_inability,
    states_rule,
)
from copilot.schema import AttemptedSolution, Frustration, VipFlag

from .builders import build_prepared

CALM = Frustration()


def _code(
    turns: list[tuple[str, str]],
    *,
    attempts: list[AttemptedSolution] | None = None,
    vip: VipFlag | None = None,
    **request: object,
) -> str:
    prepared = build_prepared(turns, **request)
    return infer_escalation(prepared, attempts=attempts or [], frustration=CALM, vip=vip or VipFlag()).code


@pytest.mark.parametrize(
    "rule",
    [
        "Pension-age discounts are verified by our accounts team, so I'm passing your request over.",
        "Warranty swaps over $400 have to be inspected and approved by one of our repair specialists. "
        "I'll transfer you.",
        "Changes to a joint account are always arranged by a member of our customer team, not by me.",
        "Un cambio de titular lo tiene que gestionar un agente. Te paso con uno ahora.",
        "Las bajas anticipadas las revisa una persona de nuestro equipo de contratos.",
        "Les remboursements de ce montant doivent être validés par notre équipe facturation.",
    ],
)
def test_a_rule_that_routes_the_task_to_people_is_a_policy(rule: str) -> None:
    turns = [
        ("customer", "hi, I need to change something on my account"),
        ("ai", "Sure, I can look into that. What would you like to change?"),
        ("customer", "the thing I mentioned, can you just do it"),
        ("ai", rule),
    ]
    assert _code(turns) == "policy_requires_human"


def test_an_explanation_along_the_way_is_no_rule_for_the_handover() -> None:
    turns = [
        ("customer", "when will my parcel leave the warehouse?"),
        ("ai", "Orders are packed by our warehouse team within a day. Yours is packed and waiting for pickup."),
        ("customer", "ok and what if the courier loses it"),
        ("ai", "Then we send a new one."),
        ("customer", "fine, thanks"),
        ("ai", "You're welcome!"),
    ]
    assert _code(turns) == "other"


@pytest.mark.parametrize(
    "limit",
    [
        "Unfortunately I can't regenerate a boarding pass in this chat, so I'm passing you to a colleague.",
        "Rebooking a technician visit is not something I am able to do, so I've passed your case to our field team.",
        "I can't chase the courier from here. I'll transfer you to an agent.",
    ],
)
def test_the_assistants_own_limit_in_any_task_words(limit: str) -> None:
    turns = [("customer", "my thing still isn't sorted, what now?"), ("ai", limit)]
    assert _code(turns) == "ai_unable_to_resolve"


def test_a_policy_subject_beside_the_assistants_limit_is_its_limit() -> None:
    turns = [
        ("customer", "the storm knocked our power out for two days, can we get compensation?"),
        ("ai", "I'm not able to log compensation requests here. I'll pass you to someone who can."),
    ]
    assert _code(turns) == "ai_unable_to_resolve"
    ruled = [turns[0], ("ai", "I can't do that here: compensation claims have to be approved by our claims team.")]
    assert _code(ruled) == "policy_requires_human"


def test_hedges_and_refusals_are_no_limit() -> None:
    assert not states_inability("i can't promise a delivery date, but it usually comes in two days")
    assert not states_inability("for your security i can't use card numbers shared in chat")
    assert states_inability("i cannot reinstate a closed account")


def test_the_assistant_summing_up_failed_fixes_is_a_repeated_failure() -> None:
    turns = [
        ("customer", "the printer still won't pair"),
        ("ai", "Please hold the pairing button for five seconds."),
        ("customer", "did that, nothing"),
        ("ai", "I'm sorry, I haven't been able to get this working. I'm passing you to our hardware team."),
    ]
    assert _code(turns) == "repeated_failure"
    assert admits_failed_fixes("sorry, i haven't been able to resolve this")
    assert not admits_failed_fixes("i haven't been able to find an order under that email")


@pytest.mark.parametrize(
    "complaint",
    [
        "that's the fourth time you've told me to clear the cache",
        "you keep sending me the same help article",
        "é a segunda vez que você me pede para reiniciar",
    ],
)
def test_the_customer_saying_the_assistant_loops_is_a_repeated_failure(complaint: str) -> None:
    assert complains_bot_repeats(complaint)
    turns = [
        ("customer", "the app logs me out every few minutes"),
        ("ai", "Please clear the app cache in Settings and sign in again."),
        ("customer", complaint),
        ("ai", "Sorry about that. Let me find someone who can look at your account."),
    ]
    assert _code(turns) == "repeated_failure"


@pytest.mark.parametrize(
    "wish",
    [
        "I would rather a real person looked at this than another automated reply",
        "I'd prefer that a member of staff handles this from here",
        "could I chat with one of those specialists you mentioned?",
    ],
)
def test_wishing_a_person_would_take_it_is_a_request(wish: str) -> None:
    assert asks_for_someone(wish.lower())
    turns = [
        ("customer", "my invoice shows the wrong company name"),
        ("ai", "You can edit the billing name under Settings > Billing."),
        ("customer", wish),
        ("ai", "Of course, connecting you now."),
    ]
    assert _code(turns) == "customer_requested_human"


def test_what_follows_the_announced_handover_does_not_change_the_reason() -> None:
    turns = [
        ("customer", "my mum needs wheelchair help at the airport tomorrow, is it confirmed?"),
        ("ai", "I'm not able to confirm that with the airline myself. I'll transfer you to our assistance team."),
        ("customer", "ok. I already phoned the airline twice and they said to ask you"),
        ("ai", "Understood, I've added that note. Transferring you now."),
    ]
    failed = [
        AttemptedSolution(description="phoned the airline", by="customer", outcome="failed", message_ids=["m3"]),
        AttemptedSolution(description="phoned the airline again", by="customer", outcome="failed", message_ids=["m1"]),
    ]
    assert _code(turns, attempts=failed) == "ai_unable_to_resolve"


def test_the_route_the_assistant_names_outranks_its_limit_in_the_same_turn() -> None:
    turns = [
        ("customer", "my car hire desk is closed and I've landed, what do I do"),
        (
            "ai",
            "I can't phone the desk myself. As a Platinum member you have our priority line, so I'm connecting you.",
        ),
    ]
    vip = VipFlag(is_vip=True, reason="customer.tier = platinum")
    assert _code(turns, vip=vip) == "vip_customer"


def test_a_repeated_problem_is_not_the_assistant_looping() -> None:
    assert not complains_bot_repeats("that's the third time you've charged me twice for one order")
    assert not complains_bot_repeats("this is the second time i've had this fault")


def test_a_wider_limit_counts_only_where_the_assistant_hands_over() -> None:
    turns = [
        ("customer", "where is my order?"),
        ("ai", "I can't look up orders by name, could you give me the order number?"),
        ("customer", "NW-1234"),
        ("ai", "Thanks, it's out for delivery today."),
        ("customer", "great, thanks"),
        ("ai", "Happy to help!"),
    ]
    assert _code(turns) == "other"


def test_rule_shapes_need_a_person_as_the_agent() -> None:
    assert states_rule("refunds are processed by our payment provider within 5 days") is None
    assert states_rule("you will be contacted by a member of our team") is None
    assert states_rule("refunds above $50 are approved by a team lead") is not None


def test_the_wider_customer_wordings_count_in_the_customers_last_turns() -> None:
    early = [
        ("customer", "I'd prefer that a member of staff handles my refund"),
        ("ai", "I can help with refunds here. What's the order number?"),
        ("customer", "NW-5531"),
        ("ai", "Thanks, I see it."),
        ("customer", "it was the blue one"),
        ("ai", "Got it."),
        ("customer", "and it arrived late"),
        ("ai", "Noted."),
        ("customer", "ok"),
        ("ai", "Anything else?"),
    ]
    assert _code(early) == "other"  # the wish was taken up by the assistant long before the handover
    assert _code([*early, ("customer", "I'd prefer that a member of staff handles this now")]) == (
        "customer_requested_human"
    )
