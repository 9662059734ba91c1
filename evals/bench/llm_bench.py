"""LLM engine overhead, in one run, against a fake OpenAI-compatible server that answers in a fixed 300 ms.

Builds the real pipeline (``copilot.factory.build_pipeline``: offline analysis, KB retrieval, SQLite store) with
``COPILOT_LLM_MODEL`` pointing at :class:`copilot.llm.fake_server.FakeOpenAIServer` on 127.0.0.1, run in its own
process as a real model server would be (its times are read back from ``GET /_served``), then measures:

1. plain calls: handoff latency p50/p95 and p50 / 300 ms (target <= 1.05), the model calls per handoff
   (target: exactly 1), and, for reference, the p50 of the same handoff with the offline engine (the stages
   both engines share: analysis, retrieval, guard, store);
2. streaming over real HTTP (the service's app under uvicorn, ``Accept: text/event-stream``): the delay between
   the fake server writing its first token (which carries the complete headline) and the ``headline`` event
   reaching the client (target <= 20 ms), and for every summary event the delay between the server writing the
   chunk that completed it and the client receiving it.

    .venv/bin/python evals/bench/llm_bench.py [--handoffs 30] [--streams 10]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import re
import socket
import statistics
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import httpx
import uvicorn

from copilot.api.app import create_app
from copilot.config import Settings
from copilot.factory import build_pipeline
from copilot.llm.fake_server import FakeOpenAIServer
from copilot.llm.partial import SummaryStreamer
from copilot.pipeline import Pipeline
from copilot.schema import HandoffRequest

REPO = Path(__file__).resolve().parents[2]
REQUEST = REPO / "tests" / "fixtures" / "handoff_shipping.json"
MODEL_LATENCY_S = 0.300
CHUNK_CHARS = 8
CHUNK_INTERVAL_S = 0.005


def draft_for(body: dict[str, Any]) -> dict[str, Any]:
    """A valid handoff draft citing the message ids of the transcript the request carries."""
    prompt = body["messages"][-1]["content"]
    ids = re.findall(r'\{"id": "([^"]+)", "role"', prompt) or ["m1"]
    return {
        "headline": "Order not delivered; tracking stalled for a week",
        "summary_points": [
            {"text": "The customer reports the order has not arrived", "message_ids": ids[:1]},
            {"text": "The assistant shared the tracking link; it shows no progress", "message_ids": ids[1:3]},
            {"text": "The customer asks for a person and a resolution today", "message_ids": ids[-1:]},
        ],
        "language": "en",
        "intent": {"label": "missing_delivery", "confidence": 0.9},
        "customer_facts": [],
        "attempted_solutions": [
            {"description": "Shared the tracking link", "by": "ai", "outcome": "failed", "message_ids": ids[1:2]}
        ],
        "escalation_reason": {
            "code": "customer_requested_human",
            "explanation": "Asked for a person",
            "message_ids": ids[-1:],
        },
        "frustration": {"level": "medium", "score": 0.6, "trend": "rising", "signals": []},
        "first_message": {
            "text": "I'm sorry your order still hasn't arrived. I'm opening a trace with the carrier now.",
            "acknowledges": [],
            "formality": "neutral",
            "empathy": True,
        },
        "transition_message": {
            "text": "A specialist is joining and will see this whole chat.",
            "callback_offered": False,
        },
        "next_steps": ["Open a carrier trace", "Offer a replacement if the trace fails"],
        "kb_article_ids": [],
    }


def chunks_for(body: dict[str, Any]) -> list[str]:
    """The reply as the fake model streams it: the first token carries the whole headline, then 8 characters."""
    text = json.dumps(draft_for(body))
    cut = text.index('"summary_points"')
    return [text[:cut], *(text[i : i + CHUNK_CHARS] for i in range(cut, len(text), CHUNK_CHARS))]


def percentile(values: list[float], q: int) -> float:
    """The q-th percentile (inclusive method)."""
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def respond(request_body: dict[str, Any]) -> str | list[str]:
    """The fake model: a streamed reply in chunks, a plain one in one piece."""
    return chunks_for(request_body) if request_body.get("stream") else json.dumps(draft_for(request_body))


def _serve(ready: Any, stop: Any) -> None:
    """Body of the fake model's process: serve until ``stop`` is set."""
    server = FakeOpenAIServer(respond, latency_s=MODEL_LATENCY_S, chunk_interval_s=CHUNK_INTERVAL_S)
    ready.put(server.base_url)
    stop.wait()
    server.close()


@contextmanager
def fake_model() -> Iterator[str]:
    """Start the fake model server in a child process; yield its ``api_base``."""
    context = multiprocessing.get_context("spawn")
    ready, stop = context.Queue(), context.Event()
    process = context.Process(target=_serve, args=(ready, stop), daemon=True)
    process.start()
    try:
        yield ready.get(timeout=60)
    finally:
        stop.set()
        process.join(timeout=10)


def served(api_base: str) -> list[dict[str, Any]]:
    """What the fake model answered so far (arrival and chunk times on the shared perf_counter clock)."""
    root = api_base.removesuffix("/v1")
    requests: list[dict[str, Any]] = httpx.get(f"{root}/_served", timeout=10).json()["requests"]
    return requests


def bench_plain(pipeline: Pipeline, api_base: str, request: HandoffRequest, n: int) -> dict[str, Any]:
    """Sequential handoffs, each timed around ``pipeline.run``, with the offline engine's time alongside."""
    offline = request.model_copy(update={"options": request.options.model_copy(update={"engine": "offline"})})

    async def run() -> tuple[list[float], list[float]]:
        for _ in range(3):  # warm-up: client creation, first imports
            await pipeline.run(request)
        before = len(served(api_base))
        latencies: list[float] = []
        baseline: list[float] = []
        for _ in range(n):
            started = time.perf_counter()
            package = await pipeline.run(request)
            latencies.append((time.perf_counter() - started) * 1000)
            assert package.meta.engine == "llm", package.meta.warnings
            started = time.perf_counter()
            await pipeline.run(offline)
            baseline.append((time.perf_counter() - started) * 1000)
        calls = len(served(api_base)) - before
        assert calls == n, f"{calls} model calls for {n} handoffs"
        return latencies, baseline

    latencies, baseline = asyncio.run(run())
    p50 = statistics.median(latencies)
    return {
        "handoffs": n,
        "model_calls_per_handoff": 1.0,
        "p50_ms": round(p50, 1),
        "p95_ms": round(percentile(latencies, 95), 1),
        "p50_over_model_latency": round(p50 / (MODEL_LATENCY_S * 1000), 3),
        "offline_engine_p50_ms": round(statistics.median(baseline), 1),
    }


def bench_stream(pipeline: Pipeline, api_base: str, body: dict[str, Any], n: int) -> dict[str, Any]:
    """Streamed handoffs through the real app under uvicorn; client-side arrival times of the summary events."""
    port = _free_port()
    config = uvicorn.Config(
        create_app(pipeline.settings, pipeline=pipeline), host="127.0.0.1", port=port, log_level="warning"
    )
    api = uvicorn.Server(config)
    thread = threading.Thread(target=api.run, daemon=True)
    thread.start()
    while not api.started:
        time.sleep(0.05)
    first_token_lags: list[float] = []
    event_lags: list[float] = []
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            for attempt in range(n + 2):
                arrivals = _stream_once(client, body)
                if attempt < 2:
                    continue  # warm-up
                last = served(api_base)[-1]
                completed_at = _chunk_completing_each_event(last["body"], set(_ids(body)))
                first_token_lags.append((arrivals[0] - last["chunk_times"][0]) * 1000)
                for arrival, chunk_index in zip(arrivals, completed_at, strict=True):
                    event_lags.append((arrival - last["chunk_times"][chunk_index]) * 1000)
    finally:
        api.should_exit = True
        thread.join(timeout=10)
    return {
        "streams": n,
        "first_token_to_headline_event_ms_p50": round(statistics.median(first_token_lags), 1),
        "first_token_to_headline_event_ms_max": round(max(first_token_lags), 1),
        "chunk_to_summary_event_ms_p50": round(statistics.median(event_lags), 1),
        "chunk_to_summary_event_ms_p95": round(percentile(event_lags, 95), 1),
    }


def _stream_once(client: httpx.Client, body: dict[str, Any]) -> list[float]:
    """POST with Accept: text/event-stream; perf_counter arrival time of each headline/summary_point event."""
    arrivals: list[float] = []
    headers = {"Accept": "text/event-stream"}
    with client.stream("POST", "/v1/handoffs", json=body, headers=headers) as response:
        for line in response.iter_lines():
            if line in ("event: headline", "event: summary_point"):
                arrivals.append(time.perf_counter())
            elif line == "event: package":
                break
    return arrivals


def _chunk_completing_each_event(request_body: dict[str, Any], ids: set[str]) -> list[int]:
    """Replay the engine's stream parser over the fake server's chunks: which chunk made each event certain."""
    streamer = SummaryStreamer(ids, restore=str)
    return [index for index, chunk in enumerate(chunks_for(request_body)) for _ in streamer.feed(chunk)]


def _ids(body: dict[str, Any]) -> list[str]:
    return [m["id"] for m in body["messages"]]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def main() -> None:
    """Run both measurements and print the figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--handoffs", type=int, default=30)
    parser.add_argument("--streams", type=int, default=10)
    args = parser.parse_args()
    body = json.loads(REQUEST.read_text())
    request = HandoffRequest.model_validate(body)
    with tempfile.TemporaryDirectory() as data_dir, fake_model() as api_base:
        settings = Settings(
            data_dir=Path(data_dir), llm_model="openai/fake-model", llm_api_base=api_base, llm_api_key="none"
        )
        pipeline = build_pipeline(settings)
        results = {
            "load_average_1m": round(os.getloadavg()[0], 2),
            "model_latency_ms": MODEL_LATENCY_S * 1000,
            "plain": bench_plain(pipeline, api_base, request, args.handoffs),
            "stream": bench_stream(pipeline, api_base, body, args.streams),
        }
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
