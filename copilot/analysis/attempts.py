"""Attempted solutions: what the assistant (or an agent) suggested or did, what the customer tried on their own,
and how each went according to the customer's replies.

Descriptions read "<actor> <past-tense verb> ..." in the third person ("AI suggested the customer restart their
router", "AI shared the tracking link", "AI sent a password reset email", "Customer reinstalled the app"), so
the composer can retell them to the customer. Outcomes come from the customer turns that follow, up to the next
attempt: "still not working" is ``failed``, "better but..." ``partial``, "that worked" ``succeeded``, "no thanks,
I want a refund" ``declined``; otherwise ``unknown``. A customer's own attempt that they report is ``failed``
unless they say it worked (they would not be here).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from copilot.analysis.attempt_assistant import assistant_descriptions, refuses_request
from copilot.analysis.attempt_customer import customer_descriptions
from copilot.analysis.attempt_multilingual import foreign_descriptions
from copilot.analysis.attempt_outcomes import BARE_NO, BARE_YES, DID_IT, RETRIED, classify_outcome
from copilot.analysis.attempt_replies import (
    asks_if_tried,
    asks_if_wanted,
    did_as_suggested,
    reply_gist,
    requested,
)
from copilot.analysis.attempt_reported import reported_attempts
from copilot.analysis.attempt_text import clip_to, sentences
from copilot.context import Prepared, PreparedMessage
from copilot.schema import AttemptedSolution

__all__ = ["classify_outcome", "extract_attempts"]

_MAX_ATTEMPTS = 12
_SAME = 0.8  # share of the shorter description's words: "try a restart of the Hub" repeats "restart the Hub"
_WORD = re.compile(r"[a-z0-9$][a-z0-9$.'-]*")
_EXPLAINED = re.compile(r"^\S+\s+explained\b")
_OFFERED = re.compile(r"^\S+\s+(?:offered|suggested|shared|pointed)\b")
_TO_DO = re.compile(r"^\S+\s+(?:suggested|pointed)\b")
"""Something for the customer to do: what a reply saying "I did it" is about."""
_ASKED = re.compile(r"^\S+\s+asked\b")
_NO_OUTCOME = re.compile(
    r"^\S+\s+(?:said\s+(?:it|they)\s+could\s+not\b|checked\s+and\s+found\s+no\b|said\s+“|refused\s+the\s+customer|"
    r"looked\s+up\b|found\b)"
)
"""A limit told, a lookup or a check that found nothing: not a fix the customer could try, so no outcome (a
"still not working" after "I found your order; please restart it" is the restart's)."""
_QUOTED_QUESTION = re.compile(r"^\S+\s+asked\s+“")  # a yes/no question is kept only with its answer
_COULD_NOT = re.compile(r"^\S+\s+said\s+(?:it|they)\s+could\s+not\b")
_ASKS = re.compile(
    r"\b(?:can|could|would|will)\s+(?:you|u)\b(?!\s+(?:tell|explain|confirm|check|see|help)\b)|\bi(?:'d|\s+would)\s+like\s+to\b"
)
"""A request for the assistant to do something (not a question for information: "can you tell me...")."""
_ASK_WORDS = 14
_TIMES = {2: "twice", 3: "three times", 4: "four times", 5: "five times"}
_FILLER = frozenset("ai agent customer the a an their them they to of and or in on for with it suggested".split())  # noqa: SIM905


@dataclass
class _Attempt:
    description: str
    by: str
    message: PreparedMessage
    outcome: str = "unknown"
    reply: PreparedMessage | None = None
    wanted: bool = False  # the turn asked whether the customer wants something: a bare "no" declines
    tried: bool = False  # the turn asked whether the customer tried something: a bare "no" means not yet
    said: str = ""  # what the customer answered, in the third person, told after the description
    times: int = 1  # how often the assistant said it: a suggestion repeated after it failed is a loop


def extract_attempts(prepared: Prepared) -> list[AttemptedSolution]:
    """Every attempted solution, oldest first, with actor, outcome and the messages that show it."""
    attempts: list[_Attempt] = []
    pending: list[_Attempt] = []
    replied = False
    asked: PreparedMessage | None = None  # the customer's turn just before, which a refusal may turn down
    for message in prepared.messages:
        text = message.text.strip()
        if not text:
            continue
        if message.role in {"ai", "agent"}:
            found = _assistant_attempts(message)
            if asked is not None and refuses_request(text):
                found = [_refusal(message, asked), *found]
            elif asked is not None and found:
                _name_the_ask(found, asked)
            asked = None
            if found:
                pending, replied = found, False
                attempts.extend(found)
            elif replied:
                pending = []  # the assistant moved on: later replies are about something else
        elif message.role == "customer":
            asked = message
            if pending:
                attempts.extend(_settle(pending, message))
                replied = True
            attempts.extend(_customer_attempts(message))
    answered = [a for a in attempts if a.said or not _QUOTED_QUESTION.search(a.description)]
    return [_to_schema(a) for a in _keep_most_useful(_merge_repeats(_without_retold(answered)))]


def _without_retold(attempts: list[_Attempt]) -> list[_Attempt]:
    """The customer's own attempts less those another one from the same message already tells ("Customer tried
    again just now..." beside "Customer retried as suggested (...): tried again just now..."): the fuller stays."""
    known: dict[int, frozenset[str]] = {}
    own = [a for a in attempts if a.by == "customer"]
    retold = {
        id(shorter)
        for i, first in enumerate(own)
        for second in own[i + 1 :]
        if first.message.id == second.message.id
        for shorter, longer in (sorted((first, second), key=lambda a: len(_words(a, known))),)
        if _contained(_words(shorter, known), _words(longer, known))
    }
    return [a for a in attempts if id(a) not in retold] if retold else attempts


def _contained(shorter: frozenset[str], longer: frozenset[str]) -> bool:
    """Are (nearly) all of the shorter description's words in the longer one?"""
    return bool(shorter) and len(shorter & longer) >= _SAME * len(shorter)


def _keep_most_useful(attempts: list[_Attempt]) -> list[_Attempt]:
    """At most :data:`_MAX_ATTEMPTS`, in conversation order; over the cap, explanations give way to the actions,
    offers and suggestions an agent must not repeat."""
    if len(attempts) <= _MAX_ATTEMPTS:
        return attempts
    ranked = sorted(range(len(attempts)), key=lambda i: (_EXPLAINED.search(attempts[i].description) is not None, i))
    keep = set(ranked[:_MAX_ATTEMPTS])
    return [attempt for i, attempt in enumerate(attempts) if i in keep]


def _merge_repeats(attempts: list[_Attempt]) -> list[_Attempt]:
    """One entry per attempt: a repeat ("try a restart: unplug the Hub" after "restart the Hub: unplug it") is
    folded into the first telling, which takes the repeat's outcome when its own is unknown."""
    kept: list[_Attempt] = []
    by_kind: dict[tuple[str, str], list[_Attempt]] = {}  # only the same verb and actor fold
    words: dict[int, frozenset[str]] = {}  # by id(attempt), read only when an attempt of its kind follows
    for attempt in attempts:
        same_kind = by_kind.setdefault((_verb(attempt.description), attempt.by), [])
        first = next((k for k in same_kind if _overlap(_words(k, words), _words(attempt, words)) >= _SAME), None)
        if first is None:
            kept.append(attempt)
            same_kind.append(attempt)
            continue
        if attempt.message.id != first.message.id:
            first.times += 1
        if first.outcome == "unknown" and attempt.outcome != "unknown":
            first.outcome, first.reply, first.said = attempt.outcome, attempt.reply, attempt.said
    return kept


def _words(attempt: _Attempt, known: dict[int, frozenset[str]]) -> frozenset[str]:
    """The description's content words (fillers dropped), computed once per attempt."""
    found = known.get(id(attempt))
    if found is None:
        found = known[id(attempt)] = frozenset(_WORD.findall(attempt.description.lower())) - _FILLER
    return found


def _verb(description: str) -> str:
    """The description's verb ("suggested", "cancelled"): an explanation never folds an action into itself."""
    parts = description.split(maxsplit=2)
    return parts[1].lower() if len(parts) > 1 else ""


def _overlap(first: frozenset[str], second: frozenset[str]) -> float:
    if not first or not second:
        return float(first == second)
    return len(first & second) / min(len(first), len(second))


def _settle(pending: list[_Attempt], reply: PreparedMessage) -> list[_Attempt]:
    """Give the open attempts the outcome the customer's reply reports (the first reply that says one), and
    return the customer's own attempt the reply implies ("I did that on Wednesday, got an approval email").

    Only an offer or a suggestion can be declined, never a lookup or an explanation; a bare "no" declines only
    an offer the turn asked about ("Would you like me to...?"). After a diagnostic question the reply is an
    answer, kept with the question; after "Have you tried X?" a "no" means X was not tried (still unknown) and a
    "yes" that it was, without success."""
    open_attempts = [a for a in pending if a.reply is None and not _NO_OUTCOME.search(a.description)]
    if not open_attempts:
        return []
    lowered = reply.text.lower()
    for question in (a for a in open_attempts if _ASKED.search(a.description)):
        question.reply, question.said = reply, reply_gist(reply.text, answer=True)
    open_attempts = [a for a in open_attempts if not _ASKED.search(a.description)]
    if not open_attempts:
        return []
    wanted = any(a.wanted for a in open_attempts)
    outcome = classify_outcome(reply.text, wanted)
    tried = any(a.tried for a in open_attempts)
    if tried and BARE_NO.match(lowered) and outcome in {None, "declined"}:
        return []  # "Have you tried restarting it?" "No": nothing was tried yet
    if tried and outcome is None and BARE_YES.match(lowered):
        outcome = "failed"  # "Have you tried restarting it?" "Yes": tried, and still here
    if outcome is None:
        return []
    if outcome == "declined":
        open_attempts = [a for a in open_attempts if _OFFERED.search(a.description)]
    elif DID_IT.search(lowered) and any(_TO_DO.search(a.description) for a in open_attempts):
        # "did it. still red" after a shared guide and "please restart the Hub": what was done is the suggestion
        open_attempts = [a for a in open_attempts if _TO_DO.search(a.description)]
    for attempt in open_attempts:
        attempt.outcome, attempt.reply = outcome, reply
        if outcome in {"declined", "failed", "partial"}:
            attempt.said = reply_gist(reply.text, outcome=outcome)
    if outcome == "failed" and (DID_IT.search(lowered) or RETRIED.search(lowered)):
        return _did_as_suggested(open_attempts, reply)
    return []


def _did_as_suggested(suggestions: list[_Attempt], reply: PreparedMessage) -> list[_Attempt]:
    """The customer's own attempt a reply reports about a suggestion, when it says more than "I did that"."""
    described = did_as_suggested([a.description for a in suggestions if _OFFERED.search(a.description)], reply.text)
    return [_Attempt(described, "customer", reply, outcome="failed", reply=reply)] if described else []


def _refusal(message: PreparedMessage, asked: PreparedMessage) -> _Attempt:
    """ "I'm sorry, I can't do that" after the customer's request: what was refused, told in their words (a
    request the assistant must not grant, such as an instruction pasted into the chat, should not be granted by
    the agent either without a look)."""
    actor = "AI" if message.role == "ai" else "Agent"
    request = reply_gist(requested(asked.text), answer=True)
    description = f"{actor} refused the customer's request" + (f" (“{request}”)" if request else "")
    return _Attempt(description, message.role, message, reply=asked)


def _name_the_ask(found: list[_Attempt], asked: PreparedMessage) -> None:
    """ "AI said it could not change the shipping speed" right after "can you upgrade it to express?": the limit
    answers the customer's ask, told with it so the agent knows what was turned down and why it came up."""
    cannot = next((a for a in found if _COULD_NOT.search(a.description)), None)
    if cannot is None:
        return
    ask = next((s for s in sentences(asked.text) if _ASKS.search(s.lower())), None)
    if ask is not None:
        cannot.description = f"{cannot.description.rstrip('…')} (the customer had asked: “{clip_to(ask, _ASK_WORDS)}”)"


def _assistant_attempts(message: PreparedMessage) -> list[_Attempt]:
    described = assistant_descriptions(message.text, message.role) or foreign_descriptions(message.text, message.role)
    if not described:
        return []
    wanted, tried = asks_if_wanted(message.text), asks_if_tried(message.text)
    return [
        _Attempt(description=description, by=message.role, message=message, wanted=wanted, tried=tried)
        for description in described
    ]


def _customer_attempts(message: PreparedMessage) -> list[_Attempt]:
    """What the customer says they tried, then what a tool, an earlier agent or a technician did for them."""
    own = [
        _Attempt(description, "customer", message, outcome=outcome, reply=message)
        for description, outcome in customer_descriptions(message.text)
    ]
    reported = [
        _Attempt(description, by, message, outcome="failed", reply=message)
        for description, by in reported_attempts(message.text)
    ]
    if not own and not reported:  # a turn in another language, quoted: how it went is not read, so not told
        own = [
            _Attempt(description, "customer", message, reply=message)
            for description in foreign_descriptions(message.text, "customer")
        ]
    return own + reported


def _to_schema(attempt: _Attempt) -> AttemptedSolution:
    ids = [attempt.message.id]
    if attempt.reply is not None and attempt.reply.id not in ids:
        ids.append(attempt.reply.id)
    description = attempt.description
    if attempt.times > 1 and attempt.by != "customer":
        times = _TIMES.get(attempt.times, f"{attempt.times} times")
        description = f"{description.rstrip('…')} (repeated, {times} in all)"
    if attempt.outcome == "declined" and attempt.by != "customer":  # what an agent must not offer again
        description = f"{description.rstrip('…')}; customer declined" + (f": {attempt.said}" if attempt.said else "")
    elif attempt.said and attempt.by != "customer":
        verb = "answered" if _ASKED.search(attempt.description) else "said"
        description = f"{description.rstrip('…')}; customer {verb}: {attempt.said}"
    return AttemptedSolution(description=description, by=attempt.by, outcome=attempt.outcome, message_ids=ids)
