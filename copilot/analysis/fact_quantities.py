"""Quantities the customer states: money amounts, calendar dates (ranges, weekdays, month and year included),
measurements with a unit ("29 inches", "38 Mbps") and clothing or shoe sizes ("a 9.5").

Money needs a currency marker, or a money word close by ("I paid 1,299", "my bill went from 243 to 263", "a
charge ... for 9.99"); durations ("3 days") are never facts; counts of things are :mod:`copilot.analysis.fact_counts`'.
"""

from __future__ import annotations

import re

from copilot.analysis.cues import word_list
from copilot.analysis.entities import is_function_word
from copilot.analysis.fact_patterns import HAS_DIGIT, Candidate, clean, lowered, sentence_bounds
from copilot.analysis.pattern_gate import alternation_by_first_letter, contains_any

__all__ = [
    "AMOUNT",
    "DATE",
    "find_amounts",
    "find_clock_times",
    "find_dates",
    "find_measurements",
    "find_sizes",
    "is_day_name",
    "is_measurement",
]

_CURRENCY_SIGN = r"(?:US\$|CA\$|AU\$|NZ\$|HK\$|C\$|A\$|R\$|\$|€|£|¥|₹|₩|zł)"
_CURRENCY_CODE = r"(?:USD|EUR|GBP|CAD|AUD|NZD|JPY|INR|CHF|SEK|NOK|DKK|PLN|MXN|BRL|ZAR|SGD|HKD|AED)"
_CURRENCY_WORD = r"(?:dollars?|euros?|pounds?|bucks|d[oó]lar\w*|dollari|eur)"
_NUMBER = r"\d{1,3}(?:[,.' ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_PER_PERIOD = r"(?:/(?:month|mo|year|yr|week|wk|day)\b)"
AMOUNT = re.compile(
    rf"(?<![\w.,]){_CURRENCY_SIGN}\s?(?:{_NUMBER})(?:\s?[kK]\b)?{_PER_PERIOD}?"
    rf"|(?<![\w.,$€£])(?:{_NUMBER})\s?(?:{_CURRENCY_SIGN}|{_CURRENCY_CODE}\b|{_CURRENCY_WORD}\b)"
    rf"|\b{_CURRENCY_CODE}\s?(?:{_NUMBER})(?![\d])",
    re.I,
)
"""Amounts with a currency marker; a bare number is an amount only next to a money word (see below)."""
_NOT_MONEY_AFTER = r"(?![.,]?\d)(?![ \t]*(?:times|x\b|days?|weeks?|months?|years?|hours?|minutes?|items?|%|percent))"
_MONEY_VERB_AMOUNT = re.compile(
    r"\b(?:paid|pay|charged|billed|refund(?:ed)?(?: of)?|costs?|price (?:is|was)|fee (?:is|was|of)|total (?:is|was|of)"
    rf"|deducted|debited)\s+(?:me\s+|us\s+)?(?:about\s+|around\s+|almost\s+|over\s+)?(?P<n>{_NUMBER})"
    rf"{_NOT_MONEY_AFTER}(?!\w)"
    rf"|\b(?:bill|price|charge|payment|rate|cost|fee|total|balance)s?\b[^.!?\n\d]{{0,25}}\bfrom\s+(?P<a>{_NUMBER})"
    rf"\s+to\s+(?P<b>{_NUMBER}){_NOT_MONEY_AFTER}(?!\w)",
    re.I,
)
_MONEY_HINT = re.compile(
    r"[$€£¥₹₩]|zł|\b(?:usd|eur|gbp|cad|aud|nzd|jpy|inr|chf|sek|nok|dkk|pln|mxn|brl|zar|sgd|hkd|aed)\b|dollar|d[oó]lar"
    r"|euro|pound|buck|paid|pay|charg|bill|refund|cost|price|fee|total|deduct|debit|balance|credit|invoice"
    r"|subscri|week|month"
)
_CENTS_NUMBER = re.compile(r"(?<![\w.,$€£])\d{1,6}[.,]\d{2}(?![\w%]|[.,]\d)")
_MONEY_WORD = re.compile(
    r"\b(?:charge[ds]?|bill(?:ed)?|paid|pay|refund\w*|price|cost|fee|total|balance|credit|invoice|subscription"
    r"|per (?:week|month)|a (?:week|month)|every (?:week|month))\b",
    re.I,
)

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
    r"|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre"
    r"|januar|februar|m[äa]e?rz|juni|juli|oktober|dezember"
    r"|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro"
    r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?\s+)?"
DATE = re.compile(
    r"(?<!\w)(?=[a-z0-9])"  # a start gate the regex engine can scan for: several times faster than a bare \b
    rf"(?:\b(?:{_MONTH}\s+{_DAY}(?:,?\s+\d{{4}})?|(?:the\s+)?{_DAY}\.?\s+(?:of\s+|de\s+)?{_MONTH}"
    rf"(?:,?\s+(?:de\s+)?\d{{4}})?|{_MONTH},?\s+\d{{4}})(?![\w-])"
    r"|\b\d{4}-\d{2}-\d{2}\b"
    r"|(?<![\d/.-])\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/])"
    r"|(?<![\d/.-])\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}(?![\d.]\d)"
    r"|(?<=\bon )\d{1,2}/\d{1,2}(?![\d/]))",
    re.I,
)
"""Calendar dates: month names with a day or a year, ISO dates, numeric dates (bare ``d/m`` only after "on";
dotted ``19.11.2026`` only with a full year, unlike a version number).
A weekday written before the date ("Wednesday, Nov 25") is joined to it by ``find_dates``."""
_WEEKDAY_BEFORE = re.compile(r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?\s+$", re.I)
_DAY_OF_MONTH_AFTER = re.compile(r",?[ \t]+(?:the[ \t]+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?![ \t]+of\b)", re.I)
"""A weekday's day of the month ("Thursday the 26th", "saturday 28th"): one date."""
_ORDINAL_DAY = re.compile(
    r"\b(?:on|until|till|by|before|after|from|due|since|to)[ \t]+"
    r"(?P<day>the[ \t]+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b"
    r"(?![ \t]+of\b|-)(?:[ \t]+(?P<next>[a-z]+))?",
)
"""A day of the month alone after a time word ("you renew me on the 28th", "until the 6th", "move the date to the
15th"); not "on the 3rd
floor" (a noun follows: only a function word may), and "the 28th of November" is a full date. Run on
lower-cased text (see ``lowered``), as is ``_MONTH_ONLY``."""
_DAY_JOIN = re.compile(r",?[ \t]+")
_LAST_NEXT_BEFORE = re.compile(r"\b(?:last|next|this past|this coming)[ \t]+$", re.I)
_MONTH_ONLY = re.compile(
    r"\b(?P<cue>since|seit|sinds|depuis|desde|in|back\s+in|during|until|till|by|between|em|en|im|de|(?:the\s+)?(?:end|beginning"
    r"|start|middle)\s+of)\s+"
    rf"(?P<month>{_MONTH})(?![\w-])(?![ \t]*(?:\d|the\b))",
)
"""A month without a day after "since" or "in" ("seit September", "back in March", "extrato de outubro"), or a
part of a month ("the end of May"): when something started or ended. After such a preposition only the month is
the fact."""
_MONTH_PREPOSITIONS = frozenset({"since", "seit", "depuis", "desde", "in", "during", "until", "till", "by", "em", "en"})
_MONTH_PREPOSITIONS |= {"im", "de", "sinds", "between"}
_SECOND_MONTH = re.compile(rf"[ \t]+(?:and|to|through|until|till)[ \t]+(?P<month>{_MONTH})(?![\w-])(?![ \t]*\d)")
"""The other end of a span of months ("between May and October"): a month of its own."""
_DATE_CASED = re.compile(DATE.pattern)
"""``DATE`` without ``re.IGNORECASE`` (its pattern is all lower case), run on lower-cased ASCII text: the same
spans, about twice as fast. Non-ASCII text keeps ``DATE`` (Unicode case folding differs from ``str.lower``)."""
_DAY_NAME = re.compile(
    r"(?<![\w-])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi"
    r"|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|segunda-feira|ter[çc]a-feira"
    r"|quarta-feira|quinta-feira|sexta-feira|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]"
    r"|(?:(?<=desde )|(?<=até ))(?:segunda|ter[çc]a|quarta|quinta|sexta)(?![ \t]+vez))(?![\w-])",
    re.I,
)
"""Day names; Portuguese writes a weekday without "-feira" ("desde segunda"), read so only after "desde"/"até",
since "segunda" alone is also "second"."""
_MONTH_STARTS = (
    "jan", "feb", "fév", "fev", "mar", "mär", "mae", "apr", "avr", "abr", "may", "mai", "mag", "jun", "juin", "giu",
    "jul", "juil", "lug", "aug", "ago", "aoû", "aou", "sep", "set", "oct", "okt", "ott", "out", "nov", "dec", "déc",
    "dez", "dic", "ene", "gen",
)  # fmt: skip
_MONTH_START = f"(?:{alternation_by_first_letter(_MONTH_STARTS)})"
_MONTH_ONLY_HINT = re.compile(rf"\s{_MONTH_START}")
"""A month's start after a space, as in every ``_MONTH_ONLY`` match (on lower-cased text): the cheap test first."""
_ORDINAL_HINT = re.compile(r"\d(?:st|nd|rd|th)\b")
_DATE_HINT = re.compile(
    rf"\b{_MONTH_START}[a-zçéû]*\.?,?\s+(?:de\s+)?\d|\d(?:st|nd|rd|th)?\.?\s+(?:of\s+|de\s+)?{_MONTH_START}|\d[/-]\d"
    r"|\d\.\d\d?\.[12]\d{3}"
)
"""A month name next to a digit, or a numeric date: checked on lower-cased text before the full pattern."""
_DAY_STEMS = word_list(
    "day tag rcoles jueves viernes bado domingo lunes martes feira lundi mardi",
    "mercredi jeudi vendredi samedi dimanche mittwoch edì edi desde até",
)
"""Substrings every day name holds: a plain substring search is far cheaper than the day-name pattern."""
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b)\s*", re.I)
_DAY_BEFORE_DATE = re.compile(
    r"(?<![\w/.,:$£€-])(?:(?:del|le|el|du|vom)\s+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\.?"
    r"\s*(?:-|–|—|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b|\bal\b|\bau\b|\bbis\b|\band\b|\bet\b|\by\b"
    r"|\bund\b)\s*(?:le\s+|el\s+)?\Z",
    re.I,
)
"""A bare day before a full date, joined to it ("14th-19th October", "del 9 al 16 de octubre", "le 16 et le 17
novembre"): the first day shares the month written after the second, so the two are one period."""
_RANGE_TO_DAY = re.compile(
    r"\s*(?:-|–|—|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b)\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b"
    r"(?![ \t]*(?:[/.:-]\d|[A-Za-z]))",
    re.I,
)
"""The end day of a range within one month: "Nov 1 to the 8th", "March 3-7" (no month of its own)."""
_CLOCK = r"(?:\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}|noon|midnight)"
_RELATIVE_DAY = r"(?:yesterday|today|this\s+(?:morning|afternoon|evening)|last\s+night)"
_TIMED_DAY = re.compile(
    rf"(?<![\w:]){_CLOCK}\s+{_RELATIVE_DAY}\b|\b{_RELATIVE_DAY}\s+(?:at|around|about)\s+{_CLOCK}(?![\w])", re.I
)
"""A clock time on a relative day ("it started at 7am yesterday", "yesterday at 3:30 pm"): when it began."""
_AT_CLOCK = re.compile(
    r"\b(?:at|around|about|since|until|till|by)\s+(?:(?:like|about|around|roughly)\s+)?"
    r"(?P<time>\d{1,2}:[0-5]\d(?:\s?(?:[ap]m\b|[ap]\.m\.))?|(?:1[0-2]|0?[1-9])\s?(?:[ap]m\b|[ap]\.m\.))(?![\d:.,]\d)"
    r"(?![ \t]+(?:tomorrow|tonight|next)\b)",
    re.I,
)
"""A clock time after "at"/"since"/"by" ("requested again at 10:15", "the email came at 2:14pm", "paid it at
like 11pm"): when something happened to the customer, not a plan ("a meeting at 2pm tomorrow")."""
_AM_PM = re.compile(r"\d\s?[apAP]\.?[mM]")
_NOT_A_DAY_BEFORE = re.compile(r"(?:[A-Z][a-z]+|\b(?i:a|an|every|each|any|per))\s+$")
"""'Black Friday' is an event, 'on a Sunday' / 'every Monday' is no particular day."""

_UNIT = (
    r"mm|cm|km|inch(?:es)?|in\.|ft|feet|foot|kg|lbs?|oz|ml|litres?|liters?|gb|mb|tb|kb|mbps|gbps|kbps|ghz|mhz"
    r"|kwh|mah|watts?|volts?|megs|gigs|(?:kilo|mega|giga|tera)bytes?|(?:kilo|mega|giga)bits?|(?<=\d)(?:w|kw|v)"
    r"|(?<=\d\d\d )(?:points|avios)|(?<=\d\d\d)(?:points|avios)"
)
"""Units; a loyalty balance counts from three digits on ("5,720 points"), not "2 points" of a rating."""
_DECIMAL_METRES = r"(?:(?<=[.,]\d)|(?<=[.,]\d\d)|(?<=[.,]\d )|(?<=[.,]\d\d ))m"
_MEASUREMENT = re.compile(rf"\d(?<![\w.,]\d)\d*(?:[.,]\d+)?\s?(?:{_UNIT}|{_DECIMAL_METRES})(?![\w])", re.I)
"""A number with a unit; metres only with decimals ("1,78 m"), as a bare "5 m" may be minutes or months. The
first digit comes first (then the look back at what precedes it), so ``re`` skips to digits in C."""
_SIZE_HINT = re.compile(r"\d[.,]5|s(?:ize|z) |taille|talla|pointure|gr(?:ö|oe)(?:ß|ss)e|tamanho|taglia")
"""What every size needs (a half size or a size word), checked on lower-cased text first."""
_SIZE = re.compile(
    r"\b(?:size|sz|taille|talla|pointure|gr(?:ö|oe)(?:ß|ss)e|tamanho|taglia)\s+"
    r"(?P<size>\d{1,2}(?:[.,]5)?\s?W?|XXS|XS|S|M|L|XL|XXL|XXXL)(?![\w.]|,\d)"
    r"|\b(?:an?|in|en|usually|normally|always)\s+(?P<half>\d{1,2}[.,]5)(?!\d|\s*(?:/|out of|%|stars?|points?))"
    r"(?![ \t]+(?:hours?|days?|weeks?|months?|years?|minutes?|times|kg|lbs?|miles?|km|cm|mm|inch\w*|percent)\b)",
    re.I,
)


def find_amounts(text: str) -> list[Candidate]:
    """Money amounts written with a currency sign, code or word ("$89.99", "89,99 €", "380 dolarów"), or a
    number with a money word ("I paid 1,299", "my bill went from 243 to 263", "a charge ... for 9.99")."""
    if HAS_DIGIT.search(text) is None or _MONEY_HINT.search(lowered(text)) is None:
        return []
    found = [clean(Candidate("amount", m.group(0), m.start(), m.end())) for m in AMOUNT.finditer(text)]
    for match in _MONEY_VERB_AMOUNT.finditer(text):
        for group in ("n", "a", "b"):
            if match.group(group) and not _inside(found, match.start(group)):
                found.append(Candidate("amount", match.group(group), match.start(group), match.end(group)))
    for match in _CENTS_NUMBER.finditer(text):
        if _inside(found, match.start()):
            continue
        start, end = sentence_bounds(text, match.start(), match.end())
        if _MONEY_WORD.search(text, start, end):
            found.append(Candidate("amount", match.group(0), match.start(), match.end()))
    return found


def find_dates(text: str) -> list[Candidate]:
    """Calendar dates ("March 3rd", "3 March 2026", "2026-03-03", "March 2027"), ranges as one fact ("nov 1 to
    nov 7"), and day names ("I get paid friday", "bis Freitag"); lower-case "may" is a verb."""
    found: list[Candidate] = []
    lower = lowered(text)
    has_digit = HAS_DIGIT.search(text) is not None
    if has_digit and _DATE_HINT.search(lower) is not None:
        for match in _DATE_CASED.finditer(lower) if text.isascii() else DATE.finditer(text):
            value = text[match.start() : match.end()]
            if re.search(r"\bmay\b", value) and not re.search(r"\d{4}", value):
                continue
            start = match.start()
            weekday = _WEEKDAY_BEFORE.search(text, max(0, start - 12), start) if value[0].isalpha() else None
            if weekday is not None:
                start = weekday.start()  # "Wednesday, Nov 25": one date
            found.append(clean(Candidate("date", text[start : match.end()], start, match.end())))
        found = _join_ranges(text, found)
    if ("am" in lower or "pm" in lower or "noon" in lower or "night" in lower or "morning" in lower) and has_digit:
        for match in _TIMED_DAY.finditer(text):
            if not _inside(found, match.start()):
                found.append(Candidate("date", match.group(0), match.start(), match.end()))
    if _MONTH_ONLY_HINT.search(lower) is not None:
        found += _months_only(text, lower, found)
    if has_digit and _ORDINAL_HINT.search(lower) is not None:
        for match in _ORDINAL_DAY.finditer(lower):
            following = match.group("next")
            if not _inside(found, match.start("day")) and (following is None or is_function_word(following)):
                start, end = match.start("day"), match.end("day")
                found.append(Candidate("date", text[start:end], start, end))
    for match in _DAY_NAME.finditer(text) if contains_any(lower, _DAY_STEMS) else ():
        start, end = match.start(), match.end()
        if _inside(found, start) or _NOT_A_DAY_BEFORE.search(text, max(0, start - 12), start):
            continue
        following = next((c for c in found if c.start > end and _DAY_JOIN.fullmatch(text, end, c.start)), None)
        if following is not None:  # "samedi 28 novembre": the day name belongs to the date
            found[found.index(following)] = Candidate("date", text[start : following.end], start, following.end)
            continue
        day_of_month = _DAY_OF_MONTH_AFTER.match(text, end)
        end = day_of_month.end() if day_of_month is not None else end
        modifier = _LAST_NEXT_BEFORE.search(text, max(0, start - 16), start)
        start = modifier.start() if modifier is not None else start  # "last Thursday" is a different day
        found.append(Candidate("date", text[start:end], start, end))
    return found


def _months_only(text: str, lower: str, found: list[Candidate]) -> list[Candidate]:
    """Months named without a day after "since"/"in" or as "the end of May" (see ``_MONTH_ONLY``, matched on
    ``lower``, the lower-cased ``text``); lower-case "may" is a verb, and a month abbreviation alone ("since mar")
    is too unsure."""
    months = []
    for match in _MONTH_ONLY.finditer(lower):
        month = text[match.start("month") : match.end("month")].rstrip(".")
        if _inside(found, match.start("month")) or (month.lower() == "may" and not month[0].isupper()):
            continue
        if len(month) < 4 and month.lower() != "may":
            continue
        cue = match.group("cue").lower()
        since = cue in _MONTH_PREPOSITIONS or cue.startswith("back")
        start = match.start("month") if since else match.start("cue")
        if not since and text[start : start + 4].lower() == "the ":
            start += 4
        end = match.start("month") + len(month)
        months.append(Candidate("date", text[start:end], start, end))
        second = _SECOND_MONTH.match(lower, end) if cue == "between" else None
        if second is not None and len(second["month"].rstrip(".")) >= 4:
            start, end = second.start("month"), second.start("month") + len(second["month"].rstrip("."))
            months.append(Candidate("date", text[start:end], start, end))
    return months


def find_clock_times(text: str) -> list[Candidate]:
    """A clock time said alone after "at", "since" or "by" ("it failed again at 10:15", "it came at 2:14pm"), as a
    date: when the problem happened, which the agent checks against logs. Times with a day ("7am yesterday")
    are :func:`find_dates`'."""
    if ":" not in text and _AM_PM.search(text) is None:
        return []
    return [Candidate("date", m.group("time"), m.start("time"), m.end("time")) for m in _AT_CLOCK.finditer(text)]


def find_measurements(text: str) -> list[Candidate]:
    """Measurements with a unit of length, weight, data, speed or power ("29 inches", "3 mm", "38 Mbps",
    "128GB"), as ``other``; durations are not measurements."""
    if HAS_DIGIT.search(text) is None:
        return []
    return [clean(Candidate("other", m.group(0), m.start(), m.end())) for m in _MEASUREMENT.finditer(text)]


def is_measurement(value: str) -> bool:
    """Whether a value is one number with a unit ("2.4 gigabytes", "65W"): the assistant may state these
    about the customer's usage."""
    return _MEASUREMENT.fullmatch(value) is not None


def is_day_name(word: str) -> bool:
    """Whether ``word`` is a day of the week ("Saturday", "samedi", "Freitag")."""
    return _DAY_NAME.fullmatch(word) is not None


def find_sizes(text: str) -> list[Candidate]:
    """Clothing and shoe sizes: "size 10", "size M", or a half size with an article ("swap for a 9.5",
    "I'm usually an 8.5"), as ``other`` holding the size alone."""
    if _SIZE_HINT.search(lowered(text)) is None:
        return []
    found = []
    for match in _SIZE.finditer(text):
        group = "size" if match.group("size") else "half"
        value = match.group(group).strip()
        found.append(Candidate("other", value, match.start(group), match.start(group) + len(value)))
    return found


def _join_ranges(text: str, dates: list[Candidate]) -> list[Candidate]:
    """Merge "nov 1 to nov 7" / "Nov 1 - Nov 7" / "November 1st to the 8th" into one date fact: a period is
    one thing the customer said."""
    joined: list[Candidate] = []
    for candidate in dates:
        window = max(0, candidate.start - 24)
        first = (
            _DAY_BEFORE_DATE.search(text, window, candidate.start)
            if candidate.value[:1].isdigit() and HAS_DIGIT.search(text, window, candidate.start) is not None
            else None
        )
        if first is not None:
            candidate = Candidate("date", text[first.start() : candidate.end], first.start(), candidate.end)
        day_end = _RANGE_TO_DAY.match(text, candidate.end)
        if day_end is not None and not re.search(r"\d{4}", candidate.value):
            candidate = Candidate("date", text[candidate.start : day_end.end()], candidate.start, day_end.end())
        previous = joined[-1] if joined else None
        if previous is not None and _RANGE_JOIN.fullmatch(text, previous.end, candidate.start):
            joined[-1] = Candidate("date", text[previous.start : candidate.end], previous.start, candidate.end)
        else:
            joined.append(candidate)
    return joined


def _inside(found: list[Candidate], position: int) -> bool:
    return any(c.start <= position < c.end for c in found)
