"""Conversation cues shared by several analyzers: asking for a human, the assistant giving up, filler turns.

They describe how people and bots talk in any support conversation (English), not any one domain.
"""

from __future__ import annotations

import re

from copilot.analysis.pattern_gate import PhraseScanner
from copilot.request_memo import per_request

__all__ = [
    "announces_transfer",
    "asks_for_human",
    "asks_for_person",
    "is_filler",
    "says_cannot_help",
    "says_not_understood",
    "similar",
    "word_list",
    "word_set",
]

_WHO = (
    r"(?:a\s+|an\s+|the\s+|some\s+|your\s+|one\s+of\s+your\s+)?(?:real\s+|actual\s+|live\s+|human\s+|proper\s+)?"
    r"(?:human(?:\s+being)?|person|agent|representative|rep|someone|somebody|manager|supervisor|operator|people"
    r"|staff|employee|advisor|adviser|specialist|customer service|support team|member\s+of\s+(?:your|the)\s+"
    r"(?:team|staff))s?\b"
)
_SOMEONE = r"(?:someone|somebody|a\s+(?:real\s+)?(?:person|human)|a\s+member\s+of\s+(?:your|the)\s+(?:team|staff))"
_HUMAN_ELSEWHERE = (
    # Spanish, French, German, Portuguese, Italian: "I want to talk to a person", "pass me to an agent"
    r"|\b(?:hablar|comunicarme)\s+con\s+(?:una\s+persona|un\s+(?:agente|humano|asesor|representante|"
    r"operador)|alguien)|\bp[aá]s[ae]me\s+con\b|\bme\s+(?:pasas|pasa|puedes\s+pasar|puede\s+pasar|comunicas|comunica"
    r"|transfieres|transfiere)\s+con\b"
    r"|\bparler\s+(?:à|a|avec)\s+(?:un\s+(?:conseiller|humain|agent|opérateur|operateur)|une\s+(?:personne|"
    r"vraie\s+personne|conseill[eè]re)|quelqu'un)"
    r"|\bmit\s+(?:einem|einer)\s+(?:echten\s+)?(?:menschen|mitarbeiter(?:in)?|berater(?:in)?|person)\s+"
    r"(?:sprechen|reden|verbinden)"
    r"|\bfalar\s+com\s+(?:um\s+(?:atendente|humano|agente)|uma\s+pessoa|algu[eé]m)"
    r"|\bparlare\s+con\s+(?:un\s+(?:operatore|agente|umano|consulente)|una\s+persona|qualcuno)"
    # German without "mit", Dutch, Polish, Turkish: "a real person", "connect me with an advisor"
    r"|\b(?:einen|einem)\s+(?:echten\s+)?(?:menschen|mitarbeiter)\b"
    r"|\b(?:spreken|praten)\s+met\s+(?:een\s+)?(?:medewerker|mens|persoon|iemand)|\been\s+(?:echte\s+)?"
    r"(?:medewerker|mens)\s+(?:spreken|aan\s+de\s+lijn)|\bdoorverbinden\b"
    r"|\b(?:z|ze)\s+(?:konsultantem|konsultantką|człowiekiem|pracownikiem|żywym\s+człowiekiem|doradcą)"
    r"|\bmüşteri\s+temsilci\w*|\btemsilci(?:ye|yle|siyle|sine|ile)\b|\bbir\s+(?:insanla|yetkiliyle|operatörle)\b"
    # "I ask that a person review the case": Spanish, French, Portuguese, Italian
    r"|\bque\s+(?:una\s+persona|alguien|un\s+(?:agente|asesor))\s+(?:de\s+su\s+equipo\s+)?(?:revise|mire|compruebe"
    r"|verifique|atienda|gestione|llame)|\bque\s+(?:quelqu'un|une\s+personne|un\s+conseiller)\s+(?:\w+\s+){0,2}"
    r"(?:regarde|vérifie|examine|traite|rappelle)|\bque\s+(?:uma\s+pessoa|algu[eé]m|um\s+atendente)\s+(?:revise|"
    r"verifique|analise|veja)|\bche\s+(?:una\s+persona|qualcuno|un\s+operatore)\s+(?:\w+\s+){0,2}(?:controlli|"
    r"verifichi|esamini|guardi)"
)
_SOMEONE_TO_ACT = (
    rf"\b(?:could|can|can'?t|couldn'?t|would|will)\s+{_SOMEONE}\s+(?:please\s+|just\s+|actually\s+)*"
    r"(?:look|check|review|call|contact|help|stop|use|fix|sort|investigate|get\s+back|do|handle|take|walk|go\s+through"
    r"|set\s+up|make|process|change|switch)"
    # the same wish as a condition: "I'd appreciate it if a real person could look at this"
    rf"|\b(?:if|when)\s+{_SOMEONE}\s+(?:could|can|would|will)\s+(?:please\s+|just\s+)?"
    r"(?:look|check|review|call|contact|help|fix|sort|investigate|get\s+back|do|handle|take)"
)
"""Asking whether someone can do the task ("can someone check the history of the card?"): a request for the work
more than for a person, the weaker form of :data:`_ASKS_FOR_PERSON`."""
_ASKS_FOR_PERSON = (
    r"\b(?:speak|talk|chat|connect|transfer|put|pass|escalate|forward|get)\s+(?:me\s+|this\s+)?"
    rf"(?:to|with|through\s+to|over\s+to)\s+{_WHO}"
    rf"|\b(?:want|need|would\s+like|i'?d\s+like|we'?d\s+like|requesting|request|demand|give\s+me|get\s+me|can\s+i\s+(?:have|get))\s+"
    rf"(?:to\s+(?:speak|talk)\s+(?:to|with)\s+)?{_WHO}"
    r"|\b(?:human|real\s+person|live\s+agent|agent|representative|operator|person)\s*(?:please|pls|plz|now)\b"
    r"|^\W*(?:agent|human|representative|operator|person|rep)\W*$"
    r"|\bis\s+there\s+(?:a|any)\s+(?:human|real\s+person|person|one|someone|agent)\b"
    rf"|\b(?:{_SOMEONE}|anyone|anybody|an?\s+(?:agent|representative|advisor|adviser))\s+(?:i|we)\s+(?:can|could|might)\s+"
    r"(?:talk|speak|chat)\s+(?:to|with)\b"
    r"|\b(?:not|no\s+more|stop\s+(?:the|this))\s+(?:a\s+|another\s+)?(?:bot|robot|machine|ai)\b"
    r"|\b(?:are\s+you|you'?re)\s+(?:a\s+)?(?:bot|robot|real)\b"
    # "I would like this reviewed by a member of staff, not an automated reply"
    rf"|\b(?:reviewed|looked\s+at|checked|handled|dealt\s+with|seen)\s+by\s+{_WHO}"
    r"|\bnot\s+(?:an?\s+|another\s+)?(?:automated|automatic|canned|scripted|generic)\s+(?:reply|replies|response|responses"
    r"|answer|answers|message|messages|email)"
    rf"{_HUMAN_ELSEWHERE}"
)
"""The customer asks for a person ("let me talk to a real person", "agent please", "AGENT")."""
_HUMAN_REQUEST = re.compile(f"{_ASKS_FOR_PERSON}|{_SOMEONE_TO_ACT}", re.M)
"""The customer asks for a human, in either form."""
_HUMAN_REQUEST_SCAN = PhraseScanner.of_alternatives(_HUMAN_REQUEST.pattern, re.M)
_PERSON_REQUEST_SCAN = PhraseScanner.of_alternatives(_ASKS_FOR_PERSON, re.M)

_NOT_UNDERSTOOD = (
    r"\bi'?m\s+(?:sorry|afraid),?\s+(?:but\s+)?i\s+(?:didn'?t|don'?t|did\s+not|do\s+not)\s+(?:understand|follow|get)"
    r"|\bcould\s+you\s+(?:please\s+)?rephrase\b|\bi\s+(?:didn'?t|did\s+not)\s+(?:quite\s+)?(?:understand|catch|get\s+that)"
    r"|\bi\s+misunderstood\b|\bi'?m\s+(?:still\s+)?not\s+sure\s+(?:how\s+to|what\s+you|i\s+understand)"
    # Spanish, French, German, Portuguese, Italian
    r"|\bno\s+(?:te\s+|le\s+)?(?:entend[ií]|he\s+entendido|comprend[oí])|\bje\s+n'ai\s+pas\s+(?:bien\s+)?compris"
    r"|\bnicht\s+verstanden|\bn[aã]o\s+(?:entendi|compreendi)|\bnon\s+ho\s+capito"
)
_AI_CANNOT_HELP = re.compile(
    r"\b(?:i'?m|i\s+am)\s+(?:not\s+able|unable|not\s+authori[sz]ed|not\s+allowed)\s+to\b"
    r"|\bi\s+(?:can(?:'|no)?t|cannot|could\s+not|couldn'?t)\s+(?:help|do|access|process|issue|change|cancel|make|"
    r"approve|override|find|see|locate|handle|assist|resolve|fix|update|modify|authori[sz]e|waive|refund|run|"
    r"restore|recover|reverse|remove|unlock|release|reset|transfer|move|merge|retrieve|check)"
    r"|\bi\s+(?:haven'?t|have\s+not|wasn'?t|was\s+not)\s+(?:been\s+)?able\s+to\b"
    r"|\b(?:beyond|outside(?:\s+of)?)\s+(?:what\s+i\s+can|my\s+(?:abilities|scope|capabilities|permissions))"
    r"|\bi\s+don'?t\s+have\s+(?:access|the\s+ability|permission|the\s+tools|(?:any\s+)?(?:information|details|"
    r"data|visibility)\s+(?:on|about|into|regarding))"
    r"|\bonly\s+(?:a|an|our)\s+(?:human|agent|specialist|team\s+member|colleague)s?\s+can\b"
    r"|\brequires?\s+(?:a|an)\s+(?:human|agent|specialist|manual\s+review)\b"
    # Spanish, French, German, Portuguese, Italian: "I cannot ...", "unfortunately I can't ..."
    r"|\bno\s+(?:puedo|he\s+podido|es\s+posible\s+que\s+yo)\b|\bje\s+ne\s+(?:peux|pourrai|suis\s+pas\s+en\s+mesure)\b"
    r"|\bich\s+kann\s+(?:\w+\s+){0,4}(?:nicht|leider\s+nicht|keine)\b|\bn[aã]o\s+(?:posso|consigo|consegui)\b"
    r"|\bnon\s+(?:posso|riesco)\b"
    # inverted German order ("leider kann ich den Grund nicht einsehen"); "I have no information / access"
    r"|\bkann\s+ich\s+(?:\w+\s+){0,6}(?:nicht|keine[nm]?)\b|\bich\s+habe\s+(?:leider\s+)?keine[nm]?\s+(?:informationen|"
    r"zugriff|einblick|angaben)|\bno\s+tengo\s+(?:informaci[oó]n|acceso|datos)|\bn[aã]o\s+tenho\s+(?:informa[çc]|acesso"
    r"|dados)|\bje\s+n'ai\s+pas\s+(?:d'informations?|acc[eè]s|les\s+informations)|\bnon\s+ho\s+(?:informazioni|"
    r"accesso)"
    rf"|{_NOT_UNDERSTOOD}"
)
"""The assistant says it cannot do what is needed ("I'm unable to issue refunds", "I didn't understand")."""
_AI_CANNOT_HELP_SCAN = PhraseScanner.of_alternatives(_AI_CANNOT_HELP.pattern)

_NOT_UNDERSTOOD_RE = re.compile(_NOT_UNDERSTOOD)
"""The assistant says it did not understand ("Sorry, I didn't catch that", "could you rephrase?")."""

_TRANSFER_ANNOUNCED = re.compile(
    r"\b(?:let\s+me|i'?ll|i\s+will|i'?m\s+going\s+to|i\s+can)\s+(?:connect|transfer|hand|pass|escalate|route)\b"
    r"|\b(?:connecting|transferring)\s+you\b|\ba\s+(?:human|colleague|specialist|agent|team\s+member)\s+will\b"
)
"""The assistant announces the handoff ("Let me connect you with a colleague")."""

_FILLER_TEXT = """
    hi hello hey hiya yo ok okay k kk sure yes yeah yep yup no nope nah thanks thank you thx ty please pls plz
    agent human person representative rep operator someone somebody real live now asap again still right
    fine great good cool alright whatever same that this it is was the a an and or but so to me i my you your
    speak talk chat connect transfer want need get give let can could would like just already told said help
    anyone there anybody bot robot stop useless waiting wait hurry up come on seriously what why how"""
_FILLER_WORDS = frozenset(_FILLER_TEXT.split())
_WORD = re.compile(r"[a-z']+|\d+")


def word_list(*lines: str) -> frozenset[str]:
    """The words of some whitespace-separated lines, as a set (keeps long vocabularies readable)."""
    return frozenset(word for line in lines for word in line.split())


@per_request
def asks_for_human(text: str) -> bool:
    """True when a customer turn asks for a human ("let me talk to a real person", "agent please", "AGENT")."""
    return _HUMAN_REQUEST_SCAN.matches(text.lower())


@per_request
def asks_for_person(text: str) -> bool:
    """True when a customer turn asks for a person outright ("I want to talk to someone", "agent please"), not
    only whether someone can do the task ("can someone check the card?"): the escalation stage weighs the two
    differently when the assistant has just said what it cannot do."""
    return _PERSON_REQUEST_SCAN.matches(text.lower())


@per_request
def says_cannot_help(text: str) -> bool:
    """True when an assistant turn says it cannot do what is needed ("I'm unable to issue refunds")."""
    return _AI_CANNOT_HELP_SCAN.matches(text.lower())


@per_request
def says_not_understood(text: str) -> bool:
    """True when an assistant turn says it did not understand the customer ("Sorry, I didn't get that. Could you
    rephrase?"): the customer now has to say it again, which is friction even when they stay polite."""
    return _NOT_UNDERSTOOD_RE.search(text.lower()) is not None


@per_request
def announces_transfer(text: str) -> bool:
    """True when an assistant turn announces the handoff ("Let me connect you with a colleague")."""
    return _TRANSFER_ANNOUNCED.search(text.lower()) is not None


@per_request
def is_filler(text: str) -> bool:
    """True when a customer turn carries no statement of the issue: greetings, "ok", "thanks", "agent please",
    "hello??". Such turns must not drive intent detection."""
    words = _WORD.findall(text.lower())
    content = [w for w in words if w not in _FILLER_WORDS and not w.isdigit()]
    return len(content) < 2


def similar(a: str, b: str) -> float:
    """Similarity of two turns, 0..1: the Jaccard overlap of their lower-cased word sets (repeated questions,
    bot loops). Cheap enough to compare every pair of a long transcript."""
    left, right = word_set(a), word_set(b)
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)


@per_request
def word_set(text: str) -> frozenset[str]:
    """The distinct lower-cased words and numbers of a text."""
    return frozenset(_WORD.findall(text.lower()))
