"""Customer facts: typed, normalised values the customer already gave, each with the message it came from.

``extract_facts`` reads every customer turn, plus AI/agent turns where the assistant confirms something about the
customer ("I found your account under dana@example.com"): those count as known facts too. Values are kept as
written (the agent quotes them back) and de-duplicated on their canonical form
(:func:`copilot.analysis.normalize.normalize_fact_value`), so "#a-1234" and "A1234" are one fact. Masked secrets
("[card ending 4242]") and links are never read, so no card number and no URL fragment becomes a fact.

``fact_occurs_in`` is the guard's fabrication check: does this fact's value occur in a text, comparing
canonical forms (ids ignore separators, phones their layout, amounts and dates their notation)?
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from copilot.analysis.asks import requested_fact_types
from copilot.analysis.entities import find_addresses, find_names, find_products
from copilot.analysis.fact_patterns import (
    Candidate,
    find_amounts,
    find_anchored_ids,
    find_dates,
    find_emails,
    find_error_codes,
    find_loose_ids,
    find_phones,
    find_tracking_numbers,
    sentence_bounds,
)
from copilot.analysis.normalize import ID_TYPES, normalize_fact_value
from copilot.context import Prepared
from copilot.schema import CustomerFact

__all__ = ["extract_facts", "fact_occurs_in", "facts_in_text"]

_HIDDEN = re.compile(r"\[(?:card ending \d{4}|redacted [a-z ]+)\]|\bhttps?://\S+|\bwww\.\S+", re.I)
_AI_CONFIRMS = re.compile(
    r"\b(?:your|you've|you have|you gave|you provided|you mentioned|under|on file|registered|i found|i see|"
    r"i can see|i've located|i located|matches|confirm(?:ed)?|thanks|thank you)\b"
)
_AI_OWN = re.compile(
    r"\b(?:call|contact|email|e-mail|reach|text|visit|write to)\s+us\b|\bour\s+(?:number|phone|hotline|email|"
    r"address|line|team|store|warehouse|office)\b|\bfor example\b|\be\.g\."
)

_CONTACT_TYPES = frozenset({"email", "phone", "address"})
_SHORT_ANSWER_WORDS = 6
_ANSWER_TYPES = ("order_id", "account_id", "ticket_id", "tracking_number", "name")
_THRESHOLD_BEFORE = re.compile(
    r"(?:over|above|under|below|up\s+to|more\s+than|less\s+than|at\s+least|exceeds?|exceeding|limit(?:\s+of)?"
    r"|minimum(?:\s+of)?|maximum(?:\s+of)?|within|from|starting\s+at)\s*$"
)

Extractor = Callable[[str], list[Candidate]]

# Order matters: an earlier extractor's span wins over a later one's ("1Z..." is a tracking number, not an id).
_EXTRACTORS: tuple[Extractor, ...] = (
    find_emails,
    find_tracking_numbers,
    find_error_codes,
    find_anchored_ids,
    find_amounts,
    find_dates,
    find_phones,
    find_addresses,
    find_loose_ids,
    find_products,
)


def extract_facts(prepared: Prepared) -> list[CustomerFact]:
    """Return every fact the customer gave (or the assistant confirmed), oldest mention first, one per
    canonical value; never a masked secret, never a value that is not in the transcript."""
    facts: list[CustomerFact] = []
    seen: set[tuple[str, str]] = set()
    question = ""
    for message in prepared.messages:
        if message.role == "system" or not message.text.strip():
            continue
        candidates = facts_in_text(message.text, role=message.role)
        if message.role == "customer" and question and len(message.text.split()) <= _SHORT_ANSWER_WORDS:
            candidates += _answer_to_question(message.text, requested_fact_types(question), candidates)
        question = message.text if message.role in {"ai", "agent"} and "?" in message.text else ""
        for candidate in candidates:
            key = (candidate.type, normalize_fact_value(candidate.type, candidate.value))
            if key in seen or not key[1]:
                continue
            seen.add(key)
            facts.append(CustomerFact(type=candidate.type, value=candidate.value, message_id=message.id))
    return _drop_shadowed(facts)


def facts_in_text(text: str, *, role: str = "customer") -> list[Candidate]:
    """Facts in one message, in text order. In AI/agent turns only the sentences that confirm something about
    the customer count ("I found your order A-1234"), not the assistant's own contact details or examples."""
    visible = _HIDDEN.sub(lambda m: "\x00" * len(m.group(0)), text)
    taken: list[tuple[int, int]] = []
    found: list[Candidate] = []
    for candidate in find_names(visible, role=role):
        found.append(candidate)
        taken.append((candidate.start, candidate.end))
    for extractor in _EXTRACTORS:
        for candidate in extractor(_blank(visible, taken)):
            if "\x00" in candidate.value or _overlaps(candidate, taken) or _foreign_digits(candidate.value):
                continue
            found.append(candidate)
            taken.append((candidate.start, candidate.end))
    if role != "customer":
        found = [c for c in found if _assistant_states_customer_fact(visible, c)]
    return sorted(found, key=lambda c: c.start)


def _assistant_states_customer_fact(text: str, candidate: Candidate) -> bool:
    """Whether a fact in an AI/agent turn is about this customer: contact details only when confirmed ("I found
    your account under dana@..."), amounts unless they are policy thresholds ("orders over $50"), never in a
    sentence about the company's own contacts."""
    sentence = _sentence_of(text, candidate)
    if _AI_OWN.search(sentence):
        return False
    if candidate.type in _CONTACT_TYPES:
        return _AI_CONFIRMS.search(sentence) is not None
    if candidate.type == "amount":
        return _THRESHOLD_BEFORE.search(text[max(0, candidate.start - 30) : candidate.start].lower()) is None
    return True


def _answer_to_question(text: str, asked: set[str], found: list[Candidate]) -> list[Candidate]:
    """A short reply to "What's your account number?" is that fact even without a cue word: "330851277"."""
    reply = text.strip()
    wanted = [t for t in _ANSWER_TYPES if t in asked]
    if len(wanted) != 1 or any(c.type == wanted[0] for c in found):
        return []
    fact_type = wanted[0]
    token = re.search(r"#?[A-Za-z0-9][\w-]*\d[\w-]*(?: \d{2,5}){0,3}", reply) if fact_type in ID_TYPES else None
    if token is None and fact_type in ID_TYPES:
        return []
    if token is not None:
        value = token.group(0).lstrip("#")
        start = reply.index(value)
    elif fact_type == "name" and re.fullmatch(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}\.?", reply):
        value, start = reply.rstrip("."), 0
    else:
        return []
    offset = text.index(reply) + start
    candidate = Candidate(fact_type, value, offset, offset + len(value))
    return [] if _overlaps(candidate, [(c.start, c.end) for c in found]) else [candidate]


def fact_occurs_in(fact: CustomerFact, text: str) -> bool:
    """True when ``fact.value`` occurs in ``text`` up to notation: ids and tracking numbers ignoring case and
    separators, emails ignoring case, phones ignoring layout (and a country code the text leaves out), amounts
    and dates in any notation (a missing currency or year on one side matches), free text ignoring case,
    punctuation and spacing. Used to drop facts an LLM made up."""
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


def _foreign_digits(value: str) -> bool:
    """Non-ASCII digits ("٠", "𝟎") match ``\\d`` but not the canonical forms: such spans are skipped."""
    return any(c.isdigit() and not c.isascii() for c in value)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = "\x00" * (end - start)
    return "".join(chars)


def _overlaps(candidate: Candidate, spans: list[tuple[int, int]]) -> bool:
    return any(candidate.start < end and start < candidate.end for start, end in spans)


def _sentence_of(text: str, candidate: Candidate) -> str:
    start, end = sentence_bounds(text, candidate.start, candidate.end)
    return text[start:end].lower()


def _drop_shadowed(facts: list[CustomerFact]) -> list[CustomerFact]:
    """Drop a free-text fact (product, name) whose canonical value is another fact's value in disguise, e.g. a
    product "A1234" that is really order A-1234 seen in another message."""
    codes = {normalize_fact_value("order_id", f.value) for f in facts if f.type in ID_TYPES or f.type == "phone"}
    names = [set(normalize_fact_value("name", f.value).split()) for f in facts if f.type == "name"]
    kept = []
    for fact in facts:
        if fact.type in {"product", "device", "other"} and normalize_fact_value("order_id", fact.value) in codes:
            continue
        if fact.type == "name":
            words = set(normalize_fact_value("name", fact.value).split())
            if any(words < other for other in names):
                continue  # "Dana" when "Dana Lee" is known
        kept.append(fact)
    return kept


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
    if not re.fullmatch(r"(?:\d{4}|-)-\d{2}-\d{2}", wanted):
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
