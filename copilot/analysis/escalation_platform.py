"""Escalation evidence that the platform or the assistant writes into the transcript itself.

Some platforms send no ``escalation.trigger`` but leave a system line that says why the conversation is routed
("Conversation re-opened after 26h of inactivity", "Supervisor has taken over (proactive monitoring)",
"transferred to queue Billing (reason: agent_shift_end)"); and an assistant often names a VIP routing out loud
("As a Priority customer, I'll connect you with your dedicated team"). Both say what made the move, in any
domain: they are read here, so :mod:`copilot.analysis.escalation` can weigh them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from copilot.context import Prepared

__all__ = ["system_reason", "vip_statement"]

_STATED_REASON = re.compile(r"\b(?:handoff\s+|escalation\s+|transfer\s+)?reason\s*[:=]\s*([a-z][\w.-]*)")
"""An explicit routing reason in a system line: "reason: agent_shift_end", "Handoff reason: max_retries"."""
_NOT_FROM_CONVERSATION = re.compile(
    r"\b(?:inactiv\w*|idle\s+for|timed?[\s_-]?out|re-?opened\s+after|re-?engagement|taken\s+over|take[\s_-]?over"
    r"|barge[\s_-]?in|proactive\w*|from\s+(?:qa\s+)?monitoring|shift\s+(?:end|change)|end\s+of\s+(?:my\s+|the\s+)?shift"
    r"|scheduled\s+maintenance|(?:assistant|bot)\s+(?:is\s+)?(?:disabled|offline|unavailable|paused)"
    r"|after[\s_-]hours|outside\s+(?:business|opening)\s+hours)"
)
"""A system line saying the move came from the platform or staff, not from anything in the conversation."""
_DETECTOR = re.compile(
    r"^\W*((?:[a-z][\w.-]*\s+){0,2}[a-z][\w.-]*)\s+(?:detected|guard|alert|alarm|triggered|threshold(?:\s+reached)?)\b"
)
"""A platform rule that names what it saw, at the head of its line: "Loop detected: ...", "Repeated-answer guard:
...", "Sentiment alert: ..." (the words before the rule's kind are read like a trigger)."""
_FAILED_REPEATEDLY = re.compile(
    r"\b(?:failed|failures?|unsuccessful)\s+(?:\d+|two|three|four|five|several|multiple|repeated(?:ly)?)(?:\s+times)?\b"
    r"|\b(?:without\s+(?:a\s+)?resolution|unresolved|unsuccessfully)\s+after\s+(?:\d+|two|three|four|five|several|multiple)"
    r"|\b(?:max(?:imum)?|retry|attempt|fallback|reprompt|no[\s-]?match)\s+(?:number\s+of\s+)?(?:attempts\s+|retries\s+)?"
    r"(?:attempts|retries|limit|threshold|count)\s+(?:reached|exceeded|hit)"
    r"|\b(?:\d+|two|three|four|five)\s+(?:unresolved|failed|unsuccessful)\s+(?:turns|answers|attempts|tries|replies)"
)
"""A system line saying an automated flow kept failing ("flow failed 3 times", "ended without resolution after 3
attempts", "fallback limit reached (3 unresolved turns)"): a repeated failure, stated by the platform."""
_ROUTED_TO = re.compile(
    r"\b(?:routed|routing|transferred|moved|assigned|escalated)\s+to\s+(?:queue:?\s+)?([^.\n]{1,60})"
)
"""The queue a system line routes to ("Routed to Fraud (priority)", "routed to queue: Privacy (bereavement)")."""
_TOPIC_QUEUES = frozenset({"sensitive_topic", "policy_requires_human"})
"""Codes a queue's name can state: a Fraud or Bereavement queue names the topic; "(priority)" or "Support" does not
say why the conversation moved."""
_VIP_STATED = re.compile(
    r"\b(?:as\s+(?:a|an|one\s+of\s+our)\s+(?:valued\s+)?(?:priority|vip|premium|platinum|gold|elite)\s+(?:customer|member"
    r"|client|account)s?|(?:you'?re|you\s+are)\s+one\s+of\s+our\s+(?:priority|vip|premium|platinum|gold|elite)\b"
    r"|dedicated\s+(?:priority|vip|premium|account|relationship)\s+(?:\w+\s+)?(?:team|manager|line|specialist|desk)"
    r"|(?:flagged|marked|identified)\s+(?:as\s+)?(?:a\s+)?vip\b|\bvip\s*(?:=|:)\s*(?:true|yes)\b"
    r"|\bvip\s+(?:routing|queue|line|desk))"
)
"""The assistant or the platform names VIP handling as the route ("As a Priority customer, I'll connect you")."""


def system_reason(prepared: Prepared, map_trigger: Callable[[str], str | None]) -> tuple[str, str] | None:
    """The code and message id of the latest system line that states why the conversation moved, or None.

    An explicit "reason: X" or a named rule ("Loop detected", "Sentiment alert") is read like a platform trigger
    (``map_trigger``); inactivity, a staff takeover, a shift change or the assistant being offline give ``other``:
    nothing in the conversation asked for a person; an automated flow that failed several times ("failed 3
    times") gives ``repeated_failure``; a queue named for a sensitive or policy topic ("Routed to Fraud") gives
    that topic.
    """
    found: tuple[str, str] | None = None
    for message in prepared.messages:
        if message.role != "system":
            continue
        text = message.text.lower()
        stated = _STATED_REASON.search(text)
        code = map_trigger(stated.group(1)) if stated else None
        if code is None and _NOT_FROM_CONVERSATION.search(text):
            code = "other"
        if code is None and (detector := _DETECTOR.search(text)):
            code = map_trigger(detector.group(1))
        if code is None and _FAILED_REPEATEDLY.search(text):
            code = "repeated_failure"
        if code is None and (queue := _ROUTED_TO.search(text)):
            named = map_trigger(queue.group(1))
            code = named if named in _TOPIC_QUEUES else None
        if code is not None:
            found = (code, message.id)
    return found


def vip_statement(prepared: Prepared) -> tuple[int, str] | None:
    """Position and id of the latest assistant or system turn that names VIP handling as the route, or None."""
    found: tuple[int, str] | None = None
    for message in prepared.messages:
        if message.role in {"ai", "system"} and _VIP_STATED.search(message.text.lower()):
            found = (message.index, message.id)
    return found
