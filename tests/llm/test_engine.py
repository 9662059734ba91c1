"""The LLM engine against a respx-mocked OpenAI API: success, retries, deadline, invalid output, refusal."""

from __future__ import annotations

import json
import time
from collections.abc import Callable

import httpx
import pytest
import respx

from copilot.errors import LLMInvalidOutput, LLMProviderError, LLMRefusal, LLMTimeout
from copilot.llm.engine import LiteLLMEngine
from copilot.ports import LLMEngine, LLMOutcome
from copilot.prepare import prepare

from .helpers import (
    CARD,
    CHAT_URL,
    EMAIL,
    PHONE,
    articles,
    completion,
    good_draft,
    handoff_request,
    never_answers,
    offline_analysis,
    request_bodies,
)

EngineFactory = Callable[..., LiteLLMEngine]


async def generate(engine: LiteLLMEngine, **request: object) -> LLMOutcome:
    prepared = prepare(handoff_request(**request), engine.settings)
    return await engine.generate(prepared, offline_analysis(prepared), articles())


def server_error() -> httpx.Response:
    return httpx.Response(500, json={"error": {"message": "upstream exploded", "type": "server_error"}})


async def test_success_builds_the_outcome_from_one_call(provider: respx.MockRouter, make_engine: EngineFactory) -> None:
    route = provider.post(CHAT_URL).mock(return_value=completion(json.dumps(good_draft())))
    engine = make_engine()
    assert isinstance(engine, LLMEngine)

    outcome = await generate(engine)

    assert route.call_count == 1
    assert outcome.model == "openai/gpt-4o-mini"
    assert outcome.prompt_version == "handoff@1.0.0"
    assert (outcome.prompt_tokens, outcome.completion_tokens) == (900, 300)
    assert outcome.cost_usd is not None and outcome.cost_usd > 0
    assert outcome.truncated_messages == 0 and outcome.warnings == []
    analysis, composition = outcome.analysis, outcome.composition
    assert analysis.intent.label == "missing_delivery" and analysis.intent.confidence == pytest.approx(0.93)
    assert analysis.frustration.level == "high"
    assert composition.summary.headline.startswith("Order A-1234")
    assert [a.id for a in composition.kb_articles or []] == ["kb-refund", "kb-lost"]
    # placeholders are restored for the agent
    facts = {(f.type, f.value) for f in analysis.facts}
    assert ("email", EMAIL) in facts and ("phone", PHONE) in facts
    assert EMAIL in composition.first_message.text and EMAIL in composition.summary.points[2].text

    sent = json.loads(route.calls[0].request.content)
    assert sent["response_format"]["type"] == "json_schema"
    schema = sent["response_format"]["json_schema"]["schema"]
    assert "missing_delivery" in schema["$defs"]["DraftIntent"]["properties"]["label"]["enum"]
    assert schema["properties"]["kb_article_ids"]["items"]["enum"] == ["kb-lost", "kb-refund"]
    assert sent["max_tokens"] == engine.settings.llm_max_output_tokens


async def test_no_pii_or_secret_in_any_request_body(provider: respx.MockRouter, make_engine: EngineFactory) -> None:
    route = provider.post(CHAT_URL).mock(
        side_effect=[completion("not json at all {"), completion(json.dumps(good_draft()))]
    )
    await generate(make_engine())
    bodies = request_bodies(route)
    assert len(bodies) == 2  # the repair round carries the transcript too
    for body in bodies:
        decoded = json.dumps(json.loads(body), ensure_ascii=False)
        for secret in (EMAIL, PHONE, "415 555 0134", "4155550134", CARD, CARD.replace(" ", ""), "cvv 123"):
            assert secret not in decoded
        assert "A-1234" in decoded and "1Z999AA10123456784" in decoded


async def test_a_500_then_a_200_is_retried_once(provider: respx.MockRouter, make_engine: EngineFactory) -> None:
    route = provider.post(CHAT_URL).mock(side_effect=[server_error(), completion(json.dumps(good_draft()))])
    outcome = await generate(make_engine())
    assert route.call_count == 2
    assert outcome.composition.summary.headline.startswith("Order A-1234")


async def test_provider_calls_are_bounded(provider: respx.MockRouter, make_engine: EngineFactory) -> None:
    route = provider.post(CHAT_URL).mock(side_effect=[server_error()] * 10)
    with pytest.raises(LLMProviderError, match="500"):
        await generate(make_engine(llm_max_retries=1))
    assert route.call_count == 2  # one call plus one retry, no SDK retries stacked on top


async def test_fallback_model_answers_when_the_primary_fails(
    provider: respx.MockRouter, make_engine: EngineFactory
) -> None:
    primary = provider.post(CHAT_URL, json__model="gpt-4o-mini").mock(side_effect=[server_error()] * 5)
    backup = provider.post(CHAT_URL, json__model="gpt-4o").mock(return_value=completion(json.dumps(good_draft())))
    outcome = await generate(make_engine(llm_max_retries=0, llm_fallback_models=["openai/gpt-4o"]))
    assert (primary.call_count, backup.call_count) == (1, 1)
    assert outcome.model == "openai/gpt-4o"


async def test_429_retry_after_is_honoured_within_the_deadline(
    provider: respx.MockRouter, make_engine: EngineFactory
) -> None:
    limited = httpx.Response(429, headers={"Retry-After": "1"}, json={"error": {"message": "slow down"}})
    route = provider.post(CHAT_URL).mock(side_effect=[limited, completion(json.dumps(good_draft()))])
    started = time.perf_counter()
    outcome = await generate(make_engine())
    elapsed = time.perf_counter() - started
    assert route.call_count == 2
    assert 1.0 <= elapsed < 4.0
    assert outcome.analysis.intent.label == "missing_delivery"


async def test_429_retry_after_beyond_the_deadline_fails_at_once(
    provider: respx.MockRouter, make_engine: EngineFactory
) -> None:
    limited = httpx.Response(429, headers={"Retry-After": "30"}, json={"error": {"message": "slow down"}})
    route = provider.post(CHAT_URL).mock(side_effect=[limited, completion(json.dumps(good_draft()))])
    started = time.perf_counter()
    with pytest.raises(LLMProviderError, match="429"):
        await generate(make_engine(llm_timeout_s=3.0))
    assert time.perf_counter() - started < 1.5
    assert route.call_count == 1


async def test_the_deadline_bounds_a_provider_that_never_answers(
    provider: respx.MockRouter, make_engine: EngineFactory
) -> None:
    provider.post(CHAT_URL).mock(side_effect=never_answers)
    started = time.perf_counter()
    with pytest.raises(LLMTimeout, match=r"0\.5 s deadline"):
        await generate(make_engine(llm_timeout_s=0.5))
    assert time.perf_counter() - started < 1.0


async def test_a_transport_timeout_becomes_llm_timeout(provider: respx.MockRouter, make_engine: EngineFactory) -> None:
    route = provider.post(CHAT_URL).mock(side_effect=httpx.ReadTimeout("read timed out"))
    with pytest.raises(LLMTimeout):
        await generate(make_engine(llm_max_retries=0))
    assert route.call_count == 1


async def test_invalid_json_is_repaired_once(provider: respx.MockRouter, make_engine: EngineFactory) -> None:
    broken = json.dumps(good_draft())[:-40]
    route = provider.post(CHAT_URL).mock(side_effect=[completion(broken), completion(json.dumps(good_draft()))])
    outcome = await generate(make_engine())
    assert route.call_count == 2
    assert outcome.warnings[0].startswith("llm: the first reply was invalid")
    repair = json.loads(route.calls[1].request.content)["messages"]
    assert repair[-2] == {"role": "assistant", "content": broken}
    assert "not valid JSON" in repair[-1]["content"] and repair[-1]["role"] == "user"
    assert outcome.prompt_tokens == 1800  # both rounds are counted


async def test_output_still_invalid_after_the_repair_fails(
    provider: respx.MockRouter, make_engine: EngineFactory
) -> None:
    wrong_shape = json.dumps(good_draft(frustration={"level": "furious"}))
    route = provider.post(CHAT_URL).mock(side_effect=[completion(wrong_shape)] * 5)
    with pytest.raises(LLMInvalidOutput, match="frustration") as caught:
        await generate(make_engine())
    assert "after one repair round" in caught.value.message
    assert route.call_count == 2


async def test_output_cut_off_at_max_tokens(provider: respx.MockRouter, make_engine: EngineFactory) -> None:
    cut = completion(json.dumps(good_draft())[:300], finish_reason="length")
    route = provider.post(CHAT_URL).mock(side_effect=[cut, cut, cut])
    with pytest.raises(LLMInvalidOutput, match="cut off at the 1800-token output limit"):
        await generate(make_engine())
    assert route.call_count == 2
    repair = json.loads(route.calls[1].request.content)["messages"]
    assert all(m["role"] != "assistant" for m in repair)  # a truncated reply is not worth sending back
    assert "keep every text brief" in repair[-1]["content"]


@pytest.mark.parametrize(
    "reply",
    [
        completion(None, refusal="I can't help with that request."),
        completion("", finish_reason="content_filter"),
        completion("I'm sorry, but I can't assist with that."),
    ],
    ids=["refusal-field", "content-filter", "apology-text"],
)
async def test_a_refusal_is_not_repaired(
    provider: respx.MockRouter, make_engine: EngineFactory, reply: httpx.Response
) -> None:
    route = provider.post(CHAT_URL).mock(side_effect=[reply, completion(json.dumps(good_draft()))])
    with pytest.raises(LLMRefusal):
        await generate(make_engine())
    assert route.call_count == 1


async def test_json_mode_spells_out_the_schema_for_models_without_structured_outputs(
    provider: respx.MockRouter, make_engine: EngineFactory
) -> None:
    route = provider.post(CHAT_URL).mock(return_value=completion("```json\n" + json.dumps(good_draft()) + "\n```"))
    outcome = await generate(make_engine(llm_model="openai/local-llama"))
    sent = json.loads(route.calls[0].request.content)
    assert sent["response_format"] == {"type": "json_object"}
    assert [m["role"] for m in sent["messages"]] == ["system", "system", "user"]
    assert '"kb_article_ids"' in sent["messages"][1]["content"]
    assert outcome.analysis.intent.label == "missing_delivery"


async def test_long_transcripts_are_fitted_to_the_context_window(
    provider: respx.MockRouter, make_engine: EngineFactory
) -> None:
    route = provider.post(CHAT_URL).mock(return_value=completion(json.dumps(good_draft())))
    filler = [
        {"id": f"f{i}", "role": "ai" if i % 2 else "customer", "text": f"filler turn {i} " + "blah " * 60}
        for i in range(80)
    ]
    base = handoff_request().messages
    messages = [base[0].model_dump(), *filler, *(m.model_dump() for m in base[1:])]
    outcome = await generate(make_engine(llm_context_tokens=5000, llm_max_output_tokens=1000), messages=messages)
    assert outcome.truncated_messages > 0
    assert f"llm: {outcome.truncated_messages} messages left out" in outcome.warnings[0]
    sent = json.loads(route.calls[0].request.content)["messages"][-1]["content"]
    for kept in ('"id": "m1"', '"id": "m3"', '"id": "m5"', "earlier messages left out"):
        assert kept in sent
    assert '"id": "f5"' not in sent and '"id": "f40"' not in sent
