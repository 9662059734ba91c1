"""The one place where provider and litellm exceptions become :mod:`copilot.errors` LLM errors."""

from __future__ import annotations

import litellm

from copilot.errors import LLMError, LLMProviderError, LLMRefusal, LLMTimeout

__all__ = ["translate_error"]

_MAX_DETAIL = 300


def translate_error(exc: BaseException, *, deadline_s: float) -> LLMError:
    """Map ``exc`` to LLMTimeout, LLMRefusal or LLMProviderError with a short, key-free message."""
    if isinstance(exc, LLMError):
        return exc
    if isinstance(exc, TimeoutError | litellm.Timeout):
        return LLMTimeout(f"the model did not answer within the {deadline_s:g} s deadline")
    detail = " ".join(str(getattr(exc, "message", None) or exc).split())[:_MAX_DETAIL]
    if isinstance(exc, litellm.ContentPolicyViolationError):
        return LLMRefusal(f"the provider refused the request (content policy): {detail}")
    if isinstance(exc, litellm.RateLimitError):
        return LLMProviderError(f"rate limited by the provider (429) and no retry fits the deadline: {detail}")
    status = getattr(exc, "status_code", None)
    prefix = f"provider error {status}" if status else f"provider error ({type(exc).__name__})"
    return LLMProviderError(f"{prefix}: {detail}")
