"""Find what the customer said that matters: the issue in their own words, up to two supporting details, and
what they ask for now.

Sentences of customer turns are scored with cues that carry across domains (facts they contain, problem
words, overlap with the predicted intent's label and description, position in the conversation), never with a
list of a particular domain's phrases. A few cue words exist for each language with templates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from copilot.compose.keyfacts import issue_facts
from copilot.compose.text import content_stems, is_heated, shouts, split_sentences, strip_lead_in, words
from copilot.context import Analysis, Prepared

__all__ = ["Statement", "Statements", "asks_for_human", "read_statements"]

_PROBLEM = re.compile(
    r"\b(?:not|never|no|nothing|cannot|can't|cant|won't|wont|didn't|didnt|doesn't|doesnt|isn't|wasn't|haven't|"
    r"hasn't|hasnt|aren't|still|stuck|broken|broke|wrong|missing|lost|late|error|fail\w*|crash\w*|charged|"
    r"damaged|cracked|declined|problem|issue|unable|locked|delay\w*|refund\w*|cancel\w*|return\w*|"
    r"nunca|nada|roto|problema|pas|jamais|aucun|probl[eè]me|erreur|nicht|kein\w*|nie|fehler|kaputt|"
    r"n[aã]o|erro)\b",
    re.IGNORECASE,
)
_ATTEMPT_FEEDBACK = re.compile(
    r"\b(?:tried|already|(?:did|done)\s+(?:all\s+)?(?:that|this|it)|(?:did|does|do)(?:n't|\s+not)\s+(?:work|help)|"
    r"that\s+(?:didn't|did\s+not|doesn't)|same\s+(?:thing|result)|still\s+the\s+same)\b"
    r"|^(?:i\s+)?(?:asked|checked|called|contacted|restarted|reset|cleared|reinstalled|updated|followed|sent)\b",
    re.IGNORECASE,
)
"""The customer reporting what they already did (a detail worth passing on, not the issue itself)."""
_HUMAN = re.compile(
    r"\b(?:human|agent|person|people|representative|rep|operator|supervisor|manager|staff|someone|somebody|"
    r"anyone|humano|agente|persona|humain|conseiller|mensch\w*|mitarbeiter\w*|pessoa|atendente)\b",
    re.IGNORECASE,
)
_HUMAN_ASK = re.compile(
    r"\b(?:(?:talk|speak|chat|text)\s+(?:to|with)|(?:get|give|connect|transfer|put|pass)\s+me|want|need|like|"
    r"can\s+i|let\s+me|escalat\w*|please|now|real|live|actual|hablar|quiero|parler|veux|voudrais|sprechen|"
    r"m[öo]chte|falar|quero)\b",
    re.IGNORECASE,
)
_BARE_ASK_WORDS = 4  # "agent", "human please", "real person now" ask by themselves
_WANT = re.compile(
    r"\b(?:i\s+(?:just\s+)?(?:want|need|expect|demand|would\s+like)|i'd\s+like|i\s+would\s+prefer|please|"
    r"can\s+(?:you|i|u)|could\s+(?:you|i)|would\s+you|give\s+me|send\s+me|refund|replace\w*|cancel\w*|"
    r"money\s+back|compensat\w*|quiero|necesito|por\s+favor|pueden?|je\s+veux|je\s+voudrais|j'aimerais|"
    r"pouvez|s'il\s+(?:vous|te)\s+pla[iî]t|ich\s+(?:will|m[öo]chte|brauche)|bitte|k[öo]nnen\s+sie|quero|"
    r"preciso|gostaria|poderia|pode)\b|\?",
    re.IGNORECASE,
)
_SMALL_TALK = re.compile(r"^(?:thanks?|thank\s+you|ok(?:ay)?|yes|yeah|no|nope|sure|fine|great|hello|hi|hey)\W*$", re.I)
_GENERIC_HELP = re.compile(
    r"^(?:hi\W+)?(?:i\s+(?:just\s+)?(?:need|want|would\s+like)\s+(?:some\s+)?help|can\s+(?:you|someone)\s+help|"
    r"i\s+have\s+(?:a|an)\s+(?:question|problem|issue)\b)",
    re.IGNORECASE,
)
"""Openers that announce a problem without saying it ("I need help with an order please")."""
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|my|me|we|our|us)\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_DURATION = re.compile(
    r"\b(?:for|since|in|over)\s+(?:a|an|\d+|one|two|three|four|five|six|several|many|few)\s+"
    r"(?:minutes?|hours?|days?|weeks?|months?)\b|\b\d+\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\b",
    re.IGNORECASE,
)
_RECENT_TURNS = 4
_MAX_DETAILS = 2
_DETAIL_MIN_SCORE = 1.0
_MIN_DETAIL_STEMS = 3
_MAX_OVERLAP = 0.6
_MIN_ASK_WORDS = 4
_ISSUE_TURNS = 8  # the issue and its details come in the first turns; later ones are mostly about the bot


@dataclass(frozen=True)
class Statement:
    """One customer sentence and the message it comes from."""

    text: str
    message_id: str
    position: int  # message index in the transcript


@dataclass(frozen=True)
class Statements:
    """What the customer said: the issue, supporting details (transcript order), and their current ask."""

    issue: Statement | None
    details: tuple[Statement, ...]
    want: Statement | None
    human_request: Statement | None  # their latest ask for a person, if any


def asks_for_human(text: str) -> bool:
    """True when a sentence asks for a person: a person word with a request ("let me talk to a human"), or
    next to nothing else ("agent please"). "I asked the building manager" is not such a request."""
    if not _HUMAN.search(text):
        return False
    return bool(_HUMAN_ASK.search(text)) or len(words(text)) <= _BARE_ASK_WORDS


def read_statements(prepared: Prepared, analysis: Analysis) -> Statements:
    """Pick the customer's issue statement, up to two details and their latest ask from the transcript."""
    sentences = _customer_sentences(prepared)
    fact_values = [f.value.lower() for f in issue_facts(analysis.facts)]
    intent_stems = content_stems(f"{analysis.intent.label.replace('_', ' ')} {analysis.intent.description}")
    first_turn = min((s.position for s in sentences), default=0)
    scored = sorted(
        ((_issue_score(s, fact_values, intent_stems, first_turn), s) for s in sentences),
        key=lambda pair: (-pair[0], pair[1].position),
    )
    issue = scored[0][1] if scored and scored[0][0] > 0 else None
    want, human = _current_ask(prepared, issue)
    every_value = [f.value.lower() for f in analysis.facts]
    details = _details(sentences, issue, want, every_value, intent_stems)
    return Statements(issue=issue, details=details, want=want, human_request=human)


def _customer_sentences(prepared: Prepared) -> list[Statement]:
    found: list[Statement] = []
    for message in prepared.customer_messages[:_ISSUE_TURNS]:
        for sentence in split_sentences(message.text):
            text = strip_lead_in(sentence)
            if text and not _SMALL_TALK.match(text):
                found.append(Statement(text=text, message_id=message.id, position=message.index))
    return found


@dataclass(frozen=True)
class _Cues:
    """The cue-pattern results of one sentence, computed once per sentence (both scorers read them)."""

    words: int
    problem: bool
    first_person: bool
    digit: bool
    duration: bool
    feedback: bool
    generic_help: bool
    human: bool


@lru_cache(maxsize=2048)
def _cues(text: str) -> _Cues:
    return _Cues(
        words=len(words(text)),
        problem=bool(_PROBLEM.search(text)),
        first_person=bool(_FIRST_PERSON.search(text)),
        digit=bool(_DIGIT.search(text)),
        duration=bool(_DURATION.search(text)),
        feedback=bool(_ATTEMPT_FEEDBACK.search(text)),
        generic_help=bool(_GENERIC_HELP.match(text)),
        human=asks_for_human(text),
    )


def _issue_score(statement: Statement, fact_values: list[str], intent_stems: frozenset[str], first_turn: int) -> float:
    text = statement.text
    cues = _cues(text)
    lowered = text.lower()
    facts_here = sum(1 for value in fact_values if value and value in lowered)
    score = 2.0 * facts_here + min(3, len(content_stems(text) & intent_stems))
    score += 1.0 if cues.problem else 0.0
    score += 0.5 if cues.first_person else 0.0
    score += 0.5 if cues.digit else 0.0
    score += 1.0 if statement.position == first_turn else 0.0
    score -= 2.0 if cues.words < 3 else 1.0 if cues.words > 40 else 0.0
    score -= 2.0 if cues.human and not facts_here else 0.0
    score -= 1.5 if cues.feedback else 0.0
    score -= 1.5 if cues.generic_help else 0.0
    return score


def _details(
    sentences: list[Statement],
    issue: Statement | None,
    want: Statement | None,
    fact_values: list[str],
    intent_stems: frozenset[str],
) -> tuple[Statement, ...]:
    """Up to two other sentences with concrete information (facts, numbers, what went wrong, what the customer
    already did), none a rewording of the issue or of each other, nor the current ask."""
    if issue is None:
        return ()
    candidates = []
    for statement in sentences:
        if statement in (issue, want) or _cues(statement.text).human:
            continue
        if len(content_stems(_without(statement.text, fact_values))) < _MIN_DETAIL_STEMS:
            continue  # "I already checked it." or "Tracking # 1Z999..." add nothing to the facts
        score = _detail_score(statement.text, fact_values, intent_stems)
        if score >= _DETAIL_MIN_SCORE:
            candidates.append((score, statement))
    chosen: list[Statement] = []
    covered = content_stems(issue.text)
    for _, statement in sorted(candidates, key=lambda pair: (-pair[0], pair[1].position)):
        stems = content_stems(statement.text)
        if len(stems & covered) / max(1, len(stems)) < _MAX_OVERLAP:
            chosen.append(statement)
            covered |= stems
        if len(chosen) == _MAX_DETAILS:
            break
    return tuple(sorted(chosen, key=lambda s: s.position))


def _detail_score(text: str, fact_values: list[str], intent_stems: frozenset[str]) -> float:
    cues = _cues(text)
    lowered = text.lower()
    score = 1.5 * sum(1 for value in fact_values if value and value in lowered)
    score += sum(1.0 for cue in (cues.digit, cues.duration, cues.problem, cues.feedback) if cue)
    return score + min(2, len(content_stems(text) & intent_stems))


def _current_ask(prepared: Prepared, issue: Statement | None) -> tuple[Statement | None, Statement | None]:
    """Scan the last customer turns, newest first, for a substantive ask and for an ask for a person."""
    want: Statement | None = None
    human: Statement | None = None
    for message in reversed(prepared.customer_messages[-_RECENT_TURNS:]):
        for sentence in reversed(split_sentences(message.text)):
            text = strip_lead_in(sentence)
            statement = Statement(text=text, message_id=message.id, position=message.index)
            if asks_for_human(text):
                human = human or statement
            elif want is None and statement != issue and _WANT.search(text) and _substantive(text):
                want = statement
    return want, human


def _substantive(text: str) -> bool:
    """An ask worth reporting has a few words and some content, and is not an outburst ("OMG YES PLEASE",
    "ARE YOU EVEN READING THIS???")."""
    if is_heated(text) or shouts(text):
        return False
    return len(words(text)) >= _MIN_ASK_WORDS and len(content_stems(text)) >= 2


def _without(text: str, values: list[str]) -> str:
    lowered = text.lower()
    for value in values:
        if value:
            lowered = lowered.replace(value, " ")
    return lowered
