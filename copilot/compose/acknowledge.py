"""What the first message acknowledges besides the issue: the customer's details and current ask addressed back
to them, and the facts they gave ("noted 77 Linden Avenue and $16.50").

Details are told back in English only (the customer's words are reused): a full statement becomes "that your
tracking has been stuck for 6 days", a question says what they want ("that you'd like to swap for a 9.5"), a
fragment is mentioned ("where you mentioned 4 lines on unlimited plus"). Sarcasm, outbursts, pasted secrets,
complaints about repeating themselves and bare facts with a label are not told back. Facts are listed when the
message does not name them already: one phone, e-mail and address at most (the latest), one date from the customer
and one the assistant confirmed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from copilot.compose.folded import FoldedPattern
from copilot.compose.keyfacts import acknowledged_facts
from copilot.compose.reflect import Clause, customer_clause, customer_fragment
from copilot.compose.statements import Statements
from copilot.compose.text import content_stems, word_count
from copilot.context import Analysis, Prepared
from copilot.schema import CustomerFact

__all__ = ["Told", "details_to_tell", "facts_to_note", "told_back", "unsaid"]

_MIN_DETAIL_WORDS = 4
_MIN_DETAIL_SCORE = 1.2
_REPEATING = FoldedPattern(
    r"\b(?:ask(?:ed|ing)?|told|tell(?:ing)?|sa(?:id|ying)|repeat\w*|explain\w*)\b.*\b(?:again|times?|twice)\b"
    r"|\b(?:again|times?|twice)\b.*\b(?:ask(?:ed|ing)?|told|tell(?:ing)?|sa(?:id|ying)|repeat\w*|explain\w*)\b",
)
"""Complaints about repeating themselves ("this is the third time I ask") are answered by the message itself,
not told back as a detail."""
_APOLOGY = re.compile(
    r"\W*(?:(?:i'?m\s+|i\s+am\s+)?(?:so\s+|very\s+|really\s+)?(?:sorry|apologies)|i\s+apologi[sz]e|excuse\s+(?:me|my))\b",
    re.IGNORECASE,
)
"""The customer's own apology ("sorry my english not so good", "I'm sorry if this isn't the right place to ask") is
politeness, not a detail to tell back."""
_THANKS = re.compile(r"\W*(?:(?:i|we)\s+(?:really\s+|do\s+)?appreciate|thanks?\b|thank\s+you|cheers\b|ta\b)", re.I)
"""The customer's thanks ("I appreciate the help, I do") is politeness, like an apology: told back ("including
that you appreciate the help") it reads as the agent thanking itself."""
_FRAGMENT_WORDS = 10
_WANT_SCORE = 3.0  # what the customer asks for now is told back before most details
_MAX_DETAILS = 2
_ONE_OF = frozenset({"date", "phone", "email", "address"})
_MIN_DETAIL_STEMS = 2
_BARE_FACT_STEMS = 2  # "where you mentioned account number is ..." + the fact: nothing new
_NON_ALNUM = re.compile(r"[\W_]+")
_ROOT = 4  # "drop" and "drops" share a root
_YEAR = re.compile(r",?\s*(?:19|20)\d\d$")
"""A date's year: "Oct 2, 2026" is said when "Oct 2" is."""
_DIGIT = re.compile(r"\d")
_PART_BREAK = re.compile(
    r",\s+(?:and\s+|but\s+|so\s+)?(?=(?:i|i'm|i've|my|it|it's|its|this|that|they|she|he|we|our|the|now)\b)",
    re.IGNORECASE,
)
"""Where a long sentence turns to a new clause with its own subject ("..., she needs a wheelchair")."""
_IMPERATIVE = re.compile(
    r"(?:put|send|book|rebook|move|change|cancel|refund|fix|check|switch|remove|add|waive|transfer|reset|unlock|"
    r"restore|replace|reconnect|reactivate|credit|apply|update|close|reverse|resend|arrange)\s+\w",
    re.IGNORECASE,
)
"""A request said as a bare imperative ("put me on the 18:05 now", "waive the fee"): told back as a request to
us ("that you'd like us to put you on the 18:05 now")."""


@dataclass(frozen=True)
class Told:
    """A customer statement addressed back to them ("your order A-1234 never arrived", "that you'd like a
    refund", "where you mentioned 4 lines on unlimited plus"), where it came from and how much it tells."""

    text: str
    is_problem: bool
    source: str  # issue | detail
    score: float = 0.0
    core: str = ""  # the customer's words as addressed back, without the lead ("that", "where you mentioned")
    is_want: bool = False  # what the customer asks for now


def facts_to_note(analysis: Analysis, prepared: Prepared, primary: list[CustomerFact]) -> list[CustomerFact]:
    """The other facts the customer gave, to acknowledge them ("noted 77 Linden Avenue"). One date, phone,
    e-mail and address at most, the latest: a list of dates tells the customer little, the latest is the current
    plan, and of two addresses or numbers the later one is the correction ("put 60614, should be 60641"). The
    customer's date and the one the assistant confirmed are often the case itself ("paid on Nov 9" and "received
    Nov 12"), so the assistant's latest date does not replace the customer's: one date from each side."""
    named = {f.value.lower() for f in primary}
    extra = [f for f in acknowledged_facts(analysis.facts, prepared) if f.value.lower() not in named]
    one_of = [f for f in extra if f.type in _ONE_OF]
    if not one_of:
        return extra
    sides = {id(f): _side(f, prepared) for f in one_of}
    latest: dict[tuple[str, bool], CustomerFact] = {}
    for fact in sorted(one_of, key=lambda f: _position(f, prepared)):
        latest[fact.type, sides[id(fact)]] = fact
    return [f for f in extra if f.type not in _ONE_OF or latest[f.type, sides[id(f)]] is f]


def _side(fact: CustomerFact, prepared: Prepared) -> bool:
    """For a date: True when the customer wrote it, False when the assistant did. Other facts have one side: of
    two addresses the later one is the one in force, whoever wrote it."""
    if fact.type != "date":
        return True
    message = prepared.by_id.get(fact.message_id or "")
    return message is not None and message.role == "customer"


def _position(fact: CustomerFact, prepared: Prepared) -> tuple[int, int]:
    """Where the fact was given: its turn, then where in the turn's text."""
    message = prepared.by_id.get(fact.message_id or "")
    if message is None:
        return (-1, -1)
    return (message.index, message.text.find(fact.value))


def unsaid(facts: list[CustomerFact], said: str) -> list[CustomerFact]:
    """The facts whose value the message does not already carry (format-tolerant; a date without its year)."""
    carried = _compact(said)
    return [f for f in facts if _compact(_without_year(f) if f.type == "date" else f.value) not in carried]


def _without_year(fact: CustomerFact) -> str:
    """A date without its year when a day is left ("Oct 2" of "Oct 2, 2026"; "March 2027" stays whole)."""
    short = _YEAR.sub("", fact.value)
    return short if _DIGIT.search(short) else fact.value


def details_to_tell(
    clauses: list[Told], opening: str, budget: int, values: list[str], want_budget: int | None = None
) -> list[Told]:
    """One or two details to name, most telling first, that the opening does not already say, and that say more
    than a fact the message names anyway ("account number is 2290 415 663").

    What the customer asks for now may use ``want_budget`` words when it is the first detail named: it is what
    the agent answers, so it is worth the room a side detail would take (even in a text message)."""
    chosen: list[Told] = []
    compact_opening = _compact(opening)
    telling = (c for c in clauses if c.source == "detail" and c.score >= _MIN_DETAIL_SCORE)
    for clause in sorted(telling, key=lambda c: (not c.is_want, -c.score)):
        size = word_count(clause.text)
        room = max(budget, want_budget or 0) if clause.is_want and not chosen else budget
        if (
            size > room
            or _compact(clause.text) in compact_opening
            or _repeats(clause.core or clause.text, opening)
            or len(content_stems(clause.core or clause.text)) < (1 if clause.is_want else _MIN_DETAIL_STEMS)
            or _bare_fact(clause.core or clause.text, values)
        ):
            continue
        chosen.append(clause)
        budget = min(budget, room - size)
        if len(chosen) == _MAX_DETAILS or budget < _MIN_DETAIL_WORDS:
            break
    return chosen


def _repeats(text: str, said: str) -> bool:
    """True when most of the detail's topical words are already in the message ("it'll drop again in 20 min"
    after "your internet drops out every 20 min"): telling it back would only say the same thing twice."""
    stems = {stem[:_ROOT] for stem in content_stems(text)}
    return bool(stems) and len(stems & {stem[:_ROOT] for stem in content_stems(said)}) * 2 >= len(stems)


def _bare_fact(text: str, values: list[str]) -> bool:
    """A fact with a label and little else: the message names the fact itself."""
    lowered = text.lower()
    found = [v for v in values if v and v.lower() in lowered]
    for value in found:
        lowered = lowered.replace(value.lower(), " ")
    return bool(found) and len(content_stems(lowered)) <= _BARE_FACT_STEMS


def _compact(text: str) -> str:
    return _NON_ALNUM.sub("", text.lower())


def _clause_of_part(sentence: str, protected: list[str]) -> Clause | None:
    """A sentence too long to tell back whole, by its part that states the problem ("I'm calling about my mother's
    flight tomorrow, she needs a wheelchair and the app still says the request was sent" -> "she needs a
    wheelchair and the app still says ..."); None when no part does: a part that is background or a fragment
    ("the kayana in seminyak, checked out oct 19") would not name the issue."""
    parts = _PART_BREAK.split(sentence)
    if len(parts) < 2:
        return None
    clauses = (customer_clause(p, protected) for p in parts if word_count(p) >= _MIN_DETAIL_WORDS)
    return next((c for c in clauses if c is not None and c.is_problem), None)


def _polite(text: str) -> bool:
    """True for the customer's apology or thanks: politeness, not a detail to tell back."""
    return bool(_APOLOGY.match(text) or _THANKS.match(text))


def told_back(analysis: Analysis, statements: Statements) -> list[Told]:
    """The issue, what the customer wants now and their details, addressed back to them, in that order (for
    English messages: the customer's own English words are reused)."""
    if statements.issue is None:
        return []
    protected = [f.value for f in analysis.facts]
    found = []
    issue = customer_clause(statements.issue.text, protected) or _clause_of_part(statements.issue.text, protected)
    if issue is not None:
        found.append(Told(issue.text, issue.is_problem, "issue"))
    want = statements.want
    if want is not None and (statements.issue.message_id, statements.issue.text) != (want.message_id, want.text):
        wish = customer_clause(want.text, protected)
        if wish is None and _IMPERATIVE.match(want.text):  # "put me on the 18:05": a request to us
            wish = customer_clause(f"can you {want.text}", protected)
        if wish is not None and wish.text != (issue.text if issue else ""):
            found.append(Told(f"that {wish.text}", wish.is_problem, "detail", _WANT_SCORE, wish.text, is_want=True))
    for detail in (d for d in statements.details if not _REPEATING.found(d.text) and not _polite(d.text)):
        clause = customer_clause(detail.text, protected)
        if clause is not None:  # a side question is part of what the customer wants now
            score = max(detail.score, _WANT_SCORE) if clause.asks else detail.score
            found.append(Told(f"that {clause.text}", clause.is_problem, "detail", score, clause.text, clause.asks))
            continue
        fragment = customer_fragment(detail.text, protected, _FRAGMENT_WORDS)  # "4 lines on unlimited plus"
        if fragment is not None:
            found.append(Told(f"where you mentioned {fragment}", False, "detail", detail.score, fragment))
    return found
