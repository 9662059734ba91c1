"""Customer reports that carry an attempt without saying "I tried", in the shapes of any self-service product:

* a control that does not respond: "the cancel button in the app is greyed out" -> "Customer tried the cancel
  button in the app: it is greyed out" (:func:`dead_controls`); the customer found it and pressed it;
* a reference told in a fragment right after the report: "I paid it at 11pm by card. confirmation PAY-88213-KX"
  -> the payment's confirmation is part of the payment (:func:`trailing_reference`).
"""

from __future__ import annotations

import re

__all__ = ["dead_controls", "trailing_reference"]

_DEAD_CONTROL = re.compile(
    r"\bthe\s+(?P<control>(?:[\w'-]+\s+){1,3}?(?:button|option|link|toggle|switch|menu\s+item|tab|checkbox))"
    r"(?P<where>\s+(?:in|on)\s+(?:the|my|your|our)\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:is|was|stays|keeps\s+being|"
    r"has\s+been)\s+(?:still\s+|just\s+|always\s+)?(?P<state>gr[ae]yed\s+out|disabled|unclickable|not\s+clickable)\b"
)
_REFERENCE = re.compile(
    # ". confirmation PAY-88213-KX", ". ref: 4471-AB", ". Ticket #55821"
    r"\s*[.;,]?\s+(?P<ref>(?:(?:payment\s+|order\s+|booking\s+)?(?:confirmation|conf|ref|reference|receipt|"
    r"transaction|ticket|case)(?:\s+(?:number|no\.?|code|id))?)\s*[:#]?\s*(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]{3,})"
    r"\s*(?:[.!]|$|\n)",
    re.I,
)


def dead_controls(lowered: str) -> list[tuple[str, str]]:
    """("tried", " the cancel button in the app: it is greyed out") for every control the customer says does not
    respond (``lowered``: the message in lower case)."""
    if not ("grey" in lowered or "gray" in lowered or "disabled" in lowered or "clickable" in lowered):
        return []
    found = []
    for match in _DEAD_CONTROL.finditer(lowered):
        where = match.group("where") or ""
        state = " ".join(match.group("state").split())
        found.append(("tried", f" the {match.group('control')}{where}: it is {state}"))
    return found


def trailing_reference(text: str, end: int) -> str:
    """The reference told in a verbless fragment right after position ``end`` ("; confirmation PAY-88213-KX"),
    or "" when none follows."""
    match = _REFERENCE.match(text, end)
    return f"; {match.group('ref')}" if match is not None else ""
