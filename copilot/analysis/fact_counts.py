"""Counts the customer states ("we have 6 seats", "310 invoices failed", "17 duplicados") and the last digits
of a number they or the assistant name ("the one ending 8812", "se terminant par 6614").

The domain guides label counts and an account's last four digits as ``other``: the agent checks a count against
the records (seats billed, orders missing) and matches an account by its ending. A count keeps the number alone
(how the labels write it). Two of a thing is left out: "2 charges", "2 payments" describe a duplicate whose
amount is the fact. Durations, frequencies ("3 days", "10 times"), years ("2024 invoices"), money and
measurements are not counts.
"""

from __future__ import annotations

import re

from copilot.analysis.cues import word_list
from copilot.analysis.entities import is_function_word
from copilot.analysis.fact_patterns import HAS_DIGIT, Candidate

__all__ = ["find_counts", "find_last_digits"]

_COUNT = re.compile(
    r"(?<![\w$€£¥#.,:/'-])(?P<n>\d{1,3}(?:,\d{3})+|\d{1,5})(?![\w.,:/%'-])[ \t]+"
    r"(?:(?:more|extra|new|other|old|active|failed|missing|duplicate|unpaid|open)[ \t]+)?"
    r"(?P<noun>people|[^\W\d_]{3,}s)\b"
)
_NOT_COUNTED = word_list(
    "times days weeks months years hours minutes mins seconds secs hrs yrs nights weekends mornings evenings",
    "business bars stars points percent dollars euros pounds bucks cents pesos reais francs quid",
    "dias días jours meses mois semanas semaines horas heures minutos anos años ans minutes secondes semaines",
    "tage stunden wochen monate jahre giorni mesi settimane ore anni chiffres dígitos digits characters",
    "letters miles inches feet metres meters kms kilometres kilometers gigs megs mbps gbps kbps watts volts",
    "amps degrees gallons litres liters pounds ounces grams kilos",
)
"""Nouns that make a duration, frequency, rating, money or measurement, not a count of things."""
_NOT_A_COUNT_BEFORE = re.compile(r"(?:\b[A-Z][\w-]*|\b(?i:the|a|an|my|our|your|its|their))[ \t]+\Z")
"""A number after a name is a model ("the Hub 6 upstairs"); after "the" or a possessive it points back to a
value already said ("that's where the 180 comes from")."""
_YEAR = re.compile(r"(?:19|20)\d\d")
_ENDING = re.compile(
    r"\b(?:ending(?:[ \t]+(?:in|with))?|ends?[ \t]+(?:in|with)|se[ \t]+terminant[ \t]+par|terminant[ \t]+par"
    r"|terminad[oa][ \t]+(?:en|em)|que[ \t]+termina[ \t]+(?:en|em)|endend[ \t]+(?:auf|mit)|die[ \t]+auf)"
    r"[ \t]+(?:in[ \t]+)?(?P<digits>\d{4})(?!\d|[.,]\d)",
    re.I,
)
_CARD_BEFORE = re.compile(
    r"\b(?:card|carte|tarjeta|cart[aã]o|karte|carta|visa|mastercard|amex)\b[^.!?\n]{0,24}\Z", re.I
)
"""A card's last digits are part of a card number, which is never a fact."""


def find_counts(text: str) -> list[Candidate]:
    """Counts of things ("6 seats", "3,100 orders", "9 people") as ``other`` holding the number alone; three or
    more, not a year, not a duration, frequency, rating, money or measurement."""
    if HAS_DIGIT.search(text) is None:
        return []
    found = []
    for match in _COUNT.finditer(text):
        number = match.group("n")
        noun = match.group("noun").lower()
        if noun in _NOT_COUNTED or is_function_word(noun) or _YEAR.fullmatch(number):
            continue
        if (
            int(number.replace(",", "")) < 3
            or _NOT_A_COUNT_BEFORE.search(text, max(0, match.start() - 24), match.start()) is not None
        ):
            continue
        found.append(Candidate("other", number, match.start("n"), match.end("n")))
    return found


def find_last_digits(text: str) -> list[Candidate]:
    """The last four digits of an account or number ("from an account ending 3307 to one ending 8812",
    "le compte se terminant par 6614") as ``other``; never a card's."""
    if "end" not in text and "termin" not in text and "End" not in text:
        return []
    return [
        Candidate("other", m.group("digits"), m.start("digits"), m.end("digits"))
        for m in _ENDING.finditer(text)
        if _CARD_BEFORE.search(text, max(0, m.start() - 40), m.start()) is None
    ]
