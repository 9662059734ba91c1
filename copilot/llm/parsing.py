"""Reading a model's reply: find the JSON object, validate it, and name what is wrong in a few words.

The short problem statement goes back to the model in the repair round, so it lists at most a few errors with
their field paths, never the whole validation dump.
"""

from __future__ import annotations

import json
import re
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from copilot.errors import LLMRefusal

__all__ = ["ReplyProblem", "check_refusal", "extract_json_object", "parse_reply"]

T = TypeVar("T", bound=BaseModel)

_FENCE = re.compile(r"^\s*```(?:json|JSON)?\s*|\s*```\s*$")
_APOLOGY = re.compile(
    r"^\s*(?:I'?m sorry|I am sorry|sorry,|I can(?:no|')t|I cannot|I'?m (?:not able|unable)"
    r"|I am (?:not able|unable)|I won'?t|As an AI)",
    re.I,
)
_MAX_ERRORS = 5


class ReplyProblem(Exception):
    """The reply is not a valid object of the expected model; ``str()`` says why, briefly."""


def extract_json_object(text: str) -> str:
    """The JSON object in ``text``: code fences removed, from the first ``{`` to the last ``}``."""
    stripped = _FENCE.sub("", text.strip())
    start, end = stripped.find("{"), stripped.rfind("}")
    if start < 0 or end <= start:
        raise ReplyProblem("the reply holds no JSON object")
    return stripped[start : end + 1]


def parse_reply(text: str, model: type[T]) -> T:
    """Validate the reply against ``model``; raise ReplyProblem with a short description of what is wrong."""
    candidate = extract_json_object(text)
    try:
        json.loads(candidate)
    except json.JSONDecodeError as exc:
        raise ReplyProblem(f"the reply is not valid JSON ({exc.msg} at character {exc.pos})") from exc
    try:
        return model.model_validate_json(candidate)
    except ValidationError as exc:
        errors = exc.errors()
        listed = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or '(root)'}: {e['msg']}" for e in errors[:_MAX_ERRORS]
        )
        more = f" (and {len(errors) - _MAX_ERRORS} more)" if len(errors) > _MAX_ERRORS else ""
        raise ReplyProblem(f"the JSON does not follow the schema: {listed}{more}") from exc


def check_refusal(text: str, *, refusal: str | None, finish_reason: str | None) -> None:
    """Raise LLMRefusal when the model declined: an explicit refusal, a content filter stop, or a bare apology
    instead of the JSON object."""
    if refusal:
        raise LLMRefusal(f"the model refused: {' '.join(refusal.split())[:200]}")
    if finish_reason == "content_filter":
        raise LLMRefusal("the provider's content filter stopped the answer")
    if "{" not in text and _APOLOGY.match(text):
        raise LLMRefusal(f"the model refused: {' '.join(text.split())[:200]}")
