"""A customer who calms down: an apology for their own tone, or relief at an answer, after the frustrated turns.

The labelling conventions read a customer by where they end up, but not below ``low`` when they were upset in the
conversation: "sorry for being short earlier, it's been a long week" or "oh, that's actually good to know" after
an outburst leaves mild frustration, not clear frustration or anger. The phrases are how people take back their
tone or say the worry is gone in any support conversation (English); nothing about the issue itself.
"""

from __future__ import annotations

import re

__all__ = ["settles"]

_TONE = r"(?:short|rude|snappy|curt|grumpy|harsh|blunt|impatient|cranky)"
_SETTLES = re.compile(
    # taking back one's own tone: "sorry for being short earlier", "sorry about the caps", "I didn't mean to snap"
    r"\b(?:sorry|apologi[sz]e|apologies)\s+(?:for|about)\s+(?:being\s+(?:so\s+)?(?:short|rude|snappy|curt|grumpy|harsh"
    r"|blunt|impatient|cranky)|the\s+(?:caps|shouting|rant|tone|outburst|language|attitude|all\s+caps)|(?:my|the)\s+"
    r"(?:tone|outburst|rant|language|attitude|frustration|earlier\s+messages?)|snapping|shouting|ranting|venting|yelling"
    r"|losing\s+my\s+(?:temper|cool)|getting\s+(?:angry|upset|heated))"
    r"|\bdidn'?t\s+mean\s+to\s+(?:snap|shout|yell|be\s+rude|take\s+it\s+out\s+on\s+you)"
    # owning it without "sorry for": "I know I was short with you earlier", "I was a bit rude with you"
    rf"|\b(?:i\s+know|i\s+reali[sz]e)\s+i\s+was\s+(?:being\s+)?(?:a\s+bit\s+|so\s+|really\s+)?{_TONE}"
    rf"|\bi\s+was\s+(?:being\s+)?(?:a\s+bit\s+|so\s+|really\s+)?{_TONE}\s+(?:with|to)\s+you"
    # relief: "that's a relief", "ok that's actually good to know", "phew"
    r"|\bthat'?s\s+(?:such\s+)?a\s+(?:relief|weight\s+off)|\bwhat\s+a\s+relief\b|\bphew\b"
    r"|\bthat'?s\s+(?:actually\s+|really\s+|very\s+)?(?:good|great|helpful)\s+to\s+know\b"
    # the answer helped: "ok thanks that helps" (not the offer "... in case that helps", "hope that helps")
    r"|(?:^|[.!?,;]\s*|\b(?:ok(?:ay)?|thanks|thank\s+you|great|right|yes|ah|oh)[,.!]?\s+)that\s+(?:really\s+"
    r"|actually\s+)?helps\b"
)
_WORDS = ("sorry", "apolog", "mean", "relief", "weight", "phew", "know", "helps", " was ")
"""A word every match of :data:`_SETTLES` holds: a turn without one skips the regex."""


def settles(text: str) -> bool:
    """True when a customer turn takes back its tone or shows relief ("sorry for the caps earlier", "that's a
    relief, thanks"): the customer has calmed down since their frustrated turns."""
    lowered = text.lower()
    return any(word in lowered for word in _WORDS) and _SETTLES.search(lowered) is not None
