"""What an assistant (AI or agent) turn tried, described in the third person: ``assistant_descriptions(text, role)``.

One description per sentence that does something for the customer: an action done ("AI sent a reset email"), a
lookup ("AI looked up order A-1234", "AI found no payment of $20 on the account"), an offer ("AI offered to
cancel the order", "AI offered a prepaid return label"), a shared link ("AI shared the help article on delayed
orders", "AI shared the UPS tracking link"), a suggestion ("AI suggested the customer restart their router") or a
policy explained ("AI explained that codes can't be combined with another code"). Greetings, apologies, requests
for the customer's details and the announcement of the transfer are not attempts.
"""

from __future__ import annotations

import re

from copilot.analysis.asks import requested_fact_types
from copilot.analysis.attempt_clauses import (
    CLAUSE_OPENINGS,
    before_handoff,
    clause_action,
    confirmation_asked,
    split_compound,
    states_a_rule,
    without_list_marker,
)
from copilot.analysis.attempt_text import (
    ACTOR,
    URL,
    clip,
    find,
    first_person_to_actor,
    link_description,
    lower_first,
    person,
    sentences,
    without_urls,
)
from copilot.analysis.cues import announces_transfer, says_cannot_help
from copilot.analysis.pattern_gate import contains_any, prefix_lookahead
from copilot.request_memo import per_request

__all__ = ["assistant_descriptions", "refuses_request"]

_MAX_PER_MESSAGE = 4

_ACTIONS = (
    r"try|restart|reboot|reset|turn|switch|power|unplug|plug|reinstall|install|update|upgrade|clear|log|"
    r"sign|check|verify|use|wait|visit|go|open|tap|click|select|enable|disable|toggle|change|remove|reinsert|insert|"
    r"charge|move|pair|re-?pair|forget|reconnect|connect|follow|track|return|ship|send|upload|submit|fill|contact|call|"
    r"look|make\s+sure|ensure|delete|uninstall|download|refresh|reload|scan|re-?enter|enter|apply|place|reorder|"
    r"cancel|request|drop\s+off|print|test|run|hold|press|re-?activate|activate|top\s+up|set\s+up|re-?register|"
    r"refuse|report|compare|book|schedule|keep|add|pause|dial|swap|exchange|replace|text|email|double-check|review|"
    r"claim|allow|grant|disconnect|unlink|re-?link|link|re-?sync|sync|export|import|lower|reduce|choose|pick|correct|"
    r"resubmit|re-?send|rename|edit|adjust|clean|wipe|inspect|reseat"
)
_ACTION_WORDS = frozenset(
    word
    for action in _ACTIONS.split("|")
    for word in (re.split(r"\\s\+|-\?", action)[0], action.replace("-?", ""))
    if word.isalpha()
)
"""The first word of every action: a sentence without one cannot match :data:`_SUGGEST` (a set lookup is far
cheaper than letting the big pattern try every position)."""
_SUGGEST_LEAD_WORDS = (
    r"\b(?:and|then|first|next|also|meanwhile|now|so)\s+|\b(?:please|kindly)\s+|\b(?:could|can|would)\s+you\s+"
    r"(?:please\s+)?|\byou\s+(?:can|could|might|may|should)\s+(?:also\s+)?(?:want\s+to\s+)?|\b(?:i|we)(?:'d|\s+would)?\s+"
    r"(?:also\s+)?(?:recommend|suggest)(?:\s+that\s+you)?\s+|\blet'?s\s+|\bhave\s+you\s+tried\s+|\bit\s+(?:may|might|could)\s+"
    r"help\s+to\s+|\b(?:best|first|next)\s+(?:thing|step)\s+(?:is|would\s+be)\s+to\s+"
)
"""The words that lead a suggested action ("please", "could you", "I'd recommend")."""
_SUGGEST = re.compile(
    # the zero-width lead admits only where a match can start (the text's start, a comma or colon, a lead word's
    # first letters): other positions fail at once instead of trying every lead (same matches, faster)
    rf"(?:^|(?=[,;:])|\b{prefix_lookahead([_SUGGEST_LEAD_WORDS])})(?:^|[,;:]\s*|{_SUGGEST_LEAD_WORDS})"
    # "Next, gently clean the speaker mesh": a manner adverb before the action
    r"(?:(?:gently|carefully|firmly|quickly|simply|just|also|briefly|fully|completely)\s+)?"
    rf"(?P<action>(?:{_ACTIONS})\b(?!-)[^?]*)"
)
_WORDS = re.compile(r"[a-z]+")
_TRY_GERUND = re.compile(
    r"\b(?:have\s+you\s+tried|(?:you\s+(?:can|could|might|may)\s+)?try|(?:i|we)(?:'d|\s+would)?\s+(?:also\s+)?"
    r"(?:recommend|suggest))\s+(?P<action>[a-z]+ing\b[^?]*)"
)
_NOT_A_SOLUTION = frozenset({"confirmed", "verified", "found", "located"})
_LOOKUP = re.compile(
    r"\b(?:i|we)(?:'ve|\s+have)?\s+(?:found|located|pulled\s+up|looked\s+up|looked\s+(?:at|into)|searched|"
    r"can\s+see|see)\s+(?P<rest>(?:(?:your|the|both|an?|two|all|one|order|account|payment|charge|appointment|"
    r"ticket|case|booking|reservation|subscription|invoice|transaction|trip|flight|itinerary|membership|workspace)\b(?!\s+(?:frustration|point|concern))"
    # "I can see international charges on the line", "I see Fiber 500 and one Unlimited Plus line on account 1190"
    r"|(?!(?:that|why|how|what|where|when|who|you|this|it|if|whether|there|here)\b)(?:[\w$.,-]+\s+){0,6}?"
    r"(?:orders?|accounts?|payments?|charges?|lines?|plans?|usage|transactions?|appointments?|bookings?|invoices?|"
    r"refunds?|fees?|credits?|devices?|changes?|transfers?|sessions?|logins?|records?|tickets?|claims?|flights?|trips?|"
    r"stays?|rooms?|seats?|memberships?|workspaces?)\b)[^?]*)"
)
_NOT_FOUND = re.compile(
    r"\b(?:i|we)\s+(?:don'?t|do\s+not|can'?t|cannot|couldn'?t|could\s+not|wasn'?t\s+able\s+to|am\s+not\s+able\s+to|"
    r"'m\s+not\s+able\s+to)\s+(?:see|find|locate)\s+(?:an?|any)\s+(?P<rest>(?:[^?,;]|,(?=\d))*)"
)
_OFFER = re.compile(
    r"\b(?:would\s+you\s+like\s+me\s+to|do\s+you\s+want\s+me\s+to|want\s+me\s+to|shall\s+i|should\s+i|"
    r"i\s+can\s+also|i(?:'d|\s+would)\s+be\s+happy\s+to|i'?m\s+happy\s+to|i\s+could|i\s+can)\s+"
    r"(?P<rest>(?!(?:(?:currently|only|now|also|still|certainly|definitely)\s+)?(?:help|assist|see|understand|hear|"
    r"connect|transfer|pass|do|tell)\b)[a-z][^?.!]*)"
)
_OFFER_THING = re.compile(
    # "Would you like a prepaid return label?", "Would you like to cancel the order instead?"
    r"\b(?:would|do)\s+you\s+(?:like|want)\s+(?P<to>to\s+)?(?P<rest>(?!to\b|me\b|us\b|anything\b|help\b|speak\b|"
    r"talk\b|chat\b|connect\b|be\s+connected\b|be\s+transferred\b|someone\b)[a-z][^?.!]*)"
)
_HELP_OFFER = re.compile(
    # "I can help you cancel your membership": an offer to do it, unlike "I can help with that"
    rf"\b(?:i|we)\s+can\s+help\s+(?:you\s+)?(?:to\s+)?(?P<rest>(?:{_ACTIONS})\b(?!-)[^?.!]*)"
)
_CHECK_QUESTION = re.compile(
    # diagnostic questions: "Do you have any backup codes?", "Is the cable firmly connected?", "Have you run a
    # speed test?"
    r"^(?:do|does)\s+(?P<who>you|it|the\s+[a-z-]+|your\s+[a-z-]+)\s+have\s+(?P<have>(?:any|an?)\s+[^?]{3,80})\?$"
    r"|^(?P<be>is|are)\s+(?P<np>(?:the|your)\s+[a-z0-9 -]+?)\s+(?P<state>(?:(?:firmly|properly|securely|still|fully"
    r"|correctly|definitely)\s+)?(?:connected|plugged|turned|switched|enabled|disabled|on|off|charged|updated|"
    r"installed|lit|blinking|flashing|set|showing|working)\b[^?]*)\?$"
    r"|^have\s+you\s+(?:already\s+)?(?P<done>(?:run|done|checked|updated|restarted|cleared|installed|"
    r"contacted|called|tried|used|enabled|disabled|reset|changed|received|seen)\b[^?]*)\?$"
)
_LABEL = re.compile(r"^[A-Z][\w&.'-]*:\s+(?=\S)")  # a sender or section label: "Acme: Your order ..."
_GREETING = re.compile(
    r"^(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Gg]ood\s+(?:morning|afternoon|evening))(?:\s+[A-Z][\w'-]*)?\s*[,!]\s+(?=\S)"
)
_VAGUE_HELP = re.compile(r"^(?:look|check)\s+(?:into|on|at)?\s*(?:that|it|this)\b")
_HANDOFF = re.compile(
    r"\b(?:transfer|connect|pass|put)(?:ring)?\s+(?:you|them)(?:\s+(?:to|with|through|over)\b|\s*(?:now\s*)?[.!]?$)"
)
_WH_QUESTION = re.compile(r"^\s*(?:what|which|when|where|who|how|why)\b")
_ANYTHING_ELSE = re.compile(r"\banything\s+else\b")
_MORE_INFO = re.compile(r"^(?:hear|know|learn|read|find\s+out)\s+more\s+(?:about|on)\s+")
_EXPLAIN_CUE_WORDS = (
    r"\b(?:ships?|shipped|arrive|arrives|scheduled|window|policy|fee|fees|within|only|because|means|usually"
    r"|typically|normally|takes?|eligible|covers|applies|includes?|included|expires?|valid|limit|outside|days?|"
    r"no\s+longer|can(?:'|no)?t\s+be|cannot\s+be|must|requires?|required|available|slots?|exclude|excludes|"
    r"caused|status|shows?|charged|billed|refund\w*|deducted|combined|due|ended|ends|reversed|rejected|declined|"
    r"denied|compatible|since|until|after|before|free|credits?|credited|automatic(?:ally)?|costs?|per|rates?|"
    r"when|if|once|lists?|printed|hidden|only|off|each|fine|enough|accepted)\b"
    # a rule about someone else: "Guests can use order tracking", "The sofa needs a 30-inch doorway"
    r"|\b(?<!you\s)(?<!i\s)(?<!we\s)(?<!they\s)(?<!it\s)(?<!this\s)(?<!that\s)(?<!here\s)(?:can|may|needs?)\s+"
    r"(?!(?:help|assist|say|tell|type|reply|ask|answer|repeat)\b)[a-z]"
)
_EXPLAIN_CUE = re.compile(rf"\b{prefix_lookahead([_EXPLAIN_CUE_WORDS])}(?:{_EXPLAIN_CUE_WORDS})")
"""Words that explain a rule or a state; every alternative starts at a word, so the lookahead on their first
letters rejects the other word starts at once (same matches, faster)."""
_PRICE = re.compile(r"[$€£]\s?\d|\d\s?%")
_ENGLISH = re.compile(r"\b(?:the|is|are|get|gets|for|of|and|with|each|per|off|will|your)\b")
"""A price or a share in an English sentence ("lines 3 and 4 get $15 off each") is informative too; an amount
alone does not make a sentence in another language English."""
_NOT_EXPLAINING = re.compile(
    r"^(?:sorry|i'?m\s+sorry|i\s+apologi[sz]e|thanks|thank\s+you|great|hi|hello|hey|sure|of\s+course|no\s+problem"
    r"|i\s+understand|i\s+see|please|i|i'(?:ve|ll|m)|we|we'(?:ve|ll)|welcome|glad|good\s+(?:morning|afternoon|"
    r"evening)|congratulations|you'?re\s+welcome|was\s+this|did\s+this|does\s+this|is\s+there|reply|text|say|let|"
    r"feel|don'?t|do\s+not|before\s+(?:i|we)|this\s+can\s+be|that\s+can\s+be|it\s+can\s+be|here\s+(?:is|are)|"
    r"this\s+is\s+an?\s+(?:automatic|automated)|you\s+(?:won'?t|will\s+not|don'?t)\s+need)\b"
)
_HEDGE = re.compile(
    r"^\W*(?:unfortunately|however|just\s+so\s+you\s+know|note(?:\s+that)?|please\s+note(?:\s+that)?|fyi|ok(?:ay)?|so|"
    r"yes(?=\s*[,!.]))\b[\s,:!.]*",
    re.I,
)
_BOOKKEEPING = re.compile(
    r"\b(?:added|noted|logged|forwarded|passed|sent|moved|routed)\b[^.]*\bto\s+(?:(?:the|your|our)\s+)?(?:[a-z']+\s+){0,3}"
    r"(?:ticket|case|(?<!on\s)file|notes?|record|queue|team|colleagues?|specialists?|department|conversation|thread)\b"
)
_QUESTION = re.compile(r"^\s*(?:what|which|when|where|who|how|why|is|are|do|does|did|was|were)\b")
_DONE = re.compile(
    r"\b(?:i|we)(?:'ve|\s+have|\s+just|\s+already|'ve\s+just|\s+have\s+just|\s+have\s+now|'ve\s+now|'ve\s+also|"
    r"\s+also)?\s+(?P<verb>sent|re-?sent|issued|processed|initiated|requested|created|opened|submitted|applied|"
    r"escalated|reset|refunded|cancell?ed|canceled|updated|changed|credited|scheduled|booked|arranged|filed|logged|"
    r"raised|ordered|added|put|removed|unlocked|reactivated|extended|waived|re-?shipped|replaced|restarted|refreshed|"
    r"re-?submitted|emailed|generated|placed|flagged|reported|checked|verified|confirmed|located|found|traced|"
    r"contacted|turned\s+(?:on|off)|blocked|enabled|disabled|suspended|paused|activated|deactivated|released|ran|"
    r"tested|reversed|started|unsubscribed|subscribed|rebooked|reissued|renewed|restored|upgraded|downgraded|corrected|"
    r"fixed|adjusted|marked|reinstated|released|deleted|closed|unblocked|re-?enabled|lowered|increased|moved|recorded)\b"
    r"(?P<rest>[^?]*)"
)
_DONE_PASSIVE = re.compile(
    # "Done! Order A-1 has been cancelled." "Your refund has been processed."
    r"^(?:done\W+)?(?P<thing>(?:your|the|order|account|booking|refund|payment|subscription|line)\b[^?]*?)\s+"
    r"(?:(?:has|have)\s+(?:now\s+)?been|(?:is|are)\s+now)\s+(?P<verb>[a-z]+ed)\b(?P<rest>[^?]*)"
)
_IN_PROGRESS = re.compile(
    # "I'm also checking if you qualify for the discount plan" -> "Agent started checking if they qualify..."
    r"\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:also\s+|now\s+|currently\s+|already\s+)*(?P<verb>checking|looking\s+into|"
    r"reviewing|investigating|processing|escalating|arranging|setting\s+up|running|verifying|tracing|preparing|"
    r"working\s+on)\b(?P<rest>[^?]*)"
)
_STATUS_TOLD = re.compile(r"^\S+\s+(?:said\s+the\s+status\s+of|gave\s+the\s+(?:latest\s+|current\s+)?status\s+as)\b")
_VAGUE_REST = frozenset("on that it this for you them now into right away the matter case".split())  # noqa: SIM905
_STATUS = re.compile(
    # "Latest status: In transit - arrived at the Reno depot", "Order A-1 (two lamps) is Processing."
    r"^(?:(?:the|your)\s+)?(?P<which>(?:latest|current|new)\s+)?status(?:\s+(?:is|shows))?\s*:?\s+(?P<status>\S.*)$"
    r"|^(?P<thing>(?:(?:the|your)\s+)?(?:order|package|parcel|shipment|delivery|ticket|case|claim|request|refund|"
    r"return|payment|transfer|application|appointment|booking|reservation|account|line|repair|replacement|"
    r"subscription|card)\b.{0,80}?)\s+(?:is|was)\s+(?:currently\s+|now\s+|still\s+)?(?P<state>in\s+transit|on\s+hold|"
    r"out\s+for\s+delivery|processing|pending|shipped|delivered|dispatched|active|inactive|approved|open|closed|"
    r"resolved|in\s+progress|under\s+review|scheduled|confirmed|awaiting\b[^.]*|ready\b[^.]*)\s*$"
)
_ESTIMATE = re.compile(
    # "Estimated delivery with Standard shipping: Dec 3 - Dec 7", "The estimated restore time is 11 PM"
    r"^(?:the\s+|your\s+)?(?:estimated|expected|new|projected)\s+(?P<what>(?:delivery|arrival|restore|restoration|"
    r"repair|completion|resolution|processing|shipping|dispatch|refund|wait)(?:\s+(?:time|date|window))?)\b"
    r"(?:\s+(?:is|will\s+be|:))?\s*(?P<rest>\S.*)$"
)
_POINTED = re.compile(
    # "You can see your balance in Account > Wallet", "You can file a claim at claims.example.com"
    r"\byou\s+(?:can|could|may)\s+(?:also\s+|always\s+)?(?P<action>(?:see|find|view|check|track|manage|change|update|"
    r"reschedule|rebook|cancel|file|submit|download|access|request|report|book|pay|start|edit|renew|claim|dispute|"
    r"upload|order|print|set)\b[^?]*)"
)
_PLACE = re.compile(
    r"\s>\s|\b(?:app|link|page|portal|website|site|online|menu|settings|section|tab|form|dashboard|account\s+area)"
    r"\b|\b[a-z0-9-]+\.(?:[a-z0-9-]+\.)*[a-z]{2,}\b(?<!\.e\.g)"
)
_YES_NO = re.compile(
    # a diagnostic yes/no question: "Did your checkout fail the first time?", "Could a family member have used
    # a saved card?", "Were you on a cruise recently?"; not a request ("Could you send...") or a sales question
    r"^(?:(?:could|can|would|will)\s+(?!you\s+(?:please|tell|share|send|confirm|give|provide|check|try|let|"
    r"describe|explain|clarify|rephrase|upload|attach)\b)|(?:did|does|do|is|are|was|were|has|have|had)\s+)"
    r"(?!you\s+(?:want|need|like|prefer|know|mind)\b|there\s+anything\b|this\b|that\b|it\s+help|i\b|we\b)"
    r"[a-z][^?]{6,120}\?$"
)
_WILL = re.compile(
    r"\b(?:i|we)(?:'ll|\s+will|\s+can|\s+could)\s+(?P<only>only\s+)?(?P<verb>send|issue|process|initiate|request|create|open|submit|"
    r"apply|reset|refund|cancel|update|change|credit|schedule|book|arrange|file|raise|reship|replace|offer|"
    r"give|email)\b(?P<rest>[^?]*)"
)
_SELF_TRY = re.compile(r"\b(?:let\s+me|i'?ll|i\s+will|i'?m\s+going\s+to|we'?ll|let\s+us)\s+$")
_THIRD_PARTY_DONE = re.compile(
    # "United has rebooked you on UA 2240", "The airline has already refunded your ticket": another company acted
    r"^(?P<who>(?:[Tt]he\s+)?[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,2}|[Tt]he\s+(?:airline|carrier|hotel|bank|courier|seller|"
    r"merchant|manufacturer|insurer|provider))\s+(?:has|have|had)\s+(?:already\s+|now\s+|just\s+)?"
    r"(?P<verb>[a-z]+ed)\s+(?P<rest>(?:you|your)\b[^?]*)$"
)
_CHOICE = re.compile(
    # "Which plan would you like for the new lines: Basic ($50/line), Plus ($70/line) or Max ($85/line)?"
    r"^which\s+(?P<thing>[a-z][a-z -]{1,30}?)\s+would\s+you\s+(?:like|prefer)\b(?P<rest>[^:?]*):\s*"
    r"(?P<options>[^?]{5,})\?$"
)
_NOT_THIRD_PARTY = frozenset({"i", "we", "you", "it", "this", "that", "they", "he", "she", "everything", "nothing"})
_COPULA = re.compile(r"^\s*(?:is|are|was|were|would\s+be|will\s+be)\b", re.I)
_POLICY_CONDITION = re.compile(
    # "If you placed an order in the last 7 days and forgot a code, we can refund the discount": a rule told for
    # anyone in that case, not an offer to this customer ("If you'd like, we can refund it" is one)
    r"^(?:if|when|once|as\s+long\s+as)\s+(?:you|your|the|an?)\b(?!'d\b|\s+(?:would|like|want|prefer|wish)\b)"
)
_SHARED = re.compile(
    r"\b(?:here(?:'s|\s+is|\s+are)|you\s+can\s+(?:find|track|see|check|read|view|follow)|i'?ve\s+(?:attached|included|"
    r"linked|shared)|(?:see|check\s+out|read)\s+(?:this|our|the))\s+(?P<thing>[^:.!?\n]*)"
)
_LINK_WORDS = re.compile(r"\b(?:link|article|guide|page|faq|help\s+cent(?:er|re)|instructions|steps|portal|form)\b")
_VAGUE_LINK_WORDS = frozenset(
    """a an the our this that these it its here there more information info details detail full guide article link
    page help helps helpful may might which explains everything some you your can find read all about useful
    following below above steps""".split()  # noqa: SIM905
)
_AI_CANNOT = re.compile(
    r"\bi(?:'m|\s+am)\s+(?:not\s+able|unable)\s+to\b|\bi\s+(?:can(?:'|no)?t|cannot|couldn'?t|could\s+not)\b"
)
_FEEDBACK = re.compile(r"\b(?:rate\s+(?:this|our|the|my|your)|survey|feedback\s+(?:form|survey))\b")
_YOU_SUBJECT = re.compile(r"(\w+\s+)?\byou\b", re.I)
_OBJECT_BEFORE = frozenset(
    "to for with from at by on of about send give tell call email text help show ask let".split()  # noqa: SIM905
)
_CONDITION = re.compile(r"^(?:if|when|once|after|as\s+long\s+as)\b", re.I)
_VAGUE_THING = re.compile(r"\b(?:that|this|those|these)\s+[a-z]")
_RANGE = re.compile(r"(\d)(?:\s+[-–—]\s*|\s*[-–—]\s+)(?=(?:[A-Z][a-z]{2,8}\.?\s+)?\d)")  # "Dec 3 - Dec 7"
_JOINS = re.compile(r"^(?:\(|(?:with|for|by|on|of|to|from|at)\b)")
_VAGUE_OFFER = frozenset("hear it this that them accept offer more about know proceed continue go ahead".split())  # noqa: SIM905
_REASON = re.compile(r"\b(?:so|because|since|as)\b")
_PASSED_WITH = re.compile(
    r"\b(?:passing|pass|transferring|transfer|handing|hand|escalating|escalate|sending|send)\b[^.!?]*?\bwith\s+"
    r"(?P<what>(?:your|the|their|all\s+the)\s+[a-z0-9 -]{2,40}?)\s*(?:[.,;!?]|$)"
)
_PASSING_ON = re.compile(
    # "..., so I'm passing this to a colleague": what follows "so" is the handoff, not a reason
    r"\s+(?:i'?m|i\s+am|i'?ll|i\s+will|we'?re|we'?ll|let\s+me)\s+(?:now\s+)?(?:passing|pass|transferring|transfer|"
    r"connecting|connect|handing|hand|escalating|escalate|bringing|bring|sending|send)\b"
)
_SO_THEN = re.compile(r",\s*(?:so|and\s+so|which\s+is\s+why)\s*$")
_TRY_AGAIN = re.compile(
    r"^(?:try|retry)\s+(?:it\s+)?again(?:\s+(?:later|now|soon|in\s+a\s+(?:bit|moment|few\s+\w+)))?\W*$"
)
_MEANS = re.compile(r"^\s*(?:with|using|via|through)\s+(?:the|your|our|a|an)\s+[^,]{2,40}?,?\s*$", re.I)
_NOUN_SUBJECT = re.compile(
    # "Reset links work for 30 minutes", "Update files are large": an action word heading a noun phrase, not an
    # imperative
    r"^[a-z-]+\s+(?:[a-z-]+\s+)?[a-z-]+s\s+(?:(?:of|over|under|above|below|longer\s+than|more\s+than)\s+[^,;]{1,30}?\s+)?"
    r"(?:work|are|expire|last|take|can|will|must|may|need|only|usually|have|get|come|stay|remain|cannot|can't|don't|"
    r"do\s+not|vary|differ|depend|apply|happen|appear|expire|qualify|count|mean|cost|include|require)\b"
)
_NONE_FOUND = re.compile(
    # "There is no known outage at this address right now", "I see no block on the line": a check that found none
    r"^(?:there\s+(?:is|are|was|were)|i\s+(?:can\s+)?see)\s+(?:currently\s+|also\s+)?no\s+(?P<rest>(?:(?:known|"
    r"reported|active|open|current|recent|pending|other|new)\s+)?(?:outages?|issues?|problems?|records?|orders?|"
    r"payments?|charges?|blocks?|holds?|faults?|errors?|transactions?|refunds?|tickets?|cases?|reports?|incidents?|"
    r"bookings?|reservations?|appointments?|notes?|flags?|restrictions?|devices?|matches|trace|sign|accounts?|"
    r"disputes?|claims?|returns?|credits?|changes?)\b[^?]*)$"
)
_REFUSAL = re.compile(
    # "I'm sorry, I can't do that", "I can't make account changes like that": a request turned down, named only
    # by a back-reference to the customer's turn before
    r"(?:^|[.!]\s+)\W*(?:(?:i'?m\s+)?(?:so\s+|very\s+)?sorry,?\s+|unfortunately,?\s+)?(?:but\s+)?(?:(?:i|we)\s+(?:can(?:'|no)?t|"
    r"cannot|won'?t)|(?:i'm|i\s+am|we're|we\s+are)\s+(?:not\s+able|unable)\s+to)\s+(?:(?:do|grant|apply|make|process|action|honou?r|"
    r"follow)\s+)?(?:that|this|those|it|(?:[a-z]+\s+){1,3}like\s+(?:that|this)|(?:[a-z]+\s+){1,6}(?:in\s+)?that\s+way)"
    r"(?:\s+request)?\s*(?:[.!]|$)"
)
_HANDING_ON = re.compile(r",?\s+(?:so|and)\s+(?:i|we)(?:'m|'ll|'ve|\s+am|\s+will|\s+have|'re|\s+are)\s", re.I)
# "I can't make changes like that", "... refunds that way": see refuses_request
_BACK_REFERENCE = re.compile(r"\b(?:like\s+(?:that|this)|that\s+way)$")
_NONE_OPENINGS = ("there ", "i see ", "i can see ")
_CANNOT_DO = re.compile(
    r"\b(?:i|we)(?:'m|\s+am|'re|\s+are)\s+(?:not\s+able|unable)\s+to\s+(?P<rest>[a-z][^?]*)"
    r"|\b(?:i|we)\s+(?:can(?:'|no)?t|cannot)\s+(?P<rest2>[a-z][^?]*)"
)
_VAGUE_CANNOT = re.compile(
    r"^(?:do\s+(?:that|this|it|so)|help\s+with\s+(?:that|this)|(?:see|find|locate|access|tell|say|promise|guarantee|"
    r"confirm|share|give\s+you)\b|(?:that|this|it)\b|make\s+(?:that|this|those|these)\b|[a-z]+\s+(?:that|this|it|them|"
    r"those|these)\s*$)"
)
_TRAILING_HEDGE = re.compile(r",?\s+(?:though|however|unfortunately|i'?m\s+afraid|sorry)$", re.I)
_LEAD_IN = re.compile(
    r"^\W*(?:(?:(?:i'?m|i\s+am|we'?re)\s+)?(?:so\s+|very\s+|really\s+)?sorry|unfortunately|i'?m\s+afraid|but|however|"
    r"thanks|thank\s+you|ok(?:ay)?|sure|and|also|as\s+(?:an?\s+)?(?:ai|assistant|virtual\s+assistant|bot))?\W*$",
    re.I,
)
_OPTION = re.compile(
    # "Another option is pausing your service for 3 months", "One alternative would be to move your plan"
    r"^(?:another|one|an|the\s+other|a\s+(?:better|cheaper|quicker))\s+(?:option|alternative|choice|possibility)\s+"
    r"(?:is|would\s+be|could\s+be)\s+(?:to\s+)?(?P<rest>[a-z][^?]{5,})$"
)
_DID_YOU_KNOW = re.compile(
    # "Before you cancel, did you know you can also move to a smaller plan?": an alternative offered as a question
    r"\bdid\s+you\s+know\s+(?:that\s+)?you\s+(?:can|could)\s+(?:also\s+)?(?P<rest>[a-z][^?]{5,})\?"
)

# Literals one of which every match of a pattern contains (each is searched in lower-cased text): a sentence
# without one skips the search. Derived from the patterns' alternatives; keep them in step when editing those.
_HANDOFF_NEEDS = ("transfer", "connect", "pass", "put")
_FEEDBACK_NEEDS = ("rate", "survey", "feedback")
_BOOKKEEPING_NEEDS = ("added", "noted", "logged", "forwarded", "passed", "sent", "moved", "routed")
_DONE_NEEDS = ("ed", "sent", "reset", "put", "found", "ran")  # every other verb of _DONE ends in "ed"
_LOOKUP_NEEDS = ("found", "located", "pulled", "looked", "searched", "see")
_OFFER_NEEDS = ("like", "want", "shall", "should", "happy", "could", "can")
_SHARED_NEEDS = ("here", "you", "ve", "see", "check", "read")

# The words the assistant's first-person patterns are led by, each a whole run of letters in every match: "i"/"we"
# before "'ve", "'m", "'re", "'ll" or a space ("I've sent", "we can"), "im" ("im happy to"), "were" ("were
# checking"), "me" ("would you like me to"). A sentence's words are read once: most sentences ("Please restart the
# router", "A grinding noise usually means...") hold none, and every pattern that needs one is skipped unsearched.
_I_WE = frozenset({"i", "we"})  # _DONE, _LOOKUP, _NOT_FOUND, _CANNOT_DO, _WILL, _HELP_OFFER
_I_WE_GOING = frozenset({"i", "im", "we", "were"})  # _IN_PROGRESS ("i'?m", "we'?re")
_I_ME = frozenset({"i", "im", "me"})  # _OFFER ("want me to", "shall i", "i'?m happy to")
_ANY_SPEAKER = frozenset({"i", "we", "me", "im", "were"})
"""What a reader assumes when it is not told a sentence's words: any first-person word may be there."""

_YOU_TO_THEY = {
    "your": "their",
    "yours": "theirs",
    "yourself": "themselves",
    "you": "they",
    "you're": "they're",
    "you've": "they've",
    "you'll": "they'll",
    "you'd": "they'd",
}


@per_request
def assistant_descriptions(text: str, role: str) -> tuple[str, ...]:
    """What an assistant turn tried, one description per sentence (or per clause of a sentence joining a rule and
    an offer), at most four (cached per text: one turn is read once per request)."""
    actor = ACTOR.get(role, "AI")
    found: list[str] = []
    for sentence in sentences(text):
        if ", and " in sentence:
            described = _sentence_descriptions(sentence, actor)
        else:
            single = _describe_sentence(sentence, actor)
            described = (single,) if single else ()
        for told in described:
            description = first_person_to_actor(told, actor)
            if found and _STATUS_TOLD.match(found[-1]) and description.startswith(f"{actor} gave the estimated "):
                estimate = description[len(actor) + len(" gave the ") :].replace(" as ", " ", 1)
                found[-1] = clip(f"{found[-1].rstrip('…')}, with the {estimate}")  # one lookup, told once
                continue
            if all(description.lower() != d.lower() for d in found):
                found.append(description)
            if len(found) >= _MAX_PER_MESSAGE:
                return tuple(found)
    return tuple(found)


def _sentence_descriptions(sentence: str, actor: str) -> tuple[str, ...]:
    """What one sentence tries; a sentence joining a rule and an offer ("..., and we can send you a letter") is
    told as both clauses when each says something alone."""
    if ", and " in sentence:
        parts = split_compound(sentence)
        if len(parts) > 1:
            told = [_describe_sentence(part, actor) for part in parts]
            if all(told):
                return tuple(description for description in told if description)
    description = _describe_sentence(sentence, actor)
    return (description,) if description else ()


def _describe_sentence(sentence: str, actor: str) -> str | None:
    """The attempt one sentence makes, less a handoff and a request for the customer's details."""
    if announces_transfer(sentence):
        sentence = before_handoff(sentence) or ""  # "I can register it here, and a colleague will then..."
        if not sentence or announces_transfer(sentence):
            return None
    description = _describe(sentence, actor)
    if description is None or _asks_for_details(sentence):
        # "can you confirm that the serial is 19L33?" ("onfirm": "confirm" and "Confirm", one cheap test)
        return confirmation_asked(sentence, actor, _YOU_TO_THEY) if "onfirm" in sentence else None
    return description


def _describe(sentence: str, actor: str) -> str | None:
    """The attempt one sentence makes, or None."""
    plain = _GREETING.sub("", _LABEL.sub("", without_urls(sentence).strip()))
    if not plain[:1].isalpha():  # "2) Move it closer", "🎁 The kit comes with...": the marker hides the sentence
        plain = without_list_marker(plain)
    lowered = plain.lower()
    if (
        ("anything" in lowered and _ANYTHING_ELSE.search(lowered))
        or (contains_any(lowered, _HANDOFF_NEEDS) and _HANDOFF.search(lowered))
        or (contains_any(lowered, _FEEDBACK_NEEDS) and _FEEDBACK.search(lowered))
    ):
        return None
    if says_cannot_help(plain):
        told = _not_found(plain, actor) or _cannot_with_reason(plain, actor) or _cannot_do(plain, actor)
        if told is None:  # "I can see a flight at 8:59pm, but I'm not able to hold seats": the lookup stands
            return _looked_up(plain, actor)
        return _passed_on_with(told, plain)
    words = frozenset(_WORDS.findall(lowered))
    return (
        _action_done(plain, actor, words)
        or (
            clause_action(plain, lowered, actor, _YOU_TO_THEY)
            if "ve " in lowered or lowered.startswith(CLAUSE_OPENINGS)
            else None
        )
        or _third_party(plain, actor)
        or _choice(plain, actor)
        or _in_progress(plain, actor, words)
        or _status(plain, actor)
        or _not_found(plain, actor, words)
        or _none_found(plain, actor)
        or _cannot_do(plain, actor, words)
        or _will(plain, actor, words)
        or _shared(sentence, plain, actor)
        or _pointed(plain, actor)
        or _option(plain, actor)
        or _suggested(plain, actor, words)
        or _offered(plain, actor, words)
        or _offered_thing(plain, actor)
        or _checked(plain, actor)
        or (f"{actor} shared {link_description(sentence)}" if _has_url(sentence) else None)
        or _explanation(plain, actor)
    )


def _action_done(plain: str, actor: str, words: frozenset[str] = _ANY_SPEAKER) -> str | None:
    """ "I've sent the reset email", "I found order A-1", "Order A-1 has been cancelled". ``words``: the
    sentence's words (:data:`_WORDS`; an action or a lookup needs "I" or "we")."""
    lowered = plain.lower()
    bookkeeping = contains_any(lowered, _BOOKKEEPING_NEEDS) and _BOOKKEEPING.search(lowered) is not None
    first_person = not words.isdisjoint(_I_WE)
    done = find(_DONE, plain, _DONE_NEEDS) if first_person else None
    if done is not None and done.group("verb").lower() not in _NOT_A_SOLUTION and not bookkeeping:
        return clip(f"{actor} {' '.join(done.group('verb').lower().split())}{person(done.group('rest'), _YOU_TO_THEY)}")
    lookup = find(_LOOKUP, plain, _LOOKUP_NEEDS) if first_person else None
    if lookup is not None and not bookkeeping:
        return clip(f"{actor} looked up {person(lookup.group('rest'), _YOU_TO_THEY)}")
    passive = find(_DONE_PASSIVE, plain, ("been", "now"))
    if passive is not None and not bookkeeping:
        thing = re.sub(r"^your\b", "the", passive.group("thing"), flags=re.I)
        rest = person(passive.group("rest"), _YOU_TO_THEY)
        return clip(f"{actor} {passive.group('verb').lower()} {thing[0].lower()}{thing[1:]}{rest}")
    return None


def _looked_up(plain: str, actor: str) -> str | None:
    """A lookup told in a sentence that also says what the assistant cannot do."""
    lookup = find(_LOOKUP, plain, _LOOKUP_NEEDS)
    return clip(f"{actor} looked up {person(lookup.group('rest'), _YOU_TO_THEY)}") if lookup is not None else None


def _third_party(plain: str, actor: str) -> str | None:
    """What another company did for the customer, as the assistant told it: "United has rebooked you on UA 2240"
    -> "AI said United has rebooked them on UA 2240" (the agent must know the customer was already offered it)."""
    if " has " not in plain and " have " not in plain and " had " not in plain:
        return None
    done = _THIRD_PARTY_DONE.match(plain.rstrip(" .!"))
    if done is None or done.group("who").lower() in _NOT_THIRD_PARTY:
        return None
    rest = person(re.sub(r"^you\b", "them", done.group("rest"), flags=re.I), _YOU_TO_THEY)
    who = re.sub(r"^The\b", "the", done.group("who"))
    return clip(f"{actor} said {who} has {done.group('verb')} {rest}")


def _choice(plain: str, actor: str) -> str | None:
    """Options offered in a question: "Which plan would you like for the new lines: Basic ($50) or Plus ($70)?" ->
    "AI offered a choice of plan for the new lines: Basic ($50) or Plus ($70)"."""
    if not plain.lower().startswith("which "):
        return None
    choice = find(_CHOICE, plain.strip())
    if choice is None:
        return None
    rest = person(choice.group("rest"), _YOU_TO_THEY).rstrip()
    return clip(f"{actor} offered a choice of {choice.group('thing')}{rest}: {choice.group('options')}")


def _in_progress(plain: str, actor: str, words: frozenset[str] = _ANY_SPEAKER) -> str | None:
    """ "I'm also checking if you qualify for the lower plan" -> "AI started checking if they qualify for the
    lower plan"; "I'm checking on that for you" says nothing and is no attempt."""
    if words.isdisjoint(_I_WE_GOING):
        return None
    going = find(_IN_PROGRESS, plain, ("ing",))
    if going is None or not set(_WORDS.findall(going.group("rest").lower())) - _VAGUE_REST:
        return None
    verb = " ".join(going.group("verb").lower().split())
    return clip(f"{actor} started {verb}{person(going.group('rest'), _YOU_TO_THEY)}")


def _status(plain: str, actor: str) -> str | None:
    """A status or an estimate given to the customer: "Latest status: In transit" -> "AI gave the latest status
    as In transit"; "Order A-1 is Processing" -> "AI said the status of order A-1 is Processing"; "Estimated
    delivery: Dec 3 - Dec 7" -> "AI gave the estimated delivery as Dec 3 to Dec 7". No colon or dash: the summary
    keeps an attempt's words before those, and the status is the point."""
    text = plain.rstrip(" .!")
    if "-" in text or "–" in text or "—" in text:  # a range needs a dash
        text = _RANGE.sub(r"\1 to ", text)
    estimate = find(_ESTIMATE, text)
    if estimate is not None:
        what, rest = estimate.group("what").lower(), _tidy(person(estimate.group("rest"), _YOU_TO_THEY))
        return clip(f"{actor} gave the estimated {what}{' ' if _JOINS.match(rest) else ' as '}{rest}")
    status = find(_STATUS, text)
    if status is None:
        return None
    if status.group("status"):
        which = status.group("which").lower()
        return clip(f"{actor} gave the {which}status as {_tidy(status.group('status'))}")
    thing = re.sub(r"^(?:the|your)\s+", "", status.group("thing"), flags=re.I)
    return clip(f"{actor} said the status of {thing[0].lower()}{thing[1:]} is {status.group('state')}")


def _tidy(text: str) -> str:
    """Colons and spaced dashes inside a status read as commas ("In transit - Arrived at the depot")."""
    return re.sub(r"\s*:\s+|\s+[-–—]\s+", ", ", text).strip(" ,")


def _you_subject(match: re.Match[str]) -> str:
    """In a question "you" is the subject ("Is the card you paid with active?" -> "... they paid with ..."),
    unless a preposition or a verb of giving comes before it ("send you")."""
    before = match.group(1) or ""
    if before.strip().lower() in _OBJECT_BEFORE:
        return match.group(0)
    return f"{before}they"


def _pointed(plain: str, actor: str) -> str | None:
    """Self-service pointed to: "You can see your balance in Account > Wallet" -> "AI pointed the customer to
    where they can see their balance in Account > Wallet"; a condition before it is kept ("..., if they can still
    sign in")."""
    pointed = find(_POINTED, plain, ("you",))
    if pointed is None or _PLACE.search(pointed.group("action").lower()) is None:
        return None
    action = person(pointed.group("action"), _YOU_TO_THEY).rstrip(" .,")
    before = plain[: pointed.match.start()].strip(" ,")
    if _CONDITION.match(before):
        action = f"{action}, {before[0].lower()}{before[1:]}"
    return clip(f"{actor} pointed the customer to where they can {person(action, _YOU_TO_THEY)}")


def _not_found(plain: str, actor: str, words: frozenset[str] = _ANY_SPEAKER) -> str | None:
    """ "I don't see an order for $37.48 in your account" -> "AI found no order for $37.48 in their account"."""
    if words.isdisjoint(_I_WE):
        return None
    missing = find(_NOT_FOUND, plain, ("see", "find", "locate"))
    if missing is None or not missing.group("rest").strip():
        return None
    rest = re.split(r"\s+(?:but|and|so|yet)\s+", missing.group("rest"), maxsplit=1)[0]
    return clip(f"{actor} found no {person(rest, _YOU_TO_THEY).strip()}")


def _passed_on_with(told: str, plain: str) -> str:
    """ "I can't check scans, so I'm passing this to an agent with your tracking number": what the agent receives
    is told after what the assistant could not do ("..., and passed it on with their tracking number")."""
    passed = _PASSED_WITH.search(plain.lower()) if " said it could not " in told else None
    if passed is None:
        return told
    what = person(plain[passed.start("what") : passed.end("what")], _YOU_TO_THEY)
    return clip(f"{told.rstrip('…')}, and passed it on with {what}")


def _cannot_with_reason(plain: str, actor: str) -> str | None:
    """ "Order A-1 is being packed, so I'm not able to cancel it" is an attempt that failed for a reason; a bare
    "I'm not able to do that" is not."""
    lowered = plain.lower()
    cannot = _AI_CANNOT.search(lowered)
    reason = _REASON.search(lowered)
    if cannot is None or reason is None or len(plain.split()) < 7 or _PASSING_ON.match(lowered, reason.end()):
        return None
    clause = re.sub(_AI_CANNOT.pattern, "the AI could not", person(plain, _YOU_TO_THEY), count=1, flags=re.I)
    clause = re.sub(r"^(?:sorry|unfortunately)\W+", "", clause, flags=re.I)
    return clip(f"{actor} explained that {lower_first(clause)}")


def refuses_request(text: str) -> bool:
    """Does an assistant turn turn down what the customer just asked, without naming it ("I'm sorry, I can't do
    that.")? The attempt is then told with the customer's request."""
    lowered = text.lower()
    if "n't" not in lowered and "not " not in lowered and "cannot" not in lowered:
        return False
    return _REFUSAL.search(lowered.strip()) is not None


def _none_found(plain: str, actor: str) -> str | None:
    """ "There is no known outage at this address right now" -> "AI checked and found no known outage at this
    address right now"."""
    if not plain[:12].lower().startswith(_NONE_OPENINGS):
        return None
    none = find(_NONE_FOUND, plain.rstrip(" .!"))
    if none is None:
        return None
    return clip(f"{actor} checked and found no {person(none.group('rest'), _YOU_TO_THEY)}")


def _cannot_do(plain: str, actor: str, words: frozenset[str] = _ANY_SPEAKER) -> str | None:
    """What the assistant said it cannot do, without a reason: "I'm not able to offer discounts" -> "AI said it
    could not offer discounts"; a bare "I can't do that" or "I can't see..." says nothing here."""
    if words.isdisjoint(_I_WE):
        return None
    lowered = plain.lower()
    if "n't" not in lowered and "not " not in lowered and "unable" not in lowered and "cannot" not in lowered:
        return None
    cannot = find(_CANNOT_DO, _TRAILING_HEDGE.sub("", plain.rstrip(" .!")))
    if cannot is None or not _LEAD_IN.match(plain[: cannot.match.start()]):
        return None  # "Because it has shipped, I can't edit the address": the reason is the point, told whole
    rest = _HANDING_ON.split(cannot.group("rest") or cannot.group("rest2"), maxsplit=1)[0].strip(" ,")
    if len(rest.split()) < 2 or _VAGUE_CANNOT.match(rest.lower()) or _BACK_REFERENCE.search(rest.lower()):
        return None
    who = "it" if actor.isupper() else "they"
    return clip(f"{actor} said {who} could not {person(rest, _YOU_TO_THEY)}")


def _will(plain: str, actor: str, words: frozenset[str] = _ANY_SPEAKER) -> str | None:
    """ "I'll send you a new label", "I can refund the fee" -> "AI offered to ..."."""
    if words.isdisjoint(_I_WE):
        return None
    will = find(_WILL, plain, ("ll", "can", "could"))
    if will is None:
        return None
    if will.match.group(0).startswith("we") and _POLICY_CONDITION.match(plain.lower()):
        return _explanation(plain, actor, need_cue=False)  # "If you forgot a code, we can refund it": the rule
    only = "only " if will.group("only") else ""  # "I can only offer the refund minus benefits used": a limit
    if will.group("verb").lower() in {"offer", "give"}:  # "I can offer you 20% off" -> "AI offered 20% off"
        thing = re.sub(r"^\s*(?:you|them)\b", "", will.group("rest"), flags=re.I)
        if _COPULA.match(thing):  # "The refund I can offer is $50.01": what the offer is, told whole
            return _explanation(plain, actor, need_cue=False)
        return clip(f"{actor} offered {only}{person(thing, _YOU_TO_THEY).strip()}")
    told = person(will.group("verb").lower() + will.group("rest"), _YOU_TO_THEY)
    return clip(f"{actor} offered {'only ' if only else ''}to {told}")


def _option(plain: str, actor: str) -> str | None:
    """ "Another option is pausing your service for up to 3 months" -> "AI offered the option of pausing their
    service for up to 3 months"."""
    option = find(_OPTION, plain.rstrip(" .!"))
    if option is None and "know" in plain:
        option = find(_DID_YOU_KNOW, plain)
    if option is None:
        return None
    rest = person(option.group("rest"), _YOU_TO_THEY)
    return clip(f"{actor} offered the option {'of ' if rest.split()[0].endswith('ing') else 'to '}{rest}")


def _offered(plain: str, actor: str, words: frozenset[str] = _ANY_SPEAKER) -> str | None:
    """ "Would you like me to walk you through the steps?" -> "AI offered to walk them through the steps"."""
    helps = find(_HELP_OFFER, plain, ("help",)) if not words.isdisjoint(_I_WE) else None
    if helps is not None and not _VAGUE_HELP.match(helps.group("rest").lower()):
        return clip(f"{actor} offered to help them {person(helps.group('rest'), _YOU_TO_THEY)}")
    if words.isdisjoint(_I_ME):
        return None
    offer = find(_OFFER, plain, _OFFER_NEEDS)
    if offer is not None:
        return clip(f"{actor} offered to {person(offer.group('rest'), _YOU_TO_THEY)}")
    return None


def _offered_thing(plain: str, actor: str) -> str | None:
    """ "Would you like a prepaid return label?" -> "AI offered a prepaid return label"; "Would you like to hear
    more about our shipping times?" -> "AI offered more information about our shipping times"."""
    offer = find(_OFFER_THING, plain, ("like", "want"))
    if offer is None or _WH_QUESTION.match(plain.lower()):
        return None
    rest = person(offer.group("rest"), _YOU_TO_THEY).strip(" ,")
    if not set(_WORDS.findall(rest.lower())) - _VAGUE_OFFER:  # "Would you like to hear it?", "accept this offer"
        return None
    more = _MORE_INFO.match(rest.lower())
    if more is not None:
        return clip(f"{actor} offered more information about {rest[more.end() :]}")
    return clip(f"{actor} offered {'to ' if offer.group('to') else ''}{rest}")


def _checked(plain: str, actor: str) -> str | None:
    """A diagnostic question: "Do you have any backup codes?" -> "AI asked whether the customer has any backup
    codes"; "Is the cable firmly connected?" -> "AI asked whether the cable is firmly connected"."""
    check = find(_CHECK_QUESTION, plain)
    if check is None:
        question = _YES_NO.match(plain.lower())
        if question is None:
            return None
        asked = person(_YOU_SUBJECT.sub(_you_subject, plain), _YOU_TO_THEY)
        return f"{actor} asked “{clip(asked).rstrip('?')}?”"
    if check.group("have"):
        who = check.group("who")
        subject = "the customer has" if who.lower() == "you" else f"{person(who, _YOU_TO_THEY)} has"
        clause = f"{subject} {check.group('have')}"
    elif check.group("np"):
        clause = f"{check.group('np')} {check.group('be').lower()} {check.group('state')}"
    else:
        clause = f"the customer has {check.group('done')}"
    return clip(f"{actor} asked whether {person(clause, _YOU_TO_THEY)}")


def _shared(sentence: str, plain: str, actor: str) -> str | None:
    """ "Here is our guide to slow speeds: <url>" -> "AI shared our guide to slow speeds"; a vague "You can find
    more information here: <url>" is named from the URL instead ("AI shared the help article on late orders")."""
    shared = find(_SHARED, plain, _SHARED_NEEDS)
    if shared is None or not (_has_url(sentence) or _LINK_WORDS.search(shared.group("thing").lower())):
        return None
    thing = re.sub(r"\byour\b", "the", shared.group("thing"), flags=re.I).strip(" ,")
    if _has_url(sentence) and _is_vague(thing):
        return f"{actor} shared {link_description(sentence)}"
    return clip(f"{actor} shared {thing or 'a link'}")


def _is_vague(thing: str) -> bool:
    """Does the text around a link say nothing about it ("it here", "more information", "an article that may
    help")?"""
    return not any(word not in _VAGUE_LINK_WORDS for word in _WORDS.findall(thing.lower()))


def _suggested(plain: str, actor: str, words: frozenset[str] | None = None) -> str | None:
    """ "Please restart your router" -> "AI suggested the customer restart their router"; a suggestion that
    follows a policy ("Codes can't be combined, but you can use gift cards") is told whole, as an explanation."""
    lowered = plain.lower()
    gerund = find(_TRY_GERUND, plain, ("try", "tried", "recommend", "suggest"))
    if words is None:
        words = frozenset(_WORDS.findall(lowered))
    suggest = find(_SUGGEST, plain) if not _ACTION_WORDS.isdisjoint(words) else None
    if suggest is not None and _QUESTION.match(lowered):
        suggest = None
    gerund_first = gerund is not None and (suggest is None or gerund.match.start() <= suggest.match.start())
    first = gerund if gerund_first else suggest
    if first is None:
        return None
    before = plain[: first.match.start()]
    if _explains_first(before) and not _NOT_EXPLAINING.match(lowered):
        return _explanation(plain, actor, need_cue=False)
    if first is suggest and first.match.start("action") == 0 and _NOUN_SUBJECT.match(lowered):
        return None  # "Reset links work for 30 minutes": a statement, told as an explanation
    if first is gerund:
        action = person(first.group("action"), _YOU_TO_THEY).strip(" ,")
        if _SELF_TRY.search(before.lower()):  # "Let me try restarting your Hub remotely": the assistant's own try
            return clip(f"{actor} tried {action}")
        return clip(f"{actor} suggested the customer try {action}")
    action = person(first.group("action"), _YOU_TO_THEY).strip(" ,")
    if len(action.split()) < 2 or _TRY_AGAIN.match(action.lower()):  # "Please hold.", "then try again"
        return None
    if _CONDITION.match(before.strip()) and _VAGUE_THING.search(action.lower()):
        # "If you signed up with Google, use that button instead": only the condition says which button, so the
        # sentence is told whole, as a rule (a retold "you tried that button" would say nothing)
        return _explanation(plain, actor, need_cue=False)
    means = _MEANS.match(before)
    if means is not None:  # "With the Travel Pass you can use your plan abroad": the means is the point
        action = f"{action.rstrip(' .')}, {lower_first(person(means.group(0).strip(' ,'), _YOU_TO_THEY))}"
    return clip(f"{actor} suggested the customer {action[0].lower()}{action[1:]}")


def _explains_first(before: str) -> bool:
    """Does the sentence state a fact before its suggestion ("Codes can't be combined, but you can...", "These
    boots run small, so we suggest a size up")? Then it is told whole, as an explanation."""
    if len(before.split()) < 4 or _CONDITION.match(before.strip()):  # "If it failed, please update the card"
        return False
    return _EXPLAIN_CUE.search(before.lower()) is not None or _SO_THEN.search(before.lower()) is not None


def _asks_for_details(sentence: str) -> bool:
    """Asking for the customer's details ("could you confirm your email?") is not a solution; a sentence that
    reports an action ("I've sent the label to your email") is one even if it names a detail."""
    return find(_DONE, sentence, _DONE_NEEDS) is None and bool(requested_fact_types(sentence))


def _explanation(plain: str, actor: str, need_cue: bool = True) -> str | None:
    """An informative statement ("The second box ships later with its own tracking email") as "AI explained
    that ..."; greetings, apologies, thanks and questions are not explanations."""
    plain = _HEDGE.sub("", plain.strip(" :"))
    lowered = plain.lower()
    if len(plain.split()) < 5 or plain.endswith("?") or _NOT_EXPLAINING.match(lowered):
        return None
    if (
        need_cue
        and not _EXPLAIN_CUE.search(lowered)
        and not (_PRICE.search(lowered) and _ENGLISH.search(lowered))
        and not states_a_rule(lowered)
    ):
        return None
    clause = person(plain, _YOU_TO_THEY)
    return clip(f"{actor} explained that {lower_first(clause)}")


def _has_url(sentence: str) -> bool:
    """Does the sentence hold a URL? Every URL has a slash or "www." (the cheap test first)."""
    return ("/" in sentence or "www." in sentence) and URL.search(sentence) is not None
