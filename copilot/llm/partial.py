"""Streaming: turn the model's growing JSON text into ``headline`` and ``summary_point`` events, early.

The draft's first fields are ``headline`` and ``summary_points`` (see ``draft.py``), so they can be shown
while the model still writes the rest. After each text delta the buffer is parsed as partial JSON
(partial-json-parser, incomplete strings left out): the headline is sent as soon as its string is closed, a
summary point as soon as the next one has begun or the list is closed. Events carry real contact details
(placeholders restored) and only message ids that exist; the final, guarded package remains the reference.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from partial_json_parser import Allow, MalformedJSON, loads

__all__ = ["SummaryStreamer"]

_CLOSERS = frozenset('"]}{')  # characters after which an item may have become complete
_WHOLE_STRINGS = Allow.ALL & ~Allow.STR
_CLOSED_LISTS = Allow.ALL & ~Allow.STR & ~Allow.ARR

Event = tuple[str, dict[str, Any]]


class SummaryStreamer:
    """Feed it text deltas; it returns the events that became certain with each one."""

    def __init__(self, message_ids: set[str], restore: Callable[[str], str]) -> None:
        self.message_ids = message_ids
        self.restore = restore
        self.buffer = ""
        self.headline_sent = False
        self.points_seen = 0
        self.points_sent = 0
        self.done = False

    def feed(self, delta: str) -> list[Event]:
        """Append ``delta`` and return any newly complete headline or summary points."""
        self.buffer += delta
        if self.done or not _CLOSERS.intersection(delta):
            return []
        parsed = self._parse(_WHOLE_STRINGS)
        if parsed is None:
            return []
        events: list[Event] = []
        headline = parsed.get("headline")
        if not self.headline_sent and isinstance(headline, str) and headline.strip():
            self.headline_sent = True
            events.append(("headline", {"text": self.restore(headline.strip())}))
        points = parsed.get("summary_points")
        if isinstance(points, list) and len(points) > self.points_seen:
            complete = len(points) if self._points_closed() else len(points) - 1
            events.extend(self._point_events(points[:complete]))
        return events

    def _point_events(self, points: list[Any]) -> list[Event]:
        events: list[Event] = []
        for point in points[self.points_seen :]:
            self.points_seen += 1
            if not isinstance(point, dict) or not isinstance(point.get("text"), str):
                continue
            ids = [i for i in point.get("message_ids") or [] if isinstance(i, str) and i in self.message_ids]
            if ids:
                data = {"index": self.points_sent, "text": self.restore(point["text"]), "message_ids": ids}
                events.append(("summary_point", data))
                self.points_sent += 1
        return events

    def _points_closed(self) -> bool:
        closed = self._parse(_CLOSED_LISTS)
        if closed is not None and isinstance(closed.get("summary_points"), list):
            self.done = self.headline_sent
            return True
        return False

    def _parse(self, allow: Allow) -> dict[str, Any] | None:
        start = self.buffer.find("{")  # skips a leading code fence or stray text
        if start < 0:
            return None
        try:
            parsed = loads(self.buffer[start:], allow)
        except (MalformedJSON, ValueError, IndexError):
            return None
        return parsed if isinstance(parsed, dict) else None
