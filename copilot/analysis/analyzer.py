"""The offline analyzer: runs every analysis of a prepared conversation and assembles the :class:`Analysis`."""

from __future__ import annotations

from copilot.analysis.attempts import extract_attempts
from copilot.analysis.escalation import infer_escalation
from copilot.analysis.facts import extract_facts
from copilot.analysis.frustration import analyze_frustration
from copilot.analysis.intent import IntentClassifier
from copilot.analysis.register import detect_register
from copilot.config import Settings
from copilot.context import Analysis, Prepared
from copilot.fallback import profile_vip

__all__ = ["OfflineAnalyzer"]


class OfflineAnalyzer:
    """Deterministic, network-free analysis: intent, facts, frustration, VIP, attempts, escalation, register."""

    def __init__(self, settings: Settings, classifier: IntentClassifier) -> None:
        self.settings = settings
        self.classifier = classifier

    def analyze(self, prepared: Prepared) -> Analysis:
        """Analyze one conversation; VIP comes from the profile only (never from what the customer writes)."""
        intent = self.classifier.classify(prepared)
        register = detect_register(prepared)
        frustration = analyze_frustration(prepared, language=register.language)
        vip = profile_vip(prepared, self.settings)
        attempts = extract_attempts(prepared)
        escalation = infer_escalation(prepared, attempts=attempts, frustration=frustration, vip=vip)
        warnings = []
        if intent.low_confidence:
            warnings.append(f"intent_low_confidence: {intent.label} ({intent.confidence:.2f})")
        return Analysis(
            intent=intent,
            facts=extract_facts(prepared),
            frustration=frustration,
            vip=vip,
            attempts=attempts,
            escalation=escalation,
            register=register,
            warnings=warnings,
        )
