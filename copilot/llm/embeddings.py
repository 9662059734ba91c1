"""Provider embeddings through litellm, for the knowledge base's ``litellm:<model>`` embedder."""

from __future__ import annotations

from typing import Any

import litellm

from copilot.config import Settings
from copilot.llm.provider_errors import translate_error
from copilot.llm.router import credentials

__all__ = ["embed_texts"]

_BATCH = 128  # inputs per request: under every major provider's per-request limit


def embed_texts(settings: Settings, model: str, texts: list[str]) -> list[list[float]]:
    """Embed ``texts`` with litellm ``model`` (e.g. ``text-embedding-3-small``), in order, in batches.

    ``COPILOT_LLM_API_BASE``/``_API_KEY`` apply when ``model`` is served by the chat model's provider (e.g. an
    Ollama or vLLM server serving both). Each request is bounded by ``COPILOT_LLM_TIMEOUT_S`` and retried
    ``COPILOT_LLM_MAX_RETRIES`` times; failures raise LLMProviderError or LLMTimeout.
    """
    creds = credentials(settings, model)
    vectors: list[list[float]] = []
    for start in range(0, len(texts), _BATCH):
        batch = texts[start : start + _BATCH]
        try:
            response = litellm.embedding(
                model=model,
                input=batch,
                timeout=settings.llm_timeout_s,
                num_retries=settings.llm_max_retries,
                api_base=creds.get("api_base"),
                api_key=creds.get("api_key"),
            )
        except Exception as exc:
            raise translate_error(exc, deadline_s=settings.llm_timeout_s) from exc
        rows = sorted(response.data, key=lambda row: _field(row, "index"))
        vectors.extend([float(x) for x in _field(row, "embedding")] for row in rows)
    return vectors


def _field(row: Any, name: str) -> Any:
    return row[name] if isinstance(row, dict) else getattr(row, name)
