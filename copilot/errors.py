"""The one exception tree of Handoff Copilot.

Every error the service raises on purpose derives from :class:`CopilotError`. Each class carries a stable
machine ``code`` (the ``error.code`` of the JSON error body), the HTTP status it maps to, and the CLI exit code.
The translation to HTTP lives in ``copilot/api/errors.py``; the translation to exit codes in
``copilot/cli/main.py``. Nothing else catches these to re-map them.

    CopilotError                      code=internal_error     http 500  exit 1
    ├── InvalidRequest                code=invalid_request    http 422  exit 2
    │   ├── PayloadTooLarge           code=payload_too_large  http 413  exit 2
    │   └── TooManyMessages           code=too_many_messages  http 422  exit 2
    ├── NotFound                      code=not_found          http 404  exit 3
    ├── ConfigError                   code=config_error       http 500  exit 4
    ├── StoreError                    code=store_error        http 503  exit 5
    ├── KnowledgeBaseError            code=kb_error           http 400  exit 6
    │   └── IngestError               code=kb_ingest_error    http 400  exit 6
    ├── LLMError                      code=llm_error          http 502  exit 7
    │   ├── LLMTimeout                code=llm_timeout        http 504  exit 7
    │   ├── LLMProviderError          code=llm_provider_error http 502  exit 7
    │   ├── LLMRefusal                code=llm_refusal        http 502  exit 7
    │   └── LLMInvalidOutput          code=llm_invalid_output http 502  exit 7
    └── SuiteError                    code=suite_error        http 400  exit 8
        └── ThresholdMissed           code=threshold_missed   http 400  exit 9

LLM errors never reach a client of ``POST /v1/handoffs``: the pipeline falls back to the offline engine.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = [
    "ConfigError",
    "CopilotError",
    "IngestError",
    "InvalidRequest",
    "KnowledgeBaseError",
    "LLMError",
    "LLMInvalidOutput",
    "LLMProviderError",
    "LLMRefusal",
    "LLMTimeout",
    "NotFound",
    "PayloadTooLarge",
    "StoreError",
    "SuiteError",
    "ThresholdMissed",
    "TooManyMessages",
    "error_location",
]


def error_location(error: Mapping[str, Any], default: str = "", skip: tuple[str, ...] = ()) -> str:
    """The dotted location of one pydantic validation error (``messages.0.role``), ``default`` when empty.

    Every place that turns a ValidationError into a CopilotError message names the field this way."""
    return ".".join(str(part) for part in error.get("loc", ()) if part not in skip) or default


class CopilotError(Exception):
    """Root of every deliberate error; carries a machine code, an HTTP status and an exit code."""

    code = "internal_error"
    http_status = 500
    exit_code = 1

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code

    def to_dict(self) -> dict[str, dict[str, str]]:
        """Return the JSON error body of the wire contract: ``{"error": {"code", "message"}}``."""
        return {"error": {"code": self.code, "message": self.message}}


class InvalidRequest(CopilotError):
    """The caller sent something the contract does not accept."""

    code = "invalid_request"
    http_status = 422
    exit_code = 2


class PayloadTooLarge(InvalidRequest):
    """The request body is over the configured size limit."""

    code = "payload_too_large"
    http_status = 413


class TooManyMessages(InvalidRequest):
    """The transcript has more messages than the configured maximum."""

    code = "too_many_messages"


class NotFound(CopilotError):
    """A handoff, article or suite that was asked for does not exist."""

    code = "not_found"
    http_status = 404
    exit_code = 3


class ConfigError(CopilotError):
    """Settings, a taxonomy or a prompt file are missing or malformed."""

    code = "config_error"
    exit_code = 4


class StoreError(CopilotError):
    """The package store could not read or write."""

    code = "store_error"
    http_status = 503
    exit_code = 5


class KnowledgeBaseError(CopilotError):
    """The knowledge base could not be read, written or searched."""

    code = "kb_error"
    http_status = 400
    exit_code = 6


class IngestError(KnowledgeBaseError):
    """An article batch was refused; nothing of it was written."""

    code = "kb_ingest_error"


class LLMError(CopilotError):
    """The LLM engine could not produce a valid package."""

    code = "llm_error"
    http_status = 502
    exit_code = 7


class LLMTimeout(LLMError):
    """The per-handoff LLM deadline passed."""

    code = "llm_timeout"
    http_status = 504


class LLMProviderError(LLMError):
    """The provider answered with an error (after the bounded retries)."""

    code = "llm_provider_error"


class LLMRefusal(LLMError):
    """The model refused to answer."""

    code = "llm_refusal"


class LLMInvalidOutput(LLMError):
    """The model's output was still invalid after one repair round."""

    code = "llm_invalid_output"


class SuiteError(CopilotError):
    """An eval suite is malformed; raised before any case runs."""

    code = "suite_error"
    http_status = 400
    exit_code = 8


class ThresholdMissed(SuiteError):
    """An eval run missed at least one threshold of its suite."""

    code = "threshold_missed"
    exit_code = 9
