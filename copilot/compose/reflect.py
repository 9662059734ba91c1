"""Reuse the customer's own statement of the issue: as an English clause addressed back to them, or quoted.

"My order A-1234 never arrived" becomes "your order A-1234 never arrived", so the first message can say
"I'm sorry that your order A-1234 never arrived". Only clauses that read safely are returned: questions,
requests, heated or shouted sentences, and sentences that talk to "you" (the company) are refused, and the
caller then names the issue another way. Nothing is added that the customer did not write. For other
languages :func:`quotable` returns the statement itself, short enough to quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from copilot.compose.text import is_heated, shouts

__all__ = ["Clause", "customer_clause", "quotable"]

_MIN_WORDS, _MAX_WORDS, _CUT_AFTER = 3, 18, 4
_SECOND_PERSON = re.compile(
    r"\b(?:you|your|yours|you're|youre|you've|you'd|you'll|u|ya|y'all|yall|ur)\b", re.IGNORECASE
)
_REQUEST_START = re.compile(
    r"^(?:can|could|would|will|please|pls|help|i\s+(?:need|want)\s+(?:help|to\s+(?:talk|speak|chat))|let\s+me|"
    r"give|send|get|tell|where|what|why|when|how|is|are|do|does|did)\b",
    re.IGNORECASE,
)
_ASKING = re.compile(
    r"\b(?:please|pls|plz|kindly|could\s+you|can\s+you|would\s+you|let\s+(?:me|us)\s+know|tell\s+me|send|share|"
    r"provide|confirm|verify|enter|type)\b",
    re.IGNORECASE,
)
"""Words of a request: quoted back inside the agent's message they would read as the agent asking."""
_ABOUT_SUPPORT = re.compile(r"\b(?:bot|robot|chatbot|human|agent|representative|operator)s?\b", re.IGNORECASE)
"""Sentences about the support itself ("the bot keeps looping") are not the issue to say back."""
_WISH = re.compile(r"\b(?:want|need|would\s+like|'d\s+like|wish|hope|hoping|trying\s+to|looking\s+to|plan)\b", re.I)
_PROBLEM = re.compile(
    r"\b(?:not|never|no|nothing|can'?t|cannot|won'?t|didn'?t|doesn'?t|isn'?t|wasn'?t|haven'?t|hasn'?t|aren'?t|"
    r"still|stuck|broken|wrong|missing|lost|late|error|fail\w*|crash\w*|charged|damaged|cracked|declined|locked|"
    r"stopped|delay\w*)\b",
    re.IGNORECASE,
)
_CUT = re.compile(r",\s+(?:but|and|so)\b|\s+(?:but|because|since|although|though)\s+|;|\s+[-–—]\s+|:")
_PHRASES = (
    (re.compile(r"\bi\s+am\b", re.I), "you are"),
    (re.compile(r"\bi\s+was\b", re.I), "you were"),
    (re.compile(r"\bi\s+wasn't\b", re.I), "you weren't"),
)
_WORDS = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "i'm": "you're",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    "im": "you're",
    "ive": "you've",
    "we": "you",
    "us": "you",
    "our": "your",
    "ours": "yours",
    "ourselves": "yourselves",
    "we're": "you're",
    "we've": "you've",
    "we'd": "you'd",
    "we'll": "you'll",
}
_WORD_RE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _WORDS), key=len, reverse=True)) + r")\b", re.I)
_SUBJECT_START = frozenset(
    """i we my our the this that these those it its a an his her their they he she half most part someone somebody
    nobody nothing none one both all each every no i'm i've im ive""".split()  # noqa: SIM905
)
_VERB_SECOND = frozenset(
    """is was are were has have had hasn't haven't isn't wasn't aren't weren't keeps kept won't doesn't
    didn't never still shows showed says said stopped arrived came got broke cracked crashed crashes
    fails failed won't can't cannot does did will""".split()  # noqa: SIM905
)
"""Words that show the first word was the subject ("tracking hasn't moved", "payment was declined")."""


@dataclass(frozen=True)
class Clause:
    """The customer's statement addressed back to them, and whether it states a problem (vs. a wish)."""

    text: str
    is_problem: bool


def customer_clause(sentence: str, protected: list[str]) -> Clause | None:
    """Return the statement as a second-person clause, or None when it cannot be reflected safely.

    ``protected`` are fact values that must survive untouched (an order id never loses its capitals).
    """
    text = " ".join(sentence.replace("’", "'").split()).strip(" .!…")
    if (
        not text
        or "?" in text
        or "!" in text
        or _REQUEST_START.match(text)
        or is_heated(text)
        or _ABOUT_SUPPORT.search(text)
    ):
        return None
    if _ASKING.search(text) or _SECOND_PERSON.search(text) or shouts(text, protected):
        return None
    shortened = _shorten(text)
    if shortened is None or not _has_subject(shortened, protected):
        return None  # too long, or a fragment without a subject ("Still waiting for it")
    text = shortened
    for pattern, replacement in _PHRASES:
        text = pattern.sub(replacement, text)
    text = _WORD_RE.sub(lambda m: _WORDS[m.group(0).lower()], text)
    first, _, rest = text.partition(" ")
    if first not in protected and first[1:].islower():
        text = f"{first.lower()} {rest}".strip()
    is_problem = bool(_PROBLEM.search(text)) and not _WISH.search(text)
    return Clause(text=text, is_problem=is_problem)


def quotable(sentence: str, protected: list[str]) -> str | None:
    """The statement as a short quotation to show the customer we understood (any language), or None.

    Questions, requests, exclamations, heated or shouted sentences are not quoted back; long ones are cut at a
    clause boundary or refused.
    """
    text = " ".join(sentence.replace("’", "'").split()).strip(" .!…,;:")
    if not text or "?" in text or "!" in text or is_heated(text) or _ABOUT_SUPPORT.search(text) or _ASKING.search(text):
        return None
    return None if shouts(text, protected) else _shorten(text)


def _has_subject(text: str, protected: list[str]) -> bool:
    tokens = text.lower().split()
    if tokens[0] in _SUBJECT_START or text.split()[0] in protected:
        return True
    rest = [t for t in tokens[1:] if not any(c.isdigit() for c in t) and t not in {p.lower() for p in protected}]
    return bool(rest) and rest[0] in _VERB_SECOND


def _shorten(text: str) -> str | None:
    tokens = text.split()
    if len(tokens) < _MIN_WORDS:
        return None
    if len(tokens) <= _MAX_WORDS:
        return text
    for match in _CUT.finditer(text):
        head = text[: match.start()].strip(" ,")
        if _CUT_AFTER <= len(head.split()) <= _MAX_WORDS:
            return head
    return None
