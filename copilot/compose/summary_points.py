"""The four points of the agent summary, as slots of pieces for :func:`copilot.compose.budget.fill`.

1. **Issue**: the customer's statement of the issue and their most informative other sentences (facts in
   context, numbers, what went wrong, what they already did, what happened before, what they will do next),
   condensed into third-person notes, in transcript order.
2. **Tried**: what was tried and how it went (failures first: what must not be redone), then what the assistant
   established: a status, a date, a policy it stated, a limit it hit (its own words, quoted).
3. **Now**: why it was escalated and how the customer feels; optionally the platform's explanation, the most
   telling frustration evidence, and notes (another language, a masked secret, a prompt injection).
4. **Wants now**: the customer's current ask, and whether they asked for a person.

The required pieces are the issue, the first attempt (or "no fix attempted"), the state, the safety notes (a
prompt injection, a pasted secret) and the ask; everything else competes for the word budget by value per word.
"""

from __future__ import annotations

import re

from copilot.compose.assistant import assistant_statuses
from copilot.compose.attempts import attempt_gist
from copilot.compose.budget import Piece, Slot
from copilot.compose.condense import condense, name_customer, strip_wish, terse
from copilot.compose.english_dates import english_dates
from copilot.compose.english_rendering import render_english
from copilot.compose.locales import normalise_language
from copilot.compose.notes import situation_notes
from copilot.compose.statements import Statement, Statements, says_stakes, threat_clause
from copilot.compose.text import MAX_OVERLAP, clip_words, content_stems, lower_first_word, says_new
from copilot.context import Analysis, Prepared
from copilot.schema import AttemptedSolution

__all__ = ["HEADLINE_STATES", "STATE_PHRASES", "issue_slot", "state_slot", "tried_slot", "wants_slot"]

_CAPS = {"issue": 24, "detail": 18, "assistant": 20, "tried": 12, "state": 18, "wants": 18, "threat": 16}
_ATTEMPT_WORDS = 8
_EXPLANATION_WORDS = 10
_MAX_ATTEMPTS = 4
_HUMAN_QUOTE_WORDS = 8
_MAX_STATUSES = 3
_MIN_STATUS_WORDS = 3
_PRIORITY = {"evidence": 0.4, "telling": 1.0, "explanation": 0.5, "note": 4.5, "refusal": 2.5, "threat": 5.0}
"""Optional pieces' value: the case's own words come first; how the customer feels (the mood says it) and the
platform's wording of the escalation (the state says it) only fill the room that is left, except evidence that
changes what the agent does (a threat to leave, the customer noticing the bot going round in circles)."""
_TELLING_SIGNALS = frozenset({"threat_to_leave", "bot_loop"})
_ATTEMPT_PRIORITY = {"failed": 2.0, "declined": 2.0, "partial": 1.8, "succeeded": 1.5, "unknown": 0.6}
_QUOTED_PRIORITY = 0.5
_LOOKUP_PRIORITY = 0.4
_STAKES_PRIORITY = 3.0
_FINDING_ORDER = 100  # support's findings come after the attempts in the point
"""Why it matters or by when (a gift, a trip, work, a deadline): the agent weighs it in what to offer."""
_MIN_ATTEMPT_STEMS = 2
_VACUOUS_STEMS = frozenset({"custo", "alrea", "sugge", "advis", "instr", "again", "still", "tried", "done"})
"""Stems of an attempt that only says something was done ("customer already did as suggested")."""
_REPORT_STEMS = frozenset({"custo", "repor", "said", "told", "menti"})
"""Stems of the framing of a reported attempt ("Customer reported that ..."), not of what happened."""
_OUTCOME_WORDS = {
    "failed": "did not help",
    "partial": "partly helped",
    "succeeded": "worked",
    "declined": "declined",
    "unknown": "",
}
"""How an attempt went, after an arrow; an unknown outcome says nothing, so it costs no words."""
_OUTCOME_ORDER = ("failed", "declined", "partial", "succeeded", "unknown")  # what the agent must not redo first
_SIGNAL_ORDER = (
    "threat_to_leave",
    "repeated_request",
    "wait_complaint",
    "bot_loop",
    "explicit_frustration",
    "profanity",
    "caps_or_punctuation",
)
"""Frustration evidence worth naming in the summary, most telling first."""
STATE_PHRASES = {
    "customer_requested_human": "the customer asked for a human",
    "ai_unable_to_resolve": "the assistant could not resolve it",
    "repeated_failure": "several fixes failed",
    "policy_requires_human": "policy requires a human",
    "high_frustration": "escalated because of high frustration",
    "vip_customer": "escalated because the customer is a VIP",
    "sensitive_topic": "a sensitive topic needs a person",
    "other": "handed over to a person",
}
HEADLINE_STATES = {
    "customer_requested_human": "asked for a human",
    "ai_unable_to_resolve": "AI could not resolve",
    "repeated_failure": "repeated failed fixes",
    "policy_requires_human": "policy requires a human",
    "high_frustration": "escalated on frustration",
    "vip_customer": "escalated as VIP",
    "sensitive_topic": "sensitive topic",
    "other": "handed over",
}
"""The state as the headline says it ("... — asked for a human, high frustration")."""
_SUGGESTED = re.compile(
    r"^(?:the\s+)?(?:ai|assistant|bot)\s+(suggested|recommended|advised)\s+(?:that\s+)?"
    r"(?:the\s+customer\s+|they\s+|you\s+)?(?:to\s+)?",
    re.IGNORECASE,
)
_EXPLAINED = re.compile(
    r"^(?:the\s+)?(?:ai|assistant|bot)\s+(?:explained|said|told|mentioned|noted|informed|stated|clarified)\b", re.I
)
"""An explanation is not a fix: it comes after the fixes when choosing what to show."""
_LOOKUP = re.compile(r"^(?:the\s+)?(?:ai|assistant|bot)\s+(?:looked\s+up|found(?!\s+no\b)|located|pulled\s+up)\b", re.I)
"""An attempt that only found the record ("AI looked up order NW-1 for $134.50, shipped..."): no fix."""
_AI_LEAD = re.compile(
    r"^(?:(?:thanks|thank\s+you|ok(?:ay)?|great|sure|got\s+it)\b[^.,!]{0,20}[.,!]\s*)?"
    r"(?:i\s+(?:can\s+)?see\s+(?:that\s+)?|i\s+found\s+|i\s+checked\s+(?:and\s+)?|it\s+looks\s+like\s+|"
    r"just\s+to\s+confirm,?\s+|according\s+to\s+(?:our|my)\s+records,?\s+)",
    re.IGNORECASE,
)
"""How the assistant introduces what it found; the finding itself is the point."""
_NO_LEAD = re.compile(r"^(?:no|nope|nah)\b[\s,.!]*", re.IGNORECASE)
"""The "no" a refusal opens with ("no, I don't want a text"): the refusal itself says it."""
_URGE = re.compile(
    r"^(?:please\s+)?(?:hurry(?:\s+up)?|be\s+quick|quick(?:ly)?|asap|fast|urgently)\s*[,.!:;-]+\s*(?=\S)", re.IGNORECASE
)
"""A plea for speed that opens the ask ("please hurry, it's my saved card on there"): the rest is why."""
_DANGLING_THEN = re.compile(
    r"\b(?!(?:and|but|since|until|till|from|back|only|even|just|by)\b)(\w+)\s+then\b(?=\s*(?:[,;.!]|$))", re.I
)
"""A closing "then" ("cancel that one then"): it refers back to the chat and says nothing in a note."""
_RHETORICAL = re.compile(r"(?:\?\s*[?!]|!\s*\?)\s*$")
"""A statement closing with "??" or "?!" ("it was 2 hours ago??"): disbelief, not a detail."""
_MAX_RHETORICAL_WORDS = 6
_QUESTION_START = re.compile(r"(?:can|could|would|will|is|are|do|does|did|why|how|what|when|where|who|which)\b", re.I)
_WORDY = re.compile(
    r"\b(?:please|kindly|just|the\s+customer(?:'s)?|their|your|the|an?(?=\s+[a-z0-9])|(?<=: )try\s+to)\b\s*",
    re.IGNORECASE,
)
"""Words an attempt can lose before it is cut at a word count ("AI suggested: make sure the customer's phone is
on the latest version" keeps "phone", "latest version")."""
_MAKE_SURE = re.compile(r"\b(?:make\s+sure|ensure|double[- ]check)(?:\s+that)?\b", re.IGNORECASE)
_EDGES = re.compile(r"^[\s\-*•>~=\U0001F000-\U0001FAFF\u2600-\u27BF]+|[\s.,;:!…\U0001F000-\U0001FAFF\u2600-\u27BF]+$")
"""Leading symbols and trailing punctuation or emoji of a quoted sentence."""


def issue_slot(prepared: Prepared, statements: Statements, english: bool, language: str = "") -> Slot:
    """The issue and the customer's informative details, condensed, in transcript order; in another
    ``language`` (an ISO code), with the words the glossary knows in English."""
    if statements.issue is not None:
        note = _note(statements.issue.text, english, language)
        issue = Piece(note, [statements.issue.message_id], cap=_CAPS["issue"])
        issue.order = statements.issue.order
    else:  # no clear statement: their first message stands for it
        first = next((m for m in prepared.customer_messages if m.text.strip()), None) or prepared.messages[0]
        note = _note(first.text, english, language) or first.text
        issue = Piece(note, [first.id], order=first.index, cap=_CAPS["issue"])
    threat = statements.threat
    said = (threat.message_id, threat.text) if threat is not None and threat != statements.issue else None
    details = [_detail_piece(d, english, _detail_priority(d), language) for d in statements.details if _key(d) != said]
    details += [_detail_piece(s, english, _STAKES_PRIORITY, language) for s in statements.stakes if _key(s) != said]
    kept = [d for d in details if d.text and not _rhetorical(d.text)]
    return Slot("Issue", [issue, *kept], lead=name_customer if english else None)


def _note(text: str, english: bool, language: str) -> str:
    """A customer sentence condensed into a note; in another language, rendered in English where the glossary
    knows its words (``language`` empty: as written)."""
    note = condense(text, english)
    return note if english or not language else render_english(note, language)


def _key(statement: Statement) -> tuple[str, str]:
    """A sentence's identity whatever it was scored: its message and text."""
    return statement.message_id, statement.text


def tried_slot(prepared: Prepared, analysis: Analysis, statements: Statements | None = None) -> Slot:
    """What was tried and how it went, then what the assistant established about the case.

    A customer's own report of what they did that their sentences already say ("I restarted it twice") comes
    last and is never the required attempt, unless nothing else was tried; the budget places one of the two.
    An optional explanation ("AI explained that furniture can be returned within…") gives way to the assistant's
    own sentence that says it in full ("AI said “A 79 dollar freight collection fee applies”"): it is placed
    only when that sentence is not."""
    if analysis.attempts:
        said = _customer_said(statements)
        telling = [a for a in analysis.attempts if not _vacuous(a)] or analysis.attempts
        quoted = {id(a): _already_quoted(a, said) for a in telling}
        shown = sorted(telling, key=lambda a: (quoted[id(a)], *_attempt_rank(a)))
        valid = prepared.message_ids
        pieces = [
            _attempt_piece(prepared, valid, attempt, rank, quoted[id(attempt)])
            for rank, attempt in enumerate(shown[:_MAX_ATTEMPTS])
        ]
    else:
        shown, pieces = [], [Piece("no fix attempted yet", _assistant_ids(prepared))]
    explained = {
        id(p) for p, a in zip(pieces, shown, strict=False) if not p.required and _EXPLAINED.match(a.description)
    }
    told = content_stems(" ".join(p.text for p in pieces if id(p) not in explained))
    language = normalise_language(analysis.register.language or "en")
    foreign = language != "en"
    for status in assistant_statuses(prepared, analysis, limit=_MAX_STATUSES):
        stems = content_stems(status.text)
        if not says_new(stems, told):
            continue  # the attempt already says it ("AI suggested a reset" / "Let's try a reset")
        found = _AI_LEAD.sub("", status.text)
        text = found if len(found.split()) >= _MIN_STATUS_WORDS else status.text
        text = _EDGES.sub("", english_dates(text) if foreign else text)
        rendered = render_english(text, language) if foreign else text
        finding = f"said: {rendered}" if rendered != text else f"said “{text}”"  # a rendering is no longer a quote
        order = _FINDING_ORDER + status.position
        pieces.append(
            Piece(
                f"{_speaker(prepared, status.message_id)} {finding}",
                [status.message_id],
                status.score,
                order,
                _CAPS["assistant"],
            )
        )
    findings = content_stems(" ".join(p.text for p in pieces if p.order >= _FINDING_ORDER))
    if shown and pieces[0].required and _LOOKUP.match(shown[0].description) and findings:
        pieces[0].priority = _LOOKUP_PRIORITY  # the findings say what the look-up found, in the assistant's words
    for piece in pieces:
        if id(piece) in explained and not says_new(content_stems(piece.text), findings):
            piece.priority = _QUOTED_PRIORITY  # placed only when the finding is not
    return Slot("Tried", pieces)


def state_slot(
    prepared: Prepared, analysis: Analysis, headline: str = "", statements: Statements | None = None
) -> Slot:
    """Where things stand: why it was escalated (unless the headline already says it), how the customer feels,
    and what the agent must watch for, first a threat to leave in the customer's words."""
    escalation = analysis.escalation
    frustration = analysis.frustration
    trend = "" if frustration.trend == "steady" else f", {frustration.trend}"  # steady says nothing new
    mood = "customer calm" if frustration.level == "none" else f"frustration {frustration.level}{trend}"
    vip = "; VIP" if analysis.vip.is_vip and "VIP" not in headline else ""
    cited = [*escalation.message_ids, *(s.message_id for s in frustration.signals)]
    valid = prepared.message_ids
    ids = [i for i in cited if i in valid][:4] or [prepared.messages[-1].id]
    state = STATE_PHRASES.get(escalation.code, STATE_PHRASES["other"])
    said = HEADLINE_STATES.get(escalation.code, HEADLINE_STATES["other"]) in headline
    pieces = [Piece(f"{mood}{vip}" if said else f"{state}; {mood}{vip}", ids, cap=_CAPS["state"])]
    explanation = lower_first_word(escalation.explanation.strip()).rstrip(".")
    stems = content_stems(explanation)
    if stems and len(stems - content_stems(state)) / len(stems) > 1 - MAX_OVERLAP:
        clipped = clip_words(explanation, _EXPLANATION_WORDS)
        pieces.append(Piece(clipped, ids[:2], priority=_PRIORITY["explanation"], order=0.2))
    threat = _threat_piece(statements, analysis)
    if threat is not None:
        pieces.append(threat)
    evidence = _top_signal(analysis)
    if evidence and not (threat is not None and evidence[2] == "threat_to_leave"):  # the threat piece says it
        priority = _PRIORITY["telling" if evidence[2] in _TELLING_SIGNALS else "evidence"]
        pieces.append(Piece(evidence[0], [evidence[1]], priority=priority, order=0.5))
    for rank, note in enumerate(situation_notes(prepared, analysis)):  # safety notes are always placed
        value = None if note.required else _PRIORITY["note"] - rank * 0.1
        pieces.append(Piece(note.text, note.message_ids, priority=value, order=1 + rank, cap=_CAPS["state"]))
    return Slot("Now", pieces)


def _threat_piece(statements: Statements | None, analysis: Analysis) -> Piece | None:
    """The customer's threat to leave as a note ("customer threatens: fix it today or they're switching to
    Spectrum"), unless it is the issue statement itself, which the issue point already quotes."""
    if statements is None or statements.threat is None or statements.threat == statements.issue:
        return None
    language = normalise_language(analysis.register.language or "en")
    note = _note(threat_clause(statements.threat.text), language == "en", language)
    text = f"customer threatens: {note}"
    return Piece(text, [statements.threat.message_id], _PRIORITY["threat"], order=0.4, cap=_CAPS["threat"])


def wants_slot(statements: Statements, english: bool, language: str = "") -> Slot:
    """What the customer asks for now; an ask for a person is added to (or stands for) it. In another
    ``language``, the ask is rendered in English where the glossary knows its words."""
    want, human = statements.want, statements.human_request
    pieces: list[Piece] = []
    if want is not None:
        wish = _as_wish(_note(strip_wish(want.text) if english else want.text, english, language), english)
        text = wish + ("; asked for a person" if human is not None else "")
        ids = [want.message_id] + ([human.message_id] if human is not None else [])
        pieces.append(Piece(text, ids, cap=_CAPS["wants"]))
    elif human is not None:
        quote = _EDGES.sub("", clip_words(human.text, _HUMAN_QUOTE_WORDS))
        pieces.append(Piece(f"asked for a person (“{quote}”)", [human.message_id]))
    refusal = statements.refusal
    if refusal is not None and want is None:  # what they will not accept, when they ask for nothing else
        text = _note(_NO_LEAD.sub("", refusal.text), english, language)
        required = not pieces
        priority = None if required else _PRIORITY["refusal"]
        pieces.append(Piece(text, [refusal.message_id], priority=priority, order=1, cap=_CAPS["wants"]))
    return Slot("Wants now", pieces, lead=name_customer if english else None)


def _as_wish(note: str, english: bool) -> str:
    """An ask as a note: a plea for speed becomes "urgent" and the reason follows ("please hurry, it's my card
    on there" -> "urgent: it's their card on there"); a closing "then" goes ("cancel that one then")."""
    if not english or "?" in note or _question(note):
        return note
    urged = _URGE.sub("", note, count=1)
    note = f"urgent: {urged}" if urged != note else note
    return _DANGLING_THEN.sub(r"\1", note)


def _detail_piece(detail: Statement, english: bool, priority: float, language: str = "") -> Piece:
    """A customer sentence as an optional note of the issue point, in transcript order, in the clipped style of
    notes (the point's label says whose they are)."""
    note = _note(detail.text, english, language)
    return Piece(terse(note) if english else note, [detail.message_id], priority, detail.order, _CAPS["detail"])


def _detail_priority(detail: Statement) -> float:
    """A detail's value for the budget: its score, more when it says why the case matters or by when."""
    return max(detail.score, _STAKES_PRIORITY) if says_stakes(detail.text) else detail.score


def _rhetorical(note: str) -> bool:
    """A short statement of disbelief ("it was 2 hours ago??"): how the customer feels, which the state point
    says; a question ("can someone stop it??") is not one."""
    return bool(_RHETORICAL.search(note)) and len(note.split()) <= _MAX_RHETORICAL_WORDS and not _question(note)


def _question(note: str) -> bool:
    """A note shaped as a question ("what happens then", "can someone stop it")."""
    return bool(_QUESTION_START.match(note))


def _customer_said(statements: Statements | None) -> frozenset[str]:
    """The topical stems of the customer's issue and details, which the issue point quotes."""
    if statements is None:
        return frozenset()
    found = [statements.issue, *statements.details]
    return content_stems(" ".join(s.text for s in found if s is not None))


def _vacuous(attempt: AttemptedSolution) -> bool:
    """An attempt that names nothing ("Customer already did as suggested"): the suggestion it answers is
    already shown with its outcome."""
    text = attempt_gist(attempt.description) or attempt.description
    return len(content_stems(text) - _VACUOUS_STEMS) < _MIN_ATTEMPT_STEMS


def _already_quoted(attempt: AttemptedSolution, said: frozenset[str]) -> bool:
    """An attempt the customer reported (theirs, or someone else's: "the installer came but couldn't finish")
    whose words the customer's own sentences already have: their clipped retelling would crowd those out."""
    if attempt.by == "ai" or not said:
        return False
    stems = content_stems(attempt_gist(attempt.description) or attempt.description) - _REPORT_STEMS
    return bool(stems) and not says_new(stems, said)


def _attempt_rank(attempt: AttemptedSolution) -> tuple[int, bool, bool]:
    """Failures first, then a fix or an explanation, and a look-up last: finding the record fixes nothing, and
    what it found is quoted among the findings."""
    description = attempt.description
    return _OUTCOME_ORDER.index(attempt.outcome), bool(_LOOKUP.match(description)), bool(_EXPLAINED.match(description))


def _attempt_piece(
    prepared: Prepared, valid: set[str], attempt: AttemptedSolution, rank: int, quoted: bool = False
) -> Piece:
    """The first attempt is required; the others compete for the budget by how much they matter. One the
    customer's sentences already say (``quoted``) comes after them, so the budget keeps their own words."""
    ids = [i for i in attempt.message_ids if i in valid] or _assistant_ids(prepared)
    outcome = _OUTCOME_WORDS[attempt.outcome]
    room = _CAPS["tried"] - (len(outcome.split()) + 1 if outcome else 0)  # the outcome is never clipped
    short = _short_attempt(attempt.description, min(_ATTEMPT_WORDS, room))
    text = f"{short} → {outcome}" if outcome else short
    priority = None if rank == 0 else _QUOTED_PRIORITY if quoted else _ATTEMPT_PRIORITY[attempt.outcome]
    return Piece(text, ids, priority=priority, order=rank, cap=_CAPS["tried"])


def _short_attempt(description: str, limit: int = _ATTEMPT_WORDS) -> str:
    """Shorten an attempt for the summary: "AI suggested the customer check X" -> "AI suggested: check X"."""
    text = attempt_gist(description) or " ".join(description.split()).rstrip(". …")
    text = _SUGGESTED.sub(lambda m: f"AI {m.group(1).lower()}: ", text, count=1)
    if len(text.split()) > limit:  # shorter wording first, so the cut loses less
        text = " ".join(_WORDY.sub("", _MAKE_SURE.sub("check", text)).split())
    return clip_words(text, limit)


def _speaker(prepared: Prepared, message_id: str) -> str:
    """Who said a support turn: "AI", or "agent" for a person who had the conversation before."""
    role = next((m.role for m in prepared.messages if m.id == message_id), "ai")
    return "agent" if role == "agent" else "AI"


def _assistant_ids(prepared: Prepared) -> list[str]:
    """The assistant's last turns, or the first message when the assistant never spoke."""
    ids = [m.id for m in prepared.messages if m.role == "ai"][-2:]
    return ids or [prepared.messages[0].id]


def _top_signal(analysis: Analysis) -> tuple[str, str, str] | None:
    """The most telling frustration signal with the analyzer's evidence ('threat to leave: "cancel"'), the
    message it comes from and its kind."""
    signals = [s for s in analysis.frustration.signals if s.kind in _SIGNAL_ORDER and s.detail.strip()]
    if not signals:
        return None
    top = min(signals, key=lambda s: _SIGNAL_ORDER.index(s.kind))
    return f"{top.kind.replace('_', ' ')}: {clip_words(top.detail.strip(), 6)}", top.message_id, top.kind
