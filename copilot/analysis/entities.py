"""Free-text customer facts: the customer's name, postal addresses, and product or device names.

These have no fixed format, so they are found from how people write them, never from a list of known values:
names from self-introductions, "under the name ..." and e-mail sign-offs; addresses from a house number plus a
street word, or after "ship to" / "my address is"; products from capitalised model names with digits or
mixed case ("Galaxy S23 Ultra", "iPhone 14", "Nighthawk R7000") or a capitalised phrase after "my" or a
purchase verb. A product is a ``device`` when the passage talks about a device (a device noun or
device behaviour such as charging, rebooting or signal).
"""

from __future__ import annotations

import re
from functools import lru_cache

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from copilot.analysis.cues import word_list
from copilot.analysis.fact_patterns import Candidate, looks_like_quantity, sentence_bounds

__all__ = ["find_addresses", "find_names", "find_products", "is_common_word"]

_CAP = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+"
_NAME = rf"(?P<name>{_CAP}(?:\s+(?:{_CAP}|[A-Z]\.))?(?:\s+{_CAP})?)"
_SELF_NAMES = (
    re.compile(
        r"\b(?:[Mm]y name is|[Mm]y name's|[Nn]ame's|[Cc]all me|[Tt]his is|[Ii] am|[Ii]'m|[Ii]’m|[Ii]t's|[Ii]t is)"
        rf"\s+{_NAME}"
    ),
    re.compile(
        r"\b(?:under the name(?: of)?|in the name of|[Nn]ame on (?:the|my) (?:account|order|booking|card) is"
        rf"|registered (?:to|under)|[Aa]ccount holder is)\s+{_NAME}"
    ),
)
_WEAK_INTRO = re.compile(r"^(?:this is|i am|i'm|i’m|it's|it is)$", re.I)
_CLOSING_LINE = re.compile(
    r"^(?:thanks|thank you|thanks again|regards|best regards|kind regards|best|cheers|sincerely|warm regards"
    r"|many thanks|all the best|yours|br|thx|ty)[,!.]*$",
    re.I,
)
_NAME_LINE = re.compile(rf"^[-–—~ ]*{_NAME}[,.]?$")
_CONTACT_LINE = re.compile(r"^[\s+()\d./-]{7,}$|@|^(?:tel|phone|mobile|cell)\b", re.I)
_AGENT_GREETING = re.compile(rf"^(?:Hi|Hello|Hey|Thanks|Thank you|Sorry|Dear)\s*,?\s+(?P<name>{_CAP})\s*[,!.]")
_NAME_STOP = {
    "there", "here", "back", "sorry", "calling", "writing", "trying", "having", "still", "just", "really",
    "not", "very", "so", "also", "now", "done", "okay", "ok", "sure", "fine", "good", "great", "new", "your",
    "customer", "member", "the", "a", "an", "unable", "about", "regarding", "following", "contacting", "getting",
    "going", "looking", "waiting", "again", "afraid", "confused", "annoyed", "livid", "furious", "upset",
}

_STREET = (
    r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|court|ct|place|pl|terrace|ter"
    r"|circle|cir|parkway|pkwy|highway|hwy|square|sq|crescent|close|grove|gardens|row|trail|alley|plaza)"
)
_STREET_ADDRESS = re.compile(
    rf"(?<![\w#-])\d{{1,6}}[A-Za-z]?(?:\s+[A-Za-z][\w'.-]*){{1,4}}?\s+{_STREET}\b\.?"
    r"(?:,?\s*(?:apt|apartment|unit|suite|ste|flat|#)\.?\s*[\w-]+)?"
    r"(?:,\s*[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,2})?"
    r"(?:,?\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?|,?\s*[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|,?\s*\d{4,5})?",
    re.I,
)
_ADDRESS_CUE = re.compile(
    r"\b(?:address|ship(?:ped|ping)? (?:it )?to|deliver(?:ed|y)? (?:it )?to|send (?:it )?to|live at|moved to"
    r"|located at|postcode|zip)\b"
)
_ADDRESS_AFTER_CUE = re.compile(
    r"\b(?:(?:new |shipping |delivery |home |billing )?address (?:is|was|:)|ship(?:ped)? (?:it )?to"
    r"|deliver(?:ed)? (?:it )?to|send (?:it )?to|I live at|moved to)\s*:?\s*(?P<addr>[^\n.!?]*\d[^\n!?]*?)"
    r"(?=\s*(?:[.!?](?:\s|$)|\n|$|\s+(?:but|and then|please)\b))",
    re.I,
)

_MODEL_TOKEN = r"(?:[A-Z][A-Za-z0-9+]*|[a-z]+[A-Z][A-Za-z0-9+]*|[A-Za-z]*\d+[A-Za-z0-9+]*)"
_PRODUCT_RUN = re.compile(rf"(?<![\w-]){_MODEL_TOKEN}(?:[ -]{_MODEL_TOKEN}){{0,4}}(?![\w-])")
_PRODUCT_LEAD = re.compile(
    r"\b(?:my|our|your|his|her|their|new|(?:bought|ordered|purchased|got|received|returned|have|own)(?:\s+(?:a|an|the|my|two|this))?)\s+$",
    re.I,
)
_DEVICE_NOUN = (
    r"phone|smartphone|handset|iphone|laptop|notebook|tablet|ipad|computer|pc|desktop|router|modem|hub|gateway"
    r"|extender|mesh|tv|television|console|watch|smartwatch|camera|printer|speaker|headphones|earbuds|headset"
    r"|device|set-top box|decoder|hotspot|dongle|sim|kindle|e-reader|thermostat|doorbell"
)
_DEVICE_CONTEXT = re.compile(
    r"\b(?:battery|screen|charg(?:e|ing|er)|reboot(?:s|ed|ing)?|restart(?:s|ed|ing)?|won'?t\s+boot|boot\s+loop"
    r"|firmware|power(?:s|ed)?\s+(?:on|off)|turn(?:s|ed)?\s+(?:on|off)|bluetooth|wi-?fi|signal|bars|reception|factory\s+"
    r"reset|software\s+update|ios|android|imei|sim|e-?sim|unlock(?:ed|ing)?|activat\w+|hotspot|mobile\s+data|network"
    r"|pair(?:ed|ing)?|connect(?:ed|ion|ing)?|router|modem|line)\b"
)
_PRODUCT_NOUN_AFTER = re.compile(
    rf"^\s+(?:{_DEVICE_NOUN}|plan|service|subscription|package|membership|bundle|tier|app|vacuum|machine)\b", re.I
)
_DETERMINER_LEAD = re.compile(r"\b(?:a|an|the|this|that|these|those|two|both|\d)\s+$", re.I)
_PURCHASE_CONTEXT = re.compile(
    r"\b(?:order\w*|bought|purchas\w*|paid|return\w*|refund\w*|deliver\w*|arriv\w*|shipp?\w*|box|package|parcel"
    r"|warranty|gift)\b"
)
_CODE_LIKE = re.compile(r"^[A-Z]{2,6}(?:-[A-Z0-9]+)+$")
_TAIL_WORD = re.compile(r"[ -](?P<w>[a-z][a-z']*|\d+-[a-z]+)")
_TAIL_STOP = word_list(
    'keeps keep stops works breaks broke says shows needs looks seems makes takes gets goes comes',
    "came runs turns fits feels sounds smells leaks charges won't can't doesn't didn't isn't wasn't",
    'got arrives arrived finally still yesterday today tomorrow ago now already please thanks service',
    'services plan plans account subscription order orders membership package app store team support',
    'page website site',
)
_DIGIT = re.compile(r"\d")
_CALENDAR = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    lexicon = SentimentIntensityAnalyzer().lexicon
    return frozenset({*ENGLISH_STOP_WORDS, *lexicon, *_NAME_STOP, *_CALENDAR})


def is_common_word(word: str) -> bool:
    """True for English stop words, sentiment words and greetings: such words are never a name or a product."""
    return word.casefold().strip(".,'’") in _common_words()


def find_names(text: str, *, role: str) -> list[Candidate]:
    """The customer's name: self-introductions and sign-offs in customer turns, a greeting in AI/agent turns."""
    found: list[Candidate] = []
    if role == "customer":
        for match in (m for pattern in _SELF_NAMES for m in pattern.finditer(text)):
            intro = match.group(0)[: match.start("name") - match.start()].strip()
            candidate = _name_candidate(match, weak=bool(_WEAK_INTRO.match(intro)), text=text)
            if candidate is not None:
                found.append(candidate)
        sign_off = _sign_off_name(text)
        if sign_off is not None:
            found.append(sign_off)
    else:
        greeting = _AGENT_GREETING.match(text)
        if greeting is not None and not is_common_word(greeting.group("name")):
            found.append(Candidate("name", greeting.group("name"), greeting.start("name"), greeting.end("name")))
    return found


def _sign_off_name(text: str) -> Candidate | None:
    """The name an e-mail is signed with: the last line (before contact lines) when it is only a name and
    follows a closing ("Regards,") or a blank line."""
    lines: list[tuple[int, str]] = []
    offset = 0
    for raw in text.split("\n"):
        lines.append((offset, raw))
        offset += len(raw) + 1
    while lines and (not lines[-1][1].strip() or _CONTACT_LINE.search(lines[-1][1].strip())):
        lines.pop()
    if len(lines) < 2:
        return None
    start, last = lines[-1]
    match = _NAME_LINE.match(last.strip())
    previous = lines[-2][1].strip()
    if match is None or not (previous == "" or _CLOSING_LINE.match(previous)):
        return None
    words = match.group("name").split()
    if any(w.casefold() in ENGLISH_STOP_WORDS or w.casefold() in _NAME_STOP for w in words):
        return None  # sentiment words are allowed here: "Grace", "Joy" sign e-mails
    value = " ".join(words)
    position = text.index(value, start)
    return Candidate("name", value, position, position + len(value))


def _name_candidate(match: re.Match[str], *, weak: bool, text: str) -> Candidate | None:
    words = match.group("name").split()
    while words and is_common_word(words[-1]):
        words.pop()
    if not words or is_common_word(words[0]):
        return None
    if weak:
        # "I'm Dana" but not "I'm Frustrated with...": the name must end the clause
        after = text[match.start("name") + len(" ".join(words)) :]
        if not re.match(r"\s*(?:$|[,.!;:)\-–—]|\s(?:and|from|here|again|speaking|with)\b)", after):
            return None
    value = " ".join(words)
    start = match.start("name")
    return Candidate("name", value, start, start + len(value))


def find_addresses(text: str) -> list[Candidate]:
    """Postal addresses: a house number and a street word ("12 Baker Street, Apt 4, London NW1 6XE"), with a
    capitalised street word or an address cue nearby; or the text after "ship to" / "my address is"."""
    found: list[Candidate] = []
    if _DIGIT.search(text) is None:
        return found
    cue = _ADDRESS_CUE.search(text.lower()) is not None
    for match in _STREET_ADDRESS.finditer(text):
        value = match.group(0).rstrip(" ,.")
        street_word = re.search(rf"\b{_STREET}\b\.?", value, re.I)
        capitalised = street_word is not None and street_word.group(0)[0].isupper()
        if capitalised or cue:
            found.append(Candidate("address", value, match.start(), match.start() + len(value)))
    if not found:
        for match in _ADDRESS_AFTER_CUE.finditer(text):
            value = match.group("addr").strip(" ,.:")
            if 6 <= len(value) <= 120 and re.search(r"[A-Za-z]{3}", value):
                start = match.start("addr") + match.group("addr").index(value)
                found.append(Candidate("address", value, start, start + len(value)))
    return found


def find_products(text: str) -> list[Candidate]:
    """Product and device names from their shape: model tokens with digits or mixed case, or a capitalised
    phrase after "my"/a purchase verb, with the common nouns that follow ("Brio 12-cup coffee maker"). Typed
    ``device`` when its sentence is about a device's behaviour and not about buying it."""
    found: list[Candidate] = []
    for match in _PRODUCT_RUN.finditer(text):
        tokens = match.group(0).split(" ")
        start = match.start()
        while tokens and (is_common_word(tokens[0]) or tokens[0] in {"I", "AI"}):
            start += len(tokens.pop(0)) + 1
        while tokens and is_common_word(tokens[-1]):
            tokens.pop()
        if not tokens or _CODE_LIKE.match(" ".join(tokens)):
            continue
        end = start + len(" ".join(tokens))
        tail = _noun_tail(text[end:])
        if not _looks_like_product(tokens, text[:start], text[end:], has_tail=bool(tail)):
            continue
        end += len(tail)
        sentence_start, sentence_end = sentence_bounds(text, start, end)
        sentence = text[sentence_start:sentence_end].lower()
        about_device = _DEVICE_CONTEXT.search(sentence) and not _PURCHASE_CONTEXT.search(text.lower())
        found.append(Candidate("device" if about_device else "product", text[start:end], start, end))
    return found


def _noun_tail(after: str) -> str:
    """The lower-case nouns right after a product name ("cordless vacuum", "-cup coffee maker"), up to three;
    stops at a stop word, a verb form or punctuation."""
    taken = ""
    words = 0
    for match in _TAIL_WORD.finditer(after):
        if match.start() != len(taken) or words == 3:
            break
        word = match.group("w")
        if is_common_word(word) or word in _TAIL_STOP or word.endswith(("ed", "ly")):
            break
        taken, words = taken + match.group(0), words + 1
    # a trailing "-ing" word is a verb ("keeps charging"), an inner one an adjective ("hiking boots")
    while taken and re.search(r"[a-z]+ing$", taken):
        taken = re.sub(r"[ -][a-z]+ing$", "", taken)
    return taken


def _looks_like_product(tokens: list[str], before: str, after: str, *, has_tail: bool = False) -> bool:
    tokens = [t for t in tokens if not looks_like_quantity(t)]
    if not tokens or (len(tokens) == 1 and len(re.sub(r"[^A-Za-z0-9]", "", tokens[0])) < 3):
        return False
    has_model_number = any(re.search(r"[A-Za-z]", t) and re.search(r"\d", t) for t in tokens)
    has_inner_caps = any(re.search(r"[a-z][A-Z]", t) for t in tokens)
    has_digits = any(re.search(r"\d", t) for t in tokens)
    capitalised = all(t[0].isupper() or t[0].isdigit() or re.search(r"[a-z][A-Z]", t) for t in tokens)
    if not capitalised or (len(tokens) == 1 and tokens[0].isdigit()):
        return False
    if has_model_number and len(tokens[0]) > 1:
        return True
    window = before[-40:]
    owned = _PRODUCT_LEAD.search(window) is not None
    led = owned or _DETERMINER_LEAD.search(window) is not None
    followed = _PRODUCT_NOUN_AFTER.match(after) is not None
    if has_inner_caps and (len(tokens) >= 2 or has_digits):
        return True
    if has_digits and has_tail:
        return True
    if has_inner_caps or (has_digits and len(tokens) >= 2):
        return led or followed
    if all(t.isupper() and len(t) <= 3 for t in tokens):
        return False
    return owned or followed or (led and has_tail)
