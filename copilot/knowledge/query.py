"""The retrieval query, built from the whole conversation rather than its last message.

Parts, most telling first (the neural embedder reads only ~256 word pieces, and the query is clipped from the
end): the help-center articles the assistant or an agent linked to (see :func:`cited_article_slugs`), the
detected intent (label and description, unless the classifier was unsure and the customer writes in
the help center's language, see :func:`writes_another_language`), product names, devices
and error codes the customer gave, the customer's own statements of the issue, then the assistant's and
agents' turns. Those restate the problem in the help center's own words (a bot usually answers from the same
articles), which matters most when the customer writes tersely or in another language. Turns that only ask
for a human ("agent please"), acknowledge ("ok thanks") or hand over ("I'm transferring you now") say nothing
about the problem and are left out. System turns are never used.
"""

from __future__ import annotations

import re

from copilot.context import Analysis, Prepared
from copilot.knowledge.text import STOP_WORDS, WORD

__all__ = ["MAX_QUERY_CHARS", "build_query", "cited_article_slugs", "writes_another_language"]

MAX_QUERY_CHARS = 2000
MIN_WORDS_TO_TELL_LANGUAGE = 12
"""Fewer customer words than this say too little about their language (terse English has few stop words)."""
MAX_FOREIGN_STOP_WORD_SHARE = 0.15
"""English customers' words are 26-55% English stop words on the suites, other languages' 0-10%."""
_FACT_TYPES = ("product", "device", "error_code")
_ARTICLE_LINK = re.compile(
    r"\b(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/[\w%.-]+)*"  # site and folders
    r"/([a-z0-9]+(?:[-_][a-z0-9]+)+)(?:\.[a-z]{3,4})?/?(?:#[\w-]*)?"  # the slug, maybe .html or #section
    r"(?![\w/=&-]|[.?]\w)",  # not followed by a query string (a sentence's full stop or question mark is fine)
    re.IGNORECASE,
)
"""A link whose last path segment is a slug of two or more words (``.../articles/track-your-refund``), without a
query string: how help centers address their articles. Tracking, payment and vanity links (``?trknbr=``,
``/pay``) do not match."""
_SLUG_SEPARATOR = re.compile(r"[-_]+")
_ASSISTANT_ROLES = ("ai", "agent")
# fmt: off
_HANDOFF_WORDS = frozenset({
    "agent", "agents", "human", "humans", "person", "people", "real", "live", "representative", "rep",
    "operator", "someone", "somebody", "talk", "speak", "speaking", "chat", "connect", "transfer", "escalate",
    "manager", "supervisor", "bot", "robot", "please", "pls", "now", "asap", "help", "want", "need", "ok",
    "okay", "yes", "yeah", "yep", "thanks", "thank", "hi", "hello", "hey", "sorry", "apologise", "apologize",
    "understand", "frustrating", "transferring", "connecting", "specialist", "team", "member", "hold", "stay",
    "line", "moment", "wait", "queue", "assistant", "virtual",
})
# fmt: on


def build_query(prepared: Prepared, analysis: Analysis, *, max_chars: int = MAX_QUERY_CHARS) -> str:
    """Return the query text for this conversation, at most ``max_chars`` characters.

    An unsure intent is usually left out (a wrong one pulls in the wrong articles), except when the customer
    writes in another language than the help center and no turn links to a help-center article: then their
    words match no article, and the intent's label and description, written in the taxonomy's language, are
    the query's only bridge to the articles. A linked article's slug is a surer bridge than an unsure guess.
    """
    cited = cited_article_slugs(prepared)
    parts: list[str] = list(cited)
    intent = analysis.intent
    if intent.label and intent.confidence > 0 and (not intent.low_confidence or _needs_intent_bridge(prepared, cited)):
        parts.append(intent.label.replace("_", " ").replace("-", " "))
        if intent.description:
            parts.append(intent.description)
    facts = [f.value for f in analysis.facts if f.type in _FACT_TYPES]
    parts.extend(dict.fromkeys(facts))
    statements = [m.text.strip() for m in prepared.customer_messages if _states_issue(m.text)]
    if not statements:  # nothing but short turns: keep them rather than search with nothing
        statements = [m.text.strip() for m in prepared.customer_messages if m.text.strip()]
    parts.extend(statements)
    parts.extend(m.text.strip() for m in prepared.messages if m.role in _ASSISTANT_ROLES and _states_issue(m.text))
    return _clip(parts, max_chars)


_NOT_ABOUT_THE_ISSUE = STOP_WORDS | _HANDOFF_WORDS


def cited_article_slugs(prepared: Prepared) -> list[str]:
    """The words of every help-center article slug the assistant or an agent linked to, in order, each once.

    Bots answer from the help center and link the article they used (``.../payments/track-your-refund`` gives
    "track your refund"). The slug is a title in the help center's language even when the whole conversation
    is in another one, and it names the article the conversation was about, so it leads the query.
    """
    slugs = [
        _SLUG_SEPARATOR.sub(" ", slug)
        for message in prepared.messages
        if message.role in _ASSISTANT_ROLES and "/" in message.text
        for slug in _ARTICLE_LINK.findall(message.text)
    ]
    return list(dict.fromkeys(slugs))


def _needs_intent_bridge(prepared: Prepared, cited: list[str]) -> bool:
    """True when only the (unsure) intent can connect this conversation to the help center's words."""
    return not cited and writes_another_language(prepared)


def writes_another_language(prepared: Prepared) -> bool:
    """True when the customer's turns are not English, the language of the help center's tokenizer.

    Told by the share of English stop words among the customer's words: any English sentence is full of
    "the, my, is, to, it", other languages' sentences hardly contain them. Too few words (a terse "refund pls")
    never count as another language.
    """
    words = [w for m in prepared.customer_messages for w in WORD.findall(m.text.lower())]
    if len(words) < MIN_WORDS_TO_TELL_LANGUAGE:
        return False
    return sum(w in STOP_WORDS for w in words) < MAX_FOREIGN_STOP_WORD_SHARE * len(words)


def _states_issue(text: str) -> bool:
    """True when a turn carries at least two content words that are not about the handoff itself (read word by
    word until the second one: a long turn is not split whole)."""
    telling = (w for w in map(_group, WORD.finditer(text.lower())) if w not in _NOT_ABOUT_THE_ISSUE)
    return next(telling, None) is not None and next(telling, None) is not None


_group = re.Match.group


def _clip(parts: list[str], max_chars: int) -> str:
    kept: list[str] = []
    used = 0
    for part in parts:
        room = max_chars - used
        if room <= 0:
            break
        piece = part if len(part) <= room else part[:room].rsplit(" ", 1)[0]
        kept.append(piece)
        used += len(piece) + 1
    return "\n".join(p for p in kept if p)
