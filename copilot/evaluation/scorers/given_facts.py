"""Which fact types did the customer already give? The "already given" half of ``redundant_ask_rate``.

Three sources, united:
1. the golden ``expected.facts`` (the suite author's word on what the customer said);
2. a conservative scan of the customer's own messages, independent of the engine under test: e-mail
   addresses, phone numbers (international ``+`` form, or digits right after "phone", "my number", "call
   me"...),
   and identifiers labelled in the text ("order A-1234", "ticket #5521", "tracking number 1Z99...",
   "account no. 88-1200") -- a label word followed by a token with a digit;
3. the profile fields the agent sees anyway: ``customer.email``, ``customer.phone``, ``customer.name``.
"""

from __future__ import annotations

import re

from copilot.evaluation.scorers.base import CaseView

__all__ = ["given_fact_types", "scan_customer_text"]

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(
    r"\+\d[\d\s().-]{6,}\d"
    r"|\b(?:phone|mobile|cell|my\s+number|call\s+me|reach\s+me|text\s+me)\b\D{0,20}"
    r"\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{3,4}\b",
    re.I,
)
_LABEL = r"(?:\s*(?:number|no\.?|num|id|#|ref(?:erence)?|code)?\s*(?:is|was|:)?\s*#?)"
_ID_TOKEN = r"([A-Za-z0-9][A-Za-z0-9-]*\d[A-Za-z0-9-]*)"
_LABELLED: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("tracking_number", re.compile(rf"\btracking{_LABEL}\s*{_ID_TOKEN}", re.I)),
    ("order_id", re.compile(rf"\b(?:order|purchase){_LABEL}\s*{_ID_TOKEN}", re.I)),
    ("account_id", re.compile(rf"\b(?:account|customer|member(?:ship)?){_LABEL}\s*{_ID_TOKEN}", re.I)),
    ("ticket_id", re.compile(rf"\b(?:ticket|case|claim|reference|incident){_LABEL}\s*{_ID_TOKEN}", re.I)),
    ("error_code", re.compile(rf"\berror{_LABEL}\s*{_ID_TOKEN}", re.I)),
)


def scan_customer_text(text: str) -> set[str]:
    """Fact types plainly present in one customer message (e-mails, phones, labelled identifiers)."""
    found: set[str] = set()
    if _EMAIL.search(text):
        found.add("email")
    if _PHONE.search(_EMAIL.sub(" ", text)):
        found.add("phone")
    for fact_type, pattern in _LABELLED:
        if pattern.search(text):
            found.add(fact_type)
    return found


def given_fact_types(view: CaseView) -> dict[str, str]:
    """Every fact type the customer already gave, mapped to where it was seen (for the explanation)."""
    given: dict[str, str] = {}
    for fact in view.expected.facts or []:
        given.setdefault(fact.type, "golden facts")
    for message in view.request.messages:
        if message.role == "customer":
            for fact_type in scan_customer_text(message.text):
                given.setdefault(fact_type, f"customer message {message.id or '?'}")
    customer = view.request.customer
    for fact_type in ("email", "phone", "name"):
        if getattr(customer, fact_type):
            given.setdefault(fact_type, f"profile customer.{fact_type}")
    return given
