"""Builds the handoff prompt's messages from a prepared request: untrusted data in, delimiter-safe lines out.

Every piece of data (transcript, profile, KB snippets, platform context) is serialised as one JSON object per
line with ``<`` and ``>`` escaped, so no message can close the ``<transcript>`` block it sits in or open a new
one; the system prompt says that everything inside those blocks is data, never instructions. Emails and phones
go through the :class:`PiiVault` first; secrets were already masked by the prepare stage.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from copilot.config import Settings
from copilot.context import Analysis, Prepared
from copilot.llm.budget import Budgeted, FittedTranscript, TokenCounter, fit_transcript, upper_bound
from copilot.llm.pii import PiiVault
from copilot.llm.prompts import PromptFile
from copilot.redaction import mask_secrets
from copilot.schema import ESCALATION_CODES, FACT_TYPES, KBArticle
from copilot.taxonomy import Taxonomy

__all__ = ["HandoffPrompt", "PromptLimits", "build_handoff_prompt", "data_line"]

SIGNAL_KINDS = (
    "negative_sentiment",
    "repeated_request",
    "caps_or_punctuation",
    "profanity",
    "wait_complaint",
    "threat_to_leave",
    "bot_loop",
    "explicit_frustration",
)
_SNIPPET_CHARS = 600
_ATTRIBUTES_CHARS = 600
_SAFETY_MARGIN = 0.08  # token-count error of approximate tokenizers, plus chat-format overhead


@dataclass(frozen=True)
class PromptLimits:
    """The token limits the prompt must respect."""

    context_tokens: int
    max_output_tokens: int
    reserved_tokens: int = 0  # e.g. a JSON schema spelled out in the prompt


@dataclass
class HandoffPrompt:
    """The rendered messages plus what the engine needs to interpret the answer."""

    messages: list[dict[str, str]]
    vault: PiiVault
    kept_ids: list[str]
    omitted: int


def data_line(value: dict[str, Any]) -> str:
    """One JSON object on one line, with angle brackets escaped so it cannot open or close a prompt block."""
    text = json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    return text.replace("<", "\\u003c").replace(">", "\\u003e")


def build_handoff_prompt(
    prompt: PromptFile,
    prepared: Prepared,
    offline: Analysis,
    articles: list[KBArticle],
    *,
    taxonomy: Taxonomy,
    settings: Settings,
    counter: TokenCounter,
    limits: PromptLimits,
) -> HandoffPrompt:
    """Render the handoff prompt with the transcript fitted to the model's context window."""
    customer = prepared.request.customer
    vault = PiiVault(known_emails=[customer.email or ""], known_phones=[customer.phone or ""])
    fact_ids = {f.message_id for f in offline.facts if f.message_id}
    items: list[Budgeted] = []
    for message in prepared.messages:
        text = vault.mask(message.text)
        line = data_line({"id": message.id, "role": message.role, "text": text})
        items.append(Budgeted(message.id, line, message.id in fact_ids or text != message.text))
    context = _fixed_context(prepared, offline, articles, taxonomy, settings, vault)
    room = int(limits.context_tokens * (1 - _SAFETY_MARGIN)) - limits.max_output_tokens - limits.reserved_tokens
    fixed_texts = [m["content"] for m in prompt.render(**context, transcript=[])]
    fixed = sum(upper_bound(t) for t in fixed_texts)
    if fixed + sum(upper_bound(i.text) + 1 for i in items) > room:  # may not fit: count exactly
        fixed = sum(counter.count(t) for t in fixed_texts)
    fitted = fit_transcript(items, max(room - fixed, 256), counter)
    messages = prompt.render(**context, transcript=_transcript_lines(fitted))
    return HandoffPrompt(messages=messages, vault=vault, kept_ids=fitted.kept_ids, omitted=fitted.omitted)


def _transcript_lines(fitted: FittedTranscript) -> list[str]:
    return [line if line is not None else data_line({"note": "earlier messages left out"}) for line in fitted.lines]


def _fixed_context(
    prepared: Prepared,
    offline: Analysis,
    articles: list[KBArticle],
    taxonomy: Taxonomy,
    settings: Settings,
    vault: PiiVault,
) -> dict[str, Any]:
    request = prepared.request
    customer = request.customer
    profile = {
        "name": customer.name,
        "id": customer.id,
        "email": vault.placeholder("EMAIL", customer.email) if customer.email else None,
        "phone": vault.placeholder("PHONE", customer.phone) if customer.phone else None,
        "tier": customer.tier,
        "is_vip": offline.vip.is_vip,
        "language": customer.language,
        "attributes": _attributes(customer.attributes, vault),
    }
    queue = request.queue
    situation = {
        "channel": request.channel,
        "escalation_trigger": request.escalation.trigger if request.escalation else None,
        "escalation_note": request.escalation.note if request.escalation else None,
        "queue_position": queue.position if queue else None,
        "estimated_wait_seconds": queue.estimated_wait_seconds if queue else None,
        "agents_online": queue.agents_online if queue else None,
        "callback_offer_above_wait_seconds": settings.callback_wait_threshold_s,
        "detected_language": offline.register.language,
    }
    facts = [
        data_line({"type": f.type, "value": vault.mask(f.value), "message_id": f.message_id}) for f in offline.facts
    ]
    kb = [
        data_line({"id": a.id, "title": a.title, "snippet": " ".join(a.snippet.split())[:_SNIPPET_CHARS]})
        for a in articles
    ]
    return {
        "company_name": settings.company_name or "our team",
        "intents": [{"name": i.name, "description": i.description} for i in taxonomy.intents],
        "fact_types": list(FACT_TYPES),
        "escalation_codes": list(ESCALATION_CODES),
        "signal_kinds": list(SIGNAL_KINDS),
        "situation": data_line(situation),
        "profile": data_line({k: v for k, v in profile.items() if v not in (None, {})}),
        "known_facts": facts,
        "kb_articles": kb,
    }


def _attributes(attributes: dict[str, Any], vault: PiiVault) -> dict[str, Any]:
    """The profile's free-form attributes, secrets masked, contact details hidden, size bounded."""
    kept: dict[str, Any] = {}
    size = 0
    for key, value in attributes.items():
        raw = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        text = vault.mask(mask_secrets(raw).text)
        size += len(key) + len(text)
        if size > _ATTRIBUTES_CHARS:
            break
        kept[key] = value if text == raw and not isinstance(value, str) else text
    return kept
