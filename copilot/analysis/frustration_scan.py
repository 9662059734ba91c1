"""A phrase scanner for the frustration cues that finds, in C, the few word starts where some cue can match.

:class:`~copilot.analysis.pattern_gate.PhraseScanner` tries, at each word start that begins like some cue phrase,
every alternative that can start there, one ``regex.match`` each, from a Python loop over the word starts. Most
customer turns hold no cue at all, so nearly every one of those tries fails. :class:`GatedPhraseScanner` builds
once a gate regex: the alternatives grouped by the first two letters of the words they can start with, as literal
branches that ``re`` skips in C when the letters differ. Searched from one word start on, it stops at the next
word start where some alternative matches: most turns end at the first search, and a turn with a cue is tried
only at those word starts, so the leftmost match of every family is exactly the one the plain scanner gives.

It relies on the parent's index (``_searched``, ``_starts``, ``_index``, ``_by_key``, ``_candidates``): a change
there must keep these.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from copilot.analysis.pattern_gate import PhraseScanner

__all__ = ["GatedPhraseScanner"]


class GatedPhraseScanner(PhraseScanner):
    """A :class:`PhraseScanner` (indexed by alternatives) whose :meth:`first_matches` visits only the word starts
    a gate regex says some alternative matches at."""

    def __init__(self, patterns: Sequence[tuple[str, str]], flags: int = 0) -> None:
        """Index ``patterns`` (name, regex text) by their top-level alternatives, as ``PhraseScanner(...,
        split=True)`` does, and build the gate over them."""
        super().__init__(patterns, flags, split=True)
        self._text_gate = _text_gate(self._index, flags) if self._starts is not None else None

    def first_matches(self, text: str) -> dict[str, re.Match[str]]:
        """The leftmost match of every pattern that matches ``text``, by pattern name: the same answer as
        :meth:`PhraseScanner.first_matches`. The gate stops, in order, at every word start where some alternative
        matches (and at no word start where none does), so those are the only ones tried."""
        found = {name: match for name, regex in self._searched if (match := regex.search(text)) is not None}
        gate, starts = self._text_gate, self._starts
        if gate is None or starts is None:
            return found
        by_word = self._by_key
        hit = gate.search(text)
        while hit is not None:
            position = hit.start()
            word = starts.match(text, position)
            if word is not None:
                key = word.group()
                candidates = by_word.get(key)
                for name, regex in candidates if candidates is not None else self._candidates(key):
                    if name not in found and (match := regex.match(text, position)) is not None:
                        found[name] = match
            hit = gate.search(text, position + 1)
        return found


def _text_gate(index: dict[str, list[tuple[str, re.Pattern[str]]]], flags: int) -> re.Pattern[str]:
    """A regex that matches at every word start where some indexed alternative matches (and perhaps elsewhere):
    its branches are the first letter, then the second letter, of the words the alternatives can start with
    (literal branches, which ``re`` skips in C when the letter differs), and only there a lookbehind steps back
    to the word start and tries those alternatives. An alternative keyed by one letter (or a digit) is tried at
    every word starting with it."""
    by_letters: dict[str, dict[str, dict[str, None]]] = {}
    for key, candidates in index.items():
        word = key.lstrip("=")
        group = by_letters.setdefault(word[0], {}).setdefault(word[1:2], {})
        group.update(dict.fromkeys(regex.pattern for _, regex in candidates))
    branches = []
    for first, by_second in sorted(by_letters.items()):
        inner = [
            f"{re.escape(second)}(?<=(?={_union(patterns)}){re.escape(first + second)})"
            for second, patterns in sorted(by_second.items())
            if second
        ]
        if "" in by_second:
            inner.append(f"(?<=(?={_union(by_second[''])}){re.escape(first)})")
        branches.append(f"{re.escape(first)}(?:{'|'.join(inner)})")
    return re.compile(rf"\b(?:{'|'.join(branches)})", flags)


def _union(patterns: dict[str, None]) -> str:
    return "(?:" + "|".join(f"(?:{pattern})" for pattern in patterns) + ")"
