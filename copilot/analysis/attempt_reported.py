"""Attempts the customer reports without saying "I tried": ``reported_attempts(text)``.

Three shapes, each common across domains:

* a self-service tool's answer: "The availability checker says 'Building not wired yet'", "the online form simply
  rejected it", "my bank app shows nothing declined" -> "Customer used the availability checker: it says ...";
* an earlier promise from the company: "You told me on Oct 30 the fee would be reversed", "I was told the
  refund would arrive in 5 days" -> "Agent told the customer on Oct 30 the fee would be reversed" (by ``agent``);
* a visit by the company's field staff: "the technician came this morning but couldn't finish" -> "Customer
  reported that the technician came this morning but couldn't finish" (by ``agent``).

Each is ``failed``: the customer is still asking for help.
"""

from __future__ import annotations

import re

from copilot.analysis.attempt_instructed import earlier_instruction
from copilot.analysis.attempt_text import I_TO_THEY, clip, person, sentences
from copilot.analysis.pattern_gate import contains_any
from copilot.request_memo import per_request

__all__ = ["reported_attempts"]

_TOOL = re.compile(
    r"\b(?P<owner>the|my|your|our)\s+(?!own\b)(?P<thing>(?:[a-z-]+\s+){0,2}?(?:checker|tool|form|portal|website|web\s*site|"
    r"site|page|calculator|app|tracker|chatbot|self-service))\s+(?:(?:simply|just|still|now|only|then)\s+)?"
    r"(?P<verb>says|said|shows|showed|rejected|declined|refused|denied|gives\s+me|gave\s+me|returns|returned|"
    r"keeps\s+(?:saying|showing|rejecting|declining|giving\s+me)|told\s+me)\b(?P<rest>[^?\n]*)"
)
_REFUSED = re.compile(r"rejected|declined|refused|denied|keeps\s+(?:rejecting|declining)")
_PROMISE = re.compile(
    r"^(?:.*?\b)?(?P<who>you|your\s+(?:agent|colleague|team|rep|representative|advisor|staff)|an?\s+(?:agent|rep|"
    r"representative|advisor)|someone|i\s+was)\s+(?P<verb>told|promised|assured)\s+(?:me\s+)?(?P<rest>.+)$"
)
_WILL = re.compile(r"\b(?:would|will|'d|'ll|should)\b")
_INSTRUCTION = re.compile(r"^\s*to\s+[a-z]+")  # "you told me to restart it": an earlier suggestion, not a promise
_VISIT = re.compile(
    r"\b(?P<who>(?:the|a|an|your|our)\s+(?:technician|tech|engineer|installer|courier|driver|plumber|electrician|"
    r"repairman|repair\s+person|contractor|fitter))\s+(?P<verb>came|visited|was\s+here|showed\s+up|tried|attempted|"
    r"couldn'?t|could\s+not|was\s+unable)\b(?P<rest>[^?\n]*)"
)

_CUES = (
    # a literal of every verb of _TOOL and _PROMISE and of every visitor of _VISIT: a text without one reports none
    *("says", "said", "show", "rejected", "declined", "refused", "denied", "gives", "gave", "return", "keeps", "told"),
    *("promised", "assured", "tech", "engineer", "installer", "courier", "driver", "plumber", "electrician"),
    *("repair", "contractor", "fitter", "advised", "instructed"),
)
_ASIDE = re.compile(r"\s*\([^)]*\)")  # "(really nice guy, Andre)": an aside, often a name


@per_request
def reported_attempts(text: str) -> tuple[tuple[str, str], ...]:
    """(description, by) for every tool answer, earlier promise or staff visit the customer reports, at most one
    of each kind per message (cached per text)."""
    found: list[tuple[str, str]] = []
    kinds: set[str] = set()
    if "(" not in text and not contains_any(text.lower(), _CUES):  # an aside cut out may join a cue
        return ()
    for sentence in (_ASIDE.sub("", s) for s in sentences(text)):
        lowered = sentence.lower()
        if len(lowered) != len(sentence):
            sentence = lowered
        shapes = (("tool", _tool), ("promise", _promise), ("visit", _visit), ("instruction", earlier_instruction))
        for kind, described in ((kind, shape(lowered, sentence)) for kind, shape in shapes):
            if described is not None and kind not in kinds:
                kinds.add(kind)
                found.append(described)
    return tuple(found)


def _tool(lowered: str, sentence: str) -> tuple[str, str] | None:
    match = _TOOL.search(lowered)
    if match is None or len(match.group("rest").split()) > 25:
        return None
    if match.group("owner") == "your" and not _REFUSED.match(match.group("verb")):
        return None  # "your own website says no fee if...": the company's word quoted back, not something tried
    owner = "their" if match.group("owner") == "my" else "the"
    thing = sentence[match.start("thing") : match.end("thing")]
    verb = " ".join(match.group("verb").split()).replace(" me", " them")
    rest = person(sentence[match.start("rest") : match.end("rest")], I_TO_THEY).rstrip(" .!")
    if not rest.strip() and verb in {"says", "said", "shows", "showed", "returns", "returned"}:
        return None
    return clip(f"Customer used {owner} {thing}: it {verb}{rest}"), "customer"


def _promise(lowered: str, sentence: str) -> tuple[str, str] | None:
    match = _PROMISE.match(lowered)
    if match is None or _INSTRUCTION.match(match.group("rest")) or not _WILL.search(match.group("rest")):
        return None
    rest = person(sentence[match.start("rest") : match.end("rest")], I_TO_THEY).rstrip(" .!")
    rest = re.sub(r"^that\s+", "", rest, flags=re.I)
    return clip(f"Agent told the customer {rest}"), "agent"


def _visit(lowered: str, sentence: str) -> tuple[str, str] | None:
    match = _VISIT.search(lowered)
    if match is None:
        return None
    told = person(sentence[match.start("who") : match.end()], I_TO_THEY).rstrip(" .!")
    return clip(f"Customer reported that {told[0].lower()}{told[1:]}"), "agent"
