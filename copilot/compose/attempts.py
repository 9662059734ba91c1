"""Which attempted solutions the texts mention, and how an English attempt is told to the customer.

"AI shared the tracking link" becomes "the assistant already shared the tracking link", so the first message
can say "I can see the assistant already shared the tracking link and it didn't help". Descriptions that do
not read as "<actor> <past-tense verb> ..." are not rephrased; the caller then uses a generic sentence.
"""

from __future__ import annotations

import re

from copilot.compose.text import is_heated, words
from copilot.context import Prepared
from copilot.schema import AttemptedSolution

__all__ = ["MENTIONED_OUTCOMES", "attempt_gist", "customer_attempt_phrase", "relevant_attempts"]

MENTIONED_OUTCOMES: tuple[str, ...] = ("failed", "declined", "partial")
"""Outcomes worth telling the customer about, most important first. What worked needs no warning, and an
attempt of unknown outcome is not told: the customer may never have tried it."""

_ASSISTANT = re.compile(
    r"^(?:the\s+|our\s+)?(?:ai|bot|chatbot|assistant|virtual\s+(?:assistant|agent)|va|system|automated\s+"
    r"assistant)(?:\s+assistant)?\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_CUSTOMER = re.compile(r"^(?:the\s+)?(?:customer|user|client|caller)\s+(?P<rest>.+)$", re.IGNORECASE)
_AGENT = re.compile(r"^(?:the\s+|an?\s+)?(?:agent|support|team|staff)\s+(?P<rest>.+)$", re.IGNORECASE)
_CUT = re.compile(r"\s*[:;(\[]|\s+[-–—]\s+|…")  # keep the gist: "try a reset: put both buds..." -> "try a reset"
_MAX_WORDS = 16
_SUBJECT_BY_ROLE = {"ai": "the assistant", "customer": "you", "agent": "our team", "system": "our system"}
_IRREGULAR_PAST = frozenset(
    """sent gave made ran told took did paid got found went wrote brought bought kept left lent lost
    meant met sold spent stood understood withdrew rebuilt rewrote""".split()  # noqa: SIM905
)
"""Past tenses without -ed; forms equal to their base ("reset", "put") are left out: "Reset password" is an
imperative as often as a past."""
_INFO_REQUEST = re.compile(  # asking for details or explaining is not a fix the customer could be asked to redo
    r"\b(?:ask\w*|request\w*)\s+(?:\w+\s+){0,3}?(?:for|to\s+(?:provide|confirm|share|send|give|enter|verify))\b"
    r"|\b(?:verif\w*|confirm\w*|collect\w*|identif\w*)\b"
    r"|^(?:\w+\s+)?(?:explained|said|told|mentioned|noted|informed|stated|clarified|answered|replied|looked\s+up|"
    r"pulled\s+up|located)\b",
    re.IGNORECASE,
)
_THIRD_TO_SECOND = {"their": "your", "theirs": "yours", "themselves": "yourself"}
"""Only possessives: "reset their password" is the customer's; "they"/"them" may be the items ("put them in")."""
_HELPED_THEM = re.compile(r"\b(help|helped|helping|showed|shown|let|walked|guided)\s+them\b", re.IGNORECASE)
"""The one "them" that is always the customer: the person helped or shown ("offered to help them return it")."""
_FIRST_PLURAL = {"our": "your", "ours": "yours", "we": "you", "us": "you", "ourselves": "yourselves"}
_FIRST_PLURAL_RE = re.compile(r"\b(?:" + "|".join(_FIRST_PLURAL) + r")\b", re.IGNORECASE)
"""The customer's own "we" and "our" ("moved our books"), told back to them when they are the subject."""
_CUSTOMER_NOUN = re.compile(r"\bthe\s+(?:customer|user|client|caller)(?:'s)?", re.IGNORECASE)
_THIRD_RE = re.compile(r"\b(?:" + "|".join(_THIRD_TO_SECOND) + r")\b", re.IGNORECASE)


def relevant_attempts(attempts: list[AttemptedSolution], prepared: Prepared) -> list[AttemptedSolution]:
    """Attempts worth mentioning, most important outcome first, latest first within an outcome."""
    positions = {m.id: m.index for m in prepared.messages}

    def latest(attempt: AttemptedSolution) -> int:
        return max((positions.get(i, -1) for i in attempt.message_ids), default=-1)

    kept = [a for a in attempts if a.outcome in MENTIONED_OUTCOMES]
    return sorted(kept, key=lambda a: (MENTIONED_OUTCOMES.index(a.outcome), -latest(a)))


def attempt_gist(description: str) -> str:
    """The gist of an attempt: "AI suggested a reset: put both buds in the case" -> "AI suggested a reset"."""
    return _CUT.split(" ".join(description.split()), maxsplit=1)[0].strip(" .,!…")


def customer_attempt_phrase(attempt: AttemptedSolution) -> str | None:
    """``"the assistant already shared the tracking link"``, or None when the description cannot be reused."""
    description = attempt_gist(attempt.description)
    if not description or "?" in description or _INFO_REQUEST.search(description) or is_heated(description):
        return None
    if len(words(description)) > _MAX_WORDS:
        return None
    subject, rest = _SUBJECT_BY_ROLE.get(attempt.by, "the assistant"), description
    for pattern, named in ((_ASSISTANT, "the assistant"), (_CUSTOMER, "you"), (_AGENT, "our team")):
        match = pattern.match(description)
        if match:
            subject, rest = named, match.group("rest")
            break
    verb, _, tail = rest.partition(" ")
    if not _looks_past(verb):
        return None
    told = _to_second_person(f"{verb.lower()} {tail}".strip())
    if subject == "you":
        told = _FIRST_PLURAL_RE.sub(lambda m: _FIRST_PLURAL[m.group(0).lower()], told)
    return f"{subject} already {told}"


def _to_second_person(text: str) -> str:
    """The description speaks of the customer in the third person; the message speaks to them."""
    text = _CUSTOMER_NOUN.sub(lambda m: "your" if m.group(0).lower().endswith("'s") else "you", text)
    if "them" in text:
        text = _HELPED_THEM.sub(lambda m: f"{m.group(1)} you", text)
    return _THIRD_RE.sub(lambda m: _THIRD_TO_SECOND[m.group(0).lower()], text)


def _looks_past(word: str) -> bool:
    lowered = word.lower()
    return (lowered.endswith("ed") and len(lowered) > 3) or lowered in _IRREGULAR_PAST
