"""Per-message frustration cues: what a customer turn says, beyond its lexicon sentiment.

Each cue has a signal ``kind`` (DESIGN.md's preferred kinds), a weight (its contribution to the message's
frustration, combined as a noisy-or) and a detector. The detectors read how upset people write in any domain:
explicit frustration, threats to leave, wait complaints, repeated asks, profanity, angry capitals and
punctuation (not happy ones: "THANK YOU SO MUCH!!" is joy), sarcasm ("great, just great, another link") and the
polite-but-frustrated register ("I have now asked three times, kindly...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Cue", "MessageCues", "detect_cues", "is_venting"]


@dataclass(frozen=True)
class Cue:
    """One detected cue: its kind, weight and a short quote or explanation for the agent."""

    kind: str
    weight: float
    detail: str


@dataclass(frozen=True)
class MessageCues:
    """The cues of one customer turn plus its lexicon sentiment (VADER compound, -1..1)."""

    cues: tuple[Cue, ...]
    compound: float


_EXPLICIT = re.compile(
    r"\b(?:ridiculous|absurd|unacceptable|outrageous|infuriating|frustrat\w*|annoy\w*|angry|furious|livid|fuming"
    r"|pissed|fed\s+up|sick\s+(?:and\s+tired\s+)?of|tired\s+of|had\s+enough|enough\s+is\s+enough|waste\s+of\s+"
    r"(?:my\s+)?time|wasting\s+my\s+time|what\s+a\s+joke|(?:is|this)\s+a\s+joke|pathetic|useless|hopeless"
    r"|worst\s+(?:service|company|experience|customer\s+service)|terrible\s+service|disgust\w*|appall\w*"
    r"|can'?t\s+believe|cannot\s+believe|unbelievable|incompetent|nightmare|at\s+my\s+wits'?\s+end|so\s+done"
    r"|not\s+happy|very\s+disappointed|extremely\s+disappointed|deeply\s+disappointed|really\s+disappointed"
    r"|this\s+is\s+insane|are\s+you\s+serious|seriously\?|come\s+on|for\s+god'?s\s+sake|losing\s+my\s+patience"
    r"|running\s+out\s+of\s+patience|last\s+straw|i'?m\s+done|beyond\s+frustrat\w*)"
)
_THREAT = re.compile(
    r"\b(?:(?:i'?ll|i\s+will|going\s+to|gonna|about\s+to|ready\s+to|thinking\s+(?:of|about)|considering|or\s+i)"
    r"\s+(?:just\s+|simply\s+)?(?:cancel|close|terminate|leave|quit)\w*|switch(?:ing)?\s+(?:to\s+)?(?:another|a\s+different|a\s+new|your\s+competitor|providers?)"
    r"|tak(?:e|ing)\s+my\s+(?:business|money)\s+elsewhere|never\s+(?:order|shop|buy|use|come\s+back)\w*\s+"
    r"(?:from|with|again)|(?:last|final)\s+time\s+i\s+(?:order|shop|buy|use)|charge\s?back|dispute\s+(?:the|this|it)"
    r"|report\s+(?:you|this)|better\s+business\s+bureau|\bbbb\b|(?:bad|negative|1[- ]star|one[- ]star)\s+review"
    r"|leav(?:e|ing)\s+a\s+review|post(?:ing)?\s+(?:this\s+)?(?:on|about\s+this\s+on)\s+(?:social|twitter|facebook|x)"
    r"|lawyer|attorney|legal\s+action|sue\s+you|small\s+claims|consumer\s+(?:protection|rights)|ombudsman"
    r"|trading\s+standards|regulator|leaving\s+(?:you|your)|find\s+another\s+(?:company|provider|store))"
)
_WAIT = re.compile(
    r"\b(?:(?:been|still)\s+waiting|waited|waiting\s+(?:for|since)|on\s+hold|(?:for|over|almost|nearly)\s+"
    r"(?:\d+|a|an|one|two|three|four|five|six|several|many)\s+(?:hours?|days?|weeks?|months?)|(?:\d+|two|three|four|"
    r"five|six|several|many)\s+(?:days?|weeks?|months?)\s+(?:ago|now|late|and\s+(?:still|nothing))|taking\s+"
    r"(?:forever|so\s+long|ages)|how\s+(?:much\s+)?long(?:er)?\s+(?:do|does|will|is|am)|still\s+(?:nothing|no\s+"
    r"(?:word|update|reply|response|answer|refund|sign))|no\s+one\s+(?:has\s+)?(?:got(?:ten)?|gets?|came|replied|"
    r"responded|called)\s+back|never\s+heard\s+back|no\s+(?:reply|response|update)s?\s+(?:yet|since|for))"
)
_REPEAT_SAID = re.compile(
    r"\b(?:i\s+(?:already|have\s+already|'ve\s+already|just)\s+(?:told|said|gave|explained|sent|provided|answered|"
    r"asked)|(?:as\s+)?i\s+(?:said|mentioned|explained|stated)\s+(?:before|earlier|already|previously|above)"
    r"|(?:asked|told\s+you|said|explained|contacted\s+you|called|written|emailed|requested)\s+(?:this\s+|you\s+|it\s+)?"
    r"(?:\w+\s+)?(?:twice|three\s+times|four\s+times|several\s+times|multiple\s+times|many\s+times|\d+\s+times|"
    r"repeatedly|again\s+and\s+again)|for\s+the\s+(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)|umpteenth|last)\s+"
    r"time|(?:this\s+is\s+)?the\s+(?:third|fourth|fifth|\d+(?:rd|th))\s+time|once\s+again|again[!?.]*$"
    r"|how\s+many\s+times|keep\s+(?:asking|telling|repeating)|(?:second|third|fourth)\s+time\s+(?:this|i|today)"
    r"|i\s+(?:literally\s+)?just\s+(?:said|told|did|gave|explained)|stop\s+asking|already\s+(?:said|told|gave|"
    r"answered|explained)|i\s+said\s+that)",
    re.M,
)
_POLITE_PRESSURE = re.compile(
    r"\b(?:kindly|i\s+would\s+(?:appreciate|like)\s+(?:a|an|some)\s+(?:prompt|urgent|immediate|actual)|"
    r"i\s+(?:must|have\s+to)\s+(?:say|insist|stress)|(?:still\s+)?awaiting\s+(?:a|your)|i\s+trust\s+you\s+will"
    r"|i\s+expect(?:ed)?\s+(?:better|more)|with\s+all\s+due\s+respect|appreciate\s+(?:the|your)\s+help[^.!?]*\bbut\b"
    r"|i\s+(?:do\s+)?understand,?\s+but\b|i\s+am\s+(?:rather|quite|most|very)\s+"
    r"(?:concerned|disappointed|dissatisfied|unhappy))"
)
_PROFANITY = re.compile(
    r"\b(?:damn\w*|hell|crap\w*|wtf|wth|ffs|omfg|shit\w*|bullshit|bs|f+u+c+k\w*|screw\s+(?:you|this|that)|"
    r"piss\w*|bloody|arse|ass(?:hole)?|bastard\w*|sucks?)\b|\b[fs][*#@$!]{2,}\w*|\bf\s?\*+\s?k\b"
)
_SARCASM = re.compile(
    r"\b(?:oh\s+)?(?:great|perfect|wonderful|fantastic|brilliant|awesome|lovely|amazing|nice|super)[,!.]*\s+"
    r"(?:just\s+(?:great|perfect|wonderful|what\s+i\s+needed)|another|more|again|thanks\s+for\s+nothing)"
    r"|\bthanks\s+(?:a\s+lot\s+)?for\s+nothing\b|\bjust\s+what\s+i\s+needed\b|\b(?:so|very|really)\s+helpful[.!]*"
    r"\s*(?:not|/s|\.\.\.|🙄)|\b(?:love|loving)\s+how\s+(?:you|this|i\s+have|i'?m|it)|\bwow,?\s+(?:another|again|"
    r"thanks)|\byeah,?\s+right\b|\bsure,?\s+(?:that|because)\b|\bgreat\s+job\b[^.!?]*\b(?:not|again|another|still)\b"
    r"|🙄|/s\b|\blove\s+that\s+for\s+me\b|\b(?:cool|great|wow|ok(?:ay)?|thanks),?\s+(?:thanks,?\s+)?(?:very|so|"
    r"really|super)\s+helpful\b|\bthanks\s+a\s+(?:lot|bunch)\b[^.!?]*\b(?:not|nothing)\b"
)
_BOT_COMPLAINT = re.compile(
    r"\b(?:you\s+(?:keep|just\s+keep)\s+(?:saying|sending|repeating|giving|asking|telling)|same\s+(?:answer|"
    r"response|link|message|thing|reply|article|useless)|going\s+(?:round\s+)?in\s+circles|stuck\s+in\s+a\s+loop"
    r"|(?:stupid|useless|dumb)\s+(?:bot|robot|ai|chatbot|machine)|not\s+(?:what\s+i\s+(?:asked|said|need))|"
    r"(?:that|this)\s+(?:doesn'?t|does\s+not)\s+(?:answer|help)|you'?re\s+not\s+(?:listening|understanding)"
    r"|(?:read|listen\s+to)\s+what\s+i\s+(?:wrote|said)|(?:doesn'?t|does\s+not|didn'?t)\s+(?:tell|answer|say)"
    r"|that'?s\s+not\s+(?:an\s+answer|what\s+i))"
)
_DISTRESS = re.compile(
    r"\b(?:ugh+|argh+|sigh|stress(?:ed|ing)|worried|anxious|panick\w*|exhaust(?:ed|ing)|tiring|at\s+a\s+loss|"
    r"desperate|i\s+need\s+this\s+(?:fixed|sorted|resolved)|oh\s+my\s+god|omg|seriously|honestly)\b"
)
_URGENCY = re.compile(
    r"\b(?:please\s+hurry|hurry\s+up|asap|urgent(?:ly)?|right\s+now|immediately|as\s+soon\s+as\s+possible"
    r"|spent\s+(?:\d+|an?|two|three)\s+(?:min(?:ute)?s?|hours?)|or\s+not\s*\?|yes\s+or\s+no\s*\?)"
)
_EMPHASIS = re.compile(r"\b(?:NOT|NO|NEVER|DID|DIDN'T|DON'T|STILL|ALREADY|NOTHING|ANY)\b")
_EXCLAIM = re.compile(r"[!?]{3,}|\?!|!\?")


def detect_cues(text: str, compound: float, *, happy_floor: float = 0.3) -> MessageCues:
    """Return every cue in one customer turn (patterns run on the lower-cased text: much faster than re.I).
    ``compound`` is the turn's VADER compound score, used to tell happy capitals and exclamation marks
    (compound above ``happy_floor``) from angry ones."""
    found: list[Cue] = []
    lowered = text.lower()
    for kind, weight, pattern in _PATTERN_CUES:
        match = pattern.search(lowered)
        if match is not None:
            found.append(Cue(kind, weight, _quote(match.group(0))))
    sarcasm = _SARCASM.search(lowered)
    if sarcasm is not None:
        found.append(Cue("negative_sentiment", 0.35, f"sarcasm: {_quote(sarcasm.group(0))}"))
    angry_caps = _angry_caps(text)
    emphasis = _EMPHASIS.search(text)
    if angry_caps and compound <= happy_floor:
        found.append(Cue("caps_or_punctuation", 0.25, f"shouting in capitals: {_quote(angry_caps)}"))
    elif emphasis and compound <= happy_floor:
        found.append(Cue("caps_or_punctuation", 0.15, f"emphatic capitals: {_quote(emphasis.group(0))}"))
    elif _EXCLAIM.search(text) and compound <= happy_floor:
        found.append(Cue("caps_or_punctuation", 0.15, "insistent punctuation (!!!, ?!)"))
    return MessageCues(cues=tuple(found), compound=compound)


_PATTERN_CUES: tuple[tuple[str, float, re.Pattern[str]], ...] = (
    ("explicit_frustration", 0.4, _EXPLICIT),
    ("threat_to_leave", 0.5, _THREAT),
    ("wait_complaint", 0.25, _WAIT),
    ("repeated_request", 0.3, _REPEAT_SAID),
    ("explicit_frustration", 0.3, _POLITE_PRESSURE),
    ("profanity", 0.35, _PROFANITY),
    ("bot_loop", 0.3, _BOT_COMPLAINT),
    ("explicit_frustration", 0.25, _DISTRESS),
    ("wait_complaint", 0.15, _URGENCY),
)


def is_venting(sentence: str) -> bool:
    """True when a sentence is about the customer's feelings or the bot ("this is ridiculous", "I'll cancel
    everything", "you keep sending the same link"), not about the issue: nothing is left once the cue is out."""
    lowered = sentence.lower()
    for pattern in (_EXPLICIT, _THREAT, _PROFANITY, _BOT_COMPLAINT, _SARCASM, _REPEAT_SAID):
        lowered = pattern.sub(" ", lowered)
    content = [w for w in re.findall(r"[a-z]{3,}", lowered) if w not in _VENT_FILLER]
    return len(content) < 3 and lowered.strip() != sentence.lower().strip()


_VENT_FILLER = frozenset(
    "this that the and you your are was have has just really honestly about with for from what why how not".split()  # noqa: SIM905
)


def _angry_caps(text: str) -> str | None:
    """The shouted part when most letters are capitals (at least two shouted words), else None."""
    words = re.findall(r"[A-Za-z']{2,}", text)
    shouted = [w for w in words if w.isupper() and len(w) > 1 and w not in {"I", "OK", "ID", "AI", "TV", "PM", "AM"}]
    letters = [c for c in text if c.isalpha()]
    if len(shouted) < 2 or not letters:
        return None
    ratio = sum(c.isupper() for c in letters) / len(letters)
    if ratio >= 0.6 or len(shouted) >= 4:
        return " ".join(shouted[:6])
    return None


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return f'"{text}"' if len(text) <= limit else f'"{text[: limit - 1]}…"'
