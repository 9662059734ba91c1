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
from functools import lru_cache

from copilot.analysis.asks import requested_fact_types
from copilot.analysis.attempt_outcomes import FAILED, SUCCEEDED, classify_outcome
from copilot.analysis.attempt_text import URL, clip, find, link_description, person, sentences
from copilot.analysis.cues import announces_transfer, says_cannot_help
from copilot.context import Prepared, PreparedMessage
from copilot.schema import AttemptedSolution

__all__ = ["classify_outcome", "extract_attempts"]

_MAX_PER_MESSAGE = 3
_MAX_ATTEMPTS = 10
_MIN_INFORMATIVE = 60  # next to an action, only a substantial explanation is worth its own line

_ACTIONS = (
    r"try|restart|reboot|reset|turn|switch|power|unplug|plug|reinstall|install|update|upgrade|clear|log|"
    r"sign|check|verify|use|wait|visit|go|open|tap|click|select|enable|disable|toggle|change|remove|reinsert|insert|"
    r"charge|move|pair|re-?pair|forget|reconnect|connect|follow|track|return|ship|send|upload|submit|fill|contact|call|"
    r"look|make\s+sure|ensure|delete|uninstall|download|refresh|reload|scan|re-?enter|enter|apply|place|reorder|"
    r"cancel|request|drop\s+off|print|test|run|hold|press|re-?activate|activate|top\s+up|set\s+up|re-?register"
)
_ACTION_WORDS = frozenset(
    word
    for action in _ACTIONS.split("|")
    for word in (re.split(r"\\s\+|-\?", action)[0], action.replace("-?", ""))
    if word.isalpha()
)
"""The first word of every action: a sentence without one cannot match :data:`_SUGGEST` (a set lookup is far
cheaper than letting the big pattern try every position)."""
_SUGGEST = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|then|first|next|also|meanwhile|now|so)\s+|\b(?:please|kindly)\s+|\b(?:could|can|would)\s+you\s+"
    r"(?:please\s+)?|\byou\s+(?:can|could|might|may|should)\s+(?:also\s+)?(?:want\s+to\s+)?|\bi(?:'d|\s+would)?\s+"
    r"(?:recommend|suggest)(?:\s+that\s+you)?\s+|\blet'?s\s+|\bhave\s+you\s+tried\s+|\bit\s+(?:may|might|could)\s+"
    r"help\s+to\s+|\b(?:best|first|next)\s+(?:thing|step)\s+(?:is|would\s+be)\s+to\s+)"
    rf"(?P<action>(?:{_ACTIONS})\b[^?]*)"
)
_WORDS = re.compile(r"[a-z]+")
_TRY_GERUND = re.compile(
    r"\b(?:have\s+you\s+tried|(?:you\s+(?:can|could|might|may)\s+)?try|i(?:'d|\s+would)?\s+(?:recommend|suggest))\s+"
    r"(?P<action>[a-z]+ing\b[^?]*)"
)
_NOT_A_SOLUTION = frozenset({"confirmed", "verified", "found", "located"})
_LOOKUP = re.compile(
    r"\b(?:i|we)(?:'ve|\s+have)?\s+(?:found|located|pulled\s+up|looked\s+up|looked\s+(?:at|into)|searched|"
    r"can\s+see)\s+(?P<rest>(?:your|the|both|an?|two|all|order|account|payment|charge)\b[^?]*)"
)
_OFFER = re.compile(
    r"\b(?:would\s+you\s+like\s+me\s+to|do\s+you\s+want\s+me\s+to|want\s+me\s+to|shall\s+i|should\s+i|"
    r"i\s+can\s+also|i(?:'d|\s+would)\s+be\s+happy\s+to|i'?m\s+happy\s+to|i\s+could|i\s+can)\s+"
    r"(?P<rest>(?!help\b|assist\b|see\b|understand\b)[a-z][^?.!]*)"
)
_EXPLAIN_CUE = re.compile(
    r"\b(?:ships?|shipped|arrive|arrives|scheduled|window|policy|fee|fees|within|only|because|means|usually"
    r"|typically|normally|takes?|eligible|covers|applies|includes?|expires?|valid|limit|outside|days?)\b"
)
_NOT_EXPLAINING = re.compile(
    r"^(?:sorry|i'?m\s+sorry|i\s+apologi[sz]e|thanks|thank\s+you|great|hi|hello|hey|sure|of\s+course|no\s+problem"
    r"|i\s+understand|i\s+see|unfortunately|please|i|i'(?:ve|ll|m)|we|we'(?:ve|ll))\b"
)
_BOOKKEEPING = re.compile(r"\b(?:added|noted|logged)\b[^.]*\bto\s+(?:the|your)\s+(?:ticket|case|file|notes?|record)\b")
_QUESTION = re.compile(r"^\s*(?:what|which|when|where|who|how|why|is|are|do|does|did|was|were)\b")
_DONE = re.compile(
    r"\b(?:i|we)(?:'ve|\s+have|\s+just|\s+already|'ve\s+just|\s+have\s+just|\s+have\s+now|'ve\s+now)?\s+"
    r"(?P<verb>sent|re-?sent|issued|processed|initiated|requested|created|opened|submitted|applied|escalated|reset|"
    r"refunded|cancell?ed|canceled|updated|changed|credited|scheduled|booked|arranged|filed|logged|raised|ordered|"
    r"added|removed|unlocked|reactivated|extended|waived|re-?shipped|replaced|restarted|refreshed|re-?sent|emailed|"
    r"generated|placed|flagged|reported|checked|verified|confirmed|located|found|traced|contacted)\b(?P<rest>[^?]*)"
)
_WILL = re.compile(
    r"\b(?:i|we)(?:'ll|\s+will|\s+can|\s+could)\s+(?P<verb>send|issue|process|initiate|request|create|open|submit|"
    r"apply|reset|refund|cancel|update|change|credit|schedule|book|arrange|file|raise|reship|replace|offer|"
    r"give|email)\b(?P<rest>[^?]*)"
)
_SHARED = re.compile(
    r"\b(?:here(?:'s|\s+is|\s+are)|you\s+can\s+(?:find|track|see|check|read|view|follow)|i'?ve\s+(?:attached|included|"
    r"linked|shared)|(?:see|check\s+out|read)\s+(?:this|our|the))\s+(?P<thing>[^:.!?\n]*)"
)
_LINK_WORDS = re.compile(r"\b(?:link|article|guide|page|faq|help\s+cent(?:er|re)|instructions|steps|portal|form)\b")
_CUSTOMER_TRIED = re.compile(
    r"\b(?:i|we)(?:'ve|\s+have|\s+had)?\s+(?:already\s+|also\s+|even\s+)?"
    r"(?P<verb>tried|restarted|rebooted|reset|reinstalled|cleared|updated|checked|contacted|turned|called|rang|"
    r"unplugged|logged\s+(?:in|out|back)|signed\s+(?:in|out|back)|changed|removed|followed|replaced|charged|"
    r"switched|reinserted|re-?paired|paired|deleted|descaled|cleaned|scanned|ran|tested|emailed|texted|"
    r"uninstalled|visited|returned|sent|resent|submitted|filled|used|factory\s+reset)\b(?P<rest>[^?.!]*)",
    re.I,
)
_VAGUE_OBJECT = re.compile(
    r"^\s*(?:that|it|this|those|these|everything|all\s+(?:of\s+)?(?:that|this|those)|them)\b", re.I
)

_ACTOR = {"ai": "AI", "agent": "Agent", "system": "System", "customer": "Customer"}
_YOU_TO_THEY = {"your": "their", "yours": "theirs", "yourself": "themselves", "you": "they", "you're": "they're"}
_I_TO_THEY = {"my": "their", "mine": "theirs", "myself": "themselves", "i": "they", "me": "them", "i'm": "they're"}


@dataclass
class _Attempt:
    description: str
    by: str
    message: PreparedMessage
    outcome: str = "unknown"
    reply: PreparedMessage | None = None


def extract_attempts(prepared: Prepared) -> list[AttemptedSolution]:
    """Every attempted solution, oldest first, with actor, outcome and the messages that show it."""
    attempts: list[_Attempt] = []
    pending: list[_Attempt] = []
    replied = False
    for message in prepared.messages:
        text = message.text.strip()
        if not text:
            continue
        if message.role in {"ai", "agent"}:
            found = _assistant_attempts(message)
            if found:
                pending, replied = found, False
                attempts.extend(found)
            elif replied:
                pending = []  # the assistant moved on: later replies are about something else
        elif message.role == "customer":
            if pending:
                _settle(pending, message)
                replied = True
            attempts.extend(_customer_attempts(message))
    unique: dict[str, _Attempt] = {}
    for attempt in attempts:
        unique.setdefault(attempt.description.lower(), attempt)
    return [_to_schema(a) for a in list(unique.values())[:_MAX_ATTEMPTS]]


def _settle(pending: list[_Attempt], reply: PreparedMessage) -> None:
    """Give the open attempts the outcome the customer's reply reports (the first reply that says one)."""
    open_attempts = [a for a in pending if a.reply is None]
    if not open_attempts:
        return
    outcome = classify_outcome(reply.text)
    if outcome is None:
        return
    for attempt in open_attempts:
        attempt.outcome, attempt.reply = outcome, reply


def _assistant_attempts(message: PreparedMessage) -> list[_Attempt]:
    return [
        _Attempt(description=description, by=message.role, message=message)
        for description in _assistant_descriptions(message.text, message.role)
    ]


@lru_cache(maxsize=2048)
def _assistant_descriptions(text: str, role: str) -> tuple[str, ...]:
    """What an assistant turn tried, described (cached per text: one turn is read once per request)."""
    actor = _ACTOR.get(role, "AI")
    found: list[str] = []
    candidates = [s for s in sentences(text) if not (says_cannot_help(s) or announces_transfer(s))]
    unused = []
    for sentence in candidates:
        description = _describe_assistant_sentence(sentence, actor)
        if description is None:
            unused.append(sentence)
        elif _asks_for_details(sentence):
            continue
        elif all(description.lower() != d.lower() for d in found):
            found.append(description)
        if len(found) >= _MAX_PER_MESSAGE:
            return tuple(found)
    explained = next((e for e in (_explanation(s, actor) for s in unused) if e), None)
    if explained and (not found or len(explained) > _MIN_INFORMATIVE):
        found.append(explained)
    return tuple(found)


def _describe_assistant_sentence(sentence: str, actor: str) -> str | None:
    plain = URL.sub("", sentence).strip()
    done = find(_DONE, plain)
    bookkeeping = _BOOKKEEPING.search(plain.lower()) is not None
    if done is not None and done.group("verb").lower() not in _NOT_A_SOLUTION and not bookkeeping:
        return clip(f"{actor} {done.group('verb').lower()}{person(done.group('rest'), _YOU_TO_THEY)}")
    lookup = find(_LOOKUP, plain)
    if lookup is not None and not bookkeeping:
        return clip(f"{actor} looked up {person(lookup.group('rest'), _YOU_TO_THEY)}")
    will = find(_WILL, plain)
    if will is not None:
        return clip(f"{actor} offered to {will.group('verb').lower()}{person(will.group('rest'), _YOU_TO_THEY)}")
    shared = find(_SHARED, plain)
    if shared is not None and (URL.search(sentence) or _LINK_WORDS.search(shared.group("thing").lower())):
        thing = re.sub(r"\byour\b", "the", shared.group("thing"), flags=re.I).strip(" ,") or "a link"
        return clip(f"{actor} shared {thing}")
    gerund = find(_TRY_GERUND, plain)
    if gerund is not None:
        return clip(f"{actor} suggested the customer try {person(gerund.group('action'), _YOU_TO_THEY).strip(' ,')}")
    suggest = find(_SUGGEST, plain) if _ACTION_WORDS.intersection(_WORDS.findall(plain.lower())) else None
    if suggest is not None and not _QUESTION.match(plain.lower()):
        action = person(suggest.group("action"), _YOU_TO_THEY).strip(" ,")
        return clip(f"{actor} suggested the customer {action[0].lower()}{action[1:]}")
    offer = find(_OFFER, plain)
    if offer is not None:
        return clip(f"{actor} offered to {person(offer.group('rest'), _YOU_TO_THEY)}")
    if URL.search(sentence):
        return f"{actor} shared {link_description(sentence)}"
    return None


def _asks_for_details(sentence: str) -> bool:
    """Asking for the customer's details ("could you confirm your email?") is not a solution; a sentence that
    reports an action ("I've sent the label to your email") is one even if it names a detail."""
    return find(_DONE, sentence) is None and bool(requested_fact_types(sentence))


def _explanation(sentence: str, actor: str) -> str | None:
    """An informative statement ("The second box ships later with its own tracking email") as "AI explained
    that ..."; greetings, apologies and thanks are not explanations."""
    plain = URL.sub("", sentence).strip(" :")
    lowered = plain.lower()
    if len(plain.split()) < 5 or plain.endswith("?") or _NOT_EXPLAINING.match(lowered):
        return None
    if not _EXPLAIN_CUE.search(lowered):
        return None
    clause = person(plain, _YOU_TO_THEY)
    return clip(f"{actor} explained that {clause[0].lower()}{clause[1:]}")


def _customer_attempts(message: PreparedMessage) -> list[_Attempt]:
    return [
        _Attempt(description, "customer", message, outcome=outcome, reply=message)
        for description, outcome in _customer_descriptions(message.text)
    ]


@lru_cache(maxsize=2048)
def _customer_descriptions(text: str) -> tuple[tuple[str, str], ...]:
    """What the customer says they tried, described, with its outcome (cached per text)."""
    found: list[tuple[str, str]] = []
    for match in _CUSTOMER_TRIED.finditer(text):
        rest = match.group("rest")
        if _VAGUE_OBJECT.match(rest) or not rest.strip():
            continue  # "I already tried that" is the outcome of the assistant's attempt
        description = clip(f"Customer {match.group('verb').lower()}{person(rest, _I_TO_THEY)}")
        lowered = text.lower()
        outcome = "succeeded" if SUCCEEDED.search(lowered) and not FAILED.search(lowered) else "failed"
        found.append((description, outcome))
    return tuple(found[:_MAX_PER_MESSAGE])


def _to_schema(attempt: _Attempt) -> AttemptedSolution:
    ids = [attempt.message.id]
    if attempt.reply is not None and attempt.reply.id not in ids:
        ids.append(attempt.reply.id)
    return AttemptedSolution(description=attempt.description, by=attempt.by, outcome=attempt.outcome, message_ids=ids)
