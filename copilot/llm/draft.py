"""What the model must return: :class:`HandoffDraft`, one JSON object with the analysis and composed texts.

The same class gives the provider's structured-output schema (strict: every field required, no extra keys, no
numeric bounds) and the pydantic validation of the reply, which is lenient where leniency costs nothing: extra
keys are ignored and a missing list is empty, rather than costing a repair round. Field order matters: the
headline and summary points come first so they can be streamed to the client while the rest is generated.
Bounds the schema cannot express (confidence in 0..1, taxonomy labels, retrieved KB ids) are enforced when the
draft is converted (``convert.py``); :func:`response_format` narrows the schema with enums where it can.
"""

from __future__ import annotations

import copy
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from copilot.schema import EscalationCode, FactType, Formality, FrustrationLevel, Outcome, Role, Trend

__all__ = ["HandoffDraft", "response_format"]

_MAX_ENUM_IDS = 150  # beyond this many message ids the enum costs more prompt tokens than it saves


class _Strict(BaseModel):
    # The schema sent to the provider forbids extra keys; validation ignores them rather than cost a repair.
    model_config = ConfigDict(extra="ignore")


class DraftPoint(_Strict):
    """One summary point and the ids of the messages it comes from."""

    text: str
    message_ids: list[str] = Field(default_factory=list)


class DraftIntent(_Strict):
    """The taxonomy label and the model's confidence (0..1)."""

    label: str
    confidence: float


class DraftFact(_Strict):
    """A fact the customer already gave, copied verbatim, with the message it is in."""

    type: FactType
    value: str
    message_id: str | None


class DraftAttempt(_Strict):
    """Something already tried, by whom, and how it went."""

    description: str
    by: Role
    outcome: Outcome
    message_ids: list[str] = Field(default_factory=list)


class DraftEscalation(_Strict):
    """Why the conversation reached a human."""

    code: EscalationCode
    explanation: str
    message_ids: list[str] = Field(default_factory=list)


class DraftSignal(_Strict):
    """One piece of evidence of frustration."""

    kind: str
    message_id: str
    detail: str


class DraftFrustration(_Strict):
    """How frustrated the customer is (score 0..1)."""

    level: FrustrationLevel
    score: float
    trend: Trend
    signals: list[DraftSignal] = Field(default_factory=list)


class DraftFirstMessage(_Strict):
    """The agent's first message and its tone."""

    text: str
    acknowledges: list[str] = Field(default_factory=list)
    formality: Formality
    empathy: bool


class DraftTransition(_Strict):
    """The message the customer sees while waiting."""

    text: str
    callback_offered: bool


class HandoffDraft(_Strict):
    """The whole structured answer of the handoff prompt."""

    headline: str
    summary_points: list[DraftPoint]
    language: str
    intent: DraftIntent
    customer_facts: list[DraftFact] = Field(default_factory=list)
    attempted_solutions: list[DraftAttempt] = Field(default_factory=list)
    escalation_reason: DraftEscalation
    frustration: DraftFrustration
    first_message: DraftFirstMessage
    transition_message: DraftTransition
    next_steps: list[str] = Field(default_factory=list)
    kb_article_ids: list[str] = Field(default_factory=list)


def response_format(
    base: dict[str, Any], *, intents: list[str], kb_ids: list[str], message_ids: list[str]
) -> dict[str, Any]:
    """Narrow the draft's ``json_schema`` response format with enums: taxonomy labels, retrieved KB ids, and
    the transcript's message ids (when there are few enough), so a provider with structured outputs cannot
    cite anything else. ``base`` is litellm's ``type_to_response_format_param(HandoffDraft)``; it is not
    modified."""
    narrowed = copy.deepcopy(base)
    schema = narrowed["json_schema"]["schema"]
    defs = schema.get("$defs", {})
    if intents:
        defs["DraftIntent"]["properties"]["label"]["enum"] = list(intents)
    if kb_ids:
        schema["properties"]["kb_article_ids"]["items"]["enum"] = list(kb_ids)
    if message_ids and len(message_ids) <= _MAX_ENUM_IDS:
        ids = list(message_ids)
        for name in ("DraftPoint", "DraftAttempt", "DraftEscalation"):
            defs[name]["properties"]["message_ids"]["items"]["enum"] = ids
        defs["DraftSignal"]["properties"]["message_id"]["enum"] = ids
    return narrowed
