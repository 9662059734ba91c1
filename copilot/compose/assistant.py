"""What the assistant established before the handoff: the latest informative statement of an AI turn.

"Order NW-447391 is currently Processing. Estimated delivery: Nov 24 - Nov 26." or "I'm not able to see the
expected ship date" is the current state of the case as the customer was told it, and the agent should know it.
Sentences are scored with cues that carry across domains (facts, numbers and dates, status and policy words,
the assistant admitting a limit, something it did: "I've put a hold on ..."); questions, apologies, greetings
and hand-over lines carry nothing. A person who had the conversation before (role "agent") counts too.
"""

from __future__ import annotations

import re

from copilot.compose.folded import FoldedPattern
from copilot.compose.statements import Statement
from copilot.compose.text import content_stems, pick_novel, split_sentences, words
from copilot.context import Analysis, Prepared
from copilot.request_memo import per_request

__all__ = ["assistant_status", "assistant_statuses"]

_STATUS = FoldedPattern(
    r"\b(?:shipped|processing|delivered|dispatched|in\s+transit|out\s+for\s+delivery|pending|posted|scheduled|"
    r"expected|estimated|eligible|ineligible|window|policy|fee|charge[ds]?|refund(?:ed)?|credit(?:ed)?|"
    r"cancel(?:l)?ed|approved|denied|declined|expired|active|suspended|blocked|locked|available|out\s+of\s+stock|"
    r"in\s+stock|back[- ]?order(?:ed)?|open(?:ed)?|closed|case|ticket|claim|warranty|review)\b",
)
_LIMIT = FoldedPattern(
    r"\b(?:(?:i'?m|i\s+am)\s+(?:not\s+able|unable)|i\s+(?:can(?:not|'t)|don'?t\s+have\s+access)|not\s+able\s+to|"
    r"only\s+(?:a|an|our)\s+\w+\s+can|requires?\s+(?:a|an)\s+\w+)\b",
)
_POLICY = FoldedPattern(
    r"\b(?:(?:must|can\s+only|needs?\s+to|has\s+to|have\s+to|will\s+need\s+to)\s+be\s+(?:reviewed|approved|handled|"
    r"verified|confirmed|processed|authori[sz]ed)|(?:reviewed|approved|handled|verified|processed)\s+(?:\w+\s+)?by\s+"
    r"(?:our|a|an|the)\b|only\s+(?:\w+\s+){0,4}can\b|requires?\s+(?:our|a|an|the)\b|not\s+allowed|"
    r"(?:isn'?t|is\s+not|aren'?t|are\s+not)\s+(?:eligible|covered|possible|available))",
)
"""A rule the assistant stated: who must approve, what is required, what is not possible."""
_DONE = FoldedPattern(
    r"\b(?:i'?ve|i\s+have|we'?ve|we\s+have)\s+(?:just\s+|now\s+|also\s+|already\s+)?(?:put|placed|added|applied|"
    r"issued|sent|passed|cancell?ed|updated|changed|reset|opened|created|escalated|submitted|resubmitted|flagged|"
    r"removed|suspended|blocked|refunded|credited|waived|scheduled|booked|noted|requested|logged|raised|reversed)\b",
)
"""Something support did on the case ("I've put a 14-day hold on suspension"): the agent must not redo it."""
_NOTHING_FOUND = FoldedPattern(
    r"\b(?:there\s+(?:is|are|was|were)\s+no|(?:i|we)\s+(?:don'?t|do\s+not|can'?t|cannot|couldn'?t|could\s+not)\s+"
    r"(?:see|find)\s+(?:a|an|any)|(?:has|have|shows?)\s+no\s+record|no\s+record\s+of)\b",
)
"""A finding of absence ("there is no TripShield policy on this trip", "I don't see a reported outage in your
area"): what was checked and ruled out, which the agent must not check again."""
_APOLOGY = FoldedPattern(r"^(?:(?:i'?m\s+)?sorry|unfortunately|apologies)\b[^,.;:]*[,.;:]?\s*")
_EMPTY = FoldedPattern(
    r"^(?:sorry|i'?m\s+sorry|i\s+understand|thanks?|thank\s+you|no\s+problem|of\s+course|great|sure|hi|hello|"
    r"let\s+me\s+(?:check|connect|transfer|see)|i'?m\s+(?:connecting|transferring|passing)|please\s+(?:hold|wait))\b",
)
_DIGIT = re.compile(r"\d")
_URL = re.compile(r"\s*(?:https?://|www\.)\S+")
"""Links are dropped: a link is not a finding, and its digits and words would pass for one."""
_MIN_SCORE = 2.0
_MIN_STEMS = 3
_RECENT_TURNS = 6  # the state the customer was last told; older turns are history
_SUPPORT_ROLES = frozenset({"ai", "agent"})
"""Who tells the customer the state of the case: the assistant, or a person who had the conversation before."""


def assistant_status(prepared: Prepared, analysis: Analysis) -> Statement | None:
    """The assistant's most informative recent statement of the case's state, or None."""
    found = assistant_statuses(prepared, analysis, limit=1)
    return found[0] if found else None


def assistant_statuses(prepared: Prepared, analysis: Analysis, limit: int = 3) -> list[Statement]:
    """Up to ``limit`` informative statements of the assistant's recent turns, best first (a later one wins a
    tie), none a rewording of another; each carries its score."""
    values = [f.value.lower() for f in analysis.facts if f.value]
    scored: list[Statement] = []
    for message in [m for m in prepared.messages if m.role in _SUPPORT_ROLES][-_RECENT_TURNS:]:
        for sentence in _sentences(message.text):
            score = _score(sentence, values)
            if score >= _MIN_SCORE:
                scored.append(Statement(text=sentence, message_id=message.id, position=message.index, score=score))
    ordered = sorted(scored, key=lambda s: (-s.score, -s.position))
    return pick_novel(ordered, lambda s: s.text, frozenset(), limit)


@per_request
def _sentences(message: str) -> tuple[str, ...]:
    """The sentences of an assistant turn, links dropped (cached per text)."""
    return tuple(split_sentences(_URL.sub("", message)))


def _score(sentence: str, fact_values: list[str]) -> float:
    cues = _cue_score(sentence)
    if cues is None:
        return 0.0
    lowered, score = cues
    return 1.5 * min(2, sum(1 for v in fact_values if v in lowered)) + score


@per_request
def _cue_score(sentence: str) -> tuple[str, float] | None:
    """The sentence (apology dropped, lower case) and its score without the facts; None when it says nothing
    (a question, a courtesy, too few or too many words). Cached per text; every addend is a multiple of 0.5,
    so adding the facts' part last is exact."""
    sentence = _APOLOGY.remove(sentence)  # "I'm sorry, I'm not able to see the ship date" states a limit
    if "?" in sentence or _EMPTY.starts(sentence) or len(content_stems(sentence)) < _MIN_STEMS:
        return None
    if len(words(sentence)) > 40:
        return None
    score = 1.0 if _DIGIT.search(sentence) else 0.0
    score += 1.0 if _STATUS.found(sentence) else 0.0
    score += 1.5 if _LIMIT.found(sentence) else 0.0
    score += 2.0 if _POLICY.found(sentence) else 0.0
    score += 2.0 if _DONE.found(sentence) else 0.0
    score += 2.0 if _NOTHING_FOUND.found(sentence) else 0.0
    return sentence.lower(), score
