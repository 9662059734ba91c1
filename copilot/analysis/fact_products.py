"""Product, device and plan names, found from their shape, never from a catalogue.

A product name is a capitalised model name with digits or mixed case ("Galaxy S23 Ultra", "iPhone 14", "Fiber
500"), or a capitalised phrase after "my" or a purchase verb, with the common nouns that follow it ("Brio
12-cup coffee maker"); a plan is "the basic plan" or a capitalised name after "on"/"to" in a sentence about
plans or lines ("move to Unlimited Max"). Phrases whose head is an organisation or interface noun ("Customer
Care team", "Privacy request form") are not products. A product is a ``device`` when it is phone or network
hardware, or when the sentence uses it as one ("on my Galaxy S23", "paired to a Pixel 8", "keeps rebooting").
"""

from __future__ import annotations

import re

from copilot.analysis.cues import word_list
from copilot.analysis.entities import is_common_word, is_function_word
from copilot.analysis.fact_ids import looks_like_quantity
from copilot.analysis.fact_patterns import (
    HAS_DIGIT,
    Candidate,
    looks_foreign,
    lowered,
    sentence_bounds,
)
from copilot.analysis.pattern_gate import contains_any

__all__ = [
    "find_device_families",
    "find_equipment",
    "find_lowercase_models",
    "find_plan_changes",
    "find_plans",
    "find_products",
]

_MODEL_TOKEN = r"(?:[A-Z][A-Za-z0-9+]*|[a-z]+[A-Z][A-Za-z0-9+]*|[A-Za-z]*\d+[A-Za-z0-9+]*)"
_PRODUCT_RUN = re.compile(rf"(?<![\w-])(?=[a-z]*+[A-Z\d]){_MODEL_TOKEN}(?:[ -]{_MODEL_TOKEN}){{0,4}}(?![\w-])")
"""The lookahead is what every model token starts with (lower-case letters, then a capital or a digit): a
lower-case word is passed over in one step instead of trying the three token shapes on it."""
_MAY_HOLD_PRODUCT = re.compile(r"[A-Z\d]")
_POSSESSIVES = word_list("my our your his her their new")
_PURCHASE_VERBS = word_list("bought ordered purchased got received returned have has had own")
_ARTICLES = word_list("a an the my two this")
_DETERMINERS = word_list(
    "a an the this that these those two both le la les el los las un une der die das den dem ein eine einen il lo",
    "o os um uma",
)
_DEVICE_NOUN = (
    r"phone|smartphone|handset|iphone|laptop|notebook|tablet|ipad|computer|pc|desktop|router|modem|hub|gateway"
    r"|extender|mesh|tv|television|console|watch|smartwatch|camera|printer|speaker|headphones|earbuds?|headset"
    r"|device|set-top box|decoder|hotspot|dongle|sim|kindle|e-reader|thermostat|doorbell|equipment"
)
_HARDWARE_IN_NAME = re.compile(
    r"(?<![a-z])(?:i?phone|smartphone|router|modem|hub|gateway|handset|laptop|console|extender)", re.I
)
_DEVICE_BEFORE = re.compile(rf"\b(?:{_DEVICE_NOUN})\b", re.I)
_USED_AS_DEVICE = re.compile(
    r"\b(?:on|using)\s+(?:my|our|his|her)\s+$"
    r"|\b(?:paired|connected|plugged|synced|tethered)\s+(?:\w+\s+)?(?:to|into|with)\s+(?:my|our|a|an|the)?\s*$",
    re.I,
)
_DEVICE_SUBJECT = re.compile(
    r"^\s+(?:keeps|kept|won'?t|doesn'?t|isn'?t|can'?t|cannot|stopped|started|has no|is not|will not|randomly)\b",
    re.I,
)
_DEVICE_CONTEXT = re.compile(
    r"\b(?:battery|screen|charg(?:e|ing|er)|reboot(?:s|ed|ing)?|restart(?:s|ed|ing)?|won'?t\s+boot|boot\s+loop"
    r"|firmware|power(?:s|ed)?\s+(?:on|off)|turn(?:s|ed)?\s+(?:on|off)|bluetooth|wi-?fi|signal|bars|reception"
    r"|factory\s+reset|software\s+update|imei|e-?sim|unlock(?:ed|ing)?|activat\w+|hotspot|mobile\s+data|network"
    r"|pair(?:ed|ing)?|connect(?:ed|ion|ing)?|freez\w+|crash\w*|overheat\w*)\b",
    re.I,
)
_HARDWARE_ID = re.compile(r"\b(?:imei|serial number|firmware|unlock\w*)\b", re.I)
_PRODUCT_NOUN_AFTER = re.compile(
    rf"^\s+(?:{_DEVICE_NOUN}|plan|service|subscription|package|membership|bundle|tier|vacuum|machine)\b", re.I
)
_CODE_LIKE = re.compile(r"^[A-Z]{2,6}(?:-[A-Z0-9]+)+$|^(?:[A-Z0-9]{1,3})(?: [A-Z0-9]{1,3})*$")
_TAIL_UNITS = word_list("ghz mhz gb mb tb kb mbps gbps kbps mm cm km kg lbs oz ml kwh mah")
_TAIL_DESCRIPTORS = word_list("down back top bottom front over under full")
"""Stop words that describe a product before its noun ("down jacket", "top sheet", "over ear headphones")."""
_TAIL_WORD = re.compile(r"[ -](?P<w>[a-z][a-z]*|\d+-[a-z]+)")
_TAIL_STOP = word_list(
    "keeps keep stops works breaks broke says shows needs looks seems makes takes gets goes comes",
    "came runs turns fits feels sounds smells leaks charges won't can't doesn't didn't isn't wasn't",
    "got arrives arrived finally still yesterday today tomorrow ago now already please thanks service",
    "services plan plans account subscription order orders membership package app store team support",
    "page website site available compatible eligible ready sold missing broken damaged defective faulty",
    "late delayed included free price prices cost fee bill annual btw lol tho upstairs downstairs",
    "tariff tariffs connection promotional asap",
)
_VERB_NEXT = re.compile(
    r"[ \t]+(?:(?:a|an|the|my|your|his|her|its|our|their|me|you|it|them|us|him|this|that|these|those|no|any"
    r"|some|small|big|large|true|fine|well)\b|up[ \t]+to\b|\d)",
    re.I,
)
_NOT_PRODUCT_HEAD = word_list(
    "team teams support assistant agent agents customer customers care history request form page site website",
    "store center centre department colour color renewal promotion promo policy guide article settings setting",
    "option menu tab button link email message code number account billing case ticket present sale deal offer",
    "event return returns portal desk app name password login profile details address specialist specialists",
    "representative technician expert advisor member members status check verification authentication",
    "branch office location outlet filter filters role roles workspace workspaces feed feeds report reports",
    "feature features sales clients users employees",
)
_UI_PATH = re.compile(r"(?:[A-Z][\w&'-]*(?: [\w&'-]+){0,3} > )+[A-Z][\w&'-]*(?: [\w&'-]+){0,3}")
_ORDINAL_NOUN = word_list(
    "step page chapter room level line option part section item number no day week hour minute terminal gate",
    "floor apt unit suite seat row platform version phase stage round season episode question",
)
_DAY_NAMES = word_list("monday tuesday wednesday thursday friday saturday sunday")
_NOUN_FIRST = re.compile(
    r"(?<![\w'])(?i:le|la|les|des|el|los|las|un|une|o|a|os|as|um|uma|il|lo|gli|mon|ma|mes|mi|mis|meu|minha)"
    r"[ \t]+[a-zà-ÿ]{3,}[ \t]+$"
)
"""French, Spanish, Portuguese and Italian put the common noun before the brand: "les bottes Ridgeline GTX",
"a jaqueta StormShell", "el plan Growth"."""
_ORDER_CONTENTS = re.compile(r"\b(?i:order|package|parcel|shipment)\s+(?:#?[\w-]*\d[\w-]*|\x00+)\s*\(\s*\Z")
"""A name in brackets right after an order number is what the order holds: "order NW-452290 (Aura Buds Pro,"
(the number may already be blanked out, read as an id)."""
_COUNTED = word_list("extra additional remaining spare other last first next")
"""Words that count what follows ("the extra 3", "the last 2"): never a model name."""
_LOWERCASE_MODEL = re.compile(
    r"\b(?:my|a|an|new|the|his|her|our|pay(?:ing)? for|paid for)\s+(?P<model>(?P<word>[a-z]{4,})\s\d{1,3}"
    r"(?:\s(?:pro|max|plus|ultra|mini|lite|se|fe|xl))*)(?![\w.-])(?![ \t]+(?:[a-z]+s|%)\b)"
)
_PLAN_LOWER = re.compile(
    r"\b(?:on|to|from|have|got|with|into)\s+(?:the|a|my|our)\s+(?P<plan>(?:[a-z][a-z+-]*\s+){1,2}plan)\b"
)
_FAMILY = (
    r"i-?phone|i-?pad|macbook|imac|apple\s+watch|air\s?pods|pixel|galaxy|chromebook|thinkpad|kindle|playstation"
    r"|xbox|surface\s+(?:pro|laptop|go)|fire\s+tv|roku|oneplus|xperia|moto\s+g"
)
_COUNT_BEFORE = re.compile(r"\b(?:two|three|four|five|both|several|\d+)[ \t]+$", re.I)
_MAKER = r"samsung|google|apple|sony|microsoft|amazon|motorola"
"""The maker some customers write before the family ("Samsung Galaxy S23"): part of the device's name."""
_MODEL_WORD = (
    r"\d{1,4}[a-z]{0,2}\b|[a-z]{0,5}\d{1,4}[a-z]{0,2}\b|pro|max|plus|ultra|mini|air|lite|se|fe|xl|z|flip\d*"
    r"|fold\d*|series|note|tab|edge|gen|generation|cellular|gps"
)
_SPEC = r"\d{1,4}[ \t]?(?:mm|gb|tb)|gps|cellular|lte|5g|wi-?fi"
"""A spec written after a model, often after a comma or plus ("Galaxy Watch 6, 44mm, LTE")."""
_DEVICE_FAMILY = re.compile(
    rf"(?<![\w-])(?:(?:{_MAKER})[ \t]+)?(?:{_FAMILY})(?:['’][a-ząęłńóśźżäöüı]{{1,3}})?"
    rf"(?:[ \t]+(?:{_MODEL_WORD})(?![\w'’-]))*"
    rf"(?:(?:,[ \t]*|[ \t]*\+[ \t]*|[ \t]+)(?:{_SPEC})(?![\w'’-]))*",
    re.I,
)
_FAMILY_HINT = (
    "phone", "pad", "macbook", "imac", "watch", "pods", "pixel", "galaxy", "chromebook", "thinkpad", "kindle",
    "playstation", "xbox", "surface", "fire tv", "roku", "oneplus", "xperia", "moto"
)  # fmt: skip
"""What every device family holds, lower-cased: plain substring tests, faster than the same alternation."""
_EQUIPMENT_NOUN = (
    r"router|modem|tv[ -]box|set[ -]top[ -]box|cable[ -]box|receiver|extender|repeater|wi-?fi[ -]pods?|mesh[ -]pods?"
    r"|pods|ont"
)
_EQUIPMENT = re.compile(
    rf"(?:\b(?:the|my|our|your|a|an|both)\s+|(?=\b(?:two|three|four|\d)\s))(?P<item>(?:(?:two|three|four|\d)\s+)?"
    rf"(?:{_EQUIPMENT_NOUN})s?)\b(?![ \t]*(?:-|settings|app|page|password|login|light|lights)\b)",
    re.I,
)
_EQUIPMENT_HINT = re.compile(r"router|modem|box|receiver|extender|repeater|pods|ont\b")
_TIER_WORDS = word_list(
    "unlimited basic plus premium pro max standard starter essential essentials family prepaid postpaid gig",
    "lite ultimate enterprise business personal",
)
_PLAN_TIER_LOWER = re.compile(
    r"\b(?:i'?m|i am|we'?re|we are|lines?|currently|still|account is|subscribed)\s+on\s+(?:the\s+)?"
    r"(?P<plan>[a-z]+(?:\s+[a-z]+)?)(?=\s*(?:plan\b|[.,;!?]|$|\s+(?:so|and|but|which|since|for|with)\b))"
)
"""A tier name in lower case after "I'm on" ("I'm on unlimited basic so 5 GB won't do"), with a tier word."""
_PLAN_NAMED = re.compile(
    r"\b(?:plan|forfait|tarif|plano|piano)\s+(?P<plan>[A-Z][\w+]*(?:\s+(?:[A-Z][\w+]*|\d+))*)(?![\w-])"
    r"|(?<![\w-])(?P<plan2>[A-Z][\w+]*(?:\s+(?:[A-Z][\w+]*|\d+))+)\s+(?:plan|line|tier|subscription|membership)s?\b"
)
"""A capitalised plan name named as one: "el plan Unlimited Plus", "one Unlimited Plus line"."""
_PLAN_PERIOD = re.compile(
    r"(?<![\w-])(?P<plan>[A-Z][\w+]*(?:[ \t][A-Z][\w+]*)?[ \t]+(?:monthly|yearly|annual|\((?:monthly|yearly|annual)\)))"
    r"(?![\w-])"
)
"""A plan named with its billing period: "Pro yearly", "Growth (monthly)"."""
_PERIOD_OF_NOUN = re.compile(r"[ \t]+(?:membership|renewal|fee|charge|billing|contract|pass|payment|invoice)s?\b", re.I)
"""A billing period that describes the noun after it, not the plan before it ("Plus annual membership"); a plan
named with its period keeps it ("the Growth yearly plan")."""
_PAID_FOR = re.compile(
    r"\b(?:pay(?:ing)?|paid|subscribed|signed up)\s+(?:(?:[$€£]\s?\d[\d.,]*|\x00+)\s+(?:a|an|per|each)\s+[a-z]+\s+)?"
    r"(?:for|to)\s+(?P<plan>[A-Z][\w+]*(?:[ \t][A-Z][\w+]*){0,2})"
)
"""A capitalised name the customer pays for or subscribes to is a product: "I pay for Fiber Gig", "I pay $70 a
month for Unlimited Plus"."""
_ADD_ON = re.compile(r"\b(?:the|my|our|this|an?)\s+(?P<item>[a-z]+[ \t-]add-?on)\b")
"""An add-on named by what it adds: "the payroll add-on"."""
_PLAN_NAMED_WORDS = ("plan", "line", "tier", "subscription", "membership", "forfait", "tarif", "piano")
"""Literal words one of which every ``_PLAN_NAMED`` match holds: a substring test skips the pattern."""
_PLAN_CAPITALISED = re.compile(r"\b(?:on|to|onto)\s+(?P<plan>[A-Z][\w+]*(?:\s+(?:[A-Z][\w+]*|\d+))+)(?![\w-])")
_PLAN_TIER = r"[A-Za-z][\w+-]*|\d{2,4}"
_PLAN_CHANGE = re.compile(
    r"\b(?:upgrad\w*|downgrad\w*|switch\w*|chang\w*|mov(?:e|ing)|migrat\w*)\b[^.!?\n]{0,30}?\bfrom\s+"
    rf"(?:the\s+|my\s+)?(?P<a>{_PLAN_TIER})(?:\s+(?:plan|tier|package))?\s+(?:(?:down|up|back|over)\s+)?to\s+(?:the\s+|a\s+)?"
    rf"(?P<b>{_PLAN_TIER})"
    r"(?=\s*(?:plan|tier|package)?\s*(?:[.,;!?]|$|\b(?:and|but|so|because|since|please|instead)\b))",
    re.I,
)
_PLAN_CHANGE_CUE = re.compile(
    r"\b(?:upgrad\w*|downgrad\w*|plans?|tiers?|package|subscription|membership|internet|broadband|speed|data)\b", re.I
)
_PLAN_CUE_STEMS = (
    "plan", "line", "tier", "package", "bundle", "subscription", "upgrad", "downgrad", "switch", "mov", "migrat"
)  # fmt: skip
"""Substrings of every ``_PLAN_CUE`` word: without one, no capitalised name after "to" is a plan."""
_PLAN_CUE = re.compile(
    r"\b(?:plans?|lines?|tier|package|bundle|subscription|upgrad\w*|downgrad\w*|switch\w*|mov(?:e|ing)|migrat\w*)\b",
    re.I,
)
_UNITS = word_list("ghz mhz gb mb tb kb mbps gbps kbps mm cm km kg lbs oz ml kwh mah")
_INNER_CAPS = re.compile(r"[a-z][A-Z]")
_LOWER_NEXT = re.compile(r"[ -][a-z]")
_LETTER = re.compile(r"[A-Za-z]")
_NON_ALNUM = re.compile(r"[^A-Za-z0-9]")
_GENERIC_PLAN = word_list("same new current old other different right wrong cheaper cheapest better next previous")
_PRICE = re.compile(r"[$€£¥₹]\s?\d|\d\s?[€£]")
_PURCHASE_CONTEXT = re.compile(
    r"\b(?:order\w*|bought|purchas\w*|paid|refund\w*|deliver\w*|arriv\w*|shipp?\w*|box|parcel|warranty|gift)\b",
    re.I,
)


def find_products(text: str) -> list[Candidate]:
    """Product and device names from their shape: model tokens with digits or mixed case, a capitalised name
    with a model number ("Fiber 500"), or a capitalised phrase after "my"/a purchase verb, with the common
    nouns that follow ("Brio 12-cup coffee maker"). Typed ``device`` when used as one (see module doc)."""
    if _MAY_HOLD_PRODUCT.search(text) is None:
        return []
    if " > " in text:
        text = _UI_PATH.sub(lambda m: "\x00" * len(m.group(0)), text)
    found: list[Candidate] = []
    english: bool | None = None
    for match in _PRODUCT_RUN.finditer(text):
        run = match.group(0)
        if run.isdigit():
            continue  # a bare number: never a name (``_trim`` would drop it)
        if " " not in run and run.isalpha() and (run == "I" or is_common_word(run) or not _may_be_named(text, match)):
            continue  # the usual case: a capitalised word that is common or not led by "my"/"the"/a noun
        span = _trim(run.split(" "), match.start())
        if span is None:
            continue
        tokens, start = span
        end = start + len(" ".join(tokens))
        if english is None:
            english = not looks_foreign(text)
        tail = _noun_tail(text[end : end + 60]) if english else ""
        before = text[max(0, start - 40) : start]
        if not _looks_like_product(tokens, before, text[end : end + 60], has_tail=bool(tail), foreign=not english):
            continue
        if tail and not _echoes_name(tokens, tail):
            end += len(tail)
        if _names_no_product(text, start, end):
            continue
        found.append(Candidate(_product_type(text, start, end), text[start:end], start, end))
    return found


def find_lowercase_models(text: str) -> list[Candidate]:
    """Model names typed in lower case after "my"/"a"/"new" ("a new iphone 16 pro"); the word must be no common
    word, unit or counted noun ("my order 1234", "a level 3", "the first 2 weeks" are not models)."""
    found = []
    for match in _LOWERCASE_MODEL.finditer(text):
        word = match.group("word")
        if (
            is_common_word(word)
            or word in _ORDINAL_NOUN
            or word in _UNITS
            or word in _NOT_PRODUCT_HEAD
            or word in _COUNTED
        ):
            continue
        start, end = match.start("model"), match.end("model")
        paid_for = match.group(0)[:3].lower() in {"pay", "pai"}  # "paying for fiber 300": a service they pay for
        fact_type = "product" if paid_for else _product_type(text, start, end)
        found.append(Candidate(fact_type, match.group("model"), start, end))
    return found


def find_device_families(text: str) -> list[Candidate]:
    """Widely sold phone, tablet, laptop and watch families in any case, with their model words ("pixel 8",
    "galaxy z flip6", "macbook air", "iPhone'a 13", "Apple Watch Series 10"): always ``device``."""
    if not contains_any(lowered(text), _FAMILY_HINT):
        return []
    found = []
    for match in _DEVICE_FAMILY.finditer(text):
        value = match.group(0).rstrip(" ,")
        if value.endswith("s") and value[-2:-1].isdigit() and _COUNT_BEFORE.search(text, 0, match.start()):
            value = value[:-1]  # "two iPhone 13s": two of the iPhone 13
        found.append(Candidate("device", value, match.start(), match.start() + len(value)))
    return found


def find_equipment(text: str) -> list[Candidate]:
    """Home network and TV equipment the customer has, by its generic name after "the"/"my"/a count ("the
    router", "my tv box", "2 wifi pods"): ``device``. The count is kept (it is part of what they have)."""
    if _EQUIPMENT_HINT.search(lowered(text)) is None:
        return []
    return [Candidate("device", m.group("item"), m.start("item"), m.end("item")) for m in _EQUIPMENT.finditer(text)]


def find_plans(text: str) -> list[Candidate]:
    """Plan and tier names: "I'm on the basic plan", or a capitalised name after "on"/"to" in a sentence about
    plans, lines or switching ("move to Unlimited Max", "2 lines on Unlimited Plus")."""
    found = []
    if " plan" in text:
        for match in _PLAN_LOWER.finditer(text):
            words = match.group("plan").split()[:-1]
            if not any(is_common_word(w) or w in _GENERIC_PLAN for w in words):
                found.append(Candidate("product", match.group("plan"), match.start("plan"), match.end("plan")))
    for match in _PLAN_TIER_LOWER.finditer(lowered(text)):
        words = match.group("plan").split()
        if any(w in _TIER_WORDS for w in words) and not all(is_common_word(w) for w in words):
            plan = text[match.start("plan") : match.end("plan")]
            found.append(Candidate("product", plan, match.start("plan"), match.end("plan")))
    for match in _PLAN_NAMED.finditer(text) if contains_any(text, _PLAN_NAMED_WORDS) else ():
        plan = match.group("plan") or match.group("plan2")
        start = match.start("plan") if match.group("plan") else match.start("plan2")
        single = " " not in plan and _capitalised_name(plan)  # "el plan Growth"
        if single or not any(is_common_word(w) for w in plan.split()):
            found.append(Candidate("product", plan, start, start + len(plan)))
    if "monthly" in text or "yearly" in text or "annual" in text:
        for match in _PLAN_PERIOD.finditer(text):
            words = match.group("plan").split()
            if _PERIOD_OF_NOUN.match(text, match.end()):
                continue  # "Northwind Plus annual membership": the period is the membership's, see find_products
            if not is_function_word(words[0]) and not (
                match.start() == 0 or text[match.start() - 2 : match.start()].strip() in ".!?:"
            ):
                found.append(Candidate("product", match.group("plan"), match.start("plan"), match.end("plan")))
    if ("pay" in text or "paid" in text or "subscribed" in text or "signed up" in text) and (
        " for " in text or " to " in text
    ):
        for match in _PAID_FOR.finditer(text):
            words = match.group("plan").split()
            while words and is_function_word(words[-1]):
                words.pop()
            if words and not is_function_word(words[0]):
                plan = " ".join(words)
                found.append(Candidate("product", plan, match.start("plan"), match.start("plan") + len(plan)))
    if "add-on" in text or "add on" in text or "addon" in text:
        for match in _ADD_ON.finditer(text):
            if not is_function_word(match.group("item").split()[0].split("-")[0]):
                found.append(Candidate("product", match.group("item"), match.start("item"), match.end("item")))
    cued = contains_any(lowered(text), _PLAN_CUE_STEMS)
    for match in _PLAN_CAPITALISED.finditer(text) if cued else ():
        words = match.group("plan").split()
        start, end = sentence_bounds(text, match.start(), match.end())
        if any(is_common_word(w) for w in words) or not _PLAN_CUE.search(text, start, end):
            continue
        found.append(Candidate("product", match.group("plan"), match.start("plan"), match.end("plan")))
    return found


def find_plan_changes(text: str) -> list[Candidate]:
    """Both ends of a plan change in the customer's words: "downgrade my subscription from pro to starter", "switch
    from monthly to annual" - the tier they have and the one they want, as ``product``."""
    if " from " not in text:
        return []
    found = []
    for match in _PLAN_CHANGE.finditer(text):
        start, end = sentence_bounds(text, match.start(), match.end())
        named = _capitalised_name(match.group("a")) and _capitalised_name(match.group("b"))
        if _PLAN_CHANGE_CUE.search(text, start, end) is None and not named:
            continue  # "switch from paper to email": a preference, not a plan
        for group in ("a", "b"):
            value = match.group(group)
            if value.isdigit() or not is_common_word(value.split()[0]) or _capitalised_name(value):
                found.append(Candidate("product", value, match.start(group), match.end(group)))
    return found


def _capitalised_name(value: str) -> bool:
    """A capitalised word that is no stop or calendar word ("Growth", "Pro"): a name even when it is also a
    common English word."""
    return value[:1].isupper() and not any(is_function_word(w) for w in value.split())


def _may_be_named(text: str, match: re.Match[str]) -> bool:
    """A single plain capitalised word is a product only when owned or led ("my Kestrel ...", "the Aura ...")
    or followed by a product noun or a lower-case noun ("Kestrel vacuum")."""
    if _INNER_CAPS.search(match.group(0)):
        return True
    led = _lead(text[max(0, match.start() - 30) : match.start()])[1]
    return led or _LOWER_NEXT.match(text, match.end()) is not None


def _lead(before: str) -> tuple[bool, bool]:
    """Whether the words right before a name own it ("my", "bought a") and whether they lead it as a noun
    phrase ("the", "two", "le"): (owned, led)."""
    if not before or not before[-1].isspace():
        return False, False
    words = before.lower().split()[-2:]
    if not words:
        return False, False
    last = words[-1]
    owned = (
        last in _POSSESSIVES
        or last in _PURCHASE_VERBS
        or (last in _ARTICLES and len(words) == 2 and words[0] in _PURCHASE_VERBS)
    )
    return owned, owned or last in _DETERMINERS or last.isdigit()


def _trim(tokens: list[str], start: int) -> tuple[list[str], int] | None:
    """Drop leading common words and numbers ("The", "I", "55" of "$55 Fiber 500") and trailing common words
    from a capitalised run."""
    while tokens and (is_common_word(tokens[0]) or tokens[0] in {"I", "AI"} or tokens[0].isdigit()):
        start += len(tokens.pop(0)) + 1
    if tokens and tokens[0].casefold() in _UNITS:
        return None  # "5 GHz band": a measurement, not a name
    while tokens and (is_common_word(tokens[0]) or tokens[0] in {"I", "AI"}):
        start += len(tokens.pop(0)) + 1
    # after a name, only function words end it: "Ledgerly Secure" keeps its sentiment-lexicon word
    while tokens and (is_function_word(tokens[-1]) if len(tokens) >= 2 else is_common_word(tokens[-1])):
        if tokens.pop().casefold() in _DAY_NAMES:
            return None  # "Black Friday", "Cyber Monday": an event, not a product

    if not tokens or _CODE_LIKE.match(" ".join(tokens)) or not any(c.isalpha() for c in "".join(tokens)):
        return None
    return tokens, start


def _noun_tail(after: str) -> str:
    """The lower-case nouns right after a product name ("cordless vacuum", "-cup coffee maker"), up to three;
    stops at a stop word, a verb form ("includes a", "run small") or punctuation."""
    taken = ""
    words = 0
    for match in _TAIL_WORD.finditer(after):
        if match.start() != len(taken) or words == 3:
            break
        word = match.group("w")
        if after[match.end() : match.end() + 1] in {"'", "’"}:
            break  # a contraction ("doesn't") is a verb
        if word in _TAIL_DESCRIPTORS and words < 2 and _plain_noun_next(after, match.end()):
            taken, words = taken + match.group(0), words + 1
            continue  # a descriptor stop word before a noun: "down jacket", "over ear headphones"
        if is_common_word(word) or word in _TAIL_STOP or word.endswith(("ed", "ly")):
            break
        if _VERB_NEXT.match(after, match.end()):
            break  # a word followed by an object or complement is a verb: "tablet includes a ..."
        taken, words = taken + match.group(0), words + 1
    # a trailing "-ing" word is a verb ("keeps charging"), an inner one an adjective ("hiking boots")
    while taken and re.search(r"[a-z]+ing$", taken):
        taken = re.sub(r"[ -][a-z]+ing$", "", taken)
    return taken


def _plain_noun_next(after: str, position: int) -> bool:
    """Whether a plain lower-case word (no stop or sentiment word) follows right at ``position``."""
    following = _TAIL_WORD.match(after, position)
    return following is not None and not is_common_word(following.group("w"))


def _echoes_name(tokens: list[str], tail: str) -> bool:
    """Whether the noun tail repeats a word of the name ("Cirrus Vac vacuum", "Pulse Watch smartwatch"): the
    name already says what it is."""
    last = tail.rsplit(" ", 1)[-1].lstrip("-")
    stems = (t.casefold().rstrip("s") for t in tokens if t.isalpha())
    return any(len(stem) >= 3 and stem in last for stem in stems)


def _looks_like_product(
    tokens: list[str], before: str, after: str, *, has_tail: bool = False, foreign: bool = False
) -> bool:
    named_number = len(tokens) >= 2 and tokens[0][0].isupper() and tokens[0].isalpha() and tokens[1].isdigit()
    if named_number and tokens[0].casefold() in _ORDINAL_NOUN:
        return False
    tokens = [t for i, t in enumerate(tokens) if not (looks_like_quantity(t) and not (named_number and i > 0))]
    if not tokens or (len(tokens) == 1 and len(_NON_ALNUM.sub("", tokens[0])) < 3):
        return False
    with_digits = [t for t in tokens if HAS_DIGIT.search(t)]
    has_model_number = any(_LETTER.search(t) for t in with_digits)
    has_inner_caps = any(_INNER_CAPS.search(t) for t in tokens)
    has_digits = bool(with_digits)
    capitalised = all(t[0].isupper() or t[0].isdigit() or _INNER_CAPS.search(t) for t in tokens)
    if not capitalised or (len(tokens) == 1 and tokens[0].isdigit()):
        return False
    if (has_model_number and len(tokens[0]) > 1) or (has_inner_caps and (len(tokens) >= 2 or has_digits)):
        return True
    window = before
    owned, led = _lead(window)
    owned = owned or _ORDER_CONTENTS.search(window) is not None
    led = led or (foreign and _NOUN_FIRST.search(window) is not None)
    followed = _PRODUCT_NOUN_AFTER.match(after) is not None
    mid_sentence = bool(window.strip()) and window.rstrip()[-1:] not in {".", "!", "?", ":", ""}
    if (has_digits and has_tail) or (named_number and (mid_sentence or led)):
        return True
    if has_inner_caps or (has_digits and len(tokens) >= 2):
        return led or followed
    if all(t.isupper() and (len(t) <= 3 or t.isalpha()) for t in tokens):
        return False  # "TV", "PLAN INCLUDES MEXICO": an abbreviation or shouting, not a name
    if has_tail and len(tokens) == 1 and mid_sentence and _brand_with_nouns(tokens[0], window, after):
        return True  # a brand before its common nouns: "bought a rug, the Adria wool rug", "(Hearth cookware set"
    if has_tail and len(tokens) == 1 and not mid_sentence and _listed_item(tokens[0], window, after):
        return True  # a sentence that only names the item: "Order 12. Nimbus desk lamp, $64.00"
    return owned or followed or (led and (has_tail or len(tokens) >= 2))


def _brand_with_nouns(token: str, before: str, after: str) -> bool:
    """A lone capitalised brand mid-sentence, not quoted, followed by common nouns, in a sentence about buying
    or receiving goods ("I bought a rug, the Adria wool rug"; "Order 12 (Hearth cookware set) shipped")."""
    if token.isupper() or before.rstrip()[-1:] in {'"', "'", "“", "‘"}:
        return False
    tail = _noun_tail(after[:60])
    last = tail.rsplit(" ", 1)[-1]
    if len(last) < 3 or last.endswith(("ies", "es")):
        return False  # "Moving d)", "shipping applies": a letter or a verb, not a noun
    left = before[before.rfind(".") + 1 :] if "." in before else before
    right = re.split(r"[.!?](?:\s|$)", after, maxsplit=1)[0]
    return _PURCHASE_CONTEXT.search(left + " " + right) is not None


def _listed_item(token: str, before: str, after: str) -> bool:
    """A capitalised brand opening a verbless fragment that names a purchase ("Order 12. Nimbus desk lamp,
    $64.00"; "Nimbus desk lamp - arrived broken"): the brand and its nouns end at a comma, dash or bracket."""
    if token.isupper() or token.endswith(("ed", "ing")):
        return False  # "Estimated delivery: Nov 24": a participle heading, not a brand
    tail = _noun_tail(after[:60])
    last = tail.rsplit(" ", 1)[-1]
    if len(last) < 3 or last.endswith(("ies", "es")):
        return False
    if re.match(r"\s*(?:[,;:(]|[-–—]\s|$)", after[len(tail) :]) is None:
        return False
    right = re.split(r"[.!?](?:\s|$)", after, maxsplit=1)[0]
    return _PURCHASE_CONTEXT.search(before + " " + right) is not None or _PRICE.search(right) is not None


def _names_no_product(text: str, start: int, end: int) -> bool:
    """An organisation or interface name ("Customer Care team", "Billing > ..."), not a product."""
    head = text[start:end].rsplit(" ", 1)[-1].casefold()
    following = re.match(r"[ \t]+([A-Za-z]+)", text[end : end + 20])
    return head in _NOT_PRODUCT_HEAD or (following is not None and following.group(1).casefold() in _NOT_PRODUCT_HEAD)


def _product_type(text: str, start: int, end: int) -> str:
    """``device`` for phone or network hardware and for a product used as a device, else ``product``."""
    name = text[start:end]
    if _HARDWARE_IN_NAME.search(name) or _USED_AS_DEVICE.search(text[max(0, start - 40) : start]):
        return "device"
    sentence_start, sentence_end = sentence_bounds(text, start, end)
    rest = text[sentence_start:start] + " " + text[end:sentence_end]
    if _DEVICE_BEFORE.search(text[max(sentence_start, start - 40) : start]) and not _PURCHASE_CONTEXT.search(rest):
        return "device"
    if _DEVICE_SUBJECT.match(text[end : end + 30]) and _DEVICE_CONTEXT.search(rest):
        return "device"
    if _HARDWARE_ID.search(rest):
        return "device"
    return "product"
