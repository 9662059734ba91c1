"""litellm set-up: one Router per model chain, built from settings, with bounded retries, fallbacks and
cooldowns.

- Model list: the primary ``COPILOT_LLM_MODEL`` as the group ``primary``, each of
  ``COPILOT_LLM_FALLBACK_MODELS`` as ``fallback-N``; the Router walks to the next group when one fails after
  its retries.
- Provider calls are bounded: the Router retries ``COPILOT_LLM_MAX_RETRIES`` times per group and the provider
  SDK never retries on its own (litellm hands it ``max_retries=0``), so one logical call makes at most
  ``(1 + retries) * (1 + fallbacks)`` HTTP requests. The tests count them.
- A 429's ``Retry-After`` is honoured by the Router's backoff; :func:`deadline_scope` tells the Router the
  handoff's deadline so a backoff that would outlast it ends the call at once instead of sleeping past it.
- Keys come from the providers' usual variables (``OPENAI_API_KEY``, ``ANTHROPIC_API_KEY``,
  ``AZURE_API_KEY``...); ``COPILOT_LLM_API_BASE``/``COPILOT_LLM_API_KEY`` apply to every model of the primary
  model's provider.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

import litellm
from litellm import Router

from copilot.config import Settings

__all__ = ["build_router", "context_window", "deadline_scope", "provider_of", "supports_json_schema"]

litellm.suppress_debug_info = True
logging.getLogger("LiteLLM").setLevel(logging.WARNING)

PRIMARY = "primary"
_ALLOWED_FAILS = 2  # failures before a deployment cools down
_COOLDOWN_S = 30.0
_DEFAULT_CONTEXT = 8192  # models litellm does not know (local servers): a conservative window


def provider_of(model: str) -> str:
    """The litellm provider of ``model`` (``openai``, ``azure``, ``anthropic``, ``ollama``...)."""
    try:
        return str(litellm.get_llm_provider(model)[1])
    except Exception:
        return model.split("/", 1)[0] if "/" in model else model


def credentials(settings: Settings, model: str) -> dict[str, str]:
    """``api_base``/``api_key`` from settings for ``model`` when it is served by the primary model's provider
    (or when no primary model is configured); other providers use their own environment variables."""
    if settings.llm_model and provider_of(model) != provider_of(settings.llm_model):
        return {}
    found = {"api_base": settings.llm_api_base, "api_key": settings.llm_api_key}
    return {key: value for key, value in found.items() if value}


def build_router(settings: Settings, model: str, fallbacks: list[str] | None = None) -> Router:
    """A Router for ``model`` then each of ``fallbacks``, with the settings' retries, timeout, cooldowns."""
    chain = [model, *(fallbacks or [])]
    names = [PRIMARY, *(f"fallback-{i}" for i in range(1, len(chain)))]
    model_list = [
        {
            "model_name": name,
            "litellm_params": {"model": entry, "drop_params": True, **credentials(settings, entry)},
        }
        for name, entry in zip(names, chain, strict=True)
    ]
    return Router(
        model_list=model_list,
        fallbacks=[{PRIMARY: names[1:]}] if len(names) > 1 else [],
        num_retries=settings.llm_max_retries,
        max_fallbacks=len(names) - 1,
        timeout=settings.llm_timeout_s,
        stream_timeout=settings.llm_timeout_s,
        allowed_fails=_ALLOWED_FAILS,
        cooldown_time=_COOLDOWN_S,
    )


def supports_json_schema(model: str) -> bool:
    """Whether the provider enforces a JSON schema natively (structured outputs) for ``model``."""
    try:
        return bool(litellm.supports_response_schema(model=model))
    except Exception:
        return False


def context_window(settings: Settings, model: str) -> int:
    """Input tokens the model accepts: ``COPILOT_LLM_CONTEXT_TOKENS``, else litellm's model map, else 8192."""
    if settings.llm_context_tokens:
        return settings.llm_context_tokens
    try:
        info = litellm.get_model_info(model)
        window = info.get("max_input_tokens") or info.get("max_tokens")
    except Exception:
        window = None
    return int(window) if window else _DEFAULT_CONTEXT


@contextlib.asynccontextmanager
async def deadline_scope(seconds: float) -> AsyncIterator[None]:
    """Bound the block by ``seconds`` (TimeoutError past it) and let litellm's Router see the same deadline,
    so it refuses a retry backoff (e.g. a long ``Retry-After``) that cannot end in time rather than sleep."""
    router_deadline: Any = contextlib.nullcontext()
    try:
        from litellm.litellm_core_utils.total_deadline import total_deadline

        router_deadline = total_deadline(seconds, from_body=False)
    except ImportError:  # older litellm: the outer timeout alone still bounds everything
        pass
    async with asyncio.timeout(seconds):
        async with router_deadline:
            yield
