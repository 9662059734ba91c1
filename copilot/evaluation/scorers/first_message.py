"""Scorers of the first message: ``context_ack``, ``redundant_ask_rate`` and ``generic_opening_rate``."""

from __future__ import annotations

import re

from copilot.analysis.asks import requested_fact_types
from copilot.evaluation.scorers.base import CaseView
from copilot.evaluation.scorers.given_facts import given_fact_types
from copilot.evaluation.textmatch import compact

__all__ = ["context_ack", "generic_opening_rate", "opening_sentence", "redundant_ask_rate"]


def context_ack(view: CaseView) -> tuple[float, str]:
    """Share of ``expected.must_mention`` items the first message references.

    Format-tolerant: both sides are lower-cased and stripped of everything but letters and digits before a
    containment test, so "A-1234", "a1234" and "#A1234" are the same mention.
    """
    items = view.expected.must_mention or []
    text = compact(view.first_message)
    missing = [item for item in items if compact(item) not in text]
    value = round((len(items) - len(missing)) / len(items), 4)
    if not missing:
        return value, f"mentions all of {items}"
    return value, f"{len(items) - len(missing)}/{len(items)} mentioned; missing {missing}"


def redundant_ask_rate(view: CaseView) -> tuple[float, str]:
    """1 when the first message asks for a fact type in ``expected.must_not_ask`` or one the customer already
    gave (golden facts, a scan of the customer's messages, or the profile: see ``given_facts``), else 0.

    Requests are found with ``copilot.analysis.asks.requested_fact_types`` (questions and imperative asks,
    not mere mentions).
    """
    asked = requested_fact_types(view.first_message)
    known: dict[str, str] = given_fact_types(view)
    known.update({t: "must_not_ask" for t in view.expected.must_not_ask or []})
    redundant = sorted(asked & known.keys())
    if redundant:
        reasons = ", ".join(f"{t} ({known[t]})" for t in redundant)
        return 1.0, f"asks for {reasons}"
    if asked:
        return 0.0, f"asks only for facts not yet given: {sorted(asked)}"
    return 0.0, "asks for no customer fact"


_GREETING = re.compile(
    r"^\W*(?:hi|hello|hey|hiya|greetings|good\s+(?:morning|afternoon|evening|day)|dear)\b"
    r"(?:\s+(?:there|again|team|all|everyone|sir|madam|(?-i:(?!I\b|I')[A-Z][\w'.-]*))){0,3}"
    r"\s*(?:[,!.:;—–-]\s*|\s|$)",
    re.I,
)
_PLEASANTRY = re.compile(
    r"^\W*(?:(?:thanks|thank\s+you)(?:\s+so\s+much)?(?:\s+(?:for\s+(?:waiting|holding|your\s+patience|reaching"
    r"\s+out|contacting\s+us|your\s+message|getting\s+in\s+touch)|again))?"
    r"|(?:my\s+name\s+is|i'?m|i\s+am|this\s+is)\s+(?-i:[A-Z][\w'-]*)(?:\s+(?:from|with|on|at|here)\b.*)?"
    r"|welcome(?:\s+to\s+.*)?|nice\s+to\s+(?:meet|e?-?meet)\s+you)\W*$",
    re.I,
)
_GENERIC = re.compile(
    r"^\W*(?:(?:so|ok(?:ay)?|now),?\s+)?(?:how|what)\s+(?:can|may|could|shall)\s+(?:i|we)\s+"
    r"(?:help|assist|do\s+for)(?:\s+you)?(?:\s+(?:with)?\s*(?:today|this\s+(?:morning|afternoon|evening)))?\W*$"
    r"|^\W*how\s+may\s+i\s+be\s+of\s+(?:help|assistance|service)"
    r"|^\W*what\s+(?:can|could)\s+(?:i|we)\s+help\s+(?:you\s+)?with(?:\s+today)?\W*$"
    r"|^\W*what\s+(?:seems\s+to\s+be|is|'s)\s+the\s+(?:problem|issue)(?:\s+today)?\W*$"
    r"|^\W*(?:is\s+there\s+)?(?:anything|something)\s+i\s+can\s+help\s+(?:you\s+)?with(?:\s+today)?\W*$"
    r"|^\W*what\s+brings\s+you\s+(?:here|in)(?:\s+today)?\W*$"
    r"|^\W*how\s+can\s+i\s+(?:help|assist)(?:\s+you)?(?:\s+today)?\W*$",
    re.I,
)
_SENTENCES = re.compile(r"(?:[^.!?\n]|[.!?]+(?=[^\s.!?]))+[.!?]*")
_MAX_SKIPPED = 3


def opening_sentence(text: str) -> str:
    """The first sentence that says something: greetings ("Hi Dana,") and pleasantries ("Thanks for waiting.",
    "I'm Sam from support.") before it are skipped (at most three sentences)."""
    for position, match in enumerate(_SENTENCES.finditer(text)):
        if position >= _MAX_SKIPPED:
            break
        sentence = _GREETING.sub("", " ".join(match.group(0).split()), count=1).strip()
        if sentence and not _PLEASANTRY.match(sentence):
            return sentence
    return ""


def generic_opening_rate(view: CaseView) -> tuple[float, str]:
    """1 when the first message opens with a generic offer of help that ignores the conversation ("How can I
    help you today?", "What seems to be the problem?"), else 0.

    The opening is the first sentence after greetings and pleasantries (see :func:`opening_sentence`); it is
    generic when, as a whole, it is one of those stock phrases. An opening that carries context ("I can see
    order A-1234 is late -- how can I help further?") is not generic.
    """
    opening = opening_sentence(view.first_message)
    if not opening:
        return 1.0, "the first message is only a greeting or pleasantry"
    if _GENERIC.match(opening):
        return 1.0, f"generic opening: {opening!r}"
    return 0.0, f"opening carries context: {opening[:80]!r}"
