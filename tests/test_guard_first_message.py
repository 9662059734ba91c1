"""The guard's first-message rule: a message re-asking a fact the agent already has is replaced; one asking
for a fact nobody gave yet is kept (whichever engine wrote it)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from copilot.config import Settings
from copilot.context import Analysis, Composition, Prepared
from copilot.factory import build_pipeline
from copilot.guard import guard_package
from copilot.pipeline import Pipeline
from copilot.prepare import prepare
from copilot.schema import HandoffPackage, HandoffRequest, KBArticle

_OFFLINE_TEXT = "Hi Sam, I'm picking this up now and checking the parcel."


class _OfflineComposer:
    """Stands in for the offline composer the guard falls back on."""

    def __init__(self, real: object) -> None:
        self.real = real

    def compose(self, prepared: Prepared, analysis: Analysis, articles: list[KBArticle]) -> Composition:
        composition: Composition = self.real.compose(prepared, analysis, articles)  # type: ignore[attr-defined]
        composition.first_message.text = _OFFLINE_TEXT
        return composition


def _package(tmp_path: Path, turns: list[tuple[str, str]]) -> tuple[Pipeline, Prepared, HandoffPackage, Analysis]:
    pipeline = build_pipeline(Settings(data_dir=tmp_path, chroma_url=None))
    messages = [{"id": f"m{i}", "role": role, "text": text} for i, (role, text) in enumerate(turns, start=1)]
    request = HandoffRequest.model_validate(
        {"conversation_id": "guard-test", "messages": messages, "options": {"engine": "offline"}}
    )
    prepared = prepare(request, pipeline.settings)
    package = asyncio.run(pipeline.run(request))
    return pipeline, prepared, package, pipeline.analyzer.analyze(prepared)


def test_a_first_message_re_asking_a_given_order_number_is_replaced(tmp_path: Path) -> None:
    pipeline, prepared, package, offline = _package(
        tmp_path,
        [
            ("customer", "My order A-48213 never arrived, it was due last Tuesday."),
            ("ai", "Sorry about that! I'll connect you with a colleague."),
        ],
    )
    package.suggested_first_message.text = "Hi Sam, could you share your order number?"
    composer = _OfflineComposer(pipeline.composer)
    guarded = guard_package(
        package, prepared=prepared, offline=offline, retrieved=package.kb_articles, composer=composer
    )
    assert guarded.suggested_first_message.text == _OFFLINE_TEXT
    assert any(w.startswith("guard: first message asked for known facts (order_id)") for w in guarded.meta.warnings)


def test_a_first_message_asking_for_a_fact_nobody_gave_is_kept(tmp_path: Path) -> None:
    pipeline, prepared, package, offline = _package(
        tmp_path,
        [
            ("customer", "my parcel never arrived and nobody answers"),
            ("ai", "Sorry about that! I'll connect you with a colleague."),
        ],
    )
    asked = "Hi, could you share your order number so I can look it up?"
    package.suggested_first_message.text = asked
    composer = _OfflineComposer(pipeline.composer)
    guarded = guard_package(
        package, prepared=prepared, offline=offline, retrieved=package.kb_articles, composer=composer
    )
    assert guarded.suggested_first_message.text == asked
    assert not any("asked for known facts" in w for w in guarded.meta.warnings)
