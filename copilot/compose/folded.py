"""Case-insensitive patterns matched fast on ASCII text.

Python's ``re.IGNORECASE`` folds the case of every character it compares, and it disables the quick first-letter
test of each alternative, so a pattern of many word alternatives runs several times slower than the same
pattern without the flag. For an ASCII text (nearly every English sentence) searching its lower case with the
case-sensitive twin of a lower-case pattern finds exactly the same spans; any other text is matched as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["FoldedPattern"]

_SYNTAX = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)")
"""Escapes (``\\W``, ``\\S``) and group names, whose capitals are syntax rather than letters to match."""
_FOLDS_TO_ASCII = frozenset("İıſK")
"""The non-ASCII letters that IGNORECASE matches with an ASCII letter (see the ``re`` documentation)."""


class FoldedPattern:
    """A pattern matched without regard to case: on an ASCII text, its case-sensitive twin runs on the lower case.

    The pattern must be written in lower case (checked here), so that on an ASCII text both ways find the same
    spans: lower-casing an ASCII text keeps every position, and ``\\b``, ``\\w`` and ``\\s`` ignore case.
    """

    __slots__ = ("folding", "twin")

    def __init__(self, source: str, flags: int = 0) -> None:
        letters = _SYNTAX.sub("", source)
        if any(c.isupper() or c in _FOLDS_TO_ASCII for c in letters):
            raise ValueError(f"a folded pattern must be written in lower case: {source!r}")
        self.folding = re.compile(source, flags | re.IGNORECASE)
        self.twin = re.compile(source, flags & ~re.IGNORECASE)

    @property
    def pattern(self) -> str:
        """The pattern's source."""
        return self.folding.pattern

    def found(self, text: str) -> bool:
        """True when the pattern occurs in ``text``, whatever its case (same as ``bool(IGNORECASE.search)``)."""
        if text.isascii():
            return self.twin.search(text.lower()) is not None
        return self.folding.search(text) is not None

    def starts(self, text: str) -> bool:
        """True when the pattern matches at the start of ``text``, whatever its case (``bool(IGNORECASE.match)``)."""
        if text.isascii():
            return self.twin.match(text.lower()) is not None
        return self.folding.match(text) is not None

    def remove(self, text: str, count: int = 0) -> str:
        """``text`` without the pattern's occurrences (the first ``count`` when given): ``sub("", text, count)``."""
        if not text.isascii():
            return self.folding.sub("", text, count=count)
        if count == 1:  # a leading greeting or interjection: one search, no list
            match = self.twin.search(text.lower())
            return text if match is None else text[: match.start()] + text[match.end() :]
        kept: list[str] = []
        last = 0
        for number, match in enumerate(self.twin.finditer(text.lower()), start=1):
            kept.append(text[last : match.start()])
            last = match.end()
            if number == count:
                break
        if not kept:
            return text
        kept.append(text[last:])
        return "".join(kept)

    def substitute(self, text: str, replacement: Callable[[str], str]) -> str:
        """``text`` with each occurrence replaced by ``replacement`` of the words found as written (their case
        kept): ``sub(lambda m: replacement(m.group(0)), text)``."""
        if not text.isascii():
            return self.folding.sub(lambda match: replacement(match.group(0)), text)
        kept: list[str] = []
        last = 0
        for match in self.twin.finditer(text.lower()):
            start, end = match.span()
            kept += (text[last:start], replacement(text[start:end]))
            last = end
        if not kept:
            return text
        kept.append(text[last:])
        return "".join(kept)
