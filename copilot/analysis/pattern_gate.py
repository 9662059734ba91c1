"""Scan a text for many phrase patterns at once, trying each only where a match can begin.

Python's ``re`` tries every alternative of a ``\b(?:ridiculous|absurd|...)`` pattern at every word start, so a
dozen phrase families over a long transcript cost milliseconds. Nearly every alternative starts with a literal
word, and a match must begin with one of those. :class:`PhraseScanner` reads the first letters of each
alternative from the pattern text once, indexes the patterns by them, and for each word of the text tries
(``regex.match`` at that word) only the patterns that can start with it. A pattern with an alternative that
starts with no literal letter or digit (a class, an optional group, an emoji) is searched the ordinary way, so
the result is always the leftmost match ``regex.search`` would give, only faster.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

__all__ = ["PhraseScanner", "alternation_by_first_letter", "contains_any", "prefix_lookahead"]

PREFIX = 3
"""How many leading letters of a word the index compares."""

_MAX_KEYS = 20_000
_QUANTIFIERS = frozenset("?*+{")
_ZERO_WIDTH = re.compile(r"^(?:\\b|\^|\(\?<[!=](?:\\.|[^)])*\))+")
"""Assertions at the start of an alternative (``\b``, ``^``, lookbehinds): the match starts after them."""


class PhraseScanner:
    """Named patterns, searched together: :meth:`first_matches` gives each one's leftmost match."""

    def __init__(self, patterns: Sequence[tuple[str, str]], flags: int = 0, *, split: bool = False) -> None:
        """Index ``patterns`` (name, regex text) by the letters their matches can start with. With ``split``
        each pattern is indexed by its top-level alternatives, one regex each, so a word tries only the
        alternatives that can start with it (same leftmost match: alternatives are tried in their order)."""
        self._searched: list[tuple[str, re.Pattern[str]]] = []
        self._index: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
        self._by_key: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {}
        self._split = split
        self._order: dict[tuple[str, int], int] = {}
        for name, pattern in patterns:
            starts = _starts(pattern)
            if starts is None:
                self._searched.append((name, re.compile(pattern, flags)))
                continue
            pieces = [piece for part in _alternatives(pattern) for piece in _expand(part)] if split else [pattern]
            for piece in pieces:
                regex = re.compile(piece, flags)
                self._order.setdefault((name, id(regex)), len(self._order))
                for start in (_word_starts(piece) if split else None) or starts:
                    self._index.setdefault(start, []).append((name, regex))
        beginnings = _trie(key.lstrip("=")[:PREFIX] for key in self._index)
        self._starts = re.compile(rf"\b(?={beginnings})[^\W_]+") if self._index else None
        self._gate = None if split else _gate(patterns, self._index, flags)

    @classmethod
    def of_alternatives(cls, pattern: str, flags: int = 0) -> PhraseScanner:
        """One scanner entry per top-level alternative of ``pattern``: an alternative with no literal start
        no longer stops the others from being indexed."""
        parts = [piece for part in _alternatives(pattern) for piece in _expand(part)]
        return cls([(str(number), part) for number, part in enumerate(parts)], flags)

    def matches(self, text: str) -> bool:
        """True when any pattern matches ``text``: one regex search in C, no Python loop over word starts."""
        if self._gate is not None:
            return self._gate.search(text) is not None
        return self.search(text) is not None

    def search(self, text: str) -> re.Match[str] | None:
        """A match of any pattern in ``text`` (not necessarily the leftmost), or None."""
        if self._gate is not None and self._gate.search(text) is None:
            return None  # the common case, decided in C; only a text that matches pays for the scan below
        for _, regex in self._searched:
            if (match := regex.search(text)) is not None:
                return match
        for position, candidates in self._positions(text):
            for _, regex in candidates:
                if (match := regex.match(text, position)) is not None:
                    return match
        return None

    def first_matches(self, text: str) -> dict[str, re.Match[str]]:
        """The leftmost match of every pattern that matches ``text``, by pattern name."""
        found = {name: match for name, regex in self._searched if (match := regex.search(text)) is not None}
        for position, candidates in self._positions(text):
            for name, regex in candidates:
                if name not in found and (match := regex.match(text, position)) is not None:
                    found[name] = match
        return found

    def _positions(self, text: str) -> Iterator[tuple[int, tuple[tuple[str, re.Pattern[str]], ...]]]:
        """Each word start of ``text`` that begins like some pattern, with the patterns to try there (the
        word starts are found by one regex over the indexed beginnings, in C, not word by word)."""
        if self._starts is None:
            return
        by_key = self._by_key
        for start in self._starts.finditer(text):
            key = start.group() if self._split else start.group()[:PREFIX]  # the whole word: keys are letters
            candidates = by_key.get(key)
            yield start.start(), candidates if candidates is not None else self._candidates(key)

    def _candidates(self, key: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
        """The patterns that can start with a word beginning with ``key`` (cached: words repeat)."""
        if self._split:  # every alternative that can start here, each pattern's in their written order
            keys = ["=" + key, *(key[:size] for size in range(1, min(len(key), PREFIX) + 1))]
            found = {(name, id(regex)): (name, regex) for part in keys for name, regex in self._index.get(part, ())}
            candidates = tuple(found[entry] for entry in sorted(found, key=self._order.__getitem__))
        else:
            seen: dict[str, re.Pattern[str]] = {}
            for size in range(1, len(key) + 1):
                for name, regex in self._index.get(key[:size], ()):
                    seen.setdefault(name, regex)
            candidates = tuple(seen.items())
        if len(self._by_key) < _MAX_KEYS:
            self._by_key[key] = candidates
        return candidates


def _gate(
    patterns: Sequence[tuple[str, str]], index: dict[str, list[tuple[str, re.Pattern[str]]]], flags: int
) -> re.Pattern[str] | None:
    """One regex that matches exactly when some pattern does: the indexed patterns behind a lookahead on their
    beginnings at a word start (so most positions fail in C at once), the others as they are. None when the
    patterns cannot share one regex (repeated group names, back-references)."""
    indexed = {regex.pattern for candidates in index.values() for _, regex in candidates}
    searched = [pattern for _, pattern in patterns if pattern not in indexed]
    parts = [rf"\b(?={_trie(index)})(?:{'|'.join(sorted(indexed))})"] if indexed else []
    if any(re.search(r"\\[1-9]|\(\?P=", pattern) for _, pattern in patterns):
        return None
    try:
        return re.compile("|".join([*parts, *(f"(?:{pattern})" for pattern in searched)]), flags)
    except re.error:
        return None


def alternation_by_first_letter(words: Iterable[str]) -> str:
    """A regex alternation of the literal ``words`` (kept in order) grouped by first letter,
    "o(?:rders|rder)|a(?:ccount)": the same matches as the flat ``orders|order|account``, but ``re`` tries one
    group at a position instead of every word. Words must start with distinct letters in upper and lower case
    (``re.IGNORECASE`` maps no letter onto two groups)."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{re.escape(first)}(?:{'|'.join(map(re.escape, rests))})" for first, rests in groups.items())


def prefix_lookahead(patterns: Iterable[str]) -> str:
    """A lookahead ``(?=...)`` on the leading letters every match of any of ``patterns`` must begin with, or ""
    when some alternative can begin with no literal letter. Put after the ``\b`` of a big lexicon regex
    (``\b(?=...)(?:a|b|...)``), it lets ``re`` reject most word starts in C at once instead of trying every
    alternative there; the matches stay exactly the same."""
    keys: set[str] = set()
    for pattern in patterns:
        starts = _leading_prefixes(pattern)
        if starts is None:
            return ""
        keys |= starts
    return f"(?={_trie(keys)})" if keys and all(keys) else ""


def _leading_prefixes(pattern: str) -> frozenset[str] | None:
    """Like :func:`_starts`, but an alternative opening with an optional group ("(?:best\\s+)?number") has the
    prefixes of that group and of what follows it."""
    found: set[str] = set()
    for alternative in _alternatives(pattern):
        prefixes = _alternative_starts(alternative)
        if prefixes is None:
            prefixes = _optional_head_starts(alternative)
        if prefixes is None:
            return None
        found |= prefixes
    return frozenset(found)


def _optional_head_starts(alternative: str) -> frozenset[str] | None:
    body = _ZERO_WIDTH.sub("", alternative)
    if not body.startswith("(?:"):
        return None
    end = _group_end(body, 0)
    if body[end + 1 : end + 2] != "?":
        return None
    rest = body[end + 2 :].removeprefix("?")  # "(?:x)??" is optional too
    head = _leading_prefixes(body[3:end])
    tail = _leading_prefixes(rest) if rest else None
    return None if head is None or tail is None else head | tail


def _trie(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, factored by first letters (Python's ``re`` tries alternatives one by
    one, so ``a(?:bs|pp)`` is cheaper than ``abs|app``)."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(tree)


def _trie_pattern(node: dict[str, Any]) -> str:
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if "" in node:  # a word may end here: the rest is optional
        return f"(?:{body})?"
    return body


def _expand(alternative: str) -> list[str]:
    """``\\b(?:a|b)\\b`` -> ``\\b(?:a)\\b``, ``\\b(?:b)\\b``: one entry per alternative of a leading group."""
    lead = "\\b" if alternative.startswith("\\b(?:") else ""
    if not alternative.startswith(lead + "(?:"):
        return [alternative]
    end = _group_end(alternative, len(lead))
    tail = alternative[end + 1 :]
    if tail[:1] in _QUANTIFIERS:
        return [alternative]
    inner = alternative[len(lead) + 3 : end]
    return [f"{lead}(?:{part}){tail}" for part in _alternatives(inner)]


def _starts(pattern: str) -> frozenset[str] | None:
    """The leading-letter prefixes of every alternative of ``pattern``, or None when one has none."""
    found: set[str] = set()
    for alternative in _alternatives(pattern):
        prefixes = _alternative_starts(alternative)
        if prefixes is None:
            return None
        found |= prefixes
    return frozenset(found)


def _word_starts(pattern: str) -> frozenset[str] | None:
    """Like :func:`_starts`, but an alternative whose first word is written out whole (followed by a space,
    ``\\b`` or punctuation, as in ``i\\s+will``) is keyed ``"=word"``: it is tried only on that very word, not
    on every word that begins like it ("i" is not tried on "it")."""
    found: set[str] = set()
    for alternative in _alternatives(pattern):
        body = _ZERO_WIDTH.sub("", alternative)
        word = _whole_word(body)
        prefixes = frozenset({"=" + word}) if word else _alternative_starts(alternative)
        if prefixes is None:
            return None
        found |= prefixes
    return frozenset(found)


def _whole_word(body: str) -> str | None:
    """The literal first word of a pattern when what follows it cannot continue a word, else None."""
    if body.startswith("(?:"):
        end = _group_end(body, 0)
        if end + 1 < len(body) and body[end + 1] in _QUANTIFIERS:
            return None
        inner = _alternatives(body[3:end])
        return _whole_word(inner[0]) if len(inner) == 1 else None
    index = 0
    while index < len(body) and body[index].isalnum():
        if index + 1 < len(body) and body[index + 1] in _QUANTIFIERS:
            return None
        index += 1
    rest = body[index:]
    if not index or not rest:
        return None
    token = 2 if rest[:2] in ("\\s", "\\b", "\\W") else 1 if rest[0] not in "\\.([|)?*+{^$" else 0
    if not token or rest[token : token + 1] in ("?", "*", "{"):
        return None
    return body[:index]


def _alternative_starts(alternative: str) -> frozenset[str] | None:
    body = _ZERO_WIDTH.sub("", alternative)
    if body.startswith("\\d"):
        return frozenset("0123456789")
    if body.startswith("(?:"):
        end = _group_end(body, 0)
        if end + 1 < len(body) and body[end + 1] in _QUANTIFIERS:
            return None  # an optional first group: the match may start after it
        return _starts(body[3:end])
    letters = []
    for index, char in enumerate(body):
        if not char.isalnum() or (index + 1 < len(body) and body[index + 1] in _QUANTIFIERS):
            break
        letters.append(char)
    return frozenset({"".join(letters[:PREFIX])}) if letters else None


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """Walk ``pattern`` from ``start`` yielding ``(index, char, depth)`` for each structural character
    (``(``, ``)``, ``|``), skipping escapes and character classes; depth is counted after an opening and
    before a closing parenthesis is applied, so a group's parentheses both report its own depth."""
    depth, index = 0, start
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = _class_end(pattern, index)
        elif char == "(":
            depth += 1
            yield index, char, depth
        elif char == ")":
            yield index, char, depth
            depth -= 1
        elif char == "|":
            yield index, char, depth
        index += 1


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (``a|b(?:c|d)`` -> ``a``, ``b(?:c|d)``)."""
    cuts = [index for index, char, depth in _structure(pattern) if char == "|" and depth == 0]
    bounds = [-1, *cuts, len(pattern)]
    return [pattern[left + 1 : right] for left, right in itertools.pairwise(bounds)]


def _group_end(pattern: str, open_index: int) -> int:
    """The index of the parenthesis closing the group that opens at ``open_index``."""
    return next(
        (index for index, char, depth in _structure(pattern, open_index) if char == ")" and depth == 1),
        len(pattern) - 1,
    )


def _class_end(pattern: str, open_index: int) -> int:
    """The index of the ``]`` closing the character class that opens at ``open_index``."""
    index = open_index + 1
    if index < len(pattern) and pattern[index] == "^":
        index += 1
    if index < len(pattern) and pattern[index] == "]":
        index += 1
    while index < len(pattern) and pattern[index] != "]":
        index += 2 if pattern[index] == "\\" else 1
    return index


def contains_any(text: str, literals: Iterable[str]) -> bool:
    """Whether ``text`` holds one of ``literals`` as a substring: the cheap test before a pattern that needs one
    (a plain loop: cheaper than ``any()`` over a generator, and these tests run on every message)."""
    for literal in literals:  # noqa: SIM110
        if literal in text:
            return True
    return False
