"""Free-text customer facts without a fixed format: people's names and postal addresses.

They are found from how people write them, never from a list of known values: names from self-introductions,
"under the name ...", "the account for Dana Lee", a relative or contact named by the customer ("my husband
Gerald", "his name is Mr. Petrov") and e-mail sign-offs (in six languages); addresses from a house number
plus a street word in either order ("12 Baker Street", "5480 avenue du Parc", "Hauptstraße 5"), a unit with
a city and postcode ("Apt 4C, Denver, CO 80205"), or the text after "ship to" / "my address is". Product
names live in :mod:`copilot.analysis.fact_products`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from copilot.analysis.cues import word_list
from copilot.analysis.fact_patterns import HAS_DIGIT, Candidate
from copilot.analysis.pattern_gate import contains_any

__all__ = ["find_addresses", "find_names", "is_common_word", "is_function_word", "strip_honorific"]

_CAP = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+"
_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Sra|Mme)\.?"
_NAME = rf"(?P<name>{_CAP}(?:\s+(?:{_CAP}|[A-Z]\.))?(?:\s+{_CAP})?)"
_SELF_NAMES = re.compile(
    r"\b(?:[Mm]y name is|[Mm]y name's|[Nn]ame's|(?:^|(?<=\n)|(?<=[.!?,;:] ))[Nn]ame is"
    r"|[Cc]all me|[Tt]his is|[Ii] am|[Ii]'m|[Ii]’m|[Ii]t's|[Ii]t is"
    r"|under the name(?: of)?|in the name of|[Nn]ame on (?:the|my) (?:account|order|booking|card) is"
    r"|registered (?:to|under)|[Aa]ccount holder is"
    r"|[Mm]y (?:ex-?|former |late )?(?:husband|wife|partner|son|daughter|mother|father|mom|mum|dad|brother|sister"
    r"|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|aunt|uncle|cousin|niece|nephew|fianc[ée]e?"
    r"|girlfriend|boyfriend|spouse|roommate|flatmate|friend|colleague|boss|manager|assistant|neighbou?r|landlord"
    r"|tenant|ex),?"
    r"|\b(?:se llama|s'appelle|s’appelle|hei(?:ß|ss)t|se chama|chama-se|si chiama|nazywa si[ęe])"
    rf"|(?:[Hh]is|[Hh]er|[Tt]heir) name is|[Nn]amed)\s+(?:(?P<title>{_HONORIFIC})\s+)?{_NAME}"
)
_INTRO_HINT = (
    "name", "call me", "this is", "i am", "i'm", "i’m", "it's", "it is", "under the", "registered", "holder",
    "husband", "wife", "partner", "son", "daughter", "mother", "father", "mom", "mum", "dad", "brother", "sister",
    "grand", "friend", "colleague", "boss", "neighbo", "landlord", "tenant", "my ex", "aunt", "uncle", "cousin",
    "niece", "nephew", "fianc", "girlfriend", "boyfriend", "spouse", "mate", "manager", "assistant", "llama",
    "appelle", "heißt", "heisst", "chama", "chiama", "nazywa"
)  # fmt: skip
"""Words every name pattern needs, checked on lower-cased text first (plain substring tests: faster than one
alternation that tries every word at every position)."""
_ROLE_NAMES = re.compile(
    r"(?<![\w-])(?i:co-?founder|founder|business partner|bookkeeper|accountant|cpa|contact|employee|staff member"
    r"|office manager|director|ceo|cfo|controller|payroll manager)s?"
    r"(?:\s+(?:who|that)\s[^.,;!?\n]{1,40}?\s+is|(?:\s+is|\s*,)?)\s+"
    rf"(?P<name>{_CAP}(?:\s+{_CAP})?)(?:\s+and\s+(?P<name2>{_CAP}(?:\s+{_CAP})?))?"
)
"""A person the customer names by their role in the business: "our co-founder Daniel Reyes", "my CPA is Dana
Whitfield", "their AP contact, Nora Blake", "two of my employees, Marco and Jen" (the role word owned, see
``_ROLE_OWNER``)."""
_ROLE_OWNER = re.compile(r"\b(?:[Mm]y|[Oo]ur|[Tt]heir|[Tt]he|[Hh]is|[Hh]er)\s+(?:[A-Za-z]{2,4}\s+)?$")
_ROLE_HINT = re.compile(
    r"founder|partner|bookkeep|accountant|cpa|contact|employee|staff|manager|director|ceo|cfo|controller"
)
_WEAK_INTRO = re.compile(r"^(?:this is|i am|i'm|i’m|it's|it is)$", re.I)
_AI_NAMES = re.compile(
    r"\b(?:account|order|booking|reservation|profile|line|trip|policy|subscription|workspace)"
    r"(?: #?[A-Z0-9][A-Z0-9-]*\d[A-Z0-9-]*)? (?:is )?(?:for|under|belongs to|registered to"
    rf"|in the name of)\s+(?:(?:passenger|guest|traveller|traveler|customer)\s+)?(?P<name>{_CAP}\s+{_CAP}(?:-{_CAP})?)"
    rf"|\b(?:[Oo]wner|[Aa]ccount holder|[Pp]rimary contact|[Bb]illing contact|[Pp]olicyholder) is\s+"
    rf"(?P<holder>{_CAP}\s+{_CAP}(?:-{_CAP})?)"
    rf"|\b(?P<title>{_HONORIFIC})\s+(?P<last>{_CAP})"
)
_AI_NAME_LITERALS = (
    "account", "order", "booking", "reservation", "profile", "line", "trip", "policy", "subscription",
    "workspace", "wner", "holder", "contact",
    "Mr", "Ms", "Miss", "Mx", "Dr", "Prof", "Herr", "Frau", "Sra", "Mme",
)  # fmt: skip
"""A word every ``_AI_NAMES`` match holds (the pattern is case-sensitive; "wner" for "Owner" and "owner"): a
substring test before it."""
_CLOSING_LINE = re.compile(
    r"^(?:thanks|thank you|thanks again|regards|best regards|kind regards|best|cheers|sincerely|warm regards"
    r"|many thanks|all the best|yours|br|thx|ty|best wishes|warmly|respectfully|take care|yours sincerely"
    r"|mit freundlichen gr(?:ü|ue)(?:ß|ss)en|viele gr(?:ü|ue)(?:ß|ss)e|liebe gr(?:ü|ue)(?:ß|ss)e|cordialement"
    r"|bien (?:à|a) vous|salutations|saludos|un saludo|atentamente|cordiali saluti|distinti saluti|saluti"
    r"|atenciosamente|abra(?:ç|c)os|obrigad[oa]|gracias|merci|danke|pozdrawiam|z powa(?:ż|z)aniem"
    r"|met vriendelijke groet|saygılarımla)[,!.]*$",
    re.I,
)
_NAME_LINE = re.compile(rf"^[-–—~ ]*{_NAME}[,.]?$")
_CONTACT_LINE = re.compile(
    r"^[\s+()\d./-]{7,}$|@|^(?:tel|phone|mobile|cell)\b"
    r"|^(?:account|acct|customer|member|client|policy|order|ref|reference)\b[\w .:#-]{0,20}\d[\d .-]*$",
    re.I,
)
_NAME_WITH_LETTERS = re.compile(rf"^[-–—~ ]*{_NAME}(?:,?[ \t]+[A-Z]{{2,5}}(?:,[ \t]*[A-Z]{{2,5}})*)?[,.]?$")
"""A signature's name line, with post-nominal letters ("Gordon Fairweather ACA", "Dana Lee, CPA")."""
_SIGNATURE_LINES = 4
_ORG_LINE = re.compile(r"^[A-Z][\w&.'’-]*(?:[ \t]+(?:&|[A-Z][\w&.'’-]*)){0,5}$")
"""A line of capitalised words under a signature: the business ("Whitaker Joinery Ltd", "Liu & Partners CPA")."""
_AGENT_GREETING = re.compile(rf"^(?:Hi|Hello|Hey|Thanks|Thank you|Sorry|Dear)\s*,?\s+(?P<name>{_CAP})\s*[,!.]")
_NAME_STOP = word_list(
    "there here back sorry calling writing trying having still just really not very so also now done",
    "okay ok sure fine good great new your customer member the a an unable about regarding following",
    "contacting getting going looking waiting again afraid confused annoyed livid furious upset",
)
_COURTESY = word_list("thanks thank thx please pls cheers regards hi hello hey lol ok okay yes yeah no nope")
_CALENDAR = word_list(
    "january february march april may june july august september october november december monday",
    "tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec",
    "christmas easter halloween thanksgiving hanukkah diwali eid ramadan weekend today tomorrow",
)

_STREET = (
    r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|court|ct|place|pl|terrace|ter"
    r"|circle|cir|parkway|pkwy|highway|hwy|square|sq|crescent|close|grove|gardens|row|trail|alley|plaza)"
)
_CITY_WORD = r"(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]{2,3}(?![a-z\d]))"
"""A city or state word ("Leeds", "TX"); not the letters opening a postcode ("BS" of "BS7 8PD")."""
_CITY = (
    rf"(?:,\s*{_CITY_WORD}(?:\s+{_CITY_WORD}){{0,2}}"
    rf"|(?<!\.)[ \t]+[A-Z][a-zà-ÿ'’-]+(?:[ \t]+[A-Z][a-zà-ÿ'’-]+)?(?=[ \t]*(?:[.,;!?\n]|$)))"
)
_POSTCODE = r"(?:[A-Z]{2}\s+\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{4,5})"
_UNIT = r"(?i:apt|apartment|unit|suite|ste|flat|#)\.?\s*[\w-]+"
_STREET_ADDRESS = re.compile(
    rf"(?:(?<![\w#-])(?i:flat|apt|apartment|unit|suite)\.?\s*[A-Za-z\d]{{1,4}},?\s+)?"
    rf"(?<![\w#-])\d{{1,6}}[A-Za-z]?(?:\s+(?:[A-Za-z][\w'.-]*|\d{{1,3}}(?:st|nd|rd|th)))"
    rf"{{1,4}}?\s+(?i:{_STREET})\b\.?(?:\s+(?i:{_STREET})\b\.?)?"
    rf"(?:,?\s*{_UNIT})?{_CITY}?(?:,?\s*{_POSTCODE})?"
    rf"|(?<![\w#-])\d{{1,5}},?\s+(?i:rue|avenue|av\.|boulevard|bd|chemin|all[ée]e|calle|avenida|paseo|carrera|via"
    rf"|viale|piazza|rua|travessa|largo)\s+(?:(?:du|de|des|de la|del|della|do|da|dos|das|di)\s+)?{_CAP}"
    rf"(?:\s+{_CAP})?{_CITY}?(?:,?\s*{_POSTCODE})?"
    rf"|\b{_CAP}(?:stra(?:ß|ss)e|weg|gasse|platz|allee|ring)\s+\d{{1,4}}[a-z]?(?:,\s*\d{{5}}\s+{_CAP})?"
    rf"|\b{_UNIT}{_CITY},?\s*(?:[A-Z]{{2}}\s+\d{{5}}(?:-\d{{4}})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)",
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
_ADDRESS_HINT = re.compile(
    rf"\d\s*[a-z]?\s+(?:[\w'.-]+\s+){{0,4}}{_STREET}\b|post ?code|postal code|zip"
    r"|\b(?:apt|apartment|unit|suite|flat|rue|chemin|all[ée]e"
    r"|calle|avenida|paseo|carrera|via|viale|piazza|rua|travessa|largo)\b|strasse|straße|weg\b"
    r"|gasse|platz|address|ship|deliver|send|live at|moved to"
)
"""Cheap lower-case check that a text may hold an address before the full pattern runs."""
_CUED_POSTCODE = re.compile(
    r"\b(?i:post ?code|postal code|zip(?: ?code)?)(?:\s+(?i:is|was))?\s*:?\s*"
    r"(?P<code>[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)(?![\w-])"
)
"""A British or Canadian postcode right after its name ("Postcode NE6 5LT", "my zip is K1A 0B1"): the whole
code is the fact (a US ZIP, all digits, is read by the id cues of :mod:`copilot.analysis.fact_ids`)."""
_STREET_WORD = re.compile(rf"\b{_STREET}\b\.?", re.I)
_STREET_FIRST = re.compile(r"\d{1,5},?\s+(?i:rue|avenue|boulevard|calle|avenida|via|rua)\s+(?:[a-z]{1,3}\s+)?[A-Z]")


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    lexicon = SentimentIntensityAnalyzer().lexicon
    return frozenset({*ENGLISH_STOP_WORDS, *lexicon, *_NAME_STOP, *_CALENDAR})


@lru_cache(maxsize=8192)
def is_common_word(word: str) -> bool:
    """True for English stop words, sentiment words, greetings and calendar words: never a name or a product.
    Cached: the extractors ask about the same words for every message."""
    return word.casefold().strip(".,'’") in _common_words()


@lru_cache(maxsize=4096)
def is_function_word(word: str) -> bool:
    """True for English stop words, greetings and calendar words only (not sentiment words): the words that
    end a product name ("the Cirrus Pro for ..."), while "Protect" or "Secure" may be part of one."""
    folded = word.casefold().strip(".,'’")
    return folded in ENGLISH_STOP_WORDS or folded in _NAME_STOP or folded in _CALENDAR or folded in _COURTESY


def strip_honorific(name: str) -> str:
    """The name without a leading title ("Mr. Petrov" -> "Petrov"), for comparing two mentions of a person."""
    return re.sub(rf"^{_HONORIFIC}\s+", "", name.strip())


def find_names(text: str, *, role: str) -> list[Candidate]:
    """People's names: self-introductions, relatives and contacts, sign-offs in customer turns; in AI/agent
    turns a greeting ("Hi Dana,"), a titled name or the person an account belongs to."""
    found: list[Candidate] = []
    if role == "customer":
        lower = text.lower()
        hinted = contains_any(lower, _INTRO_HINT)
        for match in _SELF_NAMES.finditer(text) if hinted else ():
            intro = match.group(0)[: match.start("title" if match.group("title") else "name") - match.start()]
            candidate = _name_candidate(match, weak=bool(_WEAK_INTRO.match(intro.strip())), text=text)
            if candidate is not None:
                found.append(candidate)
        for match in _ROLE_NAMES.finditer(text) if _ROLE_HINT.search(lower) else ():
            if _ROLE_OWNER.search(text, max(0, match.start() - 16), match.start()) is None:
                continue
            for group in ("name", "name2"):
                candidate = _role_name(text, match, group)
                if candidate is not None:
                    found.append(candidate)
        sign_off = _sign_off_name(text)
        if sign_off is not None:
            found.append(sign_off)
        return found
    greeting = _AGENT_GREETING.match(text)
    if greeting is not None and not is_common_word(greeting.group("name")):
        found.append(Candidate("name", greeting.group("name"), greeting.start("name"), greeting.end("name")))
    for match in _AI_NAMES.finditer(text) if any(word in text for word in _AI_NAME_LITERALS) else ():
        group = "name" if match.group("name") else "holder" if match.group("holder") else "title"
        end = match.end("last") if group == "title" else match.end(group)
        if not any(is_common_word(word) for word in text[match.start(group) : end].split()[-2:]):
            found.append(Candidate("name", text[match.start(group) : end], match.start(group), end))
    return found


def _role_name(text: str, match: re.Match[str], group: str) -> Candidate | None:
    """The name in ``group`` of a ``_ROLE_NAMES`` match, without trailing common words; none when it opens with
    one ("my accountant Thanks")."""
    if not match.group(group):
        return None
    words = match.group(group).split()
    while words and is_common_word(words[-1]):
        words.pop()
    if not words or is_common_word(words[0]):
        return None
    value = " ".join(words)
    return Candidate("name", value, match.start(group), match.start(group) + len(value))


def _sign_off_name(text: str) -> Candidate | None:
    """The name an e-mail is signed with: the last line (before contact lines) when it is only a name and
    follows a closing ("Regards,", "Mit freundlichen Grüßen") or a blank line."""
    if "\n" not in text:
        return None
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
    signed = match is not None and (previous == "" or _CLOSING_LINE.match(previous) is not None)
    if not signed and len(lines) >= 3 and _CLOSING_LINE.match(lines[-3][1].strip()) and _ORG_LINE.match(last.strip()):
        # "Thanks,\nTom Whitaker\nWhitaker Joinery Ltd": the name line, then the business it signs for
        start, last = lines[-2]
        match, previous = _NAME_LINE.match(last.strip()), lines[-3][1].strip()
    if match is None or not (previous == "" or _CLOSING_LINE.match(previous)):
        match, start = _name_under_closing(lines)
        if match is None:
            return None
    words = match.group("name").split()
    if any(w.casefold() in ENGLISH_STOP_WORDS or w.casefold() in _NAME_STOP for w in words):
        return None  # sentiment words are allowed here: "Grace", "Joy" sign e-mails
    value = " ".join(words)
    position = text.index(value, start)
    return Candidate("name", value, position, position + len(value))


def _name_under_closing(lines: list[tuple[int, str]]) -> tuple[re.Match[str] | None, int]:
    """The name line right under a closing within the last lines of a signature block, whatever follows it (a
    job title, the business): "Regards,\nHelena Marsh\nFinance Director, Marsh & Keane Events"; post-nominal
    letters after the name ("Gordon Fairweather ACA") are not part of it."""
    for index in range(len(lines) - 2, max(-1, len(lines) - _SIGNATURE_LINES - 1), -1):
        if _CLOSING_LINE.match(lines[index][1].strip()):
            start, line = lines[index + 1]
            return _NAME_WITH_LETTERS.match(line.strip()), start
    return None, 0


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
    start = match.start("title") if match.group("title") else match.start("name")
    end = match.start("name") + len(" ".join(words))
    return Candidate("name", text[start:end], start, end)


def find_addresses(text: str) -> list[Candidate]:
    """Postal addresses: a house number and a street word ("12 Baker Street, Apt 4, London NW1 6XE"), with a
    capitalised street word or an address cue nearby; or the text after "ship to" / "my address is"."""
    found: list[Candidate] = []
    if HAS_DIGIT.search(text) is None:
        return found
    lower = text.lower()
    if _ADDRESS_HINT.search(lower) is None:
        return found
    cue = _ADDRESS_CUE.search(lower) is not None
    for match in _STREET_ADDRESS.finditer(text):
        value = match.group(0).rstrip(" ,.")
        street_word = _STREET_WORD.search(value)
        if street_word is None or street_word.group(0)[0].isupper() or cue or _STREET_FIRST.match(value):
            found.append(Candidate("address", value, match.start(), match.start() + len(value)))
    if "ost" in lower or "zip" in lower:
        for match in _CUED_POSTCODE.finditer(text):
            if not any(c.start <= match.start("code") < c.end for c in found):
                found.append(Candidate("address", match["code"], match.start("code"), match.end("code")))
    if not found:
        for match in _ADDRESS_AFTER_CUE.finditer(text):
            value = match.group("addr").strip(" ,.:")
            if 6 <= len(value) <= 120 and re.search(r"[A-Za-z]{3}", value):
                start = match.start("addr") + match.group("addr").index(value)
                found.append(Candidate("address", value, start, start + len(value)))
    return found
