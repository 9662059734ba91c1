"""Does a fact's value occur in a text, up to notation? The guard's check that an LLM did not make a fact up.

Ids and tracking numbers are compared ignoring case and separators, emails ignoring case, phones ignoring
layout (and a country code the text leaves out), amounts and dates in any notation (a missing currency or
year on one side matches), free text ignoring case, punctuation and spacing.
"""

from __future__ import annotations

import re
import unicodedata

from copilot.analysis.fact_quantities import find_amounts, find_dates
from copilot.analysis.normalize import ID_TYPES, normalize_fact_value
from copilot.schema import CustomerFact

__all__ = ["fact_occurs_in"]

_ISO_DATE = re.compile(r"(?:\d{4}|-)-\d{2}(?:-\d{2})?(?:/(?:\d{4}|-)-\d{2}(?:-\d{2})?)?")


def fact_occurs_in(fact: CustomerFact, text: str) -> bool:
    """True when ``fact.value`` occurs in ``text`` up to notation (see the module doc). Used to drop facts an
    LLM made up."""
    if not fact.value.strip() or not text:
        return False
    if _occurs(fact, fact.value.strip(), text):
        return True
    value, folded = unicodedata.normalize("NFKC", fact.value).strip(), unicodedata.normalize("NFKC", text)
    return (value, folded) != (fact.value.strip(), text) and _occurs(fact, value, folded)


def _occurs(fact: CustomerFact, value: str, text: str) -> bool:
    if fact.type in ID_TYPES:
        return _code_occurs(value, text)
    if fact.type == "email":
        return normalize_fact_value("email", value) in text.casefold()
    if fact.type == "phone":
        return _phone_occurs(value, text)
    if fact.type == "amount":
        return _amount_occurs(value, text)
    if fact.type == "date" and _date_occurs(value, text):
        return True
    fact_type = "address" if fact.type == "address" else "other"
    return _words_occur(value, text, fact_type)


def _code_occurs(value: str, text: str) -> bool:
    chars = normalize_fact_value("order_id", value)
    if not chars:
        return False
    pattern = r"[\s#./_-]*".join(re.escape(c) for c in chars)
    return re.search(rf"(?<![A-Za-z0-9]){pattern}(?![A-Za-z0-9])", text, re.I) is not None


def _phone_occurs(value: str, text: str) -> bool:
    digits = re.sub(r"\D", "", value)
    if len(digits) < 5:
        return False
    text_runs = [re.sub(r"\D", "", run) for run in re.findall(r"\+?\d[\d\s().-]*\d", text)]
    tails = {digits}
    if value.lstrip().startswith(("+", "00")):
        tails.update(digits[cut:] for cut in range(1, 4) if len(digits) - cut >= 7)
    return any(run.endswith(tail) for run in text_runs for tail in tails)


def _amount_occurs(value: str, text: str) -> bool:
    wanted = normalize_fact_value("amount", value)
    number, _, currency = wanted.partition(" ")
    if not re.fullmatch(r"\d+\.\d{2}", number):
        return _words_occur(value, text, "other")
    marked = find_amounts(text)
    for candidate in marked:
        found_number, _, found_currency = normalize_fact_value("amount", candidate.value).partition(" ")
        if found_number == number and (not currency or not found_currency or currency == found_currency):
            return True
    # a bare number ("I paid 89.99") matches an amount with or without a currency
    for match in re.finditer(r"\d[\d,.]*\d|\d", text):
        inside = any(c.start <= match.start() < c.end for c in marked)
        if not inside and normalize_fact_value("amount", match.group(0)) == number:
            return True
    return False


def _date_occurs(value: str, text: str) -> bool:
    wanted = normalize_fact_value("date", value)
    if not _ISO_DATE.fullmatch(wanted):
        return False
    for candidate in find_dates(text):
        found = normalize_fact_value("date", candidate.value)
        if found == wanted or (found[-5:] == wanted[-5:] and "--" in (found[:2], wanted[:2])):
            return True
    return False


def _words_occur(value: str, text: str, fact_type: str) -> bool:
    def words(s: str) -> str:
        return " ".join(re.findall(r"\w+", normalize_fact_value(fact_type, s)))

    wanted = words(value)
    return bool(wanted) and f" {wanted} " in f" {words(text)} "
