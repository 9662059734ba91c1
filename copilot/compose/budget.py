"""Fit the summary's points into a word budget: required pieces first, then optional pieces by value.

A summary point is a label and one or more *pieces* (a quote, an attempt, a remark), each citing its messages.
Required pieces (the issue, what was tried, the state) are always placed, clipped to their own cap; the
optional ones (more details, the assistant's statements, frustration evidence, notes) are then added by value
per word (dampened, so a long sentence must say more than a short one) while they fit, unless the pieces
already placed say mostly the same (the customer's "I restarted it twice" and the attempt "customer restarted
it" are one thing). A valuable piece that
does not fit whole is clipped into the room that is left. Pieces are shown in their own order (transcript
order), whatever order they were chosen in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from copilot.compose.folded import FoldedPattern
from copilot.compose.text import clip_words, content_stems, word_count

__all__ = ["Piece", "Slot", "fill", "repeats"]

_MIN_CLIP_WORDS = 6
"""A clipped piece keeps at least this many words, or it is left out."""
_MIN_REPEAT_STEMS = 3
_REPEATED = 0.8
"""Share of an optional piece's words already placed (or in the headline) that makes it a repeat."""
_NEGATION = FoldedPattern(r"\b(?:not|no|never|nothing)\b|n't\b")
_OUTCOME_ARROW = "→"
_FRAME = frozenset({"custo", "tried", "expla", "sugge", "recom", "advis", "said", "told", "menti", "asked", "offer"})
"""Stems of the summary's own framing ("Customer ...", "AI explained that ..."), not of what was said."""
_CLIP_PRIORITY = 3.0
"""Optional pieces at least this valuable are clipped into the room left rather than dropped."""


@dataclass
class Piece:
    """One unit of a point: its text, citations, value and place among its point's pieces."""

    text: str
    message_ids: list[str]
    priority: float | None = None  # None: required
    order: float = 0.0
    cap: int = 24  # most words it may keep

    @property
    def required(self) -> bool:
        """Required pieces are always placed."""
        return self.priority is None


@dataclass
class Slot:
    """A point under construction: ``label: piece; piece``."""

    label: str
    candidates: list[Piece]
    joiner: str = "; "
    placed: list[Piece] = field(default_factory=list)
    lead: Callable[[str], str] | None = None  # rewrites the first piece shown ("they were" -> "customer was")

    def render(self) -> str:
        """The point's text, pieces in their own order; ``lead`` rewrites the first one."""
        texts = [p.text for p in sorted(self.placed, key=lambda p: p.order)]
        if texts and self.lead is not None:
            texts[0] = self.lead(texts[0])
        return f"{self.label}: {self.joiner.join(texts)}"

    def cost(self, piece: Piece) -> int:
        """Words this piece adds (the label counts with the first piece of the slot)."""
        return word_count(piece.text) + (0 if self.placed else word_count(self.label))


def fill(slots: list[Slot], budget: int) -> list[Slot]:
    """Place required pieces, then optional ones by priority while the budget allows; return non-empty slots."""
    used = 0
    for slot in slots:
        for piece in slot.candidates:
            if piece.required:
                piece.text = _clip(piece.text, piece.cap)
                used += slot.cost(piece)
                slot.placed.append(piece)
    optional = [(p, s) for s in slots for p in s.candidates if not p.required]
    for piece in (p for p, _ in optional):
        piece.text = _clip(piece.text, piece.cap)
    said = set().union(*(content_stems(p.text) for s in slots for p in s.placed))
    for piece, slot in sorted(optional, key=lambda pair: -_density(pair[0])):
        stems = content_stems(piece.text)
        if repeats(piece.text, said):
            continue  # the placed pieces already say it: its words go to something new
        cost = slot.cost(piece)
        room = budget - used
        if cost > room:
            keep = room - (cost - word_count(piece.text))
            if (piece.priority or 0.0) < _CLIP_PRIORITY or keep < _MIN_CLIP_WORDS:
                continue
            piece.text = _clip(piece.text, keep)
            cost = slot.cost(piece)
        used += cost
        slot.placed.append(piece)
        said |= stems
    return [s for s in slots if s.placed]


def repeats(text: str, said: set[str] | frozenset[str]) -> bool:
    """Most of a piece's words are already in ``said``; a short piece or a denial ("not cancel") is never a
    repeat, since its few words may be exactly what the others lack. An outcome after an arrow ("→ did not
    help") is not compared: "customer restarted it → did not help" repeats "they restarted it twice"."""
    text = text.split(_OUTCOME_ARROW, 1)[0]
    stems = content_stems(text) - _FRAME
    if len(stems) < _MIN_REPEAT_STEMS or _NEGATION.found(text):
        return False
    return len(stems & said) >= _REPEATED * len(stems)


def _density(piece: Piece) -> float:
    """Value per word, dampened: a long sentence must carry more to beat a short dense one."""
    return (piece.priority or 0.0) / max(_MIN_CLIP_WORDS, word_count(piece.text)) ** 0.5


def _clip(text: str, limit: int) -> str:
    """Clip to ``limit`` words and close a quotation the clipping left open."""
    clipped = clip_words(text, limit)
    return clipped + "”" if clipped.count("“") > clipped.count("”") else clipped
