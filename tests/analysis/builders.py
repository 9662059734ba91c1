"""Builders for the analysis tests: a prepared conversation from (role, text) pairs, and the facts found in it."""

from __future__ import annotations

from typing import Any

from copilot.analysis.facts import extract_facts, facts_in_text
from copilot.config import Settings
from copilot.context import Prepared
from copilot.prepare import prepare
from copilot.schema import HandoffRequest


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
