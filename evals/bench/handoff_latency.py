"""Latency of POST /v1/handoffs against the no-op endpoint of the same app, in one run, over real HTTP.

Starts ``copilot serve`` (uvicorn, offline engine, fresh data dir) on 127.0.0.1, sends the 40-message
transcript (with fresh digits in every request, so each is a new conversation) to ``POST /v1/handoffs`` and to ``POST /v1/handoffs/validate`` (parses and validates the same body,
builds nothing), interleaved so machine noise hits both alike, and prints p50, p95 and the p50 ratio.
Target (issue 2): handoff p50 <= 8 x no-op p50.

    .venv/bin/python evals/bench/handoff_latency.py [--requests 300]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[2]
FIXTURE = REPO / "tests" / "fixtures" / "handoff_long_40.json"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start_server(port: int, data_dir: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "COPILOT_DATA_DIR": data_dir, "LITELLM_LOCAL_MODEL_COST_MAP": "True"}
    env.pop("COPILOT_LLM_MODEL", None)
    cmd = [sys.executable, "-m", "copilot", "serve", "--port", str(port), "--log-level", "warning"]
    return subprocess.Popen(cmd, cwd=REPO, env=env)


def _wait_ready(client: httpx.Client, deadline_s: float = 120.0) -> None:
    end = time.monotonic() + deadline_s
    while time.monotonic() < end:
        try:
            if client.get("/readyz").status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit("server did not become ready")


def _variant(body: dict, rng: random.Random) -> bytes:
    """The fixture with every digit run replaced by fresh digits: a new conversation (other order numbers,
    amounts, phones) each time. The turns without digits repeat, but the engine keeps its text memos for one
    request only (``copilot.request_memo``), so a repeated turn costs what a new one does."""
    fresh = json.loads(json.dumps(body))
    for message in fresh["messages"]:
        message["text"] = re.sub(r"\d+", lambda m: "".join(rng.choice("123456789") for _ in m.group()), message["text"])
    fresh["conversation_id"] = f"bench-{rng.random()}"
    return json.dumps(fresh).encode()


def _percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def main() -> None:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    body = json.loads(FIXTURE.read_text())
    body.setdefault("options", {})["engine"] = "offline"
    rng = random.Random(7)
    headers = {"content-type": "application/json"}
    port = _free_port()
    with tempfile.TemporaryDirectory() as data_dir:
        server = _start_server(port, data_dir)
        try:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
                _wait_ready(client)
                for _ in range(20):  # warm-up
                    payload = _variant(body, rng)
                    client.post("/v1/handoffs", content=payload, headers=headers)
                    client.post("/v1/handoffs/validate", content=payload, headers=headers)
                handoff, noop = [], []
                for _ in range(args.requests):
                    payload = _variant(body, rng)
                    for path, sink in (("/v1/handoffs", handoff), ("/v1/handoffs/validate", noop)):
                        started = time.perf_counter()
                        response = client.post(path, content=payload, headers=headers)
                        sink.append((time.perf_counter() - started) * 1000)
                        response.raise_for_status()
        finally:
            server.terminate()
            server.wait(timeout=30)
    rows = [("POST /v1/handoffs", handoff), ("POST /v1/handoffs/validate (no-op)", noop)]
    print(f"{len(body['messages'])}-message transcript, {args.requests} requests each, interleaved, real HTTP")
    print(f"{'endpoint':40} {'p50 ms':>8} {'p95 ms':>8}")
    for name, values in rows:
        print(f"{name:40} {statistics.median(values):8.2f} {_percentile(values, 95):8.2f}")
    ratio = statistics.median(handoff) / statistics.median(noop)
    print(f"ratio handoff p50 / no-op p50 = {ratio:.2f} (target <= 8)")


if __name__ == "__main__":
    main()
