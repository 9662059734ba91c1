"""The snippet shown to the agent: the passage of the best chunk that best matches the query."""

from __future__ import annotations

import re

from copilot.knowledge.text import content_words, english_stemmer

__all__ = ["SNIPPET_CHARS", "make_snippet"]

SNIPPET_CHARS = 320
_LINE_MARKS = re.compile(r"^\s{0,3}(#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*)|\|")
_EMPHASIS = re.compile(r"[*`]{1,3}")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_TABLE_RULE = re.compile(r"^[\s|:-]+$")


def make_snippet(chunk: str, query: str, limit: int = SNIPPET_CHARS) -> str:
    """Return at most ``limit`` characters of ``chunk``, starting at the sentence sharing most query words.

    Markdown markup (heading marks, list bullets, emphasis, table pipes) is removed; the cut falls on a word
    boundary and is marked with an ellipsis.
    """
    sentences = [_plain(s) for s in _SENTENCE.split(chunk)]
    sentences = [s for s in sentences if s]
    if not sentences:
        return ""
    wanted = _stems(query)
    scores = [len(_stems(s) & wanted) for s in sentences]
    start = max(range(len(sentences)), key=lambda i: (scores[i], -i)) if wanted else 0
    text = " ".join(sentences[start:])
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:-")
    return f"{cut}…"


def _plain(line: str) -> str:
    if _TABLE_RULE.match(line):
        return ""
    return " ".join(_EMPHASIS.sub("", _LINE_MARKS.sub(" ", line)).split())


def _stems(text: str) -> set[str]:
    words = content_words(text)
    stemmer = english_stemmer()
    return set(stemmer.stemWords(words)) if stemmer is not None else set(words)
