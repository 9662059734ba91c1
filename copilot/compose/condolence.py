"""A customer telling us someone close to them died: the first message opens with condolences, as a person would.

"My husband Gerald passed away on October 30th" -> "My deepest condolences on the passing of your husband,
Gerald." The relation and the name are the customer's own words; English only (the other phrasebooks have no
such phrase, and a relation word cannot be reused in a sentence of another language).
"""

from __future__ import annotations

import re

from copilot.context import Prepared

__all__ = ["loss_of", "tells_loss"]

_RELATION = (
    r"husband|wife|partner|fianc[eé]e?|father|dad|mother|mum|mom|son|daughter|brother|sister|grandmother|"
    r"grandfather|grandma|grandpa|granny|uncle|aunt|friend|stepfather|stepmother|father-in-law|mother-in-law"
)
_LOSS = re.compile(
    rf"\bmy\s+(?:late\s+)?(?P<relation>{_RELATION})(?:,?\s+(?P<name>(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))(?![\w'’]))?,?\s+"
    r"(?:has\s+|had\s+|recently\s+|sadly\s+|just\s+)*(?:passed\s+away|passed\s+on|died)\b"
    rf"|\b(?:lost|losing)\s+my\s+(?P<relation2>{_RELATION})\b(?:,?\s+(?P<name2>(?-i:[A-Z][a-z]+))(?![\w'’]))?"
    rf"|\bmy\s+late\s+(?P<relation3>{_RELATION})(?:'s|’s)?\b",
    re.IGNORECASE,
)
"""The customer's relation (and their name, when given) who passed away: "my husband Gerald passed away", "my
father died", "I lost my wife", "my late mother's account"."""
_GATE = ("pass", "died", "lost", "losing", "late")


def loss_of(prepared: Prepared) -> str | None:
    """Whom the customer lost, as the message names them ("your husband, Gerald", "your father"), or None."""
    for message in prepared.customer_messages:
        lowered = message.text.lower()
        if not any(word in lowered for word in _GATE):
            continue
        found = _LOSS.search(message.text)
        if found is None:
            continue
        relation = (found.group("relation") or found.group("relation2") or found.group("relation3")).lower()
        name = found.group("name") or found.group("name2")
        return f"your {relation}, {name}" if name else f"your {relation}"
    return None


def tells_loss(text: str) -> bool:
    """A sentence telling of the death ("your husband Gerald passed away on October 30th", "she can't, she's
    died", addressed back): the condolence already answers it, so it is not told back as a detail."""
    return bool(_LOSS_TOLD.search(text))


_LOSS_TOLD = re.compile(r"\b(?:passed\s+away|passed\s+on|died)\b", re.IGNORECASE)
