"""How an attempted solution went, read from the customer's reply: ``classify_outcome(text)``.

"still not working" is ``failed``, "better but..." ``partial``, "that worked" ``succeeded``, "no thanks, I want a
refund" ``declined``; a reply that says none of these gives ``None`` (the attempt stays ``unknown``). Partial and
declined are checked first: "it works now but only for a few minutes" is partial, not succeeded, and "no thanks,
that didn't help last time" is a refusal.
"""

from __future__ import annotations

import re

from copilot.analysis.pattern_gate import prefix_lookahead
from copilot.request_memo import per_request

__all__ = ["BARE_NO", "BARE_YES", "DID_IT", "FAILED", "RETRIED", "SUCCEEDED", "classify_outcome"]

_PARTIAL = re.compile(
    r"\b(?:sort|kind)\s+of\s+work|\bpartly\b|\bpartially\b|\ba\s+(?:bit|little)\s+better\b|\bbetter\s+but\b|"
    r"\bhelped\s+a\s+(?:bit|little)\b|\bworks?\s+(?:now\s+)?but\b|\bworked\s+for\s+a\s+(?:bit|while|few|day)|\bonly\s+"
    r"(?:some|part|half|one)\s+of\b|\bfor\s+a\s+(?:bit|while|few\s+minutes)\s+(?:but|then)\b"
)
_FAILED_WORDS = (
    r"\b(?:didn'?t|did\s+not|doesn'?t|does\s+not|won'?t|wouldn'?t|isn'?t|wasn'?t|not|never)\s+(?:really\s+)?(?:work|"
    r"working|help|helped|helping|fix|fixed|change|changed|do\s+anything|load|loading|open|arrive|come|show|go\s+"
    r"through|solve|resolve)|\bstill\s+(?:not|no|doesn'?t|won'?t|can'?t|the\s+same|broken|nothing|hasn'?t|haven'?t|"
    r"isn'?t|stuck|getting|showing|says|shows|same|down|dead|off|dropping|failing|waiting|missing|charged|blank|"
    r"frozen|there)|\bno\s+(?:luck|change|difference|dice|joy)\b|\bsame\s+(?:problem|issue|error|thing|result|"
    r"message|screen)\b|\balready\s+(?:tried|did|done|checked|have|waited|restarted|reset)\b|\bnothing\s+(?:happened|changed|works)\b|"
    r"\bnot\s+helpful\b|\buseless\b|\b(?:broken|dead)\s+link\b|\bnever\s+(?:got|received|came|arrived)\b|"
    r"\b(?:hasn'?t|haven'?t)\s+(?:arrived|come|moved|changed|updated|received|got)\b|\bshows?\s+(?:the\s+)?same\b|"
    r"\b(?:link|page)\s+(?:is|was)\s+(?:broken|dead|empty|not\s+working)|\bfails?\b|\bfailed\b|\berror\b|"
    r"\bdoesn'?t\s+(?:show|say|tell)|\bsays\s+(?:the\s+same|nothing)"
    # "the form wants me to confirm from his email, which I can't access": the suggestion cannot be followed
    # "except the button is greyed out for me": the control the suggestion needs does not respond
    r"|\b(?:gr[ae]yed\s+out|does\s+nothing|nothing\s+happens)\b"
    r"|\b(?:i|we)\s+(?:can'?t|cannot|couldn'?t|could\s+not|am\s+unable\s+to|was\s+unable\s+to)\s+(?:access|sign\s+in|"
    r"log\s+in|get\s+in|get\s+into)\b"
    # "yes I've seen that link", "I've read it", "that's exactly what I did": already tried, did not help
    r"|\b(?:i'?ve|i\s+have)\s+(?:already\s+)?(?:seen|read|done|followed)\s+(?:it|that|this|those|the)\b|\bsaw\s+that\b"
    r"|\bthat'?s\s+(?:exactly\s+)?what\s+i\s+(?:did|tried)|\bdid\s+(?:exactly\s+|all\s+(?:of\s+)?)?that\b|\bwas\s+already\s+"
    r"(?:on|off|done|set|enabled|disabled|updated)\b"
)
"""Failure phrases, each led by a word (``\b``)."""
_STILL_OPENING = r"(?:^|[.!?]\s+)\W*still\s+(?!(?:want|need|like|love|have|think|hope|here|there)\b)[a-z]"
"""A reply sentence that opens with "still": "Still red.", "still SH-429 this morning" (not "Same email as always",
an answer)."""
FAILED = re.compile(rf"(?:\b{prefix_lookahead([_FAILED_WORDS])}|(?=[.!?])|^)(?:{_FAILED_WORDS}|{_STILL_OPENING})")
"""A reply saying the attempt failed. The zero-width lead admits only the positions a match can start at (a word
start with one of the phrases' first letters, a sentence end, the text's start): the other word starts fail in C
at once instead of trying every phrase (same matches, several times faster)."""
SUCCEEDED = re.compile(
    r"\b(?:that|it|this)\s+(?:worked|works|fixed\s+it|did\s+it|did\s+the\s+trick|helped)\b|\bworks\s+now\b|"
    r"\b(?:problem|issue)\s+(?:is\s+)?(?:solved|fixed|resolved|gone)\b|\ball\s+good\s+now\b|\bit'?s\s+(?:working|"
    r"fixed)\s+now\b|\bgot\s+it,?\s+thanks\b|\b(?:so\s+|very\s+)?much\s+better\b(?!\s+(?:if|to|than)\b)"
)
_DECLINED = re.compile(
    r"\bno,?\s+thanks?\b|\bno\s+thank\s+you\b|\bi\s+(?:don'?t|do\s+not)\s+want\s+(?:to|a|an|that|the|store|"
    r"another|your)\b|\bi'?d\s+(?:really\s+|much\s+)?rather\s+not\b|\bi\s+won'?t\b|\bnot\s+going\s+to\b|\bi\s+refuse\b|\b(?:that'?s|"
    r"that\s+is)\s+not\s+(?:an\s+option|acceptable|what\s+i\s+(?:want|asked))|\bi\s+(?:don'?t|do\s+not)\s+need\s+"
    r"(?:a|an|the|another)\b|\b(?:not|no)\s+(?:a\s+)?(?:store\s+credit|voucher|coupon|replacement|discount|credit)"
    r"\b|\bi\s+(?:can'?t|cannot)\s+(?:do\s+that|wait\s+that\s+long)|\bi\s+just\s+want\s+(?:a|my)\b"
)
BARE_NO = re.compile(
    r"^\W*(?:(?:well|um+|hmm+|ah|oh|honestly|actually|sorry)\W+)?(?:no|nope|nah|no\s+way|absolutely\s+not|not\s+really)"
    r"\b(?!\s+(?:luck|change|difference))"
)
"""A reply that opens with "no" ("no, I can't wait until Friday", "well, no, ..."). After an offer ("Would you like
me to...?") it turns the offer down; after a diagnostic question ("Do you have any backup codes?") it is an answer,
and after "Have you tried X?" it means X was not tried yet."""
BARE_YES = re.compile(
    r"^\W*(?:(?:well|um+|oh|ah)\W+)?(?:yes|yep|yeah|yup|ya|sure|i\s+(?:have|did)|of\s+course|already)\b"
)
"""A reply that opens with "yes": after "Have you tried X?" the customer did try it."""
DID_IT = re.compile(
    r"\b(?:i|we)(?:'ve|\s+have|\s+had)?\s+(?:already\s+|also\s+|now\s+)?(?:did|done|tried)\s+(?:exactly\s+)?"
    r"(?:that|it|this|so|those|them|all\s+(?:of\s+)?(?:that|those))\b"
    r"|^\W*(?:(?:yes|yep|yeah|yup|already)\W+)?(?:done|did\s+(?:exactly\s+)?(?:that|it|all\s+(?:of\s+)?(?:that|this|those|it)))\b"
)
"""A reply saying the customer already did what was suggested ("I did that on Wednesday", "done, no change")."""
_RETRIED_WORDS = (
    r"\b(?P<again>retried|(?:tried|did)\s+(?:it\s+|that\s+|this\s+)?again)\b"
    r"|\b(?:tried|did|done|retried)\s+(?:it\s+|that\s+|this\s+)?(?P<times>twice|(?:two|three|four|five|several|multiple|"
    r"\d+)\s+times)\b"
)
RETRIED = re.compile(
    rf"(?:\b{prefix_lookahead(['retried|tried|did|done'])}|(?=[.!?])|^)"  # where a match can start (as FAILED)
    rf"(?:{_RETRIED_WORDS}"
    r"|(?:^|[.!?]\s+)(?P<count>twice|(?:two|three|four|five|several|multiple|\d+)\s+times)\s*(?:[.!]+|$))"
)
"""A reply saying the customer did it more than once ("tried again, PAY-402 again", "I TRIED. ... Three times."):
the customer is back, so it failed, and the retry is an attempt of its own."""
_BARE_NO = BARE_NO
_CHECKED_IT = re.compile(
    # "I've checked. There is no credit": the customer did it, to no avail (not a refusal, whatever follows)
    r"\b(?:i'?ve|i\s+have|i)\s+(?:already\s+|just\s+|also\s+)?(?:checked|tried|done)\s*(?:[.,;!]|$|\b(?:that|it|this|"
    r"twice|again|already|everything|both)\b)"
)
_OUTCOMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("failed", _CHECKED_IT),
    ("partial", _PARTIAL),
    ("declined", _DECLINED),
    ("failed", FAILED),
    ("succeeded", SUCCEEDED),
    ("failed", RETRIED),
)


@per_request
def classify_outcome(text: str, bare_no_declines: bool = True) -> str | None:
    """The outcome a customer reply reports for the attempt before it, or None when it says nothing about it.
    A reply that only opens with "no" declines when ``bare_no_declines`` (the assistant asked whether the
    customer wants something); otherwise it is an answer and reports no outcome. Cached per text (pure)."""
    lowered = text.lower()
    for outcome, pattern in _OUTCOMES:
        if pattern.search(lowered):
            return outcome
    return "declined" if bare_no_declines and _BARE_NO.match(lowered) else None
