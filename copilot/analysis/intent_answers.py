"""The assistant's answer to an issue statement, reduced to the sentences that name the topic.

An assistant's answer is about the topic the customer raised, even when it did not help ("A grinding noise usually
means something is caught in the brush bar"), and bots often answer in the taxonomy's language when the customer
wrote in another. Most of an answer's words are boilerplate, though: greetings, the bot introducing itself, "I
didn't understand", the transfer, requests for details ("Could you confirm your email?"), and the offer of help in
front of the topic ("I can help you track an order"): words every bot turn shares, which a character n-gram model
even confuses with topic words ("can" / "cancel"). Those are cut before the answer is classified.
"""

from __future__ import annotations

import re

from copilot.analysis.asks import requested_fact_types
from copilot.analysis.cues import announces_transfer, says_not_understood
from copilot.analysis.intent_turns import asks_to_restate, opens_the_floor, states_language_limits, word_count

__all__ = ["topical_sentences", "without_help_preamble"]

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_GREETING = re.compile(
    r"^\W*(?:hi|hello|hey|thanks?(?:\s+you)?|good\s+(?:morning|afternoon|evening)|welcome)\b[^.!?]{0,30}[.!?]*\W*$"
)
"""A sentence that is only a greeting or thanks, perhaps with a name ("Thanks, Priya!")."""
_SELF_INTRO = re.compile(
    r"\b(?:i'?m|i\s+am|this\s+is)\s+(?:the|your|an?|\w+'s)\s+(?:\w+\s+){0,3}(?:virtual\s+)?(?:assistant|bot|agent)\b"
)
_BRINGING_IN = re.compile(r"\bbring(?:ing)?\s+in\s+(?:a|an|one|our|my)\b")
"""A transfer in other words ("I'm bringing in a member of our team")."""
_HELP_PREAMBLE = re.compile(
    r"^\W*(?:(?:sure|certainly|of\s+course|absolutely|great|ok(?:ay)?)\W+)?"
    r"(?:i\s+can|i'?d\s+be\s+(?:happy|glad)\s+to|i'?m\s+(?:happy|glad)\s+to|let\s+me)\s+help\s+(?:you\s+)?"
    r"(?:with\s+|to\s+)?",
    re.IGNORECASE,
)
_LOOKUP = re.compile(
    r"^\W*(?:(?:thanks?|thank\s+you|great|ok(?:ay)?|sure)\b[^.!?]{0,20}?\W+)?"
    r"i(?:'ve|\s+have)?\s+(?:found|located|pulled\s+up|can\s+see|see)\s+(?:your\s+|the\s+|an?\s+)?"
    r"(?:(?:order|account|booking|trip|reservation|workspace|case|ticket|appointment)s?\b|\w+\s+#?[a-z]*\d)"
)
"""The bot reporting what it looked up ("I found order NW-1 under ana@example.com: ...", "I can see case 88213 for
...": a record, or anything named by an id): records, not the issue."""
_REQUEST_HINTS = ("?", "please", "share", "provide", "confirm", "send", "enter", "need your", "give", "tell me")
"""Every request for a detail has one of these: the fuller (slower) check runs only on such sentences."""
_MIN_TOPIC_WORDS = 2
_MAX_TOPIC_SENTENCES = 3
"""The topic is named early in an answer; the cap bounds the cost of classifying a long (e-mail) answer."""
"""What is left of "I can help with that!" once the offer of help is cut ("that!") names no topic."""


def topical_sentences(text: str) -> str:
    """An assistant turn without its boilerplate (see the module doc), at most its first three topical
    sentences; empty when nothing is left, or when the turn asks the customer to say it again (it did not
    understand, or asks for another language: then the rest of it is about that, not the topic)."""
    if asks_to_restate(text):
        return ""  # the bot has not read the issue: the rest is about rephrasing or languages, not the topic
    kept = []
    for sentence in _SENTENCE.split(text):
        lowered = sentence.lower()
        if not lowered.strip() or _is_boilerplate(lowered) or _is_procedure(sentence, lowered):
            continue
        topic = without_help_preamble(sentence)
        if word_count(topic) >= _MIN_TOPIC_WORDS:
            kept.append(topic)
            if len(kept) == _MAX_TOPIC_SENTENCES:
                break
    return " ".join(kept)


def without_help_preamble(sentence: str) -> str:
    """``sentence`` without a leading offer of help ("I can help you track an order" -> "track an order")."""
    return _HELP_PREAMBLE.sub("", sentence, count=1)


def _is_boilerplate(lowered: str) -> bool:
    """Greetings, thanks, the bot introducing itself, "anything else?"."""
    return (
        _GREETING.match(lowered) is not None
        or "anything else" in lowered
        or (
            ("assistant" in lowered or "bot" in lowered or "agent" in lowered)
            and _SELF_INTRO.search(lowered) is not None
        )
    )


def _is_procedure(sentence: str, lowered: str) -> bool:
    """The conversation's machinery rather than its topic: "how can I help?", "I didn't understand", the transfer,
    a request for a detail ("Please share your order number")."""
    return (
        opens_the_floor(lowered)
        or says_not_understood(sentence)
        or states_language_limits(lowered)
        or announces_transfer(sentence)
        or ("bring" in lowered and _BRINGING_IN.search(lowered) is not None)
        or _LOOKUP.match(lowered) is not None
        or (any(hint in lowered for hint in _REQUEST_HINTS) and bool(requested_fact_types(sentence)))
    )
