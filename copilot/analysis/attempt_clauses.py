"""Assistant actions told in a clause that the sentence-level patterns of ``attempt_assistant`` do not read.

Four shapes, each common in support chats of any domain:

* a numbered or bulleted step ("1) Check the display is plugged in"): the marker hides the imperative, so it is
  dropped before the sentence is read (:func:`without_list_marker`);
* a second action joined to a first one ("I've passed your email to them and put the £389.12 on hold", "I've
  noted that you prefer email, and added your readings to the request"): the first verb is often bookkeeping or
  a handoff, the second is what was done for the customer (:func:`clause_action`);
* a perfect whose participle differs from the past ("I've run a remote reset of your hub" -> "AI ran ...");
* a check announced as the assistant starts it ("Let me look at the International section of your bill") ->
  "AI looked at the International section of their bill";

and an action told before the handoff in one sentence ("I can register the password scheme here, and a
colleague will then record the equipment details"): :func:`before_handoff` keeps the clause before it.
"""

from __future__ import annotations

import re

from copilot.analysis.attempt_text import clip
from copilot.analysis.attempt_text import person as to_third

__all__ = [
    "CLAUSE_OPENINGS",
    "before_handoff",
    "clause_action",
    "confirmation_asked",
    "split_compound",
    "states_a_rule",
    "without_list_marker",
]

_LIST_MARKER = re.compile(r"^(?:\d{1,2}[.)]|\(\d{1,2}\)|[-*•]|[\U0001F300-\U0001FAFF\u2600-\u27BF]+)\s+(?=\S)")
_SECOND_VERBS = (
    r"put|added|placed|paused|held|cancell?ed|canceled|refunded|credited|waived|sent|issued|raised|logged|flagged|"
    r"booked|scheduled|arranged|updated|changed|removed|applied|extended|reset|restarted|blocked|unblocked|enabled|"
    r"disabled|activated|reactivated|turned\s+(?:on|off)|stopped|suspended|reversed|requested|opened|submitted|"
    r"noted|recorded|attached|marked|ran|run|set\s+up|registered|saved|reissued|rebooked|corrected|adjusted"
)
_CHAINED = re.compile(
    # a first-person perfect, then ", and <past verb>" with no subject of its own
    r"\b(?:i|we)(?:'ve|\s+have)\s+(?:just\s+|also\s+|now\s+|already\s+)?[a-z]+(?:ed|un|ut|ent)\b[^.?!;]*?,?\s+and\s+"
    rf"(?:have\s+|also\s+|then\s+)?(?P<verb>{_SECOND_VERBS})\b(?P<rest>[^?]*)"
)
_PERFECT_RUN = re.compile(r"\b(?:i|we)(?:'ve|\s+have)\s+(?:just\s+|also\s+|now\s+|already\s+)?run\s+(?P<rest>[^?]*)")
_LET_ME = re.compile(
    r"^(?:(?:ok(?:ay)?|sure|thanks|thank\s+you|one\s+moment)\W+)?let\s+me\s+(?:just\s+|quickly\s+|now\s+)?"
    r"(?P<verb>check|look\s+at|look\s+into|pull\s+up|review)\s+(?P<rest>(?:the|your|our|both|all)\s+[^?]*)"
)
_PAST = {
    "check": "checked",
    "look at": "looked at",
    "look into": "looked into",
    "pull up": "pulled up",
    "review": "reviewed",
}
_SEE_LISTED = re.compile(
    # "I can see Lufthansa LH 1370 Frankfurt to Kraków today at 18:05 and LH 1364 tomorrow": what a lookup listed
    r"^(?:i|we)\s+(?:can\s+)?see\s+(?!(?:that|why|how|what|where|when|who|you|your|this|it|if|whether|there|here|no|"
    r"nothing|a\s+few|some)\b)(?P<rest>(?=[^?]*\d)[^?]*)$"
)
_COMPOUND = re.compile(r",\s+and\s+(?=(?:i|we)(?:'ll|\s+will|\s+can|'ve|\s+have)\s)")
_CONDITION = re.compile(r"^\W*(?:if|when|once|after|unless|as\s+long\s+as)\b")
"""A rule told for anyone in that case ("If the parcel has not turned up, you can report it, and we can open an
investigation"): one statement, not split."""
_RULE = re.compile(
    # "The kit comes with a pump", "Cuts of 12 hours or more qualify for compensation"; a rule told in the passive
    # ("Compensation is claimed from the airline") is not read: it cost more than the speed budget of the stage
    r"\b(?:comes?\s+with|qualif(?:y|ies))\b"
)
_CONFIRM_DETAILS = re.compile(r"\bconfirm\s+(?:for\s+me\s+)?that\s+(?P<what>[^?]*\d[^?]*)\?\s*$")
CLAUSE_OPENINGS = ("let me", "ok", "sure", "thank", "one moment", "i see ", "i can see ", "we see ", "we can see ")
"""The openings of the clause actions that are not perfects: a sentence with neither "ve " nor one of them skips
:func:`clause_action` (the caller's cheap test)."""
_CONTENT = re.compile(r"[a-z0-9]{3,}")
_VAGUE = frozenset("the your our both all that this those these them for you now quickly details".split())  # noqa: SIM905
_HANDOFF_JOIN = re.compile(r",\s+(?:and|so|then)\s+|;\s+|\s+-\s+")
_WORK_VERB = re.compile(
    r"^(?:i|we)(?:'ve|\s+have|\s+can|'ll|\s+will)?\s+(?:just\s+|also\s+|already\s+)?(?!help\b|see\b|understand\b|"
    r"connect\b|transfer\b|pass\b)[a-z]+"
)


def without_list_marker(text: str) -> str:
    """The sentence without a leading step number, bullet or emoji ("2) Move it within 5 metres" -> "Move it
    within 5 metres"): the imperative after it is a suggestion like any other."""
    first = text[:1]
    if first.isalpha():  # nearly every sentence: no marker
        return text
    if first.isdigit() or first in "(-*•" or "\U0001f300" <= first <= "\U0001faff" or "\u2600" <= first <= "\u27bf":
        return _LIST_MARKER.sub("", text, count=1)
    return text


def confirmation_asked(sentence: str, actor: str, person: dict[str, str]) -> str | None:
    """A request to confirm details the assistant states ("Can you confirm that the meter serial is 19L3352108 and
    the reading 45102?") as a question, which the extractor keeps only with the customer's answer: the details were
    checked with the customer, and the agent need not check them again. None for any other sentence."""
    if "onfirm" not in sentence or not sentence.rstrip().endswith("?"):  # "confirm", "Confirm"
        return None
    lowered = sentence.lower()
    match = _CONFIRM_DETAILS.search(lowered)
    if match is None or len(lowered) != len(sentence):
        return None
    what = to_third(sentence[match.start("what") : match.end("what")].strip(), person)
    return f"{actor} asked “Can they confirm that {clip(what)}?”"


def clause_action(plain: str, lowered: str, actor: str, person: dict[str, str]) -> str | None:
    """An action done in a clause the main patterns miss (see the module docstring), in the third person with
    ``person`` (the you-to-they mapping), or None. ``lowered`` is ``plain`` in lower case."""
    if len(lowered) != len(plain):  # a character whose lower case is longer: positions are the lowered text's
        plain = lowered
    if " and " in lowered and ("'ve " in lowered or " have " in lowered):
        chained = _CHAINED.search(lowered)
        if chained is not None and _informative(chained.group("rest")):
            verb = " ".join(chained.group("verb").split())
            rest = plain[chained.start("rest") : chained.end("rest")]
            return _told(actor, "ran" if verb == "run" else verb, rest, person)
    if " run " in lowered:
        ran = _PERFECT_RUN.search(lowered)
        if ran is not None and _informative(ran.group("rest")):
            return _told(actor, "ran", plain[ran.start("rest") - 1 : ran.end("rest")], person)
    if lowered.startswith(CLAUSE_OPENINGS[:5]):
        check = _LET_ME.match(lowered)
        if check is not None and _informative(check.group("rest")):
            verb = _PAST[" ".join(check.group("verb").split())]
            return _told(actor, verb, plain[check.start("rest") - 1 : check.end("rest")], person)
    if lowered.startswith(("i see ", "i can see ", "we see ", "we can see ")):
        listed = _SEE_LISTED.match(lowered)
        if listed is not None:
            return _told(actor, "looked up", plain[listed.start("rest") :], person)
    return None


def states_a_rule(lowered: str) -> bool:
    """Does the sentence (lower case) state what something includes or what qualifies ("the kit comes with a pump",
    "outages of 12 hours qualify for credit")? A cue beside those of ``attempt_assistant``, read only when they
    found none."""
    if not ("come" in lowered or "qualif" in lowered):
        return False
    return _RULE.search(lowered) is not None


def split_compound(sentence: str) -> list[str]:
    """A sentence that tells a rule and then an action of the assistant's own ("Compensation is claimed from the
    airline with your booking code, and we can send you a letter") as its two clauses, each an attempt; any other
    sentence (or a conditional one) as it is. The caller keeps the whole when a clause alone says nothing."""
    if ", and " not in sentence:
        return [sentence]
    lowered = sentence.lower()
    joint = _COMPOUND.search(lowered)
    if joint is None or len(sentence[: joint.start()].split()) < 4 or _CONDITION.match(lowered):
        return [sentence]
    return [sentence[: joint.start()] + ".", sentence[joint.end() :]]


def before_handoff(sentence: str) -> str | None:
    """The clause before a handoff told in the same sentence ("I can register the password scheme here, and a
    colleague will then record the details" -> "I can register the password scheme here"), when it is the
    assistant's own work; None otherwise."""
    parts = _HANDOFF_JOIN.split(sentence.strip(), maxsplit=1)
    if len(parts) < 2:
        return None
    first = parts[0].strip()
    return first if len(first.split()) >= 4 and _WORK_VERB.match(first.lower()) else None


def _informative(rest: str) -> bool:
    """Does the clause name what was acted on ("the £389.12 on hold"), not only "that for you"?"""
    return any(word not in _VAGUE for word in _CONTENT.findall(rest))


def _told(actor: str, verb: str, rest: str, person: dict[str, str]) -> str:
    return clip(f"{actor} {verb} {to_third(rest.strip(), person)}")
