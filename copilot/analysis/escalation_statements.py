"""What the assistant and the customer say about *who* must take the conversation over, and why.

A careful labeller reads the escalation reason from who ends the assistant's part and how they put it:

* the assistant states a rule that routes the task to people ("credits over $150 are reviewed by our billing
  team", "family plans are set up by an agent", "lo tiene que hacer un agente", "... not by me"): a policy;
* the assistant says it cannot do the task itself ("I can't generate a new profile in this chat", "running a
  line test is not something I am able to do"): the assistant could not resolve it;
* the assistant admits that its fixes kept failing ("I haven't been able to fix this"), or the customer says
  the assistant keeps serving the same answer ("that's the third time you've pasted the same line"): a repeated
  failure;
* the customer wishes a person would take the case ("I'd prefer that a member of staff deals with this",
  "can I talk to one of the advisors?"): the customer asked for a human.

These are sentence shapes (a passive with a human agent, a modal of inability, an ordinal "time you ..."), not
one domain's words, so they carry to conversations the engine was never tuned on. All patterns run on
lower-cased text.
"""

from __future__ import annotations

import re

from copilot.analysis.pattern_gate import PhraseScanner

__all__ = ["admits_failed_fixes", "asks_for_someone", "complains_bot_repeats", "states_inability", "states_rule"]

_STAFF = (
    r"(?:team|agents?|specialists?|staff|colleagues?|advis[oe]rs?|department|desk|managers?|supervisors?"
    r"|members?\s+of\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}(?:team|staff)|person|people|experts?|engineers?)"
)
"""Who a rule hands the task to: a person or a team, never a system."""
_ACTOR = rf"(?:one\s+of\s+)?(?:our|a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{_STAFF}\b"
_PARTICIPLE = r"(?:[a-z]+ed|done|made|set\s+up|run|taken|given|seen|sent|put\s+through|dealt\s+with|signed\s+off)"
_RULE_EN = (
    # "credits over $150 need to be reviewed by our billing team", "family plans are set up by an agent",
    # "have to be reviewed and scheduled by our delivery team", "are handled personally by our privacy team"
    r"\b(?:is|are|has\s+to\s+be|have\s+to\s+be|needs?\s+to\s+be|must\s+(?:only\s+)?be|can\s+only\s+be|may\s+only\s+be"
    r"|will\s+need\s+to\s+be|should\s+only\s+be)\s+(?:always\s+|only\s+|usually\s+|normally\s+|generally\s+|first\s+)?"
    rf"{_PARTICIPLE}(?:,?\s+(?:and|or)\s+{_PARTICIPLE})?(?:\s+[a-z]+ly)?\s+by\s+{_ACTOR}"
    # "a check by our team", "needs a line test by our technical team"
    rf"|\b(?:needs?|requires?)\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}(?:check|test|verification|review|approval|sign[\s-]off)"
    rf"\s+by\s+{_ACTOR}"
    # "handled by a specialist from our Fraud team, not by me"
    r"|\bnot\s+by\s+me\b"
)
_HUMAN_ES_PT = (
    r"(?:un|una|um|uma)\s+(?:agente|persona|pessoa|especialista|asesora?|atendente|compa[ñn]er[oa]|colega"
    r"|responsable)"
)
_RULE_ELSEWHERE = (
    # Spanish, Portuguese: "el reembolso lo tiene que hacer un agente", "tiene que revisarla un agente",
    # "los planes los acuerda una persona de nuestro equipo", "tem que ser feito por um atendente"
    rf"|\b(?:tiene|tienen|debe|deben|tem|t[eê]m|deve|devem)\s+(?:que\s+|de\s+)?[a-zà-ÿ]+\s+{_HUMAN_ES_PT}"
    rf"|\b(?:lo|la|los|las)\s+[a-zà-ÿ]+\s+{_HUMAN_ES_PT}\s+de\s+(?:nuestro|nuestra)"
    r"|\b(?:es|son|debe\s+ser|deben\s+ser|tiene\s+que\s+ser|é|são|tem\s+que\s+ser|precisa\s+ser|deve\s+ser)\s+"
    r"[a-zà-ÿ]+(?:ad|id)[oa]s?\s+por\s+(?:un|una|um|uma|nuestro|nuestra|nosso|nossa|el|la|o|a)\s+(?:[a-zà-ÿ]+\s+)?"
    r"(?:equipo|equipe|agente|especialista|departamento|atendente|asesor)"
    # French: "doit être validé par notre équipe", "sont traités par un conseiller"
    r"|\b(?:est|sont|doit\s+être|doivent\s+être)\s+[a-zà-ÿ]+(?:é|ée|és|ées)\s+par\s+(?:un|une|notre|nos|l')\s*"
    r"(?:[a-zà-ÿ]+\s+)?(?:équipe|equipe|conseill|agent|service|spécialiste|specialiste)"
)
_RULE = re.compile(_RULE_EN + _RULE_ELSEWHERE)
_RULE_SCAN = PhraseScanner.of_alternatives(_RULE.pattern)

_INABILITY = re.compile(
    # "I can't generate a new eSIM profile in this chat", "I can't trace where the refund went" (any task, but not
    # a hedge or a refusal of what the customer offered: "I can't promise", "I can't act on instructions")
    r"\bi\s+(?:can(?:'|no)?t|cannot|can\s+not|could\s+not|couldn'?t)\s+(?:(?:really|actually|currently|personally|directly)\s+)?"
    r"(?!promise|guarantee|say\b|stress|wait|imagine|believe|thank|act\s+on|see\s+why|share|take\s+(?:card|payment)"
    r"|use\s+(?:them|it|those|card)|accept\s+card|tell\s+(?:you\s+)?(?:for\s+sure|exactly))[a-z]{3,}"
    # "running a line test is not something I am able to do", "that's not something I can change"
    r"|\bnot\s+something\s+(?:that\s+)?i\s+(?:can|am\s+able|'m\s+able|have\s+(?:access|the\s+ability))"
    r"|\bi\s+(?:have\s+)?no\s+(?:way|ability|access|means)\s+to\b"
)
_INABILITY_WORDS = ("i ", "something", "no ")

_FAILED_FIXES = re.compile(
    r"\bi\s+(?:haven'?t|have\s+not|hasn'?t)\s+been\s+able\s+to\s+(?:fix|resolve|solve|sort|help|get\s+(?:this|it|that)"
    r"\s+(?:working|fixed|sorted))"
)
"""The assistant sums up that its fixes failed ("I'm sorry, I haven't been able to sort this out")."""

_TOLD = r"(?:told|tell|sent|send|asked|ask|said|say|given|gave|give|pasted|paste|suggested|suggest|repeated|repeat)"
_BOT_REPEATS = re.compile(
    rf"\b(?:second|third|fourth|fifth|\d+(?:nd|rd|th)|umpteenth)\s+time\s+(?:that\s+)?(?:you(?:'ve|\s+have)?\s+(?:just\s+)?"
    rf"{_TOLD}|i'?ve\s+been\s+(?:told|sent|given|asked))\b"
    r"|\byou\s+(?:keep|kept)\s+(?:telling|sending|asking|saying|giving|pasting|repeating|suggesting)"
    r"|\bsame\s+(?:answer|reply|response|line|link|message|steps|instructions|article)\s+(?:again|twice|three\s+times)"
    # Spanish, Portuguese, French: "é a terceira vez que você me manda reenviar"
    r"|\b(?:segunda|tercera|terceira|cuarta|quarta)\s+vez\s+que\s+(?:voc[eê]\s+|usted\s+)?(?:me\s+)?(?:manda|mandas|pede"
    r"|pides|pide|diz|dices|dice|repete|repites|repite|envia|env[ií]as|sugiere|sugere)"
    r"|\b(?:deuxi[eè]me|troisi[eè]me|quatri[eè]me)\s+fois\s+que\s+vous\b"
)
"""The customer says the assistant keeps serving the same fix or answer: its tries are failing in a loop."""
_REPEAT_WORDS = re.compile(r"time|keep|kept|same|vez|fois")
"""A word every match of :data:`_BOT_REPEATS` holds (one literal alternation: searched in C)."""

_SOMEONE = (
    r"(?:a|an|some|one\s+of\s+(?:the|your|those|these|them))\s+(?:real\s+|actual\s+|live\s+|human\s+)?"
    r"(?:member\s+of\s+(?:staff|the\s+team|your\s+team)|person|human|agent|representative|advis[oe]rs?|specialists?"
    r"|agents|people|someone)"
)
_ASKS_FOR_SOMEONE = re.compile(
    # "I would prefer that a member of staff deals with this directly"
    rf"\b(?:prefer|rather|would\s+like|want|need)\s+(?:that\s+|for\s+)?{_SOMEONE}\s+(?:to\s+)?(?:deal|handle|look|check"
    r"|review|take|sort|call|contact|help|go\s+through)"
    # "rather than another automated reply"
    r"|\brather\s+than\s+(?:an?\s+|another\s+|more\s+)?(?:automated|automatic|bot|canned|scripted|generic)"
    # "can I talk to one of the advisors?", "could I speak with one of your specialists"
    r"|\b(?:talk|speak|chat)\s+(?:to|with)\s+(?:one\s+of\s+)?(?:the|your|those|these)\s+(?:[\w-]+\s+)?(?:advis[oe]rs?"
    r"|agents?|specialists?|experts?|team|staff|people|humans?|consultants?|engineers?)\b"
)
"""The customer wishes a person would take the case, in the forms the shared request cues do not read."""
_WISH_WORDS = re.compile(r"prefer|rather|talk|speak|chat|(?:like|want|need)\s+(?:a|some|one)")
"""Words every match of :data:`_ASKS_FOR_SOMEONE` holds (one alternation: searched in C)."""


def states_rule(lowered: str) -> re.Match[str] | None:
    """The phrase of an assistant turn that states a rule routing the task to people ("refunds over $25 need to
    be approved by an agent", "... not by me"), or None: the handover is then for a policy."""
    return _RULE_SCAN.search(lowered)


def states_inability(lowered: str) -> bool:
    """True when an assistant turn says it cannot do the task itself in any words ("I can't trace where the
    refund went", "not something I am able to do"), beyond the shared cue list of task verbs."""
    return any(word in lowered for word in _INABILITY_WORDS) and _INABILITY.search(lowered) is not None


def admits_failed_fixes(lowered: str) -> bool:
    """True when an assistant turn sums up that its fixes did not work ("I haven't been able to fix this")."""
    return "been able" in lowered and _FAILED_FIXES.search(lowered) is not None


def complains_bot_repeats(lowered: str) -> bool:
    """True when a customer turn says the assistant keeps giving the same answer or fix ("the third time you've
    pasted the same line", "você me manda reenviar pela terceira vez"). A substring test first: most turns hold
    none of the words the pattern needs."""
    return _REPEAT_WORDS.search(lowered) is not None and _BOT_REPEATS.search(lowered) is not None


def asks_for_someone(lowered: str) -> bool:
    """True when a customer turn wishes a person would handle the case ("I'd prefer that a member of staff deals
    with this", "can I talk to one of the advisors?"). A substring test first, as above."""
    return _WISH_WORDS.search(lowered) is not None and _ASKS_FOR_SOMEONE.search(lowered) is not None
