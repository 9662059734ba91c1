"""Persistence of handoff packages (embedded SQLite by default)."""

from copilot.store.sqlite import SqlitePackageStore

__all__ = ["SqlitePackageStore"]
