"""The assistant repeating itself: the same advice or the same question in several turns.

A bot that sends "Please restart your router" three times, or asks for the order number again after it was
given, is often why the customer wants a person; the agent must know it so as not to do the same. A sentence
of an assistant turn counts as repeated when a later assistant turn has a sentence with mostly the same topical
words. The most repeated sentence is reported, quoted, with how often it was sent ("assistant repeated the same
answer three times: “Please restart your router”"). Greetings and hand-over lines are not advice, so they do not count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from copilot.compose.folded import FoldedPattern
from copilot.compose.text import clip_words, content_stems, split_sentences
from copilot.context import Prepared
from copilot.request_memo import per_request

__all__ = ["Repeat", "assistant_repeat", "times_word"]

_SAME = 0.6
"""Share of the smaller sentence's stems the other must share for the two to be the same sentence."""
_SAME_OF_LARGER = 0.4
"""Share of the larger sentence's stems they must share too: a short question whose few words a long answer also
has ("Has the invoice been voided?" / "A link stops working when the invoice is voided, edited or ...") is
another sentence, not the answer sent again."""
_MIN_STEMS = 3
_MIN_WORDS = 5
_QUOTE_WORDS = 8
_TIMES = {2: "twice", 3: "three times", 4: "four times", 5: "five times"}
_COURTESY = FoldedPattern(
    r"^(?:sorry|i'?m\s+sorry|i\s+understand|i\s+apologi[sz]e|apologies|thanks?|thank\s+you|hi|hello|no\s+problem|"
    r"of\s+course|let\s+me\s+(?:connect|transfer)|i'?m\s+(?:connecting|transferring)|is\s+there\s+anything|"
    r"please\s+(?:hold|wait)|reply\s+\S+\s+(?:to|for))\b",
)
"""Sentences every bot repeats without meaning anything: apologies, thanks, hand-over lines."""
_EDGES = re.compile(r"^[\s\-*•>]+|[\s.,;:!…]+$")


@dataclass(frozen=True)
class Repeat:
    """An assistant sentence sent in several turns: its text, how many turns, and those turns' ids."""

    text: str
    count: int
    message_ids: list[str]

    @property
    def note(self) -> str:
        """The summary note: 'assistant repeated the same answer three times: “...”' (or asked the same question)."""
        quote = clip_words(_EDGES.sub("", self.text), _QUOTE_WORDS)
        what = "asked the same question" if self.text.rstrip().endswith("?") else "repeated the same answer"
        return f"assistant {what} {times_word(self.count)}: “{quote}”"


def times_word(count: int) -> str:
    """'twice', 'three times', ... '7 times': how a note says a count of repetitions."""
    return _TIMES.get(count, f"{count} times")


def assistant_repeat(prepared: Prepared, min_count: int = 3) -> Repeat | None:
    """The assistant sentence repeated in the most turns (at least ``min_count``), or None.

    Compared by topical stems, so "Please restart your Hub" and "Try restarting the hub please" are one."""
    turns = [(m.id, _stemmed(m.text)) for m in prepared.messages if m.role == "ai"]
    # every compared sentence has stems, so one that shares no stem with a whole turn matches none of its sentences
    vocabularies = [frozenset().union(*(stems for _, stems in sentences)) for _, sentences in turns]
    best: Repeat | None = None
    for start, (first_id, sentences) in enumerate(turns):
        for text, stems in sentences:
            ids = [first_id]
            for (later_id, later), vocabulary in zip(turns[start + 1 :], vocabularies[start + 1 :], strict=True):
                if stems.isdisjoint(vocabulary):
                    continue
                for _, other in later:
                    if _same(stems, other):
                        ids.append(later_id)
                        break
            if len(ids) >= min_count and (best is None or len(ids) > best.count):
                best = Repeat(text=text, count=len(ids), message_ids=ids)
    return best


def _same(one: frozenset[str], other: frozenset[str]) -> bool:
    shared = len(one & other)
    return shared >= _SAME * min(len(one), len(other)) and shared >= _SAME_OF_LARGER * max(len(one), len(other))


@per_request
def _stemmed(message: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The sentences of an assistant turn worth comparing, with their stems (cached per text)."""
    found = []
    for sentence in split_sentences(message):
        if len(sentence.split()) < _MIN_WORDS or _COURTESY.starts(sentence):
            continue  # checked before the stems, which cost more
        stems = content_stems(sentence)
        if len(stems) >= _MIN_STEMS:
            found.append((sentence, stems))
    return tuple(found)
