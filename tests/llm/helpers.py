"""Builders shared by the LLM tests: a realistic handoff request, the offline analysis of it, model replies in
the OpenAI wire format, and fakes of the offline analyzer and composer."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx

from copilot.context import Analysis, Composition, CustomerRegister, Prepared
from copilot.schema import (
    AttemptedSolution,
    CustomerFact,
    EscalationReason,
    Frustration,
    FrustrationSignal,
    HandoffRequest,
    Intent,
    KBArticle,
    SuggestedFirstMessage,
    Summary,
    SummaryPoint,
    TransitionMessage,
    VipFlag,
)

REPO = Path(__file__).resolve().parents[2]
LLM_BASE = "http://llm.test/v1"
CHAT_URL = f"{LLM_BASE}/chat/completions"
EMAIL = "dana.lee@example.com"
PHONE = "+1 415 555 0134"
CARD = "4242 4242 4242 4242"


def handoff_request(**overrides: Any) -> HandoffRequest:
    """A web-chat handoff: a late order, an email and a phone number, a card number with its CVV."""
    body: dict[str, Any] = {
        "conversation_id": "conv-llm-1",
        "channel": "web_chat",
        "messages": [
            {
                "id": "m1",
                "role": "customer",
                "text": "Hi, my order A-1234 never arrived. Tracking 1Z999AA10123456784",
            },
            {
                "id": "m2",
                "role": "ai",
                "text": "Sorry about that! Here is your tracking link: https://track.example.com/1Z999",
            },
            {
                "id": "m3",
                "role": "customer",
                "text": f"The link shows nothing for 6 days. Email me at {EMAIL} or call {PHONE}",
            },
            {
                "id": "m4",
                "role": "customer",
                "text": f"I paid with card {CARD} cvv 123, can you just refund it?",
            },
            {"id": "m5", "role": "customer", "text": "This is ridiculous, I want a human now!!"},
        ],
        "customer": {"id": "c-1", "name": "Dana Lee", "tier": "standard", "email": EMAIL},
        "escalation": {"trigger": "customer_request"},
        "queue": {"position": 3, "estimated_wait_seconds": 240},
    }
    body.update(overrides)
    return HandoffRequest.model_validate(body)


def offline_analysis(prepared: Prepared) -> Analysis:
    """What a competent offline analyzer finds in :func:`handoff_request`."""
    return Analysis(
        intent=Intent(label="missing_delivery", description="late order", confidence=0.8),
        facts=[
            CustomerFact(type="order_id", value="A-1234", message_id="m1"),
            CustomerFact(type="tracking_number", value="1Z999AA10123456784", message_id="m1"),
            CustomerFact(type="email", value=EMAIL, message_id="m3"),
        ],
        frustration=Frustration(
            level="medium",
            score=0.6,
            trend="rising",
            signals=[FrustrationSignal(kind="explicit_frustration", message_id="m5", detail="ridiculous")],
        ),
        vip=VipFlag(is_vip=False),
        attempts=[
            AttemptedSolution(description="AI shared the tracking link", by="ai", outcome="failed", message_ids=["m2"])
        ],
        escalation=EscalationReason(
            code="customer_requested_human", explanation="asked for a human", message_ids=["m5"]
        ),
        register=CustomerRegister(formality="casual", language="en"),
    )


def articles() -> list[KBArticle]:
    """Two retrieved KB articles."""
    return [
        KBArticle(
            id="kb-lost",
            title="Lost parcels",
            url="https://help.example.com/lost",
            snippet="Open a trace.",
            score=0.8,
        ),
        KBArticle(
            id="kb-refund",
            title="Refunds",
            url="https://help.example.com/refund",
            snippet="Refund rules.",
            score=0.5,
        ),
    ]


def good_draft(**overrides: Any) -> dict[str, Any]:
    """A valid HandoffDraft the way a well-behaved model answers, with contact details as placeholders."""
    draft: dict[str, Any] = {
        "headline": "Order A-1234 not delivered; tracking stuck 6 days",
        "summary_points": [
            {"text": "Order A-1234 never arrived", "message_ids": ["m1"]},
            {"text": "The tracking link shows no progress for 6 days", "message_ids": ["m2", "m3"]},
            {"text": "Customer wants a refund and a human; contact [EMAIL_1]", "message_ids": ["m4", "m5"]},
        ],
        "language": "en",
        "intent": {"label": "missing_delivery", "confidence": 0.93},
        "customer_facts": [
            {"type": "order_id", "value": "A-1234", "message_id": "m1"},
            {"type": "email", "value": "[EMAIL_1]", "message_id": "m3"},
            {"type": "phone", "value": "[PHONE_1]", "message_id": "m3"},
        ],
        "attempted_solutions": [
            {
                "description": "AI shared the tracking link",
                "by": "ai",
                "outcome": "failed",
                "message_ids": ["m2", "m3"],
            }
        ],
        "escalation_reason": {
            "code": "customer_requested_human",
            "explanation": "Asked for a human",
            "message_ids": ["m5"],
        },
        "frustration": {
            "level": "high",
            "score": 0.85,
            "trend": "rising",
            "signals": [{"kind": "explicit_frustration", "message_id": "m5", "detail": "ridiculous"}],
        },
        "first_message": {
            "text": "Hi Dana, I'm sorry order A-1234 still hasn't arrived. I'm opening a carrier trace now "
            "and will update you at [EMAIL_1].",
            "acknowledges": ["A-1234"],
            "formality": "neutral",
            "empathy": True,
        },
        "transition_message": {
            "text": "A specialist is joining and will see our whole chat.",
            "callback_offered": False,
        },
        "next_steps": ["Open a carrier trace for A-1234", "Offer a refund if the trace fails"],
        "kb_article_ids": ["kb-refund", "kb-lost"],
    }
    draft.update(overrides)
    return draft


def completion(content: str | None, *, finish_reason: str = "stop", refusal: str | None = None) -> httpx.Response:
    """A chat.completion HTTP response."""
    message: dict[str, Any] = {"role": "assistant", "content": content}
    if refusal is not None:
        message["refusal"] = refusal
    return httpx.Response(
        200,
        json={
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "created": 1,
            "model": "gpt-4o-mini",
            "choices": [{"index": 0, "message": message, "finish_reason": finish_reason}],
            "usage": {"prompt_tokens": 900, "completion_tokens": 300, "total_tokens": 1200},
        },
    )


def streamed(content: str, *, chunk_chars: int = 12) -> httpx.Response:
    """A streamed chat.completion (server-sent events) delivering ``content`` in small chunks."""

    def event(payload: dict[str, Any]) -> str:
        return f"data: {json.dumps(payload)}\n\n"

    def chunk(delta: dict[str, Any], finish: str | None = None) -> str:
        return event(
            {
                "id": "c1",
                "object": "chat.completion.chunk",
                "created": 1,
                "model": "gpt-4o-mini",
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
            }
        )

    parts = [chunk({"role": "assistant", "content": ""})]
    parts += [chunk({"content": content[i : i + chunk_chars]}) for i in range(0, len(content), chunk_chars)]
    parts.append(chunk({}, "stop"))
    usage = {"prompt_tokens": 900, "completion_tokens": 300, "total_tokens": 1200}
    parts.append(
        event(
            {
                "id": "c1",
                "object": "chat.completion.chunk",
                "created": 1,
                "model": "gpt-4o-mini",
                "choices": [],
                "usage": usage,
            }
        )
    )
    parts.append("data: [DONE]\n\n")
    return httpx.Response(200, headers={"content-type": "text/event-stream"}, content="".join(parts).encode())


def request_bodies(route: Any) -> list[str]:
    """Every request body a respx route received, decoded."""
    return [call.request.content.decode() for call in route.calls]


class FakeAnalyzer:
    """The offline analyzer of these tests: returns :func:`offline_analysis`."""

    def analyze(self, prepared: Prepared) -> Analysis:
        """Analyze the prepared transcript."""
        return offline_analysis(prepared)


class FakeComposer:
    """A deterministic offline composer whose texts are recognisable in assertions."""

    def compose(self, prepared: Prepared, analysis: Analysis, articles: list[KBArticle]) -> Composition:
        """Write the offline texts."""
        return Composition(
            summary=Summary(
                headline="OFFLINE headline", points=[SummaryPoint(text="OFFLINE point", message_ids=["m1"])]
            ),
            first_message=SuggestedFirstMessage(text="OFFLINE first message about A-1234"),
            transition=TransitionMessage(text="OFFLINE transition"),
            next_steps=["OFFLINE step"],
        )


class FakeRetriever:
    """Returns :func:`articles` for every conversation."""

    def retrieve(self, prepared: Prepared, analysis: Analysis, *, top_k: int, tenant: str) -> list[KBArticle]:
        """Return the fixed articles."""
        return articles()[:top_k]


async def never_answers(request: httpx.Request) -> httpx.Response:
    """A respx side effect for a provider that hangs far beyond any deadline."""
    await asyncio.sleep(30)
    return completion(json.dumps(good_draft()))
