"""Pattern extractors for structured customer facts: emails, tracking numbers, ids, amounts, dates, phones and
error codes.

Each extractor takes one message text and returns :class:`Candidate` spans. They know formats (carrier
tracking-number shapes, currency notations, date spellings) and cue words ("order", "ticket", "account"),
never a list of particular customers' values, so they carry over to any domain. The orchestration (priority,
overlaps, AI-turn filtering, de-duplication) lives in :mod:`copilot.analysis.facts`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "AMOUNT",
    "DATE",
    "Candidate",
    "find_amounts",
    "find_anchored_ids",
    "find_dates",
    "find_emails",
    "find_error_codes",
    "find_loose_ids",
    "find_phones",
    "find_tracking_numbers",
]


@dataclass(frozen=True)
class Candidate:
    """A fact found at ``text[start:end]``; ``value`` is the surface form as the customer wrote it."""

    type: str
    value: str
    start: int
    end: int


EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])")

_TRACKING_SHAPES = re.compile(
    r"(?<![A-Za-z0-9])(?:"
    r"1Z(?:\s?[0-9A-Z]){16}"  # UPS
    r"|9[1-5]\d{2}(?:\s?\d){16,22}"  # USPS IMpb (20-26 digits starting 91-95)
    r"|[A-Z]{2}\d{9}[A-Z]{2}"  # UPU S10 (USPS/Royal Mail/La Poste international)
    r"|J{1,2}D\d{16,18}"  # DHL eCommerce / parcel
    r"|TBA\d{9,12}"  # Amazon Logistics
    r")(?![A-Za-z0-9])",
    re.I,
)
_TRACKING_CUE = re.compile(r"\b(?:tracking|track|fedex|dhl|ups|usps|courier|carrier|waybill|consignment)\b")
_CARRIER_DIGITS = re.compile(r"(?<![\w-])(?:\d{10}|\d{12}|\d{15}|\d{20}|\d{22})(?![\w-])")

_ID_TOKEN = (
    r"#?\s?(?:\d{3,5}(?: \d{3,5}){1,3}(?![\w-])|(?=[A-Za-z0-9_-]*\d)[A-Za-z0-9](?:[A-Za-z0-9_]|-(?=[A-Za-z0-9]))*)"
)
_LINKERS = (
    r"(?:\s*(?:\bnumbers?\b|\bnos?\b\.?|\bnum\b|\bnr\b\.?|\bids?\b|\bref(?:erence)?\b|\bcode\b|\bis\b|\bwas\b"
    r"|\bare\b|\bit'?s\b|\bending in\b|[:=#(,-]))*\s*"
)
_ID_CUES: dict[str, str] = {
    "order": "order_id",
    "orders": "order_id",
    "purchase": "order_id",
    "booking": "order_id",
    "reservation": "order_id",
    "confirmation": "order_id",
    "po": "order_id",
    "account": "account_id",
    "acct": "account_id",
    "customer": "account_id",
    "member": "account_id",
    "membership": "account_id",
    "subscriber": "account_id",
    "user": "account_id",
    "username": "account_id",
    "policy": "account_id",
    "contract": "account_id",
    "ticket": "ticket_id",
    "case": "ticket_id",
    "incident": "ticket_id",
    "complaint": "ticket_id",
    "claim": "ticket_id",
    "ref": "ticket_id",
    "reference": "ticket_id",
    "rma": "ticket_id",
    "tracking": "tracking_number",
    "waybill": "tracking_number",
    "consignment": "tracking_number",
    "error": "error_code",
    "err": "error_code",
    "fault": "error_code",
    "serial": "device",
    "imei": "device",
    "iccid": "other",
    "invoice": "other",
    "sim": "other",
    "voucher": "other",
    "coupon": "other",
    "promo": "other",
    "promo code": "other",
    "discount code": "other",
    "coupon code": "other",
    "voucher code": "other",
    "gift card": "other",
    "rejected": "error_code",
    "declined": "error_code",
    "denied": "error_code",
    "failed": "error_code",
}
_CUE_WORD = re.compile(r"\b(" + "|".join(sorted(_ID_CUES, key=len, reverse=True)) + r")\b", re.I)
_ANCHORED = re.compile(
    r"\b(?P<cue>" + "|".join(sorted(_ID_CUES, key=len, reverse=True)) + r")\b"
    + _LINKERS
    + r"(?P<id>" + _ID_TOKEN + ")",
    re.I,
)
_LIST_MORE = re.compile(r"\s*(?:,|&|\band\b|\bor\b|/)\s*(?:#\s?)?(?P<id>" + _ID_TOKEN + ")", re.I)
_PREFIX_TYPES = (
    (re.compile(r"^(?:ORD|ORDER|PO|SO|BK|BKG|RES)\b", re.I), "order_id"),
    (re.compile(r"^(?:INC|TKT|TCK|TIX|CASE|CS|SR|REQ|RMA|CR|RITM)\b", re.I), "ticket_id"),
    (re.compile(r"^(?:ACC|ACCT|ACT|CUST|CUS|CID|MEM|USR|UID|SUB)\b", re.I), "account_id"),
    (re.compile(r"^(?:ERR|ERROR)\b", re.I), "error_code"),
)
_LOOSE_TOKEN = re.compile(r"(?<![\w@./-])(?P<id>#\s?[A-Za-z0-9][\w-]*|[A-Za-z0-9][\w-]*)(?![\w@-]|\.\w)")
_NOT_AN_ID = re.compile(
    r"^\d+(?:st|nd|rd|th|am|pm|s|x|k|p|g|gb|mb|tb|kb|mbps|gbps|hz|mhz|ghz|mm|cm|km|kg|lbs?|oz|ml|mins?|hrs?"
    r"|days?|yrs?|mph|kmh|w|kw|kwh|v|mah|in|ft|fps)$"
    r"|^[A-Za-z]{1,3}\d$|^\d{1,4}$|^(?:19|20)\d{2}s?$|^\d+-\d+$",
    re.I,
)
_WINDOW = 70
_HAS_DIGIT = re.compile(r"\d")
_MODEL_NAME_BEFORE = re.compile(r"(?:\b[A-Z][a-z]+[A-Z]?[a-z]*|\b[a-z]+[A-Z]\w*) $")
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n")

_CURRENCY_SIGN = r"(?:US\$|CA\$|AU\$|NZ\$|HK\$|C\$|A\$|R\$|\$|€|£|¥|₹|₩|zł)"
_CURRENCY_CODE = r"(?:USD|EUR|GBP|CAD|AUD|NZD|JPY|INR|CHF|SEK|NOK|DKK|PLN|MXN|BRL|ZAR|SGD|HKD|AED)"
_NUMBER = r"\d{1,3}(?:[,.' ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
AMOUNT = re.compile(
    rf"(?<![\w.,]){_CURRENCY_SIGN}\s?(?:{_NUMBER})(?:\s?[kK]\b)?"
    rf"|(?<![\w.,$€£])(?:{_NUMBER})\s?(?:{_CURRENCY_SIGN}|{_CURRENCY_CODE}\b|(?:dollars|euros|pounds|bucks)\b)"
    rf"|\b{_CURRENCY_CODE}\s?(?:{_NUMBER})(?![\d])",
    re.I,
)
"""Amounts with a currency marker; a bare number is an amount only after a money verb (see below)."""
_MONEY_VERB_AMOUNT = re.compile(
    r"\b(?:paid|pay|charged|billed|refund(?:ed)?(?: of)?|costs?|price (?:is|was)|fee (?:is|was|of)|total (?:is|was|of)"
    rf"|deducted|debited)\s+(?:me\s+|us\s+)?(?:about\s+|around\s+|almost\s+|over\s+)?(?P<n>{_NUMBER})"
    r"(?![.,]?\d)(?![ \t]*(?:times|x\b|days?|weeks?|months?|years?|hours?|minutes?|items?|%|percent))(?!\w)",
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
    rf"\b{_WEEKDAY}(?:{_MONTH}\s+{_DAY}(?:,?\s+\d{{4}})?|(?:the\s+)?{_DAY}\.?\s+(?:of\s+|de\s+)?{_MONTH}"
    rf"(?:,?\s+(?:de\s+)?\d{{4}})?)(?!\w)"
    r"|\b\d{4}-\d{2}-\d{2}\b"
    r"|(?<![\d/.-])\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/])"
    r"|(?<=\bon )\d{1,2}/\d{1,2}(?![\d/])",
    re.I,
)
"""Calendar dates: month names with a day, ISO dates, numeric dates (bare ``d/m`` only after "on")."""

_PHONE = re.compile(
    r"(?<![\w+#-])(?:(?:\+|00)?\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){1,4}(?![\w-])"
    r"|(?<![\w+#-])\+\d{7,15}(?![\w-])"
    r"|(?<![\w#-])\d{10,11}(?![\w-])"
)
_PHONE_CUE = re.compile(
    r"\b(?:phone|call(?:ed|ing)?|ring|mobile|cell|number|tel|text|sms|whatsapp|reach me|contact me|landline)\b"
)
_ID_CUE_NEAR = re.compile(r"\b(?:order|ticket|case|account|acct|tracking|invoice|ref(?:erence)?|serial|imei)\b")

_ERROR_WORD = (
    r"(?i:error|err|fault|failure|status|code|kodu|c[oó]digo|fehler(?:code)?|erreur|errore|b[lł][aą]d|kod|hata)"
)
_SHOWN_WORD = r"(?i:says|shows?|showing|displays?|displaying|flashing|reads|gives|message)"
_CODE_SHAPE = (
    r"0x[0-9A-Fa-f]{4,}|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{1,5}(?:-[A-Z]{1,5})?-?\d[\dA-Z]{0,5}"
    r"|[A-Za-z]{1,4}[-_]\d{2,6}"
)
_ERROR_ANCHORED = re.compile(
    rf"\b{_ERROR_WORD}\s*(?:(?i:code|number|no\.?|message|kodu))?\s*(?:(?i:is|was|says|of)|[:=-])?\s*[\"'“]?"
    rf"(?P<code>{_CODE_SHAPE}|\d{{3,6}})(?![\w-])"
    rf"|\b{_SHOWN_WORD}\s+(?:(?i:an?|the)\s+)?(?:(?i:error)\s+)?[\"'“]?(?P<code2>{_CODE_SHAPE})(?![\w-])"
    r"|(?<![\w-])(?P<code3>\d{3}|[A-Z]{1,4}-?\d{2,5})\s+(?i:error)\b"
    r"|(?<![\w-])(?P<code4>0x[0-9A-Fa-f]{6,}|ERR_[A-Z_]+)(?![\w-])",
)


def find_emails(text: str) -> list[Candidate]:
    """Email addresses."""
    if "@" not in text:
        return []
    return [Candidate("email", m.group(0), m.start(), m.end()) for m in EMAIL.finditer(text)]


def find_tracking_numbers(text: str) -> list[Candidate]:
    """Carrier tracking numbers by shape (UPS 1Z, USPS 9x, S10, DHL JD), plus FedEx/DHL/USPS digit runs
    (10, 12, 15, 20 or 22 digits) when a tracking or carrier word is in the same passage."""
    if not _HAS_DIGIT.search(text):
        return []
    found = [
        _clean(Candidate("tracking_number", m.group(0), m.start(), m.end())) for m in _TRACKING_SHAPES.finditer(text)
    ]
    for match in _CARRIER_DIGITS.finditer(text):
        if _TRACKING_CUE.search(_around(text, match.start(), match.end()).lower()):
            found.append(Candidate("tracking_number", match.group(0), match.start(), match.end()))
    return found


def find_anchored_ids(text: str) -> list[Candidate]:
    """Ids right after a cue word ("order #A-1234", "ticket no. 5521", "account number is 77-31"), lists
    included ("orders A-1 and A-2"). The cue word decides the type."""
    if not _HAS_DIGIT.search(text):
        return []
    found: list[Candidate] = []
    for match in _ANCHORED.finditer(text):
        fact_type = _ID_CUES[match.group("cue").lower()]
        if fact_type == "error_code":
            continue  # error codes have their own shapes, see find_error_codes
        for id_match in [match, *_list_tail(text, match.end("id"))]:
            candidate = _id_candidate(fact_type, id_match.group("id"), id_match.start("id"), anchored=True)
            if candidate is not None:
                found.append(candidate)
    return found


def find_loose_ids(text: str) -> list[Candidate]:
    """Id-looking tokens without a cue right before them ("A-1234 is my order", "#55012", "INC-2231"): typed by
    their prefix, else by the nearest cue word in the passage; untyped tokens are dropped unless ``#``-marked."""
    if not _HAS_DIGIT.search(text):
        return []
    found: list[Candidate] = []
    for match in _LOOSE_TOKEN.finditer(text):
        raw = match.group("id")
        alnum = re.sub(r"[^A-Za-z0-9]", "", raw)
        digits = sum(c.isdigit() for c in alnum)
        if digits == 0 or len(alnum) < 4 or _NOT_AN_ID.match(alnum):
            continue
        has_letters = digits < len(alnum)
        if not (raw.startswith("#") or (has_letters and digits >= 2) or digits >= 5):
            continue
        if _MODEL_NAME_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "Nighthawk R7000", "Galaxy S23": a model number, not an id
        fact_type = _type_from_prefix(alnum) or _nearest_cue(text, match.start(), match.end())
        if fact_type is None and raw.startswith("#"):
            fact_type = "order_id"
        if fact_type is None or (fact_type == "error_code" and not any(c.isupper() for c in alnum)):
            continue
        candidate = _id_candidate(fact_type, raw, match.start(), anchored=False)
        if candidate is not None:
            found.append(candidate)
    return found


def find_amounts(text: str) -> list[Candidate]:
    """Money amounts written with a currency sign, code or word ("$89.99", "89,99 €", "40 dollars"), or a
    number right after a money verb ("I paid 1,299", "charged 49.90")."""
    if not _HAS_DIGIT.search(text):
        return []
    found = [_clean(Candidate("amount", m.group(0), m.start(), m.end())) for m in AMOUNT.finditer(text)]
    for match in _MONEY_VERB_AMOUNT.finditer(text):
        if not any(c.start <= match.start("n") < c.end for c in found):
            found.append(Candidate("amount", match.group("n"), match.start("n"), match.end("n")))
    return found


def find_dates(text: str) -> list[Candidate]:
    """Calendar dates ("March 3rd", "3 March 2026", "2026-03-03", "03/03/2026"); lower-case "may" is a verb."""
    if not _HAS_DIGIT.search(text):
        return []
    found = []
    for match in DATE.finditer(text):
        value = match.group(0)
        if re.search(r"\bmay\b", value) and not re.search(r"\d{4}", value):
            continue
        found.append(_clean(Candidate("date", value, match.start(), match.end())))
    return found


def find_phones(text: str) -> list[Candidate]:
    """Phone numbers: 7 to 15 digits in a phone layout ("+1 555 010 0100", "(555) 010-0100"); an unformatted
    digit run counts only next to a phone word, and never next to an order/ticket/account word."""
    if not _HAS_DIGIT.search(text):
        return []
    found: list[Candidate] = []
    for match in _PHONE.finditer(text):
        value = match.group(0).strip()
        digits = sum(c.isdigit() for c in value)
        if not 7 <= digits <= 15:
            continue
        passage = _around(text, match.start(), match.end(), 40).lower()
        formatted = value.startswith(("+", "(")) or bool(re.search(r"\d[\s.-]\d", value))
        if _ID_CUE_NEAR.search(passage) and not _PHONE_CUE.search(passage):
            continue
        if not formatted and not _PHONE_CUE.search(passage):
            continue
        if re.fullmatch(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}", value):
            continue  # a date
        found.append(Candidate("phone", value, match.start() + match.group(0).index(value), match.end()))
    return found


def find_error_codes(text: str) -> list[Candidate]:
    """Error codes after "error"/"code" ("error E-403", "code 0x80070005") or before "error" ("404 error"),
    plus self-evident shapes (``0x8007...``, ``ERR_CONNECTION_RESET``)."""
    if not _HAS_DIGIT.search(text) and "ERR_" not in text:
        return []
    found = []
    for match in _ERROR_ANCHORED.finditer(text):
        group = next(g for g in ("code", "code2", "code3", "code4") if match.group(g))
        value = match.group(group).strip()
        if re.fullmatch(r"\d{4}", value) and re.fullmatch(r"(?:19|20)\d{2}", value):
            continue
        found.append(Candidate("error_code", value, match.start(group), match.start(group) + len(value)))
    return found


def _list_tail(text: str, position: int) -> list[re.Match[str]]:
    """Further ids in a list right after an anchored id ("A-1, A-2 and A-3")."""
    tail = []
    while (more := _LIST_MORE.match(text, position)) is not None:
        if not any(c.isdigit() for c in more.group("id")):
            break
        tail.append(more)
        position = more.end("id")
    return tail


def _id_candidate(fact_type: str, raw: str, start: int, *, anchored: bool) -> Candidate | None:
    value = raw.lstrip("#").strip().rstrip("-_")
    alnum = re.sub(r"[^A-Za-z0-9]", "", value)
    mixed = any(c.isdigit() for c in alnum) and any(c.isalpha() for c in alnum)
    if len(alnum) < (2 if anchored and mixed else 3):
        return None
    if _NOT_AN_ID.match(alnum) and not (anchored and (mixed or (alnum.isdigit() and len(alnum) >= 3))):
        return None
    offset = raw.index(value)
    return Candidate(fact_type, value, start + offset, start + offset + len(value))


def _type_from_prefix(alnum: str) -> str | None:
    letters = re.match(r"[A-Za-z]+", alnum)
    if letters is None:
        return None
    for pattern, fact_type in _PREFIX_TYPES:
        if pattern.match(letters.group(0)) and len(letters.group(0)) < len(alnum):
            return fact_type
    return None


def _nearest_cue(text: str, start: int, end: int) -> str | None:
    """The type of the cue word closest to ``text[start:end]`` within the same sentence and a short window."""
    sentence_start, sentence_end = sentence_bounds(text, start, end)
    lo, hi = max(sentence_start, start - _WINDOW), min(sentence_end, end + _WINDOW)
    best: tuple[int, str] | None = None
    for cue in _CUE_WORD.finditer(text, lo, hi):
        distance = start - cue.end() if cue.end() <= start else cue.start() - end
        if distance >= 0 and (best is None or distance < best[0]):
            best = (distance, _ID_CUES[cue.group(1).lower()])
    return best[1] if best else None


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The start and end offsets of the sentence (or line) holding ``text[start:end]``."""
    left = max((match.end() for match in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right_match = _SENTENCE_END.search(text, end)
    return left, right_match.start() if right_match else len(text)


def looks_like_quantity(token: str) -> bool:
    """True for counts, ordinals, times, sizes and years ("3rd", "10am", "5G", "256GB", "2026"): never an id."""
    return _NOT_AN_ID.match(re.sub(r"[^A-Za-z0-9]", "", token)) is not None


def _around(text: str, start: int, end: int, width: int = _WINDOW) -> str:
    return text[max(0, start - width) : end + width]


def _clean(candidate: Candidate) -> Candidate:
    """Trim spaces and trailing sentence punctuation from a candidate's span."""
    value = candidate.value
    stripped = value.rstrip(" .,;:!?)")
    lead = len(stripped) - len(stripped.lstrip(" ("))
    stripped = stripped.lstrip(" (")
    start = candidate.start + lead
    return Candidate(candidate.type, stripped, start, start + len(stripped))
