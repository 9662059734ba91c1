"""The summary for the agent: a headline plus 3 to 6 points, each citing the messages it comes from.

The headline carries the intent, the key facts and the state ("Missing delivery: order A-1234 — asked for a
human, high frustration"). The points (see :mod:`copilot.compose.summary_points`) are the issue with the
customer's most informative details, what was tried and what the assistant established, where things stand,
and what the customer wants now. Customer sentences are condensed into third-person notes (fillers, articles
and emoji dropped, pronouns turned to the customer); the assistant's findings are quoted; nothing is invented.
The whole summary (headline included) stays within :data:`WORD_BUDGET` words: required pieces are placed
first, then the most informative optional pieces while they fit (see :mod:`copilot.compose.budget`).
"""

from __future__ import annotations

import re

from copilot.compose.budget import Piece, fill, repeats
from copilot.compose.condense import condense, name_customer
from copilot.compose.english_dates import english_dates
from copilot.compose.first_message import intent_phrase
from copilot.compose.keyfacts import describe_fact, issue_facts
from copilot.compose.locales import normalise_language
from copilot.compose.statements import Statements
from copilot.compose.summary_points import HEADLINE_STATES, issue_slot, state_slot, tried_slot, wants_slot
from copilot.compose.text import clip_words, content_stems, word_count
from copilot.context import Analysis, Prepared
from copilot.schema import Summary, SummaryPoint

__all__ = ["MAX_POINTS", "WORD_BUDGET", "write_summary"]

WORD_BUDGET = 100
MAX_POINTS = 6
_MIN_POINT_WORDS = 6
_HEADLINE_WORDS = 14
_MIN_HEAD_WORDS = 6
_MIN_CLAUSE_WORDS = 3
_CLAUSE_END = re.compile(r"\s*[,;:]\s+|\s+(?:[-–—]|but|because|so|and\s+now)\s+|\s*\(")
"""Where a customer's sentence breaks into clauses, for a headline cut at a natural break."""


def write_summary(prepared: Prepared, analysis: Analysis, statements: Statements) -> Summary:
    """Build the cited summary within the word budget."""
    language = normalise_language(analysis.register.language or "en")
    english = language == "en"
    headline = _headline(analysis, statements, english)
    slots = [
        issue_slot(prepared, statements, english, language),
        tried_slot(prepared, analysis, statements),
        state_slot(prepared, analysis, headline, statements),
        wants_slot(statements, english, language),
    ]
    valid = prepared.message_ids
    said = content_stems(headline)
    for slot in slots:
        for piece in slot.candidates:
            piece.message_ids = list(dict.fromkeys(i for i in piece.message_ids if i in valid))
        slot.candidates = [p for p in slot.candidates if p.message_ids and not _repeats(p, said)]
    filled = fill([s for s in slots if s.candidates], WORD_BUDGET - word_count(headline))
    points = [
        SummaryPoint(text=s.render(), message_ids=list(dict.fromkeys(i for p in s.placed for i in p.message_ids)))
        for s in filled[:MAX_POINTS]
    ]
    return Summary(headline=headline, points=_within_budget(headline, points))


def _repeats(piece: Piece, said: frozenset[str]) -> bool:
    """An optional piece the headline already says ("Tracking # 1Z99..." under "Missing delivery: tracking
    1Z99..."): its words are better spent on something new."""
    return not piece.required and repeats(piece.text, said)


def _headline(analysis: Analysis, statements: Statements, english: bool) -> str:
    """The intent with its key facts, then the state: "Missing delivery: order A-1234 — asked for a human, high
    frustration". When the intent is unsure, the key facts the customer's statement lacks and its first clauses
    stand for it ("order A-1234: tracking says Label Created for 6 days — ..."); in another language, the key
    facts alone (the issue point quotes the customer's words right below)."""
    label = intent_phrase(analysis)
    facts = issue_facts(analysis.facts, limit=2)
    refs = [describe_fact(f) for f in facts]
    code = analysis.escalation.code
    extra = [HEADLINE_STATES.get(code, HEADLINE_STATES["other"])]
    if analysis.frustration.level == "high" and code != "high_frustration":  # "escalated on frustration" says it
        extra.append("high frustration")
    if analysis.vip.is_vip and code != "vip_customer":  # "escalated as VIP" says it
        extra.append("VIP")
    state = ", ".join(extra)
    room = max(_MIN_HEAD_WORDS, _HEADLINE_WORDS - word_count(state) - 1)
    if label:
        head = label[:1].upper() + label[1:] + (f": {', '.join(refs)}" if refs else "")
    elif not english and facts:  # the issue point quotes their words; the headline names the case in English
        head = english_dates(", ".join(describe_fact(f) for f in issue_facts(analysis.facts, limit=3)))
    elif statements.issue is not None:
        note = condense(statements.issue.text, english).rstrip(" .!?")
        named = name_customer(note) if english else note
        note = named if word_count(named) == word_count(note) else note  # "they paid" -> "customer paid"
        lowered = note.lower()
        missing = [f for f in facts if f.value and f.value.lower() not in lowered]
        labelled = [describe_fact(f) for f in missing if describe_fact(f) != f.value][:1]  # "order A-1", not "46mm"
        lead = f"{labelled[0]}: " if labelled else ""
        head = lead + _first_clauses(note, max(_MIN_CLAUSE_WORDS, room - word_count(lead)))
    else:
        head = "Conversation handed over"
    return f"{clip_words(head, room)} — {state}"  # the head is clipped, never the state


def _first_clauses(note: str, limit: int) -> str:
    """The note's leading clauses that fit in ``limit`` words ("order A-1234, placed Nov 15, tracking says..." ->
    "order A-1234, placed Nov 15"), so a headline ends at a natural break rather than mid-phrase; a first clause
    longer than ``limit`` is clipped."""
    if word_count(note) <= limit:
        return note
    kept = ""
    for clause in _CLAUSE_END.split(note):
        candidate = f"{kept}, {clause}" if kept else clause
        if word_count(candidate) > limit:
            break
        kept = candidate
    return kept if word_count(kept) >= _MIN_CLAUSE_WORDS else clip_words(note, limit)


def _within_budget(headline: str, points: list[SummaryPoint]) -> list[SummaryPoint]:
    """Clip the longest points until headline and points fit (only needed when required pieces are long)."""

    def total() -> int:
        return word_count(headline) + sum(word_count(p.text) for p in points)

    while total() > WORD_BUDGET:
        longest = max(points, key=lambda p: word_count(p.text))
        size = word_count(longest.text)
        if size <= _MIN_POINT_WORDS:
            break
        longest.text = _clip_quoted(longest.text, max(_MIN_POINT_WORDS, size - (total() - WORD_BUDGET)))
    return points


def _clip_quoted(text: str, limit: int) -> str:
    """Clip to ``limit`` words and close a quotation the clipping left open."""
    clipped = clip_words(text, limit)
    return clipped + "”" if clipped.count("“") > clipped.count("”") else clipped
