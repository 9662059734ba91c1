"""Frustration: level, score, trend and evidence, from the customer's turns and the shape of the conversation.

Each customer turn gets a score in 0..1: the noisy-or of its cues (:mod:`copilot.analysis.frustration_cues`) and
of its affect sentiment (VADER without the words that only describe the problem, see
:mod:`copilot.analysis.frustration_sentiment`; only negative affect counts, because polite or sarcastic wording
reads positive). Conversation cues add to the turn they concern: a second or third ask for a human, a customer
repeating an earlier message, the assistant repeating itself (a bot loop) or saying it did not understand.

The conversation score is the strongest recent turn plus a share of the rest (later turns weigh more: the agent
meets the customer as they are now). Levels, fitted on the tuned suites (see ``LEVELS``) to the labelling
convention: ``low`` is mild impatience or one brush with the bot, ``medium`` clear (often polite or sarcastic)
frustration, ``high`` anger: profanity, shouting, threats, or frustration that builds over many turns.
A customer is labelled by where they end up: clear frustration that calmed down ends at ``low``, mild signs
followed by delight or "no worries" at ``none``; the "??" of a customer who writes with delight is style.
The trend compares the mean score of the early and the late customer turns.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from copilot.analysis.cues import asks_for_human, is_filler, says_not_understood, word_list, word_set
from copilot.analysis.frustration_cues import Cue, read_cues, says_unbothered, shows_delight
from copilot.analysis.frustration_sentiment import affect_sentiment
from copilot.analysis.frustration_settle import settles
from copilot.context import Prepared, PreparedMessage
from copilot.schema import Frustration, FrustrationSignal

__all__ = ["LEVELS", "analyze_frustration", "level_for", "sentiment"]

LEVELS: tuple[tuple[float, str], ...] = ((0.6, "high"), (0.3, "medium"), (0.1, "low"))
"""Lower bounds of each level, highest first; below the last one the level is ``none``. They sit just under
the cue tiers of :mod:`copilot.analysis.frustration_cues` (mild 0.12-0.2, clear 0.35, hot 0.6) so that one cue
of a tier gives its level, and checked on the tuned suites (a grid over the two shares and the bounds: round
values in a flat optimum were kept)."""

_SENTIMENT_WEIGHT = 0.55
_SENTIMENT_DEAD_ZONE = 0.3
_NEGATIVE_SIGNAL_BELOW = -0.5
_REPEAT_SIMILARITY = 0.75
_LOOP_SIMILARITY = 0.85
_TURN_REST_SHARE = 0.35
_CONVERSATION_REST_SHARE = 0.3
_RECENCY_FLOOR = 0.85
_UNDISCOUNTED = 2
"""The last customer turns that keep their full weight: a short "quick please" after an outburst does not make
the outburst older."""
_STILL_UPSET = 0.2
"""A later turn at least this frustrated (a mild sign) keeps an earlier outburst at full weight: the customer has
not calmed down since, so the outburst is not stale."""
_FIRST_ASK_WEIGHT = 0.06
_REPEAT_WEIGHT = 0.3
_OFFERS_PERSON = re.compile(
    r"\b(?:team\s+member|member\s+of\s+(?:our|the)\s+team|agent|colleague|specialist|representative|human"
    r"|real\s+person|someone\s+(?:from|on|in)\s+our)"
)
"""An assistant turn that offers, invites or announces a person."""
_NOT_UNDERSTOOD_WEIGHT = 0.15
_FEAR_OR_GRIEF = re.compile(
    # "I'm afraid it didn't work" is the polite "unfortunately", not fear
    r"\b(?:scared|afraid(?!\s+(?:it|that|this|not|so|i|we|there)\b)|frightened|terrified|panicking|worried|anxious"
    r"|nervous|passed\s+away|died|funeral|grieving|bereave\w*|my\s+late\s+"
    r"(?:husband|wife|mother|father|mom|mum|dad|son|daughter|partner)|(?:protective|restraining)\s+order|not\s+safe"
    r"|unsafe|in\s+danger|stalk(?:ing|ed|er)|harass\w*)"
)
"""The customer states fear or grief: the labelling conventions read such a customer as distressed, not frustrated."""
_FEAR_OR_GRIEF_WORDS = word_list(
    "scared afraid frightened terrified panicking worried anxious nervous passed died funeral grieving bereaved",
    "bereavement late protective",
    "restraining safe unsafe danger stalking stalked stalker harass harassed harasses harassing harassment",
)
"""A word every match of :data:`_FEAR_OR_GRIEF` holds: a turn without one (the cached word set) skips the regex."""
_AMBIGUOUS_IN_DISTRESS = frozenset({"urgency", "double_question", "distress"})
"""Weak cue families that show distress as much as impatience ("please hurry", "what happens now??"): they count
as frustration only when the customer states no fear or grief."""
_NEEDS_AN_OFFER = frozenset({"refusal"})
"""Families that answer the assistant ("I don't want another link"): not frustration before it has said anything."""
_DOUBLE_QUESTION = "double_question"
_CONCESSION = "concession"
""""I understand X, but...": pushback when it answers the assistant; before it has said anything, an opening
that only concedes a rule ("I understand the fares were Basic, but I should be grateful to know...") is calm,
and one that also shows a feeling ("disheartening") stays polite-but-frustrated."""
_THANKS_OPENING = re.compile(
    r"\W*(?:(?:ok(?:ay)?|great|perfect|alright|right)[,.!]?\s+)?(?:thanks|thank\s+you|thx|ty|cheers)\b"
)
"""A turn that opens with thanks ("Thanks.", "ok thanks", "great, thank you")."""
_WORDS = re.compile(r"[a-z0-9']+")
_GOES_ON_WORDS = 3
"""Words after the thanks that make a closing turn more than a sign-off ("for reference, the bookkeeper is...")."""
_TREND_DELTA = 0.12
_MAX_SIGNALS = 10


def sentiment(text: str) -> float:
    """Affect sentiment of ``text`` (-1 very negative .. 1 very positive): VADER over its affect words."""
    return affect_sentiment(text)


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
        weights = [cue.weight for cue in self.cues]
        if self.compound < -_SENTIMENT_DEAD_ZONE:
            weights.append(_SENTIMENT_WEIGHT * (-self.compound - _SENTIMENT_DEAD_ZONE) / (1 - _SENTIMENT_DEAD_ZONE))
        return _strongest_plus(weights, _TURN_REST_SHARE)


def analyze_frustration(prepared: Prepared, *, language: str = "en") -> Frustration:
    """Score the customer's frustration with cited signals (see the module docstring for the method). The VADER
    lexicon is English: for other languages only the cues count (it reads German "die" as a death)."""
    reader = affect_sentiment if language == "en" else None
    turns = [_turn(m, reader) for m in prepared.customer_messages if m.text.strip()]
    if not turns:
        return Frustration(level="none", score=0.0, trend="steady", signals=[])
    _drop_misread_cues(prepared, turns)
    _drop_exuberant_question_marks(turns, reader)
    _add_repeats(prepared, turns)
    assistant_signals = _add_assistant_failures(prepared, turns)
    scores = [t.score for t in turns]
    combined = _combine(scores)
    calmed = _calmed(turns, scores, combined, reader)
    score = round(calmed, 3)
    # a customer who calmed down after their most frustrated turn is falling, whatever the halves' means say
    trend = "falling" if calmed < combined else _trend(scores)
    signals = [
        FrustrationSignal(kind=cue.kind, message_id=turn.message.id, detail=cue.detail)
        for turn in turns
        for cue in turn.cues
    ]
    signals = _dedupe([*signals, *assistant_signals])
    return Frustration(level=level_for(score), score=score, trend=trend, signals=signals[:_MAX_SIGNALS])


def _turn(message: PreparedMessage, reader: Callable[[str], float] | None) -> _Turn:
    found = read_cues(message.text, reader)
    turn = _Turn(message=message, compound=found.compound, cues=list(found.cues))
    if found.compound <= _NEGATIVE_SIGNAL_BELOW:
        turn.cues.append(Cue("negative_sentiment", 0.0, f"strongly negative wording (VADER {found.compound:.2f})"))
    return turn


def _drop_misread_cues(prepared: Prepared, turns: list[_Turn]) -> None:
    """Take out the cues the context shows are something else: a refusal before the assistant offered anything
    ("I don't want to be charged, can you cancel it?" is the request itself), an opening "I understand X, but"
    that shows nothing else (it concedes a rule), and, when the customer states fear, worry or grief, the weak
    cues and the negative wording that distress shows as much as impatience."""
    first_ai = next((m.index for m in prepared.messages if m.role == "ai"), None)
    distressed = any(
        not _FEAR_OR_GRIEF_WORDS.isdisjoint(word_set(t.message.text)) and _FEAR_OR_GRIEF.search(t.message.text.lower())
        for t in turns
    )
    for turn in turns:
        before_offer = first_ai is None or turn.message.index < first_ai
        if not (distressed or before_offer) or (not turn.cues and turn.compound >= 0):
            continue
        lone_concession = before_offer and all(cue.family == _CONCESSION for cue in turn.cues)
        turn.cues = [
            cue
            for cue in turn.cues
            if not (before_offer and cue.family in _NEEDS_AN_OFFER)
            and not (lone_concession and cue.family == _CONCESSION)
            and not (distressed and cue.family in _AMBIGUOUS_IN_DISTRESS)
            and not (distressed and cue.kind == "negative_sentiment" and not cue.family)
        ]
        if distressed:
            turn.compound = max(turn.compound, 0.0)


def _drop_exuberant_question_marks(turns: list[_Turn], reader: Callable[[str], float] | None) -> None:
    """Take out the "??" of a customer who shows delight somewhere in the conversation ("it was AMAZING!!! 😍"
    ... "my points never showed up??"): doubled marks are how they write, not impatience. Only the "??" hint goes;
    what they say (a wait, a complaint) still counts."""
    if not any(cue.family == _DOUBLE_QUESTION for turn in turns for cue in turn.cues):
        return
    if not any(shows_delight(turn.message.text, reader) for turn in turns):
        return
    for turn in turns:
        turn.cues = [cue for cue in turn.cues if cue.family != _DOUBLE_QUESTION]


def _add_repeats(prepared: Prepared, turns: list[_Turn]) -> None:
    """An ask for a human that the assistant did not take up ("agent please" ... "AGENT!!"), or a turn that
    repeats an earlier one, is a repeated request. An ask the assistant invited or answered ("Reply AGENT to
    chat with the team", "Would you like me to connect you?") does not count as asking again."""
    by_index = {t.message.index: t for t in turns}
    asks = 0
    earlier: list[frozenset[str]] = []
    for message in prepared.messages:
        if message.role == "ai" and _OFFERS_PERSON.search(message.text.lower()):
            asks = 0
        turn = by_index.get(message.index)
        if turn is None:
            continue
        text = turn.message.text
        asked = asks_for_human(text)
        if asked:
            asks += 1
            if asks >= 2:
                turn.cues.append(Cue("repeated_request", _REPEAT_WEIGHT, f"{_ordinal(asks)} ask for a human"))
            else:
                turn.cues.append(Cue("asked_for_human", _FIRST_ASK_WEIGHT, "asks for a human"))
        words = word_set(text)  # once per turn: compared with every later turn
        if not asked and _repeats_earlier(text, words, earlier):
            turn.cues.append(Cue("repeated_request", _REPEAT_WEIGHT, "repeats an earlier message"))
        earlier.append(words)


def _repeats_earlier(text: str, words: frozenset[str], earlier: list[frozenset[str]]) -> bool:
    """Does ``text`` (whose word set is ``words``) repeat one of the earlier customer turns (their word sets)?"""
    if len(text.strip()) < 12 or is_filler(text):
        return False
    return _any_similar(words, earlier, _REPEAT_SIMILARITY)


def _add_assistant_failures(prepared: Prepared, turns: list[_Turn]) -> list[FrustrationSignal]:
    """The assistant repeating an earlier turn (a bot loop: a signal on it, weight on the customer's next turn)
    or saying it did not understand (weight on the customer turn it did not understand)."""
    signals: list[FrustrationSignal] = []
    earlier_ai: list[frozenset[str]] = []
    customer_turns = sorted(turns, key=lambda t: t.message.index)
    for message in prepared.messages:
        if message.role != "ai" or len(message.text.strip()) < 20:
            continue
        if says_not_understood(message.text):
            previous = _nearest(customer_turns, message.index, after=False)
            if previous is not None:
                _add_once(previous, Cue("bot_loop", _NOT_UNDERSTOOD_WEIGHT, "the assistant did not understand it"))
        words = word_set(message.text)
        if _any_similar(words, earlier_ai, _LOOP_SIMILARITY):
            detail = "the assistant repeated itself"
            signals.append(FrustrationSignal(kind="bot_loop", message_id=message.id, detail=detail))
            following = _nearest(customer_turns, message.index, after=True)
            if following is not None:
                _add_once(following, Cue("bot_loop", 0.2, "replied after the assistant repeated itself"))
        earlier_ai.append(words)
    return signals


def _add_once(turn: _Turn, cue: Cue) -> None:
    if all(c.detail != cue.detail for c in turn.cues):
        turn.cues.append(cue)


def _nearest(turns: list[_Turn], index: int, *, after: bool) -> _Turn | None:
    """The customer turn right after (or right before) position ``index``."""
    if after:
        return next((t for t in turns if t.message.index > index), None)
    return next((t for t in reversed(turns) if t.message.index < index), None)


def _any_similar(words: frozenset[str], earlier: list[frozenset[str]], threshold: float) -> bool:
    """True when some set of ``earlier`` has a Jaccard overlap of at least ``threshold`` with ``words``: the same
    answer as ``any(_similar(words, old) >= threshold ...)`` in one loop without a call per pair (a long
    conversation compares some 350 pairs). Jaccard is at most the smaller size over the larger, so a pair whose
    sizes differ by more than ``threshold`` allows is skipped without a set operation."""
    size = len(words)
    if not size:
        return False
    for old in earlier:
        other = len(old)
        if not other or (size < threshold * other if size <= other else other < threshold * size):
            continue
        shared = len(words & old)
        if shared / (size + other - shared) >= threshold:
            return True
    return False


def _similar(left: frozenset[str], right: frozenset[str]) -> float:
    """Jaccard overlap of two turns' word sets, with a shortcut: sets whose sizes differ too much for the
    thresholds used here are dissimilar (no set operation needed)."""
    small, large = (len(left), len(right)) if len(left) <= len(right) else (len(right), len(left))
    if not small or small < _REPEAT_SIMILARITY * large:
        return 0.0
    shared = len(left & right)
    return shared / (len(left) + len(right) - shared)  # the union's size, without building it


def _calmed(turns: list[_Turn], scores: list[float], score: float, reader: Callable[[str], float] | None) -> float:
    """The conversation score, brought down to the top of ``low`` when the customer calmed down after their most
    frustrated turn (an apology for their tone, relief at an answer) and stayed calm: they are labelled by where
    they end up, but not below ``low`` after being upset (:mod:`copilot.analysis.frustration_settle`). A customer
    who showed only mild signs and ends delighted or unbothered ("no worries :) thank you!") ends at ``none``."""
    medium, low = _bound("medium"), _bound("low")
    if score < low:
        return score
    if score < medium:
        return low - 0.01 if scores[-1] < low and _ends_happy(turns[-1], reader) else score
    calm_from = next((i for i in range(len(turns) - 1, 0, -1) if settles(turns[i].message.text)), None)
    if calm_from is None and score < _bound("high") and _thanks_calmly(turns[-1]):
        calm_from = len(turns) - 1
    # the calming turn itself is read as calm ("I want to dispute it AND claim. sorry for the caps earlier")
    if calm_from is None or max(scores[:calm_from]) < medium or any(s >= medium for s in scores[calm_from + 1 :]):
        return score
    return max(_bound("low"), medium - 0.01)


def _ends_happy(turn: _Turn, reader: Callable[[str], float] | None) -> bool:
    """The customer's last turn says the issue does not bother them ("no worries", "no rush at all") or is openly
    delighted ("AMAZING thank you!!! 💕"); a bare "Great, thanks!" is courtesy and does not count."""
    return says_unbothered(turn.message.text) or shows_delight(turn.message.text, reader)


def _thanks_calmly(turn: _Turn) -> bool:
    """A closing turn that opens with thanks, goes on to cooperate and shows no sign of frustration ("ok thanks.
    fwiw my PIN was..."): the customer took the handoff calmly. A bare sign-off ("Okay. Thank you.") is courtesy
    and says nothing about how they feel."""
    if turn.cues or turn.compound < 0:
        return False
    lowered = turn.message.text.lower()
    opening = _THANKS_OPENING.match(lowered)
    return opening is not None and len(_WORDS.findall(lowered, opening.end())) >= _GOES_ON_WORDS


def _bound(level: str) -> float:
    return next(bound for bound, name in LEVELS if name == level)


def _combine(scores: list[float]) -> float:
    """The strongest recency-weighted turn plus a share of the others (see :func:`_strongest_plus`)."""
    count = len(scores)
    still = [False] * count  # a later turn still at least mildly frustrated (one pass from the end)
    for i in range(count - 2, -1, -1):
        still[i] = still[i + 1] or scores[i + 1] >= _STILL_UPSET
    weighted = [
        s * (1.0 if i >= count - _UNDISCOUNTED or still[i] else _RECENCY_FLOOR + (1 - _RECENCY_FLOOR) * i / (count - 1))
        for i, s in enumerate(scores)
    ]
    return _strongest_plus(weighted, _CONVERSATION_REST_SHARE)


def _strongest_plus(values: list[float], share: float) -> float:
    """The strongest value plus ``share`` of the noisy-or of the others, on what is left above it: many weak
    cues add up, but slowly, so several sarcastic remarks stay "clear frustration" and only real anger or a
    long build-up reaches the top level. 0 for no values, never above 1."""
    if not values:
        return 0.0
    top = max(values)
    remaining = 1.0
    for value in values:
        remaining *= 1.0 - value
    rest = 1.0 - remaining / (1.0 - top) if top < 1.0 else 1.0
    return min(1.0, top + share * rest * (1.0 - top))


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
