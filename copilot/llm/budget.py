"""Token budget: count tokens with tiktoken and fit a long transcript into the model's context.

When the transcript does not fit, the kept messages are, in order of priority: the opening (how the customer
first stated the issue), the latest turns (where the conversation stands), the messages that carry facts
(order numbers, emails...), then older turns back from the end until the budget is spent. Over-long single
messages are clipped first so that one pasted log cannot push everything else out. The count of left-out
messages becomes ``meta.truncated_messages``.

Counts use the model's tiktoken encoding when tiktoken knows the model and ``o200k_base``/``cl100k_base``
otherwise: an estimate for other vendors' tokenizers, which the caller's safety margin absorbs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import tiktoken

__all__ = ["Budgeted", "FittedTranscript", "TokenCounter", "fit_transcript", "upper_bound"]

_OPENING = 2  # the first messages: the customer's own statement of the issue
_LATEST = 6  # the most recent turns always kept when they fit
_CLIP_MARK = " […]"


class TokenCounter:
    """Counts and clips text in the tokens of one model (an approximation for non-OpenAI models)."""

    def __init__(self, model: str) -> None:
        self.encoding = _encoding_for(model)

    def count(self, text: str) -> int:
        """Number of tokens of ``text`` (cached: the system prompt is the same for every handoff)."""
        return _count(self.encoding, text)

    def clip(self, text: str, limit: int) -> str:
        """``text`` cut to at most ``limit`` tokens (marked with an ellipsis when cut)."""
        if upper_bound(text) <= limit:
            return text
        tokens = self.encoding.encode(text, disallowed_special=())
        if len(tokens) <= limit:
            return text
        return self.encoding.decode(tokens[: max(limit - 3, 1)]).rstrip() + _CLIP_MARK


def upper_bound(text: str) -> int:
    """A token count never below the true one, without encoding: every token is at least one UTF-8 byte."""
    return len(text.encode("utf-8"))


@lru_cache(maxsize=512)
def _count(encoding: tiktoken.Encoding, text: str) -> int:
    return len(encoding.encode(text, disallowed_special=()))


@lru_cache(maxsize=16)
def _encoding_for(model: str) -> tiktoken.Encoding:
    name = model.rsplit("/", 1)[-1]
    try:
        return tiktoken.encoding_for_model(name)
    except KeyError:
        pass
    base = "o200k_base" if name.startswith(("gpt-4o", "gpt-4.1", "gpt-5", "o1", "o3", "o4")) else "cl100k_base"
    return tiktoken.get_encoding(base)


@dataclass(frozen=True)
class Budgeted:
    """One transcript line to fit: its message id, rendered text, and whether it carries a fact."""

    message_id: str
    text: str
    carries_fact: bool = False


@dataclass(frozen=True)
class FittedTranscript:
    """The kept lines in transcript order, with ``None`` where a run of messages was left out, and their token
    count (an upper bound when everything fitted without counting)."""

    lines: list[str | None]
    kept_ids: list[str]
    omitted: int
    tokens: int


def fit_transcript(
    items: Sequence[Budgeted], budget: int, counter: TokenCounter, *, clip_at: int | None = None
) -> FittedTranscript:
    """Keep as much of the transcript as fits in ``budget`` tokens, by the priorities of the module docstring.

    ``clip_at`` caps one message's tokens (default: a third of the budget, at least 64).
    """
    if sum(upper_bound(item.text) + 1 for item in items) <= budget:  # fits for sure: no need to encode
        return FittedTranscript(
            lines=[item.text for item in items],
            kept_ids=[item.message_id for item in items],
            omitted=0,
            tokens=sum(upper_bound(item.text) + 1 for item in items),
        )
    cap = clip_at if clip_at is not None else max(budget // 3, 64)
    texts = [counter.clip(item.text, cap) for item in items]
    costs = [counter.count(text) + 1 for text in texts]  # +1: the newline between lines
    chosen: set[int] = set()
    spent = 0

    def take(index: int) -> bool:
        nonlocal spent
        if index in chosen:
            return True
        if spent + costs[index] > budget:
            return False
        chosen.add(index)
        spent += costs[index]
        return True

    last = len(items) - 1
    for index in [*range(min(_OPENING, len(items))), *range(last, max(last - _LATEST, -1), -1)]:
        take(index)
    for index, item in enumerate(items):
        if item.carries_fact:
            take(index)
    for index in range(last, -1, -1):
        if not take(index):
            break
    lines: list[str | None] = []
    for index, text in enumerate(texts):
        if index in chosen:
            lines.append(text)
        elif not lines or lines[-1] is not None:
            lines.append(None)
    return FittedTranscript(
        lines=lines,
        kept_ids=[items[i].message_id for i in sorted(chosen)],
        omitted=len(items) - len(chosen),
        tokens=spent,
    )
