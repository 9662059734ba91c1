"""Reuse the customer's own statement of the issue: as an English clause addressed back to them, or quoted.

"My order A-1234 never arrived" becomes "your order A-1234 never arrived", so the first message can say
"I'm sorry that your order A-1234 never arrived". Only clauses that read safely are returned: questions,
requests, heated or shouted sentences, and sentences that talk to "you" (the company) are refused, and the
caller then names the issue another way. Nothing is added that the customer did not write. For other
languages :func:`quotable` returns the statement itself, short enough to quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from copilot.compose.condense import drop_fillers
from copilot.compose.folded import FoldedPattern
from copilot.compose.text import is_heated, shouts
from copilot.request_memo import per_request

__all__ = ["Clause", "background", "customer_clause", "customer_fragment", "quotable"]

_MIN_WORDS, _MAX_WORDS, _CUT_AFTER = 3, 18, 4
_ENGLISH = FoldedPattern(
    r"\b(?:the|a|an|and|or|but|is|are|was|were|my|i|me|it|to|of|in|on|for|with|not|no|can|do|did|have|has)\b",
)
"""Some English function word: text in another language is never addressed back as English."""
_SECOND_PERSON = FoldedPattern(r"\b(?:you|your|yours|you're|youre|you've|you'd|you'll|u|ya|y'all|yall|ur)\b")
_REQUEST_START = re.compile(
    r"^(?:can|could|would|will|please|pls|help|i\s+(?:need|want)\s+(?:help|to\s+(?:talk|speak|chat))|let\s+me|"
    r"give|send|get|tell|where|what|why|when|how|is|are|do|does|did)\b",
    re.IGNORECASE,
)
_ASKING = FoldedPattern(
    r"\b(?:please|pls|plz|kindly|could\s+you|can\s+you|would\s+you|let\s+(?:me|us)\s+know|tell\s+me|send|share|"
    r"provide|confirm|verify|enter|type)\b",
)
"""Words of a request: quoted back inside the agent's message they would read as the agent asking."""
_ABOUT_SUPPORT = FoldedPattern(r"\b(?:bot|robot|chatbot|human|agent|representative|operator)s?\b")
"""Sentences about the support itself ("the bot keeps looping") are not the issue to say back."""
_WISH = FoldedPattern(r"\b(?:want|need|would\s+like|'d\s+like|wish|hope|hoping|trying\s+to|looking\s+to|plan)\b")
_PROBLEM = FoldedPattern(
    r"\b(?:not|never|no|nothing|can'?t|cannot|won'?t|didn'?t|doesn'?t|isn'?t|wasn'?t|haven'?t|hasn'?t|aren'?t|"
    r"still|stuck|broken|wrong|missing|lost|late|error|fail\w*|crash\w*|charged|damaged|cracked|declined|locked|"
    r"stopped|delay\w*)\b",
)
_BACKGROUND = FoldedPattern(
    r"\b(?:normally|usually|typically|generally|always|regularly|as\s+usual|same\s+as)\b"
    r"|\b(?:nothing|no\s+one|nobody)\s+(?:has\s+|'?s\s+)?changed\b|\b(?:hasn'?t|haven'?t|has\s+not|have\s+not)\s+changed\b",
)
"""How things normally are ("you normally pay around £86 a month and nothing has changed"): background that
makes the problem stand out, not the problem to be sorry about."""
_CUT = re.compile(
    r",\s+(?:but|and|so)\b|\s+(?:but|because|since|although|though)\s+|;|\s+[-–—]\s+|:"
    r"|,?\s+(?:aber|weil|denn|obwohl|pero|porque|aunque|mais|parce\s+que|car|bien\s+que|mas|embora)\s+",
    re.IGNORECASE,
)
"""Clause boundaries a long statement is cut at; the conjunctions of the languages quoted by the templates
(German, Spanish, French, Portuguese) too, so a long sentence in those languages can still be quoted."""
_PHRASES = (
    (re.compile(r"\bi\s+am\b", re.I), "you are"),
    (re.compile(r"\bi\s+was\b", re.I), "you were"),
    (re.compile(r"\bi\s+wasn't\b", re.I), "you weren't"),
)
_WORDS = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "i'm": "you're",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    "im": "you're",
    "ive": "you've",
    "we": "you",
    "us": "you",
    "our": "your",
    "ours": "yours",
    "ourselves": "yourselves",
    "we're": "you're",
    "we've": "you've",
    "we'd": "you'd",
    "we'll": "you'll",
}
_WORD_RE = FoldedPattern(r"\b(?:" + "|".join(sorted(map(re.escape, _WORDS), key=len, reverse=True)) + r")\b")
_SUBJECT_START = frozenset(
    """i we my our the this that these those it its a an his her their they he she half most part someone somebody
    nobody nothing none one both all each every no i'm i've im ive it's it'll it'd that's there's they're they've
    they'll he's she's we're we've""".split()  # noqa: SIM905
)
_VERB_SECOND = frozenset(
    """is was are were has have had hasn't haven't isn't wasn't aren't weren't keeps kept won't doesn't
    didn't never still shows showed says said stopped arrived came got broke cracked crashed crashes
    fails failed won't can't cannot does did will""".split()  # noqa: SIM905
)
"""Words that show the first word was the subject ("tracking hasn't moved", "payment was declined")."""
_ADVERB_START = frozenset("already still also never just then even only again finally now".split())  # noqa: SIM905
"""Adverbs a subject-less fragment opens with ("already did that twice before I opened this chat")."""


_QUESTIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), lead)
    for pattern, lead in (
        (r"^(?:can|could|may)\s+(?:i|we)\s+(?:please\s+|just\s+)?(?P<rest>.+)$", "you'd like to "),
        (r"^(?:can|could|would|will)\s+you\s+(?:please\s+|just\s+)?(?P<rest>.+)$", "you'd like us to "),
        (r"^do\s+(?P<subject>the|these|those|my|our|i|we)\s+(?P<rest>.+)$", "you'd like to know whether "),
        (
            r"^(?:is|would|will|could)\s+it\s+(?:be\s+)?possible\s+(?:for\s+(?:me|us)\s+)?to\s+(?P<rest>.+)$",
            "you'd like to ",
        ),
        (r"^(?:and\s+|but\s+|so\s+)?what\s+about\s+(?P<rest>.+)$", "you asked about "),
        (r"^(?:and\s+|but\s+|so\s+)?how\s+(?:do|can|should)\s+(?:i|we)\s+(?P<rest>.+)$", "you'd like to know how to "),
        (r"^is\s+there\s+(?P<rest>(?:an?|any|some)\s+.+)$", "you're looking for "),
        (r"^_whether\s+(?P<rest>.+)$", "you'd like to know whether "),
        (
            r"^(?P<modal>will|would|can|could|is|are)\s+(?P<subject>it|this|that|they|these|those)\s+(?P<rest>.+)$",
            "you'd like to know whether ",
        ),
    )
)
"""Questions that say what the customer wants, and how the wish is told back to them."""
_BE_QUESTION = re.compile(
    r"^(?:but\s+|and\s+|so\s+)?(?P<verb>is|are)\s+(?P<np>(?:the|this|that|these|those|my|our)\s+(?:[\w'-]+\s+){0,3}?)"
    r"(?P<pred>(?:available|still|ready|in|on|at|for|with|compatible|included|covered|eligible|going|coming|due|"
    r"free|back|possible|open|closed|[\w-]+able|[\w-]+ed|[\w-]+ing)\b.*)$",
    re.IGNORECASE,
)
"""'is the W available in Walnut' -> 'whether the W is available in Walnut': the verb goes after the noun phrase,
found as a determiner and up to three words before a predicate word; anything else is not rewritten."""


_UNMARKED_QUESTION = re.compile(
    r"^(?:and\s+|but\s+|so\s+)?(?:what\s+about|(?:can|could|would)\s+you|(?:can|could|may)\s+(?:i|we)|"
    r"how\s+(?:do|can|should)\s+(?:i|we))\s+[^?!]+$",
    re.IGNORECASE,
)
"""A question without its question mark ("what about the early termination fee.", "can you give me the
credit.", "how do i claim for that")."""
_SECOND_QUESTION = re.compile(r",?\s+or\s+(?=(?:can|could|would|will|should|may|do|does|is|are)\b)", re.IGNORECASE)
"""Where a second question joins the first ("is there any way to send it faster, or could I collect one"):
the first is told back."""
_US_WORDS = {**_WORDS, "your": "our", "yours": "ours"}
_US_WORD_RE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _US_WORDS), key=len, reverse=True)) + r")\b", re.I)
_OTHER_SECOND_PERSON = re.compile(r"\b(?:you|you're|youre|you've|you'd|you'll|u|ya|y'all|yall|ur)\b", re.IGNORECASE)
_RHETORICAL = re.compile(r"(?:believe|imagine)\b", re.IGNORECASE)
"""'can you believe this': not a request."""
_FILLER = re.compile(r"^(?:(?:at\s+least|maybe|possibly|kindly|actually|even|just|please)\s+)+", re.IGNORECASE)
_PLEASE = re.compile(r",?\s+please\b(?=\s*(?:[,.]|$))", re.IGNORECASE)
"""A "please" inside or closing a request ("put me on the 18:05 now please, before it fills up"): said back
to the customer it would read as their own plea quoted."""
_OR_NOT = re.compile(r",?\s+or\s+not$", re.IGNORECASE)


_CLAUSE_STARTS = frozenset(
    "still now just already also then so and but even only again never yet anyway plus".split()  # noqa: SIM905
)
_SHORT_WORD = 3  # "red", "bed": too short to be a past tense
_DETERMINERS = frozenset("a an the my your our this that these those some two three".split())  # noqa: SIM905
_OBJECT_PRONOUNS = frozenset("it them him her me us you".split())  # noqa: SIM905
_ANSWER_LEAD = re.compile(
    r"^(?:(?:no\s+(?:rush|worries|problem|stress)(?:\s+at\s+all)?|great|fine|sure|thanks),|"
    r"(?:no|nope|nah|yes|yeah|yep|ok|okay|well|oh)\b,?)\s+(?=(?:i|i'm|i've|i'd|we|we're|it|it's|they|they're)\b)",
    re.IGNORECASE,
)
"""A reply before a clause ("no I don't want a text", "no rush, I'm home all week"): the answer to the
assistant's question, which reads as a stray "no" when told back; the clause after it is what is told."""
_REFERRING_START = re.compile(r"^(?:that|this)(?:'s|\s+(?:is|was|has|had|means)\b)", re.IGNORECASE)
"""A clause whose subject points back at something said before ("that is now 24 days ago", "that's my
point"): told back alone it reads as "including that that is ..." about nothing."""
_JOINED_CLAUSE = re.compile(
    r",\s+(?:i|i'm|i've|i'd|we|we're|it's|they|they're|he|she)\s|\s[-–—]\s|^(?:no|yes|yeah|ok|okay|great)\b",
    re.IGNORECASE,
)
"""A fragment that is not one noun phrase: a clause joined on after a comma ("annoying tbh, I use these every
day"), a subject line's dash ("lost suitcase - 24 days and no answer") or a reply word ("great, no rush")."""
_NO_DETERMINER_VERB_WINDOW = 4
_BARE_NO = re.compile(r"^no\s+(?!one\b|longer\b|more\b)[a-z]", re.IGNORECASE)
"""A statement of what is missing, said without a verb ("no electric at all and the meter screen is blank"):
told back as "there's no electric at all and ...", when it is one clause (no comma); "no rush, ..." is a reply."""
""""no refund has arrived" has its verb within a few words; "no stress at all, want them ..." has none."""
_FINITE_OR_SYMBOL = re.compile(r"\b(?:is|are|was|were|isn't|aren't|wasn't|weren't)\b|\w's\b|[<>=]", re.I)


@dataclass(frozen=True)
class Clause:
    """The customer's statement addressed back to them, and whether it states a problem (vs. a wish)."""

    text: str
    is_problem: bool
    asks: bool = False  # a question told back as what the customer wants ("you'd like to know whether ...")


def customer_clause(sentence: str, protected: list[str]) -> Clause | None:
    """Return the statement as a second-person clause, or None when it cannot be reflected safely.

    ``protected`` are fact values that must survive untouched (an order id never loses its capitals). A plain
    question that says what the customer wants is reflected as a wish ("can I swap for a 9.5?" -> "you'd like
    to swap for a 9.5"; "will it fit?" -> "you'd like to know whether it will fit").
    """
    reading = _read_clause(sentence)
    if reading is None:
        return None
    text, shortened, statement, lowered = reading
    if shortened is None:
        return _question_clause(text, protected)
    if shouts(text, protected) or not _has_subject(shortened, protected):
        return None  # shouted, or a fragment without a subject ("Still waiting for it")
    first = statement.text.partition(" ")[0]
    return lowered if first not in protected and (first[1:].islower() or first == "A") else statement


@per_request
def _read_clause(sentence: str) -> tuple[str, str | None, Clause, Clause] | None:
    """The part of :func:`customer_clause` that does not depend on the facts, cached per sentence: None when
    the sentence cannot be reflected whatever the facts; for a question (shortened is None) the question
    text; else (text, shortened, clause as written, clause with its first word lowered)."""
    text = drop_fillers(" ".join(sentence.replace("’", "'").split())).strip(" .!…")
    text = _ANSWER_LEAD.sub("", text, count=1)
    if _BARE_NO.match(text) and "," not in text and not _no_has_verb(text.lower().split()):
        text = f"there's {text[0].lower()}{text[1:]}"
    if not _ENGLISH.found(text) or _REFERRING_START.match(text):
        return None  # only English is addressed back; other languages are quoted by their own templates
    if (text.endswith("?") and text.count("?") == 1) or _UNMARKED_QUESTION.match(text):
        question = _SECOND_QUESTION.split(text.rstrip("? "), maxsplit=1)[0]
        return question, None, Clause(question, False), Clause(question, False)
    if (
        not text
        or "?" in text
        or "!" in text
        or _REQUEST_START.match(text)
        or is_heated(text)
        or _ABOUT_SUPPORT.found(text)
    ):
        return None
    shortened = _shorten(text)
    if _ASKING.found(text) or _SECOND_PERSON.found(text) or shortened is None:
        return None  # a request or talk to the company, or too long
    rewritten = shortened
    for pattern, replacement in _PHRASES:
        rewritten = pattern.sub(replacement, rewritten)
    rewritten = _WORD_RE.substitute(rewritten, _you)
    first, _, rest = rewritten.partition(" ")
    lowered = f"{first.lower()} {rest}".strip()
    return text, shortened, _clause(rewritten), _clause(lowered)


def _you(word: str) -> str:
    """The customer's pronoun as the agent says it back ("my" -> "your")."""
    return _WORDS[word.lower()]


def background(text: str) -> bool:
    """True when a clause describes how things normally are or that nothing changed: the agent then
    acknowledges it instead of apologising for it."""
    return _BACKGROUND.found(text)


def _clause(text: str) -> Clause:
    return Clause(text=text, is_problem=_PROBLEM.found(text) and not _WISH.found(text))


def _question_clause(text: str, protected: list[str]) -> Clause | None:
    """A yes/no question or polite request as a wish addressed back to the customer, or None."""
    text = _BE_QUESTION.sub(_whether_be, text, count=1)
    for pattern, lead in _QUESTIONS:
        match = pattern.match(text)
        if match is None:
            continue
        rest = _OR_NOT.sub("", _FILLER.sub("", _PLEASE.sub("", match.group("rest"))))
        subject = match.groupdict().get("subject") or ""
        modal = match.groupdict().get("modal") or ""
        if len(rest.split()) < 2 or _RHETORICAL.match(rest) or is_heated(rest) or shouts(rest, protected):
            return None
        if "!" in rest:
            return None
        to_us = lead.endswith("us to ") and not _OTHER_SECOND_PERSON.search(rest)  # "give me ... your website"
        if (
            (_SECOND_PERSON.found(rest) and not to_us)
            or _ABOUT_SUPPORT.found(rest)
            or len((subject + " " + rest).split()) > _MAX_WORDS
        ):
            return None
        body = " ".join(w for w in (subject, modal.lower(), rest) if w)
        if to_us:  # the customer's "my" is "your", the company's "your" is "our"
            body = _US_WORD_RE.sub(lambda m: _US_WORDS[m.group(0).lower()], body)
        else:
            body = _WORD_RE.substitute(body, _you)
        return Clause(text=lead + body, is_problem=False, asks=True)
    return None


def _whether_be(match: re.Match[str]) -> str:
    return f"_whether {match.group('np')}{match.group('verb').lower()} {match.group('pred')}"


def quotable(sentence: str, protected: list[str]) -> str | None:
    """The statement as a short quotation to show the customer we understood (any language), or None.

    Questions, requests, exclamations, heated or shouted sentences are not quoted back; long ones are cut at a
    clause boundary or refused.
    """
    text = " ".join(sentence.replace("’", "'").split()).strip(" .!…,;:")
    if not text or "?" in text or "!" in text or is_heated(text) or _ABOUT_SUPPORT.found(text) or _ASKING.found(text):
        return None
    return None if shouts(text, protected) else _shorten(text)


def customer_fragment(sentence: str, protected: list[str], max_words: int) -> str | None:
    """A short fragment without a subject ("4 lines on unlimited plus", "moving in with my partner") addressed
    back to the customer ("moving in with your partner"), to follow "you mentioned"; or None.

    Refused like a quotation (questions, requests, heated or shouted text), and when it talks to the company
    ("you charged me"), which would read as the agent talking about themselves.
    """
    text = quotable(drop_fillers(sentence), protected)
    if text is None or _REQUEST_START.match(text) or not _ENGLISH.found(text) or _SECOND_PERSON.found(text):
        return None
    if len(text.split()) > max_words:
        return None
    if not _reads_as_mention(text):
        return None
    for pattern, replacement in _PHRASES:
        text = pattern.sub(replacement, text)
    text = _WORD_RE.substitute(text, _you)
    first, _, rest = text.partition(" ")
    return f"{first.lower()} {rest}".strip() if first not in protected and first[1:].islower() else text


def _reads_as_mention(fragment: str) -> bool:
    """True when "where you mentioned <fragment>" reads well: a noun phrase or a gerund ("4 lines on unlimited
    plus", "moving in with my partner"), not a clause missing its subject ("charged twice", "reset it twice",
    "still nothing from the left"), a clause of its own ("8-12 on the 28th is perfect") or symbols."""
    if _JOINED_CLAUSE.search(fragment):
        return False
    tokens = fragment.lower().split()
    first = tokens[0].strip(",.;:")
    if first in _CLAUSE_STARTS or (first.endswith("ed") and len(first) > _SHORT_WORD):
        return False
    if len(tokens) > 1 and tokens[1].strip(",.;:") in _OBJECT_PRONOUNS:  # "reset it", "called them"
        return False
    second = tokens[1].strip(",.;:") if len(tokens) > 1 else ""
    if second.endswith("ed") and len(second) > _SHORT_WORD and not first[:1].isdigit() and first not in _DETERMINERS:
        return False  # "shipping charged on my order", "card declined twice": a clause without its verb's subject
    return not _FINITE_OR_SYMBOL.search(fragment)


def _no_has_verb(tokens: list[str]) -> bool:
    """True when a clause opening with "no" has its verb within a few words ("no refund has arrived")."""
    return any(t.strip(",.;:") in _VERB_SECOND for t in tokens[1 : 1 + _NO_DETERMINER_VERB_WINDOW])


def _has_subject(text: str, protected: list[str]) -> bool:
    tokens = text.lower().split()
    if tokens[0] == "no":  # a determiner ("no refund has arrived") or a reply ("no stress at all")
        return _no_has_verb(tokens)
    if tokens[0] in _SUBJECT_START or text.split()[0] in protected:
        return True
    if tokens[0] in _ADVERB_START:  # "already did that twice": the verb comes first, the subject is missing
        return False
    guarded = {p.lower() for p in protected}
    for token in tokens[1:]:  # the first word after the start that is neither a number nor a fact
        if token not in guarded and not any(c.isdigit() for c in token):
            return token in _VERB_SECOND
    return False


def _shorten(text: str) -> str | None:
    tokens = text.split()
    if len(tokens) < _MIN_WORDS:
        return None
    if len(tokens) <= _MAX_WORDS:
        return text
    for match in _CUT.finditer(text):
        head = text[: match.start()].strip(" ,")
        if _CUT_AFTER <= len(head.split()) <= _MAX_WORDS:
            return head
    return None
