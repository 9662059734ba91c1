"""A customer's action told inside a relative clause: "the last reading I sent in was in August", "the code I
entered didn't work". Read as a plain report ("I sent in ..."), the clause loses its object and runs into the
main verb ("Customer sent in was in August"); :func:`relative_rest` puts the object back and keeps the main verb
as what came of it ("Customer sent in the last reading: was in August").
"""

from __future__ import annotations

import re

__all__ = ["relative_rest"]

_NOUN_BEFORE = re.compile(
    # the noun phrase the clause describes, right before its subject: "the last reading I", "the agent we"
    r"(?:^|[\s,(])(?P<np>(?:the|that|this|those|these|my|our|every|each|any|a|an)\s+(?:(?!(?:and|but|or|so|then|when|"
    r"because|that|which|if|after|before|since|as|where|while|until)\s)"
    r"[\w'-]+\s+){0,3}?)$"
)
_LAST_WORD = re.compile(r"(?P<word>[\w'-]+)\s+$")
_TIME_HEADS = frozenset("time times day days moment way morning night week minute second".split())  # noqa: SIM905
"""Heads of a time phrase ("every time I tried", "the day I called"): a time, not the thing acted on."""
_MAIN_VERB = re.compile(
    r"^\s*(?P<particle>(?:in|to|out|up|off|back|on|with|for|at|from)\s+)?(?P<mid>(?:[\w'$£€.-]+\s+){0,3}?)"
    r"(?P<main>(?:was|is|were|are|has|had|did|didn'?t|doesn'?t|does|wasn'?t|isn'?t|won'?t|hasn'?t|never|still|says|"
    r"said|shows|showed|told|got|came|went|bounced|failed|keeps|kept)\b.*)$",
    re.S,
)


def relative_rest(before: str, rest: str) -> str | None:
    """The clause after the verb with the object put back (" in the last reading: was in August"), when the
    subject of the report follows a noun phrase and the clause runs into a main verb; None when the report is
    not a relative clause. ``before`` is the text up to the subject (its last 60 characters are enough), ``rest``
    the text after the verb."""
    main = _MAIN_VERB.match(rest)  # the rarer condition first: most reports do not run into a main verb
    if main is None or not before.endswith(" "):
        return None
    noun = _NOUN_BEFORE.search(before[-60:])
    if noun is None:
        return None
    head = _LAST_WORD.search(noun.group("np"))
    if head is None or head.group("word") in _TIME_HEADS:
        return None
    particle, mid = main.group("particle") or "", main.group("mid")
    np = noun.group("np").strip()
    return f" {particle}{np}{' ' + mid.strip() if mid.strip() else ''}: {main.group('main').strip()}"
