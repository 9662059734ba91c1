"""Loose text matching for the recall-style scorers (``summary_coverage``, ``attempted_solution_recall``).

An expected point is reduced to its *content tokens*: lower-cased words without English stop words, stemmed
with the Snowball English stemmer, while identifiers that carry a digit are compacted instead ("A-1234",
"#a1234" -> "a1234"). The stop words are scikit-learn's list less the words in it that carry meaning in a
support conversation ("call", "bill", "amount", "name", "system", "show", number words...). A candidate text
covers the point when it contains at least :data:`MATCH_THRESHOLD` (half) of the point's content tokens.
Recall, not similarity: a long summary point that says more than the expected one still covers it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

__all__ = ["MATCH_THRESHOLD", "STOP_WORDS", "Match", "best_match", "compact", "content_tokens", "token_recall"]

MATCH_THRESHOLD = 0.5
"""Share of an expected point's content tokens a candidate must contain to cover it."""

_TOKEN = re.compile(r"[^\W_](?:[\w'’.#@/-]*[^\W_])?")
_NON_ALNUM = re.compile(r"[\W_]+")
_STEMMER = snowballstemmer.stemmer("english")
# scikit-learn documents its list as imperfect; these of its words are content in a support conversation.
_CONTENT_WORDS = frozenset(
    re.findall(
        r"\w+",
        "amount back bill bottom call cry describe detail due empty fill find fire first found front full give "
        "interest keep last made move name part put see serious show side system take thick thin top whole "
        "two three four five six eight nine ten eleven twelve fifteen twenty forty fifty sixty hundred third",
    )
)
STOP_WORDS = ENGLISH_STOP_WORDS - _CONTENT_WORDS


@dataclass(frozen=True)
class Match:
    """The best candidate for one expected text: its index (-1 when none) and the token recall reached."""

    index: int
    recall: float

    @property
    def matched(self) -> bool:
        """Does the recall reach :data:`MATCH_THRESHOLD`?"""
        return self.index >= 0 and self.recall >= MATCH_THRESHOLD


def compact(text: str) -> str:
    """Lower-case ``text`` and drop everything but letters and digits ("#A-1234" -> "a1234")."""
    return _NON_ALNUM.sub("", text.lower())


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return str(_STEMMER.stemWord(word))


@lru_cache(maxsize=8192)
def content_tokens(text: str) -> frozenset[str]:
    """The set of stemmed content words and compacted identifiers of ``text`` (see the module docstring)."""
    tokens: set[str] = set()
    for raw in _TOKEN.findall(text.lower().replace("’", "'")):
        if any(char.isdigit() for char in raw):
            tokens.add(compact(raw))
            continue
        for word in re.split(r"[-/.'@#]+", raw):
            if word and word not in STOP_WORDS and len(word) > 1:
                tokens.add(_stem(word))
    return frozenset(tokens)


def token_recall(expected: str, candidate: str) -> float:
    """Share of ``expected``'s content tokens present in ``candidate`` (0..1).

    An expected text made only of stop words is matched on its compacted form instead (1.0 when contained).
    """
    wanted = content_tokens(expected)
    if not wanted:
        return 1.0 if compact(expected) and compact(expected) in compact(candidate) else 0.0
    return len(wanted & content_tokens(candidate)) / len(wanted)


def best_match(expected: str, candidates: Sequence[str]) -> Match:
    """The candidate with the highest token recall of ``expected`` (first one on ties)."""
    best = Match(index=-1, recall=0.0)
    for index, candidate in enumerate(candidates):
        recall = token_recall(expected, candidate)
        if recall > best.recall:
            best = Match(index=index, recall=recall)
    return best
