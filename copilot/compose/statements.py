"""Find what the customer said that matters: the issue in their own words, the sentences that carry the most
information (up to eight, each with its score), and what they ask for now.

Customer turns are split into sentences, and long sentences into clauses ("let me talk to a person, I've got a
call at 11" gives both parts); greetings, small talk, pasted secrets and attempts to instruct the assistant are
left out. The sentences are scored with the cues of :mod:`copilot.compose.cues`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from copilot.compose.cues import (
    ask_score,
    asks_for_human,
    detail_score,
    is_generic_help,
    is_gratitude,
    issue_score,
    refuses,
    sentence_cues,
    states_a_wish,
)
from copilot.compose.folded import FoldedPattern
from copilot.compose.keyfacts import issue_facts
from copilot.compose.notes import is_injection
from copilot.compose.text import (
    content_stems,
    is_heated,
    is_lead_in_only,
    pick_novel,
    shouts,
    split_sentences,
    strip_lead_in,
    words,
)
from copilot.context import Analysis, Prepared
from copilot.request_memo import per_request

__all__ = [
    "Statement",
    "Statements",
    "asks_for_human",
    "read_statements",
    "says_stakes",
    "threat_clause",
    "threatens_to_leave",
]

_SMALL_TALK = re.compile(r"^(?:thanks?|thank\s+you|ok(?:ay)?|yes|yeah|no|nope|sure|fine|great|hello|hi|hey)\W*$", re.I)
_PLACEHOLDER = re.compile(r"\[[^\]]*\]")
"""A masked secret ("[card ending 4242]"): that sentence is a paste, reported as a note, not a detail."""
_CLAUSE_BREAK = re.compile(
    r",\s+(?:and\s+|but\s+|so\s+)?(?=(?:i|i'm|i've|i'd|im|ive|we|we're|we've|my|our|it|it's|its|this|that|they|"
    r"there|now|then)\b)|;\s+|\s+(?:but|because|since|although|though)\s+",
    re.IGNORECASE,
)
_TAIL_QUESTION = re.compile(
    r",\s+(?:and\s+|but\s+|so\s+)?(?=(?:can|could|will|would|is|are|do|does|should|may)\s+[^?]{3,}\?\s*$)",
    re.IGNORECASE,
)
"""A statement followed by its question ("our door is 29 inches, will it fit?"): two units, not one."""
_SPLIT_WORDS = 8
_LONG_WORDS = 20
_RECENT_TURNS = 4
_ASK_RECENCY = 0.6
_MIN_ASK_SCORE = 2.0
_MAX_DETAILS = 8
_DETAIL_MIN_SCORE = 0.5
_MIN_ASK_WORDS = 4
_MAX_STAKES = 2
_STAKES = FoldedPattern(
    r"\b(?:gift|(?:a|the|birthday|christmas|same)\s+present|birthday|anniversary|wedding|christmas|thanksgiving|"
    r"holiday|vacation|trip|travel(?:l?ing)?|overseas|abroad|hike|funeral|hospital|surgery|exam|interview|school|"
    r"work\s+from\s+home|for\s+(?:my\s+|our\s+)?work|(?:my|our)\s+(?:job|business|clients?|customers)|deadline|"
    r"month[- ]end|year[- ]end|payroll|tax\s+(?:filing|return)|filing|need\s+(?:it|them|this|one)\s+(?:by|before|for)|"
    r"by\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight))\b",
)
"""Why it matters or by when: an occasion, a trip, work or a deadline ("it's a Christmas present", "I work from
home", "I have 14 invoices to send before month end"), which the agent weighs when choosing what to offer."""
_RIVAL = r"[A-Z][\w&.-]*"  # a name: case-sensitive, so "moving to my old address" is no rival
_TO = r"(?i:(?:\s+\w+){0,3}?\s+(?:to|for|into)\s+(?:the\s+)?)"  # "switching to", "moving everything to"
_MOVE = r"(?i:switch\w*|mov(?:e|ing)|going|leav(?:e|ing))"
_CONDITION = r"(?i:\b(?:or|unless|otherwise)\b[^.!?]{0,40}?\b)"  # "fix it today or I'm switching to ..."
_IF_THEN = r"(?i:\bif\b[^.!?]{3,60}?\b(?:i'?m|i\s+will|i'?ll|we'?re|we'?ll)\s+)"  # "if ... I'm moving to ..."
_INTENT = r"(?i:\b(?:(?:about|close|ready|going)\s+to|gonna|considering|thinking\s+(?:of|about))\s+)"
_WALK = r"(?i:walk\w*(?=\s+into))"  # "this close to walking into the T-Mobile store"
_LEAVING = re.compile(
    "|".join(
        (
            f"{_CONDITION}{_MOVE}{_TO}{_RIVAL}",
            f"{_IF_THEN}{_MOVE}{_TO}{_RIVAL}",
            f"{_INTENT}(?:{_MOVE}|{_WALK}){_TO}{_RIVAL}",
            r"(?i:\b(?:i'?m|we'?re|i\s+am|we\s+are)\s+(?:so\s+)?done\s+with\s+)(?:you\b|[A-Z]\w+)",
            r"(?i:\b(?:i'?m|we'?re|i\s+am|we\s+are)\s+(?:so\s+)?done\s+(?:buying|ordering|shopping)\s+(?:from|at|with)\s+)\w+",
            r"(?i:\bnever\s+(?:order|shop|buy|use)\w*\b[^.!?]{0,40}\bagain\b)",
            r"(?i:\b(?:will\s+not|won'?t)\s+be\s+(?:booking|ordering|buying|shopping|using)\b[^.!?]{0,40}\bagain\b)",
            r"(?i:\bstop\s+(?:shopping|ordering|buying)\s+(?:with|from|at)\b)",
            r"(?i:\b(?:i'?ll|i\s+will|we'?ll|we\s+will)\s+(?:just\s+)?(?:cancel|leave|switch)(?:\s+(?:today|now|then))?"
            r"\s+and\s+go\b)",
            r"(?i:(?:\b(?:about|ready|going)\s+to|\bgonna|\bor\s+(?:i'?m|i\s+will|i'?ll|we'?re|we'?ll))\s+"
            r"(?:just\s+)?(?:cancel\w*|clos(?:e|ing)\s+(?:my|our|the)\s+account|leav(?:e|ing)\s+(?:you|for))\b)",
        )
    )
)
"""A customer threatening to leave: switching to a named competitor after a condition or an intention ("fix it
today or I'm switching to Spectrum", "this close to walking into the T-Mobile store"), being done with the
company or with buying from it ("i'm done buying from X after this"), never ordering again, or about to cancel.
A plain move ("we're moving to Lisbon") is none."""
_LEAVING_WORDS = ("switch", "mov", "going", "leav", "walk", "done", "never", "stop", "cancel", "clos", "again")
"""Every reading of :data:`_LEAVING` has one of these in lower case: an ASCII sentence without any is no threat."""
_PERSON_PURPOSE = re.compile(
    r"\b(?:person|human|agent|someone|somebody|representative|rep|manager|supervisor|staff|specialist|"
    r"technician|engineer)\s+(?:who\s+(?:can|could|will)\s+|to\s+)(?!(?:talk|speak|chat)\b)([^.!?]{8,})",
    re.IGNORECASE,
)
"""What a person is asked for ("can I get a real person to put me on the 18:05 now"): the ask itself, beside
the ask for a person."""
_PURPOSE_BONUS = 1.0
_ADD_ON = re.compile(r"(?:and|also|plus|oh\s+and|btw)\b", re.IGNORECASE)
"""An ask that opens with "and" or "also" ("and can you still do the Plus price") adds to the main one."""
_ADD_ON_PENALTY = 0.5
_ISSUE_TURNS = 8  # the issue comes in the first turns; later ones are mostly about the bot
_DETAIL_TURNS = 40  # details may come late ("the app shows 14 disconnects since 6pm"); bounded for speed


class Statement(NamedTuple):
    """One customer sentence and the message it comes from (a named tuple: one is built for every customer
    sentence of a request, and a frozen dataclass costs twice as much to build)."""

    text: str
    message_id: str
    position: int  # message index in the transcript
    score: float = 0.0  # how much concrete information it carries (details only)
    sentence: int = 0  # sentence index within its message

    @property
    def order(self) -> float:
        """Transcript order of the sentence (message, then sentence within it)."""
        return self.position + self.sentence / 1000


@dataclass(frozen=True)
class Statements:
    """What the customer said: the issue, supporting details (transcript order, each with its score), and their
    current ask."""

    issue: Statement | None
    details: tuple[Statement, ...]
    want: Statement | None
    human_request: Statement | None  # their latest ask for a person, if any
    refusal: Statement | None = None  # their latest refused wish ("I don't want to pay the fee"), if any
    stakes: tuple[Statement, ...] = ()  # why it matters or by when, when no detail says it (transcript order)
    threat: Statement | None = None  # their latest threat to leave ("fix it today or I'm switching to X"), if any


def read_statements(prepared: Prepared, analysis: Analysis) -> Statements:
    """Pick the customer's issue statement, up to two details and their latest ask from the transcript."""
    sentences = _customer_sentences(prepared, _DETAIL_TURNS)
    fact_values = [f.value.lower() for f in issue_facts(analysis.facts)]
    intent_stems = content_stems(f"{analysis.intent.label.replace('_', ' ')} {analysis.intent.description}")
    first_turn = min((s.position for s in sentences), default=0)
    early = {m.id for m in prepared.customer_messages[:_ISSUE_TURNS]}
    early_sentences = [s for s in sentences if s.message_id in early]
    scored = sorted(
        ((issue_score(s.text, fact_values, intent_stems, s.position == first_turn), s) for s in early_sentences),
        key=lambda pair: (-pair[0], pair[1].position),
    )
    issue = scored[0][1] if scored and scored[0][0] > 0 else None
    want, human, refusal = _current_ask(prepared, issue)
    every_value = [f.value.lower() for f in analysis.facts]
    details = _details(sentences, issue, want, every_value, intent_stems)
    stakes = _stakes(sentences, (issue, want, *details))
    threat = next((s for s in reversed(sentences) if threatens_to_leave(s.text)), None)
    return Statements(
        issue=issue, details=details, want=want, human_request=human, refusal=refusal, stakes=stakes, threat=threat
    )


def _customer_sentences(prepared: Prepared, turns: int) -> list[Statement]:
    return [
        Statement(text=text, message_id=message.id, position=message.index, sentence=number)
        for message in prepared.customer_messages[:turns]
        for number, text in _informative_sentences(message.text)
    ]


@per_request
def _informative_sentences(message: str) -> tuple[tuple[int, str], ...]:
    """The sentences of a customer turn worth scoring, each with its index (cached per text): no greeting,
    small talk or pasted secret, and none at all in an attempt to instruct the assistant (reported as a note)."""
    if is_injection(message):
        return ()
    found = []
    for number, sentence in enumerate(_clauses(message)):
        text = strip_lead_in(sentence)
        if text and not (is_lead_in_only(sentence) or _SMALL_TALK.match(text) or _PLACEHOLDER.search(text)):
            found.append((number, text))
    return tuple(found)


def _details(
    sentences: list[Statement],
    issue: Statement | None,
    want: Statement | None,
    fact_values: list[str],
    intent_stems: frozenset[str],
) -> tuple[Statement, ...]:
    """Up to six other sentences with concrete information (facts, numbers, what went wrong, what the customer
    already did), none a rewording of the issue or of each other, nor the current ask; best first is how they
    are chosen, transcript order is how they are returned (each carries its score)."""
    if issue is None:
        return ()
    candidates = []
    skipped = {(issue.message_id, issue.text), *(() if want is None else ((want.message_id, want.text),))}
    for statement in sentences:
        if (statement.message_id, statement.text) in skipped or sentence_cues(statement.text).human:
            continue
        lowered = statement.text.lower()
        present = [value for value in fact_values if value and value in lowered]
        if present:
            rest = content_stems(_without(lowered, fact_values))
        else:  # an ASCII sentence has the stems of its lower case, already read by the scorers
            rest = content_stems(statement.text if statement.text.isascii() else lowered)
        if not rest:
            continue  # "Tracking # 1Z999..." adds nothing to the facts
        score = detail_score(statement.text, present, intent_stems, len(rest))
        if score >= _DETAIL_MIN_SCORE:
            candidates.append(
                Statement(statement.text, statement.message_id, statement.position, score, statement.sentence)
            )
    ordered = sorted(candidates, key=lambda s: (-s.score, s.position))
    chosen = pick_novel(ordered, lambda s: s.text, content_stems(issue.text), _MAX_DETAILS)
    return tuple(sorted(chosen, key=lambda s: s.order))


def _stakes(sentences: list[Statement], chosen: tuple[Statement | None, ...]) -> tuple[Statement, ...]:
    """Up to two sentences saying why the case matters or by when (an occasion, a trip, work, a deadline) that
    the issue, the ask and the details do not already include; first said first."""
    if chosen[0] is None:  # no issue: no details either, and the summary quotes the first message
        return ()
    taken = {(s.message_id, s.text) for s in chosen if s is not None}
    found = [s for s in sentences if (s.message_id, s.text) not in taken and says_stakes(s.text)]
    return tuple(found[:_MAX_STAKES])


def says_stakes(text: str) -> bool:
    """An occasion, a trip, work or a deadline in a sentence of some substance (not memoised: each
    sentence is asked about once or twice per package, a memo lookup would cost as much)."""
    return _STAKES.found(text) and len(content_stems(text)) >= 2


def threatens_to_leave(text: str) -> bool:
    """A customer sentence threatening to take their business elsewhere (not memoised: each sentence is asked
    once per package, and the literal gate is cheaper than a memo lookup); the agent weighs a
    customer about to leave differently."""
    if text.isascii():
        lowered = text.lower()
        if not any(word in lowered for word in _LEAVING_WORDS):
            return False
    return bool(_LEAVING.search(text))


_CLAUSE_START = re.compile(r"[,;:]\s+|\s+[-–—]\s+")


def threat_clause(text: str) -> str:
    """The part of a sentence that carries its threat to leave: from the last clause break before the first threat
    to the end of the last one ("absolute garbage, I'm done with Northwind" -> "I'm done with Northwind";
    "... walking into the T-Mobile store across the street" ends at "T-Mobile"); ``text`` when there is none."""
    found = list(_LEAVING.finditer(text))
    if not found:
        return text
    starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, found[0].start())]
    return text[starts[-1] if starts else 0 : found[-1].end()]


def _same(statement: Statement, other: Statement | None) -> bool:
    """The same sentence of the same message (however it was scored)."""
    return other is not None and (statement.message_id, statement.text) == (other.message_id, other.text)


def _current_ask(
    prepared: Prepared, issue: Statement | None
) -> tuple[Statement | None, Statement | None, Statement | None]:
    """Scan the last customer turns for their most substantive ask, their latest ask for a person and their
    latest refused wish ("I don't want to pay the fee": not an ask, but what the agent must not offer)."""
    want: tuple[float, Statement] | None = None
    human: Statement | None = None
    refusal: Statement | None = None
    recent = prepared.customer_messages[-_RECENT_TURNS:]
    for age, message in enumerate(reversed(recent)):
        for text, for_human, wish_score in _ask_readings(message.text):
            statement = Statement(text=text, message_id=message.id, position=message.index)
            if for_human:
                human = human or statement
            elif wish_score is not None and not _same(statement, issue) and not threatens_to_leave(text):
                score = wish_score + _ASK_RECENCY * (len(recent) - 1 - age)
                if score >= _MIN_ASK_SCORE and (want is None or score > want[0]):
                    want = (score, statement)
            elif refusal is None and refuses(text) and _substantive(text) and not _same(statement, issue):
                refusal = statement
    return (want[1] if want else None), human, refusal


@per_request
def _ask_readings(message: str) -> tuple[tuple[str, bool, float | None], ...]:
    """The sentences of a customer turn, last first, each with whether it asks for a person and, for a
    substantive wish, its ask score (None otherwise). Cached per text."""
    readings = []
    for sentence in reversed(_clauses(message)):
        text = strip_lead_in(sentence)
        for_human = asks_for_human(text)
        wish = (
            not for_human
            and states_a_wish(text)
            and _substantive(text)
            and not is_generic_help(text)
            and not is_gratitude(text)
        )
        score = ask_score(text) - (_ADD_ON_PENALTY if _ADD_ON.match(text) else 0.0) if wish else None
        readings.append((text, for_human, score))
        purpose = _PERSON_PURPOSE.search(text) if for_human else None
        if purpose is not None and _substantive(purpose.group(1)):  # what the person is asked to do
            readings.append((purpose.group(1), False, ask_score(purpose.group(1)) + _PURPOSE_BONUS))
    return tuple(readings)


@per_request
def _clauses(text: str) -> tuple[str, ...]:
    """Sentences of a turn; a long one, or one that asks for a person, is split at its clause boundaries, so
    "let me talk to a person, I've got a call at 11 and need this fixed today" still yields the second part."""
    found: list[str] = []
    for whole in split_sentences(text):
        # the tail question needs a comma and a question mark: most sentences have neither
        head, *question = _TAIL_QUESTION.split(whole, maxsplit=1) if "," in whole and "?" in whole else (whole,)
        found += [head.strip(" ,")] if question else []
        sentence = question[0] if question else whole
        size = len(words(sentence))
        if size > _LONG_WORDS or (size > _SPLIT_WORDS and asks_for_human(sentence)):
            found += [part.strip() for part in _CLAUSE_BREAK.split(sentence) if part.strip()]
        else:
            found.append(sentence)
    return tuple(found)


def _substantive(text: str) -> bool:
    """An ask worth reporting has a few words and some content, and is not an outburst ("OMG YES PLEASE",
    "ARE YOU EVEN READING THIS???")."""
    if is_heated(text) or shouts(text):
        return False
    return len(words(text)) >= _MIN_ASK_WORDS and len(content_stems(text)) >= 2


def _without(lowered: str, values: list[str]) -> str:
    for value in values:
        if value:
            lowered = lowered.replace(value, " ")
    return lowered
