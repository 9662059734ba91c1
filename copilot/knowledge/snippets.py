"""The snippet shown to the agent: the passage of the best chunk that best matches the query."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from copilot.knowledge.text import stemmed_words

__all__ = ["SNIPPET_CHARS", "make_snippet", "snippet_for_terms"]

SNIPPET_CHARS = 320
_LINE_MARKS = re.compile(r"^\s{0,3}(#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*)|\|")
_EMPHASIS = re.compile(r"[*`]{1,3}")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_TABLE_RULE = re.compile(r"^[\s|:-]+$")


def make_snippet(chunk: str, query: str, limit: int = SNIPPET_CHARS) -> str:
    """Return at most ``limit`` characters of ``chunk``, starting at the sentence sharing most query words.

    Markdown markup (heading marks, list bullets, emphasis, table pipes) is removed; the cut falls on a word
    boundary and is marked with an ellipsis. Words are compared stemmed, without stop words.
    """
    return snippet_for_terms(chunk, set(stemmed_words(query)), limit)


def snippet_for_terms(chunk: str, terms: Collection[str], limit: int = SNIPPET_CHARS) -> str:
    """:func:`make_snippet` for query terms already stemmed (the BM25 query terms): a search builds one
    snippet per returned article and tokenizes its (possibly long) query only once."""
    passages = _sentences(chunk)
    if not passages:
        return ""
    wanted = frozenset(terms)
    start = 0
    if wanted:
        scores = [len(stems & wanted) for _, stems in passages]
        start = max(range(len(passages)), key=lambda i: (scores[i], -i))
    text = " ".join(sentence for sentence, _ in passages[start:])
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:-")
    return f"{cut}…"


@lru_cache(maxsize=1024)
def _sentences(chunk: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The chunk's sentences, Markdown removed, each with its stems; cached, as the same articles recur."""
    plain = (_plain(s) for s in _SENTENCE.split(chunk))
    return tuple((s, frozenset(stemmed_words(s))) for s in plain if s)


def _plain(line: str) -> str:
    if _TABLE_RULE.match(line):
        return ""
    return " ".join(_EMPHASIS.sub("", _LINE_MARKS.sub(" ", line)).split())
