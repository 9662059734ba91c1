"""Builders for the analysis tests: a prepared conversation from (role, text) pairs."""

from __future__ import annotations

from typing import Any

from copilot.config import Settings
from copilot.context import Prepared
from copilot.prepare import prepare
from copilot.schema import HandoffRequest


def build_prepared(turns: list[tuple[str, str]], **request: Any) -> Prepared:
    """A prepared request with messages m1, m2... in the given (role, text) order."""
    messages = [{"id": f"m{i}", "role": role, "text": text} for i, (role, text) in enumerate(turns, start=1)]
    payload = {"conversation_id": "conv-test", "messages": messages, **request}
    return prepare(HandoffRequest.model_validate(payload), Settings())
