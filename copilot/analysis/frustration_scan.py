"""A phrase scanner for the frustration cues that rejects most word starts with one regex match instead of several.

:class:`~copilot.analysis.pattern_gate.PhraseScanner` tries, at each word start that begins like some cue phrase,
every alternative that can start there, one ``regex.match`` each. Most customer turns hold no cue at all, so nearly
every one of those tries fails. :class:`GatedPhraseScanner` first tries the union of the alternatives that can
start at a word (one compiled regex per distinct set of alternatives, built once): only when the union matches are
the alternatives tried one by one, so the leftmost match of every family is exactly the one the plain scanner
gives.

It relies on the parent's index (``_searched``, ``_starts``, ``_candidates``): a change there must keep these.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from copilot.analysis.pattern_gate import PhraseScanner

__all__ = ["GatedPhraseScanner"]

_Candidates = tuple[tuple[str, re.Pattern[str]], ...]
_MAX_WORDS = 20_000
"""How many words the gate cache keeps (a transcript's numbers add new words on every request)."""


class GatedPhraseScanner(PhraseScanner):
    """A :class:`PhraseScanner` (indexed by alternatives) whose :meth:`first_matches` gates each word start with
    one union regex."""

    def __init__(self, patterns: Sequence[tuple[str, str]], flags: int = 0) -> None:
        """Index ``patterns`` (name, regex text) by their top-level alternatives, as ``PhraseScanner(...,
        split=True)`` does; the union regexes are built on first use."""
        super().__init__(patterns, flags, split=True)
        self._flags = flags
        self._gated: dict[str, tuple[_Candidates, re.Pattern[str] | None]] = {}
        self._unions: dict[tuple[int, ...], re.Pattern[str]] = {}

    def first_matches(self, text: str) -> dict[str, re.Match[str]]:
        """The leftmost match of every pattern that matches ``text``, by pattern name: the same answer as
        :meth:`PhraseScanner.first_matches` (a word start where the union of its alternatives does not match is
        one where none of them does), with one regex match per word start in the common case."""
        found = {name: match for name, regex in self._searched if (match := regex.search(text)) is not None}
        if self._starts is None:
            return found
        gated = self._gated
        for start in self._starts.finditer(text):
            word = start.group()
            entry = gated.get(word)
            if entry is None:
                entry = self._gate_word(word)
            candidates, union = entry
            position = start.start()
            if union is None or union.match(text, position) is None:
                continue
            for name, regex in candidates:
                if name not in found and (match := regex.match(text, position)) is not None:
                    found[name] = match
        return found

    def _gate_word(self, word: str) -> tuple[_Candidates, re.Pattern[str] | None]:
        """The alternatives that can start at ``word`` and their union (None when there are none). Kept per
        word up to a bound; a union is compiled once per set of alternatives (a few hundred sets at most, each
        shared by many words; the regexes live as long as the parent's index, so their ids are stable keys)."""
        candidates = self._candidates(word)
        union = None
        if candidates:
            key = tuple(id(regex) for _, regex in candidates)
            union = self._unions.get(key)
            if union is None:
                union = re.compile("|".join(f"(?:{regex.pattern})" for _, regex in candidates), self._flags)
                self._unions[key] = union
        entry = (candidates, union)
        if len(self._gated) < _MAX_WORDS:
            self._gated[word] = entry
        return entry
