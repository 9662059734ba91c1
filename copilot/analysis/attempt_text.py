"""Text helpers of the attempt extractor: sentence splitting, case-preserving search of lower-case patterns,
rewriting to the third person, clipping, and naming a shared link from its URL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from copilot.analysis.cues import word_list
from copilot.analysis.pattern_gate import contains_any

__all__ = [
    "ACTOR",
    "I_TO_THEY",
    "URL",
    "Found",
    "clip",
    "clip_to",
    "find",
    "first_person_to_actor",
    "link_description",
    "lower_first",
    "person",
    "sentences",
    "without_urls",
]

ACTOR = {"ai": "AI", "agent": "Agent", "system": "System", "customer": "Customer"}
"""How a role is named at the start of an attempt's description."""
_MAX_DESCRIPTION = 200
_MAX_WORDS = 26
_GERMAN_MONTH = r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b"
_SENTENCES = re.compile(
    r"(?=[\s\d*•-])"
    rf"(?:(?<=[.!?])(?!(?<=\d\.)\s+{_GERMAN_MONTH})\s+|\n+|(?:^|(?<=[.:;!?])\s+|\s(?=\d[.)]\s+[A-ZÀ-Ý]))\d[.)]\s+"
    rf"(?!{_GERMAN_MONTH})|^[-*]\s+|(?:^|\s)•\s+)"
)
"""Sentence ends, line breaks and list markers; a dash inside a line is a range or an aside ("Dec 3 - Dec 7"), a
German ordinal date ("zugestellt am 14. Oktober") ends no sentence, and a number that ends one stays in it
("Acabo de bajarlo a 3. ¿Y...", unlike the list item in "Steps: 1. Open the app 2. Tap Reset"). The leading
lookahead holds every character a split can start with (a space, or a list marker opening the text): the other
positions fail on one class test instead of trying each alternative (same splits, about twice as fast)."""
URL = re.compile(r"https?://\S+|www\.\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/[\w/#?=&.-]*[\w/]")
_URL_WITH_LEAD = re.compile(r"(?:\s+(?:at|on|via|from|in|to)\b)?(?:\s*:)?\s*(?:" + URL.pattern + r")")
"""A URL with the preposition that led to it: "the Privacy request form at example.com/privacy and choose..."."""
_EMOJI = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]")
_CLAUSE_START = word_list(
    "and or that if when so because once until",
    "while but then unless as where whether before after",
    "sure ensure can could would will should shall may might must do does did",
)
_PERSON: dict[int, re.Pattern[str]] = {}
I_TO_THEY = {
    "i": "they",
    "i am": "they are",
    "i was": "they were",
    "i'm": "they're",
    "i've": "they've",
    "i'd": "they'd",
    "i'll": "they'll",
    "my": "their",
    "mine": "theirs",
    "me": "them",
    "myself": "themselves",
    "you guys": "the company",
    "you": "the company",
    "your": "the company's",
}
"""The customer's words in the third person; their "you" is the company ("I called you twice" -> "they called
the company twice")."""
_SPEAKER = re.compile(r"\b(?:I'm|I am|I've|I have|I'll|I will|I'd|I|myself|me|my)\b")
_UI_LABEL = re.compile(r"(?:>\s*|[a-z,]\s+)[A-Z][a-z]+\s+$")
"""A capitalised word inside a sentence just before "my": a menu or button label ("> Delete my account")."""
_SPEAKER_AS = {
    "i'm": "is",
    "i am": "is",
    "i've": "has",
    "i have": "has",
    "i'll": "will",
    "i will": "will",
    "i'd": "would",
}
_PROFANITY = re.compile(
    r"\s*\b(?:damn(?:ed)?|goddamn|bloody|fuck(?:ing|ed)?|effing|f\*+\w*|shit(?:ty)?|crap(?:py)?|freaking|frick(?:ing|in)|"
    r"friggin[g']?)\b",
    re.I,
)
_SWEAR_STEMS = ("damn", "bloody", "fuck", "effing", "f*", "shit", "crap", "freaking", "frick", "friggin")
"""A literal every :data:`_PROFANITY` word starts with: an ASCII text without one has nothing to remove (a
substring test is far cheaper than the pattern's try at every position)."""
_SHOUTING = re.compile(r"\b[A-Z]{2,}[A-Z']*(?:[\s,.!?]+[A-Z]{2,}[A-Z']*\b){2,}")
"""Three or more capitalised words in a row: shouting, told in lower case ("UPDATED EVERYTHING AND IT STILL
SAYS..." -> "updated everything and it still says...")."""


@dataclass(frozen=True)
class Found:
    """A match found in the lower-cased text whose groups read from the original (same offsets)."""

    match: re.Match[str]
    original: str

    def group(self, name: str) -> str:
        start, end = self.match.span(name)
        return self.original[start:end] if start >= 0 else ""


def find(pattern: re.Pattern[str], text: str, needs: tuple[str, ...] = ()) -> Found | None:
    """Search a lower-case pattern in ``text`` (much faster than re.I), keeping the original letters. ``needs``:
    literals one of which every match contains (a substring test is far cheaper than a failed search)."""
    lowered = text.lower()
    if needs and not contains_any(lowered, needs):
        return None
    if len(lowered) != len(text):  # a character whose lower case is longer: search the lowered text only
        text = lowered
    match = pattern.search(lowered)
    return Found(match, text) if match is not None else None


def link_description(sentence: str) -> str:
    """What a shared link is, from the URL and its sentence: "the UPS tracking link", "the help article on
    shipping delayed order", "a link to example.com"."""
    url = URL.search(sentence)
    if url is None:
        return "a link"
    address = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.group(0)).rstrip(".,)")
    host, _, path = address.partition("/")
    labels = host.split(".")
    brand = labels[-2] if len(labels) >= 2 else labels[0]
    brand = brand.upper() if len(brand) <= 4 else brand.capitalize()
    slug = [part for part in re.split(r"[/?#=&]", path) if part and not part.isdigit()]
    words = re.sub(r"[-_+.]+", " ", slug[-1]).strip() if slug else ""
    article = bool(re.search(r"[a-z]{3}", words)) and "track" not in address.lower()
    if "track" in address.lower() or (not article and re.search(r"\btrack", sentence, re.I)):
        return f"the {brand} tracking link"
    if article:
        return f"the help article on {words}"
    return f"a link to {host}"


def without_urls(text: str) -> str:
    """``text`` without its URLs and the prepositions that lead to them ("use the form at <url> and choose" ->
    "use the form and choose"): a description names what was shared, and leaves no dangling "at"."""
    return _URL_WITH_LEAD.sub("", text) if ("/" in text or "www." in text) else text


def sentences(text: str) -> list[str]:
    """The sentences and list items of a message (longer than three characters)."""
    return [s.strip() for s in _SENTENCES.split(text) if s and len(s.strip()) > 3]


def person(text: str, mapping: dict[str, str]) -> str:
    """Rewrite first or second person to the third ("your router" -> "their router"). A "you" after a verb or a
    preposition is an object ("text you the link" -> "text them the link"); at a clause start, a subject."""
    pattern = _PERSON.get(id(mapping))
    if pattern is None:
        words = "|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True))
        # (?<!\w): a match begins at a word (inside one, the optional leading word only backtracks, then fails)
        pattern = _PERSON[id(mapping)] = re.compile(rf"(?<!\w)(\w+\s+)?(?<![\w-])({words})\b(?!-\w)", re.I)

    def swap(match: re.Match[str]) -> str:
        before, word = match.group(1) or "", match.group(2).lower()
        third = mapping[word]
        if word == "you" and before and before.strip().lower() not in _CLAUSE_START:
            third = "them"
        return before + third

    return pattern.sub(swap, text)


def lower_first(text: str) -> str:
    """The first letter in lower case, unless the first word is an identifier or an acronym ("PAY-402", "UPS")."""
    if len(text) > 1 and (text[1].isupper() or text[1].isdigit() or text[1] in "-_"):
        return text
    return text[:1].lower() + text[1:]


def first_person_to_actor(text: str, actor: str) -> str:
    """An assistant's "I" told as the actor, after the description's first word: "so I can run a test" ->
    "so the AI can run a test", "I've passed it on" -> "the AI has passed it on"."""
    head, _, rest = text.partition(" ")
    if not rest:
        return text
    who = f"the {actor}" if actor.isupper() else f"the {actor.lower()}"

    def swap(match: re.Match[str]) -> str:
        word = match.group(0).lower()
        if word == "my" and _UI_LABEL.search(match.string, 0, match.start()):
            return match.group(0)  # a menu label: "Account > Privacy > Delete my account"
        if word in _SPEAKER_AS:
            return f"{who} {_SPEAKER_AS[word]}"
        return {"myself": "itself" if actor.isupper() else "themselves", "my": f"{who}'s"}.get(word, who)

    told = (
        _SPEAKER.sub(swap, rest).replace(f"{who} don't", f"{who} does not").replace(f"{who} do not", f"{who} does not")
    )
    return f"{head} {told}"


def clip_to(text: str, max_words: int) -> str:
    """``text`` as one clean line (see :func:`clip`) of at most ``max_words`` words, cut with an ellipsis."""
    text = clip(text)
    words = text.rstrip("…").split(" ")
    if len(words) <= max_words:
        return text
    return " ".join(words[:max_words]).rstrip(" ,;:-") + "…"


def clip(text: str) -> str:
    """One line, no emoji, no profanity, no shouting, at most about 26 words and 200 characters. A longer text is
    cut at a word, with an ellipsis: long enough to keep the key nouns an agent needs ("... the case button for
    15 seconds, then pair them again"), short enough to read at a glance. Descriptions are read by agents: a
    swear word the customer used is not repeated."""
    if not text.isascii():
        text = _PROFANITY.sub("", _EMOJI.sub("", text))
    elif _may_swear(text):
        text = _PROFANITY.sub("", text)
    text = _SHOUTING.sub(lambda m: m.group(0).lower(), text)
    text = " ".join(text.split()).rstrip(" ,;:-.!")
    words = text.split(" ")
    if len(text) <= _MAX_DESCRIPTION and len(words) <= _MAX_WORDS:
        return text
    cut = " ".join(words[:_MAX_WORDS])
    if len(cut) > _MAX_DESCRIPTION:
        cut = cut[:_MAX_DESCRIPTION].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-") + "…"


def _may_swear(text: str) -> bool:
    """Could :data:`_PROFANITY` match this ASCII text (one of its words' literal stems is in it)?"""
    return contains_any(text.lower(), _SWEAR_STEMS)
