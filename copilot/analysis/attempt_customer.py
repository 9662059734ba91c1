"""What the customer says they already tried, described in the third person: ``customer_descriptions(text)``.

"I already restarted it twice and cleared the cache" -> "Customer restarted it twice and cleared the cache";
"I called my bank, they see nothing" -> "Customer called their bank, they see nothing"; "Done, uploaded 4 photos"
-> "Customer uploaded 4 photos"; "I've been running speed tests over a cable" -> "Customer has been running speed
tests over a cable". A bare "I already tried that" is not a new attempt: it is the outcome of the assistant's
suggestion before it. The outcome of the customer's own attempt is ``failed`` unless they say it worked (they
would not be asking for help otherwise).
"""

from __future__ import annotations

import re

from copilot.analysis.attempt_controls import dead_controls, trailing_reference
from copilot.analysis.attempt_outcomes import FAILED, SUCCEEDED
from copilot.analysis.attempt_relative import relative_rest
from copilot.analysis.attempt_text import I_TO_THEY, clip, person, sentences
from copilot.request_memo import per_request

__all__ = ["customer_descriptions"]

_MAX_PER_MESSAGE = 3
_MIN_WORDS_AFTER_VAGUE = 3  # "I called them, they said there's no block" says more than "I tried that"

_VERBS = (
    r"tried|retried|restarted|rebooted|reset|reinstalled|installed|cleared|updated|checked|contacted|turned|called|"
    r"rang|unplugged|logged\s+(?:in|out|back)|signed\s+(?:in|out|back)|changed|removed|followed|replaced|charged|"
    r"switched|reinserted|re-?paired|paired|deleted|descaled|cleaned|scanned|re-?scanned|ran|tested|emailed|texted|"
    r"messaged|wrote|uninstalled|visited|returned|sent|resent|submitted|re-?submitted|filled|used|factory\s+reset|"
    r"uploaded|re-?uploaded|asked|read|looked|waited|downloaded|disabled|enabled|activated|deactivated|entered|"
    r"re-?entered|typed|copied|pasted|plugged|moved|power\s+cycled|reported|applied|cancell?ed|canceled|"
    r"requested|filed|chatted|spoke|talked|added|approved|authori[sz]ed|kept|left|had|reconnected|disconnected|"
    r"re-?linked|unlinked|linked|re-?synced|synced|refreshed|reloaded|re-?authori[sz]ed|re-?activated|re-?enabled|"
    r"restored|rescheduled|re-?ordered|re-?registered|re-?added|dropped\s+off|dropped|exported|imported|toggled|"
    r"allowed|granted|lowered|reduced|edited|adjusted|renamed|verified|double-checked|emptied|flushed|force-?quit|"
    r"closed\s+and\s+re-?opened|reached\s+out|paid|replied|responded|fixed|corrected|clicked|hit|pressed|tapped|invited|"
    r"showed|unsubscribed|bought"
)
_DID_VERBS = (
    r"try|restart|reboot|reset|reinstall|install|update|clear|check|call|contact|email|send|resend|submit|resubmit|"
    r"approve|enter|re-?enter|follow|change|remove|return|cancel|request|upload|pay|confirm|verify|activate|enable|"
    r"disable|turn|log|sign|unplug|replace|fill|click|tap|scan|report|reply|add|delete|uninstall|download|refresh"
)
"""Base verbs after an emphatic "did" ("I did resend it"): the same report as "I resent it"."""
_SPECIFIC_OBJECT = re.compile(
    # after a specific verb, a pronoun with a qualifier says what was done: "I already reconnected it twice"
    r"^\s*(?:it|them|this|that|those|these)\s+(?:again|twice|\d+\s+times|(?:two|three|four|several|many|multiple|a\s+few)"
    r"\s+times|yesterday|today|this\s+(?:morning|afternoon|week)|last\s+(?:night|week)|earlier|already|myself|both)\b",
    re.I,
)
_GENERIC_VERBS = frozenset("tried retried checked followed used read looked asked had kept left".split())  # noqa: SIM905
"""Verbs that say nothing on their own: "I tried it twice" is the outcome of the suggestion before it."""
_PAID = re.compile(
    r"^(?!\s*(?:[$€£¥]?[\d.,]+|it|this|that|them|\w+)\s+for\b).*\b(?:by|via|with|through|online|in\s+full|off|at\s+\d)\b"
)
""""I paid $184.60 by card at 5pm" is an attempt (a payment to settle something); "I paid $329 for a tablet" only
says what it cost."""
_TRY_AND_RESULT = re.compile(
    # "When I try to sign in with my email it says the workspace is archived", "every time I tried to pay, I got
    # PAY-402"
    r"\b(?:when(?:ever)?|every\s+time|each\s+time|if)\s+(?:i|we)\s+(?:try|tried|attempt|attempted)\s+to\s+"
    r"(?P<action>[a-z](?:[^,;!?.\n]|\.(?=\w))+?)\s*,?\s+(?P<result>(?:it|i|we|the\s+[a-z-]+|that|this|they)\s+"
    r"(?:just\s+|still\s+|only\s+)?(?:says|said|shows|showed|gives|gave|get|got|returns|returned|fails|failed|"
    r"errors|errored|keeps|kept|won'?t|doesn'?t|didn'?t|hangs|crashes|crashed|loops|asks|asked|tells|told|rejects|"
    r"rejected|times\s+out|timed\s+out)\b(?:[^!?.\n]|\.(?=\w))*)"
)
_WANTED_AND_RESULT = re.compile(
    # an attempt told by what it ran into: "i want to add our new front desk person and it says i've reached my
    # seat limit", "I went to pay but the page keeps loading"
    r"\b(?:i|we)\s+(?:want(?:ed)?|need(?:ed)?|went|go|was\s+trying|am\s+trying|'m\s+trying)\s+to\s+"
    r"(?P<action>[a-z](?:[^,;!?.\n]|\.(?=\w))+?)\s*,?\s+(?:and|but)\s+(?P<result>(?:it|that|this|the\s+[a-z-]+)\s+"
    r"(?:just\s+|still\s+|only\s+)?(?:says|said|shows|showed|gives|gave|won'?t|doesn'?t|didn'?t|tells|told|rejects|"
    r"rejected|fails|failed|errors|errored|keeps|kept)\b(?:[^!?.\n]|\.(?=\w))*)"
)
_UNANSWERED = re.compile(
    # calls and emails that went unanswered are attempts to reach someone: "chris isn't answering my calls or
    # emails", "the seller hasn't replied to any of my messages"
    r"\b(?P<who>(?:the\s+|my\s+|our\s+)?[a-z][\w'-]*)\s+(?:isn'?t|is\s+not|hasn'?t(?:\s+been)?|has\s+not(?:\s+been)?|"
    r"won'?t|doesn'?t|didn'?t|never|wasn'?t|stopped)\s+(?:answer(?:s|ing|ed)?|return(?:s|ing|ed)?|respond(?:s|ing|ed)?(?:\s+to)?|"
    r"repl(?:y|ies|ying|ied)(?:\s+to)?|pick(?:s|ing|ed)?\s+up)\s+(?:any\s+of\s+)?(?:my|our)\s+(?:calls?|e-?mails?|messages?|"
    r"texts?)(?:\s+(?:or|and|/)\s+(?:calls?|e-?mails?|messages?|texts?))?"
)
_PRONOUNS = frozenset("he she they it he's she's it's this that who which".split())  # noqa: SIM905
_REPLY_CUES = ("answer", "respond", "repl", "return", "pick")
_WANTED_CUES = ("want", "need", "went", "trying")
_GERUND_RESULT = re.compile(
    # "Refreshing the feed manually returns the same error", "Restarting the app didn't help"
    r"^(?:(?:and|also|even|but)\s+)?(?P<gerund>[a-z]{3,}ing)\b(?P<object>[^,;.!?\n]{0,60}?)\s+(?P<result>(?:returns|returned|"
    r"gives|gave|shows|showed|did\s+nothing|does\s+nothing|didn'?t|doesn'?t|won'?t|fails|failed|made\s+no|makes\s+no|"
    r"had\s+no|has\s+no|(?:just|still)\s+(?:returns|gives|shows|fails|doesn'?t|won'?t))\b[^!?.\n]*)"
)
_ANTECEDENT = re.compile(
    # "our Wells Fargo feed disconnected and I reconnected it": what "it" stands for, named earlier in the sentence
    r"\b(?:my|our)\s+(?P<thing>(?:(?!(?:is|was|were|are|has|had|have|keeps|kept|just|still|and|but|so|then|which|"
    r"that)\b)[\w-]+\s+){0,3}(?:(?!(?:is|was|were|are|has|had|have|keeps|kept|just|still|and|but|so|then|which|that)\b)"
    r"[\w-]+))\s+(?:[a-z]+ed|is|was|were|are|has|had|keeps|kept|just|still|broke|went|got|fell|froze|died|came|lost|"
    r"won'?t|doesn'?t|didn'?t)\b"
)
_RETOLD = re.compile(r"\b(?:told|tell|telling)\s+(?:you|u)\s+(?:that\s+|already\s+|before\s+)*$|\b(?:before|until)\s+$")
"""Said before ("I just told you I restarted it"), or only a point in time ("twice before I messaged you")."""
_IT = re.compile(r"^\s*it\b(?=\s*$)", re.I)
_RESULT_CUES = ("return", "gave", "give", "show", "didn", "doesn", "won't", "fail", "nothing", "no ")
"""Words one of which a gerund report's result has: a cheap gate before splitting the text into sentences."""
_NOT_GERUNDS = frozenset(
    """nothing something anything everything morning evening thing during being king ring spring string ceiling
    building shipping billing pricing setting pending wedding clothing bring swing wing""".split()  # noqa: SIM905
)
_HELD = frozenset({"kept", "left", "had"})
"""Verbs that report an attempt only with an object in a state: "I've had it on the charger all morning", "I kept
the phone in airplane mode"; not "I had a question" or "I left a review"."""
_IN_A_STATE = re.compile(
    r"^\s*(?:it|them|this|that|(?:the|my|our|both)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:on|in|off|at|plugged|unplugged|"
    r"charging|switched|turned|connected|disconnected|running|open|closed|overnight)\b",
    re.I,
)
_RELOCATED = re.compile(
    # "I moved last week", "we moved house": a life event, not an attempt ("I moved the router" is one)
    r"^\s*(?:last|yesterday|recently|this\s+(?:week|month|year)|a\s+(?:few|couple)|house|home|abroad|away|out\b|"
    r"in\b|into\b|here|there|to\s+(?:a|another|the\s+new)\b)",
    re.I,
)
_NOT_TRYING = frozenset(
    """wanting hoping thinking meaning planning dying loving enjoying saving dreaming considering paying getting
    having receiving seeing experiencing dealing struggling""".split()  # noqa: SIM905
)
"""An ongoing state of mind or a complaint, not an attempt: "I've been wanting these for months", "I've been paying
$24 a month for nothing"."""
_CUSTOMER_TRIED = re.compile(
    # "ive"/"weve": the apostrophe is often dropped in chat
    r"\b(?:i|we)(?:'ve|ve|\s+have|\s+had)?\s+(?:already\s+|also\s+|even\s+|just\s+|now\s+|since\s+|then\s+)*"
    rf"(?P<verb>{_VERBS})\b(?P<rest>(?:[^?.!\n]|\.(?=\w))*)"
    # "I been running speed tests on a wired laptop", "ive been on hold with them for 40 min"
    r"|\b(?:i|we)(?:'ve|ve|\s+have)\s+(?:also\s+|already\s+)?been\s+(?P<ongoing>[a-z]+ing|on\s+hold)\b"
    r"(?P<ongoing_rest>[^?.!\n]*)"
    # the emphatic "did": "I did approve it in my bank app", "I did allready resend yesterday"
    r"|\b(?:i|we)\s+(?:already\s+|also\s+|even\s+)?did\s+(?:already\s+|allready\s+|actually\s+|also\s+)?"
    rf"(?P<did>{_DID_VERBS})\b(?P<did_rest>(?:[^?.!\n]|\.(?=\w))*)"
)
_SUBJECTLESS = re.compile(
    # a sentence that starts with the past verb, the subject dropped: "Done, uploaded 4 photos", "reset it twice"
    r"^(?:(?:done|yes|yep|yeah|ok|okay|already|also|and|so|then|now|well|just)\W+)*"
    rf"(?P<verb>{_VERBS})\b(?P<rest>[^?.!\n]*)",
    re.I,
)
_REPEATED = re.compile(
    # without a lead-in ("done, ..."), a subjectless report needs a sign it was a try: "reset it twice"
    r"\b(?:again|twice|\d+\s+times|(?:two|three|four|several|many)\s+times|already|too|as\s+well|same|"
    r"nothing|no\s+luck|still|yesterday|last\s+(?:night|week|month|time)|back\s+in|earlier|this\s+(?:morning|afternoon|"
    r"week)|on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+"
    r"\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*))\b"
)
"""Also a time it was done ("removed the other 3 back in july", "dropped the Hub at the UPS Store on October 14"): a
report, not an instruction."""
_GIVEN_THING = re.compile(
    # "I've checked that link every day": the outcome of what the assistant gave, not a new attempt
    r"^\s*(?:that|this|those|these|the\s+same|your)\s+(?:link|page|article|guide|steps|instructions|form|code|"
    r"email|app|site|website|faq)s?\b",
    re.I,
)
_VAGUE_OBJECT = re.compile(
    r"^\s*(?:that|it|this|those|these|everything|all\s+(?:of\s+)?(?:that|this|those)|them|so|again)\b", re.I
)
_NOT_AN_ATTEMPT = re.compile(
    # "I signed up", "I asked for a refund" (an ask, not an attempt)
    r"^\s*(?:up\b|for\s+(?:a|an|my|the)\s+(?:refund|human|person|agent|manager|supervisor))",
    re.I,
)
_ASKED_SOMEONE = re.compile(
    r"^\s*(?:the|my|our|a|an|his|her|their|them|him|both|everyone|someone)\b(?!\s+(?:times?|question)\b)", re.I
)
_ONLY_WHEN = re.compile(
    r"^\s*(?:before|earlier|previously|once|too|yesterday|today|last\s+\w+|a\s+while\s+ago)\s*$", re.I
)
"""A clause that only says when ("two iPhones my wife and I used before"): nothing was tried."""
_I_TO_THEY = I_TO_THEY


@per_request
def customer_descriptions(text: str) -> tuple[tuple[str, str], ...]:
    """What the customer says they tried, as (description, outcome) pairs, at most three per message (cached
    per text: one message is read once per request)."""
    found: list[tuple[str, str]] = []
    actions = _reported_actions(text)
    if not actions:
        return ()
    lowered = text.lower()
    outcome = "succeeded" if SUCCEEDED.search(lowered) and not FAILED.search(lowered) else "failed"
    for verb, rest in actions:
        if not _informative(verb, rest) or not _plausible(verb, rest):
            continue
        if rest.isupper():  # shouted: "I RESTARTED IT TWICE"
            rest = rest.lower()
        description = clip(f"Customer {verb}{person(rest, _I_TO_THEY)}")
        if all(description.lower() != d.lower() for d, _ in found):
            found.append((description, outcome))
        if len(found) >= _MAX_PER_MESSAGE:
            break
    return tuple(found)


def _reported_actions(text: str) -> list[tuple[str, str]]:
    """(verb, rest of the clause) for every action the customer reports, with or without "I"."""
    actions: list[tuple[str, str]] = []
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer: read the lowered text only
        text = lowered
    for match in _CUSTOMER_TRIED.finditer(lowered):
        if _RETOLD.search(lowered, max(0, match.start() - 30), match.start()):
            continue  # "I just told you I restarted it twice": said before, not a new attempt
        if match.group("did"):
            verb, rest = f"did {match.group('did')}", text[match.start("did_rest") : match.end()]
        elif match.group("ongoing"):
            verb, rest = f"has been {match.group('ongoing')}", text[match.start("ongoing_rest") : match.end()]
        else:
            verb, rest = " ".join(match.group("verb").split()), text[match.start("rest") : match.end()]
            if verb == "bought" and "already" in lowered[match.start() : match.start("verb")]:
                verb = "already bought"
            if _IT.match(rest):
                rest = _name_it(text, match.start())
            if lowered[match.start() - 1 : match.start()] == " ":  # "the reading I sent in was in August"
                rest = relative_rest(lowered[max(0, match.start() - 60) : match.start()], rest) or rest
            rest += trailing_reference(text, match.end())  # "I paid it by card. confirmation PAY-8821"
        actions.append((verb, rest))
    narrating = bool(actions)  # "I fixed it last night. resubmitted with a new PIN": the report goes on
    actions.extend(_tried_with_result(text))
    actions.extend(dead_controls(lowered))  # "the cancel button in the app is greyed out"
    for sentence in sentences(text):
        subjectless = _SUBJECTLESS.match(sentence)
        if subjectless is not None and (
            subjectless.group(0) != subjectless.group("verb") + subjectless.group("rest")
            or _REPEATED.search(subjectless.group("rest").lower())
            or narrating
        ):
            verb, rest = subjectless.group("verb").lower(), subjectless.group("rest")
            if any(rest == told for _, told in actions):
                continue
            continues = narrating and subjectless.group(0) == subjectless.group("verb") + rest
            if continues and not _plausible(verb, rest):  # "i re-paired. left one works": not a report
                continue
            if continues and not _REPEATED.search(rest.lower()):  # the same report, told on: one attempt
                actions[-1] = (actions[-1][0], f"{actions[-1][1].rstrip(' .,;')}; {verb}{rest}")
            else:
                actions.append((verb, rest))
    return actions


def _name_it(text: str, end: int) -> str:
    """ "it" named by the thing the same sentence told of before: "our feed disconnected and I reconnected it" ->
    " their feed"; a bare " it" when there is none."""
    start = max(text.rfind(".", 0, end), text.rfind("\n", 0, end), 0)
    things = list(_ANTECEDENT.finditer(text.lower(), start, end))
    if not things:
        return " it"
    thing = things[-1]
    return " their " + text[thing.start("thing") : thing.end("thing")]


def _tried_with_result(text: str) -> list[tuple[str, str]]:
    """ "When I try to sign in it says the workspace is archived", "I want to add a user and it says I've reached my
    seat limit", "Refreshing the feed returns the same error" and "Chris isn't answering my calls": an attempt told
    with what came of it, as ("tried", " to sign in: it says ...")."""
    actions: list[tuple[str, str]] = []
    lowered = text.lower()
    if "try" in lowered or "tried" in lowered or "attempt" in lowered:
        for match in _TRY_AND_RESULT.finditer(lowered):
            action = text[match.start("action") : match.end("action")]
            actions.append(("tried", f" to {action}: {text[match.start('result') : match.end()]}"))
    if (" and " in lowered or " but " in lowered) and any(cue in lowered for cue in _WANTED_CUES):
        for match in _WANTED_AND_RESULT.finditer(lowered):
            action = text[match.start("action") : match.end("action")]
            actions.append(("tried", f" to {action}: {text[match.start('result') : match.end()]}"))
    if (" my " in lowered or " our " in lowered) and any(cue in lowered for cue in _REPLY_CUES):
        for match in _UNANSWERED.finditer(lowered):
            who = match.group("who")
            who = "them" if who in _PRONOUNS else text[match.start("who") : match.end("who")]
            actions.append(("tried", f" to reach {who}: {text[match.start() : match.end()]}"))
    if "ing " in lowered and any(cue in lowered for cue in _RESULT_CUES):
        for sentence in sentences(text):
            gerund = _GERUND_RESULT.match(sentence.lower())
            if gerund is not None and gerund.group("gerund") not in _NOT_GERUNDS:
                start = gerund.start("gerund")
                tried, result = sentence[start : gerund.end("object")], sentence[gerund.start("result") : gerund.end()]
                actions.append(("tried", f" {tried[0].lower()}{tried[1:]}: it {result}"))
    return actions


def _plausible(verb: str, rest: str) -> bool:
    """Is this verb with this clause an attempt? "used to", "moved last week", "had a question" and "have been
    wanting" are not."""
    if verb == "used" and rest.lstrip().lower().startswith("to "):
        return False
    if verb == "paid":
        return _PAID.search(rest.lower()) is not None
    if verb in _HELD:
        return _IN_A_STATE.match(rest) is not None
    if verb == "moved":
        return _RELOCATED.match(rest) is None
    if verb == "asked":  # "I asked the hotel to search again"; not "I've asked 3 times" or "asked about it"
        return _ASKED_SOMEONE.match(rest) is not None
    if verb == "bought":  # "I already bought a toothbrush": only "already" makes a purchase a workaround
        return False
    return not (verb.startswith("has been ") and verb[len("has been ") :] in _NOT_TRYING)


def _informative(verb: str, rest: str) -> bool:
    """Does the clause after the verb say what was tried? "that" alone does not; "them, they said no block" does,
    and so does a specific verb with a qualifier ("reconnected it twice yesterday")."""
    if not rest.strip() or _NOT_AN_ATTEMPT.match(rest) or _GIVEN_THING.match(rest) or _ONLY_WHEN.match(rest):
        return False
    if verb not in _GENERIC_VERBS and _SPECIFIC_OBJECT.match(rest):
        return True
    vague = _VAGUE_OBJECT.match(rest)
    if vague is None:
        return True
    return len(re.findall(r"[\w$#'-]+", rest[vague.end() :])) >= _MIN_WORDS_AFTER_VAGUE
