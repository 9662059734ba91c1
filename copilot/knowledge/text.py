"""Shared text helpers of the knowledge base: one stop-word list and one word pattern for every component.

The stop words are bm25s's NLTK-style English list. scikit-learn's list is avoided on purpose: it drops words
that matter in support conversations ("bill", "call", "amount", "back", "empty", "system").
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any

from bm25s.stopwords import STOPWORDS_EN_PLUS

from copilot.request_memo import per_request

__all__ = ["STOP_WORDS", "WORD", "WORD_PATTERN", "content_words", "english_stemmer", "stemmed_words"]

log = logging.getLogger(__name__)

STOP_WORDS: frozenset[str] = frozenset(STOPWORDS_EN_PLUS)
WORD_PATTERN = r"(?u)\b\w\w+\b"
WORD = re.compile(r"\w{2,}")
"""The matches of :data:`WORD_PATTERN` (greedy runs of two or more word characters always end and start on a
word boundary), found about a third faster without the boundary checks."""


_ASCII_NON_WORD = bytes(b if (chr(b).isalnum() and chr(b).isascii()) or b == ord("_") else 32 for b in range(256))
"""Byte table turning every ASCII character that ``\\w`` does not match into a space (upper case is lowered
before, so it never needs to be kept)."""


def content_words(text: str) -> list[str]:
    """Lower-cased words of two or more characters, stop words removed, in order.

    Remembered for the request: retrieval reads the same query for BM25 and for the embedder.
    """
    return list(_content_words(text))


@per_request
def _content_words(text: str) -> tuple[str, ...]:
    """:func:`content_words`, as an immutable tuple for the request memo. An ASCII text (nearly every one) is
    split at its non-word characters instead of scanned by :data:`WORD`: the same words, for a third of the
    cost on a whole conversation's query."""
    lowered = text.lower()
    if lowered.isascii():
        words = lowered.encode("ascii").translate(_ASCII_NON_WORD).decode("ascii").split()
        return tuple(w for w in words if len(w) > 1 and w not in STOP_WORDS)
    return tuple(w for w in WORD.findall(lowered) if w not in STOP_WORDS)


@lru_cache(maxsize=1)
def english_stemmer() -> Any:
    """The Snowball English stemmer of PyStemmer, or None (with one warning) when it is not installed.

    Without it BM25 still works on exact word forms; "refunds" then no longer matches "refund".
    """
    try:
        import Stemmer
    except ImportError:
        log.warning("PyStemmer is not installed: BM25 matches exact word forms only (pip install PyStemmer)")
        return None
    return Stemmer.Stemmer("english")


def stemmed_words(text: str) -> list[str]:
    """The content words of ``text`` (see :func:`content_words`), Snowball-stemmed, in order.

    The one tokenizer of BM25 (chunks and queries alike) and of snippet matching: lower-case, the word
    pattern, stop words dropped, then stemmed, which is exactly what ``bm25s.tokenize`` does with these
    settings, without its per-call overhead. Exact word forms when PyStemmer is not installed.
    """
    words = content_words(text)
    stemmer = english_stemmer()
    return list(stemmer.stemWords(words)) if stemmer is not None else words
