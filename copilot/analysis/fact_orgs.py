"""Named things that are neither people nor products: other companies, shops, places and features the customer
names mid-sentence ("moved my savings to Harbor Credit Union", "at the Riverside Plaza branch", "switch
off Smart Alerts"), and the company's own name, which is never a customer fact.

A named thing is a run of two or three capitalised words inside a sentence (after a lower-case word, so no
sentence opening) with no function, calendar, organisation or interface word ("Customer Care team"), and
most words, the last one included, no sentiment words ("Really Bad"). Customer turns only: the assistant
names its own offers and teams.

The company's own name is the capitalised word the assistant turns keep using ("Thanks for contacting
Ledgerly", "Ledgerly: ..."): a word in most assistant turns, or right after "contacting", "calling",
"welcome to", "thanks for choosing".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from copilot.analysis.cues import word_list
from copilot.analysis.entities import is_common_word, is_function_word
from copilot.analysis.fact_patterns import Candidate, lowered, sentence_bounds
from copilot.analysis.pattern_gate import contains_any

__all__ = ["company_names", "find_airports_and_operators", "find_named_things", "find_org_mentions", "is_person"]

_WORD = r"[A-Z][a-zà-ÿ]+(?:[A-Z][a-zà-ÿ]+)?"
_NAMED = re.compile(
    rf"(?<=[a-zà-ÿ,] )(?P<name>{_WORD}(?: (?:& )?{_WORD}){{1,3}}(?: (?:LLC|LLP|PLC|GmbH|Inc|Ltd|Corp|AG|SA|BV)\b\.?)?)"
    r"(?![\w'’-])"
)
_COMPANY_SUFFIX = re.compile(r" (?:LLC|LLP|PLC|GmbH|Inc|Ltd|Corp|Co|AG|SA|BV)\.?$")
_PERSON_AFTER = re.compile(r"\s*\(\s*[\w.+-]+@[\w-]+\.")
"""A person, not a company: a name with a personal e-mail address in brackets ("Alan Price (alan@...)")."""
_NOT_A_THING = word_list(
    "team teams support service services department desk center centre care billing help customer customers",
    "agent agents assistant manager supervisor account accounts app website page settings menu tab button form",
    "street st avenue ave road rd lane drive boulevard dear hi hello thanks regards mr mrs ms dr",
    "ihr ihre ihrer ihren ihrem ihres sie du dein deine deiner euer eure usted su sus vous votre vos",
)
_PERSON_BEFORE = re.compile(
    r"\b(?:husband|wife|partner|son|daughter|mother|father|mom|mum|dad|brother|sister|friend|neighbou?r|boss"
    r"|colleague|landlord|tenant|rep|representative|agent|tech|technician|installer|engineer|manager|guy|lady"
    r"|man|woman|named|called|name\s+is|name's|ask\s+for|spoke\s+(?:to|with)|talked\s+(?:to|with)|ex)"
    r"[\s,:(]+$",
    re.I,
)
_COMPANY_CUE = re.compile(
    r"\b(?:contacting|calling|choosing|welcome\s+(?:back\s+)?to|thank\s+you\s+for\s+choosing|from)\s+"
    r"(?P<name>[A-Z][\w&-]+)"
)
_CAP_WORD = re.compile(r"\b[A-Z][a-z]+[A-Za-z]*\b")
_OWNED = re.compile(r"\b(?:[Yy]our|[Mm]y|[Tt]he|[Aa]n?)\s+([A-Z][a-z]+[A-Za-z]*)")
_MIN_TURNS = 2
_ORG_BEFORE = (
    r"(?:[Bb]ank|[Cc]ard issuer|[Pp]ayroll provider|[Aa]irline|[Cc]arrier|[Ll]ender),?\s*\(?"
    r"|(?:chargeback|dispute|claim|complaint)\s+(?:\w+\s+)?with|(?:over|back)\s+to|switch(?:ed|ing)?\s+(?:to|from)"
    r"|migrat\w+\s+(?:\w+\s+)?(?:to|from)|(?:sync(?:ed|s|ing)?|connected|linked|export\w*)\s+"
    r"(?:it\s+|them\s+)?(?:to|with)|\b(?:flew|flying|fly)(?:\s+with)?"
    r"|(?:rented|hired|booked)\s+(?:[a-z]+\s+){0,2}(?:from|with|at|through)"
    r"|\b(?:bei|bij|chez|compte|conta\s+do|cuenta\s+de|konto\s+bei)"
)
_ORG_SLOT = re.compile(rf"(?:{_ORG_BEFORE})\s*\Z")
"""A slot that takes an organisation, ending where the name starts: "my bank (", "chargeback with", "over to",
"switched from", "synced to", "flew", "rented from", "bei"/"chez"/"compte" ("I checked with my bank (Chase)",
"take payroll over to Gusto", "gehuurd bij Sixt")."""
_ORG_NOUN_AFTER = re.compile(r"\s+(?:card|rental|flight|airline|bank\s+feed|feed|claim|baggage|payroll)\b")
"""The noun after an organisation behind the customer's card, rental or flight ("my Chase card", "a Hertz
rental"). Not "account" or "app": that is where the company's own name goes ("my Wayfarer account"), which the
customer may write before any assistant turn names it."""
_MID_CAPITAL_WORD = re.compile(r"[A-Z](?:(?<=[\w,] [A-Z])|(?<=\([A-Z]))[a-zà-ÿ]+(?:[A-Z][a-zà-ÿ]+)?(?![\w'’-])")
"""One capitalised word inside a sentence (after a word, a comma or a bracket); the capital is matched first so
``re`` tests one character class per position."""
_SLOT_WIDTH = 40
_ORG_HINT = (
    "ank", "ssuer", "rovider", "irline", "arrier", "ender", "with", " to", "from", "flew", "fly", "bei", "bij",
    "chez", "compte", "conta", "cuenta", "konto", "card", "rental", "flight", "feed", "claim", "baggage", "payroll",
)  # fmt: skip


_NAME_RUN = r"[A-Z][\w&'’-]+(?: (?:&|[A-Z][\w&'’-]+)){0,3}"
_AIRPORT = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+)?[ \t]+"
    r"(?:[Aa]irport|[Aa]eropuerto|[Aa]éroport|[Ff]lughafen))\b"
)
"""A named airport: "at Faro airport", "Lisbon Airport"."""
_ROLE_OF_ORG = (
    r"(?:local\s+)?(?:network\s+operator|network|operator|provider|supplier|distributor|bank|carrier|airline"
    r"|insurer|landlord|letting\s+agent)"
)
_OPERATOR = re.compile(
    rf"(?<![\w-])(?P<name>{_NAME_RUN}),[ \t]+your[ \t]+{_ROLE_OF_ORG}\b"
    rf"|\byour[ \t]+{_ROLE_OF_ORG}(?:,|[ \t]+is)[ \t]+(?P<name2>{_NAME_RUN})"
)
"""An organisation named as the customer's operator, supplier or bank: "Northern Powergrid, your network
operator, has a fault", "your network operator is UK Power Networks"."""
_ROLE_STEMS: tuple[str, ...] = (
    "operator", "network", "provider", "supplier", "distributor", "bank", "carrier", "airline", "insurer", "landlord",
    "letting",
)  # fmt: skip
"""Substrings one of which every ``_ROLE_OF_ORG`` word holds: plain tests before ``_OPERATOR``."""
_AIRLINE_NAME = re.compile(
    r"(?<![\w-])(?P<suffixed>(?:[A-Z][\w]*[ \t]+){1,2}(?:Airways|Airlines|Air[ \t]+Lines))\b"
    r"|(?<![\w-])(?P<air>(?:[A-Z][\w]*[ \t]+)?Air[ \t]+[A-Z][a-z]+)\b"
)
"""An airline by its name's shape: "ITA Airways", "Delta Air Lines", and in a sentence about travel "TAP Air
Portugal", "Air Canada" (elsewhere "Air X" may be a product: "Air Fryer")."""
_TRAVEL_WORD = re.compile(r"\b(?:flights?|flew|fly|flying|airlines?|airport|trip|itinerary|layover|booking)\b", re.I)


def find_airports_and_operators(text: str) -> list[Candidate]:
    """Named airports ("Faro airport"), airlines by their name's shape ("ITA Airways") and organisations named as
    the customer's operator, supplier or bank ("Northern Powergrid, your network operator"), as ``other``: who
    or where the agent deals with."""
    found = []
    if "irport" in text or "eropuerto" in text or "éroport" in text or "lughafen" in text:
        for match in _AIRPORT.finditer(text):
            if not is_common_word(match["name"].split()[0]):
                found.append(Candidate("other", match["name"], match.start("name"), match.end("name")))
    if "Air" in text:
        for match in _AIRLINE_NAME.finditer(text):
            group = "suffixed" if match["suffixed"] else "air"
            start, end = sentence_bounds(text, match.start(), match.end())
            if group == "air" and _TRAVEL_WORD.search(text, start, end) is None:
                continue
            name, start = match[group], match.start(group)
            if is_common_word(name.split()[0]) and group == "air":
                start += len(name.split()[0]) + 1  # "Thanks Air Canada": the airline starts at "Air"
                name = name.split(" ", 1)[1]
            elif is_common_word(name.split()[0]):
                continue  # "The Airlines", "Cheap Airways": no name
            found.append(Candidate("other", name, start, start + len(name)))
    if ("your " in text or "Your " in text) and contains_any(lowered(text), _ROLE_STEMS):
        for match in _OPERATOR.finditer(text):
            group = "name" if match["name"] else "name2"
            words = match[group].split()
            while words and is_function_word(words[0]):
                words.pop(0)
            if words and not is_common_word(words[-1]):
                name = " ".join(words)
                end = match.end(group)
                found.append(Candidate("other", name, end - len(name), end))
    return found


def find_named_things(text: str) -> list[Candidate]:
    """Two or three capitalised words inside a sentence that name a company, shop, place or feature, as
    ``other``; a phrase with a common word, a team or interface noun, or a street word is no such name."""
    found = []
    for match in _NAMED.finditer(text):
        words = match.group("name").split()
        if any(is_function_word(w) or w.casefold() in _NOT_A_THING for w in words):
            continue
        if sum(is_common_word(w) for w in words) * 2 >= len(words) + 1 or is_common_word(words[-1]):
            continue  # "Really Bad", "Harbor Credit" is a name but "Great Job" is not
        if _PERSON_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "my husband John Smith", "the rep, Jason Lee": a person
        found.append(Candidate("other", match.group("name"), match.start("name"), match.end("name")))
    return found


def find_org_mentions(text: str) -> list[Candidate]:
    """One-word organisation names (banks, airlines, payroll or rental companies) by the slot they fill, as
    ``other``: a capitalised word after "my bank (", "chargeback with", "switched from", "flew", "bei", or before
    "card", "rental", "flight"; two-word names are :func:`find_named_things`' work."""
    if not any(hint in text for hint in _ORG_HINT):
        return []
    found = []
    for match in _MID_CAPITAL_WORD.finditer(text):
        word = match.group(0)
        if len(word) < 3 or is_common_word(word) or word.casefold() in _NOT_A_THING:
            continue
        start, end = match.span()
        if _ORG_NOUN_AFTER.match(text, end) or _ORG_SLOT.search(text, max(0, start - _SLOT_WIDTH), start):
            found.append(Candidate("other", word, start, end))
    return found


def is_person(text: str, candidate: Candidate) -> bool:
    """Whether a named thing (two capitalised words) is a person: their e-mail address follows in brackets
    ("Alan Price (alan@...)"). ``text`` must still show the address (the extractors see it blanked)."""
    words = candidate.value.split()
    return (
        len(words) == 2
        and "&" not in words
        and _COMPANY_SUFFIX.search(candidate.value) is None
        and _PERSON_AFTER.match(text, candidate.end) is not None
    )


def company_names(assistant_texts: Iterable[str]) -> frozenset[str]:
    """The company's own name(s), case-folded: a capitalised word in most assistant turns (at least two), or
    one the assistant names itself by ("Thanks for contacting Ledgerly")."""
    texts = list(assistant_texts)
    names = {m.group("name").casefold() for text in texts for m in _COMPANY_CUE.finditer(text)}
    if len(texts) >= _MIN_TURNS:
        counts = Counter(w for text in texts for w in {m.group(0) for m in _CAP_WORD.finditer(text)})
        owned = {m.group(1) for text in texts for m in _OWNED.finditer(text)}  # "your Cirrus": the customer's
        names.update(
            w.casefold()
            for w, n in counts.items()
            if n * 2 > len(texts) and w not in owned and not is_common_word(w) and len(w) > 2
        )
    return frozenset(n for n in names if not is_common_word(n))
