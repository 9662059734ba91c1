"""An earlier instruction from the company that the customer reports: "Someone on your team, Priya, told me to
call back once my return got to the warehouse", "I was told to wait 48 hours", "the agent advised me to reset
it". The customer followed it and is back: the agent must not give the same instruction again, and should know
who gave it. Told as "Agent told the customer to ..." (by ``agent``), with who it was when the customer says.

"You told me to restart it" is not read here: in a chat that is usually the assistant's own suggestion of a few
turns before, already an attempt of its own.
"""

from __future__ import annotations

import re

from copilot.analysis.attempt_text import I_TO_THEY, clip, lower_first, person

__all__ = ["earlier_instruction"]

_INSTRUCTED = re.compile(
    r"\b(?P<who>(?:someone|somebody|an?\s+(?:agent|rep|representative|advisor|adviser|colleague)|(?:your|the|another|"
    r"one\s+of\s+your)\s+(?:other\s+)?(?:agent|colleague|team|rep|representative|advisor|adviser|staff|support\s+team|"
    r"support|customer\s+service|person|lady|guy|woman|man|manager|supervisor)s?)(?:\s+(?:on|from|at|in)\s+(?:your|the)\s+"
    r"[a-z]+(?:\s+[a-z]+)?)?(?:,\s+[a-z]+,)?(?:\s+(?:i|we)\s+(?:spoke|talked|chatted)\s+(?:to|with)(?:\s+[a-z]+){0,3})?)"
    r"\s+(?:had\s+)?(?:told|advised|asked|instructed)\s+(?:me|us)\s+to\s+(?P<what>[a-z][^.?!;]{3,})"
    r"|\b(?:i|we)\s+(?:was|were)\s+(?:told|advised|asked|instructed)\s+(?:by\s+(?P<by>[^,.?!]{3,40}?)\s+)?to\s+"
    r"(?P<what2>[a-z][^.?!;]{3,})"
)
_CUES = ("told", "advised", "asked", "instructed")
_BARE_WHO = re.compile(r"^(?:someone|somebody|an?\s+\w+|the\s+\w+|your\s+\w+)$")


def earlier_instruction(lowered: str, sentence: str) -> tuple[str, str] | None:
    """("Agent told the customer to ...", "agent") for an instruction the customer says the company gave before,
    or None. ``lowered`` is ``sentence`` in lower case, same length."""
    if not any(cue in lowered for cue in _CUES):
        return None
    match = _INSTRUCTED.search(lowered)
    if match is None:
        return None
    what_group = "what" if match.group("what") else "what2"
    what = person(sentence[match.start(what_group) : match.end(what_group)], I_TO_THEY).rstrip(" ,")
    who_group = "who" if match.group("who") else "by"
    who = match.group(who_group) and sentence[match.start(who_group) : match.end(who_group)]
    if who and not _BARE_WHO.match(who.lower()):  # "someone on your team, Priya": who it was, kept
        who = lower_first(person(who, I_TO_THEY).strip(" ,"))
        return clip(f"Agent ({who}) told the customer to {what}"), "agent"
    return clip(f"Agent told the customer to {what}"), "agent"
