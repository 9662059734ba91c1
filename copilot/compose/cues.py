"""The cues that score a customer's sentence, in words that carry across domains: problem words, numbers with
their units, durations, days and months, what they already did, what happened before ("the second time"),
what they will do next (a chargeback, leaving), asks for a person, wishes and requests. Never a particular
domain's phrases. A few cue words exist for each language with templates.

Single-word cues are set lookups on the sentence's lower-case words; the multi-word patterns are lower case
and run on the lower-cased text, and only when a word they need is present: composing a 40-message
conversation must stay well under 2 ms.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from copilot.compose.text import content_stems, has_word, is_heated, is_sarcastic, lower_tokens, words
from copilot.request_memo import per_request

__all__ = [
    "SentenceCues",
    "ask_score",
    "asks_for_human",
    "detail_score",
    "is_generic_help",
    "is_gratitude",
    "is_threat",
    "issue_score",
    "refuses",
    "sentence_cues",
    "states_a_wish",
]

_PROBLEM = frozenset(
    """not never no nothing cannot can't cant won't wont didn't didnt doesn't doesnt isn't wasn't haven't hasn't hasnt
    aren't still stuck broken broke wrong missing lost late error charged damaged cracked declined problem issue
    unable locked nunca nada roto problema pas jamais aucun problème probleme erreur nicht nie fehler kaputt não nao
    erro""".split()  # noqa: SIM905
)
_PROBLEM_PREFIXES = ("fail", "crash", "delay", "refund", "cancel", "return", "kein")
_ATTEMPT_FEEDBACK = re.compile(
    r"\b(?:tried|already|(?:did|done)\s+(?:all\s+)?(?:that|this|it)|(?:did|does|do)(?:n't|\s+not)\s+(?:work|help)|"
    r"that\s+(?:didn't|did\s+not|doesn't)|same\s+(?:thing|result)|still\s+the\s+same)\b"
    r"|^(?:i\s+)?(?:asked|checked|called|contacted|restarted|reset|cleared|reinstalled|updated|followed|sent)\b"
)
"""The customer reporting what they already did (a detail worth passing on, not the issue itself)."""
_HUMAN = frozenset(
    """human agent person people representative rep operator supervisor manager staff someone somebody anyone humano
    agente persona humain conseiller pessoa atendente""".split()  # noqa: SIM905
)
_HUMAN_PREFIXES = ("mensch", "mitarbeiter")
_HUMAN_ASK = re.compile(
    r"\b(?:(?:talk|speak|chat|text)\s+(?:to|with)|(?:get|give|connect|transfer|put|pass)\s+me|want|need|like|"
    r"can\s+i|let\s+me|escalat\w*|please|now|real|live|actual|hablar|quiero|parler|veux|voudrais|sprechen|"
    r"m[öo]chte|falar|quero)\b"
)
_BARE_ASK_WORDS = 4  # "agent", "human please", "real person now" ask by themselves
_WANT = re.compile(
    r"\b(?:i\s+(?:just\s+)?(?:want|need|expect|demand|would\s+like)|i'd\s+like|i\s+would\s+prefer|please|"
    r"can\s+(?:you|i|u)|could\s+(?:you|i)|would\s+you|give\s+me|send\s+me|refund|replace\w*|cancel\w*|"
    r"if\s+you\s+(?:could|would|can)|(?:grateful|appreciate\s+it)\s+if|is\s+it\s+possible|"
    r"money\s+back|compensat\w*|quiero|necesito|por\s+favor|pueden?|je\s+veux|je\s+voudrais|j'aimerais|"
    r"pouvez|s'il\s+(?:vous|te)\s+pla[iî]t|ich\s+(?:will|m[öo]chte|brauche)|bitte|k[öo]nnen\s+sie|quero|"
    r"preciso|gostaria|poderia|pode)\b|\?"
)
_GENERIC_HELP = re.compile(
    r"^(?:hi\W+)?(?:i\s+(?:just\s+)?(?:need|want|would\s+like)\s+(?:some\s+)?help|can\s+(?:you|someone)\s+help|"
    r"i\s+have\s+(?:a|an)\s+(?:question|problem|issue)\b)"
)
"""Openers that announce a problem without saying it ("I need help with an order please")."""
_FIRST_PERSON = frozenset({"i", "i'm", "i've", "my", "me", "we", "our", "us"})
_DIGIT = re.compile(r"\d")
_DURATION = re.compile(
    r"\b(?:for|since|in|over)\s+(?:a|an|\d+|one|two|three|four|five|six|several|many|few)\s+"
    r"(?:minutes?|hours?|days?|weeks?|months?)\b|\b\d+\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\b"
)
_TO_SUPPORT = frozenset({"you", "you're", "youre", "your", "u", "ur"})
"""Second person in a customer turn talks to the assistant ("you're like a polite goldfish")."""
_WISH = re.compile(
    r"\b(?:want|need|expect|would\s+like|'d\s+like|wish|hoping|prefer|quiero|necesito|quisiera|je\s+veux|"
    r"voudrais|j'aimerais|ich\s+(?:will|m[öo]chte|brauche)|quero|preciso|gostaria|voglio|vorrei|ik\s+wil)\b"
)
"""A wish in words ("I want", "we'd like", "quiero", "ich möchte"): the strongest sign of an ask."""
_RECURRENCE = re.compile(
    r"\b(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)|twice|again|(?:two|three|four|five|\d+)\s+times|"
    r"every\s+(?:time|day|week|month))\b"
)
"""It happened before: "the second time this month", "three times", "again"."""
_CONSEQUENCE = re.compile(
    r"\b(?:chargeback|dispute|report(?:ing)?\s+(?:you|this|them|it)|bbb|better\s+business|lawyer|attorney|legal|"
    r"sue|court|regulator|ombudsman|(?:switch|go|going|move|moving)\s+to|cancel(?:l?ing)?\s+(?:my|the|everything|"
    r"the\s+whole)|leave|leaving|never\s+(?:order|buy|shop)|review|social\s+media|twitter)\b"
)
"""What the customer says they will do next (a chargeback, a complaint, leaving): the agent must know."""
_QUANTITY = re.compile(r"(?<![\w-])[$€£]?\d[\d.,]*\s*(?:%|[a-z]{2,})\b")
"""A number with its unit or noun: "14 disconnects", "290 down", "3 mm", "$60 promo"."""
_TEMPORAL = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april june july august
    september october november december today tonight tomorrow yesterday morning afternoon evening""".split()  # noqa: SIM905
)
"""When things happen: day and month names, today, tomorrow ("Just January and February")."""
_OFFER = re.compile(
    r"\b(?:happy|glad)\s+to\s+(?:provide|help|send|share|answer)|let\s+me\s+know|if\s+you\s+need|anything\s+else\b"
)
_NEGATED_SPAN = re.compile(
    r"\b(?:don'?t|do\s+not|doesn'?t|never)\s+(?:\w+\s+)?(?:want|need|expect)\b.*?(?=[,;.!?]|\s(?:but|i|we)\s|$)"
)
"""A refused wish with its object ("I don't want a text"): what the customer does NOT want is no ask."""
_THREAT = re.compile(
    r"^(?:or|otherwise|else)\b|\b(?:or\s+(?:else\s+)?(?:i|we)|otherwise|unless|if\s+not)\b|"
    r"\bif\b[^,]*(?:n't|\bnot)\b|\b(?:about|close)\s+to\b|\bthis\s+close\b|\bnever\s+(?:order|buy|shop|use)"
)
"""What makes a consequence a threat ("or I'm cancelling", "if this isn't sorted today I'm filing a chargeback",
"I'm about to leave"): the customer's state, not the resolution they ask for."""
_DECLARATIVE_START = re.compile(
    r"^(?:(?:so|and|but|well|ok(?:ay)?|oh|hmm+|yeah|yes|no)\W+)*(?:it|it's|its|that|that's|this|i|i'm|i've|my|"
    r"your|you're|the|they|their|we|he|she|there's|mine)\b"
)
"""A statement said with a question mark ("it was like 2 hours ago??", "so your system screwed up and I'm
supposed to sort it out?"): rhetoric, not a question the agent must answer."""
_UNMARKED_QUESTION = re.compile(
    r"^(?:(?:so|and|but|ok(?:ay)?)\W+)*(?:(?:how|what|where|when|who)\s+(?:do|can|should|would|will|does)\s+"
    r"(?:i|we|you)\b|(?:can|could)\s+(?:i|we|you)\s+(?!not\b)\w+|is\s+there\s+(?:any|a|an|some)\b|am\s+i\s+(?:owed|entitled|"
    r"eligible|able)\b)"
)
"""A question typed without its question mark, as chat customers often do ("how do i claim for that and for the
food in the freezer", "can you check the line"): its interrogative opening says it is one."""
_GRATITUDE = re.compile(r"^(?:(?:ok(?:ay)?|great|perfect|brilliant|cool)\W+)*(?:thanks|thank\s+you|cheers|ta)\b")
_REQUEST_VERB = re.compile(
    r"\b(?:i\s+(?:still\s+)?(?:want|need|would\s+like)|i'd\s+like|please|can\s+(?:you|i|someone)|could\s+(?:you|i)|"
    r"would\s+you)\b|,\s+(?:but|now)\b"
)
"""What turns thanks into a request ("thanks, but I still need the refund", "thank you, can you also ...")."""
_NUMBER_WORDS = frozenset(["a", "an", "one", "two", "three", "four", "five", "six", "several", "many", "few"])
_FEEDBACK_GATE = frozenset(
    """tried already did done do does didn't doesn't don't that same still asked checked called contacted restarted
    reset cleared reinstalled updated followed sent""".split()  # noqa: SIM905
)
_RECURRENCE_GATE = frozenset(["second", "third", "fourth", "fifth", "twice", "again", "times", "every"])
_CONSEQUENCE_GATE = frozenset(
    """chargeback dispute report reporting bbb better lawyer attorney legal sue court regulator ombudsman switch go
    going move moving cancel canceling cancelling leave leaving never review social twitter""".split()  # noqa: SIM905
)
_BARE_FACT_STEMS = 2
_MIN_QUESTION_STEMS = 3  # "it was like 2 hours ago??" is an outburst, not an ask


def asks_for_human(text: str) -> bool:
    """True when a sentence asks for a person: a person word with a request ("let me talk to a human"), or
    next to nothing else ("agent please"). "I asked the building manager" is not such a request."""
    if not has_word(lower_tokens(text), _HUMAN, _HUMAN_PREFIXES):
        return False
    return bool(_HUMAN_ASK.search(text.lower())) or len(words(text)) <= _BARE_ASK_WORDS


class SentenceCues(NamedTuple):
    """The cue-pattern results of one sentence, computed once per sentence (both scorers read them). A named
    tuple: one is built for every sentence scored, and a frozen dataclass costs twice as much to build."""

    words: int
    problem: bool
    first_person: bool
    digit: bool
    duration: bool
    feedback: bool
    generic_help: bool
    human: bool
    recurrence: bool
    consequence: bool
    quantity: bool
    temporal: bool


@per_request
def sentence_cues(text: str) -> SentenceCues:
    """The cues of one sentence, computed once (cached: the issue and detail scorers both read them)."""
    lowered = text.lower()  # the cue patterns are lower case: matching them without IGNORECASE is much faster
    tokens = lower_tokens(text)
    digit = bool(_DIGIT.search(text))
    # plain word lists are tested inline (``has_word`` without prefixes): this runs for every sentence scored
    digit_or_number = digit or not tokens.isdisjoint(_NUMBER_WORDS)
    return SentenceCues(
        words=len(words(text)),
        problem=has_word(tokens, _PROBLEM, _PROBLEM_PREFIXES),
        first_person=not tokens.isdisjoint(_FIRST_PERSON),
        digit=digit,
        duration=digit_or_number and bool(_DURATION.search(lowered)),
        feedback=not tokens.isdisjoint(_FEEDBACK_GATE) and bool(_ATTEMPT_FEEDBACK.search(lowered)),
        generic_help=bool(_GENERIC_HELP.match(lowered)),
        human=asks_for_human(text),
        recurrence=(digit or not tokens.isdisjoint(_RECURRENCE_GATE)) and bool(_RECURRENCE.search(lowered)),
        consequence=not tokens.isdisjoint(_CONSEQUENCE_GATE) and bool(_CONSEQUENCE.search(lowered)),
        quantity=digit and bool(_QUANTITY.search(lowered)),
        temporal=not tokens.isdisjoint(_TEMPORAL),
    )


def issue_score(text: str, fact_values: list[str], intent_stems: frozenset[str], first_turn: bool) -> float:
    """How well a sentence states the issue: facts in it, topic words of the intent, a problem, the first turn;
    less for fragments, rambling, asks for a person, reports of what was already done and "I need help"."""
    cues = sentence_cues(text)
    lowered = text.lower()
    facts_here = sum(1 for value in fact_values if value and value in lowered)
    score = 2.0 * facts_here + min(3, len(content_stems(text) & intent_stems))
    score += 1.0 if cues.problem else 0.0
    score += 0.5 if cues.first_person else 0.0
    score += 0.5 if cues.digit else 0.0
    score += 1.0 if first_turn else 0.0
    score -= 2.0 if cues.words < 3 else 1.0 if cues.words > 40 else 0.0
    score -= 2.0 if cues.human and not facts_here else 0.0
    score -= 1.5 if cues.feedback else 0.0
    score -= 1.5 if cues.generic_help else 0.0
    return score


def detail_score(text: str, fact_values: list[str], intent_stems: frozenset[str], context_stems: int) -> float:
    """Concrete information in a sentence: facts with context, numbers, durations, what went wrong or was done,
    what happened before, what the customer will do next, topic words; less for talking to the assistant
    without information, bare questions, outbursts and fragments."""
    cues, lowered, to_support, heated, sarcastic = _detail_cues(text)
    facts_here = min(3, sum(1 for value in fact_values if value and value in lowered))
    # stems besides the facts: "Tracking # 1Z9..." or "email on order is x@y.z" add little to the facts themselves
    context = 0.25 if context_stems <= _BARE_FACT_STEMS else min(1.0, context_stems / 4)
    score = 1.5 * facts_here * context
    score += cues.digit + cues.duration + cues.problem + cues.feedback + cues.recurrence  # bools: how many hold
    score += 0.5 if cues.quantity else 0.0
    score += 1.0 if cues.temporal and not cues.digit else 0.0
    score += 1.5 if cues.consequence else 0.0
    stems = content_stems(text)
    score += min(2, len(stems & intent_stems)) + min(1.0, 0.15 * len(stems))
    telling = facts_here or cues.digit or cues.temporal or cues.recurrence or cues.consequence
    if to_support and not telling:
        score -= 1.5
    if "?" in text and not cues.digit:
        score -= 1.0
    if heated and not telling:
        score -= 1.0
    if sarcastic:
        score -= 2.0  # sarcasm says how they feel (the frustration flags), not what happened
    return score - (1.0 if cues.words < 3 else 0.0)


def _detail_cues(text: str) -> tuple[SentenceCues, str, bool, bool, bool]:
    """What :func:`detail_score` reads of a sentence besides the facts: its cues, its lower case, whether it
    talks to support, whether it is heated or sarcastic (each part is memoised per request; this tuple is not)."""
    tokens = lower_tokens(text)
    return sentence_cues(text), text.lower(), has_word(tokens, _TO_SUPPORT), is_heated(text), is_sarcastic(text)


def ask_score(text: str) -> float:
    """How clearly a sentence says what the customer wants: a wish, a request, its content and numbers."""
    text = text.lower()
    kept = _NEGATED_SPAN.sub(" ", text)
    wish = bool(_WISH.search(kept))
    score = 2.0 if wish else 0.0
    request = bool(_WANT.search(kept.replace("?", "")))
    question = _asks_question(text) and len(content_stems(text)) >= _MIN_QUESTION_STEMS
    score += 1.0 if request or question else 0.0
    score += min(1.5, 0.25 * len(content_stems(text)))
    score += 0.5 if _DIGIT.search(text) else 0.0
    if "?" in text and has_word(lower_tokens(text), _TO_SUPPORT) and not (wish or request):
        score -= 1.0  # "are you even reading this?" asks nothing of substance
    if _OFFER.search(text):
        score -= 2.0  # "happy to provide anything else you need" closes a letter; it asks for nothing
    return score


def states_a_wish(text: str) -> bool:
    """A request or a wish ("can you send ...", "I want ...", "...?"), the shape of what a customer asks for.

    Not a refused wish alone ("no, I don't want a text"), not a threat ("or I'm cancelling and going
    elsewhere"; the state point reports it) and not a statement with a question mark ("it was 2 hours ago??")."""
    lowered = text.lower()
    if is_threat(text):
        return False
    kept = _NEGATED_SPAN.sub(" ", lowered)
    return bool(_WANT.search(kept.replace("?", "")) or _WISH.search(kept) or _asks_question(kept))


def refuses(text: str) -> bool:
    """A refused wish ("I don't want to pay the carrier's fee"): what the customer will not accept."""
    return bool(_NEGATED_SPAN.search(text.lower()))


def is_threat(text: str) -> bool:
    """A consequence the customer threatens ("or I'm switching", "if this isn't fixed I'll dispute it"): how
    they feel and what they may do, not what they ask for."""
    return sentence_cues(text).consequence and bool(_THREAT.search(text.lower()))


def _asks_question(lowered: str) -> bool:
    """A question mark on a sentence shaped as a question, not on a statement ("it was 2 hours ago??"); in a
    chat, also a question typed without its mark ("how do i claim for that")."""
    if "?" not in lowered:
        return bool(_UNMARKED_QUESTION.match(lowered))
    return not _DECLARATIVE_START.match(lowered.lstrip(" ¿¡\"'“"))


def is_gratitude(text: str) -> bool:
    """Thanks for something already given ("thanks, and thanks for the compensation info"): a courtesy that
    closes a turn, never what the customer asks for, whatever it names."""
    lowered = text.lower()
    return bool(_GRATITUDE.match(lowered)) and "?" not in lowered and not _REQUEST_VERB.search(lowered)


def is_generic_help(text: str) -> bool:
    """An opener that announces a problem without saying it ("I need help with an order please")."""
    return bool(_GENERIC_HELP.match(text.lower()))
