"""Exact-answer scorers: the classification accuracies, KB retrieval and fact recall.

Each returns ``(value, why)``; the value is in [0, 1].
"""

from __future__ import annotations

from copilot.analysis.normalize import normalize_fact_value
from copilot.evaluation.scorers.base import CaseView

__all__ = [
    "escalation_accuracy",
    "fact_recall",
    "frustration_accuracy",
    "intent_accuracy",
    "kb_mrr",
    "kb_recall_at_k",
    "vip_accuracy",
]


def _equal(metric: str, predicted: object, expected: object) -> tuple[float, str]:
    if predicted == expected:
        return 1.0, f"{metric}: predicted {predicted!r} == expected"
    return 0.0, f"{metric}: predicted {predicted!r}, expected {expected!r}"


def intent_accuracy(view: CaseView) -> tuple[float, str]:
    """1 when ``package.intent.label`` equals ``expected.intent`` exactly, else 0."""
    return _equal("intent", view.package.intent.label, view.expected.intent)


def escalation_accuracy(view: CaseView) -> tuple[float, str]:
    """1 when ``package.escalation_reason.code`` equals ``expected.escalation_reason``, else 0."""
    return _equal("escalation reason", view.package.escalation_reason.code, view.expected.escalation_reason)


def frustration_accuracy(view: CaseView) -> tuple[float, str]:
    """1 when ``package.flags.frustration.level`` equals ``expected.frustration``, else 0."""
    return _equal("frustration level", view.package.flags.frustration.level, view.expected.frustration)


def vip_accuracy(view: CaseView) -> tuple[float, str]:
    """1 when ``package.flags.vip.is_vip`` equals ``expected.vip``, else 0."""
    return _equal("is_vip", view.package.flags.vip.is_vip, view.expected.vip)


def _first_hit(view: CaseView) -> tuple[int | None, list[str]]:
    """1-based rank of the first expected article among the package's top k, and the ids returned."""
    wanted = set(view.expected.kb_article_ids or [])
    returned = [a.id for a in view.package.kb_articles[: view.kb_top_k]]
    rank = next((i for i, article_id in enumerate(returned, start=1) if article_id in wanted), None)
    return rank, returned


def kb_recall_at_k(view: CaseView) -> tuple[float, str]:
    """1 when any of ``expected.kb_article_ids`` is in the package's first k articles (k: suite kb_top_k)."""
    rank, returned = _first_hit(view)
    if rank is None:
        return 0.0, f"none of {view.expected.kb_article_ids} in the top {view.kb_top_k}: {returned}"
    return 1.0, f"{returned[rank - 1]!r} at rank {rank} of the top {view.kb_top_k}"


def kb_mrr(view: CaseView) -> tuple[float, str]:
    """Reciprocal rank (1/r) of the first expected article within the top k; 0 when none is there."""
    rank, returned = _first_hit(view)
    if rank is None:
        return 0.0, f"no expected article in the top {view.kb_top_k}: {returned}"
    return round(1.0 / rank, 4), f"first expected article {returned[rank - 1]!r} at rank {rank}: 1/{rank}"


def fact_recall(view: CaseView) -> tuple[float, str]:
    """Share of ``expected.facts`` found in ``package.customer_facts`` with the same type and the same value
    after ``normalize_fact_value`` (so "#a-1234" finds "A-1234")."""
    expected = view.expected.facts or []
    found = {(f.type, normalize_fact_value(f.type, f.value)) for f in view.package.customer_facts}
    missing = [f for f in expected if (f.type, normalize_fact_value(f.type, f.value)) not in found]
    value = (len(expected) - len(missing)) / len(expected)
    if not missing:
        return value, f"all {len(expected)} expected facts found"
    listed = ", ".join(f"{f.type}={f.value!r}" for f in missing)
    return round(value, 4), f"{len(expected) - len(missing)}/{len(expected)} found; missing {listed}"
