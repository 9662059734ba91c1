"""Canonical forms of customer-fact values, so that two spellings of one fact compare equal.

``normalize_fact_value(type, value)`` is the single definition of "the same fact" in the service: the fact
extractor de-duplicates with it, the guard checks that an LLM's fact occurs in the transcript with it, and the
eval harness scores ``fact_recall`` with it. The function is pure (no clock, no locale, no I/O), never raises,
and is idempotent: ``normalize(t, normalize(t, v)) == normalize(t, v)``.

Canonical forms by type:

- ``order_id``, ``account_id``, ``ticket_id``, ``tracking_number``, ``error_code``: upper-case letters and
  digits only (``#``, spaces, dashes, dots dropped): ``"#a-1234"`` -> ``"A1234"``.
- ``email``: lower-case, without ``mailto:`` or brackets: ``"<Dana@X.com>"`` -> ``"dana@x.com"``.
- ``phone``: digits only; a leading ``+`` (or ``00``) country code is kept as ``+``:
  ``"+1 (555) 010-0100"`` -> ``"+15550100100"``, ``"555-0100"`` -> ``"5550100"``.
- ``amount``: two decimals plus an ISO currency code when one is written: ``"$89.99"`` -> ``"89.99 USD"``,
  ``"89,99 €"`` -> ``"89.99 EUR"``, ``"1,299"`` -> ``"1299.00"``.
- ``date``: ISO ``YYYY-MM-DD``, or ``--MM-DD`` when no year is written, ``YYYY-MM`` for a month and year, and
  ``start/end`` for a range: ``"Nov 20th, 2026"`` -> ``"2026-11-20"``, ``"March 2027"`` -> ``"2027-03"``,
  ``"nov 1 to nov 7"`` -> ``"--11-01/--11-07"``.
- ``address``: case-folded, punctuation dropped, common street words abbreviated (``street`` -> ``st``).
- ``name``, ``product``, ``device``, ``other`` and unknown types: case-folded, repeated spaces and punctuation
  at the ends removed: ``"  Dana  LEE "`` -> ``"dana lee"``.

Choices worth knowing: a bare ``$`` is read as USD, and so is a dollar word in any language ("380 dolarów")
(``C$``/``CA$``, ``A$``/``AU$`` are CAD/AUD); numeric dates with slashes are read month first (``03/04/2026``
is March 4) unless the first number is over 12; relative dates ("yesterday", "friday") and a day of the month
alone ("the 15th" -> "15th") stay case-folded text because resolving them needs a clock.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from copilot.analysis.cues import word_list
from copilot.request_memo import per_request

__all__ = ["ID_TYPES", "TEXT_TYPES", "month_number", "normalize_fact_value"]

ID_TYPES = frozenset({"order_id", "account_id", "ticket_id", "tracking_number", "error_code"})
"""Fact types compared as upper-case alphanumeric codes."""
TEXT_TYPES = frozenset({"name", "address", "product", "device", "other"})
"""Fact types compared as case-folded free text."""

_SPACES = re.compile(r"\s+")
_ITEM_LEAD = re.compile(
    r"^(?:(?:the|a|an|my|our|your|his|her|their|both|one|two|three|four|five|six|\d{1,2})\s+)+(?=[^\W\d])"
)
_EDGE_PUNCT = " \t\n.,;:!?\"'`()[]{}<>"

_CURRENCY_SYMBOLS: tuple[tuple[str, str], ...] = (
    # longest first, so "CA$" wins over "$"
    ("US$", "USD"),
    ("CA$", "CAD"),
    ("AU$", "AUD"),
    ("NZ$", "NZD"),
    ("HK$", "HKD"),
    ("C$", "CAD"),
    ("A$", "AUD"),
    ("R$", "BRL"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₩", "KRW"),
    ("₽", "RUB"),
    ("₺", "TRY"),
    ("₱", "PHP"),
    ("zł", "PLN"),
)
_CURRENCY_WORDS = dict(
    pair.split("=")
    for pair in word_list("dollar=USD dollars=USD bucks=USD euro=EUR euros=EUR pound=GBP pounds=GBP yen=JPY rupees=INR")
)
_CURRENCY_STEMS = (("dolar", "USD"), ("dólar", "USD"), ("dollar", "USD"), ("euro", "EUR"))
"""Inflected currency words ("dólares", "dolarów", "dolarlık", "dollari") by their stem."""
_ISO_CURRENCIES = frozenset(
    {"USD", "EUR", "GBP", "CAD", "AUD", "NZD", "JPY", "CNY", "INR", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK"}
    | {"HUF", "BRL", "MXN", "ZAR", "SGD", "HKD", "KRW", "TRY", "RUB", "PHP", "AED"}
)
_PER_PERIOD = re.compile(r"\s*(?:/|\bper\b)\s*(?P<unit>month|mo|year|yr|week|wk|day)\.?\s*$", re.I)
_PERIODS = {"month": "month", "mo": "month", "year": "year", "yr": "year", "week": "week", "wk": "week"} | {
    "day": "day"
}
_AMOUNT_NUMBER = re.compile(r"\.?\d[\d.,' \u00a0]*")
_CENT = Decimal("0.01")

_MONTH_NAMES = (
    "jan january enero janvier januar janeiro gennaio",
    "feb february febrero fevrier février februar fevereiro febbraio",
    "mar march marzo mars märz maerz marz março marco",
    "apr april abril avril aprile",
    "may mayo mai maio maggio",
    "jun june junio juin juni junho giugno",
    "jul july julio juillet juli julho luglio",
    "aug august agosto aout août",
    "sep sept september septiembre setiembre septembre setembro settembre",
    "oct october octubre octobre oktober outubro ottobre",
    "nov november noviembre novembre novembro",
    "dec december diciembre decembre décembre dezember dezembro dicembre",
)
_MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names.split()}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_DATE_PATTERNS = tuple(
    re.compile(p, re.I)
    for p in (
        r"^(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})$",
        r"^--(?P<month>\d{2})-(?P<day>\d{2})$",
        r"^(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<year>\d{4}|\d{2})$",
        r"^(?P<a>\d{1,2})/(?P<b>\d{1,2})$",
        rf"^(?:[a-z]+,?\s+)?{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?$",
        rf"^(?:[a-z]+,?\s+)?(?:the\s+)?{_DAY}\.?\s+(?:of\s+|de\s+)?{_MONTH},?(?:\s+(?:de\s+)?{_YEAR})?$",
        rf"^{_MONTH},?\s+{_YEAR}$",
        r"^(?P<year>\d{4})-(?P<month>\d{2})$",
    )
)
_LEADING_THE = re.compile(r"^the\s+(?=\d)", re.I)
"""A day of the month is the same with or without its article: "the 15th" and "15th"."""
_BARE_DAY = re.compile(r"^(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?$", re.I)
_DAY_DASH_DAY = re.compile(
    r"^(?P<first>.*\D\d{1,2}(?:st|nd|rd|th)?)\s*[-–—]\s*(?P<last>\d{1,2}(?:st|nd|rd|th)?)$", re.I
)
_DAY_THEN_DATE = re.compile(
    r"^(?:(?:del|el|vom)\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\.?\s*(?:-|–|—|\bto\b|\bthrough\b|\bthru\b"
    r"|\buntil\b|\btill\b|\bal\b|\bau\b|\bbis\b)\s*(?:(?:el|the)\s+)?(?P<rest>\S.*)$",
    re.I,
)
"""A bare day, then a full date it shares the month with: "14th-19th October", "del 9 al 16 de octubre". Two
days joined by "and" ("le 16 et le 17 novembre") are two days, not a period: they stay text."""
_DATE_RANGE = re.compile(r"\s*(?:\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b|–|—|\s-\s)\s*|/", re.I)

_ADDRESS_WORDS = dict(
    pair.split("=")
    for pair in word_list(
        "street=st avenue=ave road=rd boulevard=blvd drive=dr lane=ln court=ct place=pl square=sq suite=ste",
        "apartment=apt highway=hwy north=n south=s east=e west=w",
    )
)


@lru_cache(maxsize=8192)
def month_number(word: str) -> int | None:
    """The month (1-12) a month name or abbreviation names, in any of the supported languages ("October",
    "outubro", "dic."), else None."""
    return _MONTHS.get(word.casefold().rstrip("."))


@per_request
def normalize_fact_value(fact_type: str, value: str) -> str:
    """Return the canonical form of ``value`` for a fact of ``fact_type`` (see the module table).

    Used wherever two fact values are compared (de-duplication, the guard's fabrication check, eval scoring),
    so "#a-1234" and "A1234", or "$89.99" and "89.99 USD", count as one fact. Remembered for the request, not the
    process (values are customer data): the fact extractor asks for the same values several times per transcript
    (de-duplication, then each shadowing test).
    """
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if fact_type in ID_TYPES:
        return _normalize_code(text)
    if fact_type == "email":
        return _normalize_email(text)
    if fact_type == "phone":
        return _normalize_phone(text)
    if fact_type == "amount":
        return _normalize_amount(text)
    if fact_type == "date":
        return _normalize_date(text)
    if fact_type == "address":
        return _normalize_address(text)
    if fact_type in {"product", "device"}:
        return _normalize_item(text)
    return _normalize_text(text)


def _stable(step: Callable[[str], str], text: str) -> str:
    """Apply ``step`` until the text stops changing (Unicode case mapping is not idempotent in one go)."""
    for _ in range(4):
        after = unicodedata.normalize("NFKC", step(text))
        if after == text:
            break
        text = after
    return text


def _normalize_text(text: str) -> str:
    return _stable(lambda t: _SPACES.sub(" ", t.casefold()).strip(_EDGE_PUNCT).strip(), text)


def _normalize_item(text: str) -> str:
    """A product or device without a leading article, possessive or count: "my two WiFi Pods" and "2 wifi
    pods" are one item; a name that is only a number ("300") stays as it is."""
    folded = _normalize_text(text)
    stripped = _ITEM_LEAD.sub("", folded)
    return stripped if stripped and stripped != folded else folded


def _normalize_code(text: str) -> str:
    return _stable(lambda t: "".join(ch for ch in t if ch.isalnum()).upper(), text)


def _normalize_email(text: str) -> str:
    """Case-folded address without spaces, edge punctuation or a ``mailto:`` prefix; stable under a second pass
    (dropping a space can leave a combining mark that NFKC then composes: "A\u00b4" -> "a\u0301" -> "\u00e1")."""
    return _stable(_fold_email, text)


def _fold_email(text: str) -> str:
    folded = text.strip(_EDGE_PUNCT).casefold()
    if folded.startswith("mailto:"):
        folded = folded[len("mailto:") :]
    return _SPACES.sub("", folded).strip(_EDGE_PUNCT)


def _normalize_phone(text: str) -> str:
    digits = "".join(ch for ch in text if ch.isdigit())
    if not digits:
        return _normalize_text(text)
    stripped = text.lstrip(_EDGE_PUNCT)
    if stripped.startswith("+"):
        return "+" + digits
    if digits.startswith("00") and len(digits) > 4:
        return "+" + digits[2:]
    return digits


def _normalize_amount(text: str) -> str:
    """Parse a written amount into ``"1299.00"`` (+ ``" EUR"``, + ``"/month"`` for a rate such as "$10/mo");
    unparseable text falls back to plain text, and that text is tried once more, so the result is stable
    (".0.0" -> "0.0" -> "0.00")."""
    period = _PER_PERIOD.search(text)
    if period is not None:
        base = _parse_amount(text[: period.start()])
        if base is not None:
            return f"{base}/{_PERIODS[period.group('unit').casefold()]}"
    parsed = _parse_amount(text)
    if parsed is not None:
        return parsed
    fallback = _normalize_text(text)
    return _parse_amount(fallback) or fallback


def _parse_amount(text: str) -> str | None:
    currency, rest = _split_currency(text)
    match = _AMOUNT_NUMBER.search(rest)
    if match is None:
        return None
    leftover = (rest[: match.start()] + rest[match.end() :]).strip(_EDGE_PUNCT + "-")
    number = _parse_number(match.group(0))
    if number is None or leftover.casefold() not in {"", "k"}:
        return None
    if leftover:
        number *= 1000
    formatted = str(number.quantize(_CENT, rounding=ROUND_HALF_UP))
    return f"{formatted} {currency}" if currency else formatted


def _split_currency(text: str) -> tuple[str | None, str]:
    """Find and remove one currency marker (symbol, ISO code or word); return (ISO code or None, rest)."""
    for symbol, code in _CURRENCY_SYMBOLS:
        marker = re.search(re.escape(symbol), text, re.I)
        if marker is not None:
            return code, text[: marker.start()] + " " + text[marker.end() :]
    for word in re.findall(r"[^\W\d_]+", text):
        found = word.upper() if word.upper() in _ISO_CURRENCIES else _currency_word(word.casefold())
        if found:
            return found, re.sub(rf"\b{re.escape(word)}\b", " ", text, count=1)
    return None, text


def _currency_word(word: str) -> str | None:
    if word in _CURRENCY_WORDS:
        return _CURRENCY_WORDS[word]
    return next((code for stem, code in _CURRENCY_STEMS if word.startswith(stem)), None)


def _parse_number(raw: str) -> Decimal | None:
    """Read "1,299.00", "1.299,00", "1 299", "89,99", ".5" as numbers; None when it is not one number."""
    raw = re.sub(r"[\s']", "", raw).rstrip(".,")
    if not raw:
        return None
    decimal_mark = "." if raw.rfind(".") > raw.rfind(",") else ","
    whole, mark, fraction = raw.rpartition(decimal_mark)
    other_mark = "," if decimal_mark == "." else "."
    if not mark or (len(fraction) == 3 and other_mark not in raw):
        whole, fraction = raw, ""  # "1,299" and "1.299.000" are thousands separators
    elif decimal_mark in whole:
        return None  # "12.3.4" is not a number
    digits = whole.replace(",", "").replace(".", "") or "0"
    if not digits.isdecimal() or not digits.isascii() or len(digits) > 15:
        return None
    if fraction and not (fraction.isdecimal() and fraction.isascii()):
        return None
    return Decimal(f"{int(digits)}.{fraction or '0'}")


def _normalize_date(text: str) -> str:
    cleaned = _SPACES.sub(" ", text.strip(_EDGE_PUNCT)).strip()
    single = _parse_date(cleaned)
    if single is not None:
        return single
    shared = _DAY_THEN_DATE.match(cleaned)
    if shared is not None and (last := _parse_date(shared.group("rest"))) is not None and len(last) >= 7:
        first = _with_day(last, int(shared.group("day")))  # "12 to 15 December": both days are December's
        if first is not None:
            return f"{first}/{last}"
    parts = _DATE_RANGE.split(cleaned)
    dashed = _DAY_DASH_DAY.match(cleaned) if len(parts) == 1 else None
    if dashed is not None:  # "Nov 1-8"
        parts = [dashed.group("first"), dashed.group("last")]
    if len(parts) == 2:
        ends = [_parse_date(part.strip(_EDGE_PUNCT).strip()) for part in parts]
        bare_day = _BARE_DAY.match(parts[1].strip(_EDGE_PUNCT).strip())
        if ends[0] is not None and ends[1] is None and bare_day is not None and len(ends[0]) >= 7:
            ends[1] = _with_day(ends[0], int(bare_day.group("day")))  # "Nov 1st to the 8th"
        if ends[0] is not None and ends[1] is not None:
            return f"{ends[0]}/{ends[1]}"
    return _normalize_text(_LEADING_THE.sub("", cleaned))


def _with_day(iso: str, day: int) -> str | None:
    """``iso`` ("2026-11-01" or "--11-01") with another day of the same month; None when there is no such day."""
    head = iso[: iso.rfind("-")]
    try:
        date(2000 if head.startswith("--") else int(head[:4]), int(head[-2:]), day)
    except ValueError:
        return None
    return f"{head}-{day:02d}"


def _parse_date(cleaned: str) -> str | None:
    for pattern in _DATE_PATTERNS:
        match = pattern.match(cleaned)
        if match is None:
            continue
        iso = _iso_from_match(match.groupdict())
        if iso is not None:
            return iso
    return None


def _iso_from_match(parts: dict[str, str | None]) -> str | None:
    month_raw, day_raw = parts.get("month"), parts.get("day")
    if parts.get("a") is not None:
        first, second = int(parts["a"] or 0), int(parts["b"] or 0)
        month, day = (second, first) if first > 12 else (first, second)
    else:
        if month_raw is None:
            return None
        month = int(month_raw) if month_raw.isdigit() else _MONTHS[month_raw.casefold().rstrip(".")]
        day = int(day_raw) if day_raw is not None else 1
    year_raw = parts.get("year")
    year = None if year_raw is None else int(year_raw) + (2000 if len(year_raw) == 2 else 0)
    if day_raw is None and parts.get("a") is None:
        return f"{year:04d}-{month:02d}" if year is not None and 1 <= month <= 12 else None
    try:
        date(year or 2000, month, day)  # 2000 is a leap year: "--02-29" stays valid
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year is not None else f"--{month:02d}-{day:02d}"


def _normalize_address(text: str) -> str:
    words = re.sub(r"[.,;#]", " ", text.casefold()).split()
    return " ".join(_ADDRESS_WORDS.get(word, word) for word in words)
