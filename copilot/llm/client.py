"""Structured calls through litellm: one request, JSON validated with pydantic, at most one repair round.

:class:`StructuredCaller` is what the handoff engine uses (with streaming); :func:`structured_completion` is
the generic one-call helper other parts use (e.g. the eval harness's LLM judge). Both ask for the provider's
structured-output mode when litellm says the model has one (``json_schema``), else JSON mode with the schema
spelled out in a system message, and always validate the reply themselves.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

import litellm
from litellm import Router
from litellm.utils import type_to_response_format_param
from pydantic import BaseModel

from copilot.config import Settings
from copilot.errors import LLMInvalidOutput
from copilot.llm.parsing import ReplyProblem, check_refusal, parse_reply
from copilot.llm.prompts import PromptFile, cached_prompt
from copilot.llm.provider_errors import translate_error
from copilot.llm.router import PRIMARY, build_router, credentials, deadline_scope, supports_json_schema

__all__ = ["Reply", "StructuredCaller", "Usage", "structured_completion"]

T = TypeVar("T", bound=BaseModel)
TextSink = Callable[[str], Awaitable[None]]


@dataclass
class Usage:
    """Tokens, cost and the serving model of one structured call (both rounds when there was a repair)."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float | None = None
    model: str | None = None
    calls: int = 0

    def add(self, reply: Reply) -> None:
        """Count one more model answer."""
        self.prompt_tokens += reply.prompt_tokens
        self.completion_tokens += reply.completion_tokens
        if reply.cost_usd is not None:
            self.cost_usd = (self.cost_usd or 0.0) + reply.cost_usd
        self.model = reply.model or self.model
        self.calls += 1


@dataclass
class Reply:
    """One answer of the model."""

    text: str
    finish_reason: str | None
    refusal: str | None
    prompt_tokens: int
    completion_tokens: int
    cost_usd: float | None
    model: str | None


def json_response_format(model: type[BaseModel]) -> dict[str, Any]:
    """The ``json_schema`` response format of a pydantic model (strict; ``default`` keys removed)."""
    return _without_defaults(type_to_response_format_param(model))  # type: ignore[arg-type]


def _without_defaults(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _without_defaults(v) for k, v in node.items() if k != "default"}
    if isinstance(node, list):
        return [_without_defaults(v) for v in node]
    return node


class StructuredCaller(Generic[T]):
    """Calls one Router model group for a ``response_model`` reply: native schema or JSON mode, one repair."""

    def __init__(
        self,
        router: Router,
        *,
        model: str,
        response_model: type[T],
        max_output_tokens: int,
        prompts_dir: Path,
        response_format: dict[str, Any] | None = None,
    ) -> None:
        self.router = router
        self.response_model = response_model
        self.max_output_tokens = max_output_tokens
        self.native_schema = supports_json_schema(model)
        schema = response_format or json_response_format(response_model)
        self.response_format = schema if self.native_schema else {"type": "json_object"}
        self.schema_messages = (
            []
            if self.native_schema
            else cached_prompt(prompts_dir, "json_output").render(
                schema_json=json.dumps(schema["json_schema"]["schema"])
            )
        )
        self.repair_prompt: PromptFile = cached_prompt(prompts_dir, "repair")

    async def call(self, messages: list[dict[str, str]], *, on_text: TextSink | None = None) -> tuple[T, Usage]:
        """Ask, validate, repair once if needed. Raises LLMRefusal, LLMInvalidOutput or provider errors."""
        usage = Usage()
        messages = self._with_schema(messages)
        reply = await self._complete(messages, on_text)
        usage.add(reply)
        check_refusal(reply.text, refusal=reply.refusal, finish_reason=reply.finish_reason)
        try:
            return parse_reply(reply.text, self.response_model), usage
        except ReplyProblem as problem:
            first_problem = self._describe(problem, reply)
        repair = [
            *messages,
            *([] if reply.finish_reason == "length" else [{"role": "assistant", "content": reply.text}]),
            *self.repair_prompt.render(problem=first_problem, cut_off=reply.finish_reason == "length"),
        ]
        second = await self._complete(repair, None)
        usage.add(second)
        check_refusal(second.text, refusal=second.refusal, finish_reason=second.finish_reason)
        try:
            return parse_reply(second.text, self.response_model), usage
        except ReplyProblem as problem:
            raise LLMInvalidOutput(
                f"{self._describe(problem, second)} (still after one repair round; first: {first_problem})"
            ) from problem

    def _describe(self, problem: ReplyProblem, reply: Reply) -> str:
        if reply.finish_reason == "length":
            return f"the reply was cut off at the {self.max_output_tokens}-token output limit ({problem})"
        return str(problem)

    def _with_schema(self, messages: list[dict[str, str]]) -> list[dict[str, str]]:
        if not self.schema_messages:
            return list(messages)
        leading = next((i for i, m in enumerate(messages) if m["role"] != "system"), len(messages))
        return [*messages[:leading], *self.schema_messages, *messages[leading:]]

    async def _complete(self, messages: list[dict[str, str]], on_text: TextSink | None) -> Reply:
        params: dict[str, Any] = {
            "model": PRIMARY,
            "messages": messages,
            "response_format": self.response_format,
            "max_tokens": self.max_output_tokens,
            "temperature": 0,
        }
        if on_text is None:
            return _reply_of(await self.router.acompletion(**params))
        stream = await self.router.acompletion(**params, stream=True, stream_options={"include_usage": True})
        chunks: list[Any] = []
        try:
            async for chunk in stream:
                chunks.append(chunk)
                delta = chunk.choices[0].delta.content if chunk.choices else None
                if delta:
                    await on_text(delta)
        finally:
            closer = getattr(stream, "aclose", None)
            if closer is not None:
                await closer()
        built = litellm.stream_chunk_builder(chunks, messages=messages) if chunks else None
        if built is None:  # the stream closed before any chunk: an empty answer, handled like any invalid one
            return Reply("", None, None, 0, 0, None, None)
        return _reply_of(built)


def _reply_of(response: Any) -> Reply:
    """Text, stop reason, refusal, usage, cost and serving model of a litellm ModelResponse."""
    choice = response.choices[0] if response.choices else None
    message = choice.message if choice is not None else None
    usage = getattr(response, "usage", None)
    hidden = getattr(response, "_hidden_params", None) or {}
    cost = hidden.get("response_cost")
    if cost is None:  # a streamed reply rebuilt from its chunks carries no cost yet
        try:
            cost = float(litellm.completion_cost(completion_response=response))
        except Exception:  # models missing from the local price map (local servers) have no cost
            cost = None
    return Reply(
        text=(message.content or "") if message is not None else "",
        finish_reason=choice.finish_reason if choice is not None else None,
        refusal=getattr(message, "refusal", None),
        prompt_tokens=int(getattr(usage, "prompt_tokens", 0) or 0),
        completion_tokens=int(getattr(usage, "completion_tokens", 0) or 0),
        cost_usd=cost,
        model=hidden.get("litellm_model_name") or getattr(response, "model", None),
    )


_ROUTERS: dict[tuple[str, str | None, str | None, int, float], Router] = {}


def _router_for(settings: Settings, model: str, deadline: float) -> Router:
    """One Router per model and connection settings, reused across calls (it holds clients and cooldowns)."""
    creds = credentials(settings, model)
    key = (model, creds.get("api_base"), creds.get("api_key"), settings.llm_max_retries, deadline)
    if key not in _ROUTERS:
        _ROUTERS[key] = build_router(settings.model_copy(update={"llm_timeout_s": deadline}), model)
    return _ROUTERS[key]


async def structured_completion(
    settings: Settings,
    *,
    model: str,
    messages: list[dict[str, str]],
    response_model: type[T],
    timeout_s: float | None = None,
) -> tuple[T, Usage]:
    """One JSON-structured completion of ``model``, validated as ``response_model``, with one repair round.

    The whole exchange (retries and repair included) ends within ``timeout_s`` (default
    ``COPILOT_LLM_TIMEOUT_S``). ``COPILOT_LLM_API_BASE``/``_API_KEY`` apply when ``model`` is served by the
    same provider as ``COPILOT_LLM_MODEL`` (or when that is unset). Raises the LLMError subclasses of
    copilot.errors.
    """
    deadline = timeout_s if timeout_s is not None else settings.llm_timeout_s
    caller = StructuredCaller(
        _router_for(settings, model, deadline),
        model=model,
        response_model=response_model,
        max_output_tokens=settings.llm_max_output_tokens,
        prompts_dir=settings.resolve(settings.prompts_dir),
    )
    try:
        async with deadline_scope(deadline):
            return await caller.call(messages)
    except Exception as exc:
        raise translate_error(exc, deadline_s=deadline) from exc
