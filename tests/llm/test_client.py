"""The generic helpers other parts call: structured_completion (LLM judge) and embed_texts (KB embedder)."""

from __future__ import annotations

import json

import httpx
import pytest
import respx
from pydantic import BaseModel, Field

from copilot.config import Settings
from copilot.errors import LLMInvalidOutput, LLMProviderError
from copilot.llm.client import structured_completion
from copilot.llm.embeddings import embed_texts

from .helpers import CHAT_URL, LLM_BASE, REPO, completion


class Verdict(BaseModel):
    """A judge's verdict."""

    score: float = Field(ge=0, le=1)
    reason: str


MESSAGES = [{"role": "system", "content": "You grade."}, {"role": "user", "content": "Grade this."}]


async def test_structured_completion_validates_and_reports_usage(
    provider: respx.MockRouter, llm_settings: Settings
) -> None:
    route = provider.post(CHAT_URL).mock(return_value=completion('{"score": 0.75, "reason": "fine"}'))
    verdict, usage = await structured_completion(
        llm_settings, model="openai/gpt-4o-mini", messages=MESSAGES, response_model=Verdict
    )
    assert verdict == Verdict(score=0.75, reason="fine")
    assert (usage.prompt_tokens, usage.completion_tokens, usage.calls) == (900, 300, 1)
    assert usage.cost_usd and usage.cost_usd > 0 and usage.model == "openai/gpt-4o-mini"
    sent = json.loads(route.calls[0].request.content)
    assert sent["messages"] == MESSAGES
    schema = sent["response_format"]["json_schema"]["schema"]
    assert schema["required"] == ["score", "reason"] and "default" not in json.dumps(schema)


async def test_structured_completion_repairs_once_then_gives_up(
    provider: respx.MockRouter, llm_settings: Settings
) -> None:
    route = provider.post(CHAT_URL).mock(
        side_effect=[completion('{"score": 7, "reason": "x"}'), completion('{"score": 0.5, "reason": "ok"}')]
    )
    verdict, usage = await structured_completion(
        llm_settings, model="openai/gpt-4o-mini", messages=MESSAGES, response_model=Verdict, timeout_s=5
    )
    assert verdict.score == 0.5 and usage.calls == 2 and route.call_count == 2
    assert (
        "score: Input should be less than or equal to 1"
        in json.loads(route.calls[1].request.content)["messages"][-1]["content"]
    )

    route.side_effect = [completion("{}"), completion("{}")]
    with pytest.raises(LLMInvalidOutput):
        await structured_completion(llm_settings, model="openai/gpt-4o-mini", messages=MESSAGES, response_model=Verdict)


async def test_structured_completion_with_another_provider_ignores_the_local_api_base(
    provider: respx.MockRouter, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    local = settings.model_copy(
        update={
            "llm_model": "ollama/llama3",
            "llm_api_base": "http://127.0.0.1:9/v1",
            "prompts_dir": REPO / "prompts",
        }
    )
    route = provider.post("https://api.openai.com/v1/chat/completions").mock(
        return_value=completion('{"score": 1, "reason": "ok"}')
    )
    verdict, _ = await structured_completion(local, model="gpt-4o-mini", messages=MESSAGES, response_model=Verdict)
    assert verdict.score == 1 and route.call_count == 1
    assert route.calls[0].request.headers["authorization"] == "Bearer sk-env"


def test_embed_texts_batches_and_keeps_order(
    provider: respx.MockRouter, llm_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("copilot.llm.embeddings._BATCH", 2)

    def answer(request: httpx.Request) -> httpx.Response:
        inputs = json.loads(request.content)["input"]
        rows = [{"object": "embedding", "index": i, "embedding": [float(len(t)), 1.0]} for i, t in enumerate(inputs)]
        return httpx.Response(
            200,
            json={
                "object": "list",
                "data": list(reversed(rows)),
                "model": "text-embedding-3-small",
                "usage": {"prompt_tokens": 3, "total_tokens": 3},
            },
        )

    route = provider.post(f"{LLM_BASE}/embeddings").mock(side_effect=answer)
    vectors = embed_texts(llm_settings, "openai/text-embedding-3-small", ["a", "bb", "ccc"])
    assert vectors == [[1.0, 1.0], [2.0, 1.0], [3.0, 1.0]]
    assert route.call_count == 2
    assert json.loads(route.calls[0].request.content)["model"] == "text-embedding-3-small"


def test_embed_texts_errors_are_llm_errors(provider: respx.MockRouter, llm_settings: Settings) -> None:
    provider.post(f"{LLM_BASE}/embeddings").mock(
        return_value=httpx.Response(401, json={"error": {"message": "bad key"}})
    )
    with pytest.raises(LLMProviderError, match="401"):
        embed_texts(llm_settings.model_copy(update={"llm_max_retries": 0}), "openai/text-embedding-3-small", ["a"])
