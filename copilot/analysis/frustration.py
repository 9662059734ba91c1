"""Frustration: level, score, trend and evidence, from the customer's turns and the shape of the conversation.

Each customer turn gets a score in 0..1: the noisy-or of its cues (:mod:`copilot.analysis.frustration_cues`) and
of its lexicon sentiment (VADER, offline; only negative sentiment counts, because polite or sarcastic wording
reads positive). Conversation cues add to the turn they happen in: a second or third ask for a human, a customer
repeating an earlier message, the assistant repeating itself (a bot loop).

The conversation score is the strongest recent turn plus a share of the rest (later turns weigh more: the agent
meets the customer as they are now). Levels, fitted on the tuned suites: ``none`` < 0.2 <= ``low`` < 0.32 <=
``medium`` < 0.56 <= ``high``.
The trend compares the mean score of the early and the late customer turns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from copilot.analysis.cues import asks_for_human, is_filler, similar
from copilot.analysis.frustration_cues import Cue, detect_cues
from copilot.context import Prepared, PreparedMessage
from copilot.schema import Frustration, FrustrationSignal

__all__ = ["LEVELS", "analyze_frustration", "level_for", "sentiment"]

LEVELS: tuple[tuple[float, str], ...] = ((0.56, "high"), (0.32, "medium"), (0.2, "low"))
"""Lower bounds of each level, highest first; below the last one the level is ``none``."""

_SENTIMENT_WEIGHT = 0.55
_NEGATIVE_SIGNAL_BELOW = -0.5
_REPEAT_SIMILARITY = 0.75
_LOOP_SIMILARITY = 0.85
_REST_SHARE = 0.35
_FIRST_ASK_WEIGHT = 0.12
_TREND_DELTA = 0.12
_MAX_SIGNALS = 10
_MAX_CHARS = 400
_SENTIMENT_FIRST, _SENTIMENT_LAST = 4, 8  # VADER reads these turns of long chats; cues read every turn


@lru_cache(maxsize=1)
def _vader() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


def sentiment(text: str) -> float:
    """VADER compound sentiment of ``text`` (-1 very negative .. 1 very positive)."""
    return float(_vader().polarity_scores(text[:_MAX_CHARS])["compound"])


def level_for(score: float) -> str:
    """The frustration level of a conversation score."""
    return next((level for bound, level in LEVELS if score >= bound), "none")


@dataclass
class _Turn:
    message: PreparedMessage
    compound: float
    cues: list[Cue] = field(default_factory=list)

    @property
    def score(self) -> float:
        remaining = 1.0 - _SENTIMENT_WEIGHT * max(0.0, -self.compound)
        for cue in self.cues:
            remaining *= 1.0 - cue.weight
        return 1.0 - remaining


def analyze_frustration(prepared: Prepared, *, language: str = "en") -> Frustration:
    """Score the customer's frustration with cited signals (see the module docstring for the method). The VADER
    lexicon is English: for other languages only the cues count (it reads German "die" as a death)."""
    english = language == "en"
    messages = [m for m in prepared.customer_messages if m.text.strip()]
    scored = set(range(_SENTIMENT_FIRST)) | set(range(len(messages) - _SENTIMENT_LAST, len(messages)))
    turns = [_turn(m, english=english and i in scored) for i, m in enumerate(messages)]
    if not turns:
        return Frustration(level="none", score=0.0, trend="steady", signals=[])
    _add_repeats(turns)
    loop_signals = _add_bot_loops(prepared, turns)
    scores = [t.score for t in turns]
    score = round(_combine(scores), 3)
    signals = [
        FrustrationSignal(kind=cue.kind, message_id=turn.message.id, detail=cue.detail)
        for turn in turns
        for cue in turn.cues
    ]
    signals = _dedupe([*signals, *loop_signals])
    return Frustration(level=level_for(score), score=score, trend=_trend(scores), signals=signals[:_MAX_SIGNALS])


def _turn(message: PreparedMessage, *, english: bool = True) -> _Turn:
    compound = sentiment(message.text) if english else 0.0
    turn = _Turn(message=message, compound=compound, cues=list(detect_cues(message.text, compound).cues))
    if compound <= _NEGATIVE_SIGNAL_BELOW:
        turn.cues.append(Cue("negative_sentiment", 0.0, f"strongly negative wording (VADER {compound:.2f})"))
    return turn


def _add_repeats(turns: list[_Turn]) -> None:
    """A second or later ask for a human, or a turn that repeats an earlier one, is a repeated request."""
    asks = 0
    for index, turn in enumerate(turns):
        text = turn.message.text
        if asks_for_human(text):
            asks += 1
            if asks >= 2:
                turn.cues.append(Cue("repeated_request", 0.3, f"{_ordinal(asks)} ask for a human"))
                continue
            turn.cues.append(Cue("asked_for_human", _FIRST_ASK_WEIGHT, "asks for a human"))
        if len(text.strip()) < 12 or is_filler(text):
            continue
        if any(similar(text, earlier.message.text) >= _REPEAT_SIMILARITY for earlier in turns[:index]):
            turn.cues.append(Cue("repeated_request", 0.25, "repeats an earlier message"))


def _add_bot_loops(prepared: Prepared, turns: list[_Turn]) -> list[FrustrationSignal]:
    """An assistant turn that repeats an earlier one: a signal on it, and weight on the customer's next turn."""
    signals: list[FrustrationSignal] = []
    earlier_ai: list[PreparedMessage] = []
    by_index = {t.message.index: t for t in turns}
    for message in prepared.messages:
        if message.role != "ai" or len(message.text.strip()) < 20:
            continue
        if any(similar(message.text, old.text) >= _LOOP_SIMILARITY for old in earlier_ai):
            detail = "the assistant repeated itself"
            signals.append(FrustrationSignal(kind="bot_loop", message_id=message.id, detail=detail))
            following = next((by_index[i] for i in sorted(by_index) if i > message.index), None)
            if following is not None and not any(c.kind == "bot_loop" for c in following.cues):
                following.cues.append(Cue("bot_loop", 0.2, "replied after the assistant repeated itself"))
        earlier_ai.append(message)
    return signals


def _combine(scores: list[float]) -> float:
    """Strongest recency-weighted turn plus a share of the others (noisy-or), capped at 1."""
    count = len(scores)
    weighted = [s * (0.7 + 0.3 * (i / (count - 1) if count > 1 else 1.0)) for i, s in enumerate(scores)]
    top_index = max(range(count), key=weighted.__getitem__)
    rest = 1.0
    for index, value in enumerate(weighted):
        if index != top_index:
            rest *= 1.0 - value
    top = weighted[top_index]
    return min(1.0, top + _REST_SHARE * (1.0 - rest) * (1.0 - top))


def _trend(scores: list[float]) -> str:
    if len(scores) < 2:
        return "steady"
    half = len(scores) // 2
    early, late = scores[:half], scores[half:]
    delta = sum(late) / len(late) - sum(early) / len(early)
    if delta >= _TREND_DELTA:
        return "rising"
    if delta <= -_TREND_DELTA:
        return "falling"
    return "steady"


def _dedupe(signals: list[FrustrationSignal]) -> list[FrustrationSignal]:
    seen: set[tuple[str, str, str]] = set()
    kept = []
    for signal in signals:
        key = (signal.kind, signal.message_id, signal.detail)
        if key not in seen:
            seen.add(key)
            kept.append(signal)
    return kept


def _ordinal(n: int) -> str:
    return {2: "second", 3: "third", 4: "fourth", 5: "fifth"}.get(n, f"{n}th")
