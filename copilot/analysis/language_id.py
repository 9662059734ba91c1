"""py3langid's classification with its byte automaton walked in numpy instead of a Python loop.

py3langid counts its byte n-gram features by walking an Aho-Corasick automaton one byte at a time in Python:
each step is a dependent lookup in a 40 MB table, so a 600-byte sample costs ~0.4 ms of cache misses inside a
request. In an Aho-Corasick automaton the state after a byte is the trie node of the longest suffix of the
text read so far that is in the trie, so it depends on the last ``depth`` bytes only (``depth``: the deepest
node). Walking ``depth`` bytes from the start state at every position at once (``depth`` numpy gathers over
the whole text) gives the same states, so the same features, counts, first-seen order and scores: the result
is py3langid's own, bit for bit (``tests/analysis/test_language_id.py`` checks it against ``classify``).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

__all__ = ["FastLanguageIdentifier"]


class FastLanguageIdentifier:
    """``classify`` of a py3langid ``LanguageIdentifier`` (``norm_probs=True``) with a vectorised feature count."""

    def __init__(self, identifier: Any) -> None:
        self._identifier = identifier
        self._next = np.frombuffer(identifier.tk_nextmove, dtype=np.dtype(identifier.tk_nextmove.typecode))
        self._rowbase = np.asarray(identifier.tk_row, dtype=np.int64) << 8
        self._output = np.asarray(identifier.tk_output, dtype=np.int64)
        self._start_rowbase = int(self._rowbase[0])
        self._depth = _deepest_state(self._next, np.asarray(identifier.tk_row, dtype=np.int64))

    def classify(self, text: str) -> tuple[str, float]:
        """``(language, probability)``, exactly as ``LanguageIdentifier.classify`` returns it."""
        encoded = self._identifier._encode(text)
        counted = self._feature_counts(encoded)
        if counted is None:
            return self._identifier.classify(text)  # type: ignore[no-any-return]  # no feature: py3langid's path
        features, counts = counted
        identifier = self._identifier
        scores = np.log1p(counts) @ identifier.nb_ptc[features].astype(np.float32) + identifier.nb_pc
        scores *= 1.0 / math.sqrt(len(encoded) or 1)
        np.exp(scores - scores.max(), out=scores)
        scores /= scores.sum()
        for first, duplicate in identifier._alias_pairs:
            scores[first] += scores[duplicate]
            scores[duplicate] = 0.0
        best = int(scores.argmax())
        return identifier.nb_classes[best], float(scores[best])

    def _feature_counts(self, encoded: bytes) -> tuple[np.ndarray, np.ndarray] | None:
        """Feature ids in first-seen order and their counts (float32), as py3langid's ``Counter`` holds them
        (counted by one ``np.unique``: a Counter over ~500 Python ints costs several times more)."""
        data = np.frombuffer(encoded, dtype=np.uint8).astype(np.int64)
        size, depth = len(data), self._depth
        head = min(size, depth - 1)
        states = np.empty(size, dtype=np.int64)
        state_base = self._start_rowbase
        for position in range(head):  # the first bytes have less than ``depth`` bytes behind them: walk them
            state = int(self._next[state_base + data[position]])
            states[position] = state
            state_base = int(self._rowbase[state])
        if size > head:
            window = size - head
            walked = np.zeros(window, dtype=np.int64)
            for offset in range(depth):
                begin = head - depth + 1 + offset
                walked = self._next[self._rowbase[walked] + data[begin : begin + window]]
            states[head:] = walked
        features = self._output[states]
        features = features[features >= 0]
        if not features.size:
            return None
        # py3langid's Counter, in numpy: each distinct feature with its count, in the order first seen
        distinct, first, counts = np.unique(features, return_index=True, return_counts=True)
        order = np.argsort(first, kind="stable")
        return distinct[order].astype(np.intp), counts[order].astype(np.float32)


def _deepest_state(next_state: np.ndarray, row: np.ndarray) -> int:
    """The largest number of bytes from the start state to any state (breadth first, one level at a time;
    states share transition rows, so each level reads each of its distinct rows once)."""
    rows = next_state.reshape(-1, 256)
    depth = np.full(len(row), -1, dtype=np.int8)
    depth[0] = 0
    frontier = np.zeros(1, dtype=np.int64)
    level = 0
    while len(frontier):
        level += 1
        for chunk in np.array_split(np.unique(row[frontier]), max(1, len(frontier) // 4096)):
            reached = rows[chunk].ravel()
            depth[reached[depth[reached] < 0]] = level
        frontier = np.flatnonzero(depth == level)
    return int(depth.max())
