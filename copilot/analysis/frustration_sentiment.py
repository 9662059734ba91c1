"""Lexicon sentiment of a customer turn, read as *affect*: how the customer feels, not what went wrong.

VADER (offline, English) scores every word of its lexicon, and a support transcript is full of words that
describe the problem rather than the customer's mood: "broken", "error", "lost", "cancel", "problem", "died",
"no". Scored as they are, a calm report of a cracked lamp or a widow's request reads as anger. This module
runs VADER with those descriptive words taken out of its lexicon (affect words such as "annoying",
"ridiculous", "terrible" or "hate" stay), and skips the analyzer altogether for a turn that holds no negative
lexicon word, no negation and no emoji: such a turn cannot score below zero, and only negative sentiment is
read as frustration.
"""

from __future__ import annotations

import re
import string
from functools import lru_cache

from vaderSentiment.vaderSentiment import NEGATE, SentimentIntensityAnalyzer

from copilot.analysis.cues import word_list

__all__ = ["affect_sentiment", "is_cheerful", "may_be_negative"]

_MAX_CHARS = 400

_DESCRIPTIVE = word_list(
    # what is wrong with the order, the product or the account
    "no problem problems problematic issue issues error errors fail failed fails failing failure broken break",
    "breaks cracked crack damage damaged damages dead death die died dies dying lost lose loses losing loss",
    "missing miss missed wrong mistake mistakes mistaken cancel canceled cancelled cancelling canceling",
    "cancellation charged charge charges pay paid block blocked blocks drop dropped drops dropping reject",
    "rejected rejects decline declined declines stop stopped stops ignore ignored disappear disappeared",
    "stolen steal stole theft fraud fraudulent hack hacked virus bug bugs crash crashed crashes stuck late",
    "delay delayed delays lock locked suspend suspended disconnect disconnected torn leak leaking burn burned",
    "burnt burning fire hurt injury injured pain sick emergency urgent risk war funeral grief killed",
    "worse shame confusing confused difficult difficulty tough hard limited limit debt owe owed overdue",
    "penalty fee fees fine fined poor doubt unable",
    # distress without frustration (grief, fear, worry) and politeness ("sorry") are not anger at the service
    "sorry afraid scared fear fearful worried worry worries anxious anxiety nervous panic panicked cry crying",
    "sad sadly unfortunately unfortunate passed loss lonely alone",
    # agreement, requests, occasions: "yes please, I want the gift for her birthday" is not joy at the service
    "yes yeah yep please want wants wanted gift gifts birthday free deal deals give giving help",
)
"""VADER words that describe the situation or make a request, not the customer's feeling about the service."""

_TOKEN = re.compile(r"[a-z][a-z'-]*")
_NEGATORS = frozenset(NEGATE) | {"least"}


_SET_ASIDE: dict[str, float] = {}
"""The lexicon valences taken out of the analyzer (still what the words mean in an exclamation)."""


@lru_cache(maxsize=1)
def _analyzer() -> SentimentIntensityAnalyzer:
    analyzer = SentimentIntensityAnalyzer()
    for word in _DESCRIPTIVE:
        if word in analyzer.lexicon:
            _SET_ASIDE[word] = analyzer.lexicon.pop(word)
    return analyzer


@lru_cache(maxsize=1)
def _triggers() -> frozenset[str]:
    """Words that can make a turn's affect negative: negative lexicon words and negations."""
    negative = {word for word, valence in _analyzer().lexicon.items() if valence < 0 and " " not in word}
    return frozenset(negative) | _NEGATORS


def may_be_negative(lowered: str) -> bool:
    """True when the lower-cased turn holds a word or emoji that could give it a negative affect score."""
    if not lowered.isascii():
        return True  # emoji (VADER reads their names) and accented words: let the analyzer decide
    return not _triggers().isdisjoint(_TOKEN.findall(lowered))


def is_cheerful(words: list[str]) -> bool:
    """True when the words add up to a positive valence in the full lexicon ("YES PLEASE", "THANK YOU SO
    MUCH"): capitals over such words are excitement, not shouting."""
    lexicon = _analyzer().lexicon
    return sum(lexicon.get(w, _SET_ASIDE.get(w, 0.0)) for w in (word.lower() for word in words)) > 0


def affect_sentiment(text: str) -> float:
    """VADER compound of ``text`` (-1 very negative .. 1 very positive) over the affect-only lexicon.

    A text with no lexicon word at all scores exactly 0 without running the analyzer (see
    :func:`_outside_lexicon`): most support turns ("it still shows the same screen") hold none once the
    descriptive words are out, and the analyzer is the costly part of the frustration stage."""
    sample = text[:_MAX_CHARS]
    if _outside_lexicon(sample):
        return 0.0
    return float(_analyzer().polarity_scores(sample)["compound"])


def _outside_lexicon(text: str) -> bool:
    """True when VADER would give ``text`` a compound of exactly 0: it is ASCII (no emoji for VADER to read
    as words) and none of its tokens, split and stripped the way VADER does it, is a lexicon word. VADER
    gives a valence only to lexicon words (boosters, negations, "but" and idioms only modify those), so such
    a text sums to 0."""
    if not text.isascii():
        return False
    lexicon = _analyzer().lexicon
    for token in text.split():
        stripped = token.strip(string.punctuation)
        if (stripped if len(stripped) > 2 else token).lower() in lexicon:
            return False
    return True
