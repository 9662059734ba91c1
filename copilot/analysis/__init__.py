"""The offline analysis engine: facts, intent, frustration, VIP, attempts, escalation and register.

``build_analyzer(settings, taxonomy)`` trains (or takes from the per-process cache) the taxonomy's intent model
and returns an :class:`~copilot.ports.Analyzer`. Everything runs locally: no network, no model download.
"""

from __future__ import annotations

from copilot.analysis.analyzer import OfflineAnalyzer
from copilot.analysis.intent import IntentClassifier, resolve_classifier_kind
from copilot.analysis.register import warm_up_language_model
from copilot.config import Settings
from copilot.taxonomy import Taxonomy

__all__ = ["OfflineAnalyzer", "build_analyzer"]


def build_analyzer(settings: Settings, taxonomy: Taxonomy) -> OfflineAnalyzer:
    """Return the offline analyzer for ``taxonomy``, with the intent classifier chosen by
    ``COPILOT_INTENT_CLASSIFIER`` (``auto``/``tfidf`` default, ``neural`` optional) trained and ready, so the first
    request pays no training or model-loading cost."""
    classifier = IntentClassifier(taxonomy, resolve_classifier_kind(settings.intent_classifier))
    warm_up_language_model()
    return OfflineAnalyzer(settings, classifier)
