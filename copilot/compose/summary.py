"""The summary for the agent: a headline plus 3 to 6 points, each citing the messages it comes from.

Points, in reading order: the issue in the customer's words, up to two supporting details, what was tried and
how it went, the current state (escalation and frustration), and what the customer wants now. The key facts
are in the headline (and in ``customer_facts``).
Everything is quoted or condensed from the transcript and the analysis; nothing is invented. The whole
summary (headline included) stays within :data:`WORD_BUDGET` words: optional points go first, then the
longest quotes are clipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from copilot.compose.assistant import assistant_status
from copilot.compose.first_message import intent_phrase
from copilot.compose.keyfacts import describe_fact, issue_facts
from copilot.compose.statements import Statement, Statements
from copilot.compose.text import clip_words, lower_first_word, word_count
from copilot.context import Analysis, Prepared
from copilot.schema import Summary, SummaryPoint

__all__ = ["MAX_POINTS", "WORD_BUDGET", "write_summary"]

WORD_BUDGET = 100
_MIN_POINT_WORDS = 6
_CAPS = {"headline": 14, "issue": 18, "detail": 12, "assistant": 14, "tried": 22, "state": 18, "wants": 14}
MAX_POINTS = 6
_ATTEMPT_WORDS = 8
_DROP_ORDER = ("detail", "assistant", "wants")  # optional points, first dropped first (later details first)
_SIGNAL_ORDER = (
    "threat_to_leave",
    "repeated_request",
    "wait_complaint",
    "bot_loop",
    "explicit_frustration",
    "profanity",
    "caps_or_punctuation",
)
"""Frustration evidence worth naming in the summary, most telling first."""
_OUTCOME_WORDS = {
    "failed": "did not help",
    "partial": "partly helped",
    "succeeded": "worked",
    "declined": "declined",
    "unknown": "outcome unknown",
}
_OUTCOME_ORDER = ("failed", "declined", "partial", "succeeded", "unknown")  # what the agent must not redo first
_MAX_ATTEMPTS = 3
_SUGGESTED = re.compile(
    r"^(?:the\s+)?(?:ai|assistant|bot)\s+(suggested|recommended|advised)\s+(?:that\s+)?"
    r"(?:the\s+customer\s+|they\s+|you\s+)?(?:to\s+)?",
    re.IGNORECASE,
)
_HEADLINE_STATE = {
    "customer_requested_human": "asked for a human",
    "ai_unable_to_resolve": "AI could not resolve",
    "repeated_failure": "repeated failed fixes",
    "policy_requires_human": "policy requires a human",
    "high_frustration": "escalated on frustration",
    "vip_customer": "escalated as VIP",
    "sensitive_topic": "sensitive topic",
    "other": "handed over",
}
_STATE = {
    "customer_requested_human": "the customer asked for a human",
    "ai_unable_to_resolve": "the assistant could not resolve it",
    "repeated_failure": "several fixes failed",
    "policy_requires_human": "policy requires a human",
    "high_frustration": "escalated because of high frustration",
    "vip_customer": "escalated because the customer is a VIP",
    "sensitive_topic": "a sensitive topic needs a person",
    "other": "handed over to a person",
}


@dataclass
class _Point:
    kind: str
    text: str
    message_ids: list[str]


def write_summary(prepared: Prepared, analysis: Analysis, statements: Statements) -> Summary:
    """Build the cited summary within the word budget."""
    valid = prepared.message_ids
    points = [
        _issue(prepared, analysis, statements),
        *(_quote("Detail", d, "detail") for d in statements.details),
        _assistant(prepared, analysis),
        _tried(prepared, analysis),
        _state(prepared, analysis),
        _wants(statements),
    ]
    kept = [p for p in points if p is not None]
    for point in kept:
        point.message_ids = list(dict.fromkeys(i for i in point.message_ids if i in valid))
    kept = [p for p in kept if p.message_ids]
    headline = clip_words(_headline(analysis, statements), _CAPS["headline"])
    kept = _fit_budget(headline, kept)
    return Summary(headline=headline, points=[SummaryPoint(text=p.text, message_ids=p.message_ids) for p in kept])


def _headline(analysis: Analysis, statements: Statements) -> str:
    label = intent_phrase(analysis)
    refs = [describe_fact(f) for f in issue_facts(analysis.facts, limit=2)]
    if label:
        head = label[:1].upper() + label[1:] + (f": {', '.join(refs)}" if refs else "")
    elif statements.issue is not None:
        head = clip_words(statements.issue.text.rstrip(" .!?"), 9)
    else:
        head = "Conversation handed over"
    extra = [_HEADLINE_STATE.get(analysis.escalation.code, "handed over")]
    if analysis.frustration.level == "high":
        extra.append("high frustration")
    if analysis.vip.is_vip:
        extra.append("VIP")
    return f"{head} — {', '.join(extra)}"


def _issue(prepared: Prepared, analysis: Analysis, statements: Statements) -> _Point:
    """The issue in the customer's words; without a clear statement, their first message."""
    label = intent_phrase(analysis)
    prefix = f"Issue ({label})" if label else "Issue"
    if statements.issue is not None:
        return _quote(prefix, statements.issue, "issue")
    first = next((m for m in prepared.customer_messages if m.text.strip()), None) or prepared.messages[0]
    return _Point("issue", f"{prefix}: “{clip_words(first.text, _CAPS['issue'])}”", [first.id])


def _quote(prefix: str, statement: Statement, kind: str) -> _Point:
    return _Point(kind, f"{prefix}: “{clip_words(statement.text, _CAPS[kind])}”", [statement.message_id])


def _assistant(prepared: Prepared, analysis: Analysis) -> _Point | None:
    """What the assistant last established about the case (a status, a date, a limit it hit)."""
    status = assistant_status(prepared, analysis)
    return _quote("Assistant said", status, "assistant") if status is not None else None


def _tried(prepared: Prepared, analysis: Analysis) -> _Point:
    """What was tried and how it went; says so when nothing was, citing the assistant's turns."""
    if analysis.attempts:
        shown = sorted(analysis.attempts, key=lambda a: _OUTCOME_ORDER.index(a.outcome))[:_MAX_ATTEMPTS]
        parts = [f"{_short_attempt(a.description)} → {_OUTCOME_WORDS[a.outcome]}" for a in shown]
        ids = [i for a in shown for i in a.message_ids]
        if not any(i in prepared.message_ids for i in ids):
            ids += _assistant_ids(prepared)
        return _Point("tried", clip_words("Tried: " + "; ".join(parts), _CAPS["tried"]), ids)
    return _Point("tried", "Tried: no fix attempted before the handoff", _assistant_ids(prepared))


def _short_attempt(description: str) -> str:
    """Shorten an attempt for the summary: "AI suggested the customer check X" -> "AI suggested: check X"."""
    text = " ".join(description.split()).rstrip(". …")
    text = _SUGGESTED.sub(lambda m: f"AI {m.group(1).lower()}: ", text, count=1)
    return clip_words(text, _ATTEMPT_WORDS)


def _assistant_ids(prepared: Prepared) -> list[str]:
    """The assistant's last turns, or the first message when the assistant never spoke."""
    ids = [m.id for m in prepared.messages if m.role == "ai"][-2:]
    return ids or [prepared.messages[0].id]


def _state(prepared: Prepared, analysis: Analysis) -> _Point:
    """Where things stand: why it was escalated, and how the customer feels."""
    escalation = analysis.escalation
    explanation = escalation.explanation.strip()
    why = clip_words(lower_first_word(explanation), 12) if explanation else _STATE[escalation.code]
    frustration = analysis.frustration
    mood = "customer calm" if frustration.level == "none" else f"frustration {frustration.level}, {frustration.trend}"
    evidence = _top_signal(analysis)
    if evidence:
        mood += f" ({evidence})"
    vip = "; VIP" if analysis.vip.is_vip else ""
    cited = [*escalation.message_ids, *(s.message_id for s in frustration.signals)]
    ids = [i for i in cited if i in prepared.message_ids][:4] or [prepared.messages[-1].id]
    return _Point("state", _clip_quoted(f"Now: {why.rstrip('.')}; {mood}{vip}", _CAPS["state"]), ids)


def _top_signal(analysis: Analysis) -> str | None:
    """The most telling frustration signal with the analyzer's evidence, as given: 'threat to leave: "cancel"'."""
    signals = [s for s in analysis.frustration.signals if s.kind in _SIGNAL_ORDER and s.detail.strip()]
    if not signals:
        return None
    top = min(signals, key=lambda s: _SIGNAL_ORDER.index(s.kind))
    return f"{top.kind.replace('_', ' ')}: {clip_words(top.detail.strip(), 8)}"


def _wants(statements: Statements) -> _Point | None:
    """What the customer asks for now; an ask for a person is added to (or stands for) it."""
    want, human = statements.want, statements.human_request
    if want is not None:
        point = _quote("Wants now", want, "wants")
        if human is not None:
            point.text += "; asked for a person"
            point.message_ids.append(human.message_id)
        return point
    if human is not None:
        return _Point("wants", f"Wants now: a person (“{clip_words(human.text, 10)}”)", [human.message_id])
    return None


def _fit_budget(headline: str, points: list[_Point]) -> list[_Point]:
    """Drop optional points, then clip the longest, until headline + points fit the word budget."""

    def total() -> int:
        return word_count(headline) + sum(word_count(p.text) for p in points)

    for kind in _DROP_ORDER:
        droppable = [p for p in points if p.kind == kind]
        while droppable and (total() > WORD_BUDGET or len(points) > MAX_POINTS) and len(points) > 3:
            points.remove(droppable.pop())
    while total() > WORD_BUDGET:
        longest = max(points, key=lambda p: word_count(p.text))
        size = word_count(longest.text)
        if size <= _MIN_POINT_WORDS:
            break
        longest.text = _clip_quoted(longest.text, max(_MIN_POINT_WORDS, size - (total() - WORD_BUDGET)))
    return points


def _clip_quoted(text: str, limit: int) -> str:
    """Clip to ``limit`` words and close a quotation the clipping left open."""
    clipped = clip_words(text, limit)
    return clipped + "”" if clipped.count("“") > clipped.count("”") else clipped
