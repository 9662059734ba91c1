"""Per-message frustration cues: what a customer turn says, beyond its lexicon sentiment.

Each cue has a signal ``kind`` (DESIGN.md's preferred kinds), a weight and a detector (the phrase families of
:mod:`copilot.analysis.frustration_patterns`, plus capitals and punctuation). Weights come in three tiers that
mirror the labelling conventions: anger, profanity, shouting and threats are *hot* (high), sarcasm, "this is
frustrating", "I already told you" and polite pressure are *clear* (medium), waiting, "I already did that",
contradicting the assistant, turning down its offer and "??" are *mild* (low); two different mild signs in one
turn are clear. Happy capitals and exclamation marks ("THANK YOU SO MUCH!!") are joy, not anger (positive
wording without such marks, "I trust that will not be a problem", is courtesy and keeps its weak signs); a hedged turn
("I appreciate your help, but...") is softened: its mild signs weigh less, but clear frustration stays clear
(polite-but-frustrated is medium) and only anger comes down a level.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from copilot.analysis import frustration_patterns as p
from copilot.analysis.frustration_scan import GatedPhraseScanner
from copilot.analysis.frustration_sentiment import is_cheerful, may_be_negative
from copilot.analysis.pattern_gate import prefix_lookahead
from copilot.request_memo import per_request

__all__ = ["Cue", "MessageCues", "detect_cues", "is_venting", "read_cues", "says_unbothered", "shows_delight"]


@dataclass(frozen=True)
class Cue:
    """One detected cue: its kind, weight and a short quote or explanation for the agent."""

    kind: str
    weight: float
    detail: str
    family: str = ""
    """The phrase family that found it (``_CUE_FAMILIES``), empty for cues of the conversation's shape."""


@dataclass(frozen=True)
class MessageCues:
    """The cues of one customer turn plus its lexicon sentiment (VADER compound, -1..1)."""

    cues: tuple[Cue, ...]
    compound: float


HOT, CLEAR, MILD = 0.6, 0.35, 0.2
"""Cue weights by what the labelling conventions make of them: anger (high), clear frustration (medium),
mild impatience (low). Weaker mild cues sit below ``MILD``."""

_CUE_FAMILIES: tuple[tuple[str, str, float, str], ...] = (
    # (group, signal kind, weight, pattern)
    ("threat", "threat_to_leave", HOT, p.THREAT),
    ("anger", "explicit_frustration", HOT, p.ANGER),
    ("profanity", "profanity", HOT, p.PROFANITY),
    ("explicit", "explicit_frustration", CLEAR, p.EXPLICIT),
    ("repeat", "repeated_request", CLEAR, p.REPEAT_SAID),
    ("pressure", "explicit_frustration", CLEAR, p.POLITE_PRESSURE),
    ("concession", "explicit_frustration", CLEAR, p.CONCESSION),
    ("bot", "bot_loop", CLEAR, p.BOT_COMPLAINT),
    ("sarcasm", "negative_sentiment", CLEAR, p.SARCASM),
    ("sarcasm_mark", "negative_sentiment", CLEAR, p.SARCASM_MARKS),
    ("sarcasm_foreign", "negative_sentiment", CLEAR, p.SARCASM_FOREIGN),
    ("wait", "wait_complaint", MILD, p.WAIT),
    ("repeat_elsewhere", "repeated_request", MILD, p.REPEAT_ELSEWHERE),
    ("annoyed_elsewhere", "explicit_frustration", MILD, p.ANNOYED_ELSEWHERE),
    ("repeat_mentioned", "repeated_request", MILD, p.REPEAT_MENTIONED),
    ("distress", "explicit_frustration", MILD, p.DISTRESS),
    ("refusal", "negative_sentiment", MILD, p.REFUSAL),
    ("urgency", "wait_complaint", 0.15, p.URGENCY),
    ("failing", "negative_sentiment", 0.12, p.STILL_FAILING),
    ("contradiction", "negative_sentiment", 0.15, p.CONTRADICTION),
    ("done", "bot_loop", 0.15, p.ALREADY_DONE),
    ("resigned", "negative_sentiment", 0.15, p.RESIGNED),
)
_SCANNER = GatedPhraseScanner([(group, pattern) for group, _, _, pattern in _CUE_FAMILIES], re.M)
_FAMILY = {group: (kind, weight) for group, kind, weight, _ in _CUE_FAMILIES}
_DETAIL = {
    "sarcasm": "sarcasm: ",
    "sarcasm_mark": "sarcasm: ",
    "sarcasm_foreign": "sarcasm: ",
    "refusal": "turns down the offer: ",
    "contradiction": "contradicts the assistant: ",
    "done": "already did that: ",
    "failing": "still not working: ",
    "resigned": "curt: ",
}
_HAPPY_GATED = frozenset({"distress", "urgency", "contradiction", "failing", "refusal", "resigned"})
"""Weak families that a happy turn ("OMG YES PLEASE!!", "still says error 😂 but I love it") does not show."""
_LAUGHTER = re.compile(r"\b(?:lol|lmao|haha\w*|hehe\w*)\b|😂|🤣|😄|😁|😅")
"""Laughing in a turn: with a happy tone, its "??" is playful ("30 days?? lol ok"), not impatience."""
_JOY_MARKS = re.compile(
    r"\b(?:lol|lmao|haha\w*|hehe\w*|yay|omg|woo+)\b|[\U0001F300-\U0001FAFF\u2600-\u27BF]|[:;]-?[)D]"
)
"""Laughter, emoji or a smiley: with "!" and capitals, what makes positive wording read as joy."""
_EMOJI_OR_SMILEY = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]|[:;]-?[)D]")
"""An emoji or a smiley: with "!" and happy wording, delight (see :func:`shows_delight`)."""
_STRONG = frozenset({"threat", "profanity", "anger"})
_SAYS_UNBOTHERED = (
    r"\bno\s+(?:stress|worries|rush|hurry|biggie|big\s+deal)\b|\bnot\s+(?:a\s+)?(?:big\s+deal|in\s+a\s+(?:rush|hurry))"
)
_UNBOTHERED = re.compile(rf"{_SAYS_UNBOTHERED}|\b(?:haha\w*|hehe\w*|lol|lmao)\W*$|😂|🤣|😅|😄|😁")
"""The customer says the issue does not bother them ("no rush", "no worries") or laughs it off at the end of the
turn."""
_SAYS_UNBOTHERED_RE = re.compile(_SAYS_UNBOTHERED)
_VENTING_FAMILIES = (
    p.ANGER,
    p.EXPLICIT,
    p.THREAT,
    p.PROFANITY,
    p.BOT_COMPLAINT,
    p.SARCASM,
    p.REPEAT_SAID,
    p.REPEAT_MENTIONED,
)
_VENTING = re.compile(f"{prefix_lookahead(_VENTING_FAMILIES)}(?:{'|'.join(_VENTING_FAMILIES)})", re.M)
"""The venting families as one pattern, behind a lookahead on the letters every match begins with: ``re``
rejects most positions in C at once instead of trying each alternative there (the same matches)."""
_VENTING_GROUPS = frozenset(group for group, _, _, pattern in _CUE_FAMILIES if pattern in _VENTING_FAMILIES)
"""The cue families of :data:`_VENTING_FAMILIES` (each is one): the scanner, which finds their word starts in C,
says first whether any of them matches a sentence."""
_HEDGE = re.compile(p.HEDGE)
_EMPHASIS = re.compile(
    # every word below starts with a capital and a capital or non-ASCII letter: the lookahead lets ``re`` pass
    # over the other word starts at once instead of trying each alternative there
    r"\b(?=[A-Z][A-Z\u0080-\U0010ffff])"
    r"(?:NOT|NO|NEVER|DID|DIDN'T|DON'T|DOESN'T|CAN'T|CANT|WON'T|ISN'T|STILL|ALREADY|NOTHING|ANY|HAVE|HAS|IS|ARE"
    r"|WAS|NOW|AFTER|BEFORE|YOU|YOUR|EVERY|ALWAYS|SAME|ONLY|EVEN|WHY|WHAT|WHERE|TWICE|AGAIN|EVER|NOBODY|TODAY"
    r"|NEED|WANT|PAID|KNOW|TOLD|SAID|WORKS?|WORKING|BROKEN|WRONG|NONE|EVERYTHING|ANYTHING"
    # the day it is needed by ("out for delivery TOMORROW", "TUESDAY???")
    r"|TOMORROW|TONIGHT|YESTERDAY|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|WEEKS?|MONTHS?|DAYS|HOURS"
    r"|YEARS|DEADLINE"
    # the same emphasis in es, fr, de, pt, it, nl, pl, tr ("pagué ANTES", "JAMAIS reçu", "NICHT bestellt")
    r"|NUNCA|NADA|TODAVÍA|ANTES|SIEMPRE|OTRA|JAMAIS|RIEN|TOUJOURS|ENCORE|DÉJÀ|NICHT|NICHTS|NIE|NIEMALS|IMMER|NOCH"
    r"|SCHON|AINDA|NÃO|MAI|ANCORA|GIÀ|NIETS|NOOIT|ALTIJD|NADAL|WCIĄŻ|JUŻ|NIGDY|HALA|HİÇ|ASLA)\b(?![-_\d])"
)
"""One word in capitals for emphasis ("I did NOT change it", "it has to be here TOMORROW"): everyday words and
days, not acronyms."""
_MAY_EMPHASISE = re.compile(r"[A-Z][A-Z\u0080-\U0010ffff]")
"""What every word of :data:`_EMPHASIS` starts with (a capital, then a capital or a non-ASCII letter): a turn
without it skips that long alternation."""
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
_EXCLAIM = re.compile(r"[!?]{3,}|\?!|!\?")
"""Insistent punctuation: it needs a "!" or "???", which the caller checks first (a substring test is cheaper)."""
_DOUBLE_QUESTION = re.compile(r"\?\?")
_FRAGMENTED = re.compile(r"(?<![\w.])\w+\.\s+\w+\.\s+\w+\.(?!\w)")
"""Three one-word sentences in a row: it needs three full stops, which the caller counts first."""
_DIMINISHER = re.compile(
    r"(?:\ba\s+(?:little\s+|tiny\s+)?bit|(?:(?<=[.!?,;:]\s)|(?<=\n)|^)bit|\ba\s+little|\bkinda|\bkind\s+of|\bsort\s+of|\bslightly|\bsomewhat"
    r"|\ba\s+tad|\bmildly|\bmarginally)\s+(?:\w+\s+)?$"
)
"""A word that turns down the frustration word right after it ("kinda annoying", "a bit frustrated")."""
_DIMINISHABLE = frozenset({"explicit"})
_TONED_DOWN_AFFECT = 0.3
"""The most negative affect a turn keeps when the customer toned their frustration down ("a bit annoying"): the
sentiment dead zone of :mod:`copilot.analysis.frustration`, so the cue alone says how upset they are."""
_BUILDING = re.compile(r"\b(?:getting|becoming|starting\s+to\s+(?:get|be|feel))\s+(?:a\s+(?:bit|little)\s+)?$")
"""Words that make an anger word a frustration still building ("this is getting ridiculous")."""
_HEDGE_FACTOR = 0.7
_COMBINED_FLOOR = 0.15
"""The weakest cue that counts towards two mild signs making clear frustration (see :func:`_combined`)."""


HAPPY_FLOOR = 0.5
"""Affect above this is a happy turn: its capitals and exclamation marks are joy."""


def detect_cues(text: str, compound: float, *, happy_floor: float = HAPPY_FLOOR) -> MessageCues:
    """Return every cue in one customer turn whose affect sentiment (-1..1) is ``compound``; see
    :func:`read_cues`."""
    return read_cues(text, lambda _: compound, happy_floor=happy_floor)


def read_cues(text: str, sentiment: Callable[[str], float] | None, *, happy_floor: float = HAPPY_FLOOR) -> MessageCues:
    """Return every cue in one customer turn (patterns run on the lower-cased text: much faster than re.I).

    ``sentiment`` scores the turn's affect (-1..1; None for a language it cannot read). It is called only when
    its answer matters: the turn could read negative, or it shows capitals, "!!" or "omg", which are joy when
    the turn is happy (compound above ``happy_floor``), not anger. A hedged turn without threats, profanity
    or shouting ("I appreciate your help, but...") has its cue weights softened."""
    lowered = text.lower()
    matches = _SCANNER.first_matches(lowered)
    seen: dict[str, Cue] = {}
    toned_down = False
    for group in _FAMILY if matches else ():  # in family order, so the signals read the same on every run
        match = matches.get(group)
        if match is not None:
            kind, weight = _FAMILY[group]
            if group in _DIMINISHABLE and _diminished(lowered, match.start()):
                weight = MILD  # "kinda annoying", "a bit frustrating": mild impatience, not clear frustration
                toned_down = True
            elif group == "anger" and _building(lowered, match.start()):
                weight = CLEAR  # "this is getting ridiculous", "a bit ridiculous": clear frustration, not anger yet
            seen[group] = Cue(kind, weight, _DETAIL.get(group, "") + _quote(match.group(0)), group)
    loud, insistent = _loudness(text), _insistence(text)
    laughing = insistent is not None and _LAUGHTER.search(lowered) is not None
    gated = loud is not None or laughing or not _HAPPY_GATED.isdisjoint(seen)
    compound = sentiment(text) if sentiment is not None and (gated or may_be_negative(lowered)) else 0.0
    if compound > happy_floor:
        # positive wording reads as joy with capitals, "!", laughter or emoji; plain courteous wording ("I trust
        # that will not be a problem") keeps its weak signs
        if loud is not None or "!" in text or _JOY_MARKS.search(lowered):
            seen = {group: cue for group, cue in seen.items() if group not in _HAPPY_GATED}
        loud = None
        insistent = None if laughing else insistent
    if compound < 0 and _LAUGHTER.search(lowered):
        compound = 0.0  # negative words in a laughing turn are light ("no i never saved those lol")
    if toned_down:
        # the customer said how much it bothers them ("bit annoying that this keeps happening"): the lexicon's
        # reading of the same word must not count it again at full strength
        compound = max(compound, -_TONED_DOWN_AFFECT)
    typography = loud or insistent
    found = [*seen.values(), *([typography] if typography is not None else [])]
    if found and _UNBOTHERED.search(lowered) and not _shouting(typography):
        # "no stress at all, just want them before i forget haha": the customer says it does not bother them, so
        # the mild signs of the same turn (a "??", "tried that") are no impatience; clear frustration stays
        found = [cue for cue in found if cue.weight >= CLEAR]
    if found and _STRONG.isdisjoint(seen) and not _shouting(typography) and _HEDGE.search(lowered):
        # before combining: two softened mild signs in a courteous turn do not add up to clear frustration
        found = [Cue(c.kind, _hedged(c.weight), c.detail, c.family) for c in found]
    return MessageCues(cues=tuple(_combined(found)), compound=compound)


def shows_delight(text: str, sentiment: Callable[[str], float] | None) -> bool:
    """True when a customer turn is openly delighted: happy wording (affect above ``HAPPY_FLOOR``) with "!" and an
    emoji or a smiley ("AMAZING thank you!!! 💕", "it was AMAZING!!! 😍"). A plain "Great, thanks!" is a courteous
    sign-off, and laughter ("lol worth a try. ok thanks") is as often wry, so neither counts. ``sentiment`` is None
    for a language the lexicon cannot read."""
    return (
        sentiment is not None
        and "!" in text
        and _EMOJI_OR_SMILEY.search(text) is not None
        and sentiment(text) > HAPPY_FLOOR
    )


def says_unbothered(text: str) -> bool:
    """True when the customer says outright that the issue does not bother them ("no worries", "no rush")."""
    return _SAYS_UNBOTHERED_RE.search(text.lower()) is not None


def _building(lowered: str, start: int) -> bool:
    """True when the anger word at ``start`` is still building or turned down ("getting ridiculous", "a bit
    absurd"): the conventions' anger is the word said outright."""
    return _BUILDING.search(lowered, max(0, start - 24), start) is not None or _diminished(lowered, start)


def _diminished(lowered: str, start: int) -> bool:
    """True when the cue at ``start`` is turned down by the words just before it ("kinda annoying tbh")."""
    return _DIMINISHER.search(lowered, max(0, start - 24), start) is not None


def _hedged(weight: float) -> float:
    """A cue's weight in a courteous turn: softened, but clear frustration stays clear ("I appreciate that these
    things happen, but I'm finding this quite frustrating" is polite-but-frustrated, which the conventions call
    medium); only anger comes down a level."""
    softened = weight * _HEDGE_FACTOR
    return round(softened if weight < CLEAR else max(softened, CLEAR), 3)


def _combined(cues: list[Cue]) -> list[Cue]:
    """Two different mild signs in one turn ("I don't want to pay for your form ... out for delivery TOMORROW",
    "I don't want to be kept on the phone ... last time it took 40 minutes") read as clear frustration: the
    strongest is raised to ``CLEAR``. Weak hints (below ``_COMBINED_FLOOR``, such as "??") do not count."""
    mild = [cue for cue in cues if _COMBINED_FLOOR <= cue.weight < CLEAR]
    if len(mild) < 2 or any(cue.weight >= CLEAR for cue in cues):
        return cues
    top = max(mild, key=lambda cue: cue.weight)
    return [Cue(cue.kind, CLEAR, cue.detail, cue.family) if cue is top else cue for cue in cues]


@per_request
def is_venting(sentence: str) -> bool:
    """True when a sentence is about the customer's feelings or the bot ("this is ridiculous", "I'll cancel
    everything", "you keep sending the same link"), not about the issue: nothing is left once the cue is out.
    Cached: a pure function of one sentence, asked again by the intent and compose stages."""
    lowered = sentence.lower()
    if _VENTING_GROUPS.isdisjoint(_SCANNER.first_matches(lowered)):
        return False  # no venting family matches: the pattern below would remove nothing
    lowered = _VENTING.sub(" ", lowered)
    content = [w for w in re.findall(r"[a-z]{3,}", lowered) if w not in _VENT_FILLER]
    return len(content) < 3 and lowered.strip() != sentence.lower().strip()


_VENT_FILLER = frozenset(
    "this that the and you your are was have has just really honestly about with for from what why how not".split()  # noqa: SIM905
)


def _loudness(text: str) -> Cue | None:
    """Shouting, emphatic capitals or "!!!" (joy in a happy turn, so the caller drops them there)."""
    angry_caps = _angry_caps(text)
    if angry_caps:
        return Cue("caps_or_punctuation", HOT, f"shouting in capitals: {_quote(angry_caps)}", "shouting")
    # the stronger of the two when a word is both ("TUESDAY???")
    if ("!" in text or "???" in text) and _EXCLAIM.search(text):
        return Cue("caps_or_punctuation", MILD, "insistent punctuation (!!!, ?!)", "exclaim")
    emphasis = _EMPHASIS.search(text) if _MAY_EMPHASISE.search(text) and _LOWER_WORD.search(text) else None
    if emphasis:
        return Cue("caps_or_punctuation", 0.15, f"emphatic capitals: {_quote(emphasis.group(0))}", "emphasis")
    return None


def _insistence(text: str) -> Cue | None:
    """Fragmented full stops ("my PC. is. wired.") or "??": impatience whatever the mood of the words."""
    fragmented = _FRAGMENTED.search(text) if text.count(".") >= 3 else None
    if fragmented:
        return Cue("caps_or_punctuation", 0.15, f"emphatic full stops: {_quote(fragmented.group(0))}", "fragmented")
    if _DOUBLE_QUESTION.search(text):
        return Cue("caps_or_punctuation", 0.1, "insistent question marks (??)", "double_question")
    return None


def _shouting(cue: Cue | None) -> bool:
    return cue is not None and cue.detail.startswith("shouting")


_WORD = re.compile(r"(?<![\w-])[A-Za-z']{2,}(?![\w-])")
"""A word standing alone: not part of an error code, a product code or an identifier (ERR_TOO_MANY_REDIRECTS)."""
_TWO_CAPITALS = re.compile(r"[A-Z][A-Z']")
_ACRONYMS = frozenset({"I", "A", "OK", "ID", "AI", "TV", "PM", "AM", "PC", "US", "UK", "EU"})


def _angry_caps(text: str) -> str | None:
    """The shouted part: a run of at least three words in capitals ("I KNOW WHAT IT SHOWS"), or a turn written
    mostly in capitals with at least two such words. Acronyms and codes (PIN, ICCID, ERR_TOO_MANY_REDIRECTS)
    stand alone or carry digits and underscores, so they are not shouting."""
    if _TWO_CAPITALS.search(text) is None:
        return None
    words = _WORD.findall(text)
    shouted = [w for w in words if w.isupper() and w not in _ACRONYMS]
    if len(shouted) < 2:  # a run of three is made of shouted words too: neither reading can hold
        return None
    run: list[str] = []
    longest: list[str] = []
    for word in words:
        run = [*run, word] if word.isupper() and word not in _ACRONYMS else []
        if len(run) > len(longest):
            longest = run
    if len(longest) >= 3 and len(set(longest)) >= 2 and not is_cheerful(longest):
        return " ".join(longest[:6])
    letters = [c for c in text if c.isalpha()]
    if sum(c.isupper() for c in letters) / len(letters) < 0.6 or is_cheerful(shouted):
        return None
    return " ".join(shouted[:6])


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return f'"{text}"' if len(text) <= limit else f'"{text[: limit - 1]}…"'
