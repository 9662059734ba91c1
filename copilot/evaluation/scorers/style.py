"""Style measures behind ``tone_match``: formality, language style matching, sentiment and empathy.

- **Formality** (:func:`formality_score`): ``(formal + 2) / (formal + casual + 4)`` over marker counts, so a
  text without markers is 0.5 and it takes at least two markers to leave "neutral". Casual markers: chat
  slang and abbreviations ("lol", "u", "pls", "gonna"), emoji and emoticons, runs of "!!"/"??", a lower-case
  "i". Formal markers: salutations and closings ("dear", "regards", "sincerely"), honorifics, formal
  vocabulary ("kindly", "assist", "regarding", "apologise", "inconvenience"), uncontracted negations ("do not"),
  "thank you", "I am". Contractions are neither: agents use them in every
  register. The label is ``formal`` at >= 0.65, ``casual`` at <= 0.35, else ``neutral``.
- **Language style matching** (:func:`language_style_matching`), Ireland & Pennebaker (2010): for each of
  nine function-word categories (personal and impersonal pronouns, articles, auxiliary verbs, high-frequency
  adverbs, prepositions, conjunctions, negations, quantifiers) with p = the category's percentage of words,
  ``LSM_c = 1 - |p1 - p2| / (p1 + p2 + 0.0001)``; LSM is the mean over the nine. The word lists are public
  closed-class English lists standing in for the LIWC dictionaries.
- **Sentiment**: VADER's compound score (vaderSentiment), per sentence for "cheer".
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Literal

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

__all__ = [
    "cheer",
    "compound",
    "formality_label",
    "formality_score",
    "has_empathy",
    "language_style_matching",
]

Formality = Literal["formal", "neutral", "casual"]


def _words(*chunks: str) -> frozenset[str]:
    return frozenset(" ".join(chunks).split())


_CASUAL_WORDS = _words(
    "lol lmao lmfao rofl omg wtf wth smh idk imo imho tbh btw brb u ur r ya yea yeah yep yup nope nah gonna",
    "wanna gotta kinda sorta dunno pls plz thx thnx ty tysm k kk ok okay cool awesome dude bro hey hiya sup",
    "haha hahaha hehe ugh meh asap rn fr ngl bc cuz cos coz",
)
_FORMAL_WORDS = _words(
    "dear sincerely regards respectfully kindly assist assistance regarding furthermore therefore however",
    "moreover accordingly apologise apologize apologies inconvenience appreciate sir madam mr mrs ms dr",
    "certainly hereby pursuant enquiry inquiry require requested advise",
)
_CASUAL_PATTERNS = re.compile(
    r"[\U0001F300-\U0001FAFF\u2600-\u27BF]|(?<!\w)[:;]-?[)(DPp](?!\w)|[!?]{2,}|(?:^|\s)i(?=\s|'|$)"
)
_FORMAL_PATTERNS = re.compile(
    r"\b(?:do|does|did|can|will|would|is|are|was|were|have|has)\s+not\b|\bthank\s+you\b|\bgood\s+"
    r"(?:morning|afternoon|evening)\b|\bwould\s+you\s+(?:please|kindly)\b|\bi\s+am\b",
    re.I,
)
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")

_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "personal_pronouns": _words(
        "i me my mine myself we us our ours ourselves you your yours yourself yourselves",
        "he him his himself she her hers herself they them their theirs themselves",
    ),
    "impersonal_pronouns": _words(
        "it its itself this that these those something anything everything someone anyone everyone",
        "somebody anybody everybody whatever which who whom whose what",
    ),
    "articles": _words("a an the"),
    "auxiliary_verbs": _words(
        "am is are was were be been being have has had having do does did",
        "will would shall should can could may might must",
    ),
    "adverbs": _words(
        "very really just too also only even still then now here there quite rather almost already",
        "always ever often usually actually probably maybe perhaps again soon",
    ),
    "prepositions": _words(
        "about above across after against along among around as at before behind below beneath beside",
        "between beyond by down during except for from in inside into near of off on onto out outside over",
        "past since through throughout till to toward towards under until up upon with within without",
    ),
    "conjunctions": _words("and but or so yet because although though while whereas if unless whether"),
    "negations": _words("no not never none neither nor cannot nothing nobody"),
    "quantifiers": _words(
        "all any some many much more most few fewer less least lots several each every both",
        "enough half plenty",
    ),
}
_CONTRACTIONS = (
    ("can't", "cannot"),
    ("won't", "will not"),
    ("n't", " not"),
    ("'m", " am"),
    ("'re", " are"),
    ("'ve", " have"),
    ("'ll", " will"),
    ("'d", " would"),
    ("'s", " s"),
)
_EMPATHY = re.compile(
    r"\b(?:sorry|apologi[sz]e|apologies|understand(?:able)?|frustrat\w*|inconvenien\w*|i\s+hear\s+you|"
    r"(?:that'?s|this\s+is)\s+not\s+(?:ok|okay|right|acceptable|good\s+enough)|must\s+(?:be|have\s+been)\s+"
    r"(?:annoying|stressful|frustrating|difficult|upsetting)|appreciate\s+your\s+patience|thank\s+you\s+for\s+"
    r"your\s+patience|i\s+can\s+see\s+(?:how|why))\b",
    re.I,
)
_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?]+(?=[^\s.!?]))+[.!?]*")
_CHEERY_SENTENCE = 0.5
_EMOJI = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]")


@cache
def _vader() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=8192)
def compound(text: str) -> float:
    """VADER's compound sentiment of ``text`` in [-1, 1]."""
    return float(_vader().polarity_scores(text)["compound"])


def formality_score(text: str) -> float:
    """0 (casual) .. 1 (formal) from marker counts, 0.5 without markers (see the module docstring)."""
    words = _WORD.findall(text.lower().replace("’", "'"))
    casual = sum(w in _CASUAL_WORDS for w in words) + len(_CASUAL_PATTERNS.findall(text))
    formal = sum(w in _FORMAL_WORDS for w in words) + len(_FORMAL_PATTERNS.findall(text))
    return (formal + 2) / (formal + casual + 4)


def formality_label(text: str) -> Formality:
    """``formal`` (score >= 0.65), ``casual`` (<= 0.35) or ``neutral``."""
    score = formality_score(text)
    if score >= 0.65:
        return "formal"
    if score <= 0.35:
        return "casual"
    return "neutral"


def _category_percentages(text: str) -> dict[str, float] | None:
    expanded = text.lower().replace("’", "'")
    for suffix, replacement in _CONTRACTIONS:
        expanded = expanded.replace(suffix, replacement)
    words = _WORD.findall(expanded.replace("can not", "cannot"))
    if not words:
        return None
    return {c: 100.0 * sum(w in lexicon for w in words) / len(words) for c, lexicon in _FUNCTION_WORDS.items()}


def language_style_matching(text_a: str, text_b: str) -> float:
    """Ireland & Pennebaker's LSM of two texts in [0, 1]; 0 when either text has no words."""
    a, b = _category_percentages(text_a), _category_percentages(text_b)
    if a is None or b is None:
        return 0.0
    scores = [1.0 - abs(a[c] - b[c]) / (a[c] + b[c] + 0.0001) for c in _FUNCTION_WORDS]
    return sum(scores) / len(scores)


def has_empathy(text: str) -> bool:
    """Does ``text`` acknowledge the customer's trouble ("sorry", "I understand", "frustrating")?"""
    return bool(_EMPATHY.search(text))


def cheer(text: str) -> float:
    """Share of cheerful sentences: an exclamation mark or an emoji, VADER compound >= 0.5, and no empathy.

    One-word sentences without an exclamation mark ("Regards.", "Thanks.") are not counted at all.
    """
    sentences = [s for s in (m.strip() for m in _SENTENCE.findall(text)) if len(s.split()) > 1 or "!" in s]
    if not sentences:
        return 0.0
    cheerful = [
        s
        for s in sentences
        if ("!" in s or _EMOJI.search(s)) and not has_empathy(s) and compound(s) >= _CHEERY_SENTENCE
    ]
    return len(cheerful) / len(sentences)
