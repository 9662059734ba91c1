"""Meter readings: the number a customer reads off a utility meter ("my meter reads 45102", "a reading of
48213", "electricity 30417, gas 08812").

A reading is a bare number, so it is known only by the words around it: a reading word right before it
("reading", "reads", "lectura", "Zählerstand") or a supply named right before it ("Electric 22906",
"gas: 08812"). It is ``other``: neither an id nor an amount, but the agent needs it to re-bill. A number with a
unit ("1,148 kWh") is a measurement (see :mod:`copilot.analysis.fact_quantities`), and a year is never a reading.
"""

from __future__ import annotations

import re

from copilot.analysis.fact_patterns import Candidate, lowered

__all__ = ["find_meter_readings"]

_READING = re.compile(
    r"\b(?:(?:meter\s+)?readings?(?:\s+(?:is|was|of|at|as|now))?|meter\s+(?:\w+\s+)?(?:reads|read|says|shows)|it\s+reads"
    r"|electric(?:ity)?|gas|water|lectura(?:\s+de)?|z[äa]hlerstand(?:\s+von)?|meterstand)"
    r"\s*[:=-]?\s*(?P<value>(?<![\w.,])\d{4,6}(?:\.\d{1,2})?)(?!\w|[.,]\d|\s?(?:kwh|kw|m3|m³|units|%|p\b|pence))",
    re.I,
)
"""A reading word or a supply right before a number of 4 to 6 digits (meters show 4 to 6 dials, maybe a
decimal); not a number with a unit, a price, a longer code or a list of thousands ("1,148")."""
_YEAR = re.compile(r"(?:19|20)\d{2}")
_FOUR_DIGITS = re.compile(r"\d\d\d\d")


def find_meter_readings(text: str) -> list[Candidate]:
    """Meter readings as ``other``: a 4-6 digit number right after a reading word or a supply ("reading of
    48213", "meter actually reads 45102", "electricity 30417, gas 08812"), never a year."""
    if _FOUR_DIGITS.search(text) is None:
        return []
    lower = lowered(text)
    if not (
        "read" in lower
        or "meter" in lower
        or "electric" in lower
        or "gas" in lower
        or "water" in lower
        or "lectura" in lower
        or "hlerstand" in lower
    ):
        return []  # every reading cue holds one of these
    return [
        Candidate("other", match["value"], match.start("value"), match.end("value"))
        for match in _READING.finditer(text)
        if not _YEAR.fullmatch(match["value"])
    ]
