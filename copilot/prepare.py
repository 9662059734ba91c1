"""The prepare stage: enforce limits, give every message a unique id, and mask secrets for every engine."""

from __future__ import annotations

from copilot.config import Settings
from copilot.context import Prepared, PreparedMessage
from copilot.errors import InvalidRequest, TooManyMessages
from copilot.redaction import mask_secrets
from copilot.schema import HandoffRequest

__all__ = ["prepare"]


def prepare(request: HandoffRequest, settings: Settings) -> Prepared:
    """Validate limits the schema cannot know, assign missing ids (``m1``, ``m2``...), mask secrets.

    Raises TooManyMessages over ``max_messages``, InvalidRequest on duplicate ids. Over-long messages are cut to
    ``max_message_chars`` with a warning rather than refused: a long paste must not block a handoff.
    """
    if len(request.messages) > settings.max_messages:
        raise TooManyMessages(
            f"the transcript has {len(request.messages)} messages; the limit is {settings.max_messages}"
        )
    warnings: list[str] = []
    given = [m.id for m in request.messages if m.id]
    taken = set(given)
    if len(taken) != len(given):  # one set instead of counting every id in the whole list
        duplicates = sorted({i for i in given if given.count(i) > 1})
        raise InvalidRequest(f"message ids must be unique; repeated: {', '.join(duplicates[:5])}")
    messages: list[PreparedMessage] = []
    masked_kinds: set[str] = set()
    for index, message in enumerate(request.messages):
        message_id = message.id or _free_id(index, taken)
        text = message.text
        if len(text) > settings.max_message_chars:
            text = text[: settings.max_message_chars]
            warnings.append(f"message {message_id} was cut to {settings.max_message_chars} characters")
        masked = mask_secrets(text)
        masked_kinds.update(masked.kinds)
        messages.append(
            PreparedMessage(id=message_id, role=message.role, text=masked.text, index=index, original=message)
        )
    if masked_kinds:
        warnings.append(f"secrets_masked: {', '.join(sorted(masked_kinds))} removed from the transcript")
    return Prepared(request=request, messages=messages, warnings=warnings)


def _free_id(index: int, taken: set[str]) -> str:
    candidate = f"m{index + 1}"
    while candidate in taken:
        candidate += "_"
    taken.add(candidate)
    return candidate
