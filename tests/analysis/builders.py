"""Builders for the analysis tests: a prepared conversation from (role, text) pairs, the facts found in it, and two
banking intents shared by the intent tests' small taxonomies."""

from __future__ import annotations

from typing import Any

from copilot.analysis.facts import extract_facts, facts_in_text
from copilot.config import Settings
from copilot.context import Prepared
from copilot.prepare import prepare
from copilot.schema import HandoffRequest
from copilot.taxonomy import IntentSpec


def build_prepared(turns: list[tuple[str, str]], **request: Any) -> Prepared:
    """A prepared request with messages m1, m2... in the given (role, text) order."""
    messages = [{"id": f"m{i}", "role": role, "text": text} for i, (role, text) in enumerate(turns, start=1)]
    payload = {"conversation_id": "conv-test", "messages": messages, **request}
    return prepare(HandoffRequest.model_validate(payload), Settings())


def text_facts(text: str, role: str = "customer") -> set[tuple[str, str]]:
    """The (type, value) pairs the fact extractor finds in one text written by ``role``."""
    return {(c.type, c.value) for c in facts_in_text(text, role=role)}


def conversation_facts(turns: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """The (type, value) pairs of every customer fact of a conversation given as (role, text) turns."""
    return {(f.type, f.value) for f in extract_facts(build_prepared(turns))}


CARD_NOT_WORKING = IntentSpec(
    name="card_not_working",
    description="The customer's card is declined or does not work at a shop or cash machine",
    examples=[
        "my card got declined at the shop",
        "the cash machine won't accept my card",
        "card payment keeps failing",
        "my debit card stopped working",
        "the terminal says card not valid",
    ],
)
"""A banking intent for the intent tests' own small taxonomies (a domain none of the suites covers)."""
TRANSFER_MISSING = IntentSpec(
    name="transfer_missing",
    description="A transfer was sent but the money has not arrived in the recipient's account",
    examples=[
        "my transfer hasn't arrived",
        "I sent money to my friend and he never got it",
        "the bank transfer is still not there after three days",
        "where is the money I sent yesterday",
        "my payment to my landlord has not come through",
    ],
)
"""Its close neighbour for the intent tests: money sent but not arrived."""
