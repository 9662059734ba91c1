"""SQLite package store: one row per package, committed durably before the API acknowledges it.

WAL journal with ``synchronous=FULL``: a committed package survives a crash or a restart of the process and of
the machine. One connection guarded by a lock serves the whole process (SQLite serialises writers anyway).
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from copilot.errors import NotFound, StoreError
from copilot.schema import HandoffPackage

__all__ = ["SqlitePackageStore"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS packages (
    handoff_id      TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    engine          TEXT NOT NULL,
    body            TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS packages_conversation ON packages (conversation_id, created_at);
"""


class SqlitePackageStore:
    """Stores and reads packages in an embedded SQLite file."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=FULL")
            self._conn.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open the package store at {self.path}: {exc}") from exc
        self._lock = threading.Lock()

    def save(self, package: HandoffPackage) -> None:
        """Insert (or replace) a package; durable when this returns."""
        row = (
            package.handoff_id,
            package.conversation_id,
            package.created_at.isoformat(),
            package.meta.engine,
            package.model_dump_json(),
        )
        try:
            with self._lock:
                self._conn.execute("INSERT OR REPLACE INTO packages VALUES (?, ?, ?, ?, ?)", row)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot store package {package.handoff_id}: {exc}") from exc

    def get(self, handoff_id: str) -> HandoffPackage:
        """Return the stored package ``handoff_id`` or raise NotFound."""
        try:
            with self._lock:
                found = self._conn.execute("SELECT body FROM packages WHERE handoff_id = ?", (handoff_id,)).fetchone()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read package {handoff_id}: {exc}") from exc
        if found is None:
            raise NotFound(f"no handoff with id {handoff_id!r}")
        return HandoffPackage.model_validate_json(found[0])

    def list_for_conversation(self, conversation_id: str, limit: int = 20) -> list[HandoffPackage]:
        """Return the newest packages of one conversation, newest first."""
        try:
            with self._lock:
                rows = self._conn.execute(
                    "SELECT body FROM packages WHERE conversation_id = ? ORDER BY created_at DESC LIMIT ?",
                    (conversation_id, limit),
                ).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot list packages of {conversation_id}: {exc}") from exc
        return [HandoffPackage.model_validate_json(r[0]) for r in rows]

    def ping(self) -> None:
        """Raise StoreError unless the database answers (used by /readyz)."""
        try:
            with self._lock:
                self._conn.execute("SELECT 1").fetchone()
        except sqlite3.Error as exc:
            raise StoreError(f"package store not ready: {exc}") from exc

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            self._conn.close()
