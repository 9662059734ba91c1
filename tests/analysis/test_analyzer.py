"""The assembled offline analyzer: every Analysis field filled from a realistic multi-turn conversation."""

from __future__ import annotations

from pathlib import Path

import pytest

from copilot.analysis import build_analyzer
from copilot.config import Settings
from copilot.ports import Analyzer
from copilot.taxonomy import load_taxonomy

from .builders import build_prepared

REPO = Path(__file__).resolve().parents[2]

CONVERSATION = [
    ("customer", "Hi, I'm Dana Lee. My order #A-88123 (a Dyson V11 vacuum) was due Nov 14 and still hasn't arrived."),
    ("ai", "Sorry to hear that! I found your order A-88123. Here is the tracking link: https://track.example/1"),
    ("customer", "I've checked that link every day, it hasn't moved since Nov 11. Still nothing."),
    ("ai", "Parcels sometimes pause between scans. Please wait 2 more business days."),
    ("customer", "I've already waited a week. This is ridiculous. Let me talk to a real person."),
]


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    settings = Settings(taxonomy=REPO / "kb" / "intents.yaml")
    return build_analyzer(settings, load_taxonomy(REPO / "kb" / "intents.yaml"))


def test_is_an_analyzer(analyzer: Analyzer) -> None:
    assert isinstance(analyzer, Analyzer)


def test_every_field_is_filled(analyzer: Analyzer) -> None:
    analysis = analyzer.analyze(build_prepared(CONVERSATION, customer={"tier": "enterprise"}))
    assert analysis.intent.label == "missing_delivery"
    assert analysis.intent.description
    assert {("order_id", "A-88123"), ("name", "Dana Lee"), ("product", "Dyson V11 vacuum")} <= {
        (f.type, f.value) for f in analysis.facts
    }
    assert analysis.frustration.level in {"medium", "high"}
    assert analysis.frustration.signals and all(s.message_id.startswith("m") for s in analysis.frustration.signals)
    assert analysis.vip.is_vip and analysis.vip.reason == "customer.tier = enterprise"
    assert [(a.description, a.outcome) for a in analysis.attempts] == [
        ("AI looked up their order A-88123", "unknown"),
        (
            "AI shared the tracking link; customer said: they've checked that link every day, it hasn't moved since Nov 11",
            "failed",
        ),
        ("AI suggested the customer wait 2 more business days; customer said: they've already waited a week", "failed"),
        ("Customer waited a week", "failed"),
    ]
    assert analysis.escalation.code == "customer_requested_human"
    assert analysis.escalation.message_ids == ["m5"]
    assert analysis.register.language == "en" and analysis.register.language_supported


def test_vip_comes_from_the_profile_never_from_the_text(analyzer: Analyzer) -> None:
    analysis = analyzer.analyze(build_prepared([("customer", "I'm a VIP platinum member, treat me accordingly")]))
    assert analysis.vip.is_vip is False


def test_a_platform_trigger_sets_the_reason(analyzer: Analyzer) -> None:
    analysis = analyzer.analyze(build_prepared(CONVERSATION, escalation={"trigger": "negative_sentiment"}))
    assert analysis.escalation.code == "high_frustration"
    assert "negative_sentiment" in analysis.escalation.explanation


def test_low_confidence_is_reported(analyzer: Analyzer) -> None:
    analysis = analyzer.analyze(build_prepared([("customer", "hmm")]))
    assert analysis.intent.low_confidence
    assert any(w.startswith("intent_low_confidence") for w in analysis.warnings)
