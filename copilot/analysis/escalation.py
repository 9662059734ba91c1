"""Why the conversation reached a human: one of the eight escalation codes of DESIGN.md.

When the bot platform sends ``escalation.trigger``, its free-form string is mapped to a code by its words
("user_asked_for_agent" -> ``customer_requested_human``, "low_confidence" -> ``ai_unable_to_resolve``,
"negative_sentiment" -> ``high_frustration``...). Otherwise (or when the trigger means nothing known) the reason
is inferred from the transcript:

1. a sensitive topic (bereavement, fraud, self-harm, medical, harassment, safety) always wins: the agent must
   know before anything else (a medical mention only until the assistant later quotes a policy that needs a
   person: the handover is then for the policy);
2. otherwise the *latest* direct cause wins, because it is what made the conversation move now: the customer
   asking for a human, a policy topic only a human may handle (refund or exception approvals, legal threats,
   account deletion and privacy requests), repeated failed attempts or a bot loop, the assistant saying it cannot
   help (not when that is only its reply to an outright ask for a person), and, when frustration is high, the
   customer's last angry outburst (which loses a tie to the other causes of the same turn);
3. otherwise high frustration, then a VIP profile, then ``other``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from copilot.analysis import frustration_patterns
from copilot.analysis.cues import asks_for_human, asks_for_person, says_cannot_help, word_list
from copilot.analysis.escalation_platform import system_reason, vip_statement
from copilot.analysis.escalation_statements import (
    admits_failed_fixes,
    asks_for_someone,
    complains_bot_repeats,
    states_inability,
    states_rule,
)
from copilot.analysis.pattern_gate import PhraseScanner
from copilot.context import Prepared, PreparedMessage
from copilot.schema import AttemptedSolution, EscalationReason, Frustration, FrustrationSignal, VipFlag

__all__ = ["infer_escalation", "map_trigger"]

_TRIGGER_WORDS: tuple[tuple[str, frozenset[str]], ...] = (
    (
        "sensitive_topic",
        word_list(
            "sensitive bereavement death deceased fraud scam selfharm suicide medical harassment abuse",
            "safety threat crisis emergency vulnerable vulnerability",
        ),
    ),
    (
        "policy_requires_human",
        word_list(
            "policy compliance legal limit approval approve authorization authorisation gdpr privacy",
            "deletion delete regulatory regulated exception override manual_review review kyc",
        ),
    ),
    ("vip_customer", word_list("vip priority premium enterprise vvip highvalue whale tier")),
    # the agent side stepped in on its own: nothing in the conversation asked for it
    (
        "other",
        word_list(
            "takeover take_over taken_over barge barge_in proactive monitoring whisper agent_initiated",
            "manual_transfer shift_end shift_change end_of_shift reassign reassigned",
        ),
    ),
    (
        "high_frustration",
        word_list(
            "sentiment negative frustration frustrated angry anger upset toxic rage profanity",
        ),
    ),
    (
        "repeated_failure",
        word_list(
            "repeated repeat repeats loop looped looping retries retry attempts exceeded max_attempts",
            "failures multiple same again restarted restart",
        ),
    ),
    (
        "customer_requested_human",
        word_list(
            "customer_request user_request request requested asked ask agent human live person transfer",
            "handoff operator representative escalate_to_agent talk speak",
        ),
    ),
    (
        "ai_unable_to_resolve",
        word_list(
            "low_confidence confidence fallback no_match nomatch unknown unrecognized unrecognised",
            "not_understood out_of_scope unsupported unresolved unable failure failed no_answer intent",
            "nlu error",
        ),
    ),
    ("other", word_list("inactivity inactive idle timeout timed_out abandoned manual scheduled after_hours")),
)

_COUNTER_TRIGGER = re.compile(
    r"(?:fallback|retry|retries|attempt|failure|error|loop|reprompt|no_?match|no_?input)s?_?(?:limit|threshold|max|maximum"
    r"|exceeded|count|reached)|max(?:imum)?_?(?:fallback|retr|attempt|failure|error|reprompt)"
)
"""A platform counter that ran out ("fallback_limit", "max_retries", "reprompt_threshold"): the bot's tries kept
failing, whatever the other words of the trigger (the "limit" of a policy is not meant)."""
_LANGUAGE_TRIGGER = re.compile(r"(?:language|locale|lang)(?!_?(?:barrier_?)?(?:misunderstood|not_?understood))")
"""A trigger about the customer's language ("unsupported_language", "language_unsupported"): the assistant is
not failing on the request, the conversation is routed to someone who speaks it, which is ``other``."""

_RELATIVE = (
    r"(?:husband|wife|mother|father|mom|mum|dad|son|daughter|partner|brother|sister|grandmother|grandfather|grandma|"
    r"grandpa|aunt|uncle|child|baby|parent|spouse|fianc[eé]e?)"
)
_SENSITIVE = re.compile(
    rf"\b(?:passed\s+away|deceased|funeral|bereave\w*|widow(?:ed|er)?|estate\s+of|death\s+(?:certificate|of\s+my|in\s+"
    rf"(?:my|the)\s+family)|lost\s+my\s+{_RELATIVE}|{_RELATIVE}\s+(?:has\s+|just\s+|recently\s+)?(?:died|passed)"
    r"|fraud\w*|scam\w*|identity\s+theft|stolen\s+identity|hacked|unauthori[sz]ed\s+(?:charge|transaction|access|"
    r"payment|purchase|login)|someone\s+(?:has\s+)?(?:used|accessed|took\s+over|taken\s+over|got(?:ten)?\s+into|broken\s+into|broke\s+into|logged\s+into)\s+(?:my|our)|suicid\w*|kill\s+myself|end\s+it\s+all"
    r"|end\s+my\s+life|self[-\s]?harm|hurt\s+myself|don'?t\s+want\s+to\s+live|hospital\w*|medical\s+(?:emergency|"
    r"condition|reasons)|surgery|chemo\w*|diagnosed\s+with|life[-\s]support|harass\w*|stalk(?:ing|ed|er)|"
    r"threaten\w*\s+me|domestic\s+(?:abuse|violence)|abusive\s+(?:partner|ex)|caught\s+fire|on\s+fire|smoke\s+"
    r"(?:came|coming)|burn(?:ed|t)\s+(?:me|my)|electric\s+shock|exploded|injur\w*|carbon\s+monoxide|gas\s+leak"
    r"|(?:i'?m|i\s+am|we'?re|we\s+are|i\s+don'?t\s+feel)\s+(?:not\s+)?safe\s+(?:there|here|at\s+home|with)|not\s+safe\s+"
    r"(?:there|at\s+home)|afraid\s+of\s+(?:him|her|my)|restraining\s+order|protective\s+order|(?:my\s+ex|ex)\s+"
    r"(?:has\s+access|is\s+(?:stalking|threatening|following))|fled|in\s+a\s+shelter)\b"
)
_POLICY = re.compile(
    r"\b(?:lawyer|attorney|legal\s+action|sue|lawsuit|(?:to|in)\s+court|small\s+claims|subpoena|gdpr|ccpa|data\s+(?:protection|"
    r"subject|access|deletion)\s*(?:request)?|right\s+to\s+be\s+forgotten|delete\s+(?:my|all\s+my)\s+(?:account|"
    r"data|personal\s+(?:data|information))|rgpd|dsgvo|close\s+my\s+account\s+(?:and|permanently)|privacy\s+(?:request|"
    r"complaint)|(?:needs?|requires?|requiring)\s+(?:a\s+)?(?:manager|supervisor|manual|human)?\s*(?:approval|"
    r"review|authori[sz]ation)|over\s+(?:the|my|our)\s+(?:limit|threshold)|above\s+(?:the|my|our)\s+(?:limit|"
    r"threshold)|exceeds?\s+(?:the|my|our)\s+(?:limit|threshold)|(?:outside|against|per)\s+(?:our|the)\s+"
    r"(?:policy|return\s+window|refund\s+policy)|(?:under|per|according\s+to|in\s+line\s+with)\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}"
    r"polic(?:y|ies)|policy\s+(?:doesn'?t|does\s+not|won'?t)\s+allow|exception\s+to\s+"
    r"(?:the|our)\s+policy|make\s+an\s+exception|goodwill\s+(?:credit|gesture)|compensation"
    # the assistant's authority stops here: "can only be approved by our team", "has to be done by an agent"
    r"|exceptions?\s+to\s+(?:the|our)\s+(?:[\w-]+\s+){0,3}policy|can\s+only\s+be\s+(?:approved|made|granted|"
    r"authori[sz]ed|processed|handled|completed|done|reviewed|changed|requested|arranged|actioned|initiated|updated)\s+by|(?:has|have|needs?|must)\s+to\s+be\s+"
    r"(?:completed|approved|handled|done|reviewed|processed|verified|placed|applied|made|set\s+up)\s+by"
    r"|must\s+(?:only\s+)?be\s+(?:approved|handled|reviewed|processed|verified|completed|placed|applied|set\s+up)\s+by"
    r"\s+(?:our|a|an|the|one\s+of\s+our)\s+(?:[\w-]+\s+){0,3}(?:team|agents?|specialists?|staff|colleagues?)|(?:only|just)\s+(?:our|the|a|an)\s+"
    r"(?:[\w-]+\s+){0,3}(?:team|agents?|specialists?|staff)\s+(?:can|may|is\s+able)|for\s+your\s+(?:protection|"
    r"security),?\s+(?:only|i\s+can'?t|i\s+cannot|i'?m\s+not\s+able|we\s+can'?t|removing|changes)"
    r"|(?:can|could)\s+(?:only\s+)?(?:refund|credit|approve|issue|waive)\s+up\s+to"
    # a check that only staff may run: "updating the phone number needs an identity check by our support team"
    r"|(?:needs?|requires?)\s+(?:an?\s+)?(?:identity|security|id|manual|fraud|eligibility)\s+(?:check|verification|review)\s+by"
    # a rule that routes the request to a named team: "can only be released through a data request handled by
    # our Data team", "add-on refunds are approved by our billing specialists"
    r"|can\s+only\s+be\s+\w+\s+(?:through|via)\s+(?:an?|our|the)\s+(?:[\w-]+\s+){0,3}(?:(?:request|review|process)\s+"
    r"(?:handled|run|processed|reviewed|done|approved)\s+by|team|department|specialists?|agents?|staff)"
    r"|(?:are|is)\s+(?:only\s+)?(?:approved|authori[sz]ed|granted|decided|signed\s+off|handled|done|processed)\s+by\s+"
    r"(?:our|a|an|the)\s+"
    r"(?:[\w-]+\s+){0,3}(?:team|agents?|specialists?|staff|department|managers?|supervisors?)"
    # the same in German, Spanish, French, Portuguese, Italian: "only a staff member can ...", "exceptions"
    r"|(?:kann|können|darf|dürfen)\s+nur\s+(?:ein|eine|unser|unsere)\w*\s+(?:\w+\s+){0,2}(?:mitarbeiter|team|kolleg"
    r"|spezialist|fachabteilung)\w*|nur\s+(?:ein|eine|unser|unsere)\w*\s+(?:mitarbeiter|kolleg|team|spezialist)\w*\s+"
    r"(?:kann|darf|können|dürfen)|ausnahmen?\s+(?:von|vom|bei)\s+(?:der|dem|den|unserer|unseren)\s+\w+"
    r"|(?:solo|sólo|solamente|unicamente|únicamente)\s+(?:un|una|nuestro|nuestra|el|la)\s+(?:agente|asesor|equipo|especialista"
    r"|supervisor)\w*\s+(?:[\w-]+\s+){0,3}(?:puede|podr[aá])|excepci[oó]n\s+(?:a|de)\s+(?:la|nuestra)\s+pol[ií]tica"
    r"|seule?s?\s+(?:un|une|notre|nos|l')\s*(?:conseill|agent|[ée]quipe|sp[ée]cialiste|responsable)\w*\s+"
    r"(?:peu|pour)\w*|exception\s+[àa]\s+(?:la|notre)\s+(?:politique|r[eè]gle)"
    r"|(?:so|só)\s+(?:um|uma|nossa|nosso|a|o)\s+(?:atendente|agente|equipe|especialista|supervisor)\w*\s+(?:[\w-]+\s+){0,3}(?:pode|poder[aá])"
    r"|solo\s+(?:un|una|il\s+nostro|la\s+nostra)\s+(?:operator|agent|team|consulent|specialist|supervisor)\w*\s+"
    r"(?:pu[oò]|potr[aà]))\b"
)
_REPEATED_ADMISSION = re.compile(
    r"\bafter\s+(?:several|multiple|many|a\s+few|repeated|\d+|two|three|four|five)\s+(?:attempts|tries|times)"
    r"|\b(?:failed|been\s+rejected|been\s+declined)\s+(?:again|twice|(?:\w+\s+)?(?:two|three|four|\d+)\s+times)"
)
"""The assistant says its fixes kept failing ("I haven't been able to fix this after several tries")."""
_ADMISSION_WORDS = ("after", "failed", "been")
"""A word every match of :data:`_REPEATED_ADMISSION` holds: a turn without one skips the regex."""
_OFFERS_PERSON = re.compile(
    r"\b(?:would\s+you\s+like|do\s+you\s+want|shall\s+i|should\s+i)\s+(?:me\s+)?(?:to\s+)?(?:connect|transfer|"
    r"pass|put|speak|talk|chat)"
)
_ANNOUNCES = re.compile(
    r"\b(?:i'?ll|i\s+will|i'?m\s+going\s+to|let\s+me)\s+(?:now\s+)?(?:connect|transfer|hand|pass|escalate|route)\b"
    r"|\b(?:i'?m|i\s+am)\s+(?:now\s+)?(?:connecting|transferring|passing|handing|bringing\s+in)\b"
    r"|\bi'?ve\s+(?:now\s+)?(?:passed|forwarded|transferred|escalated)\s+(?:you|your)"
)
"""The assistant announces the handover as done or under way (not an offer: "would you like me to connect you?")."""
_ANNOUNCE_WORDS = re.compile(r"connect|transfer|hand|pass|escalat|route|bringing|forward")
"""A word every match of :data:`_ANNOUNCES` holds (one literal alternation: searched in C)."""
_CUSTOMER_WORDS = re.compile(r"prefer|rather|talk|speak|chat|like|want|need|time|keep|kept|same|vez|fois")
"""A word every match of the wider customer cues holds (:func:`asks_for_someone`, :func:`complains_bot_repeats`)."""
_ACCEPTS = re.compile(
    r"^\W*(?:(?:oh|omg|wow|ah|great|perfect|thanks)\W+)?(?:yes|yeah|yep|yup|sure|ok(?:ay)?|please(?:\s+do)?"
    r"|that\s+would\s+be|go\s+ahead)\b"
)
"""A customer turn that says yes to the assistant's offer."""
_SENSITIVE_SCAN = PhraseScanner.of_alternatives(_SENSITIVE.pattern)
_MEDICAL = re.compile(r"hospital|medical|surgery|chemo|diagnosed|life[-\s]support")
"""A sensitive match that is only a medical mention ("I have knee surgery on the 9th"): the subject does not
outrank a later policy the assistant quotes, unlike a death, a fraud or a threat to safety."""
_ANGER = re.compile(frustration_patterns.ANGER)
_HOT_KINDS = frozenset({"profanity", "threat_to_leave"})
"""Frustration signals that show anger by their kind (shouting and angry words are read from their detail)."""
_POLICY_SCAN = PhraseScanner.of_alternatives(_POLICY.pattern)
_NAMES_AUTHORITY = re.compile(r"\bby\b|only|approv|review|authori|verif|up\s+to|protection|security|allow|check|polic")
"""A policy match that says who decides or what the rule is; a match without any (a bare "compensation",
"lawyer", "GDPR") names only the subject."""
_REPEATED_FAILURES = 2
_SOFT = "Medical mention. "
_CLOSING_TURNS = 2
"""The assistant's last turns, where it says why it hands over."""
_CLOSING_ASKS = 3
"""The customer's last turns, where a wish for a person or a complaint that the assistant loops moves it."""
_OUTRANK_MEDICAL = frozenset({"policy_requires_human", "customer_requested_human"})


@dataclass(frozen=True)
class _Evidence:
    code: str
    index: int
    message_id: str
    explanation: str


def map_trigger(trigger: str) -> str | None:
    """Map a platform's free-form trigger ("user_asked_for_agent", "Low Confidence", "policy") to a code, or None
    when none of its words is known. The most specific reading wins (sensitive > policy > ... > ai_unable);
    triggers that say nothing about the conversation ("inactivity_timeout") map to ``other``."""
    lowered = trigger.strip().lower()
    joined = re.sub(r"[\s-]+", "_", lowered)
    if _COUNTER_TRIGGER.search(joined):
        return "repeated_failure"
    if _LANGUAGE_TRIGGER.search(joined):
        return "other"
    words = set(re.findall(r"[a-z]+", lowered.replace("-", "_"))) | {lowered.replace(" ", "_").replace("-", "_")}
    words |= {"_".join(pair) for pair in zip(lowered.split("_"), lowered.split("_")[1:], strict=False)}
    for code, vocabulary in _TRIGGER_WORDS:
        if words & vocabulary:
            return code
    return None


def infer_escalation(
    prepared: Prepared,
    *,
    attempts: list[AttemptedSolution],
    frustration: Frustration,
    vip: VipFlag,
) -> EscalationReason:
    """The escalation reason: the platform's trigger when it maps to a code, else inferred (module docstring)."""
    info = prepared.request.escalation
    trigger = (info.trigger or "").strip() if info else ""
    if trigger:
        code = map_trigger(trigger)
        if code == "other" and _is_language_trigger(trigger) and _last_assistant_gave_up(prepared):
            code = "ai_unable_to_resolve"  # "I didn't understand, connecting you": the bot failed, not the routing
        if code is not None:
            note = f" ({info.note})" if info and info.note else ""
            evidence = _latest_evidence(prepared, attempts, frustration, code)
            return EscalationReason(
                code=code,  # type: ignore[arg-type]
                explanation=f"The bot platform escalated with trigger '{trigger}'{note}.",
                message_ids=[evidence.message_id] if evidence else [],
            )
    # an unknown trigger ("keyword:sim_swap") says no more than none, so the platform's own lines are read too
    stated = system_reason(prepared, map_trigger)
    if stated is not None and not _sensitive(prepared):
        code, message_id = stated
        return EscalationReason(
            code=code,  # type: ignore[arg-type]
            explanation="A platform message in the conversation states why it was routed to a person.",
            message_ids=[message_id],
        )
    reason = _inferred(prepared, attempts, frustration, vip)
    if trigger:
        reason.explanation += f" The platform's trigger '{trigger}' is not a known reason."
    return reason


def _inferred(
    prepared: Prepared, attempts: list[AttemptedSolution], frustration: Frustration, vip: VipFlag
) -> EscalationReason:
    evidence, announced = _collect(prepared, attempts, frustration)
    stated_vip = vip_statement(prepared) if vip.is_vip else None
    if stated_vip is not None:
        index, message_id = stated_vip
        # first: in its own turn, the route the assistant names ("As a Platinum member, I'm connecting you to
        # our Priority Desk") says why it hands over, over what it cannot do or which rule applies
        evidence.insert(0, _Evidence("vip_customer", index, message_id, f"VIP routing ({vip.reason})."))
    evidence.extend(_angry_turns(prepared, frustration))
    sensitive = [e for e in evidence if e.code == "sensitive_topic" and not _outranked_mention(e, evidence)]
    direct = _before_handover(announced, evidence)
    chosen = sensitive[0] if sensitive else (max(direct, key=lambda e: e.index) if direct else None)
    if chosen is not None:
        return EscalationReason(code=chosen.code, explanation=chosen.explanation, message_ids=[chosen.message_id])  # type: ignore[arg-type]
    accepted = _accepted_offer(prepared)
    if accepted is not None:
        return EscalationReason(
            code="customer_requested_human",
            explanation="The customer accepted the assistant's offer of a person.",
            message_ids=[accepted],
        )
    if frustration.level == "high":
        ids = _signal_ids(frustration.signals)
        return EscalationReason(
            code="high_frustration", explanation="The customer is highly frustrated.", message_ids=ids
        )
    if vip.is_vip:
        return EscalationReason(
            code="vip_customer", explanation=f"VIP customer ({vip.reason}): handled by a person.", message_ids=[]
        )
    return EscalationReason(code="other", explanation="No specific escalation cause was found in the conversation.")


def _collect(
    prepared: Prepared, attempts: list[AttemptedSolution], frustration: Frustration
) -> tuple[list[_Evidence], int | None]:
    """Every piece of evidence for a direct cause, with the position of the message that shows it, and the
    position of the assistant's first announcement of the handover (None without one)."""
    found: list[_Evidence] = []
    last_turns = frozenset([m.index for m in prepared.messages if m.role == "ai"][-_CLOSING_TURNS:])
    last_asks = frozenset(m.index for m in prepared.customer_messages[-_CLOSING_ASKS:])
    announced: int | None = None
    for message in prepared.messages:
        text = message.text.lower()
        if message.role == "customer":
            match = _SENSITIVE_SCAN.search(text)
            if match:
                soft = _MEDICAL.search(match.group(0)) is not None
                explanation = f"{_SOFT if soft else ''}Sensitive topic: '{match.group(0)}'."
                found.append(_Evidence("sensitive_topic", message.index, message.id, explanation))
            # the wider wordings count in the customer's last turns, where what moves the conversation is said
            # (and most turns hold none of their words)
            wider = message.index in last_asks and _CUSTOMER_WORDS.search(text) is not None
            asked = asks_for_human(message.text) or (wider and asks_for_someone(text))
            if asked and not _echoes_limit(prepared, message.index, message.text):
                explanation = "The customer asked for a human."  # the original text: as the frustration stage asked
                found.append(_Evidence("customer_requested_human", message.index, message.id, explanation))
            if wider and complains_bot_repeats(text):
                explanation = "The customer says the assistant keeps giving the same answer."
                found.append(_Evidence("repeated_failure", message.index, message.id, explanation))
        if message.role == "ai" and announced is None and _ANNOUNCE_WORDS.search(text) and _ANNOUNCES.search(text):
            announced = message.index
        # where the assistant hands over (its last two turns and its first announcement), its limit counts in any
        # task words ("I can't regenerate that here") and a rule routing the task to people counts; elsewhere
        # only the shared list of task verbs and the policy topics ("orders are packed by our warehouse team"
        # along the way is no rule for the handover)
        closing = message.role == "ai" and (message.index in last_turns or message.index == announced)
        unable = message.role == "ai" and (says_cannot_help(text) or (closing and states_inability(text)))
        if message.role in {"customer", "ai", "agent"}:
            rule = states_rule(text) if closing else None
            policy = rule or _POLICY_SCAN.search(text)
            # a policy subject named beside "I can't do that here" is what the assistant cannot do, unless it
            # also says who must do it ("... has to be approved by our team")
            if policy and not (unable and rule is None and _NAMES_AUTHORITY.search(policy.group(0)) is None):
                found.append(
                    _Evidence(
                        "policy_requires_human",
                        message.index,
                        message.id,
                        f"Policy topic that needs a person: '{policy.group(0)}'.",
                    )
                )
        if message.role == "ai" and (_admits_repeated_failure(text) or admits_failed_fixes(text)):
            explanation = "The assistant's attempts kept failing."
            found.append(_Evidence("repeated_failure", message.index, message.id, explanation))
        if unable and not _answers_request(prepared, message.index):
            explanation = "The assistant could not resolve the request."
            found.append(_Evidence("ai_unable_to_resolve", message.index, message.id, explanation))
    found.extend(_repeated_failure(prepared, attempts))
    for signal in frustration.signals:
        looped = prepared.by_id.get(signal.message_id)
        if signal.kind == "bot_loop" and looped is not None and looped.role == "ai":
            found.append(_Evidence("repeated_failure", looped.index, looped.id, "The assistant went round in a loop."))
    return found, announced


def _before_handover(announced: int | None, evidence: list[_Evidence]) -> list[_Evidence]:
    """The evidence up to the assistant's first announcement of the handover ("I'll transfer you to our team"):
    what made it hand over was said by then; what follows (the customer adding that they already phoned the
    airline) is said on the way out. All the evidence when nothing comes before the announcement."""
    if announced is None:
        return evidence
    before = [e for e in evidence if e.index <= announced]
    return before or evidence


def _is_language_trigger(trigger: str) -> bool:
    """True when the platform's trigger is about the customer's language ("unsupported_language")."""
    return _LANGUAGE_TRIGGER.search(re.sub(r"[\s-]+", "_", trigger.strip().lower())) is not None


def _last_assistant_gave_up(prepared: Prepared) -> bool:
    """True when the assistant's last turn says it could not help or understand the customer."""
    last = next((m for m in reversed(prepared.messages) if m.role == "ai"), None)
    return last is not None and says_cannot_help(last.text)


def _outranked_mention(sensitive: _Evidence, evidence: list[_Evidence]) -> bool:
    """True when a sensitive match is only a medical mention and the assistant or customer later names a policy
    that needs a person, or the customer later asks for one: the handover is then because of the policy or the
    request, not the subject (a bereavement, a fraud or a threat to safety always wins)."""
    return sensitive.explanation.startswith(_SOFT) and any(
        e.code in _OUTRANK_MEDICAL and e.index > sensitive.index for e in evidence
    )


def _previous(prepared: Prepared, index: int) -> PreparedMessage | None:
    """The message right before position ``index`` (system lines skipped), or None."""
    return next((m for m in reversed(prepared.messages[:index]) if m.role != "system"), None)


def _answers_request(prepared: Prepared, index: int) -> bool:
    """True when the assistant turn at ``index`` answers a customer who just asked for a person outright ("I want
    to talk to someone" - "I can't call the hotel, I'm connecting you"): the request is what moved the
    conversation, the assistant's limit is only its reply."""
    previous = _previous(prepared, index)
    return previous is not None and previous.role == "customer" and asks_for_person(previous.text)


def _echoes_limit(prepared: Prepared, index: int, text: str) -> bool:
    """True when a customer turn only asks whether someone can do the task ("can someone do it today?") right
    after the assistant said it cannot: the customer follows the assistant's limit, which stays the cause."""
    if asks_for_person(text):
        return False
    previous = _previous(prepared, index)
    return previous is not None and previous.role == "ai" and says_cannot_help(previous.text)


def _angry_turns(prepared: Prepared, frustration: Frustration) -> list[_Evidence]:
    """The latest customer turn that shows anger (profanity, a threat to leave, shouting, an angry phrase) when
    the conversation's frustration is high: an outburst after everything else is what made it move now. Added
    after the other evidence, so a request or a limit in the same turn wins the tie."""
    if frustration.level != "high":
        return []
    latest: PreparedMessage | None = None
    for signal in frustration.signals:
        message = prepared.by_id.get(signal.message_id)
        if message is None or message.role != "customer" or not _is_hot(signal):
            continue
        if latest is None or message.index > latest.index:
            latest = message
    if latest is None:
        return []
    return [_Evidence("high_frustration", latest.index, latest.id, "The customer's anger made the conversation move.")]


def _is_hot(signal: FrustrationSignal) -> bool:
    """True when a frustration signal shows anger, not impatience."""
    if signal.kind in _HOT_KINDS:
        return True
    if signal.kind == "caps_or_punctuation":
        return signal.detail.startswith("shouting")
    return signal.kind == "explicit_frustration" and _ANGER.search(signal.detail.lower()) is not None


def _admits_repeated_failure(lowered: str) -> bool:
    """True when a lower-cased assistant turn says its fixes kept failing (a substring test first: most turns
    hold none of the words the pattern needs)."""
    return any(word in lowered for word in _ADMISSION_WORDS) and _REPEATED_ADMISSION.search(lowered) is not None


def _sensitive(prepared: Prepared) -> bool:
    """True when a customer turn raises a sensitive topic (which outranks every other reason)."""
    return any(m.role == "customer" and _SENSITIVE_SCAN.search(m.text.lower()) for m in prepared.messages)


def _accepted_offer(prepared: Prepared) -> str | None:
    """The id of the customer's "yes please" to the assistant's offer of a person, if there is one."""
    offered = False
    for message in prepared.messages:
        if message.role == "ai":
            offered = _OFFERS_PERSON.search(message.text.lower()) is not None
        elif message.role == "customer" and offered and _ACCEPTS.search(message.text.lower()):
            return message.id
    return None


def _repeated_failure(prepared: Prepared, attempts: list[AttemptedSolution]) -> list[_Evidence]:
    failed = [a for a in attempts if a.outcome in {"failed", "partial"} and a.message_ids]
    # One customer reply that says "did that, still broken" settles every attempt it answers: count the replies
    # that reported a failure, not the attempts, so one fix described three ways is not a repeated failure.
    reports = {a.message_ids[-1] for a in failed}
    if len(reports) < _REPEATED_FAILURES:
        return []
    message = prepared.by_id.get(failed[-1].message_ids[-1])
    if message is None:
        return []
    return [
        _Evidence("repeated_failure", message.index, message.id, f"{len(failed)} attempted solutions did not work.")
    ]


def _latest_evidence(
    prepared: Prepared, attempts: list[AttemptedSolution], frustration: Frustration, code: str
) -> _Evidence | None:
    matching = [e for e in _collect(prepared, attempts, frustration)[0] if e.code == code]
    if matching:
        return max(matching, key=lambda e: e.index)
    if code == "high_frustration" and frustration.signals:
        signal = frustration.signals[-1]
        message = prepared.by_id.get(signal.message_id)
        return _Evidence(code, message.index if message else 0, signal.message_id, "") if message else None
    return None


def _signal_ids(signals: list[FrustrationSignal]) -> list[str]:
    return list(dict.fromkeys(s.message_id for s in signals))[:3]
