"""A loose guard against slow composition (the target is well under 2 ms; this fails only far above it)."""

from __future__ import annotations

import statistics
import time

from copilot.compose import build_composer
from copilot.config import Settings
from copilot.schema import CustomerFact

from .builders import LOST_PACKAGE, make_prepared, make_request, shipping_analysis

_MEDIAN_LIMIT_MS = 5.0


def test_a_forty_message_conversation_composes_in_a_few_milliseconds() -> None:
    messages = []
    for i in range(20):
        messages.append(
            {
                "role": "customer",
                "text": f"My order A-12{i:02d} still has not arrived and tracking has been stuck for {i} days. "
                "I want a refund or a replacement please, this is taking far too long.",
            }
        )
        messages.append({"role": "ai", "text": "Here is the tracking link again; please wait two more days."})
    prepared = make_prepared(make_request(messages, queue={"position": 5, "estimated_wait_seconds": 700}))
    facts = [CustomerFact(type="order_id", value=f"A-12{i:02d}", message_id=f"m{2 * i + 1}") for i in range(20)]
    analysis = shipping_analysis(facts=facts)
    composer = build_composer(Settings())
    composer.compose(prepared, analysis, [LOST_PACKAGE])
    timings = []
    for _ in range(50):
        started = time.perf_counter()
        composer.compose(prepared, analysis, [LOST_PACKAGE])
        timings.append((time.perf_counter() - started) * 1000)
    assert statistics.median(timings) < _MEDIAN_LIMIT_MS
