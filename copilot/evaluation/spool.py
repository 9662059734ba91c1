"""An on-disk spool of full per-case records, so a run keeps only compact outcomes in memory.

Workers append one JSON line per finished case (in completion order); the reports then read the records back
in suite order by seeking to each line. Memory stays flat however many cases a suite has.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

__all__ = ["ResultSpool"]


class ResultSpool:
    """Append-only JSON-lines file of case records, addressable by the case's index in the suite."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._file: IO[bytes] = self.path.open("w+b")
        self._offsets: dict[int, tuple[int, int]] = {}

    def write(self, index: int, record: dict[str, Any]) -> None:
        """Append the record of case number ``index``."""
        data = json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        self._file.seek(0, 2)
        offset = self._file.tell()
        self._file.write(data + b"\n")
        self._offsets[index] = (offset, len(data))

    def raw(self, index: int) -> bytes:
        """The stored JSON of case ``index`` (without the newline)."""
        offset, length = self._offsets[index]
        self._file.flush()
        self._file.seek(offset)
        return self._file.read(length)

    def iter_raw(self, indexes: Iterable[int]) -> Iterator[bytes]:
        """The stored JSON of each case in ``indexes``, in that order."""
        for index in indexes:
            yield self.raw(index)

    def iter_records(self, indexes: Iterable[int]) -> Iterator[dict[str, Any]]:
        """The parsed record of each case in ``indexes``, one at a time."""
        for data in self.iter_raw(indexes):
            yield json.loads(data)

    def close(self) -> None:
        """Close the file (it is removed with the run's temporary folder)."""
        self._file.close()
