"""Small text tools of the composer: sentences, words, clipping, greetings, label and name handling."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TypeVar

from copilot.compose.folded import FoldedPattern
from copilot.request_memo import per_request

__all__ = [
    "clip_words",
    "content_stems",
    "first_name",
    "has_word",
    "humanize_label",
    "is_heated",
    "is_lead_in_only",
    "is_sarcastic",
    "lower_first",
    "lower_first_word",
    "lower_tokens",
    "shouts",
    "split_sentences",
    "strip_lead_in",
    "word_count",
]

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
_ABBREVIATION = re.compile(
    r"(?:^|\s)(?:mr|mrs|ms|dr|st|vs|e\.g|i\.e|approx|incl|art|nr|abs|ca|sr|sra|mme)\.$", re.IGNORECASE
)
"""A piece ending in a title or an abbreviation ("Mr.") continues in the next one ("Mr. Petrov")."""
_WORD = re.compile(r"[^\W_][\w'’-]*")
_LONG_WORD = re.compile(r"[^\W_][\w'’-]{2,}")
"""The words of :data:`_WORD` longer than two characters (a shorter word's tail is shorter still: never found)."""
_ASCII_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9_'-]*")
_ASCII_LONG_WORD = re.compile(r"[a-z0-9][a-z0-9_'-]{2,}")
"""The same words in an ASCII text (the second: in its lower case), where the unicode classes of :data:`_WORD`
and :data:`_LONG_WORD` reduce to these letters; explicit ASCII classes are matched faster."""
_CAMEL_BREAK = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_LABEL_BREAK = re.compile(r"[\s_.\-/:]+")
_LEAD_IN = FoldedPattern(
    r"^(?:(?:hi+|hel+o+|hey+|hiya|greetings|good\s+(?:morning|afternoon|evening|day)|hola|buenos\s+d[ií]as|"
    r"buenas(?:\s+tardes)?|bonjour|bonsoir|salut|hallo|guten\s+(?:tag|morgen|abend)|servus|ol[aá]|oi|bom\s+dia|"
    r"boa\s+tarde)(?:\s+(?:there|team|all|everyone|guys|folks|again))?\b[\s,.!:;-]*"
    r"|(?:dear|estimad[oa]s?|cher|ch[eè]re|sehr\s+geehrte[rs]?|prezad[oa]s?)\s+(?:[\w.-]+\s+){0,3}?[\w.-]+\s*[,:]\s*"
    r"|to\s+whom\s+it\s+may\s+concern\s*[,:]?\s*|(?:subject|re|fwd?|betreff|objet|asunto|assunto)\s*:\s*"
    r"|(?:ok(?:ay)?|so|well|um+|uh+|hmm+|basically|honestly|anyway|yes|yeah|yep|no|nope|listen|look|right)"
    r"\s*[,.!:;-]+\s*"
    r"|(?:so+|well|basically|anyway|honestly|yes|yeah|yep|ok(?:ay)?|oh+|ah+|um+|uh+|erm+|hmm+|also|plus)\s+)+",
)
_HEATED = re.compile(  # words a message must never quote back
    r"\b(?:ridiculous|unacceptable|joke|worst|terrible|awful|horrible|useless|pathetic|stupid|idiot\w*|"
    r"damn\w*|hell|crap\w*|shit\w*|fuck\w*|wtf|seriously|sick\s+of|fed\s+up|tired\s+of|hate|disgust\w*|scam\w*|"
    r"insane|absurd|incompetent|dumb|nonsense|bullshit|bs|garbage|rubbish|trash|clowns?|morons?)\b",
)
_SARCASM = re.compile(
    r"\b(?:it'?s\s+not\s+like|bold\s+strategy|thanks\s+a\s+lot|great\s+job|nice\s+job|sure,?\s+why\s+not|oh\s+great|"
    r"yeah,?\s+right|as\s+if|what\s+a\s+surprise|love\s+(?:that|how)|(?:that'?s|thats)\s+the\s+fun\s+part|"
    r"third\s+time'?s\s+the\s+charm|wow|incredible|genius|polite\s+goldfish|how\s+helpful|so\s+helpful)\b",
)
"""Stock sarcasm ("bold strategy", "it's not like I have anything better to do"): never told back."""
_TITLES = frozenset(
    """mr mrs ms miss mx dr prof sir madam sr sra srta dona don mme mlle m herr frau""".split()  # noqa: SIM905
)
_STOPWORDS = frozenset(
    """a an the and or but if of to in on at for from by with about as into over after before than then
    so is are was were be been being am do does did done have has had having i me my mine we us our
    you your it its this that these those there here they them their he she his her what which who
    when where why how can could would should will shall may might must just also very really still
    already please thanks thank hi hello hey ok okay yes no not any some all get got im i'm i've
    it's that's there's dont don't""".split()  # noqa: SIM905
)
"""Words that carry no topic (for overlap scoring only; negations are handled by the cue patterns)."""


def split_sentences(text: str) -> list[str]:
    """Split a message into sentences at end punctuation and line breaks; whitespace collapsed, no empties."""
    sentences: list[str] = []
    glue = False
    for part in _SENTENCE_END.split(text):
        part = " ".join(part.split())
        if not part:
            continue
        if glue:
            sentences[-1] = f"{sentences[-1]} {part}"
        else:
            sentences.append(part)
        glue = part[-1] == "." and _ABBREVIATION.search(part[-8:]) is not None  # the pattern ends in a dot
    return sentences


def words(text: str) -> list[str]:
    """The word tokens of ``text``, as written."""
    return _ASCII_WORD.findall(text) if text.isascii() else _WORD.findall(text)


@per_request
def lower_tokens(text: str) -> frozenset[str]:
    """The distinct lower-case words of ``text`` (apostrophes straightened), for word-list cues: a set lookup is
    far cheaper than a regular expression of alternatives. Cached per text. An ASCII text (no curly apostrophe)
    is lower-cased once, not word by word: lower case keeps an ASCII text's positions and word boundaries."""
    if text.isascii():
        return frozenset(_ASCII_WORD.findall(text.lower()))
    return frozenset([w.lower() for w in set(_WORD.findall(text.replace("’", "'")))])


def has_word(tokens: frozenset[str], wanted: frozenset[str], prefixes: tuple[str, ...] = ()) -> bool:
    """True when ``tokens`` holds one of ``wanted`` or a word starting with one of ``prefixes``."""
    if not tokens.isdisjoint(wanted):
        return True
    if prefixes:
        for token in tokens:
            if token.startswith(prefixes):
                return True
    return False


def word_count(text: str) -> int:
    """Number of whitespace-separated words, the unit of the ~100-word summary budget."""
    return len(text.split())


def clip_words(text: str, limit: int) -> str:
    """Keep at most ``limit`` words; a clipped text ends with an ellipsis, so it never passes for all."""
    tokens = text.split()
    if len(tokens) <= limit:
        return " ".join(tokens)
    return " ".join(tokens[:limit]).rstrip(",;:-–—") + "…"


@per_request
def strip_lead_in(text: str) -> str:
    """Drop leading greetings and fillers ("Hi there, so basically ...") that carry no content. Cached per text."""
    stripped = _after_lead_in(text).strip()
    return stripped or text.strip()


def is_lead_in_only(text: str) -> bool:
    """True for a greeting or salutation alone ("Sehr geehrte Damen und Herren,", "Hi team!")."""
    return not _after_lead_in(text).strip(" ,.;:!-")


@per_request
def _after_lead_in(text: str) -> str:
    """What follows the leading greetings and fillers (cached per text: both readings above need it)."""
    return _LEAD_IN.remove(text.strip(), count=1)


T = TypeVar("T")

MAX_OVERLAP = 0.6
"""Share of a sentence's stems already covered above which it says nothing new."""


def says_new(stems: frozenset[str], covered: frozenset[str]) -> bool:
    """True when less than :data:`MAX_OVERLAP` of ``stems`` is already in ``covered``."""
    return len(stems & covered) / max(1, len(stems)) < MAX_OVERLAP


def pick_novel(ordered: Iterable[T], text: Callable[[T], str], covered: frozenset[str], limit: int) -> list[T]:
    """The first items of ``ordered`` (best first) that each say something new, at most ``limit`` of them."""
    chosen: list[T] = []
    for item in ordered:
        stems = content_stems(text(item))
        if says_new(stems, covered):
            chosen.append(item)
            covered |= stems
        if len(chosen) == limit:
            break
    return chosen


@per_request
def content_stems(text: str) -> frozenset[str]:
    """Lower-case 5-character stems of the topical words of ``text`` (a cheap, language-light overlap key).

    Cached: the same sentences are compared several times while one package is composed. An ASCII text is
    lower-cased once, not word by word (same words: only some non-ASCII letters change length in lower case).
    """
    if text.isascii():
        return frozenset([w[:5] for w in _ASCII_LONG_WORD.findall(text.lower()) if w not in _STOPWORDS])
    lowered = [w.lower() for w in _LONG_WORD.findall(text)]
    return frozenset([w[:5] for w in lowered if w not in _STOPWORDS])


@lru_cache(maxsize=1024)
def humanize_label(label: str) -> str:
    """Intent label as words: ``missing_delivery`` -> ``missing delivery``; ``BillingDispute`` works too.
    Cached: a taxonomy has few labels, and one package reads its intent's label several times."""
    spaced = _CAMEL_BREAK.sub(" ", label)
    return " ".join(_LABEL_BREAK.split(spaced)).strip().lower()


def first_name(full_name: str | None) -> str | None:
    """The name to greet: the first given name, or "Dr. Lee" when a title leads; None when it is not a name.

    "Lee, Dana" is read as surname, given name. E-mail addresses, digits and one-letter names are refused.
    """
    if not full_name or "@" in full_name or any(c.isdigit() for c in full_name):
        return None
    text = full_name.strip()
    if "," in text:
        surname, _, given = text.partition(",")
        text = f"{given.strip()} {surname.strip()}".strip()
    tokens = [t for t in re.split(r"\s+", text) if t]
    if not tokens:
        return None
    if tokens[0].rstrip(".").lower() in _TITLES and len(tokens) > 1:
        return f"{_capitalise(tokens[0])} {_capitalise(tokens[-1])}"
    name = tokens[0].strip(".'’-")
    if len(name) < 2 or not all(c.isalpha() or c in "-'’" for c in name):
        return None
    return _capitalise(name)


@per_request
def is_heated(text: str) -> bool:
    """True for angry, insulting or sarcastic wording, which is never quoted back to the customer. Cached:
    a sentence is checked by several writers of one package."""
    return is_sarcastic(text) or _HEATED.search(text.lower()) is not None


@per_request
def is_sarcastic(text: str) -> bool:
    """True for stock sarcasm ("bold strategy", "it's not like I have anything better to do")."""
    return bool(_SARCASM.search(text.lower()))


def shouts(text: str, protected: list[str] | tuple[str, ...] = ()) -> bool:
    """True when a word of four or more capitals (no digits, not one of the ``protected`` facts) shouts."""
    loud = _loud_words(text)
    if not loud:
        return False
    guarded = {p.lower() for p in protected}
    return any(word not in guarded for word in loud)


@per_request
def _loud_words(text: str) -> tuple[str, ...]:
    """The words of four or more capitals and no digits, lower-cased (cached per text)."""
    return tuple(
        word.lower() for word in words(text) if len(word) >= 4 and word.isupper() and not any(c.isdigit() for c in word)
    )


def lower_first(sentence: str, keep_case: frozenset[str]) -> str:
    """Lower the first letter of a sentence that follows a greeting ("Hi Dana, sorry ..."), unless its first
    word must keep its capital (English "I", German "Sie") or is not an ordinary capitalised word."""
    first = sentence.split(" ", 1)[0]
    bare = first.strip(",.;:")
    if bare in keep_case or not bare[:1].isupper() or (not bare[1:].islower() and len(bare) > 1):
        return sentence
    return sentence[:1].lower() + sentence[1:]


def lower_first_word(text: str) -> str:
    """Lower a sentence-initial capital mid-sentence: "The customer" -> "the customer"; "AI" stays."""
    first = text.split(" ", 1)[0]
    return text[:1].lower() + text[1:] if first[1:].islower() else text


def _capitalise(word: str) -> str:
    if word.isupper() or word.islower():
        return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
    return word
