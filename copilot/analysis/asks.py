"""Find the customer facts a message *asks for*: ``requested_fact_types(text) -> set[str]``.

The guard uses it to refuse a first message that re-asks a known fact, and the eval harness uses it for
``redundant_ask_rate``. A fact type counts only when the message requests it; a statement that merely mentions
a fact ("I see order A-1234", "I'll email you at dana@x.com", "I have your tracking number here") is not a
request.

How a request is recognised, sentence by sentence (English; other languages yield an empty set):

1. Fact nouns are found with a lexicon per fact type of ``copilot.schema.FACT_TYPES`` ("order number",
   "email address", "phone number", "tracking number", "error code", "serial number"...). The longest noun
   wins, so "email address" is an email, not an address, and "phone model" is a device, not a phone.
2. A noun is *requested* when one of these frames governs it:
   - an ask verb in imperative or polite position before it, within a few words: "please confirm your email",
     "could you share the order number", "send me your tracking number", "let me know the error code";
   - a "may I" / "need" frame: "can I get your phone number", "I'll need your account number";
   - in a question, a wh-word directly on the noun: "what's the tracking number?", "which email did you
     use?", "what device are you using?"; or "do you have / know ...": "do you have the order number handy?";
   - in a question, a confirmation of the noun: "is your email still dana@x.com?";
   - an elliptical ask: "Your order number?", "And the email, please."
   Nouns joined to a requested noun by "and" / "or" are requested too ("send your name and email").
3. A negation in front of the frame cancels it: "no need to send your order number again".

Things that are not fact types (a photo, a screenshot, "more details") yield nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from copilot.analysis.pattern_gate import prefix_lookahead
from copilot.request_memo import per_request

__all__ = ["requested_fact_types"]

# ------------------------------------------------------------------ lexicon (order matters: longest first)

_NUM = r"(?:number|no\.?|num|id|#|code|reference|ref)"
_FACT_NOUNS: tuple[tuple[str, str], ...] = (
    (
        "other",
        r"date\s+of\s+birth|\bdob\b|last\s+(?:four|4)(?:\s+digits)?|ip\s+address"
        r"|security\s+(?:question|answer)",
    ),
    ("email", r"e-?mail(?:\s+address)?|mail\s+address"),
    (
        "tracking_number",
        rf"tracking(?:\s+{_NUM}|\s+link|\s+details|\s+info(?:rmation)?)?|waybill(?:\s+{_NUM})?",
    ),
    ("order_id", rf"(?:order|purchase|booking|invoice|receipt)\s*{_NUM}|order\s+confirmation(?:\s+{_NUM})?"),
    (
        "account_id",
        rf"(?:account|customer|member(?:ship)?|subscriber|client|user|policy)\s*{_NUM}|user\s*name"
        r"|login\s+(?:id|name)",
    ),
    (
        "ticket_id",
        rf"(?:ticket|case|incident|claim|complaint|rma|return\s+authori[sz]ation)\s*{_NUM}"
        r"|(?:reference|confirmation)\s+(?:number|no\.?|code|id)",
    ),
    (
        "phone",
        r"(?:phone|mobile|cell(?:phone)?|telephone|contact|callback|call-?back)\s*(?:number|no\.?|#)"
        r"|(?:best\s+)?number\s+(?:to|where|we\s+can|i\s+can)\s+(?:reach|call|contact)",
    ),
    (
        "device",
        r"device(?:\s+(?:model|type|name|id))?|(?:phone|router|modem|handset|laptop|tablet|tv|console)\s+"
        r"(?:model|make|type)|model\s*(?:number|no\.?|#)|serial\s*(?:number|no\.?|#)|\bimei\b"
        r"|operating\s+system|os\s+version|(?:app|software|firmware|ios|android)\s+version|browser",
    ),
    ("product", r"(?:product|item)\s*(?:name|number|no\.?|#|code|id)|\bsku\b"),
    (
        "name",
        r"(?:full|first|last|sur|family|given)\s*name|your\s+name|name\s+on\s+the\s+(?:account|order|card|booking)",
    ),
    (
        "address",
        r"(?:(?:shipping|delivery|billing|home|postal|mailing|street|physical|service|installation)\s+)?address"
        r"|(?:zip|postal|post)\s*code|postcode",
    ),
    (
        "date",
        r"(?:(?:order|purchase|delivery|billing|due|start|end|expiry|expiration|install(?:ation)?)\s+)?date",
    ),
    ("amount", r"(?:(?:charge|refund|payment|bill|transaction|exact)\s+)?amount|\bprice\b|\btotal\b"),
    ("error_code", r"(?:error|fault|status)\s*(?:code|message|number|no\.?)|\berror\b"),
)
# Nouns only a wh-word can request ("which order?", "what product?").
_WH_ONLY_NOUNS: tuple[tuple[str, str], ...] = (
    ("order_id", r"order"),
    ("account_id", r"account"),
    ("product", r"product|item|model"),
    ("device", r"phone|device"),
    ("date", r"day"),
)
# Nouns that carry their own question word; they count inside questions only.
_SELF_ASKING: tuple[tuple[str, str], ...] = (
    (
        "date",
        r"when\s+(?:did|was|were)\s+(?:you|it|they|the\s+\w+|your\s+\w+)\s+(?:\w+\s+)?(?:place|order|buy|"
        r"purchase|receiv|get|ship|deliver|sign|start|make|book|pay|charg|arriv|renew|cancel)\w*",
    ),
    ("amount", r"how\s+much"),
    ("name", r"who\s+(?:am\s+i|i'?m)\s+(?:speaking|chatting|talking)\s+(?:with|to)"),
    ("error_code", r"what\s+(?:does|did)\s+(?:the|that)\s+(?:error|message|screen)\s+(?:say|show)"),
)


def _lexicon(entries: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    """One regex with a named group per entry; a noun (or its plural) starts and ends on a word boundary."""
    alternatives = "|".join(f"(?P<{t}_{i}>{p})" for i, (t, p) in enumerate(entries))
    gate = prefix_lookahead(p for _, p in entries)  # most word starts fail here, in C: same matches, ~5x faster
    return re.compile(rf"\b{gate}(?:{alternatives})(?:e?s)?(?!\w)")


_NOUN_RE = _lexicon(_FACT_NOUNS)
_WH_ONLY_RE = _lexicon(_WH_ONLY_NOUNS)
_SELF_RE = _lexicon(_SELF_ASKING)

# --------------------------------------------------------------------------- frames

_ASK_VERB = (
    r"(?:share|sharing|send|sending|provide|providing|give|giving|tell|telling|confirm|confirming|verify|"
    r"verifying|enter|entering|type|typing|spell|spelling|text|dm|pm|supply|paste|find|grab|include|"
    r"reply\s+with|respond\s+with|let\s+(?:me|us)\s+know|double[-\s]?check|remind\s+me(?:\s+of)?|look\s+up|"
    r"read\s+(?:out|me)|note\s+down|write\s+down|drop\s+me|pass\s+(?:along|on))"
)
_POLITE = r"(?:please|pls|kindly|just|also|quickly|first|now)"
_FILLER = r"(?:ok(?:ay)?|so|and|also|first|now|then|just|great|thanks|alright|sure|lastly|finally|next)"
_IMPERATIVE = re.compile(
    # where a frame can start: the text's start, a comma, a dash between spaces, or a frame word; the other
    # positions fail on this zero-width lead instead of trying every frame (same matches, faster)
    rf"(?:^|(?=,|\s[—–-]\s)|\b{prefix_lookahead(['please|pls|kindly|can|could|would|will|if|you|u'])})"
    rf"(?:(?:^|,|\s[—–-]\s)\W*(?:{_FILLER}\W+)*(?:{_POLITE}\s+)*|\b(?:please|pls|kindly)\s+(?:{_POLITE}\s+)*"
    rf"|\b(?:can|could|would|will)\s+(?:you|u)\s+(?:{_POLITE}\s+)*"
    rf"|\bif\s+(?:you|u)\s+(?:could|can|would)\s+(?:{_POLITE}\s+)*"
    rf"|\b(?:you|u)\s+mind\s+|\b(?:you|u)(?:'ll|\s+will)?\s+(?:need|have)\s+to\s+(?:{_POLITE}\s+)*)"
    rf"{_ASK_VERB}\b"
)
_GET = re.compile(
    r"\b(?:can|could|may|might)\s+(?:i|we)\s+(?:please\s+|also\s+|just\s+)*(?:get|have|grab|take|ask\s+for|ask|"
    r"confirm|verify|check|see|get\s+hold\s+of)\b"
    r"|\b(?:i|we)(?:'d|\s+would)\s+like\s+(?:to\s+(?:get|have|confirm|verify|take|know|see)|your|the)\b"
    r"|\b(?:i|we)(?:'ll|\s+will|'d|\s+would)?\s+(?:just\s+|also\s+|first\s+|still\s+)?(?:need|require)\b"
    r"(?:\s+(?:you\s+)?to\s+(?:confirm|verify|get|have|see|check|know))?"
)
_HAVE_Q = re.compile(r"\b(?:do|would|did|can)\s+(?:you|u)\s+(?:still\s+)?(?:have|know|remember|recall)\b")
_WH = re.compile(
    r"\b(?:what|which|whats)(?:'s|\s+is|\s+was|\s+are|\s+were)?\s+(?:(?:the|your|that)\s+)?"
    r"(?:(?:best|correct|current|full|right|preferred|registered|new|exact|original|same|actual)\s+)?$"
)
_CONFIRM_Q = re.compile(
    r"^\W*(?:(?:and|so|also|just\s+to\s+check)\W+)*(?:is|are|was)\s+(?:(?:this|that|it)\s+)?(?:still\s+)?"
    r"(?:(?:the|your)\s+)?(?:(?:best|correct|current|right|registered)\s+)?$"
)
_ELLIPTIC = re.compile(r"^\W*(?:(?:and|also|plus|then)\W+)?(?:(?:your|the)\s+)?$")
_PLEASE = re.compile(r"\b(?:please|pls)\b")
_ELLIPTIC_TAIL = re.compile(r"^\W*(?:,?\s*(?:please|pls)\b)?\W*$")
_NEGATION = re.compile(
    r"\b(?:no\s+need|(?:don'?t|do\s+not|won'?t|will\s+not|doesn'?t|does\s+not)\s+(?:need|have)\s+to|needn'?t|"
    r"not\s+necessary|no\s+longer\s+need|never|without|not\s+(?:ask|asking|going\s+to\s+ask))\b"
)
_COORDINATION = re.compile(r"^\s*(?:,\s*)?(?:and|or|&|plus|as\s+well\s+as)\s+(?:(?:your|the|a|an)\s+)?$|^\s*,\s*$")
# A sentence ends at . ! ? followed by a space or the end ("dana@x.com" and "v2.1" stay whole). Runs of plain
# characters are taken whole (``[^.!?\n]+``): the same sentences as one character per step, read faster.
_SENTENCE = re.compile(r"(?:[^.!?\n]+|[.!?]+(?=[^\s.!?]))+[.!?]*")
_WINDOW_WORDS = 6
_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:but|because|since|while|although|though)\b")
# Words between an ask frame and a noun showing the noun is not what is asked for ("send it *to* your email").
_GAP_BREAK = re.compile(
    r"\b(?:if|whether|when|once|after|before|until|so|then|of|from|in|on|at|to|for|via|by|through|into)\b"
)


@dataclass(frozen=True)
class _Noun:
    fact_type: str
    start: int
    end: int


def requested_fact_types(text: str) -> set[str]:
    """Return the fact types (DESIGN.md ``customer_facts[].type`` values) that ``text`` asks the reader for.

    Used to catch first messages that re-ask a fact the customer already gave. Statements that only mention
    a fact are not requests; see the module docstring for the frames that make a request.
    """
    found: set[str] = set()
    text = text or ""
    if "?" not in text and _NOUN_RE.search(text.lower()) is None:
        return found  # no fact noun and no question: nothing can be asked for (most sentences; one search)
    for match in _SENTENCE.finditer(text):
        sentence = " ".join(match.group(0).lower().replace("’", "'").split())
        if sentence:
            found |= _sentence_requests(sentence)
    return found


@per_request
def _sentence_requests(sentence: str) -> frozenset[str]:
    """The fact types one normalised (lower-cased, single-spaced) sentence asks for. Remembered for the request:
    the attempts, the facts and the guard read many of the same sentences (a question the assistant asked is
    both an attempt's sentence and the question a fact answers)."""
    is_question = sentence.rstrip().endswith("?")
    nouns = _find_nouns(sentence, is_question)
    requested: list[_Noun] = []
    for noun in nouns:
        before = sentence[: noun.start]
        after = sentence[noun.end :]
        if _is_requested(before, after, is_question) or _is_coordinated(noun, requested, sentence):
            requested.append(noun)
    found = {n.fact_type for n in requested}
    if is_question:
        for match in _SELF_RE.finditer(sentence):
            if not _NEGATION.search(sentence[: match.start()]):
                found.add(_group_type(match))
    return frozenset(found)


def _find_nouns(sentence: str, is_question: bool) -> list[_Noun]:
    nouns = [_Noun(_group_type(m), m.start(), m.end()) for m in _NOUN_RE.finditer(sentence)]
    if is_question:
        taken = [(n.start, n.end) for n in nouns]
        for match in _WH_ONLY_RE.finditer(sentence):
            overlaps = any(s < match.end() and match.start() < e for s, e in taken)
            if not overlaps and _WH.search(sentence[: match.start()]):
                nouns.append(_Noun(_group_type(match), match.start(), match.end()))
        nouns.sort(key=lambda n: n.start)
    return nouns


def _is_requested(before: str, after: str, is_question: bool) -> bool:
    """Is a fact noun, preceded by ``before`` and followed by ``after`` in its sentence, being asked for?"""
    scope = _CLAUSE_BREAK.split(before)[-1]
    for frame in (_IMPERATIVE, _GET):
        for match in frame.finditer(scope):
            if _governs(scope[match.end() :]) and not _NEGATION.search(scope[: match.end()]):
                return True
    if _NEGATION.search(scope):
        return False
    if is_question:
        if _WH.search(scope) or _CONFIRM_Q.search(scope):
            return True
        if _ELLIPTIC.search(scope) and _ELLIPTIC_TAIL.search(after):
            return True
        have = list(_HAVE_Q.finditer(scope))
        if have and _governs(scope[have[-1].end() :]):
            return True
    return bool(_ELLIPTIC.search(scope) and _ELLIPTIC_TAIL.search(after) and _PLEASE.search(after))


def _governs(gap: str) -> bool:
    """Is a noun that follows an ask frame after ``gap`` the frame's object (near, no preposition between)?"""
    return len(gap.split()) <= _WINDOW_WORDS and not _GAP_BREAK.search(gap)


def _is_coordinated(noun: _Noun, requested: list[_Noun], sentence: str) -> bool:
    if not requested:
        return False
    previous = requested[-1]
    return previous.end <= noun.start and bool(_COORDINATION.search(sentence[previous.end : noun.start]))


def _group_type(match: re.Match[str]) -> str:
    name = match.lastgroup or ""
    return name.rsplit("_", 1)[0]
