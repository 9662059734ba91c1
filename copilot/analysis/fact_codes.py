"""Codes recognised by their shape: tracking numbers, error and status codes, device numbers (IMEI, ICCID),
promo and access codes, card-statement descriptors and software versions.

Shapes are public formats (carrier tracking layouts, the grouped 15-digit IMEI, the 19-20 digit ICCID that
starts with 89, ``MERCHANT*REF`` statement descriptors), so they hold in any domain; a shape that could be
something else (a bare 12-digit run, an upper-case word) also needs a cue word in the passage.
"""

from __future__ import annotations

import re

from copilot.analysis.cues import word_list
from copilot.analysis.entities import is_common_word
from copilot.analysis.fact_patterns import HAS_DIGIT, Candidate, around, clean, lowered, sentence_bounds
from copilot.analysis.pattern_gate import contains_any

__all__ = [
    "find_access_codes",
    "find_booking_codes",
    "find_charge_names",
    "find_device_numbers",
    "find_error_codes",
    "find_flight_numbers",
    "find_promo_codes",
    "find_site_names",
    "find_tracking_in_links",
    "find_tracking_numbers",
    "find_versions",
]

_SITE_NAME = re.compile(
    r"\b(?:store|shop|site|website|domain|url|storefront)\b[^.!?\n]{0,15}?\b(?:is|at|:)?\s*"
    r"(?P<site>(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})(?![\w@-]|\.\w)",
    re.I,
)
_SITE_WORDS = ("store", "shop", "site", "domain", "url")
"""A web address the customer names as their store or site ("store is kindred-candle-co.myshopify.com")."""
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
_TRACKING_PARAM = re.compile(
    r"https?://\S*?[?&](?:trknbr|tracknum|tracknumbers?|tracking(?:_?(?:number|id|no))?|trk|awb|waybill)"
    r"=(?P<id>[A-Za-z0-9]{8,34})(?![A-Za-z0-9])",
    re.I,
)

_ERROR_WORD = (
    r"(?i:error|err|fault|failure|status|code|kodu|c[oó]digo|fehler(?:code)?|erreur|errore|b[lł][aą]d|kod|hata)"
)
_SHOWN_WORD = (
    r"(?i:says|said|shows?|showed|showing|displays?|displayed|displaying|flashing|reads|gives|message|aparece"
    r"|muestra|affiche|zeigt)"
)
_CODE_SHAPE = (
    r"0x[0-9A-Fa-f]{4,}|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{1,5}(?:-[A-Z]{1,5})?-?\d[\dA-Z]{0,5}"
    r"|[A-Za-z]{1,4}[-_]\d{2,6}"
)
_ERROR_ANCHORED = re.compile(
    r"(?=[\dA-Z(]|(?i:[abcdefghkmrsz]))"  # every first character below: other positions fail on one class test
    rf"(?:\b{_ERROR_WORD}\s*(?:(?i:code|number|no\.?|message|kodu))?\s*(?:(?i:is|was|says|of)|[:=-])?\s*[\"'“]?"
    rf"(?P<code>{_CODE_SHAPE}|\d{{3,6}})(?![\w-])"
    rf"|\b{_SHOWN_WORD}\s+(?:(?i:an?|the)\s+)?(?:(?i:error)\s+)?[\"'“]?(?P<code2>{_CODE_SHAPE})(?![\w-])"
    r"|(?<![\w-])(?P<code3>\d{3}|[A-Z]{1,4}-?\d{2,5})\s+(?i:error)\b"
    r"|(?<![\w-])(?P<code4>0x[0-9A-Fa-f]{6,}|ERR_[A-Z_]+)(?![\w-])"
    r"|\((?P<code5>[A-Z]{1,5}(?:-[A-Z]{1,5})?-\d{1,6})\))",
)
_ERROR_GROUPS = ("code", "code2", "code3", "code4", "code5")
_ERROR_STEMS = word_list(
    "err fault failure status code digo fehler kod hata łąd lad",
    "says said show display flashing reads gives message aparece muestra affiche zeigt 0x (",
)
"""Substrings one of which every error-code pattern needs, checked on lower-cased text first."""
_STATUS_WORD = re.compile(r"\b(?:says|shows?|showing|displays?|reads|flashing)\s+(?P<code>[A-Z]{2,4})(?![\w-])")
_STATUS_VERBS = ("says", "show", "display", "reads", "flashing")
"""What ``_STATUS_WORD`` needs (it is case-sensitive): a plain substring test before the pattern."""
_NOT_A_STATUS = frozenset({"OK", "NO", "YES", "ON", "OFF", "AM", "PM", "RED", "TV", "PC", "APP", "WIFI", "SIM"})
_NOT_ERROR_BEFORE = re.compile(
    r"(?i:gate|door|entry|access|building|buzzer|promo|discount|coupon|voucher|gift|postal|zip|area|country|qr"
    r"|security|verification|confirmation|pin|reference|tracking|order|product|sku|dial|short|this|the|that)\s+$"
)
_ERROR_HINT = re.compile(
    r"\b(?:error|says|shows|fail\w*|invalid|not valid|denied|declined|rejected|not recogni[sz]ed|unavailable"
    r"|locked|blocked|suspended|expired)\b"
)

_IMEI_GROUPED = re.compile(r"(?<![\d-])(?:\d{2}[ -]\d{6}|\d{6}[ -]\d{2})[ -]\d{6}[ -]\d(?![\d-])")
_IMEI_PLAIN = re.compile(r"(?<![\w-])\d{15}(?![\w-])")
_ICCID = re.compile(r"(?<![\w-])89\d{2}(?:[ -]?\d{4}){3}[ -]?\d{3,4}(?![\w-])")

_PROMO_TOKEN = re.compile(r"(?<![\w*-])(?:[A-Z]{3,12}\d{1,4}|\d{1,3}[A-Z]{3,10})(?![\w*-])")
_DISCOUNT_CONTEXT = re.compile(
    r"\b(?:appl(?:y|ied|ying)|redeem\w*|enter(?:ed)?|forgot|birthday|welcome|discount|off|coupon"
    r"|promo\w*|voucher|referral|loyalty|sale|checkout|cart)\b|%"
)
_PROMO_CUE = re.compile(r"\b(?:code|coupon|promo|voucher|discount|off|offer)\b|%", re.I)
_DESCRIPTOR = re.compile(r"(?<![\w*])[A-Z][A-Z0-9&.' ]{1,24}[A-Z0-9]\*\s?[A-Z0-9][A-Z0-9.-]{1,20}(?![\w*])")
_CHARGE_NAME = re.compile(
    r"\b(?:charge|transaction|payment|subscription|debit|entry)\b[^.!?\n]{0,60}?\b(?:called|named|label+ed"
    r"|listed as|shows? (?:up )?as|says|reads)\s+['\"‘“](?P<name>[^'\"’”\n]{2,40})['\"’”]",
    re.I,
)
_ACCESS_CODE = re.compile(
    r"\b(?i:gate|door|entry|access|building|buzzer|lockbox|keypad|alarm)\s+(?i:code)\s*(?:(?i:is)|[:=])?\s*"
    r"(?P<code>[0-9A-Z]{2,8}[#*]?)(?![\w#*])"
)
_VERSION = re.compile(
    r"\b(?i:version|ver\.?|v|firmware|ios|android|build)\s*(?P<v>\d+(?:\.\d+){1,3})(?![\w.]|\.\d)"
    r"|(?<![\w.])(?P<bare>\d{1,3}\.\d{1,3}\.\d{1,4})(?![\w.]|\.\d)"
)
_DOTTED_DATE = re.compile(r"(?:[12]?\d|3[01])\.(?:0?\d|1[0-2])\.\d{2,4}")
_FLIGHT_NUMBER = re.compile(
    r"(?<![\w-])(?P<flight>(?:[A-Z][A-Z0-9]|[0-9][A-Z])[ \t]?\d{2,4}|[A-Z]{3}\d{2,4}|[a-z]{2}\d{2,4})(?![\w-])"
)
"""An airline designator (two characters, or three letters) and a 2-4 digit flight number: "UA 1182", "EZY2215",
typed "tp218" in a lower-case chat."""
_AIRLINE = re.compile(r"(?<![\w-])(?P<airline>(?:[A-Z]\w+|[a-z]+[A-Z]\w*)(?:[ \t][A-Z]\w+)?)[ \t]+(?i:flights?)\b")
"""An airline named before "flight": "Aer Lingus flight EI 105", "easyJet flights"."""
_FLIGHT_CONTEXT = re.compile(
    r"\b(?:flights?|flew|fly|flying|vuelos?|vols?|flug|flüge|voos?|voli|volo|vlucht|departs?|departing|departure"
    r"|airlines?|airport|aeropuerto|aéroport|flughafen|aeroporto|boarding|layover)\b"
)
"""Words of air travel in the sentence of a flight-number-shaped code (on lower-cased text)."""

_FLIGHT_AFTER_WORD = re.compile(
    r"\b(?i:flight|vuelo|vol|flug|voo|volo|vlucht)\s+(?P<flight>[A-Z][A-Z0-9][ \t]?\d{1,4})(?![\w-])"
)
"""A flight number right after "flight", where even one digit is one ("Air Canada flight AC 3")."""
_NAMED_CODE = re.compile(
    r"(?<![\w-])(?:[A-Z][A-Za-z]{1,15}|(?i:booking|reservation|airline))\s+(?i:code|reference|ref|locator)"
    r"\s*(?:(?i:is|was)|[:=])?\s*(?P<code>[A-Z0-9]{5,8})(?![\w-])"
)
"""A code named by its owner ("De KLM code is M4XT7Q", "booking reference Q8RTV3")."""
_LETTER_DIGIT_SWITCH = re.compile(r"[A-Z](?=\d)|\d(?=[A-Z])")
_SCRAMBLE_SWITCHES = 3
_DIGIT_THEN_CAPITAL = re.compile(r"\d(?=[A-Z])")
"""Booking systems mix letters and digits at random ("M4XT7Q": four switches); error codes and model numbers keep
them apart ("E4", "AUTH423", "PORT6F": one or two)."""
_NAMED_FLIGHT = re.compile(r"(?<![\w-])(?P<airline>[A-Z][A-Za-z]{2,})[ \t]+(?P<flight>[A-Z]{2}[ \t]\d{1,4})(?![\w-])")
"""An airline's name, then its flight number, whose designator opens with the name's initial ("Lufthansa LH 1370",
"Avianca AV 27"): a flight number even with no travel word in the sentence. The two letters and the space
keep model numbers out ("Samsung S23", "Brio BB9 2207")."""
_DESIGNATOR = re.compile(r"\d(?<=[A-Z][A-Z][ \t]\d)")
"""What every ``_NAMED_FLIGHT`` match holds: a cheap search before the pattern."""
_NOT_AN_AIRLINE = frozenset({"connecting", "return", "outbound", "inbound", "cancelled", "canceled", "my", "our"})
_NOT_A_DESIGNATOR = word_list("AT ON IN TO BY OF OR IS IT MY NO UP SO AM PM")
"""Two-letter words that a number may follow ("at 1130"): no airline designator when written with a space."""
# Pre-checks: literals or digit runs each pattern cannot match without (a plain search is far cheaper).
_FOUR_DIGITS = re.compile(r"\d{4}")  # every tracking shape but UPS "1Z" holds one
_SIX_DIGITS = re.compile(r"\d{6}")  # a grouped IMEI's middle groups
_DOTTED_NUMBER = re.compile(r"\d\.\d")  # every version
_THREE_CAPITALS = re.compile(r"[A-Z]{3}")  # every promo code


def find_tracking_numbers(text: str) -> list[Candidate]:
    """Carrier tracking numbers by shape (UPS 1Z, USPS 9x, S10, DHL JD), plus FedEx/DHL/USPS digit runs
    (10, 12, 15, 20 or 22 digits) when a tracking or carrier word is in the same passage."""
    if HAS_DIGIT.search(text) is None or (_FOUR_DIGITS.search(text) is None and "1z" not in text.lower()):
        return []
    found = [
        clean(Candidate("tracking_number", m.group(0), m.start(), m.end())) for m in _TRACKING_SHAPES.finditer(text)
    ]
    lower = text.lower()
    for match in _CARRIER_DIGITS.finditer(text):
        if _TRACKING_CUE.search(around(lower, match.start(), match.end())):
            found.append(Candidate("tracking_number", match.group(0), match.start(), match.end()))
    return found


def find_flight_numbers(text: str) -> list[Candidate]:
    """Flight numbers ("UA 1182", "EI105", "tp218") in a sentence about air travel, and the airline named right
    before "flight" ("Aer Lingus flight"), as ``other``: the agent rebooks or traces by them. Without a travel
    word in the sentence the same shape is left to the id and product readers, unless the airline's name comes
    right before it ("Lufthansa LH 1370")."""
    found: list[Candidate] = []
    for match in _NAMED_FLIGHT.finditer(text) if _DESIGNATOR.search(text) is not None else ():
        if match["airline"][0] == match["flight"][0]:
            found.append(Candidate("other", match["flight"], match.start("flight"), match.end("flight")))
    lower = lowered(text)
    if not _may_mention_flight(lower):
        return found
    if _FLIGHT_CONTEXT.search(lower) is not None:
        for match in _FLIGHT_NUMBER.finditer(text):
            code = match.group("flight")
            if code[:2].upper() in _NOT_A_DESIGNATOR and " " in code:
                continue  # "at 1130", "on 1182": a word and a number
            named = any(c.start == match.start() for c in found)
            if not named and _FLIGHT_CONTEXT.search(_sentence(lower, match.start(), match.end())) is not None:
                found.append(Candidate("other", code, match.start(), match.end()))
        for match in _FLIGHT_AFTER_WORD.finditer(text):
            if not any(c.start == match.start("flight") for c in found):
                found.append(Candidate("other", match["flight"], match.start("flight"), match.end("flight")))
    for match in _AIRLINE.finditer(text) if "light" in text else ():
        start, words = match.start("airline"), match.group("airline").split(" ")
        while words and (is_common_word(words[0]) or words[0].casefold() in _NOT_AN_AIRLINE):
            start += len(words.pop(0)) + 1
        if words:
            airline = " ".join(words)
            found.append(Candidate("other", airline, start, start + len(airline)))
    return found


def _may_mention_flight(lower: str) -> bool:
    """Whether lower-cased text holds a substring of some ``_FLIGHT_CONTEXT`` word (plain ``in`` tests, far
    cheaper than the pattern)."""
    return (
        "fl" in lower
        or "vo" in lower
        or "vue" in lower
        or "vlu" in lower
        or "depart" in lower
        or "airline" in lower
        or "airport" in lower
        or "aero" in lower
        or "aéro" in lower
        or "boarding" in lower
        or "layover" in lower
    )


def find_tracking_in_links(text: str) -> list[Candidate]:
    """Tracking numbers carried by a tracking link's query ("...?trknbr=775201836644"): links are otherwise
    never read, but a carrier link names the parcel."""
    if "://" not in text:
        return []
    return [Candidate("tracking_number", m["id"], m.start("id"), m.end("id")) for m in _TRACKING_PARAM.finditer(text)]


def find_error_codes(text: str) -> list[Candidate]:
    """Error codes after "error"/"code" ("error E-403", "code 0x80070005"), before "error" ("404 error"), in
    brackets after a failure ("not recognised (ACT-09)"), self-evident shapes (``ERR_CONNECTION_RESET``), and a
    short upper-case status a device shows ("the box says LOS")."""
    found: list[Candidate] = []
    lower = lowered(text)
    if not contains_any(lower, _ERROR_STEMS):
        return found
    for match in _ERROR_ANCHORED.finditer(text):
        group = next(g for g in _ERROR_GROUPS if match.group(g))
        value = match.group(group).strip()
        if re.fullmatch(r"(?:19|20)\d{2}", value):
            continue
        if group == "code" and _NOT_ERROR_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            continue  # "gate code 4417", "promo code 20OFF": a code, but not an error
        if group == "code" and is_scrambled_code(value):
            continue  # "the KLM code is M4XT7Q": a booking reference, see find_booking_codes
        if group == "code" and _is_discount_code(lower, match.start(), match.end()):
            continue  # "my birthday code BDAY25", "apply code FREE100": a promo code, see find_promo_codes
        if group == "code5" and not _ERROR_HINT.search(_sentence(lower, match.start(), match.end())):
            continue
        found.append(Candidate("error_code", value, match.start(group), match.start(group) + len(value)))
    for match in _STATUS_WORD.finditer(text) if contains_any(text, _STATUS_VERBS) else ():
        code = match.group("code")
        if code not in _NOT_A_STATUS and not is_common_word(code):
            found.append(Candidate("error_code", code, match.start("code"), match.end("code")))
    return found


def find_booking_codes(text: str) -> list[Candidate]:
    """A booking code: letters and digits mixed at random, named as some company's or a booking's code ("De KLM
    code is M4XT7Q", "airline booking code Q8RTV3"), as ``order_id`` (the booking the agent looks up)."""
    lower = lowered(text)
    if "code" not in lower and "ref" not in lower and "locator" not in lower:
        return []
    if _DIGIT_THEN_CAPITAL.search(text) is None:
        return []  # every scrambled code has a digit right before a capital ("M4X")
    return [
        Candidate("order_id", match["code"], match.start("code"), match.end("code"))
        for match in _NAMED_CODE.finditer(text)
        if is_scrambled_code(match["code"])
    ]


def is_scrambled_code(value: str) -> bool:
    """Whether a 5-8 character upper-case code mixes letters and digits at random, as booking references do
    ("M4XT7Q", "Q8RTV3"), unlike error codes ("E4", "LG401") that keep them apart."""
    return 5 <= len(value) <= 8 and len(_LETTER_DIGIT_SWITCH.findall(value)) >= _SCRAMBLE_SWITCHES


def find_site_names(text: str) -> list[Candidate]:
    """The customer's own store or site address after a store/site word ("my store is shop-x.myshopify.com"),
    as ``other``: the agent needs it to look the integration up."""
    lower = lowered(text)
    if "." not in text or not contains_any(lower, _SITE_WORDS):
        return []
    return [Candidate("other", m["site"], m.start("site"), m.end("site")) for m in _SITE_NAME.finditer(text)]


def find_device_numbers(text: str) -> list[Candidate]:
    """IMEIs (15 digits, grouped 2-6-6-1 or 6-2-6-1 as phones print them, or plain after "IMEI") as ``device``, and SIM
    ICCIDs (19-20 digits starting with 89) as ``other``."""
    if _SIX_DIGITS.search(text) is None and "89" not in text:
        return []
    found = [Candidate("device", m.group(0), m.start(), m.end()) for m in _IMEI_GROUPED.finditer(text)]
    if "imei" in text.lower():
        found += [Candidate("device", m.group(0), m.start(), m.end()) for m in _IMEI_PLAIN.finditer(text)]
    if "89" in text:
        found += [Candidate("other", m.group(0), m.start(), m.end()) for m in _ICCID.finditer(text)]
    return found


def _is_discount_code(lower: str, start: int, end: int) -> bool:
    """A bare "code X" (no "error" word) in a sentence about applying or redeeming a discount, with no failure
    word: a promo code, not an error code."""
    if not lower[start:end].startswith("code"):
        return False
    sentence = _sentence(lower, start, end)
    if _DISCOUNT_CONTEXT.search(sentence) is None:
        return False
    return _PROMO_TOKEN.search(lower[start:end].upper()) is not None or _ERROR_HINT.search(sentence) is None


def find_promo_codes(text: str) -> list[Candidate]:
    """Upper-case promo codes ("WINTER20", "WELCOME15") in a sentence about a code, discount or offer."""
    if HAS_DIGIT.search(text) is None or _THREE_CAPITALS.search(text) is None:
        return []
    found = []
    for match in _PROMO_TOKEN.finditer(text):
        start, end = sentence_bounds(text, match.start(), match.end())
        if _PROMO_CUE.search(text, start, end):
            found.append(Candidate("other", match.group(0), match.start(), match.end()))
    return found


def find_charge_names(text: str) -> list[Candidate]:
    """How a charge appears on a statement: a ``MERCHANT*REF`` descriptor ("NORTHWIND GOODS*NW4601") or a
    quoted name after "a charge called ..." ("'StarQuiz Mobile'")."""
    found = (
        [Candidate("other", m.group(0).strip(), m.start(), m.end()) for m in _DESCRIPTOR.finditer(text)]
        if "*" in text
        else []
    )
    if "'" in text or '"' in text or "‘" in text or "“" in text:
        for match in _CHARGE_NAME.finditer(text):
            found.append(Candidate("other", match.group("name"), match.start("name"), match.end("name")))
    return found


def find_access_codes(text: str) -> list[Candidate]:
    """Gate, door and access codes the customer leaves for a delivery ("the gate code is 4417#")."""
    if HAS_DIGIT.search(text) is None or "code" not in text.lower():
        return []
    return [Candidate("other", m["code"], m.start("code"), m.end("code")) for m in _ACCESS_CODE.finditer(text)]


def find_versions(text: str) -> list[Candidate]:
    """Software versions ("app version 8.4.1", "iOS 17.2", "8.4.1"), as ``other``."""
    if _DOTTED_NUMBER.search(text) is None:
        return []
    found = []
    for match in _VERSION.finditer(text):
        group = "v" if match.group("v") else "bare"
        if group == "bare" and _DOTTED_DATE.fullmatch(match.group(group)):
            continue
        found.append(Candidate("other", match.group(group), match.start(group), match.end(group)))
    return found


def _sentence(text: str, start: int, end: int) -> str:
    left, right = sentence_bounds(text, start, end)
    return text[left:right]
