"""What the customer says they already tried, described in the third person: ``customer_descriptions(text)``.

"I already restarted it twice and cleared the cache" -> "Customer restarted it twice and cleared the cache";
"I called my bank, they see nothing" -> "Customer called their bank, they see nothing"; "Done, uploaded 4 photos"
-> "Customer uploaded 4 photos"; "I've been running speed tests over a cable" -> "Customer has been running speed
tests over a cable". A bare "I already tried that" is not a new attempt: it is the outcome of the assistant's
suggestion before it. The outcome of the customer's own attempt is ``failed`` unless they say it worked (they
would not be asking for help otherwise).
"""

from __future__ import annotations

import re
from functools import lru_cache

from copilot.analysis.attempt_outcomes import FAILED, SUCCEEDED
from copilot.analysis.attempt_text import I_TO_THEY, clip, person, sentences

__all__ = ["customer_descriptions"]

_MAX_PER_MESSAGE = 3
_MIN_WORDS_AFTER_VAGUE = 3  # "I called them, they said there's no block" says more than "I tried that"

_VERBS = (
    r"tried|retried|restarted|rebooted|reset|reinstalled|installed|cleared|updated|checked|contacted|turned|called|"
    r"rang|unplugged|logged\s+(?:in|out|back)|signed\s+(?:in|out|back)|changed|removed|followed|replaced|charged|"
    r"switched|reinserted|re-?paired|paired|deleted|descaled|cleaned|scanned|re-?scanned|ran|tested|emailed|texted|"
    r"messaged|wrote|uninstalled|visited|returned|sent|resent|submitted|re-?submitted|filled|used|factory\s+reset|"
    r"uploaded|re-?uploaded|asked|read|looked|waited|downloaded|disabled|enabled|activated|deactivated|entered|"
    r"re-?entered|typed|copied|pasted|plugged|moved|power\s+cycled|reported|applied|cancell?ed|canceled|"
    r"requested|filed|chatted|spoke|talked|added|approved|authori[sz]ed|kept|left|had"
)
_HELD = frozenset({"kept", "left", "had"})
"""Verbs that report an attempt only with an object in a state: "I've had it on the charger all morning", "I kept
the phone in airplane mode"; not "I had a question" or "I left a review"."""
_IN_A_STATE = re.compile(
    r"^\s*(?:it|them|this|that|(?:the|my|our|both)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:on|in|off|at|plugged|unplugged|"
    r"charging|switched|turned|connected|disconnected|running|open|closed|overnight)\b",
    re.I,
)
_RELOCATED = re.compile(
    # "I moved last week", "we moved house": a life event, not an attempt ("I moved the router" is one)
    r"^\s*(?:last|yesterday|recently|this\s+(?:week|month|year)|a\s+(?:few|couple)|house|home|abroad|away|out\b|"
    r"in\b|into\b|here|there|to\s+(?:a|another|the\s+new)\b)",
    re.I,
)
_NOT_TRYING = frozenset(
    "wanting hoping thinking meaning planning dying loving enjoying saving dreaming considering".split()  # noqa: SIM905
)
"""An ongoing state of mind, not an attempt: "I've been wanting these for months"."""
_CUSTOMER_TRIED = re.compile(
    r"\b(?:i|we)(?:'ve|\s+have|\s+had)?\s+(?:already\s+|also\s+|even\s+|just\s+|now\s+|since\s+|then\s+)*"
    rf"(?P<verb>{_VERBS})\b(?P<rest>[^?.!\n]*)"
    # "I've been running speed tests on a wired laptop"
    r"|\b(?:i|we)(?:'ve|\s+have)\s+(?:also\s+|already\s+)?been\s+(?P<ongoing>[a-z]+ing)\b(?P<ongoing_rest>[^?.!\n]*)"
)
_SUBJECTLESS = re.compile(
    # a sentence that starts with the past verb, the subject dropped: "Done, uploaded 4 photos", "reset it twice"
    r"^(?:(?:done|yes|yep|yeah|ok|okay|already|also|and|so|then|now|well)\W+)*"
    rf"(?P<verb>{_VERBS})\b(?P<rest>[^?.!\n]*)",
    re.I,
)
_REPEATED = re.compile(
    # without a lead-in ("done, ..."), a subjectless report needs a sign it was a try: "reset it twice"
    r"\b(?:again|twice|\d+\s+times|(?:two|three|four|several|many)\s+times|already|too|as\s+well|same|"
    r"nothing|no\s+luck|still)\b"
)
_GIVEN_THING = re.compile(
    # "I've checked that link every day": the outcome of what the assistant gave, not a new attempt
    r"^\s*(?:that|this|those|these|the\s+same|your)\s+(?:link|page|article|guide|steps|instructions|form|code|"
    r"email|app|site|website|faq)s?\b",
    re.I,
)
_VAGUE_OBJECT = re.compile(
    r"^\s*(?:that|it|this|those|these|everything|all\s+(?:of\s+)?(?:that|this|those)|them|so|again)\b", re.I
)
_NOT_AN_ATTEMPT = re.compile(
    # "I signed up", "I asked for a refund" (an ask, not an attempt)
    r"^\s*(?:up\b|for\s+(?:a|an|my|the)\s+(?:refund|human|person|agent|manager|supervisor))",
    re.I,
)
_I_TO_THEY = I_TO_THEY


@lru_cache(maxsize=2048)
def customer_descriptions(text: str) -> tuple[tuple[str, str], ...]:
    """What the customer says they tried, as (description, outcome) pairs, at most three per message (cached
    per text: one message is read once per request)."""
    found: list[tuple[str, str]] = []
    lowered = text.lower()
    outcome = "succeeded" if SUCCEEDED.search(lowered) and not FAILED.search(lowered) else "failed"
    for verb, rest in _reported_actions(text):
        if not _informative(rest) or not _plausible(verb, rest):
            continue
        description = clip(f"Customer {verb}{person(rest, _I_TO_THEY)}")
        if all(description.lower() != d.lower() for d, _ in found):
            found.append((description, outcome))
        if len(found) >= _MAX_PER_MESSAGE:
            break
    return tuple(found)


def _reported_actions(text: str) -> list[tuple[str, str]]:
    """(verb, rest of the clause) for every action the customer reports, with or without "I"."""
    actions: list[tuple[str, str]] = []
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer: read the lowered text only
        text = lowered
    for match in _CUSTOMER_TRIED.finditer(lowered):
        if match.group("ongoing"):
            verb, rest = f"has been {match.group('ongoing')}", text[match.start("ongoing_rest") : match.end()]
        else:
            verb, rest = " ".join(match.group("verb").split()), text[match.start("rest") : match.end()]
        actions.append((verb, rest))
    if actions:
        return actions
    for sentence in sentences(text):
        subjectless = _SUBJECTLESS.match(sentence)
        if subjectless is not None and (
            subjectless.group(0) != subjectless.group("verb") + subjectless.group("rest")
            or _REPEATED.search(subjectless.group("rest").lower())
        ):
            actions.append((subjectless.group("verb").lower(), subjectless.group("rest")))
    return actions


def _plausible(verb: str, rest: str) -> bool:
    """Is this verb with this clause an attempt? "used to", "moved last week", "had a question" and "have been
    wanting" are not."""
    if verb == "used" and rest.lstrip().lower().startswith("to "):
        return False
    if verb in _HELD:
        return _IN_A_STATE.match(rest) is not None
    if verb == "moved":
        return _RELOCATED.match(rest) is None
    return not (verb.startswith("has been ") and verb[len("has been ") :] in _NOT_TRYING)


def _informative(rest: str) -> bool:
    """Does the clause after the verb say what was tried? "that" alone does not; "them, they said no block" does."""
    if not rest.strip() or _NOT_AN_ATTEMPT.match(rest) or _GIVEN_THING.match(rest):
        return False
    vague = _VAGUE_OBJECT.match(rest)
    if vague is None:
        return True
    return len(re.findall(r"[\w$#'-]+", rest[vague.end() :])) >= _MIN_WORDS_AFTER_VAGUE
