"""Help-center links the assistant cited lead the retrieval query (and outweigh an unsure intent)."""

from __future__ import annotations

import pytest

from copilot.config import Settings
from copilot.context import Analysis, Prepared
from copilot.knowledge import KnowledgeBase
from copilot.knowledge.query import build_query, cited_article_slugs
from copilot.prepare import prepare
from copilot.schema import EscalationReason, Frustration, HandoffRequest, Intent, VipFlag


def _conversation(settings: Settings, messages: list[dict[str, str]]) -> Prepared:
    return prepare(HandoffRequest.model_validate({"conversation_id": "c", "messages": messages}), settings)


def _unsure(label: str, description: str) -> Analysis:
    return Analysis(
        intent=Intent(label=label, description=description, confidence=0.3, low_confidence=True),
        facts=[],
        frustration=Frustration(),
        vip=VipFlag(),
        attempts=[],
        escalation=EscalationReason(code="customer_requested_human"),
    )


# A Spanish customer whose ride did not end; the bot answers in Spanish and links the English article.
SPANISH_WITH_LINK = [
    {"role": "customer", "text": "Hola, terminé mi viaje hace una hora pero la aplicación sigue contando los minutos."},
    {
        "role": "ai",
        "text": "¡Hola! Veo un viaje abierto desde las 14:05. Aquí tienes la guía: "
        "https://help.spokes.example/ride-not-ended.",
    },
    {"role": "customer", "text": "Ya la leí, no sirve de nada y me siguen cobrando cada minuto. Quiero una persona."},
    {"role": "ai", "text": "Entiendo, te paso con un agente de nuestro equipo."},
]
WRONG_UNSURE_INTENT = ("promo_code_problem", "A promo code or discount code does not work or was not applied")


@pytest.mark.parametrize(
    ("text", "slugs"),
    [
        ("See https://help.acme.example/articles/track-your-refund for the steps.", ["track your refund"]),
        ("Our guide: help.acme.example/billing/price-adjustment-2026. Anything else?", ["price adjustment 2026"]),
        ("Read https://support.acme.example/hc/en-us/lost_or_damaged_parcel.html", ["lost or damaged parcel"]),
        ("https://help.acme.example/wifi/slow-speeds#restart-the-router", ["slow speeds"]),
        ("Did you see [this guide](https://help.acme.example/a/reset-your-password)?", ["reset your password"]),
        ("Have you read https://help.acme.example/a/reset-your-password?", ["reset your password"]),
        ("Tracking: https://www.fedex.com/fedextrack/?trknbr=775201836644", []),  # a query string: not an article
        ("Pay at acme.example/pay or write to j.doe@acme.example", []),  # vanity link, e-mail address
        ("Delivered 12/11/2026 and/or later", []),
    ],
)
def test_article_slugs_come_from_help_center_links(settings: Settings, text: str, slugs: list[str]) -> None:
    assert cited_article_slugs(_conversation(settings, [{"role": "ai", "text": text}])) == slugs


def test_only_assistant_and_agent_links_count_and_each_once(settings: Settings) -> None:
    prepared = _conversation(
        settings,
        [
            {"role": "customer", "text": "My shop is at https://my-shop.example/products/blue-mug-large"},
            {"role": "ai", "text": "This may help: https://help.acme.example/a/connect-your-shop"},
            {"role": "agent", "text": "Same article again: https://help.acme.example/a/connect-your-shop"},
            {"role": "system", "text": "Routed via https://internal.acme.example/queues/tier-two"},
        ],
    )
    assert cited_article_slugs(prepared) == ["connect your shop"]


def test_a_cited_article_leads_the_query_and_replaces_an_unsure_intent(settings: Settings) -> None:
    prepared = _conversation(settings, SPANISH_WITH_LINK)
    query = build_query(prepared, _unsure(*WRONG_UNSURE_INTENT))
    assert query.splitlines()[0] == "ride not ended"
    assert "promo" not in query  # the unsure guess is not needed as a bridge: the link is one
    # without a link the same Spanish conversation still needs the unsure intent as its only bridge
    unlinked = [m if m["role"] != "ai" else {**m, "text": m["text"].split(" Aquí")[0]} for m in SPANISH_WITH_LINK]
    assert build_query(_conversation(settings, unlinked), _unsure(*WRONG_UNSURE_INTENT)).startswith("promo code")


def test_a_cited_article_finds_the_article_despite_a_wrong_unsure_intent(
    seeded: KnowledgeBase, settings: Settings
) -> None:
    articles = seeded.retrieve(
        _conversation(settings, SPANISH_WITH_LINK), _unsure(*WRONG_UNSURE_INTENT), top_k=3, tenant="default"
    )
    assert articles[0].id == "spk-ride-not-ended"
