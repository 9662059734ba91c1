"""Per-stage CPU time of the offline pipeline, in-process, on the 40-message latency fixture.

Every request gets fresh digits (as in ``handoff_latency.py``); the engine's text memos live for one request only
(``copilot.request_memo``), so the digit-free turns that every variant shares are read afresh each time too. Prints
the median ``time.process_time`` per call in ms of the whole run and of each stage (intent, register,
frustration, attempts, escalation, facts, the whole analyze, retrieve, compose). Compare before and after a
change on the same machine state, twice each: on 2 shared cores only differences above ~0.15 ms mean anything.

    .venv/bin/python evals/bench/stage_times.py [--requests 300]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import copilot.analysis.analyzer as analyzer_module
from copilot.config import Settings
from copilot.factory import build_pipeline
from copilot.schema import HandoffRequest

FIXTURE = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "handoff_long_40.json"
_ANALYZERS = ("detect_register", "analyze_frustration", "extract_attempts", "infer_escalation", "extract_facts")


def _variant(body: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    fresh: dict[str, Any] = json.loads(json.dumps(body))
    for message in fresh["messages"]:
        message["text"] = re.sub(r"\d+", lambda m: "".join(rng.choice("123456789") for _ in m.group()), message["text"])
    fresh["conversation_id"] = f"bench-{rng.random()}"
    return fresh


def _timed(times: dict[str, list[float]], name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        result = fn(*args, **kwargs)
        times.setdefault(name, []).append(time.process_time() - started)
        return result

    return wrapper


def main() -> None:
    """Run the pipeline over fresh variants of the fixture and print per-stage CPU medians."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    times: dict[str, list[float]] = {}
    for name in _ANALYZERS:
        setattr(analyzer_module, name, _timed(times, name, getattr(analyzer_module, name)))
    pipeline = build_pipeline(Settings(data_dir=Path(tempfile.mkdtemp()), chroma_url=None))
    pipeline.analyzer.classifier.classify = _timed(times, "intent", pipeline.analyzer.classifier.classify)  # type: ignore[attr-defined]
    pipeline.analyzer.analyze = _timed(times, "analyze (all)", pipeline.analyzer.analyze)  # type: ignore[method-assign]
    assert pipeline.retriever is not None, "the offline pipeline always has a retriever"
    pipeline.retriever.retrieve = _timed(times, "retrieve", pipeline.retriever.retrieve)  # type: ignore[method-assign]
    pipeline.composer.compose = _timed(times, "compose", pipeline.composer.compose)  # type: ignore[method-assign]
    rng = random.Random(7)
    body = json.loads(FIXTURE.read_text())
    requests = [HandoffRequest.model_validate(_variant(body, rng)) for _ in range(args.requests + 30)]

    async def run(batch: list[HandoffRequest]) -> list[float]:
        totals = []
        for request in batch:
            started = time.process_time()
            await pipeline.run(request)
            totals.append(time.process_time() - started)
        return totals

    asyncio.run(run(requests[:30]))
    times.clear()
    totals = asyncio.run(run(requests[30:]))
    print(f"{'stage':24}{'CPU ms (median)':>16}")
    print(f"{'whole run':24}{statistics.median(totals) * 1000:16.2f}")
    for name, values in times.items():
        print(f"{name:24}{statistics.median(values) * 1000:16.2f}")


if __name__ == "__main__":
    main()
