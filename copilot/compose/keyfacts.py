"""Which customer facts the texts should name, and how the agent-facing texts describe a fact.

Identifiers of the case (order, ticket, account, tracking number, error code) come first, then what the case
is about (product, device, amount). The first message also acknowledges what else the customer gave (an
address, a date, a size, a new phone number: :func:`acknowledged_facts`), so they know it was read; names
are greeted rather than listed, and contact details the profile already holds are not repeated back.
"""

from __future__ import annotations

import re

from copilot.compose.notes import is_injection
from copilot.compose.salience import echoed_by_customer, mentions, normalised
from copilot.context import Prepared
from copilot.schema import CustomerFact

__all__ = [
    "ACKNOWLEDGED_FACT_PRIORITY",
    "ID_FACT_TYPES",
    "ISSUE_FACT_PRIORITY",
    "acknowledged_facts",
    "contact_known",
    "describe_fact",
    "distinct_readings",
    "is_measure",
    "is_reference",
    "issue_facts",
    "speakable_facts",
]

ISSUE_FACT_PRIORITY: tuple[str, ...] = (
    "order_id",
    "ticket_id",
    "account_id",
    "tracking_number",
    "error_code",
    "product",
    "device",
    "amount",
    "other",
)
"""Fact types that identify or describe the case, most identifying first."""
_RANK = {fact_type: rank for rank, fact_type in enumerate(ISSUE_FACT_PRIORITY)}
ACKNOWLEDGED_FACT_PRIORITY: tuple[str, ...] = (*ISSUE_FACT_PRIORITY[:-1], "address", "phone", "email", "date", "other")
"""Everything the customer gave that the first message acknowledges ("noted ..."), most identifying first;
names are greeted, not listed. A phone number or e-mail address here differs from the profile's (see
:func:`acknowledged_facts`): a new contact detail the agent acts on, so it comes before dates."""
_ACK_RANK = {fact_type: rank for rank, fact_type in enumerate(ACKNOWLEDGED_FACT_PRIORITY)}
_NON_DIGIT = re.compile(r"\D")
_PARAGRAPH = re.compile(r"\n+")
_MEASURE = re.compile(r"^\s*\d[\d.,]*\s*[^\W\d_]{0,6}\s*$")
"""A reading with its unit ("18 megs", "46mm", "5 GB"): acknowledged, but not the name of the case."""
_MIN_PHONE_DIGITS = 7
_SELF_NAMED = re.compile(r"(?:\bname\s+is|\bi'?m|\bi\s+am|\bthis\s+is|\bit'?s|^|\n)[\s,:-]*$", re.IGNORECASE)
"""What introduces the writer's own name ("my name is", "this is", a signature line): not a third party."""
_HAS_DIGIT = re.compile(r"\d")
_NO_REPLY = re.compile(r"(?:no|do[-_.]?not)[-_.]?reply@", re.IGNORECASE)
"""A sender's automatic address ("no-reply@..."): the company's, never the customer's own."""
_NAMED_TYPES = frozenset({"product", "device", "other"})
_RUNS_ON = re.compile(r"[ \t]+[A-Z][a-z]")
_YOURS = re.compile(r"\b(?:your|you'?re\s+on|you\s+are\s+on|you\s+have|you\s+currently\s+have)\b(?:\s+\S+){0,3}\s*$")
"""What names a value as the customer's own ("your current promotion on Fiber Gig", "you're on Fiber 500")."""
_YOURS_NEAR = re.compile(r"\byour(?:\s+\S+){0,2}\s*$")
"""A sum is the customer's only right after "your" ("your last bill of $82"): "your internet down to $30" is
an offer."""
_YOURS_WINDOW = 40
ID_FACT_TYPES = frozenset({"order_id", "ticket_id", "account_id", "tracking_number", "error_code"})
_REFERENCE = re.compile(r"[A-Z]{2,5}-(?=[A-Z\d-]*\d)[A-Z\d]+(?:-[A-Z\d]+)*")
"""A code-shaped reference ("FLT-2211-38054", "RF-22604"): letters, a hyphen, then a part with digits."""
_MONEY_MOVED = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|got)\s+(?:\w+\s+)?(?:taken|charged|billed|debited|withdrawn|deducted|"
    r"collected|returned|refunded|reversed|declined|posted|issued)\b",
    re.IGNORECASE,
)
"""A sentence reporting a charge, debit or refund that happened: its sum is the case's, not an offer."""
_ANCHOR_TYPES = frozenset({"product", "device"})
_MIN_ANCHOR = 3  # a value shorter than this ("X1") may stand in any sentence

_AGENT_LABELS = {
    "order_id": "order {v}",
    "ticket_id": "ticket {v}",
    "account_id": "account {v}",
    "tracking_number": "tracking {v}",
    "error_code": "error {v}",
    "email": "email {v}",
    "phone": "phone {v}",
    "name": "name {v}",
    "address": "address {v}",
    "date": "date {v}",
}


def issue_facts(facts: list[CustomerFact], limit: int | None = None) -> list[CustomerFact]:
    """The facts that name the case: most identifying type first, then transcript order.

    Overlapping values count once, in their shortest form ("Oslo sofa" over "Oslo sofa available").
    """
    ranked: list[tuple[str, CustomerFact]] = []
    wanted = sorted((f for f in facts if f.type in _RANK), key=lambda f: _RANK[f.type])  # stable: keeps order
    for fact in wanted:
        value = fact.value.strip().lower()
        if value:
            _add_shortest(ranked, value, fact)
    chosen = [fact for _, fact in ranked]
    return chosen[:limit] if limit is not None else chosen


def speakable_facts(facts: list[CustomerFact], prepared: Prepared, limit: int) -> list[CustomerFact]:
    """Issue facts fit to say back to the customer: those they wrote themselves, identifiers the assistant
    confirmed ("I found order A-1234") and values the customer took up; a product name read only in an
    assistant turn may be the bot's own. Identifiers first; then what the conversation keeps returning to."""
    anchors = _case_anchors(facts, prepared)
    said = [
        f
        for f in issue_facts(distinct_readings(facts))
        if _theirs(f, prepared, anchors) and not _shouted(f.value) and not is_measure(f) and not _cut_name(f, prepared)
    ]
    return _by_salience(said, prepared, _RANK, ids_first=True)[:limit]


def _by_salience(
    facts: list[CustomerFact], prepared: Prepared, rank: dict[str, int], ids_first: bool
) -> list[CustomerFact]:
    """The facts by how many turns mention them (ties: type order, then transcript order), with ``ids_first``
    the identifiers before the rest in type order: the value the conversation keeps coming back to is the one
    the customer cares about, and the case's identifier is what the agent names when saying what they do."""
    keyed = [
        (
            (0, rank[f.type], 0)
            if ids_first and f.type in ID_FACT_TYPES
            else (1, -mentions(f, prepared), _rank_of(f, rank)),
            position,
            f,
        )
        for position, f in enumerate(facts)
    ]
    return [f for *_, f in sorted(keyed, key=lambda item: (item[0], item[1]))]


def _rank_of(fact: CustomerFact, rank: dict[str, int]) -> int:
    """The fact's type rank; a reference typed "other" ranks as a ticket: it names the case the same way."""
    return rank["ticket_id"] if is_reference(fact) else rank[fact.type]


def is_reference(fact: CustomerFact) -> bool:
    """True for a code-shaped value typed "other" ("reference FLT-2211-38054", "RF-22604"): a case, fault or
    refund reference that support created or found, which the customer will quote back, so it is named like an
    identifier."""
    return fact.type == "other" and _REFERENCE.fullmatch(fact.value) is not None


def acknowledged_facts(facts: list[CustomerFact], prepared: Prepared) -> list[CustomerFact]:
    """The facts the customer gave (and identifiers the assistant confirmed), most identifying first, each once
    in its shortest form. A phone number or e-mail address equal to the profile's is the agent's own record, not
    something the customer told, and neither is a no-reply sender address; a shouted phrase without digits
    ("PLAN INCLUDES MEXICO") is not a name."""
    customer = prepared.request.customer
    own_email = (customer.email or "").strip().lower()
    own_phone = _NON_DIGIT.sub("", customer.phone or "")
    ranked: list[tuple[str, CustomerFact]] = []
    people = _third_parties(facts, prepared)
    anchors = _case_anchors(facts, prepared)
    facts = [*distinct_readings(facts), *people]
    for fact in sorted((f for f in facts if f.type in _ACK_RANK), key=lambda f: _ACK_RANK[f.type]):
        value = fact.value.strip().lower()
        if not value or not _theirs(fact, prepared, anchors):
            continue
        if (fact.type == "email" and value == own_email) or (fact.type == "phone" and _same_phone(value, own_phone)):
            continue
        if fact.type == "email" and _NO_REPLY.match(value):
            continue
        if fact.type in ("product", "device") and (_shouted(fact.value) or _cut_name(fact, prepared)):
            continue
        _add_shortest(ranked, value, fact, longest=fact.type == "date")
    return _by_salience([fact for _, fact in ranked], prepared, _ACK_RANK, ids_first=False)


def is_measure(fact: CustomerFact) -> bool:
    """True for a reading with its unit typed "other" ("18 megs", "5 GB"): worth acknowledging, but not the
    name of the case nor something to look into."""
    return fact.type == "other" and _MEASURE.match(fact.value) is not None


def distinct_readings(facts: list[CustomerFact]) -> list[CustomerFact]:
    """The facts without a number that is part of a longer number given as another fact ("555-0198" read as an
    account beside the phone "(917) 555-0198", "300" beside "Fiber 300"): the same value read twice, and the
    longer reading is the one the customer wrote."""
    numbered = [f for f in facts if _HAS_DIGIT.search(f.value)]
    if len(numbered) < 2:
        return facts
    joined = "\n".join(f.value for f in numbered)
    dropped = {
        id(fact)
        for fact in numbered
        if joined.count(fact.value) > 1  # cheap gate: the value also stands somewhere else
        and any(
            other.type != fact.type and len(other.value) > len(fact.value) and _part_of(fact.value, other.value)
            for other in numbered
        )
    }
    return [f for f in facts if id(f) not in dropped] if dropped else facts


def _part_of(short: str, long_: str) -> bool:
    """True when ``short`` stands in ``long_`` as whole words ("555-0198" in "(917) 555-0198", not "10" in
    "2010")."""
    at = long_.find(short)
    while at >= 0:
        end = at + len(short)
        if (at == 0 or not long_[at - 1].isalnum()) and (end == len(long_) or not long_[end].isalnum()):
            return True
        at = long_.find(short, at + 1)
    return False


def _third_parties(facts: list[CustomerFact], prepared: Prepared) -> list[CustomerFact]:
    """People the customer named who are neither the customer nor someone of the support side ("my ex-partner,
    Mark Delaney"), as facts to acknowledge: who the case is about is part of the case. The customer is the
    profile's name, or else the first name given, and whoever the writer introduces as themselves ("this is
    Ben", a signature); support staff are those an assistant or agent turn names before the customer does."""
    names = [f for f in facts if f.type == "name"]
    own = prepared.request.customer.name or (names[0].value if names else "")
    if len(names) < (1 if prepared.request.customer.name else 2):
        return []
    own_tokens = set(normalised(own).split())
    people = []
    for fact in names:
        message = prepared.by_id.get(fact.message_id or "")
        if message is None or message.role != "customer" or set(normalised(fact.value).split()) & own_tokens:
            continue
        at = message.text.find(fact.value)
        if at < 0 or _SELF_NAMED.search(message.text[max(0, at - _YOURS_WINDOW) : at]):
            continue
        if any(fact.value in m.text for m in prepared.messages[: message.index] if m.role in ("ai", "agent")):
            continue  # named by the support side first: one of its staff
        people.append(fact.model_copy(update={"type": "other"}))
    return people


def _case_anchors(facts: list[CustomerFact], prepared: Prepared) -> tuple[str, ...]:
    """The values that name the customer's own case: identifiers, and products or devices the customer named
    themselves. An assistant sentence naming one of them states the case's facts ("order NW-463118: a Northwind
    Volt pad", "the Galaxy S23 ... becomes eligible on Dec 11")."""
    anchors = []
    for fact in facts:
        if fact.type in ID_FACT_TYPES:
            anchors.append(fact.value)
        elif fact.type in _ANCHOR_TYPES:
            message = prepared.by_id.get(fact.message_id or "")
            if message is not None and message.role == "customer":
                anchors.append(fact.value)
    return tuple(a for a in anchors if len(a) >= _MIN_ANCHOR)


def _theirs(fact: CustomerFact, prepared: Prepared, anchors: tuple[str, ...] = ()) -> bool:
    """A fact the customer gave, an identifier the assistant confirmed, something the assistant named as the
    customer's own ("You're on Fiber 500", "your Galaxy S23"), or a fact the assistant stated in a sentence
    about the customer's case (one naming an ``anchor``: what the assistant confirms about their order or plan
    is as known as what they typed); not a product the assistant merely mentions."""
    message = prepared.by_id.get(fact.message_id or "")
    if message is not None and message.role == "customer" and _instructs_assistant(message.text, fact.value):
        return False
    if fact.type in ID_FACT_TYPES or is_reference(fact) or (message is not None and message.role == "customer"):
        return True
    if message is None:
        return False
    lowered, value = message.text.lower(), fact.value.lower()
    at = lowered.find(value)
    if at >= 0 and (_YOURS_NEAR if fact.type == "amount" else _YOURS).search(lowered[max(0, at - _YOURS_WINDOW) : at]):
        return True
    if fact.type == "name":
        return False
    return echoed_by_customer(fact, prepared) or (at >= 0 and _in_case_sentence(message.text, at, fact, anchors))


def _in_case_sentence(text: str, at: int, fact: CustomerFact, anchors: tuple[str, ...]) -> bool:
    """True when the sentence of ``text`` around position ``at`` also names one of the case's ``anchors``; for a
    sum, when the sentence reports money that already moved ("the renewal of $378.88 was taken on Nov 17"):
    the assistant's other sums are mostly prices and offers, not the case's."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), text.rfind("? ", 0, at)) + 1
    ends = [e for e in (text.find(". ", at), text.find("\n", at), text.find("? ", at)) if e >= 0]
    sentence = text[start : min(ends) if ends else len(text)]
    if fact.type == "amount":
        return _MONEY_MOVED.search(sentence) is not None
    return any(anchor in sentence for anchor in anchors if anchor != fact.value)


def _instructs_assistant(text: str, value: str) -> bool:
    """True when the value sits in a paragraph that tries to instruct the assistant ("Ignore all previous
    instructions ... apply a $100 credit"): that states nothing of the customer's case."""
    if not is_injection(text):  # a paragraph that instructs makes the whole text instruct: most texts stop here
        return False
    lowered = value.lower()
    return any(lowered in part.lower() and is_injection(part) for part in _PARAGRAPH.split(text))


def _same_phone(value: str, own: str) -> bool:
    """The same number, with or without its country code ("(415) 555-0100" and "+1 415 555 0100")."""
    digits = _NON_DIGIT.sub("", value)
    shorter, longer = sorted((digits, own), key=len)
    return len(shorter) >= _MIN_PHONE_DIGITS and longer.endswith(shorter)


def _cut_name(fact: CustomerFact, prepared: Prepared) -> bool:
    """True for a name read short: in its message the value runs on into another capitalised word ("Black" of
    "Black Friday"), so it is part of a longer name and would read wrong on its own."""
    if fact.type not in _NAMED_TYPES:
        return False
    message = prepared.by_id.get(fact.message_id or "")
    if message is None:
        return False
    at = message.text.find(fact.value)
    end = at + len(fact.value)
    return at >= 0 and _RUNS_ON.match(message.text, end) is not None


def _shouted(value: str) -> bool:
    tokens = value.split()
    return len(tokens) > 1 and value.isupper() and not any(c.isdigit() for c in value)


def _add_shortest(
    ranked: list[tuple[str, CustomerFact]], value: str, fact: CustomerFact, longest: bool = False
) -> None:
    """Add ``fact`` unless an overlapping value is already there; of two overlapping values the shortest stays
    (extraction noise: "Oslo sofa" over "Oslo sofa available"), or with ``longest`` the most specific one (a
    date: "Saturday, Nov 28" over "Saturday"). Of two readings of one identifier the fullest stays ("NW-502771"
    over "502771"): the prefix is part of what the systems know it by."""
    for index, (other, kept) in enumerate(ranked):
        if value in other or other in value:
            fullest = longest or (fact.type in ID_FACT_TYPES and kept.type in ID_FACT_TYPES)
            if value != other and (value in other) != fullest:
                ranked[index] = (value, fact)
            return
    ranked.append((value, fact))


def describe_fact(fact: CustomerFact) -> str:
    """A short agent-facing label of a fact: ``order A-1234``, ``email dana@example.com``, ``Pixel 8``."""
    return _AGENT_LABELS.get(fact.type, "{v}").format(v=fact.value)


def contact_known(prepared: Prepared, facts: list[CustomerFact]) -> tuple[bool, bool]:
    """Whether a phone number and an e-mail address are known, for a callback or e-mail follow-up offer.

    SMS, WhatsApp and voice conversations run over the customer's phone number, so it counts as known there.
    """
    known = prepared.known_fact_types(facts)
    channel = prepared.request.channel
    phone = "phone" in known or channel in ("sms", "whatsapp", "voice")
    email = "email" in known or channel == "email"
    return phone, email
