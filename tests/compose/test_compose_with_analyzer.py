"""The composer behind the real offline analyzer and guard: the pipeline's own path, end to end.

These tests assert what must hold whatever the analyzer's exact wording: facts acknowledged and never asked,
empathy that follows the measured frustration, the customer's language, valid citations, and no guard repair
of the composer's texts.
"""

from __future__ import annotations

from typing import Any

import pytest

from copilot.analysis import build_analyzer
from copilot.analysis.asks import requested_fact_types
from copilot.compose import build_composer
from copilot.config import Settings
from copilot.pipeline import Pipeline
from copilot.prepare import prepare
from copilot.schema import HandoffPackage, HandoffRequest
from copilot.taxonomy import load_taxonomy

from .builders import SHIPPING_MESSAGES

REPO_TAXONOMY = "kb/intents.yaml"

BILLING_EMAIL = [
    {
        "role": "customer",
        "text": "Dear support, I have been charged $89.99 twice for order 55012 on November 3. I would "
        "appreciate a refund of the duplicate charge.",
    },
    {"role": "ai", "text": "Duplicate charges are often pending authorisations that drop off within 5 days."},
    {
        "role": "customer",
        "text": "Both charges have posted to my statement; this is not a pending authorisation. Kindly "
        "escalate this to a member of staff.",
    },
]
LOGIN_SMS = [
    {"role": "customer", "text": "hey i cant log into my account, keeps saying wrong password"},
    {"role": "ai", "text": "You can reset your password from the login page using 'Forgot password'."},
    {"role": "customer", "text": "did that twice, the reset email never comes. my email is sam.k@mail.com"},
    {"role": "ai", "text": "Please check your spam folder."},
    {"role": "customer", "text": "nothing in spam either. can i talk to someone"},
]
SPANISH_DAMAGE = [
    {"role": "customer", "text": "Hola, mi pedido 77812 llegó con la lámpara rota y la caja aplastada."},
    {"role": "ai", "text": "Lo siento mucho. ¿Puede enviarnos una foto del daño?"},
    {"role": "customer", "text": "Ya envié la foto hace tres días y nadie me responde. Quiero hablar con una persona."},
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    settings = Settings(taxonomy=REPO_TAXONOMY)
    analyzer = build_analyzer(settings, load_taxonomy(settings.resolve(settings.taxonomy)))
    return Pipeline(settings, analyzer=analyzer, composer=build_composer(settings), retriever=None, store=None)


def request(messages: list[dict[str, Any]], **fields: Any) -> HandoffRequest:
    return HandoffRequest.model_validate({"conversation_id": "c-1", "messages": messages, **fields})


async def run(pipeline: Pipeline, req: HandoffRequest) -> HandoffPackage:
    package = await pipeline.run(req)
    assert not [w for w in package.meta.warnings if w.startswith("guard:")], package.meta.warnings
    return package


async def test_shipping_chat(pipeline: Pipeline) -> None:
    req = request(SHIPPING_MESSAGES, customer={"name": "Dana Lee", "email": "dana@example.com"})
    package = await run(pipeline, req)
    first = package.suggested_first_message
    assert first.text.startswith("Hi Dana,")
    assert "A-1234" in first.text
    assert "tracking link" in first.text
    assert first.tone.empathy is (package.flags.frustration.level in ("medium", "high"))
    assert 3 <= len(package.summary.points) <= 6


async def test_billing_email(pipeline: Pipeline) -> None:
    req = request(BILLING_EMAIL, channel="email", customer={"name": "Margaret Okafor", "email": "m.okafor@example.org"})
    package = await run(pipeline, req)
    text = package.suggested_first_message.text
    assert text.startswith("Dear Margaret,\n\n")
    assert text.endswith("Kind regards,")
    assert "55012" in text and "$89.99" in text
    assert "Dear support" not in " ".join(p.text for p in package.summary.points)


async def test_login_sms_never_asks_for_the_email_it_was_given(pipeline: Pipeline) -> None:
    req = request(
        LOGIN_SMS, channel="sms", customer={"phone": "+44 7700 900123"}, queue={"estimated_wait_seconds": 900}
    )
    package = await run(pipeline, req)
    text = package.suggested_first_message.text
    known = prepare(req, pipeline.settings).known_fact_types(package.customer_facts)
    assert "email" in known
    assert not requested_fact_types(text) & known
    assert package.suggested_first_message.tone.formality == "casual"
    assert package.customer_transition_message.callback_offered is True


async def test_spanish_whatsapp_is_answered_in_spanish(pipeline: Pipeline) -> None:
    req = request(SPANISH_DAMAGE, channel="whatsapp", customer={"name": "Lucía Fernández"})
    package = await run(pipeline, req)
    assert package.meta.language == "es"
    assert package.suggested_first_message.text.startswith("Hola Lucía,")
    assert "lámpara rota" in package.suggested_first_message.text
    assert "persona" in package.customer_transition_message.text
