"""Customer facts: typed, normalised values the customer already gave, each with the message it came from.

``extract_facts`` reads every customer turn, plus AI/agent turns where the assistant confirms something about the
customer ("I found your account under dana@example.com"): those count as known facts too. Values are kept as
written (the agent quotes them back) and de-duplicated on their canonical form
(:func:`copilot.analysis.normalize.normalize_fact_value`), so "#a-1234" and "A1234" are one fact. Masked secrets
("[card ending 4242]") and links are never read (except a carrier link's tracking number), so no card number and
no URL fragment becomes a fact. A short reply to the assistant's question takes the type asked for ("What's
your account number?" - "330851277").

Speed: one pass per message, each extractor guarded by a cheap pre-check, and the per-text work cached
(``facts_in_text`` is pure), so a transcript posted again with new messages costs only the new messages.
``fact_occurs_in`` (the guard's fabrication check) lives in :mod:`copilot.analysis.fact_matching`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from copilot.analysis.asks import requested_fact_types
from copilot.analysis.entities import find_addresses, find_names, is_common_word, is_function_word, strip_honorific
from copilot.analysis.fact_codes import (
    find_access_codes,
    find_booking_codes,
    find_charge_names,
    find_device_numbers,
    find_error_codes,
    find_flight_numbers,
    find_promo_codes,
    find_site_names,
    find_tracking_in_links,
    find_tracking_numbers,
    find_versions,
)
from copilot.analysis.fact_counts import find_last_digits
from copilot.analysis.fact_ids import cue_types, find_anchored_ids, find_loose_ids
from copilot.analysis.fact_matching import fact_occurs_in
from copilot.analysis.fact_orgs import (
    company_names,
    find_airports_and_operators,
    find_named_things,
    find_org_mentions,
    is_person,
)
from copilot.analysis.fact_patterns import HAS_DIGIT, Candidate, find_emails, find_phones, sentence_bounds
from copilot.analysis.fact_products import (
    find_device_families,
    find_equipment,
    find_lowercase_models,
    find_plan_changes,
    find_plans,
    find_products,
)
from copilot.analysis.fact_quantities import (
    find_amounts,
    find_clock_times,
    find_dates,
    find_measurements,
    find_sizes,
    is_day_name,
    is_measurement,
)
from copilot.analysis.fact_readings import find_meter_readings
from copilot.analysis.normalize import ID_TYPES, month_number, normalize_fact_value
from copilot.context import Prepared
from copilot.request_memo import per_request
from copilot.schema import CustomerFact

__all__ = ["extract_facts", "fact_occurs_in", "facts_in_text"]

_HIDDEN = re.compile(r"\[(?:card ending \d{4}|redacted [a-z ]+)\]|\bhttps?://\S+|\bwww\.\S+", re.I)
_AI_CONFIRMS = re.compile(
    r"\b(?:your|you've|you have|you gave|you provided|you mentioned|under|on file|registered|i found|i see|"
    r"i can see|i've located|i located|matches|confirm(?:ed)?|thanks|thank you"
    r"|on (?:its|their) way to|ship(?:ping|s)? to|shipped|dispatched|deliver(?:ed|ing|s)? to)\b"
)
_AI_NAMES_CUSTOMER_ITEM = re.compile(
    r"\b(?:your|you've|you have|you're|you are|you bought|you ordered|you (?:currently|already|still|now) (?:have|use)"
    r"|i found|i see|i can see|contains|order"
    r"|tu|tus|su|sus|veo|votre|vos|je vois|seu|sua|vejo|tuo|tua|vedo)\b"
)
"""An assistant sentence about the customer's own item, in English or in Romance languages ("veo tu plan");
not German, whose capitalised nouns ("ein Mitarbeiter Ihre ...") read as names."""
_AI_FOUND_ITEM = re.compile(r"\b(?:i found|i see|i can see|contains|order)\b")
_AI_SUGGESTS = re.compile(
    r"\b(?:recommend|suggest|consider|you (?:can|could|might) (?:use|try|add|buy|get)|did you know|we offer"
    r"|check out|upgrade to|try (?:our|the))\b"
)
_AI_OWN_CONTACT = re.compile(
    r"\b(?:call|contact|email|e-mail|reach|text|visit|write to)\s+us\b|\bour\s+(?:number|phone|hotline|email|"
    r"address|line|team|store|warehouse|office)\b"
)
_AI_GENERAL_CASE = re.compile(r"\b(?:if|when|whenever|after|usually|typically|normally|often)\b")
"""An assistant sentence about what happens in general, not to this customer."""
_AI_SEES_USAGE = re.compile(
    r"\b(?:i can see|i see|i found|i've found|shows?|showing|you(?:'ve| have)? used|you used"
    r"|your (?:usage|\w+ (?:is|was)))\b"
)
_RATE_AFTER = re.compile(
    r"\s*(?:/\s?[a-z]+|per\s+\w+|an?\s+(?:minute|min|hour|day|week|month|year|text|call|megabyte|gigabyte|mb|gb|"
    r"user|seat|line|night|person)\b|each\b|for\s+each\b|apiece\b|cada\s+un[oa]\b|chacun\w*|al\s+mes\b|por\s+mes\b"
    r"|par\s+mois\b|pro\s+monat\b)",
    re.I,
)
_AI_ADDRESSES_CUSTOMER = re.compile(r"\b(?:your|you're|you've|you are|you have)\b")
_EXAMPLE = re.compile(r"\bfor example\b|\be\.g\.|\bsuch as\b")
_THRESHOLD_BEFORE = re.compile(
    r"(?:over|above|under|below|up\s+to|more\s+than|less\s+than|at\s+least|exceeds?|exceeding|limit(?:\s+of)?"
    r"|minimum(?:\s+of)?|maximum(?:\s+of)?|within|from|starting\s+at)\s*$"
)
_AUTOMATED_SENDER = re.compile(r"(?:no-?reply|do-?not-?reply|mailer-daemon|postmaster|notifications?)@", re.I)
_PROMO_SHAPE = re.compile(r"[A-Z]{3,12}\d{1,4}|\d{1,3}[A-Z]{3,10}")
_CONTACT_TYPES = frozenset({"email", "phone", "address"})
_KINDS = dict.fromkeys(ID_TYPES, "id") | {"device": "item", "product": "item"}
"""Types whose values are compared as one: a code is one fact whatever its cue, an item one whether read as a
product or a device."""
_MONTH_ALONE = re.compile(r"[^\W\d]+")
_ISO_MONTH = re.compile(r"-(?P<month>\d{2})-\d{2}$")
_ORDINAL_ALONE = re.compile(r"the\s+0?(?P<d>\d{1,2})(?:st|nd|rd|th)", re.I)
_WEEKDAY_ONLY = re.compile(r"(?:(?:next|this|this coming)\s+)?(?P<day>[^\W\d]+)", re.I)
_ITEM_TYPES = frozenset({"product", "device"})
_NAMED_TYPES = frozenset({"product", "device", "other"})
_SHORT_ANSWER_WORDS = 6
_ANSWER_TYPES = ("order_id", "account_id", "ticket_id", "tracking_number", "device", "address", "name")
_ANSWER_LEAD = r"(?:(?:it'?s|its|sure|yes|yeah|ok|okay|here|that'?s|this is)[,:]?\s+)*"
_ANSWER_CODE = re.compile(
    rf"{_ANSWER_LEAD}(?P<v>#?\d[\d -]{{3,}}\d|[A-Za-z]{{1,4}} \d{{3,}}|#?[A-Za-z0-9][\w-]*\d[\w-]*)(?![\w-])", re.I
)
"""A code given as the answer: digits (maybe grouped), a short prefix and its number ("ws 85530"), or one token."""
_ANSWER_POSTCODE = re.compile(
    rf"{_ANSWER_LEAD}(?P<v>\d{{4,5}}(?:-\d{{4}})?|[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{{1,2}}\d[A-Z\d]? ?\d[A-Z]{{2}})\b", re.I
)
"""A postcode given as the answer: a US ZIP, or a Canadian or British postcode ("PL1 2AX")."""
_ANSWER_NAME = re.compile(r"(?P<v>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})\.?")
_LONG_WORD = re.compile(r"[a-z]{4,}")
_CAPITALISED_NAME = re.compile(r"[A-Z](?<![\w-][A-Z])[a-z]+(?: [A-Z][a-z]+){1,2}(?![\w-])")
"""Two or three capitalised words, not inside a word; the capital comes first so ``re`` can skip to capitals."""
_SPACE = re.compile(r"\s")
_NAME_THEN_BRACKET = re.compile(r"\b(?:is|was|for|under) (?P<name>[A-Z][a-z]+ [A-Z][a-z'’-]+) \(\Z")
_AT_PLACE = re.compile(r"\b(?:at|@)\s+(?:the\s+)?\Z", re.I)
_PROVIDER_SERVICE = re.compile(r"(?P<name>[A-Z][a-zà-ÿ]+) (?:car )?(?:rental|hire|flight|airline|baggage|payroll)s?")
_FIRST_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?](?=\s|$))?")

Extractor = Callable[[str], list[Candidate]]

# Order matters: an earlier extractor's span wins over a later one's ("1Z..." is a tracking number, not an id).
# Flags: read in customer turns only (an assistant's "firmware 5.4" is no customer fact); needs a digit in the
# text (checked once per message instead of once per extractor).
_EXTRACTORS: tuple[tuple[Extractor, bool, bool], ...] = (
    (find_emails, False, False),
    (find_site_names, True, False),
    (find_meter_readings, False, True),
    (find_flight_numbers, False, True),
    (find_tracking_numbers, False, True),
    (find_device_numbers, False, True),
    (find_charge_names, False, False),
    (find_access_codes, False, True),
    (find_booking_codes, False, True),
    (find_error_codes, False, False),
    (find_last_digits, False, True),
    (find_anchored_ids, False, True),
    (find_amounts, False, True),
    (find_dates, False, False),
    (find_clock_times, True, True),
    (find_phones, False, True),
    (find_addresses, False, True),
    (find_promo_codes, False, True),
    (find_device_families, False, False),
    (find_versions, True, True),
    (find_measurements, False, True),
    (find_sizes, True, False),
    (find_loose_ids, False, True),
    (find_equipment, True, False),
    (find_plans, False, False),
    (find_plan_changes, True, False),
    (find_lowercase_models, False, True),
    (find_airports_and_operators, False, False),
    (find_products, False, False),
    (find_named_things, True, False),
    (find_org_mentions, True, False),
)


def extract_facts(prepared: Prepared) -> list[CustomerFact]:
    """Return every fact the customer gave (or the assistant confirmed), oldest mention first, one per
    canonical value; never a masked secret, never a value that is not in the transcript."""
    facts: list[CustomerFact] = []
    seen: set[tuple[str, str]] = set()
    other_codes: set[str] = set()
    customer_words = _CustomerWords(prepared)
    question = ""
    for message in prepared.messages:
        if message.role == "system" or not message.text.strip():
            continue
        candidates = facts_in_text(message.text, role=message.role)
        if message.role == "customer" and question:
            candidates = _with_answer(message.text, question, candidates)
        elif message.role != "customer":
            candidates = [c for c in candidates if _assistant_item_is_customers(message.text, c, customer_words)]
        candidates = [_place_or_provider(message.text, c) if c.type == "product" else c for c in candidates]
        question = message.text if message.role in {"ai", "agent"} and "?" in message.text else ""
        for candidate in candidates:
            kind = _KINDS.get(candidate.type, candidate.type)  # one code is one fact, whatever its cue
            key = (kind, normalize_fact_value(candidate.type, candidate.value))
            if key in seen or not key[1]:
                continue
            if kind == "id" and other_codes and normalize_fact_value("order_id", candidate.value) in other_codes:
                continue  # a code first read as a promo or reference code keeps that type ("BDAY25 ... order")
            seen.add(key)
            if candidate.type == "other" and _PROMO_SHAPE.fullmatch(candidate.value):
                other_codes.add(normalize_fact_value("order_id", candidate.value))
            facts.append(CustomerFact(type=candidate.type, value=candidate.value, message_id=message.id))
    facts = _with_echoed_names(prepared, facts, seen)
    customer_ids = frozenset(m.id for m in prepared.messages if m.role == "customer" and m.id)
    return _drop_company(_drop_shadowed(facts, customer_ids), prepared)


def facts_in_text(text: str, *, role: str = "customer") -> list[Candidate]:
    """Facts in one message, in text order. In AI/agent turns only the sentences that confirm something about
    the customer count ("I found your order A-1234"), not the assistant's own contact details or examples."""
    return list(_facts_in_text(text, role if role == "customer" else "assistant"))


@per_request
def _facts_in_text(text: str, role: str) -> tuple[Candidate, ...]:
    found = find_tracking_in_links(text)
    visible = (
        _HIDDEN.sub(lambda m: "\x00" * len(m.group(0)), text)
        if ("[" in text or "ww" in text or "://" in text)
        else text
    )
    found += find_names(visible, role=role)
    taken = [(c.start, c.end) for c in found]
    blanked = visible
    blanked_spans = 0  # spans of ``taken`` already blanked out in ``blanked``
    has_digit = HAS_DIGIT.search(visible) is not None
    for extractor, customer_only, needs_digit in _EXTRACTORS:
        if (customer_only and role != "customer") or (needs_digit and not has_digit):
            continue
        new = extractor(blanked)
        if not new:
            continue  # the usual case: nothing found, nothing to filter or blank
        new = [c for c in new if "\x00" not in c.value and not _overlaps(c, taken)]
        for candidate in new:
            if not _foreign_digits(candidate.value):
                found.append(candidate)
                taken.append((candidate.start, candidate.end))
        if new:
            blanked = _blank(blanked, taken[blanked_spans:])
            blanked_spans = len(taken)
    if role != "customer":
        found = [c for c in found if _assistant_states_customer_fact(visible, c)]
    elif "@" in visible:
        found = [
            Candidate("name", c.value, c.start, c.end) if c.type == "other" and is_person(visible, c) else c
            for c in found
        ]
    return tuple(sorted(found, key=lambda c: c.start))


def _place_or_provider(text: str, candidate: Candidate) -> Candidate:
    """A "product" that names a place or a provider is ``other``: a name without digits after "at (the)" is a
    place ("three nights at the Lakeshore Grand", "I was at Harbour Mall"); one capitalised word before a
    service noun is the company providing it ("a Hertz rental" -> "Hertz")."""
    service = _PROVIDER_SERVICE.fullmatch(candidate.value)
    if service is not None and not is_common_word(service.group("name")):
        name = service.group("name")
        return Candidate("other", name, candidate.start, candidate.start + len(name))
    if HAS_DIGIT.search(candidate.value) or not _AT_PLACE.search(text, max(0, candidate.start - 8), candidate.start):
        return candidate
    return Candidate("other", candidate.value, candidate.start, candidate.end)


def _assistant_states_customer_fact(text: str, candidate: Candidate) -> bool:
    """Whether a fact in an AI/agent turn is about this customer: contact details only when confirmed ("I found
    your account under dana@..."), never the company's own contacts; amounts unless they are policy thresholds
    ("orders over $50"); nothing given as an example."""
    sentence = _sentence_of(text, candidate)
    if _EXAMPLE.search(sentence):
        return False
    if candidate.type in _CONTACT_TYPES:
        confirmed = _AI_CONFIRMS.search(sentence) is not None or _persons_address(text, candidate)
        return confirmed and _AI_OWN_CONTACT.search(sentence) is None
    if candidate.type == "error_code":
        return _AI_GENERAL_CASE.search(sentence) is None  # "After 5 failed attempts ... locked (LG-423)": help text
    if candidate.type == "other" and is_measurement(candidate.value):
        return _AI_SEES_USAGE.search(sentence) is not None  # "I can see 2.4 gigabytes", not "10 GB of data"
    if candidate.type == "amount":
        if _RATE_AFTER.match(text, candidate.end) and _AI_ADDRESSES_CUSTOMER.search(sentence) is None:
            return False  # a price list: "calls are $2.50 a minute", "a fee of $20 for each remaining month"
        return _THRESHOLD_BEFORE.search(text[max(0, candidate.start - 30) : candidate.start].lower()) is None
    return True


def _persons_address(text: str, candidate: Candidate) -> bool:
    """An e-mail address in brackets after a full name the assistant states an account is for ("The Owner is
    Chris Delaney (chris@...)", "the booking under Ana Ruiz (ana@...)"): that person's address, read from the
    account; not a team's address ("write to Accounts Receivable (ar@...)")."""
    if candidate.type != "email":
        return False
    before = _NAME_THEN_BRACKET.search(text, max(0, candidate.start - 40), candidate.start)
    return before is not None and not any(is_common_word(w) for w in before.group("name").split())


class _CustomerWords:
    """The words (4+ letters) of the customer's messages, read only when an assistant turn names a product."""

    def __init__(self, prepared: Prepared) -> None:
        self._prepared = prepared
        self._words: frozenset[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self._words is None:
            texts = (m.text.casefold() for m in self._prepared.messages if m.role == "customer")
            self._words = frozenset(word for text in texts for word in _LONG_WORD.findall(text))
        return word in self._words


def _assistant_item_is_customers(text: str, candidate: Candidate, customer_words: _CustomerWords) -> bool:
    """A product named by the assistant counts when it is the customer's ("your Fiber 500 service", "order
    A-1 contains a Vela 10 tablet", in its sentence or the one before) or the customer spoke of it ("my
    tablet"), not a product it advertises."""
    if candidate.type not in _ITEM_TYPES:
        return True
    start, end = sentence_bounds(text, candidate.start, candidate.end)
    sentence = text[start:end].lower()
    if _AI_SUGGESTS.search(sentence):
        return False  # "For larger homes we recommend WiFi Pods"
    if _AI_NAMES_CUSTOMER_ITEM.search(sentence):
        return True
    previous_start = sentence_bounds(text, max(0, start - 2), max(0, start - 2))[0] if start > 1 else start
    if _AI_FOUND_ITEM.search(text[previous_start:start].lower()):
        return True  # "I found order A-1. It's a Pulse 2 smartwatch"
    return any(word in customer_words for word in _LONG_WORD.findall(candidate.value.casefold()))


def _with_answer(text: str, question: str, found: list[Candidate]) -> list[Candidate]:
    """A short reply to "What's your account number?" is that fact even without a cue word: "330851277"; it
    replaces a reading by layout alone (a phone-shaped account number)."""
    first = _FIRST_SENTENCE.match(text.lstrip())
    reply = first.group(0) if first else ""
    if not reply or len(reply.split()) > _SHORT_ANSWER_WORDS:
        return found
    asked: frozenset[str] = _requested(question)
    wanted = [t for t in _ANSWER_TYPES if t in asked]
    if not asked:  # no English request found: the id words of the question itself ("¿tu número de cuenta?")
        asked = frozenset(cue_types(question[question.rfind(".", 0, question.rfind("?")) + 1 :]))
        wanted = [t for t in _ANSWER_TYPES if t in asked]
    if len(wanted) != 1 or any(c.type == wanted[0] for c in found):
        return found
    fact_type = wanted[0]
    pattern = {"name": _ANSWER_NAME, "address": _ANSWER_POSTCODE}.get(fact_type, _ANSWER_CODE)
    match = pattern.fullmatch(reply.rstrip(" .!")) if fact_type == "name" else pattern.match(reply)
    if match is None:
        return found
    value = match.group("v").lstrip("#")
    start = text.index(reply) + match.start("v") + (1 if match.group("v").startswith("#") else 0)
    answer = Candidate(fact_type, value, start, start + len(value))
    clashing = [c for c in found if _overlaps(c, [(answer.start, answer.end)])]
    if any(c.type not in {"phone", "product", "other"} or "phone" in asked for c in clashing):
        return found
    return sorted([*(c for c in found if c not in clashing), answer], key=lambda c: c.start)


@per_request
def _requested(question: str) -> frozenset[str]:
    return frozenset(requested_fact_types(question))


def _foreign_digits(value: str) -> bool:
    """Non-ASCII digits ("٠", "𝟎") match ``\\d`` but not the canonical forms: such spans are skipped."""
    return not value.isascii() and any(c.isdigit() and not c.isascii() for c in value)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in spans:
        text = f"{text[:start]}{chr(0) * (end - start)}{text[end:]}"
    return text


def _overlaps(candidate: Candidate, spans: list[tuple[int, int]]) -> bool:
    return any(candidate.start < end and start < candidate.end for start, end in spans)


def _sentence_of(text: str, candidate: Candidate) -> str:
    start, end = sentence_bounds(text, candidate.start, candidate.end)
    return text[start:end].lower()


def _drop_shadowed(facts: list[CustomerFact], customer_ids: frozenset[str] = frozenset()) -> list[CustomerFact]:
    """Drop a fact that is another fact in disguise: a product "A1234" that is order A-1234, a phone-shaped
    number that is an account number, "Dana" when "Dana Lee" is known, "Hub" when "Hub 6" is, a product
    that is a named charge, a date that ends a known date range, "214" when "$214.37" is known. When the
    customer named an item precisely ("the Solace boots") and the assistant later spelt it out
    ("Solace hiking boots"), the customer's words stay: they are what the agent should echo. An address the
    assistant reads back from the customer's own words ("Flat 3, 27 Harbour Street, Plymouth PL1 2AX" after the
    street and the postcode were given) is dropped the same way."""
    codes = {normalize_fact_value("order_id", f.value) for f in facts if f.type in ID_TYPES or f.type == "phone"}
    id_digits = {re.sub(r"\D", "", f.value) for f in facts if f.type in ID_TYPES}
    phone_digits = [re.sub(r"\D", "", f.value) for f in facts if f.type == "phone"]
    others = {normalize_fact_value("other", f.value) for f in facts if f.type == "other"}
    names = [_words(strip_honorific(f.value)) for f in facts if f.type == "name"]
    items = [_words(f.value) for f in facts if f.type in _ITEM_TYPES]
    items_with_heads = [(_words(f.value), _head(f.value)) for f in facts if f.type in _ITEM_TYPES]
    customer_items = [_words(f.value) for f in facts if f.type in _ITEM_TYPES and f.message_id in customer_ids]
    precise = [
        (_words(f.value), _head(f.value)) for f in facts if f.type in _ITEM_TYPES and _said_precisely(f, customer_ids)
    ]
    rank = {message_id: index for index, message_id in enumerate(dict.fromkeys(f.message_id for f in facts))}
    range_ends: dict[str, int] = {}  # each end day of a range -> the earliest message stating that range
    for f in facts:
        for end in _range_ends(f.value) if f.type == "date" else ():
            range_ends.setdefault(end, rank[f.message_id])
    dated_days = {_first_word(f.value) for f in facts if f.type == "date" and HAS_DIGIT.search(f.value)}
    dated_months, days_of_month = _dated_months_and_days([f.value for f in facts if f.type == "date"])
    named_others = [_words(f.value) for f in facts if f.type == "other" and not HAS_DIGIT.search(f.value)]
    whole_amounts = _whole_amounts(facts)
    amounts_said: list[str] = []
    customer_address_words = frozenset(
        word
        for f in facts
        if f.type == "address" and f.message_id in customer_ids
        for word in normalize_fact_value("address", f.value).split()
    )
    kept = []
    for fact in facts:
        canonical = normalize_fact_value(fact.type, fact.value)
        if fact.type in {"product", "device", "other"} and normalize_fact_value("order_id", fact.value) in codes:
            continue
        if fact.type == "phone" and re.sub(r"\D", "", fact.value) in id_digits:
            continue
        if (fact.type in ID_TYPES or fact.type == "other") and _is_phone_tail(fact.value, phone_digits):
            continue  # "the line (917) 555-0198 on your account": "555-0198" is the phone, not an account id
        if fact.type == "email" and _AUTOMATED_SENDER.match(fact.value):
            continue  # "nothing from no-reply@shop.example arrived": the company's sender, not the customer
        if fact.type in _ITEM_TYPES and canonical in others:
            continue
        if fact.type in _ITEM_TYPES and any(_words(fact.value) < other for other in items):
            longer = [o for o, head in items_with_heads if _words(fact.value) < o and head != _head(fact.value)]
            if not _said_precisely(fact, customer_ids) or longer or any(_words(fact.value) < o for o in customer_items):
                continue
        if (
            fact.type in _ITEM_TYPES
            and fact.message_id not in customer_ids
            and any(other < _words(fact.value) and head == _head(fact.value) for other, head in precise)
        ):
            continue  # the assistant's fuller spelling of the customer's item, same head noun
        if (
            fact.type == "address"
            and fact.message_id not in customer_ids
            and set(canonical.split()) <= customer_address_words
        ):
            continue  # the assistant reading back the customer's address (and postcode): nothing new
        if fact.type == "name" and any(_words(strip_honorific(fact.value)) < other for other in names):
            continue
        range_said = range_ends.get(canonical, len(rank))
        if fact.type == "date" and "/" not in canonical and range_said <= rank[fact.message_id]:
            continue  # "Nov 7" with or after "Nov 1 to Nov 7"; a day the customer gave before a range stays
        if fact.type == "date" and _same_weekday(fact.value, dated_days):
            continue  # "Saturday" (or "next Saturday") when "Saturday, Nov 28" is known
        if fact.type == "date" and (ordinal := _ORDINAL_ALONE.fullmatch(fact.value)) and ordinal["d"] in days_of_month:
            continue  # "on the 16th" when "Nov 16" is known: the same day
        if fact.type == "date" and _MONTH_ALONE.fullmatch(fact.value) and month_number(fact.value) in dated_months:
            continue  # "bought it in October" when "delivered October 12" is known: the fuller date says it
        if fact.type == "other" and any(_words(fact.value) < other for other in named_others):
            continue  # "Kim Landscaping" when "Kim Landscaping LLC" is known
        if fact.type == "amount" and canonical in whole_amounts:
            continue
        if fact.type == "amount" and _restated_sum(canonical, amounts_said):
            continue  # "$329.00" then "I paid 329": one sum, in the words it was first given
        if fact.type == "amount":
            amounts_said.append(canonical)
        kept.append(fact)
    return kept


def _is_phone_tail(value: str, phone_digits: list[str]) -> bool:
    """An all-digit id (4+ digits) that ends a known phone number: the phone read again without its prefix."""
    if re.search(r"[A-Za-z]", value):
        return False
    digits = re.sub(r"\D", "", value)
    return len(digits) >= 4 and any(p != digits and p.endswith(digits) for p in phone_digits)


def _with_echoed_names(prepared: Prepared, facts: list[CustomerFact], seen: set[tuple[str, str]]) -> list[CustomerFact]:
    """A name the customer typed in lower case ("team premium") that the assistant then writes capitalised
    ("Team Premium renews ..."): the assistant's spelling shows it is a name, the customer's words and
    message are the fact."""
    customer_texts: list[tuple[str | None, str]] = []
    added: list[CustomerFact] = []
    for message in prepared.messages:
        if message.role == "customer":
            customer_texts.append((message.id, message.text))
            continue
        if message.role not in {"ai", "agent"} or not customer_texts:
            continue
        for match in _CAPITALISED_NAME.finditer(message.text):
            name = match.group(0)
            words = name.split()
            if all(is_common_word(w) for w in words) or any(is_function_word(w) for w in words):
                continue  # "Turn On Sync": an interface label, not a name
            lower = name.lower()
            if not any(lower in text for _, text in customer_texts):
                continue  # the customer never typed it in lower case
            said = re.compile(rf"(?<![\w-]){re.escape(lower)}(?![\w-])")
            for message_id, text in customer_texts:
                spoken = said.search(text)
                key = ("product", normalize_fact_value("product", name))
                if spoken is not None and key not in seen:
                    seen.add(key)
                    added.append(CustomerFact(type="product", value=spoken.group(0), message_id=message_id))
                    break
    if not added:
        return facts
    order = {m.id or "": i for i, m in enumerate(prepared.messages)}
    return sorted([*facts, *added], key=lambda f: order.get(f.message_id or "", len(order)))


def _said_precisely(fact: CustomerFact, customer_ids: frozenset[str]) -> bool:
    """A customer's item name of two words or more, or with a model number ("Solace boots", "router 7")."""
    return fact.message_id in customer_ids and (" " in fact.value.strip() or HAS_DIGIT.search(fact.value) is not None)


def _drop_company(facts: list[CustomerFact], prepared: Prepared) -> list[CustomerFact]:
    """Drop the company's own name read as a product or named thing ("I have Ledgerly on it")."""
    if not any(f.type in _NAMED_TYPES and _may_be_company(f.value) for f in facts):
        return facts  # company names are one word: no need to read the assistant turns for them
    company = company_names(m.text for m in prepared.messages if m.role in {"ai", "agent"})
    return [f for f in facts if f.type not in _NAMED_TYPES or f.value.strip(" .,").casefold() not in company]


def _may_be_company(value: str) -> bool:
    """Whether a named value could be a company name, which is one word (no whitespace once stripped)."""
    return _SPACE.search(value.strip(" .,")) is None


def _whole_amounts(facts: list[CustomerFact]) -> set[str]:
    """Canonical whole-unit forms of amounts with cents ("$318.45" -> "318.00 USD" and "318.00"), so a rounded
    mention ("318 dollars", "pay 318") of the same sum is one fact, not two."""
    whole = set()
    for fact in facts:
        if fact.type != "amount":
            continue
        number, _, currency = normalize_fact_value("amount", fact.value).partition(" ")
        units, dot, cents = number.partition(".")
        if dot and cents.strip("0"):
            whole.update({f"{units}.00 {currency}".strip(), f"{units}.00"})
    return whole


def _restated_sum(canonical: str, earlier: list[str]) -> bool:
    """Whether an amount repeats an earlier one with or without its currency ("9.99" after "$9.99", or "$9.99"
    after "9.99"): the same number, one side without a currency code."""
    number, _, currency = canonical.partition(" ")
    for said in earlier:
        said_number, _, said_currency = said.partition(" ")
        if said_number == number and (not currency or not said_currency) and said != canonical:
            return True
    return False


def _dated_months_and_days(dates: list[str]) -> tuple[set[int], set[str]]:
    """The months (1-12) and the days of the month of the full dates in ``dates``, read only when a month alone
    ("in October") or a day alone ("the 16th") is among them: what such a partial date may repeat."""
    months: set[int] = set()
    days: set[str] = set()
    partial = [d for d in dates if _MONTH_ALONE.fullmatch(d) or _ORDINAL_ALONE.fullmatch(d)]
    if not partial:
        return months, days
    for value in dates:
        if value in partial:
            continue
        if (month := _ISO_MONTH.search(normalize_fact_value("date", value))) is not None:
            months.add(int(month["month"]))
        days |= _days(value)
    return months, days


def _days(value: str) -> set[str]:
    """The day numbers (1-31) written in a date ("Nov 16" -> {"16"}, "November 1st to the 8th" -> {"1", "8"})."""
    return {n.lstrip("0") for n in re.findall(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?(?![\d:/.-])", value)}


def _first_word(value: str) -> str:
    words = re.findall(r"[^\W\d]+", value.casefold())
    return words[0] if words else ""


def _same_weekday(value: str, dated_days: set[str]) -> bool:
    """A day name alone ("Saturday", "next Saturday") that opens a known full date ("Saturday, Nov 28")."""
    match = _WEEKDAY_ONLY.fullmatch(value.strip())
    if match is None or not is_day_name(match.group("day")):
        return False
    return match.group("day").casefold() in dated_days


def _range_ends(value: str) -> set[str]:
    parts = normalize_fact_value("date", value).split("/")
    return set(parts) if len(parts) == 2 else set()


def _head(value: str) -> str:
    """The last word of a name, case-folded: its head noun ("boots" of "Solace hiking boots")."""
    words = re.findall(r"\w+", value.casefold())
    return words[-1] if words else ""


def _words(value: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", value.casefold()))
