"""The LLM engine: one structured call per handoff replaces analyze + compose.

``generate`` renders the handoff prompt (contact details behind placeholders, transcript fitted to the model's
context), makes one structured call through the Router (streamed when the caller wants events), validates the
reply (one repair round at most), restores the placeholders and converts the draft. Everything happens inside
one deadline, ``COPILOT_LLM_TIMEOUT_S``: retries, the repair and the stream included. Every failure is raised
as an ``LLMError`` subclass; the pipeline then returns the offline engine's package, marked degraded.
"""

from __future__ import annotations

from copilot.config import Settings
from copilot.context import Analysis, Prepared
from copilot.errors import ConfigError
from copilot.llm.budget import TokenCounter
from copilot.llm.client import StructuredCaller, TextSink, json_response_format
from copilot.llm.convert import convert_draft
from copilot.llm.draft import HandoffDraft, response_format
from copilot.llm.handoff_prompt import HandoffPrompt, PromptLimits, build_handoff_prompt
from copilot.llm.partial import SummaryStreamer
from copilot.llm.prompts import load_prompt
from copilot.llm.provider_errors import translate_error
from copilot.llm.router import build_router, context_window, deadline_scope, supports_json_schema
from copilot.ports import EventSink, LLMOutcome
from copilot.schema import KBArticle
from copilot.taxonomy import Taxonomy

__all__ = ["LiteLLMEngine"]


class LiteLLMEngine:
    """Implements the ``LLMEngine`` protocol of copilot/ports.py with litellm."""

    def __init__(self, settings: Settings, taxonomy: Taxonomy) -> None:
        if not settings.llm_model:
            raise ConfigError("the LLM engine needs COPILOT_LLM_MODEL")
        self.settings = settings
        self.taxonomy = taxonomy
        self.model_name: str = settings.llm_model
        prompts_dir = settings.resolve(settings.prompts_dir)
        self.prompt = load_prompt(prompts_dir, "handoff")
        self.router = build_router(settings, self.model_name, list(settings.llm_fallback_models))
        self.counter = TokenCounter(self.model_name)
        self._base_format = json_response_format(HandoffDraft)
        self._prompts_dir = prompts_dir
        schema_tokens = 0 if supports_json_schema(self.model_name) else self.counter.count(str(self._base_format))
        self.limits = PromptLimits(
            context_tokens=context_window(settings, self.model_name),
            max_output_tokens=settings.llm_max_output_tokens,
            reserved_tokens=schema_tokens,
        )

    async def generate(
        self,
        prepared: Prepared,
        offline: Analysis,
        articles: list[KBArticle],
        *,
        on_event: EventSink | None = None,
    ) -> LLMOutcome:
        """Produce analysis and texts from one structured call; stream headline and points to ``on_event``."""
        deadline = self.settings.llm_timeout_s
        try:
            async with deadline_scope(deadline):
                return await self._generate(prepared, offline, articles, on_event)
        except Exception as exc:
            raise translate_error(exc, deadline_s=deadline) from exc

    async def _generate(
        self, prepared: Prepared, offline: Analysis, articles: list[KBArticle], on_event: EventSink | None
    ) -> LLMOutcome:
        prompt = build_handoff_prompt(
            self.prompt,
            prepared,
            offline,
            articles,
            taxonomy=self.taxonomy,
            settings=self.settings,
            counter=self.counter,
            limits=self.limits,
        )
        caller = self._caller(prompt, articles)
        on_text = _summary_events(prepared, prompt, on_event) if on_event is not None else None
        draft, usage = await caller.call(prompt.messages, on_text=on_text)
        converted = convert_draft(
            draft,
            prepared=prepared,
            offline=offline,
            articles=articles,
            taxonomy=self.taxonomy,
            vault=prompt.vault,
        )
        warnings = converted.warnings
        if usage.calls > 1:
            warnings.insert(0, "llm: the first reply was invalid; the repaired reply is used")
        if prompt.omitted:
            warnings.insert(0, f"llm: {prompt.omitted} messages left out to fit the model's context window")
        return LLMOutcome(
            analysis=converted.analysis,
            composition=converted.composition,
            model=usage.model or self.model_name,
            prompt_version=self.prompt.label,
            prompt_tokens=usage.prompt_tokens,
            completion_tokens=usage.completion_tokens,
            cost_usd=usage.cost_usd,
            truncated_messages=prompt.omitted,
            warnings=warnings,
        )

    def _caller(self, prompt: HandoffPrompt, articles: list[KBArticle]) -> StructuredCaller[HandoffDraft]:
        """A caller whose schema admits only the taxonomy labels, these articles and the kept message ids."""
        narrowed = response_format(
            self._base_format,
            intents=self.taxonomy.names,
            kb_ids=[a.id for a in articles],
            message_ids=prompt.kept_ids,
        )
        return StructuredCaller(
            self.router,
            model=self.model_name,
            response_model=HandoffDraft,
            max_output_tokens=self.settings.llm_max_output_tokens,
            prompts_dir=self._prompts_dir,
            response_format=narrowed,
        )


def _summary_events(prepared: Prepared, prompt: HandoffPrompt, on_event: EventSink) -> TextSink:
    """A text sink that parses the streamed draft and forwards headline and summary-point events."""
    streamer = SummaryStreamer(prepared.message_ids, prompt.vault.restore)

    async def on_text(delta: str) -> None:
        for name, data in streamer.feed(delta):
            await on_event(name, data)

    return on_text
