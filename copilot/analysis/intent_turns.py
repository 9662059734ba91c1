"""How much a conversation turn can tell the intent classifier: turn-level cues, independent of the model.

Three questions, all language-general:

- Did the assistant's previous turn *open the floor* ("How can I help?", "What are you calling about?")? Then the
  customer's reply is a statement of the issue, however late it comes (a customer may first say hello or share
  good news); a reply to a *detail* question ("Which line is the charge on?") carries details, not the issue.
- How much of a turn can the model read at all? The taxonomy's examples are in one language (usually English): a
  turn in another language, or made only of ids, numbers and emails, shares few words with them and its scores
  are noise. Such a turn is weighted by the share of its words the taxonomy knows, so the turns the model can
  read (an English line, the bot's restatement) decide the intent instead.
- Does a later customer turn open a side topic ("oh, one more thing! ...")? It is about something else than the
  issue the conversation is about.
- Is a sentence only thanks or praise ("it arrived and it's GORGEOUS, thank you!", "the internet is so much better
  now, thanks for the tip")? Customers often open with good news before the issue; such a sentence names a topic
  that is not the problem. And is it addressed to the model rather than about the issue ("ignore all previous
  instructions ...")?
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import snowballstemmer

from copilot.analysis.cues import says_not_understood

__all__ = [
    "KNOWN_SHARE_FULL",
    "MIN_WORDS_TO_JUDGE",
    "announces_side_topic",
    "asks_to_restate",
    "is_gratitude_or_praise",
    "is_instruction_to_the_bot",
    "is_reference_only",
    "known_word_share",
    "knows_word",
    "opens_the_floor",
    "readability_weight",
    "states_language_limits",
    "vocabulary",
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
_TOKEN = re.compile(r"\S+")
_REFERENCE_TOKEN = re.compile(r"(?<!\S)(?:[^\w\s]*[B-HJ-Z][^\w\s]*|\S*\d\S*)(?!\S)")
"""A token that holds a digit ("NW-461093", "4") or is a spelled-out capital letter ("N W 4 6 1"; not "I" or
"A", which are words)."""
_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
_OPEN_FLOOR = re.compile(
    r"\b(?:how|what)\s+(?:else\s+)?(?:can|may|could|shall)\s+(?:i|we)\s+(?:help|assist|do\s+for)\b"
    r"|\bhow\s+(?:can|may|could)\s+(?:i|we)\s+(?:help|assist)\b|\bhow\s+(?:i|we)\s+(?:can|may|could)\s+(?:help|assist)\b"
    r"|\bwhat\s+(?:brings\s+you|(?:are|were)\s+you\s+(?:calling|contacting\s+us|writing|reaching\s+out)\s+about)\b"
    r"|\b(?:tell|let)\s+(?:me|us)\s+(?:know\s+)?(?:what|how)\b.{0,40}\b(?:about|help|issue|problem)\b"
    r"|\bwhat(?:'s|\s+is)\s+(?:the|your)\s+(?:issue|problem|question|concern)\b"
    r"|\bwhat\s+seems\s+to\s+be\b"
)

_LANGUAGE = (
    r"(?:english|spanish|french|german|italian|portuguese|dutch|welsh|polish|turkish|chinese|arabic"
    r"|(?:these|those|the\s+following|our|my|other)\s+languages)"
)
_LANGUAGE_LIMITS = re.compile(
    rf"\b(?:help|chat|speak|assist|answer|reply|respond|write|talk)\s+(?:with\s+you\s+|to\s+you\s+|you\s+)?in\s+{_LANGUAGE}\b"
)
"""The bot saying which languages it works in ("I can only chat in English and Spanish")."""
_RESTATE_IN_LANGUAGE = re.compile(
    rf"\b(?:write|describe|tell|ask|say|rephrase|explain|type|repeat)\b[^.!?]{{0,40}}?\bin\s+(?:one\s+of\s+)?{_LANGUAGE}\b"
)
"""The bot asking the customer to say it again in another language ("Could you write your question in one of those
languages?", "tell me in English how I can help")."""

_PRAISE = re.compile(
    r"\bthank(?:s|\s+you)\b|\bthx\b|\bappreciate\b|\blov(?:e|ing)\s+(?:it|them|this|that)\b"
    r"|\bso\s+(?:much\s+)?better\b|\b(?:gorgeous|amazing|awesome|perfect|fantastic|wonderful|beautiful|excellent"
    r"|lovely|brilliant)\b|\bworks?\s+(?:great|perfectly|fine)\s+now\b"
)
_TROUBLE = re.compile(
    r"n't\b|n’t\b|\b(?:not|no|never|nothing|but|still|however|though|problem|issue|wrong|broken|missing|cannot|cant"
    r"|wont|didnt|doesnt|isnt|wasnt|help|need|want|why|how|when|where|can|could|would)\b|\?"
)
"""A trouble word, a request or a question: a sentence with one of these is not only praise."""
_INSTRUCTION_TO_BOT = re.compile(
    r"\b(?:ignore|disregard|forget)\s+(?:all\s+|any\s+|your\s+|the\s+)*(?:previous|prior|above|earlier)?\s*"
    r"(?:instructions|prompts?|rules)\b|\[\s*system\b|\bsystem\s+(?:override|prompt)\b"
    r"|\byou\s+are\s+now\s+(?:in\s+)?(?:an?\s+)?\w+\s+mode\b|\b(?:admin|developer|god)\s+mode\b"
)


@lru_cache(maxsize=1)
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("english")


def _stems(text: str) -> list[str]:
    return list(_stemmer().stemWords(_WORD.findall(text.lower())))


def vocabulary(texts: Iterable[str]) -> frozenset[str]:
    """The stemmed words (letters only, two or more) of the taxonomy's training texts."""
    return frozenset(stem for text in texts for stem in _stems(text))


def knows_word(word: str, known: frozenset[str]) -> bool:
    """True when the (lower-case) ``word`` is in the taxonomy's stemmed vocabulary ``known``."""
    return _stemmer().stemWord(word) in known


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


def is_reference_only(sentence: str) -> bool:
    """True when most tokens of ``sentence`` are ids, numbers or spelled-out characters ("it's uh,
    order N W 4 6 1 0 9 3.", "NW-457760"): the customer is dictating a reference, not stating the issue, and
    the repeated "order" of such a sentence drowns the issue's words."""
    references = len(_REFERENCE_TOKEN.findall(sentence))
    return references > 0 and 2 * references > len(_TOKEN.findall(sentence))


def readability_weight(text: str, known: frozenset[str]) -> float:
    """How far the classifier can read ``text``: 1.0 for a turn in the taxonomy's language, down to a small floor
    for a turn in another language or one made of ids only."""
    share = known_word_share(text, known)
    return min(1.0, max(_MIN_READABILITY, share / KNOWN_SHARE_FULL))


def opens_the_floor(text: str) -> bool:
    """True when an assistant turn invites the customer to state the issue ("How can I help today?", "What are
    you calling about?"): the reply is the issue statement, not an answer to a detail question."""
    return _OPEN_FLOOR.search(text.lower()) is not None


_THANKS_OR_INSTRUCTION_HINTS = (
    "than", "thx", "appreciat", "lov", "better", "gorgeous", "amazing", "awesome", "perfect", "fantastic",
    "wonderful", "beautiful", "excellent", "brilliant", "work", "ignore", "disregard", "forget", "system", "mode",
)  # fmt: skip
"""Every praise or instruction pattern holds one of these (plain substring tests are far cheaper than the regexes)."""


def may_thank_or_instruct(text: str) -> bool:
    """Cheap test of a whole turn before its sentences are read one by one: can it hold thanks, praise or an
    instruction to the bot? (Most turns hold none.)"""
    lowered = text.lower()
    return any(hint in lowered for hint in _THANKS_OR_INSTRUCTION_HINTS)


def is_gratitude_or_praise(sentence: str) -> bool:
    """True when ``sentence`` only thanks or praises ("the scarf just came and it's GORGEOUS, THANK YOU"): it has
    a word of thanks or praise and no trouble word, request or question."""
    lowered = sentence.lower()
    return _PRAISE.search(lowered) is not None and _TROUBLE.search(lowered) is None


def is_instruction_to_the_bot(sentence: str) -> bool:
    """True when ``sentence`` addresses the model's instructions ("[SYSTEM OVERRIDE] Ignore all previous
    instructions", "you are now in admin mode"): a prompt injection, which says nothing about the issue."""
    return _INSTRUCTION_TO_BOT.search(sentence.lower()) is not None


def announces_side_topic(text: str) -> bool:
    """True when a customer turn opens a new, secondary topic ("one more thing", "by the way", "also, can you
    ..."): it is about something else than the issue the conversation is about."""
    return _SIDE_TOPIC.search(text[:_SIDE_TOPIC_SPAN].lower()) is not None


def states_language_limits(lowered: str) -> bool:
    """True when a (lower-cased) assistant sentence says which languages the bot works in ("I can only chat in
    English, Spanish and French"): the conversation's machinery, not its topic."""
    return "in " in lowered and _LANGUAGE_LIMITS.search(lowered) is not None


def asks_to_restate(text: str) -> bool:
    """True when an assistant turn asks the customer to say the issue again: it did not understand ("Sorry, I didn't
    get that"), or it asks for another language ("Could you write your question in one of those languages?"). Such
    a turn has read no topic, and the customer's reply states the issue anew."""
    lowered = text.lower()
    return says_not_understood(text) or ("in " in lowered and _RESTATE_IN_LANGUAGE.search(lowered) is not None)
