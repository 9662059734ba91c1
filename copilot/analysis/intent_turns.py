"""How much a conversation turn can tell the intent classifier: turn-level cues, independent of the model.

Two questions, both language-general:

- Did the assistant's previous turn *open the floor* ("How can I help?", "What are you calling about?")? Then the
  customer's reply is a statement of the issue, however late it comes (a customer may first say hello or share
  good news); a reply to a *detail* question ("Which line is the charge on?") carries details, not the issue.
- How much of a turn can the model read at all? The taxonomy's examples are in one language (usually English): a
  turn in another language, or made only of ids, numbers and emails, shares few words with them and its scores
  are noise. Such a turn is weighted by the share of its words the taxonomy knows, so the turns the model can
  read (an English line, the bot's restatement) decide the intent instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import snowballstemmer

from copilot.analysis.asks import requested_fact_types
from copilot.analysis.cues import announces_transfer, says_not_understood

__all__ = [
    "KNOWN_SHARE_FULL",
    "MIN_WORDS_TO_JUDGE",
    "announces_side_topic",
    "known_word_share",
    "opens_the_floor",
    "readability_weight",
    "topical_sentences",
    "vocabulary",
    "without_help_preamble",
    "word_count",
]

KNOWN_SHARE_FULL = 0.4
"""A turn with at least this share of known words is fully readable (English turns score 0.4 to 0.9 against a
taxonomy's examples; turns in other languages 0.0 to 0.2, on the domains we measured)."""

MIN_WORDS_TO_JUDGE = 4
"""A turn of fewer words ("seriously done") is too short to tell another language from rare words."""

_SIDE_TOPIC = re.compile(
    r"\b(?:one|another|one\s+other|a\s+(?:quick|different|separate|second))\s+(?:more\s+|last\s+|other\s+|quick\s+)?"
    r"(?:thing|question|issue|request|matter)\b"
    r"|\bby\s+the\s+way\b|\bbtw\b|\bwhile\s+i\s+have\s+you\b|\bunrelated\b|\bseparate(?:ly)?\s+(?:question|issue)\b"
    r"|\bon\s+(?:a|another)\s+(?:different|separate|side)\s+note\b|\balso,?\s+(?:can|could|do|does|is|i\s+wanted)\b"
)
_SIDE_TOPIC_SPAN = 40
"""A side topic is announced at the start of a turn ("oh wait, one more thing! ...")."""

_MIN_READABILITY = 0.05
_MIN_TOPIC_WORDS = 2
"""What is left of "I can help with that!" once the offer of help is cut ("that!") names no topic."""
_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
_OPEN_FLOOR = re.compile(
    r"\b(?:how|what)\s+(?:else\s+)?(?:can|may|could|shall)\s+(?:i|we)\s+(?:help|assist|do\s+for)\b"
    r"|\bhow\s+(?:can|may|could)\s+(?:i|we)\s+(?:help|assist)\b|\bhow\s+(?:i|we)\s+(?:can|may|could)\s+(?:help|assist)\b"
    r"|\bwhat\s+(?:brings\s+you|(?:are|were)\s+you\s+(?:calling|contacting\s+us|writing|reaching\s+out)\s+about)\b"
    r"|\b(?:tell|let)\s+(?:me|us)\s+(?:know\s+)?(?:what|how)\b.{0,40}\b(?:about|help|issue|problem)\b"
    r"|\bwhat(?:'s|\s+is)\s+(?:the|your)\s+(?:issue|problem|question|concern)\b"
    r"|\bwhat\s+seems\s+to\s+be\b"
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_BOILERPLATE = re.compile(
    r"^\W*(?:hi|hello|hey|thanks?(?:\s+you)?|good\s+(?:morning|afternoon|evening)|welcome)\b[^.!?]{0,30}[.!?]*\W*$"
    r"|\b(?:i'?m|i\s+am|this\s+is)\s+(?:the|your|an?|\w+'s)\s+(?:\w+\s+){0,3}(?:virtual\s+)?(?:assistant|bot|agent)\b"
    r"|\banything\s+else\b|\bbring(?:ing)?\s+in\s+(?:a|an|one|our|my)\b"
)
"""Assistant sentences that say nothing about the issue: greetings, thanks, the bot introducing itself,
"anything else?"."""
_HELP_PREAMBLE = re.compile(
    r"^\W*(?:(?:sure|certainly|of\s+course|absolutely|great|ok(?:ay)?)\W+)?"
    r"(?:i\s+can|i'?d\s+be\s+(?:happy|glad)\s+to|i'?m\s+(?:happy|glad)\s+to|let\s+me)\s+help\s+(?:you\s+)?(?:with\s+|to\s+)?",
    re.IGNORECASE,
)
"""The bot's offer of help before the topic ("I can help you with ..."): words every turn of a bot shares, which a
character n-gram model confuses with topic words ("can" / "cancel")."""


@lru_cache(maxsize=1)
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("english")


def _stems(text: str) -> list[str]:
    return list(_stemmer().stemWords(_WORD.findall(text.lower())))


def vocabulary(texts: Iterable[str]) -> frozenset[str]:
    """The stemmed words (letters only, two or more) of the taxonomy's training texts."""
    return frozenset(stem for text in texts for stem in _stems(text))


def known_word_share(text: str, known: frozenset[str]) -> float:
    """Share of the words of ``text`` (letters only: ids, numbers and amounts do not count) found in ``known``;
    0.0 when the text has no words."""
    stems = _stems(text)
    if not stems:
        return 0.0
    return sum(stem in known for stem in stems) / len(stems)


def word_count(text: str) -> int:
    """Number of words (letters only, two or more) in ``text``."""
    return len(_WORD.findall(text))


def readability_weight(text: str, known: frozenset[str]) -> float:
    """How far the classifier can read ``text``: 1.0 for a turn in the taxonomy's language, down to a small floor
    for a turn in another language or one made of ids only."""
    share = known_word_share(text, known)
    return min(1.0, max(_MIN_READABILITY, share / KNOWN_SHARE_FULL))


def opens_the_floor(text: str) -> bool:
    """True when an assistant turn invites the customer to state the issue ("How can I help today?", "What are
    you calling about?"): the reply is the issue statement, not an answer to a detail question."""
    return _OPEN_FLOOR.search(text.lower()) is not None


def topical_sentences(text: str) -> str:
    """An assistant turn without its boilerplate: greetings, self-introductions, "how can I help?", "I didn't
    understand", announcements of the transfer, requests for details ("Could you confirm your email?"), and the
    offer of help before the topic. What is left is the bot's answer, which is about the issue's
    topic even when the answer itself is wrong; empty when nothing is left."""
    kept = [
        without_help_preamble(sentence)
        for sentence in _SENTENCE.split(text)
        if sentence.strip()
        and not _BOILERPLATE.search(sentence.lower())
        and not opens_the_floor(sentence)
        and not says_not_understood(sentence)
        and not announces_transfer(sentence)
        and not requested_fact_types(sentence)
    ]
    return " ".join(k for k in kept if word_count(k) >= _MIN_TOPIC_WORDS)


def without_help_preamble(sentence: str) -> str:
    """``sentence`` without a leading offer of help ("I can help you track an order" -> "track an order")."""
    return _HELP_PREAMBLE.sub("", sentence, count=1)


def announces_side_topic(text: str) -> bool:
    """True when a customer turn opens a new, secondary topic ("one more thing", "by the way", "also, can you
    ..."): it is about something else than the issue the conversation is about."""
    return _SIDE_TOPIC.search(text[:_SIDE_TOPIC_SPAN].lower()) is not None
