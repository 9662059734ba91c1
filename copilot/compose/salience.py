"""How much the conversation is about a fact: in how many turns it comes up, and whether the customer took it up.

A value the conversation keeps returning to ("$14.99" in three turns) matters more to the customer than one
named once in passing, and a value the assistant stated that the customer then repeated ("the full 59.94",
"8-12 on the 28th", "TUESDAY???") is theirs to hear back, even though the assistant wrote it first.

Matching is format-tolerant but word-bounded: both sides are lower-cased and every run of other characters
becomes one space, so "$59.94" matches "59.94" and "TKT-5512093" matches "tkt 5512093", while "10" does not
match "2010". A date also counts as taken up when the customer names its weekday or its day as an ordinal.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from copilot.context import Prepared
from copilot.request_memo import request_table
from copilot.schema import CustomerFact

__all__ = ["echoed_by_customer", "mentions", "normalised"]

_NON_ALNUM = re.compile(r"[\W_]+")
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())  # noqa: SIM905
_DAY = re.compile(r"([0-3]?\d)(?:st|nd|rd|th)?")
_LAST_DAY = 31


def normalised(text: str) -> str:
    """``text`` lower-cased, every run of non-alphanumerics one space, padded with a space on each side."""
    return f" {_NON_ALNUM.sub(' ', text.lower()).strip()} "


@lru_cache(maxsize=4096)
def _forms(fact_type: str, value: str) -> tuple[str, ...]:
    """The word-bounded forms under which a turn refers to a fact (a date also by weekday or ordinal day)."""
    text = normalised(value)
    if not text.strip():
        return ()
    if fact_type != "date":
        return (text,)
    tokens = text.split()
    forms = [text, *(f" {t} " for t in tokens if t in _WEEKDAYS)]
    day = _day(tokens)
    if day:
        forms += [f" {day}{suffix} " for suffix in ("st", "nd", "rd", "th")]
    return tuple(forms)


def _day(tokens: list[str]) -> str | None:
    """The day of the month in a date's tokens ("nov 28" -> "28"), or None."""
    for token in tokens:
        match = _DAY.fullmatch(token)
        if match and 1 <= int(match.group(1)) <= _LAST_DAY:
            return match.group(1)
    return None


def mentions(fact: CustomerFact, prepared: Prepared) -> int:
    """In how many turns (customer, assistant or agent) the fact comes up, in any of its forms: how much the
    conversation is about it."""
    counted = _counted(prepared)
    key = (fact.type, fact.value)
    found = counted.get(key)
    if found is None:
        found = len(_turns_with(_forms(fact.type, fact.value), _scan(prepared)))
        counted[key] = found
    return found


def echoed_by_customer(fact: CustomerFact, prepared: Prepared) -> bool:
    """True when a customer turn names the fact (any of its forms): the customer took up a value the
    assistant stated, so it is theirs to hear back."""
    customer = _scan(prepared).customer
    return any(form in customer for form in _forms(fact.type, fact.value))


@dataclass(frozen=True)
class _Scan:
    """The normalised non-system turns of one request joined by line breaks (no form holds one, so no form
    matches across two turns), with each turn's start offset, and the customer turns joined alike: one
    substring search over the whole conversation instead of one per turn."""

    joined: str
    starts: tuple[int, ...]
    customer: str


def _turns_with(forms: tuple[str, ...], scan: _Scan) -> set[int]:
    """The indexes of the turns holding any of ``forms`` (each turn found once, by jumping to the next turn)."""
    found: set[int] = set()
    joined, starts = scan.joined, scan.starts
    for form in forms:
        at = joined.find(form)
        while at >= 0:
            turn = bisect_right(starts, at) - 1
            found.add(turn)
            if turn + 1 >= len(starts):
                break
            at = joined.find(form, starts[turn + 1])
    return found


def _counted(prepared: Prepared) -> dict[tuple[str, str], int]:
    """The mention counts of one request, by (type, value): the first message ranks the same facts twice (the
    ones it names, then the ones it notes). Kept for the request only (``request_table``)."""
    table = request_table(_counted)
    if table is None:
        return {}
    counted: dict[tuple[str, str], int] = table.setdefault(id(prepared), {})
    return counted


def _scan(prepared: Prepared) -> _Scan:
    """The joined normalised turns of one request, computed once per request (the facts of one package are
    looked up many times; kept for the request only)."""
    table = request_table(_scan)
    found: _Scan | None = None if table is None else table.get(id(prepared))
    if found is not None:
        return found
    turns = [(m.role, normalised(m.text)) for m in prepared.messages if m.role != "system"]
    starts = []
    offset = 0
    for _, text in turns:
        starts.append(offset)
        offset += len(text) + 1
    scan = _Scan(
        joined="\n".join(text for _, text in turns),
        starts=tuple(starts),
        customer="\n".join(text for role, text in turns if role == "customer"),
    )
    if table is not None:
        table[id(prepared)] = scan
    return scan
