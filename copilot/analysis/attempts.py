"""Attempted solutions: what the assistant (or an agent) suggested or did, what the customer tried on their own,
and how each went according to the customer's replies.

Descriptions read "<actor> <past-tense verb> ..." in the third person ("AI suggested the customer restart their
router", "AI shared the tracking link", "AI sent a password reset email", "Customer reinstalled the app"), so
the composer can retell them to the customer. Outcomes come from the customer turns that follow, up to the next
attempt: "still not working" is ``failed``, "better but..." ``partial``, "that worked" ``succeeded``, "no thanks,
I want a refund" ``declined``; otherwise ``unknown``. A customer's own attempt that they report is ``failed``
unless they say it worked (they would not be here).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from copilot.analysis.asks import requested_fact_types
from copilot.analysis.cues import announces_transfer, says_cannot_help
from copilot.context import Prepared, PreparedMessage
from copilot.schema import AttemptedSolution

__all__ = ["classify_outcome", "extract_attempts"]

_MAX_PER_MESSAGE = 3
_MAX_ATTEMPTS = 8
_MAX_DESCRIPTION = 110
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+|(?:^|\s)\d[.)]\s+|(?:^|\s)[-•*]\s+")
_URL = re.compile(r"https?://\S+|www\.\S+")

_SUGGEST = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|then|first|next|also|meanwhile|now|so)\s+|\b(?:please|kindly)\s+|\b(?:could|can|would)\s+you\s+"
    r"(?:please\s+)?|\byou\s+(?:can|could|might|may|should)\s+(?:also\s+)?(?:want\s+to\s+)?|\bi(?:'d|\s+would)?\s+"
    r"(?:recommend|suggest)(?:\s+that\s+you)?\s+|\blet'?s\s+|\bhave\s+you\s+tried\s+|\bit\s+(?:may|might|could)\s+"
    r"help\s+to\s+|\b(?:best|first|next)\s+(?:thing|step)\s+(?:is|would\s+be)\s+to\s+)"
    r"(?P<action>(?:try|restart|reboot|reset|turn|switch|power|unplug|plug|reinstall|install|update|upgrade|clear|log|"
    r"sign|check|verify|use|wait|visit|go|open|tap|click|select|enable|disable|toggle|change|remove|reinsert|insert|"
    r"charge|move|pair|re-?pair|forget|reconnect|connect|follow|track|return|ship|send|upload|submit|fill|contact|call|"
    r"look|make\s+sure|ensure|delete|uninstall|download|refresh|reload|scan|re-?enter|enter|apply|place|reorder|"
    r"cancel|request|drop\s+off|print|test|run|hold|press|re-?activate|activate|top\s+up|set\s+up|re-?register)"
    r"\b[^?]*)"
)
_TRY_GERUND = re.compile(
    r"\b(?:have\s+you\s+tried|(?:you\s+(?:can|could|might|may)\s+)?try|i(?:'d|\s+would)?\s+(?:recommend|suggest))\s+"
    r"(?P<action>[a-z]+ing\b[^?]*)"
)
_NOT_A_SOLUTION = frozenset({"confirmed", "verified", "found", "located"})
_OFFER = re.compile(
    r"\b(?:would\s+you\s+like\s+me\s+to|do\s+you\s+want\s+me\s+to|want\s+me\s+to|shall\s+i|should\s+i|"
    r"i\s+can\s+also|i(?:'d|\s+would)\s+be\s+happy\s+to|i'?m\s+happy\s+to|i\s+could|i\s+can)\s+"
    r"(?P<rest>(?!help\b|assist\b|see\b|understand\b)[a-z][^?.!]*)"
)
_EXPLAIN_CUE = re.compile(
    r"\b(?:ships?|shipped|arrive|arrives|scheduled|window|policy|fee|fees|within|only|because|means|usually"
    r"|typically|normally|takes?|eligible|covers|applies|includes?|expires?|valid|limit|outside|days?)\b"
)
_NOT_EXPLAINING = re.compile(
    r"^(?:sorry|i'?m\s+sorry|i\s+apologi[sz]e|thanks|thank\s+you|great|hi|hello|hey|sure|of\s+course|no\s+problem"
    r"|i\s+understand|i\s+see|unfortunately)\b"
)
_BOOKKEEPING = re.compile(r"\b(?:added|noted|logged)\b[^.]*\bto\s+(?:the|your)\s+(?:ticket|case|file|notes?|record)\b")
_QUESTION = re.compile(r"^\s*(?:what|which|when|where|who|how|why|is|are|do|does|did|was|were)\b")
_DONE = re.compile(
    r"\b(?:i|we)(?:'ve|\s+have|\s+just|\s+already|'ve\s+just|\s+have\s+just|\s+have\s+now|'ve\s+now)?\s+"
    r"(?P<verb>sent|re-?sent|issued|processed|initiated|requested|created|opened|submitted|applied|escalated|reset|"
    r"refunded|cancell?ed|canceled|updated|changed|credited|scheduled|booked|arranged|filed|logged|raised|ordered|"
    r"added|removed|unlocked|reactivated|extended|waived|re-?shipped|replaced|restarted|refreshed|re-?sent|emailed|"
    r"generated|placed|flagged|reported|checked|verified|confirmed|located|found|traced|contacted)\b(?P<rest>[^?]*)"
)
_WILL = re.compile(
    r"\b(?:i|we)(?:'ll|\s+will|\s+can|\s+could)\s+(?P<verb>send|issue|process|initiate|request|create|open|submit|"
    r"apply|reset|refund|cancel|update|change|credit|schedule|book|arrange|file|raise|reship|replace|offer|"
    r"give|email)\b(?P<rest>[^?]*)"
)
_SHARED = re.compile(
    r"\b(?:here(?:'s|\s+is|\s+are)|you\s+can\s+(?:find|track|see|check|read|view|follow)|i'?ve\s+(?:attached|included|"
    r"linked|shared)|(?:see|check\s+out|read)\s+(?:this|our|the))\s+(?P<thing>[^:.!?\n]*)"
)
_LINK_WORDS = re.compile(r"\b(?:link|article|guide|page|faq|help\s+cent(?:er|re)|instructions|steps|portal|form)\b")
_CUSTOMER_TRIED = re.compile(
    r"\b(?:i|we)(?:'ve|\s+have|\s+had)?\s+(?:already\s+|also\s+|even\s+)?"
    r"(?P<verb>tried|restarted|rebooted|reset|reinstalled|cleared|updated|checked|contacted|turned|"
    r"unplugged|logged|signed|changed|removed|followed|replaced|charged|switched|reinserted|re-?paired|deleted|"
    r"uninstalled|visited|returned|sent|resent|submitted|filled|factory\s+reset)\b(?P<rest>[^?.!]*)",
    re.I,
)
_VAGUE_OBJECT = re.compile(
    r"^\s*(?:that|it|this|those|these|everything|all\s+(?:of\s+)?(?:that|this|those)|them)\b", re.I
)

_PARTIAL = re.compile(
    r"\b(?:sort|kind)\s+of\s+work|\bpartly\b|\bpartially\b|\ba\s+(?:bit|little)\s+better\b|\bbetter\s+but\b|"
    r"\bhelped\s+a\s+(?:bit|little)\b|\bworks?\s+(?:now\s+)?but\b|\bworked\s+for\s+a\s+(?:bit|while|few|day)|\bonly\s+"
    r"(?:some|part|half|one)\s+of\b|\bfor\s+a\s+(?:bit|while|few\s+minutes)\s+(?:but|then)\b"
)
_FAILED = re.compile(
    r"\b(?:didn'?t|did\s+not|doesn'?t|does\s+not|won'?t|wouldn'?t|isn'?t|wasn'?t|not|never)\s+(?:really\s+)?(?:work|"
    r"working|help|helped|helping|fix|fixed|change|changed|do\s+anything|load|loading|open|arrive|come|show|go\s+"
    r"through|solve|resolve)|\bstill\s+(?:not|no|doesn'?t|won'?t|can'?t|the\s+same|broken|nothing|hasn'?t|haven'?t|"
    r"isn'?t|stuck|getting|showing|says|shows|same|down|dead|off|dropping|failing|waiting|missing|charged|blank|"
    r"frozen|there)|\bno\s+(?:luck|change|difference|dice|joy)\b|\bsame\s+(?:problem|issue|error|thing|result|"
    r"message|screen)\b|\balready\s+(?:tried|did|done|checked|have|waited|restarted|reset)\b|\bnothing\s+(?:happened|changed|works)\b|"
    r"\bnot\s+helpful\b|\buseless\b|\b(?:broken|dead)\s+link\b|\bnever\s+(?:got|received|came|arrived)\b|"
    r"\b(?:hasn'?t|haven'?t)\s+(?:arrived|come|moved|changed|updated|received|got)\b|\bshows?\s+(?:the\s+)?same\b|"
    r"\b(?:link|page)\s+(?:is|was)\s+(?:broken|dead|empty|not\s+working)|\bfails?\b|\bfailed\b|\berror\b|"
    r"\bdoesn'?t\s+(?:show|say|tell)|\bsays\s+(?:the\s+same|nothing)"
)
_SUCCEEDED = re.compile(
    r"\b(?:that|it|this)\s+(?:worked|works|fixed\s+it|did\s+it|did\s+the\s+trick|helped)\b|\bworks\s+now\b|"
    r"\b(?:problem|issue)\s+(?:is\s+)?(?:solved|fixed|resolved|gone)\b|\ball\s+good\s+now\b|\bit'?s\s+(?:working|"
    r"fixed)\s+now\b|\bgot\s+it,?\s+thanks\b"
)
_DECLINED = re.compile(
    r"\bno,?\s+thanks?\b|\bno\s+thank\s+you\b|\bi\s+(?:don'?t|do\s+not)\s+want\s+(?:to|a|an|that|the|store|"
    r"another|your)\b|\bi'?d\s+rather\s+not\b|\bi\s+won'?t\b|\bnot\s+going\s+to\b|\bi\s+refuse\b|\b(?:that'?s|"
    r"that\s+is)\s+not\s+(?:an\s+option|acceptable|what\s+i\s+(?:want|asked))|\bi\s+(?:don'?t|do\s+not)\s+need\s+"
    r"(?:a|an|the|another)\b|\b(?:not|no)\s+(?:a\s+)?(?:store\s+credit|voucher|coupon|replacement|discount|credit)"
    r"\b|\bi\s+(?:can'?t|cannot)\s+(?:do\s+that|wait\s+that\s+long)|\bi\s+just\s+want\s+(?:a|my)\b"
)
_OUTCOMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("partial", _PARTIAL),
    ("declined", _DECLINED),
    ("failed", _FAILED),
    ("succeeded", _SUCCEEDED),
)
_ACTOR = {"ai": "AI", "agent": "Agent", "system": "System", "customer": "Customer"}
_YOU_TO_THEY = {"your": "their", "yours": "theirs", "yourself": "themselves", "you": "they", "you're": "they're"}
_I_TO_THEY = {"my": "their", "mine": "theirs", "myself": "themselves", "i": "they", "me": "them", "i'm": "they're"}


@dataclass
class _Attempt:
    description: str
    by: str
    message: PreparedMessage
    outcome: str = "unknown"
    reply: PreparedMessage | None = None


def classify_outcome(text: str) -> str | None:
    """The outcome a customer reply reports for the attempt before it, or None when it says nothing about it."""
    lowered = text.lower()
    for outcome, pattern in _OUTCOMES:
        if pattern.search(lowered):
            return outcome
    return None


def extract_attempts(prepared: Prepared) -> list[AttemptedSolution]:
    """Every attempted solution, oldest first, with actor, outcome and the messages that show it."""
    attempts: list[_Attempt] = []
    pending: list[_Attempt] = []
    replied = False
    for message in prepared.messages:
        text = message.text.strip()
        if not text:
            continue
        if message.role in {"ai", "agent"}:
            found = _assistant_attempts(message)
            if found:
                pending, replied = found, False
                attempts.extend(found)
            elif replied:
                pending = []  # the assistant moved on: later replies are about something else
        elif message.role == "customer":
            if pending:
                _settle(pending, message)
                replied = True
            attempts.extend(_customer_attempts(message))
    unique: dict[str, _Attempt] = {}
    for attempt in attempts:
        unique.setdefault(attempt.description.lower(), attempt)
    return [_to_schema(a) for a in list(unique.values())[:_MAX_ATTEMPTS]]


def _settle(pending: list[_Attempt], reply: PreparedMessage) -> None:
    """Give the open attempts the outcome the customer's reply reports (the first reply that says one)."""
    open_attempts = [a for a in pending if a.reply is None]
    if not open_attempts:
        return
    outcome = classify_outcome(reply.text)
    if outcome is None:
        return
    for attempt in open_attempts:
        attempt.outcome, attempt.reply = outcome, reply


def _assistant_attempts(message: PreparedMessage) -> list[_Attempt]:
    actor = _ACTOR.get(message.role, "AI")
    found: list[_Attempt] = []
    sentences = [s for s in _sentences(message.text) if not (says_cannot_help(s) or announces_transfer(s))]
    for sentence in sentences:
        description = _describe_assistant_sentence(sentence, actor)
        if description and _asks_for_details(sentence):
            continue
        if description and all(description.lower() != a.description.lower() for a in found):
            found.append(_Attempt(description=description, by=message.role, message=message))
        if len(found) >= _MAX_PER_MESSAGE:
            break
    if not found:
        explained = next((e for e in (_explanation(s, actor) for s in sentences) if e), None)
        if explained:
            found.append(_Attempt(description=explained, by=message.role, message=message))
    return found


@dataclass(frozen=True)
class _Found:
    """A match found in the lower-cased text whose groups read from the original (same offsets)."""

    match: re.Match[str]
    original: str

    def group(self, name: str) -> str:
        start, end = self.match.span(name)
        return self.original[start:end] if start >= 0 else ""


def _find(pattern: re.Pattern[str], text: str) -> _Found | None:
    """Search a lower-case pattern in ``text`` (much faster than re.I), keeping the original letters."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer: search the lowered text only
        text = lowered
    match = pattern.search(lowered)
    return _Found(match, text) if match is not None else None


def _describe_assistant_sentence(sentence: str, actor: str) -> str | None:
    plain = _URL.sub("", sentence).strip()
    done = _find(_DONE, plain)
    bookkeeping = _BOOKKEEPING.search(plain.lower()) is not None
    if done is not None and done.group("verb").lower() not in _NOT_A_SOLUTION and not bookkeeping:
        return _clip(f"{actor} {done.group('verb').lower()}{_person(done.group('rest'), _YOU_TO_THEY)}")
    will = _find(_WILL, plain)
    if will is not None:
        return _clip(f"{actor} offered to {will.group('verb').lower()}{_person(will.group('rest'), _YOU_TO_THEY)}")
    shared = _find(_SHARED, plain)
    if shared is not None and (_URL.search(sentence) or _LINK_WORDS.search(shared.group("thing").lower())):
        thing = re.sub(r"\byour\b", "the", shared.group("thing"), flags=re.I).strip(" ,") or "a link"
        return _clip(f"{actor} shared {thing}")
    gerund = _find(_TRY_GERUND, plain)
    if gerund is not None:
        return _clip(f"{actor} suggested the customer try {_person(gerund.group('action'), _YOU_TO_THEY).strip(' ,')}")
    suggest = _find(_SUGGEST, plain)
    if suggest is not None and not _QUESTION.match(plain.lower()):
        action = _person(suggest.group("action"), _YOU_TO_THEY).strip(" ,")
        return _clip(f"{actor} suggested the customer {action[0].lower()}{action[1:]}")
    offer = _find(_OFFER, plain)
    if offer is not None:
        return _clip(f"{actor} offered to {_person(offer.group('rest'), _YOU_TO_THEY)}")
    if _URL.search(sentence):
        return f"{actor} shared {_link_description(sentence)}"
    return None


def _asks_for_details(sentence: str) -> bool:
    """Asking for the customer's details ("could you confirm your email?") is not a solution; a sentence that
    reports an action ("I've sent the label to your email") is one even if it names a detail."""
    return _find(_DONE, sentence) is None and bool(requested_fact_types(sentence))


def _link_description(sentence: str) -> str:
    """What a shared link is, from the URL and its sentence: "the UPS tracking link", "the help article on
    shipping delayed order", "a link to example.com"."""
    url = _URL.search(sentence)
    if url is None:
        return "a link"
    address = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.group(0)).rstrip(".,)")
    host, _, path = address.partition("/")
    labels = host.split(".")
    brand = labels[-2] if len(labels) >= 2 else labels[0]
    brand = brand.upper() if len(brand) <= 4 else brand.capitalize()
    if "track" in address.lower() or re.search(r"\btrack", sentence, re.I):
        return f"the {brand} tracking link"
    slug = [part for part in re.split(r"[/?#=&]", path) if part and not part.isdigit()]
    if slug:
        words = re.sub(r"[-_+.]+", " ", slug[-1]).strip()
        if re.search(r"[a-z]{3}", words):
            return f"the help article on {words}"
    return f"a link to {host}"


def _explanation(sentence: str, actor: str) -> str | None:
    """An informative statement ("The second box ships later with its own tracking email") as "AI explained
    that ..."; greetings, apologies and thanks are not explanations."""
    plain = _URL.sub("", sentence).strip(" :")
    lowered = plain.lower()
    if len(plain.split()) < 5 or plain.endswith("?") or _NOT_EXPLAINING.match(lowered):
        return None
    if not _EXPLAIN_CUE.search(lowered):
        return None
    clause = _person(plain, _YOU_TO_THEY)
    return _clip(f"{actor} explained that {clause[0].lower()}{clause[1:]}")


def _customer_attempts(message: PreparedMessage) -> list[_Attempt]:
    found: list[_Attempt] = []
    for match in _CUSTOMER_TRIED.finditer(message.text):
        rest = match.group("rest")
        if _VAGUE_OBJECT.match(rest) or not rest.strip():
            continue  # "I already tried that" is the outcome of the assistant's attempt
        description = _clip(f"Customer {match.group('verb').lower()}{_person(rest, _I_TO_THEY)}")
        lowered = message.text.lower()
        outcome = "succeeded" if _SUCCEEDED.search(lowered) and not _FAILED.search(lowered) else "failed"
        found.append(_Attempt(description, "customer", message, outcome=outcome, reply=message))
    return found[:_MAX_PER_MESSAGE]


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCES.split(text) if s and len(s.strip()) > 3]


def _person(text: str, mapping: dict[str, str]) -> str:
    """Rewrite first or second person to the third ("your router" -> "their router")."""
    return re.sub(
        r"\b(" + "|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True)) + r")\b",
        lambda m: mapping[m.group(1).lower()],
        text,
        flags=re.I,
    )


def _clip(text: str) -> str:
    text = " ".join(text.split()).rstrip(" ,;:-.!")
    if len(text) <= _MAX_DESCRIPTION:
        return text
    cut = text[:_MAX_DESCRIPTION].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-") + "…"


def _to_schema(attempt: _Attempt) -> AttemptedSolution:
    ids = [attempt.message.id]
    if attempt.reply is not None and attempt.reply.id not in ids:
        ids.append(attempt.reply.id)
    return AttemptedSolution(description=attempt.description, by=attempt.by, outcome=attempt.outcome, message_ids=ids)
