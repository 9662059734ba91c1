"""How the customer's reply bears on the assistant turn before it: did that turn ask whether the customer wants
something (a bare "no" then declines) or whether they tried something (a "no" then means not yet); what the
reply says, in the third person, to keep next to the attempt ("customer declined: they don't think the carrier
takes parcels that size"); and the customer's own attempt when they say they already did what was suggested.
"""

from __future__ import annotations

import re
from functools import lru_cache

from copilot.analysis.attempt_outcomes import DID_IT, classify_outcome
from copilot.analysis.attempt_text import I_TO_THEY, clip_to, person, sentences

__all__ = ["asks_if_tried", "asks_if_wanted", "did_as_suggested", "reply_gist"]

_GIST_WORDS = 14
_ACTION_WORDS = 10
_MIN_EXTRA_WORDS = 4  # "did that twice, still dropping" is the suggestion's outcome, not a new attempt
_WANTED = re.compile(
    r"\b(?:would|do)\s+you\s+(?:like|want|prefer)\b|\bshall\s+(?:i|we)\b|\bshould\s+(?:i|we)\b|\bwant\s+me\s+to\b|"
    r"\b(?:can|may)\s+i\s+(?!have\b|get\b|ask\b|confirm\b|help\b)[a-z]+\b|\binterested\s+in\b|\bhow\s+about\b|"
    r"\bis\s+that\s+(?:ok|okay|alright|fine)\b"
)
_TRIED = re.compile(r"\b(?:have|did)\s+you\s+(?:already\s+|also\s+|ever\s+)?(?:tried|try|done|attempted)\b")
_LEAD = re.compile(
    r"^\W*(?:(?:no|nope|nah|well|ok|okay|thanks|thank\s+you|um+|hmm+|ah|oh|sorry|and|but|so)\b\W*)+", re.I
)
_ANSWER_LEAD = re.compile(r"^\W*(?:(?:well|ok|okay|um+|hmm+|ah|oh|and|so)\b\W*)+", re.I)
_SUGGESTION = re.compile(
    r"^\S+\s+(?:suggested\s+the\s+customer\s+(?:try\s+)?|pointed\s+the\s+customer\s+to\s+where\s+they\s+can\s+)"
    r"(?P<action>.+)$"
)
_COURTESY = re.compile(
    # a sentence that only greets, thanks or signs off: "Hello,", "Thank you for the quick reply.", "Kind regards"
    r"^\W*(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|thanks|thank\s+you|many\s+thanks|cheers|"
    r"regards|kind\s+regards|best\s+regards|sincerely)(?:\s+(?:so\s+much\s+|again\s+)?(?:for\b(?![^.!?]*\bbut\b)"
    r"[^.!?]{0,50}|[\w'-]+))?\W*$",
    re.I,
)
_TOLD_YOU = re.compile(
    r"\b(?:i\s+)?(?:just\s+|already\s+)?(?:told|said\s+to)\s+you\b(?:\s+(?:that|this|so|it|already|before|earlier|twice))*"
    r"(?:\s+(?:\d+|a\s+few|several|five|ten|twenty|an?)\s+(?:minutes?|hours?|days?|times?)(?:\s+ago)?)?",
    re.I,
)
_I_TO_THEY = I_TO_THEY


def asks_if_wanted(text: str) -> bool:
    """Does an assistant turn ask whether the customer wants something ("Would you like me to cancel it?")?
    Only then does a bare "no" turn it down."""
    lowered = text.lower()
    return "?" in lowered and _WANTED.search(lowered) is not None


def asks_if_tried(text: str) -> bool:
    """Does an assistant turn ask whether the customer already tried something ("Have you tried a restart?")?
    Then "no" means not tried yet, and "yes" that it was tried without success."""
    lowered = text.lower()
    return "?" in lowered and _TRIED.search(lowered) is not None


@lru_cache(maxsize=2048)
def reply_gist(text: str, answer: bool = False, outcome: str | None = None) -> str:
    """What a customer reply says, in the third person and at most about 14 words: the first sentence, or the
    first two when the first is short; greetings and thanks are skipped ("Hello, Thank you for the quick reply.")
    and, given the ``outcome`` the reply reports, the sentence that says it is preferred ("I'd really rather not go
    through a 7-10 day repair"). Without ``answer`` a leading "no thanks" is dropped (the outcome says it); an
    answer keeps its "yes" or "no". Cached (pure): one reply settles several attempts."""
    parts = sentences(text) or [text.strip()]
    said = [part for part in parts if not _COURTESY.match(part)] or parts
    if outcome is not None and len(said) > 1 and len(said[0].split()) >= 4 and classify_outcome(said[0]) is None:
        telling = next((i for i, part in enumerate(said) if classify_outcome(part) == outcome), 0)
        said = said[telling:]
    gist = said[0]
    if len(gist.split()) < 4 and len(said) > 1:
        gist = f"{gist.rstrip('.!')}; {said[1]}"
    gist = (_ANSWER_LEAD if answer else _LEAD).sub("", gist).strip()
    if len(re.findall(r"\w+", gist)) < 2:
        return ""
    return clip_to(person(gist, _I_TO_THEY), _GIST_WORDS)


def did_as_suggested(suggestions: list[str], reply: str) -> str | None:
    """ "I did that on Wednesday, got an email saying it was approved" after "AI suggested the customer report
    the damage online" -> "Customer already did as suggested (report the damage online): on Wednesday, got an
    email saying it was approved". None when the reply says nothing more than "I did that"."""
    lowered = reply.lower()
    done = DID_IT.search(lowered)
    actions = [m.group("action") for m in (_SUGGESTION.match(s) for s in suggestions) if m is not None]
    if done is None or not actions:
        return None
    extra = (reply[: done.start()] + " " + reply[done.end() :]).strip(" ,.;:-!")
    extra = _ANSWER_LEAD.sub("", re.sub(r"^\W*(?:yes|yeah|yep|and)\b\W*", "", extra, flags=re.I))
    extra = _TOLD_YOU.sub("", extra).strip(" ,.;:-!")  # "I just told you I did that": nothing more
    if len(re.findall(r"\w+", extra)) < _MIN_EXTRA_WORDS:
        return None
    action = clip_to(actions[-1], _ACTION_WORDS)
    return f"Customer already did as suggested ({action}): {clip_to(person(extra, _I_TO_THEY), _GIST_WORDS)}"
