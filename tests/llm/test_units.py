"""Unit tests of the engine's parts: PII placeholders, token budget, draft conversion, reply parsing."""

from __future__ import annotations

import json

import pytest

from copilot.config import Settings
from copilot.errors import LLMInvalidOutput, LLMRefusal
from copilot.llm.budget import Budgeted, TokenCounter, fit_transcript
from copilot.llm.convert import convert_draft
from copilot.llm.draft import HandoffDraft
from copilot.llm.parsing import ReplyProblem, check_refusal, parse_reply
from copilot.llm.pii import PiiVault
from copilot.prepare import prepare
from copilot.taxonomy import Taxonomy

from .helpers import EMAIL, PHONE, articles, good_draft, handoff_request, offline_analysis

# ------------------------------------------------------------------ PII placeholders


def test_vault_masks_emails_and_phones_consistently_and_restores_them() -> None:
    vault = PiiVault(known_phones=["(415) 555-0134"])
    text = f"Mail {EMAIL} or {EMAIL.upper()}, call {PHONE} / 415.555.0134; order A-1234, ticket 55012."
    masked = vault.mask(text)
    assert masked == "Mail [EMAIL_1] or [EMAIL_1], call [PHONE_1] / [PHONE_1]; order A-1234, ticket 55012."
    assert vault.restore("Reach [EMAIL_1] or PHONE_1") == f"Reach {EMAIL} or {PHONE}"
    assert vault.restore("[EMAIL_9] is unknown") == "[EMAIL_9] is unknown"
    assert vault.restore_data({"a": ["[PHONE_1]", 3]}) == {"a": [PHONE, 3]}


@pytest.mark.parametrize(
    "text",
    [
        "tracking 1Z999AA10123456784",
        "my order number is 123456789",
        "ticket INC-2231 opened 2026-11-20",
        "I paid $89.99 on 03/11/2026",
    ],
)
def test_vault_leaves_ids_amounts_and_dates_alone(text: str) -> None:
    assert PiiVault().mask(text) == text


# ------------------------------------------------------------------ token budget


def test_budget_keeps_opening_latest_and_fact_messages() -> None:
    counter = TokenCounter("gpt-4o-mini")
    items = [Budgeted(f"m{i}", f"message number {i} " + "words " * 20, carries_fact=(i == 10)) for i in range(40)]
    per_item = counter.count(items[0].text) + 1
    fitted = fit_transcript(items, budget=per_item * 12, counter=counter)
    assert fitted.omitted == 40 - len(fitted.kept_ids) and fitted.tokens <= per_item * 12
    assert {"m0", "m1", "m10", "m39", "m34"} <= set(fitted.kept_ids)
    assert "m20" not in fitted.kept_ids
    assert fitted.lines.count(None) == 2  # one marker per gap, not per message
    everything = fit_transcript(items, budget=10_000, counter=counter)
    assert everything.omitted == 0 and None not in everything.lines


def test_budget_clips_one_huge_message_instead_of_dropping_the_rest() -> None:
    counter = TokenCounter("some-local-model")
    items = [Budgeted("m1", "short start"), Budgeted("m2", "log line " * 5000), Budgeted("m3", "short end")]
    fitted = fit_transcript(items, budget=600, counter=counter)
    assert fitted.omitted == 0
    assert fitted.lines[1] is not None and fitted.lines[1].endswith("[…]") and counter.count(fitted.lines[1]) <= 200


# ------------------------------------------------------------------ draft conversion


def convert(draft: dict[str, object], settings: Settings, taxonomy: Taxonomy, **request: object):
    prepared = prepare(handoff_request(**request), settings)
    vault = PiiVault()
    vault.mask(EMAIL)
    vault.mask(PHONE)
    return convert_draft(
        HandoffDraft.model_validate(draft),
        prepared=prepared,
        offline=offline_analysis(prepared),
        articles=articles(),
        taxonomy=taxonomy,
        vault=vault,
    )


def test_conversion_trusts_the_model_where_it_is_safe(settings: Settings, taxonomy: Taxonomy) -> None:
    converted = convert(good_draft(language="FR"), settings, taxonomy)
    analysis, composition = converted.analysis, converted.composition
    assert analysis.intent.description == taxonomy.get("missing_delivery").description  # type: ignore[union-attr]
    assert analysis.frustration.level == "high"  # raised above the offline "medium"
    assert analysis.register.language == "fr" and analysis.register.formality == "casual"
    assert analysis.escalation.code == "customer_requested_human"
    # offline facts the model missed are kept (tracking number), duplicates by normalised value are not
    pairs = [(f.type, f.value) for f in analysis.facts]
    assert ("tracking_number", "1Z999AA10123456784") in pairs and pairs.count(("order_id", "A-1234")) == 1
    assert ("email", EMAIL) in pairs and composition.first_message.tone.empathy is True
    assert converted.warnings == []


def test_conversion_overrides_what_the_model_may_not_decide(settings: Settings, taxonomy: Taxonomy) -> None:
    draft = good_draft(
        intent={"label": "made_up_intent", "confidence": 3.0},
        frustration={"level": "low", "score": 0.1, "trend": "falling", "signals": []},
        escalation_reason={"code": "vip_customer", "explanation": "x", "message_ids": []},
        attempted_solutions=[],
        kb_article_ids=["kb-nope"],
    )
    converted = convert(draft, settings, taxonomy)
    analysis = converted.analysis
    assert analysis.intent.label == "missing_delivery" and analysis.intent.confidence == 0.8  # offline kept
    assert (analysis.frustration.level, analysis.frustration.trend) == ("medium", "rising")
    assert analysis.escalation.code == "customer_requested_human"  # the platform's trigger wins
    assert analysis.attempts and analysis.attempts[0].description == "AI shared the tracking link"
    assert [a.id for a in converted.composition.kb_articles or []] == ["kb-lost", "kb-refund"]
    assert "not in the taxonomy" in converted.warnings[0]


def test_links_in_customer_texts_must_exist_somewhere(settings: Settings, taxonomy: Taxonomy) -> None:
    first = {
        "text": "Hi Dana. See https://help.example.com/lost for details. Also try https://made.up/x now. "
        "Tracking: https://track.example.com/1Z999.",
        "acknowledges": [],
        "formality": "neutral",
        "empathy": False,
    }
    converted = convert(good_draft(first_message=first), settings, taxonomy)
    text = converted.composition.first_message.text
    assert "made.up" not in text and "help.example.com/lost" in text and "track.example.com/1Z999" in text
    only_link = {**first, "text": "https://made.up/phish"}
    with pytest.raises(LLMInvalidOutput):
        convert(good_draft(first_message=only_link), settings, taxonomy)


# ------------------------------------------------------------------ reply parsing


def test_parse_reply_finds_the_object_and_names_the_problem() -> None:
    text = "Sure! ```json\n" + json.dumps(good_draft()) + "\n```"
    assert parse_reply(text, HandoffDraft).headline.startswith("Order A-1234")
    with pytest.raises(ReplyProblem, match="no JSON object"):
        parse_reply("nothing here", HandoffDraft)
    with pytest.raises(ReplyProblem, match="not valid JSON"):
        parse_reply('{"headline": "x",}', HandoffDraft)
    with pytest.raises(ReplyProblem, match=r"intent\.confidence") as caught:
        parse_reply(json.dumps(good_draft(intent={"label": "x", "confidence": "high"}, headline=None)), HandoffDraft)
    assert "headline" in str(caught.value)
    lenient = good_draft(notes="extra keys are ignored")
    del lenient["next_steps"], lenient["kb_article_ids"]
    assert parse_reply(json.dumps(lenient), HandoffDraft).next_steps == []


def test_check_refusal_only_flags_refusals() -> None:
    check_refusal('{"a": 1}', refusal=None, finish_reason="stop")
    check_refusal("Sorry, here it is: {}", refusal=None, finish_reason="stop")
    with pytest.raises(LLMRefusal):
        check_refusal("", refusal="no", finish_reason="stop")
    with pytest.raises(LLMRefusal):
        check_refusal("I cannot help with this.", refusal=None, finish_reason="stop")
