"""Identifiers named by a cue word: order, account, ticket and other reference numbers.

An id is typed by the cue word before it ("order #A-1234", "Kundennummer 7781 330 254", "ticket no. 5521"),
by a well-known prefix ("INC-2231", "ORD-77"), or by the nearest cue word in the same sentence ("A-1234 is my
order"). The cue lexicon covers English plus the common words of Spanish, French, German, Portuguese, Italian,
Polish and Turkish, so a customer writing in those languages gets the same facts. Quantities ("3rd", "10am",
"256GB", "24-month") are never ids.
"""

from __future__ import annotations

import re

from copilot.analysis.fact_patterns import HAS_DIGIT, Candidate, lowered, sentence_bounds
from copilot.analysis.pattern_gate import alternation_by_first_letter

__all__ = ["ID_CUES", "cue_types", "find_anchored_ids", "find_loose_ids", "looks_like_quantity"]

_CUE_GROUPS: dict[str, str] = {
    "order_id": "order orders purchase booking pedido pedidos commande bestellung bestellnummer ordine"
    " encomenda zamówienie zamowienie sipariş siparis invoice invoices factura facture rechnung fattura fatura"
    " trip reservation reserva réservation voyage buchung itinerary prenotazione bestelling boeking reservering",
    "account_id": "account acct customer member membership subscriber user username contract cuenta"
    " compte konto kundennummer kontonummer conta hesap cliente client workspace tenant klantnummer",
    "ticket_id": "ticket case incident complaint claim rma appointment reclamación reclamo incidencia"
    " réclamation dossier vorgang chamado protocolo",
    "tracking_number": "tracking waybill consignment",
    "error_code": "error err fault rejected declined denied failed",
    "device": "serial imei",
    "other": "ref reference référence referencia referência riferimento referenz iccid sim voucher coupon promo"
    " confirmation confirmación confirmação policy police"
    " póliza polizza apólice"
    " bestätigung quittung report receipt receipts",
}
ID_CUES: dict[str, str] = {word: fact_type for fact_type, words in _CUE_GROUPS.items() for word in words.split()}
ID_CUES.update(
    {"promo code": "other", "discount code": "other", "coupon code": "other", "voucher code": "other"}
    | {"gift card": "other", "gate code": "other", "door code": "other", "access code": "other"}
    | {"bag tag": "tracking_number", "baggage tag": "tracking_number", "tag number": "tracking_number"}
    | {"zip": "address", "zip code": "address", "postal code": "address", "postcode": "address"}
    | {"code postal": "address", "código postal": "address", "plz": "address"}
    | {"espace de travail": "account_id", "espacio de trabajo": "account_id", "arbeitsbereich": "account_id"}
)
"""Cue word -> the fact type of the id that follows it."""


_CUE_ALTERNATION = alternation_by_first_letter(sorted(ID_CUES, key=len, reverse=True))
_ID_TOKEN = (
    r"#?\s?(?:\d{2,6}(?: \d{3,6}){1,4}(?: \d{2}(?=[.,;!?)]|\s*$))?(?![\w-])"
    r"|[A-Z]{1,5}-\d{2,6}(?: \d{3,6}){1,2}(?![\w-])"
    r"|(?-i:[A-Z]{1,4}) \d{3,6}(?: \d{3,6}){1,3}(?![\w-])|(?-i:[A-Z]{2}) \d{6}(?![\w-])"
    r"|(?=[A-Za-z0-9_-]*\d)[A-Za-z0-9](?:[A-Za-z0-9_]|-(?=[A-Za-z0-9]))*)"
)
_LINKERS = (
    r"(?:\s*(?:\bn[uú]m\w*\b|\bnos?\b\.?|\bnr\b\.?|n°|\bids?\b|\bref(?:erence)?\b|\bcode\b|\bis\b|\bwas\b"
    r"|\bare\b|\bunder\b|\bit'?s\b|\bc'est\b|\bending(?: in)?\b|\bde\b|\bdu\b|\bist\b|\bes\b|\best\b|\bé\b"
    r"|[:=#(,-]))*\s*"
)
_ANCHORED = re.compile(rf"(?<![\w-])(?P<cue>{_CUE_ALTERNATION})\b{_LINKERS}(?P<id>{_ID_TOKEN})", re.I)
_CUE_WORD = re.compile(rf"(?<![\w-])(?:{_CUE_ALTERNATION})\b")
"""Cue words, searched on lower-cased text (``re.IGNORECASE`` makes a long alternation several times slower)."""
_LIST_MORE = re.compile(r"\s*(?:,|&|\band\b|\bor\b|/)\s*(?:#\s?)?(?P<id>" + _ID_TOKEN + ")", re.I)
_PREFIX_TYPES = (
    (re.compile(r"(?:ORD|ORDER|PO|SO|BK|BKG|RES|INV)$", re.I), "order_id"),
    (re.compile(r"(?:INC|TKT|TCK|TIX|CASE|CS|SR|REQ|RMA|CR|RITM|CLM|CLAIM)$", re.I), "ticket_id"),
    (re.compile(r"(?:ACC|ACCT|CUST|CUS|CID|MEM|USR|UID|SUB)$", re.I), "account_id"),
    (re.compile(r"(?:ERR|ERROR)$", re.I), "error_code"),
)
_LOOSE_TOKEN = re.compile(r"(?<![\w@./-])(?P<id>#\s?[A-Za-z0-9][\w-]*|(?=[\w-]*\d)[A-Za-z0-9][\w-]*)(?![\w@-]|\.\w)")
_NOT_AN_ID = re.compile(
    r"^\d+(?:st|nd|rd|th|am|pm|s|x|k|p|g|gb|mb|tb|kb|mbps|gbps|hz|mhz|ghz|mm|cm|km|kg|lbs?|oz|ml|mins?|hrs?"
    r"|days?|yrs?|mph|kmh|w|kw|kwh|v|mah|in|ft|fps)$"
    r"|^[A-Za-z]{1,3}\d$|^\d{1,4}$|^(?:19|20)\d{2}s?$|^\d+-\d+$",
    re.I,
)
_BOOKING_REFERENCE = re.compile(r"[A-Z]{2,3}-(?=(?:[A-Z]*\d){2})(?=(?:\d*[A-Z]){2})[A-Z0-9]{5,8}")
"""A reference whose body mixes letters and digits at random ("WF-8CN5VW"): how booking and order systems
write references; error codes and model numbers keep letters and digits apart ("LG-423", "S23")."""
_COMPOUND_ADJECTIVE = re.compile(r"\d+-[a-z]+$")  # "24-month", "19-digit", "3-seat"
_MODEL_NAME_BEFORE = re.compile(r"(?:\b[A-Z][a-z]+[A-Z]?[a-z]*|\b[a-z]+[A-Z]\w*) $")
_UPPER_CODE = re.compile(r"[A-Z]{1,5}(?:-[A-Z]{1,5})*-\d{2,6}$")
_ERROR_HINT = re.compile(
    r"\b(?:error|fail\w*|invalid|not valid|no longer (?:valid|active)|denied|declined|rejected|incorrect"
    r"|not recogni[sz]ed|unavailable|rate[ -]limit\w*|expired|locked out|blocked|not (?:found|linked|allowed))\b"
)
_WINDOW = 70
_CONTAINER_BEFORE = re.compile(r"\b(?:on|in|under|from|to)\s+(?:your|my|our|the|this|their)\s+$")
"""A cue word that is where things are ("orders on your account") rather than what an id is."""
_POSTCODE_SHAPE = re.compile(r"\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d")
_POSTCODE_CUE = re.compile(r"\b(?:zip|zipcode|postcode|postal code|post code|plz|code postal|c[oó]digo postal)\b")
_BOOKING_BEFORE = re.compile(r"\b(?:hotel|booking|reservation|flight|airline|rental|trip)\s+(?:\w+\s+)?\Z")
"""What a confirmation number confirms, right before "confirmation": a booking's confirmation is its number."""
_OWN_ID_AFTER = re.compile(r"[ \t]*(?:(?:number|no\.?|n°|nr\.?|is|:|#)[ \t]*)*\x00")
"""What follows a cue word whose own id was already read (ids are blanked out with NUL before loose ids run)."""
_REFERENCE_CUES = frozenset({"ref", "reference", "référence", "referencia", "referência", "riferimento", "referenz"})
_POSTCODE_RIGHT_AFTER = re.compile(r"\baddress(?:es)?\s+(?:is\s+)?in\s+\Z")
"""An address given by its area alone ("the service address in 30318"): the number is a ZIP code."""
_CASE_TOPIC = re.compile(
    r"\b(?:appointment|install\w*|outage|incident|case|ticket|repair|visit|complaint|claim|technician|booking"
    r"|service request|engineer|fault)\b"
)
"""A bare "ref"/"reference" names a ticket when its sentence is about a case, visit or outage; else "other"."""


def find_anchored_ids(text: str) -> list[Candidate]:
    """Ids right after a cue word ("order #A-1234", "ticket no. 5521", "Kundennummer ist 7781 330 254"),
    lists included ("orders A-1 and A-2"). The cue word decides the type."""
    if HAS_DIGIT.search(text) is None:
        return []
    found: list[Candidate] = []
    position = 0
    for cue in _CUE_WORD.finditer(lowered(text)):
        match = _ANCHORED.match(text, cue.start()) if cue.start() >= position else None
        if match is None:
            continue
        position = match.end()
        fact_type = _refine_reference(text, match, ID_CUES[match.group("cue").lower()])
        if fact_type != "address" and "ending" in text[match.end("cue") : match.start("id")].lower():
            fact_type = "other"  # "account ending 4471": the last digits of a number, not the id itself
        if fact_type == "error_code":
            continue  # error codes have their own shapes, see fact_codes.find_error_codes
        if fact_type == "address" and not re.fullmatch(r"\d{4,5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d", match["id"]):
            continue  # a postcode cue keeps only postcode shapes
        for id_match in [match, *_list_tail(text, match.end("id"))]:
            typed = _type_from_prefix(id_match.group("id")) if fact_type == "other" else None
            # "order confirmation, number ORD-5512": a generic reference cue yields to the code's own prefix
            candidate = _id_candidate(typed or fact_type, id_match.group("id"), id_match.start("id"), anchored=True)
            if candidate is not None:
                found.append(candidate)
    return found


def find_loose_ids(text: str) -> list[Candidate]:
    """Id-looking tokens without a cue right before them ("A-1234 is my order", "#55012", "INC-2231"): typed by
    their prefix, else by the nearest cue word in the passage; an upper-case code ("E-SIM-412") in a message
    about an error is an error code; other untyped tokens are dropped unless ``#``-marked."""
    if HAS_DIGIT.search(text) is None:
        return []
    found: list[Candidate] = []
    for match in _LOOSE_TOKEN.finditer(text):
        raw = match.group("id")
        if not _could_be_id(raw, text, match.start()):
            continue
        alnum = re.sub(r"[^A-Za-z0-9]", "", raw)
        fact_type = _type_from_prefix(raw) or _nearest_cue(text, match.start(), match.end())
        if fact_type is None and (raw.startswith("#") or _BOOKING_REFERENCE.fullmatch(raw)):
            fact_type = "order_id"
        if fact_type is None and _UPPER_CODE.match(raw) and _ERROR_HINT.search(text.lower()):
            fact_type = "error_code"
        in_area = _POSTCODE_SHAPE.fullmatch(raw) is not None and (
            _POSTCODE_RIGHT_AFTER.search(lowered(text), max(0, match.start() - 30), match.start()) is not None
        )
        if in_area or (fact_type in {None, "address"} and _is_cued_postcode(text, raw, match.start())):
            found.append(Candidate("address", raw, match.start(), match.end()))
            continue
        if (
            fact_type is None
            or fact_type == "address"
            or (fact_type == "error_code" and not any(c.isupper() for c in alnum))
        ):
            continue
        candidate = _id_candidate(fact_type, raw, match.start(), anchored=False)
        if candidate is not None:
            found.append(candidate)
    return found


def cue_types(text: str) -> set[str]:
    """The fact types named by id cue words in ``text`` ("¿Me puedes dar tu número de cuenta?" -> account_id).
    A cue right after another one is its modifier's noun ("appointment reference") and does not count."""
    types: set[str] = set()
    previous_end = -2
    for match in _CUE_WORD.finditer(lowered(text)):
        if match.start() - previous_end > 1:
            types.add(ID_CUES[match.group(0).lower()])
        previous_end = match.end()
    return types


def looks_like_quantity(token: str) -> bool:
    """True for counts, ordinals, times, sizes and years ("3rd", "10am", "5G", "256GB", "2026"): never an id."""
    return _NOT_AN_ID.match(re.sub(r"[^A-Za-z0-9]", "", token)) is not None


def _could_be_id(raw: str, text: str, start: int) -> bool:
    alnum = re.sub(r"[^A-Za-z0-9]", "", raw)
    digits = sum(c.isdigit() for c in alnum)
    if digits == 0 or len(alnum) < 4 or _NOT_AN_ID.match(alnum) or _COMPOUND_ADJECTIVE.search(raw):
        return False
    if not (raw.startswith("#") or (digits < len(alnum) and digits >= 2) or digits >= 5):
        return False
    # "Nighthawk R7000", "Galaxy S23": a model number, not an id; "Schadennummer CLM-5530817": a typed prefix is one
    return _MODEL_NAME_BEFORE.search(text, max(0, start - 30), start) is None or _type_from_prefix(raw) is not None


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
    if len(alnum) < (2 if anchored and mixed else 3) or _COMPOUND_ADJECTIVE.search(value):
        return None
    if _NOT_AN_ID.match(alnum) and not (anchored and (mixed or (alnum.isdigit() and len(alnum) >= 3))):
        return None
    offset = raw.index(value)
    return Candidate(fact_type, value, start + offset, start + offset + len(value))


def _refine_reference(text: str, match: re.Match[str], fact_type: str) -> str:
    """ "ref"/"reference" is a ticket when its sentence is about a case, appointment or outage ("installation
    ... reference APT-1"), otherwise an other reference (a refund or payment reference). A confirmation number
    of a booking ("hotel confirmation number 4471902286") is the booking's number, an order."""
    cue = match.group("cue").lower()
    if cue.startswith("confirma"):
        booked = _BOOKING_BEFORE.search(lowered(text), max(0, match.start() - 24), match.start())
        return "order_id" if booked is not None else fact_type
    if cue not in _REFERENCE_CUES:
        return fact_type
    start, end = sentence_bounds(text, match.start(), match.end())
    return "ticket_id" if _CASE_TOPIC.search(lowered(text[start:end])) else fact_type


def _is_cued_postcode(text: str, raw: str, start: int) -> bool:
    """A postcode-shaped number shortly after a zip/postcode word, even in the next sentence ("I typed the
    wrong zip. put 60614, should be 60641")."""
    return _POSTCODE_SHAPE.fullmatch(raw) is not None and bool(
        _POSTCODE_CUE.search(lowered(text[max(0, start - 80) : start]))
    )


def _type_from_prefix(raw: str) -> str | None:
    """The type named by a letter segment of a code: its prefix ("INC-2231") or a later segment of a longer
    code ("LDG-CS-55120": a case, "BL-ORD-2289517": an order)."""
    lead = re.match(r"#?([A-Za-z]+)", raw)
    if lead is None or not any(c.isdigit() for c in raw):
        return None
    segments = re.findall(r"[A-Za-z]+", raw) if "-" in raw else [lead.group(1)]
    for segment in segments:
        for pattern, fact_type in _PREFIX_TYPES:
            if pattern.match(segment):
                return fact_type
    return None


def _nearest_cue(text: str, start: int, end: int) -> str | None:
    """The type of the cue word closest to ``text[start:end]`` within the same sentence and a short window."""
    sentence_start, sentence_end = sentence_bounds(text, start, end)
    lo, hi = max(sentence_start, start - _WINDOW), min(sentence_end, end + _WINDOW)
    best: tuple[int, str] | None = None
    lower = lowered(text)
    for cue in _CUE_WORD.finditer(lower, lo, hi):
        if _OWN_ID_AFTER.match(lower, cue.end()):
            continue  # "sur le compte BW-77310264": the cue already names its own id (read and blanked out)
        distance = start - cue.end() if cue.end() <= start else cue.start() - end
        if _CONTAINER_BEFORE.search(lower, max(0, cue.start() - 20), cue.start()):
            distance += _WINDOW  # "two orders on your account: A-1 and A-2": the account holds them, the ids are orders
        if distance >= 0 and (best is None or distance < best[0]):
            best = (distance, ID_CUES[cue.group(0).lower()])
    return best[1] if best else None
