"""Property tests: for random, realistic analyses the composer keeps its promises.

The main property is the brief's: the first message never requests a fact type that is already known (from
the analysis or the profile), as judged by ``copilot.analysis.asks.requested_fact_types``, the detector the
guard and the eval harness use. Our own stricter check: the first message asks no question at all.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from copilot.analysis.asks import requested_fact_types
from copilot.compose import build_composer
from copilot.compose.summary import WORD_BUDGET
from copilot.config import Settings
from copilot.context import Analysis, CustomerRegister
from copilot.schema import (
    AttemptedSolution,
    CustomerFact,
    EscalationReason,
    Frustration,
    FrustrationSignal,
    Intent,
    KBArticle,
    VipFlag,
)

from .builders import make_prepared, make_request

FACT_VALUES: dict[str, list[str]] = {
    "order_id": ["A-1234", "#55012", "ORD-99-1"],
    "account_id": ["AC-99812", "user 48812"],
    "ticket_id": ["T-4410", "CASE-7781"],
    "tracking_number": ["1Z999AA10123456784", "9400111899223197428490"],
    "email": ["dana@example.com", "m.lopez@mail.example"],
    "phone": ["+1 555 0100", "07700 900123"],
    "name": ["Dana Lee", "maria lopez", "Jo"],
    "address": ["12 Main Street, Springfield", "Flat 3, 9 High Rd"],
    "product": ["blue ceramic lamp", "Pixel 8", "Model X router"],
    "device": ["iPhone 14", "Samsung TV"],
    "date": ["March 3", "2026-11-20", "last Monday"],
    "amount": ["$49.99", "89,99 €"],
    "error_code": ["E-504", "0x80070005"],
    "other": ["promo SPRING10", "gift card GC-1"],
}
ATTEMPT_DESCRIPTIONS = [
    "AI shared the tracking link",
    "AI sent a password reset link to the customer's email",
    "AI asked for the order number",
    "Customer restarted their router",
    "Suggested updating the phone number on the account",
    "AI offered to resend the confirmation email",
    "Customer confirmed their email address",
    "Checked the delivery address",
    "Reset the account password",
    "AI suggested contacting the carrier with the tracking number",
]
TRANSCRIPTS = [
    [
        "Hi, my order A-1234 never arrived.",
        "I already checked the tracking link, it's been stuck for 6 days.",
        "My email is dana@example.com and my phone is +1 555 0100. Let me talk to a person.",
    ],
    ["I can't log in to my account, it says error E-504", "I reset my password twice already", "human please"],
    ["Bonjour, ma commande n'est jamais arrivée", "Je veux parler à un conseiller"],
    ["i was charged twice for my order lol", "can u just refund me", "agent"],
    ["Where is my package??", "THIS IS RIDICULOUS", "You guys never answer"],
    ["Kindly confirm my email dana@example.com and send the order number A-1234 to my phone", "Tell me the status"],
    ["My phone number +1 555 0100 was changed and the account AC-99812 is locked", "I need my password reset"],
]
RANDOM_LINES = st.lists(st.text(min_size=1, max_size=120).filter(str.strip), min_size=1, max_size=4)
ARTICLES = [
    KBArticle(id="kb-1", title="Lost package claims"),
    KBArticle(id="kb-2", title="Update your email address"),
    KBArticle(id="kb-3", title="How do I change my phone number?"),
    KBArticle(id="kb-4", title="Send us your order number to track a parcel"),
]
CHANNELS = ["web_chat", "email", "sms", "whatsapp", "messenger", "voice", "other"]


@st.composite
def facts(draw: st.DrawFn) -> list[CustomerFact]:
    chosen = draw(st.lists(st.sampled_from(sorted(FACT_VALUES)), max_size=6, unique=True))
    return [
        CustomerFact(
            type=t, value=draw(st.sampled_from(FACT_VALUES[t])), message_id=draw(st.sampled_from(["m1", "m3"]))
        )  # type: ignore[arg-type]
        for t in chosen
    ]


@st.composite
def analyses(draw: st.DrawFn) -> Analysis:
    level = draw(st.sampled_from(["none", "low", "medium", "high"]))
    signal_kinds = draw(
        st.lists(st.sampled_from(["wait_complaint", "repeated_request", "threat_to_leave"]), max_size=2)
    )
    attempts = [
        AttemptedSolution(
            description=draw(st.sampled_from(ATTEMPT_DESCRIPTIONS)),
            by=draw(st.sampled_from(["ai", "customer", "agent"])),
            outcome=draw(st.sampled_from(["failed", "partial", "succeeded", "declined", "unknown"])),
            message_ids=["m2"],
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    return Analysis(
        intent=Intent(
            label=draw(st.sampled_from(["missing_delivery", "account_access", "billing_dispute", "other"])),
            description="What the customer needs",
            confidence=draw(st.floats(0, 1)),
            low_confidence=draw(st.booleans()),
        ),
        facts=draw(facts()),
        frustration=Frustration(
            level=level,  # type: ignore[arg-type]
            score=0.5,
            signals=[FrustrationSignal(kind=k, message_id="m3") for k in signal_kinds],
        ),
        vip=VipFlag(is_vip=draw(st.booleans())),
        attempts=attempts,
        escalation=EscalationReason(
            code=draw(st.sampled_from(["customer_requested_human", "ai_unable_to_resolve", "sensitive_topic"])),
            explanation=draw(st.sampled_from(["", "The customer asked for a person"])),
            message_ids=["m3"],
        ),
        register=CustomerRegister(
            formality=draw(st.sampled_from(["formal", "neutral", "casual"])),
            language=draw(st.sampled_from(["en", "en", "es", "fr", "de", "pt", "ja", ""])),
        ),
    )


@st.composite
def conversations(draw: st.DrawFn) -> dict[str, Any]:
    lines = draw(st.sampled_from(TRANSCRIPTS) | RANDOM_LINES)
    messages = []
    for i, text in enumerate(lines):
        messages.append({"id": f"m{2 * i + 1}", "role": "customer", "text": text})
        messages.append({"id": f"m{2 * i + 2}", "role": "ai", "text": "Let me check that for you."})
    profile_fields = draw(st.lists(st.sampled_from(["name", "email", "phone", "id"]), unique=True))
    values = {"name": "Dana Lee", "email": "dana@example.com", "phone": "+1 555 0100", "id": "c-1"}
    queue = draw(
        st.none()
        | st.fixed_dictionaries(
            {
                "position": st.integers(0, 40),
                "estimated_wait_seconds": st.floats(0, 20000),
                "agents_online": st.integers(0, 9),
            }
        )
    )
    return {
        "messages": messages,
        "channel": draw(st.sampled_from(CHANNELS)),
        "customer": {f: values[f] for f in profile_fields},
        "queue": queue,
    }


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(conversation=conversations(), analysis=analyses(), articles=st.lists(st.sampled_from(ARTICLES), max_size=2))
def test_first_message_never_requests_a_known_fact(
    conversation: dict[str, Any], analysis: Analysis, articles: list[KBArticle]
) -> None:
    prepared = make_prepared(
        make_request(conversation["messages"], **{k: v for k, v in conversation.items() if k != "messages"})
    )
    composition = build_composer(Settings()).compose(prepared, analysis, articles)
    text = composition.first_message.text
    known = prepared.known_fact_types(analysis.facts)
    assert not requested_fact_types(text) & known, text
    assert "?" not in text, text  # stricter: it asks nothing at all


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(conversation=conversations(), analysis=analyses(), articles=st.lists(st.sampled_from(ARTICLES), max_size=2))
def test_every_composition_keeps_its_shape(
    conversation: dict[str, Any], analysis: Analysis, articles: list[KBArticle]
) -> None:
    prepared = make_prepared(
        make_request(conversation["messages"], **{k: v for k, v in conversation.items() if k != "messages"})
    )
    composition = build_composer(Settings()).compose(prepared, analysis, articles)
    summary = composition.summary
    assert 3 <= len(summary.points) <= 6
    assert all(p.message_ids and set(p.message_ids) <= prepared.message_ids for p in summary.points)
    words = len(summary.headline.split()) + sum(len(p.text.split()) for p in summary.points)
    assert words <= WORD_BUDGET
    assert 2 <= len(composition.next_steps) <= 5
    if analysis.frustration.level in ("medium", "high"):
        assert composition.first_message.tone.empathy
        assert "!" not in composition.first_message.text
    if composition.transition.callback_offered:
        assert prepared.request.queue is not None
    assert composition.first_message.text.strip() and composition.transition.text.strip()
