"""Condense a customer's sentence into a summary note for the agent, in the third person.

"honestly my internet drops out like every 20 min in the evenings lol" becomes "internet drops out every 20 min
in evenings"; "I was charged $59 for my membership" becomes "they were charged $59 for their membership";
"you're charging me $75" becomes "company is charging them $75". Only fillers, hedges, articles, interjections
and emoji are removed and pronouns changed: every fact, number and content word stays, so the
note says what the customer said in fewer words. Languages other than English keep their words (only emoji and
stray symbols go), since the pronoun tables are English.
"""

from __future__ import annotations

import re

from copilot.compose.english_dates import english_dates
from copilot.compose.folded import FoldedPattern
from copilot.compose.text import strip_lead_in
from copilot.request_memo import per_request

__all__ = ["condense", "drop_fillers", "name_customer", "strip_wish", "terse"]

_FILLER_WORDS = (
    r"just|really|honestly|literally|actually|basically|totally|seriously|btw|lol+|lmao|haha+|omg|kinda|sorta|"
    r"pretty(?=\s+(?:much|sure|annoyed|upset|disappointed|frustrated|bad|good))|"
    r"like(?=\s+(?:every|about|around|an?\s+\w+\s+ago|\d))|um+|uh+"
)
_FILLERS = FoldedPattern(rf"\b(?:{_FILLER_WORDS}|please|pls|plz)\b[,]?\s*")
_SPOKEN_FILLERS = FoldedPattern(rf"\b(?:{_FILLER_WORDS})\b[,]?\s*")
"""For text told back to the customer: "please" stays, since it marks a request that must not be echoed."""
_ARTICLES = re.compile(r"\b(?:the|an?)\s+(?!(?:few|lot|bit|little|couple|while|same|other|one|way)\b)(?=[a-z0-9$#])")
"""Articles carry nothing in a note ("the little white box on the wall" -> "little white box on wall")."""
_INTERJECTION = FoldedPattern(
    r"^(?:(?:ugh+|argh+|urgh+|meh|lol+|hm+|ah+|eh|ok(?:ay)?|yes|yeah|yep|yup|well|so|alright|"
    r"fine(?=[\s,.!]*(?:[,.!]|then|just|cancel|do|go|send|give|let))|sigh|wow|geez|jeez|gosh|oops|"
    r"but(?=\s)|(?:thanks|thank\s+you|sorry|sure|oh|right|hi|hello|hey)(?=\s*[,.!:;-]))\b[\s,.!:;-]*)+",
)
"""Interjections a customer's sentence opens with ("ugh ok yes cancel that one", "thank you, but ..."): they carry
no content; a courtesy counts only when punctuation closes it ("sorry to bother you" is kept)."""
_EMOJI = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+")
_EDGES = re.compile(r"^[\s\-*•>~=,;:]+|[\s.,;:!…]+$")
_SPACES = re.compile(r"\s{2,}")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?])")
_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), replacement)
    for pattern, replacement in (
        (r"\bi\s+am\b", "they are"),
        (r"\bam\s+i\b", "are they"),
        (r"\bwas\s+i\b", "were they"),
        (r"\bi\s+was\b", "they were"),
        (r"\bi\s+wasn'?t\b", "they weren't"),
        (r"\bi'?m\b", "they're"),
        (r"\bwe\s+was\b", "they were"),
        (r"\byou\s+guys\b|\byou\s+people\b|\by'?all\b", "the company"),
        (r"\byou\s+are\b|\byou'?re\b", "the company is"),
        (r"\byou\s+were\b", "the company was"),
        (r"\byou\s+have\b|\byou'?ve\b", "the company has"),
        (r"\byou'?ll\b", "the company will"),
        (r"\byou'?d\b", "the company would"),
    )
)
_ANY_PHRASE = FoldedPattern("|".join(f"(?:{pattern.pattern})" for pattern, _ in _PHRASES))
"""Whether any of :data:`_PHRASES` occurs: most sentences have none, and one search is cheaper than thirteen
substitutions (no replacement creates another phrase, so a sentence without any is left as it is)."""
_WORDS = {
    "i": "they",
    "me": "them",
    "my": "their",
    "mine": "theirs",
    "myself": "themselves",
    "i've": "they've",
    "ive": "they've",
    "i'd": "they'd",
    "i'll": "they'll",
    "we": "they",
    "us": "them",
    "our": "their",
    "ours": "theirs",
    "ourselves": "themselves",
    "we're": "they're",
    "we've": "they've",
    "we'd": "they'd",
    "we'll": "they'll",
    "you": "the company",
    "your": "the company's",
    "yours": "the company's",
    "u": "the company",
    "ur": "the company's",
}
_WORD_RE = FoldedPattern(
    r"(?<![\w'])(?:" + "|".join(sorted(map(re.escape, _WORDS), key=len, reverse=True)) + r")(?![\w'])"
)
_LEADING_POSSESSIVE = FoldedPattern(r"^(?:my|our)\s+(?=\w)")
_WISH_LEAD = re.compile(
    r"^(?:i|we)\s+(?:really\s+|just\s+|do\s+)?(?:want|need|would\s+like|'d\s+like|expect)\s+(?:to\s+)?"
    r"|^(?:i|we)'d\s+like\s+(?:to\s+)?",
    re.IGNORECASE,
)
_POLITE_LEAD = re.compile(
    r"^(?:i\s+would\s+be\s+(?:very\s+|so\s+|really\s+)?grateful\s+if\s+you\s+could\s+|"
    r"i'?d\s+(?:really\s+|very\s+much\s+)?appreciate\s+(?:it\s+)?if\s+you\s+could\s+|"
    r"(?:can|could|would)\s+you\s+(?:please\s+|kindly\s+|just\s+)?|please\s+)(?=\w)",
    re.IGNORECASE,
)
"""The polite frame of a request to the company: the request is what follows."""
_SUBJECT_FORMS = {
    "they're": "customer is",
    "they are": "customer is",
    "they were": "customer was",
    "they've": "customer has",
    "they have": "customer has",
    "they'll": "customer will",
    "they do": "customer does",
    "they don't": "customer doesn't",
    "they do not": "customer does not",
}
_SUBJECT = re.compile(r"^they(?:'re|'ve|'ll|\s+(?:are|were|have|don't|do\s+not|do)(?!\w))", re.IGNORECASE)
_SUBJECT_VERB = re.compile(
    r"^they\s+((?:(?:also|still|never|already|only|even|now|always|first|then)\s+)?)"
    r"((?:can(?:'t|not)?|could(?:n't)?|will|won't|would(?:n't)?|should(?:n't)?|must|may|might|did(?:n't)?|"
    r"got|paid|bought|made|sent|had|spent|went|took|gave|left|lost|told|said|saw|found|put|set|kept|came|"
    r"thought|felt|forgot|broke|heard|ran|[a-z]+ed)(?![\w'])|[a-z]+(?![\w']))",
    re.IGNORECASE,
)
"""A leading "they" with a verb that reads the same after "customer" (a modal, a past tense) or a present verb
that takes an -s."""
_PRESENT = frozenset(
    """need want think know live use pay get keep like expect say see feel work own hope prefer understand agree
    mean plan wish love hate believe assume remember rely call order buy check try""".split()  # noqa: SIM905
)
"""Present-tense verbs that follow a leading "they" often enough to conjugate for "customer"."""
_SECOND_VERB = re.compile(
    r"\b(?:and|but|or)\s+(?:(?:also|still|never|now|then)\s+)?(?:"
    + "|".join(sorted(_PRESENT))
    + r"|have|do|don't|are)\b",
    re.IGNORECASE,
)
"""A second present-tense verb of the same subject ("... and need to know"), which "customer" would break."""
_LEAD_SUBJECT = re.compile(
    r"^they(?:'re|'ve|\s+are|\s+were|\s+have(?=\s+(?:already|just|never|also|been|\w+ed)\b))?\s+"
    r"(?!(?:is|was|has|does|says|it|that|this|to|and|or|but|'d|'ll|would|will)\b)(?=[a-z])",
    re.IGNORECASE,
)
"""A note's leading "they" (with its helper verb) before a verb or a complement."""
_THEIR = re.compile(r"\btheir\s+(?=[a-z0-9£$€])(?!own\b)", re.IGNORECASE)
_ENGLISH_HINT = FoldedPattern(r"\b(?:the|and|is|was|my|i|to|of|it|for|on|we|you|this|that|not|have|has|with|me|our)\b")


@per_request
def condense(sentence: str, english: bool = True) -> str:
    """The sentence as a third-person note: fillers and emoji dropped, pronouns turned to the customer.

    ``english`` is the conversation's language being English; other languages (and sentences with no English
    word) only lose emoji and stray symbols, and have their dates' month and weekday names in English.
    """
    text = _EMOJI.sub(" ", strip_lead_in(" ".join(sentence.replace("’", "'").split())))
    text = _INTERJECTION.remove(text, count=1) or text
    if not english or not _ENGLISH_HINT.found(text):
        return _tidy(english_dates(text))
    text = _FILLERS.remove(text)
    text = _LEADING_POSSESSIVE.remove(text.strip())
    if _ANY_PHRASE.found(text):
        for pattern, replacement in _PHRASES:
            text = pattern.sub(replacement, text)
    text = _WORD_RE.substitute(text, _pronoun)
    return _tidy(_ARTICLES.sub("", text))


def terse(note: str) -> str:
    """A condensed note in the clipped style of an agent's notes, for a point that already says it is about the
    customer: the leading subject goes with its helper verb ("they've already restarted display" -> "already
    restarted display", "they're moving house" -> "moving house") and so does "their" before a noun ("their
    October bill" -> "October bill"). Every content word stays; the words saved go to another detail."""
    text = _THEIR.sub("", note)
    lead = _LEAD_SUBJECT.match(text)
    if lead is not None and len(text) > lead.end():
        text = text[lead.end() :]
    return text


@per_request
def drop_fillers(text: str) -> str:
    """Only the fillers, hedges, interjections and emoji out ("drops out like every 20 min btw" -> "drops out
    every 20 min"); for text told back to the customer, which keeps its pronouns and articles."""
    return _tidy(_SPOKEN_FILLERS.remove(_EMOJI.sub(" ", text)))


def strip_wish(note: str) -> str:
    """Drop "I want (to)" from a wish the label already says ("Wants now: a refund"), and the polite frame of a
    request ("I would be grateful if you could ask the hotel ...?" -> "ask the hotel ..."); ``note`` is raw text."""
    stripped = _WISH_LEAD.sub("", strip_lead_in(note.strip()), count=1)
    polite = _POLITE_LEAD.sub("", stripped, count=1)
    if polite != stripped:
        stripped = polite.rstrip(" ?")
    return stripped if len(stripped.split()) >= 2 else note


def name_customer(note: str) -> str:
    """Make a note's leading "they" the customer ("they were charged twice" -> "customer was charged twice"),
    so the point says who it is about; a verb the subject change would break keeps "they"."""
    subject = _SUBJECT.match(note)
    if subject is not None and _SECOND_VERB.search(note):
        return note
    if subject is not None:
        form = _SUBJECT_FORMS.get(" ".join(subject.group(0).lower().split()))
        return form + note[subject.end() :] if form else note
    match = _SUBJECT_VERB.match(note)
    if match is None:
        return note
    adverb, verb = match.group(1), match.group(2)
    lowered = verb.lower()
    if _SECOND_VERB.search(note):
        return note  # "they've got a call and need to know": the second verb would not agree
    if lowered in _PRESENT:
        verb = _third_person(verb)
    elif not (lowered.endswith("ed") or lowered in _KEEPS_FORM):
        return note
    return f"customer {adverb}{verb}{note[match.end() :]}"


_KEEPS_FORM = frozenset(
    """can can't cannot could couldn't will won't would wouldn't should shouldn't must may might did didn't got paid
    bought made sent had spent went took gave left lost told said saw found put set kept came thought felt forgot
    broke heard ran""".split()  # noqa: SIM905
)


def _third_person(verb: str) -> str:
    """'need' -> 'needs', 'try' -> 'tries', 'wish' -> 'wishes'."""
    if verb.endswith(("s", "sh", "ch", "x")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _pronoun(word: str) -> str:
    """Map one pronoun; "I" and "US"/"U" as capitals (a country, a letter grade) keep their meaning."""
    if word in {"US", "U", "UR"} or (word.isupper() and len(word) > 1 and word.lower() not in {"i've", "i'd"}):
        return word
    return _WORDS.get(word.lower(), word)  # a case-folding oddity ("İ") is no pronoun: kept as written


def _tidy(text: str) -> str:
    if "  " in text or not text.isprintable():  # a printable text's only white space is the plain space
        text = _SPACES.sub(" ", text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    return _EDGES.sub("", text).strip()
