"""A fact named with the noun the customer gave it ("your October bill of £231.40" rather than a bare "£231.40").

Customers introduce their numbers with what they are ("my October bill is £231.40", "our last reading on 19th
October"); an acknowledgement that keeps that noun says what the value means, so the agent's "noted ..." reads
as understanding rather than as a list of values. English only: the customer's words are reused.
"""

from __future__ import annotations

import re

from copilot.context import Prepared
from copilot.schema import CustomerFact

__all__ = ["NAMED_TYPES", "fact_with_noun"]

_NOUN_WORDS = 3
_LEAD = re.compile(
    r"\b(?:my|our)\s+(?P<noun>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,"
    + str(_NOUN_WORDS - 1)
    + r"}?)\s+(?P<link>is|was|of|came\s+to|reads?|read|says|said)?\s*"
    r"(?:about\s+|around\s+|roughly\s+)?$",
    re.IGNORECASE,
)
"""The customer's own noun phrase ("my October bill") right before the value, with at most a linking word
that says the value IS that thing (is, was, of, came to, reads, says); "on", "from" or "for" only place it ("my
daughter on the 30th", "my Amex from Nov 21"), so nothing is borrowed; "the" is left out: "at the UPS Store on Oct
28" is a place, not what the date is."""
_NOT_NOUN = frozenset(
    """i you he she it we they me him her us them is was are were be been am has have had do does did
    and or but so if then than that this these those to of in on at for from with by about as not no
    just still only also already now never ever really very pay paid paying get got send sent use used
    want need said says told ask asked since until before after around roughly about same whole one
    other another extra""".split()  # noqa: SIM905
)
"""Words that show the phrase is a clause, not a noun ("the one I paid was"), so nothing is borrowed."""
_SAME_AS_LINK = frozenset({"is", "was", "came to", "reads", "read", "says", "said"})
_WINDOW = 60
_QUANTITY = re.compile(r"^(?:\W|\d[\d,.]*(?:\s|$))")
"""An amount or a measure ("£231.40", "1,148 kWh"), named "of"; a code ("19L3352108") follows its noun."""
NAMED_TYPES = frozenset({"amount", "other", "date"})
"""Fact types the language templates name bare; identifiers and products already carry their noun."""


def fact_with_noun(fact: CustomerFact, prepared: Prepared) -> str | None:
    """``"your October bill of £231.40"`` when the customer's message names what the value is, else None."""
    if fact.type not in NAMED_TYPES:
        return None
    message = prepared.by_id.get(fact.message_id or "")
    if message is None or message.role != "customer":
        return None
    at = message.text.find(fact.value)
    if at <= 0:
        return None
    match = _LEAD.search(message.text[max(0, at - _WINDOW) : at])
    if match is None:
        return None
    noun = " ".join(match.group("noun").split())
    if any(word.lower() in _NOT_NOUN for word in noun.split()):
        return None
    link = " ".join((match.group("link") or "").lower().split())
    if link in _SAME_AS_LINK:  # "your October bill of £231.40", but "your meter 19L3352108"
        link = "of" if _QUANTITY.match(fact.value) else ""
    return " ".join(part for part in ("your", noun, link, fact.value) if part)
