"""The deterministic scorers, one per metric of DESIGN.md, and :func:`score_case` that runs those that apply.

A scorer is a function ``(CaseView) -> (value, why)`` whose docstring is its definition. It runs only on cases
that carry its expected field; ``redundant_ask_rate``, ``generic_opening_rate`` and ``tone_match`` judge the
first message against the transcript itself, so they run on every case. Latency is not scored per case: the
runner records ``meta.latency_ms`` and the report aggregates its percentiles.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from copilot.evaluation.metrics import METRICS
from copilot.evaluation.scorers.base import CaseView, Score
from copilot.evaluation.scorers.coverage import attempted_solution_recall, summary_coverage
from copilot.evaluation.scorers.first_message import context_ack, generic_opening_rate, redundant_ask_rate
from copilot.evaluation.scorers.labels import (
    escalation_accuracy,
    fact_recall,
    frustration_accuracy,
    intent_accuracy,
    kb_mrr,
    kb_recall_at_k,
    vip_accuracy,
)
from copilot.evaluation.scorers.tone import tone_match
from copilot.evaluation.suite import Expected

__all__ = ["SCORERS", "CaseView", "Score", "ScorerDef", "score_case"]


@dataclass(frozen=True)
class ScorerDef:
    """A metric's scorer and the test for whether a case carries what it needs."""

    metric: str
    applies: Callable[[Expected], bool]
    score: Callable[[CaseView], tuple[float, str]]


def _always(expected: Expected) -> bool:
    return True


SCORERS: tuple[ScorerDef, ...] = (
    ScorerDef("intent_accuracy", lambda e: e.intent is not None, intent_accuracy),
    ScorerDef("escalation_accuracy", lambda e: e.escalation_reason is not None, escalation_accuracy),
    ScorerDef("frustration_accuracy", lambda e: e.frustration is not None, frustration_accuracy),
    ScorerDef("vip_accuracy", lambda e: e.vip is not None, vip_accuracy),
    ScorerDef("kb_recall_at_k", lambda e: bool(e.kb_article_ids), kb_recall_at_k),
    ScorerDef("kb_mrr", lambda e: bool(e.kb_article_ids), kb_mrr),
    ScorerDef("fact_recall", lambda e: bool(e.facts), fact_recall),
    ScorerDef("attempted_solution_recall", lambda e: bool(e.attempted_solutions), attempted_solution_recall),
    ScorerDef("summary_coverage", lambda e: bool(e.summary_points), summary_coverage),
    ScorerDef("context_ack", lambda e: bool(e.must_mention), context_ack),
    ScorerDef("redundant_ask_rate", _always, redundant_ask_rate),
    ScorerDef("generic_opening_rate", _always, generic_opening_rate),
    ScorerDef("tone_match", _always, tone_match),
)


def score_case(view: CaseView) -> dict[str, Score]:
    """Run every scorer that applies to ``view``'s case; each score says whether the case passes its bar."""
    scores: dict[str, Score] = {}
    for scorer in SCORERS:
        if scorer.applies(view.expected):
            value, why = scorer.score(view)
            scores[scorer.metric] = Score(value=value, passed=METRICS[scorer.metric].passes(value), why=why)
    return scores
