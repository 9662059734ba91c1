"""A small OpenAI-compatible chat-completions server on 127.0.0.1, for end-to-end tests, benchmarks and demos.

It speaks real HTTP (keep-alive, chunked server-sent events for ``"stream": true``), so litellm reaches it with its
default transport exactly as it reaches vLLM, Ollama or LM Studio. ``GET /_served`` lists what it answered (arrival
and chunk times on the ``time.perf_counter`` clock, which Linux shares between processes), so a benchmark can run
it in another process. What it answers is up to a *responder*:
a function from the request body to the reply text, or to a list of text chunks when the chunking matters (the
first chunk is the model's "first token"). Standard library only; one daemon thread; stopped by ``close()``.

    with FakeOpenAIServer(lambda body: '{"answer": 42}', latency_s=0.3) as server:
        settings = Settings(llm_model="openai/fake", llm_api_base=server.base_url, llm_api_key="none")
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["FakeOpenAIServer", "ServedRequest"]

Responder = Callable[[dict[str, Any]], "str | list[str]"]
_CHUNK_CHARS = 24


@dataclass
class ServedRequest:
    """One request the server answered: its JSON body and when each content chunk was written."""

    body: dict[str, Any]
    received_at: float
    chunk_times: list[float] = field(default_factory=list)

    @property
    def first_token_at(self) -> float | None:
        """``time.perf_counter()`` when the first content chunk was flushed (streamed requests)."""
        return self.chunk_times[0] if self.chunk_times else None


class FakeOpenAIServer:
    """Serves ``POST /v1/chat/completions`` from a responder on a free loopback port. The reply (or its first
    chunk) is written ``latency_s`` after the request arrived, the server's own work included."""

    def __init__(
        self,
        responder: Responder,
        *,
        latency_s: float = 0.0,
        chunk_interval_s: float = 0.0,
        model: str = "fake-model",
        usage: tuple[int, int] = (120, 80),
    ) -> None:
        self.responder = responder
        self.latency_s = latency_s
        self.chunk_interval_s = chunk_interval_s
        self.model = model
        self.usage = usage
        self.requests: list[ServedRequest] = []
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="fake-openai", daemon=True)
        self._thread.start()

    @property
    def base_url(self) -> str:
        """The ``api_base`` to configure: ``http://127.0.0.1:<port>/v1``."""
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def close(self) -> None:
        """Stop serving and release the port."""
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> FakeOpenAIServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def record(self, served: ServedRequest) -> None:
        """Keep a served request (thread-safe)."""
        with self._lock:
            self.requests.append(served)

    def chunks_for(self, body: dict[str, Any]) -> list[str]:
        """The reply to ``body`` as content chunks."""
        reply = self.responder(body)
        if isinstance(reply, list):
            return reply
        return [reply[i : i + _CHUNK_CHARS] for i in range(0, len(reply), _CHUNK_CHARS)] or [""]

    def completion(self, text: str) -> dict[str, Any]:
        """A non-streamed chat.completion object."""
        prompt, completion = self.usage
        return {
            "id": "chatcmpl-fake",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": self.model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion},
        }

    def chunk(self, delta: dict[str, Any], finish: str | None = None, usage: bool = False) -> bytes:
        """One server-sent event of a streamed chat.completion.chunk."""
        prompt, completion = self.usage
        payload: dict[str, Any] = {
            "id": "chatcmpl-fake",
            "object": "chat.completion.chunk",
            "created": int(time.time()),
            "model": self.model,
            "choices": [] if usage else [{"index": 0, "delta": delta, "finish_reason": finish}],
        }
        if usage:
            payload["usage"] = {
                "prompt_tokens": prompt,
                "completion_tokens": completion,
                "total_tokens": prompt + completion,
            }
        return f"data: {json.dumps(payload)}\n\n".encode()


def _handler_for(server: FakeOpenAIServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # small writes must not wait for the peer's delayed ACK (40 ms)

        def log_message(self, format: str, *args: Any) -> None:  # quiet: tests read server.requests
            return

        def do_GET(self) -> None:
            if self.path.rstrip("/") != "/_served":
                self._send_json(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})
                return
            with server._lock:
                served = [
                    {"received_at": r.received_at, "chunk_times": r.chunk_times, "body": r.body}
                    for r in server.requests
                ]
            self._send_json(200, {"requests": served})

        def do_POST(self) -> None:
            arrived = time.perf_counter()
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            served = ServedRequest(body=body, received_at=arrived)
            server.record(served)
            if not self.path.rstrip("/").endswith("/chat/completions"):
                self._send_json(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})
                return
            chunks = server.chunks_for(body)
            time.sleep(max(served.received_at + server.latency_s - time.perf_counter(), 0.0))
            if body.get("stream"):
                self._stream(chunks, served)
            else:
                self._send_json(200, server.completion("".join(chunks)))

        def _send_json(self, status: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _stream(self, chunks: list[str], served: ServedRequest) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            self._write(server.chunk({"role": "assistant", "content": ""}))
            for index, text in enumerate(chunks):
                if index and server.chunk_interval_s:
                    time.sleep(server.chunk_interval_s)
                self._write(server.chunk({"content": text}))
                served.chunk_times.append(time.perf_counter())
            self._write(server.chunk({}, finish="stop"))
            if (body_options := served.body.get("stream_options")) and body_options.get("include_usage"):
                self._write(server.chunk({}, usage=True))
            self._write(b"data: [DONE]\n\n")
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()

        def _write(self, data: bytes) -> None:
            self.wfile.write(f"{len(data):X}\r\n".encode() + data + b"\r\n")
            self.wfile.flush()

    return Handler
