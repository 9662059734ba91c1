"""Next steps for the agent: 2 to 5 concrete actions drawn from the facts, the KB articles, what already
failed, the escalation policy, the customer's mood and VIP status, and the intent.

Candidates are ranked by how much they change what the agent does next; the best five are kept and shown in
working order (look the case up, follow the guide, avoid what failed, handle the person, resolve).
"""

from __future__ import annotations

from dataclasses import dataclass

from copilot.compose.attempts import attempt_gist, relevant_attempts
from copilot.compose.first_message import intent_phrase
from copilot.compose.keyfacts import issue_facts
from copilot.compose.text import clip_words, humanize_label, lower_first_word
from copilot.context import Analysis, Prepared
from copilot.schema import AttemptedSolution, KBArticle

__all__ = ["MAX_STEPS", "MIN_STEPS", "plan_next_steps"]

MIN_STEPS, MAX_STEPS = 2, 5
_FACT_STEPS = {
    "order_id": "Verify order {v} in the order system",
    "tracking_number": "Check the carrier status of tracking number {v}",
    "account_id": "Open account {v} and check its status",
    "ticket_id": "Review ticket {v} and its history",
    "error_code": "Look up error {v} in the known issues",
    "product": "Check {v} for known issues and warranty status",
    "device": "Check known issues for {v}",
    "amount": "Verify the {v} charge in the billing records",
    "other": "Look up {v}",
}
_ATTEMPT_STEPS = {
    "failed": "Don't repeat “{d}”: it did not help",
    "declined": "Don't push “{d}” again: the customer declined it",
    "partial": "Build on “{d}”: it only partly helped",
}
_POLICY_CODES = frozenset({"policy_requires_human", "sensitive_topic"})
# working order of the kinds of step, for display
_DISPLAY = ("fact", "policy", "kb", "attempt", "handling", "intent", "reply")


@dataclass(frozen=True)
class _Step:
    kind: str
    text: str


def plan_next_steps(prepared: Prepared, analysis: Analysis, articles: list[KBArticle]) -> list[str]:
    """Return 2 to 5 next steps, most useful first by kind, in working order."""
    facts = [_Step("fact", _FACT_STEPS[f.type].format(v=f.value)) for f in issue_facts(analysis.facts, limit=2)]
    guides = [_Step("kb", _kb_text(a, i)) for i, a in enumerate(articles[:2])]
    attempts = [
        _Step("attempt", _ATTEMPT_STEPS[a.outcome].format(d=_short(a)))
        for a in relevant_attempts(analysis.attempts, prepared)
        if a.outcome in _ATTEMPT_STEPS
    ][:2]
    handling = _handling(analysis)
    policy = _policy(analysis)
    ranked = [
        *facts[:1],
        *guides[:1],
        *attempts[:1],
        *handling,
        *policy,
        _intent(analysis),
        *facts[1:],
        *attempts[1:],
        *guides[1:],
    ]
    chosen = ranked[:MAX_STEPS]
    if len(chosen) < MIN_STEPS:
        chosen.append(_Step("reply", "Reply in this conversation: the customer was told a person sees the whole chat"))
    chosen.sort(key=lambda s: _DISPLAY.index(s.kind))
    return [s.text for s in chosen]


def _kb_text(article: KBArticle, rank: int) -> str:
    title = " ".join(article.title.split())
    if rank == 0:
        return f"Follow “{title}” ({article.id})"
    return f"If that does not fit, see “{title}” ({article.id})"


def _short(attempt: AttemptedSolution) -> str:
    return clip_words(attempt_gist(attempt.description), 10)


def _handling(analysis: Analysis) -> list[_Step]:
    """How to treat the person: VIP priority and the frustration level, in one step."""
    frustration = analysis.frustration
    parts: list[str] = []
    if analysis.vip.is_vip:
        reason = f" ({analysis.vip.reason})" if analysis.vip.reason else ""
        parts.append(f"Prioritise this VIP customer{reason}")
    if frustration.level == "high":
        parts.append(f"open with an apology and a concrete action: frustration is high and {frustration.trend}")
    elif frustration.level == "medium":
        parts.append("acknowledge the frustration before troubleshooting")
    if any(s.kind == "threat_to_leave" for s in frustration.signals):
        parts.append("they mentioned leaving, so check the retention options")
    if not parts:
        return []
    text = "; ".join(parts)
    return [_Step("handling", text[:1].upper() + text[1:])]


def _policy(analysis: Analysis) -> list[_Step]:
    escalation = analysis.escalation
    if escalation.code not in _POLICY_CODES:
        return []
    why = (
        clip_words(lower_first_word(escalation.explanation), 14)
        if escalation.explanation.strip()
        else humanize_label(escalation.code)
    )
    return [_Step("policy", f"Handle under policy ({why.rstrip('.')}) before anything else")]


def _intent(analysis: Analysis) -> _Step:
    intent = analysis.intent
    label = intent_phrase(analysis)
    if label is None:
        named = humanize_label(intent.label) or "unknown"
        return _Step(
            "intent",
            f"Confirm the issue from the customer's messages first: the intent “{named}” is uncertain "
            f"({intent.confidence:.0%})",
        )
    description = clip_words(intent.description.strip().rstrip("."), 14)
    return _Step("intent", f"Resolve the {label}" + (f": {description}" if description else ""))
