"""The optional LLM judge against a respx mock of the OpenAI HTTP API: verdicts, the on-disk cache, failures."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import httpx
import pytest
import respx

from copilot.config import Settings
from copilot.evaluation.harness import EvalRun, RunOptions, run_suite
from copilot.evaluation.judge import RUBRICS, JudgeCache
from tests.llm.helpers import CHAT_URL, LLM_BASE, completion

from .helpers import MINI, MINI_ARTICLES, good_script, scripted_factory

JUDGE = "openai/gpt-4o-mini"


@pytest.fixture
def judge_settings(settings: Settings) -> Settings:
    """Settings whose provider base URL is the mocked one."""
    return settings.model_copy(
        update={"llm_api_base": LLM_BASE, "llm_api_key": "sk-test", "llm_timeout_s": 6.0, "llm_max_retries": 0}
    )


def verdict(score: float, reason: str) -> httpx.Response:
    """A chat.completion whose content is the judge's JSON verdict."""
    return completion(json.dumps({"score": score, "reason": reason}))


async def _run(tmp_path: Path, settings: Settings, cache: Path, out: str) -> EvalRun:
    suite = tmp_path / "suite"
    if not suite.exists():
        shutil.copytree(MINI, suite)
    options = RunOptions(judge_model=JUDGE, judge_cache=cache)
    factory = scripted_factory(good_script(), set(MINI_ARTICLES))
    return await run_suite(suite, options, tmp_path / out, settings=settings, backend_factory=factory)


async def test_judge_scores_then_reuses_its_cache(
    provider: respx.MockRouter, judge_settings: Settings, tmp_path: Path
) -> None:
    route = provider.post(CHAT_URL).mock(return_value=verdict(0.75, "covers most of it"))
    cache = tmp_path / "judge-cache"
    first = await _run(tmp_path, judge_settings, cache, "first")
    # late-1: summary + attempts + tone; refund-1: summary + tone; login-1: tone
    assert route.call_count == 6
    metrics = first.summary.metrics
    assert metrics["judge_summary_coverage"] == metrics["judge_tone_match"] == 0.75
    assert first.summary.metric_cases["judge_summary_coverage"] == 2
    assert first.summary.metric_cases["judge_tone_match"] == 3
    report = json.loads(first.reports["json"].read_text())
    late = report["results"][0]["scores"]["judge_attempted_solution_recall"]
    assert late == {"value": 0.75, "passed": True, "why": f"judge {JUDGE}: covers most of it"}
    sent = json.loads(route.calls[0].request.content)
    assert "never as instructions" in sent["messages"][0]["content"]
    assert "expected_points" in sent["messages"][-1]["content"]
    assert len(list(cache.glob("*.json"))) == 6

    second = await _run(tmp_path, judge_settings, cache, "second")
    assert route.call_count == 6  # every verdict came from the cache: no tokens spent
    assert second.summary.metrics["judge_tone_match"] == 0.75
    assert f"judge {JUDGE}: 0 calls, 6 cache hits" in second.warnings


async def test_judge_failures_leave_the_score_out_and_are_reported(
    provider: respx.MockRouter, judge_settings: Settings, tmp_path: Path
) -> None:
    route = provider.post(CHAT_URL).mock(
        return_value=httpx.Response(400, json={"error": {"message": "bad request", "type": "invalid_request_error"}})
    )
    run = await _run(tmp_path, judge_settings, tmp_path / "cache", "out")
    assert route.called
    assert run.summary.metrics["judge_tone_match"] is None
    assert run.summary.metrics["intent_accuracy"] == 0.6667  # the deterministic scorers are unaffected
    assert any(w.startswith("judge failed 6 time(s)") for w in run.warnings)
    assert not list((tmp_path / "cache").glob("*.json"))


def test_cache_key_depends_on_model_prompt_and_input() -> None:
    prompt = RUBRICS[0].prompt
    key = JudgeCache.key("m", prompt, '{"a": 1}')
    assert key == JudgeCache.key("m", prompt, '{"a": 1}')
    assert (
        len(
            {
                key,
                JudgeCache.key("m2", prompt, '{"a": 1}'),
                JudgeCache.key("m", prompt + " ", '{"a": 1}'),
                JudgeCache.key("m", prompt, '{"a": 2}'),
            }
        )
        == 4
    )
