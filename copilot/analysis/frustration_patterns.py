"""The phrase patterns behind the frustration cues, one per cue family (lower-cased text, English first).

They describe how upset customers write in any domain, not any one product: explicit frustration, threats to
leave, wait complaints, "I already told you", polite pressure, profanity, sarcasm, complaints about the bot,
distress, urgency, a fix that still fails, contradicting the assistant, turning down its offer and "I already
did that". Each family also carries the same feelings in Spanish, French, German, Portuguese, Italian, Dutch,
Polish and Turkish (:mod:`copilot.analysis.frustration_multilingual`): the lexicon sentiment is English-only, so
for other languages these phrases are all there is.
"""

from __future__ import annotations

from copilot.analysis import frustration_multilingual as ml

__all__ = [
    "ALREADY_DONE",
    "ANGER",
    "ANNOYED_ELSEWHERE",
    "BOT_COMPLAINT",
    "CONCESSION",
    "CONTRADICTION",
    "DISTRESS",
    "EXPLICIT",
    "HEDGE",
    "POLITE_PRESSURE",
    "PROFANITY",
    "REFUSAL",
    "REPEAT_ELSEWHERE",
    "REPEAT_MENTIONED",
    "REPEAT_SAID",
    "RESIGNED",
    "SARCASM",
    "SARCASM_FOREIGN",
    "SARCASM_MARKS",
    "STILL_FAILING",
    "THREAT",
    "URGENCY",
    "WAIT",
]

_SENTENCE_START = r"(?<![\w,;:'\"] )(?<![\w,;:'\"])"
"""Zero-width: not right after a word or a comma (the start of the text, of a line or of a sentence)."""
_ENTHUSED = (
    r"(?:great|perfect|wonderful|fantastic|brilliant|awesome|lovely|amazing|nice|super|incredible|excellent"
    r"|marvell?ous|splendid)"
)
_NUMBER = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+few|few)"
_UNIT = r"(?:(?:business\s+|working\s+|whole\s+|full\s+)?(?:min(?:ute)?s?|hours?|days?|weeks?|months?))"

ANGER = (
    r"\b(?:ridiculous|absurd|unacceptable|outrageous|infuriating|furious|livid|fuming|pissed|fed\s+up|sick\s+"
    r"(?:and\s+tired\s+)?of|had\s+enough|enough\s+is\s+enough|what\s+a\s+joke|(?:is|this)\s+a\s+joke|pathetic"
    r"|worst\s+(?:service|company|experience|customer\s+service)|terrible\s+service|disgust\w*|appall\w*"
    r"|unbelievable|un-?be-?lievable|incompetent|at\s+my\s+wits'?\s+end|this\s+is\s+insane|are\s+you\s+kidding"
    r"|are\s+you\s+out\s+of\s+your\s+mind|you\s+people\b|(?:do|have)\s+you\s+(?:even\s+)?(?:got\s+)?(?:an?\s+)?"
    r"(?:actual\s+)?brain|idiot\w*|moron\w*|for\s+god'?s\s+sake|last\s+straw|i'?m\s+(?:so\s+|seriously\s+)?done"
    r"|beyond\s+frustrat\w*|absolutely\s+not"
    rf"|{ml.ANGER})"
)
"""Anger: the words the labelling conventions call high frustration (besides profanity, shouting, threats)."""
EXPLICIT = (
    r"\b(?:frustrat\w*|annoy\w*|angry|upset|tired\s+of|waste\s+of\s+(?:my\s+)?time|wasting\s+my\s+time|useless"
    r"|hopeless|can'?t\s+believe|cannot\s+believe|nightmare|so\s+done|not\s+happy|unhappy"
    r"|(?:very|extremely|deeply|really|so|pretty|quite)\s+disappointed|are\s+you\s+serious|seriously\?|come\s+on"
    r"|losing\s+my\s+patience|running\s+out\s+of\s+patience|ugh+|argh+|exhaust(?:ed|ing)|petty"
    r"|dishearten\w*|let\s+down|(?:very|really|so|deeply)\s+disappointing|maddening|aggravat\w*|exasperat\w*"
    r"|irritat(?:ed|ing)|infuriat\w*"
    rf"|{ml.EXPLICIT})"
    # a one-word exasperated sentence: "Seriously. can i talk to a real person" (not "I take it seriously.")
    rf"|{_SENTENCE_START}seriously[.!]+(?:\s|$)"
)
THREAT = (
    r"\b(?:(?:i'?ll|i\s+will|going\s+to|gonna|about\s+to|ready\s+to|thinking\s+(?:of|about)|considering|or\s+i)"
    r"\s+(?:just\s+|simply\s+)?(?:cancel|close|terminate|leave|quit)\w*|switch(?:ing)?\s+(?:to\s+)?(?:another|a\s+"
    r"different|a\s+new|your\s+competitor|providers?)"
    r"|tak(?:e|ing)\s+my\s+(?:business|money)\s+elsewhere|never\s+(?:order|shop|buy|use|come\s+back)\w*\s+"
    r"(?:from|with|again)|(?:last|final)\s+time\s+i\s+(?:order|shop|buy|use)|charge\s?back|dispute\s+(?:the|this|it)"
    r"|report(?:ing)?\s+(?:you|this)|better\s+business\s+bureau|\bbbb\b|(?:bad|negative|1[- ]star|one[- ]star)\s+"
    r"review|leav(?:e|ing)\s+a\s+review|post(?:ing)?\s+(?:this\s+)?(?:on|about\s+this\s+on)\s+(?:social|twitter|"
    r"facebook|x)|lawyer|attorney|legal\s+action|sue\s+you|small\s+claims|consumer\s+(?:protection|rights)"
    r"|ombudsman|trading\s+standards|regulator|leaving\s+(?:you|your)|find\s+another\s+(?:company|provider|store)"
    rf"|{ml.THREAT})"
)
WAIT = (
    r"\b(?:(?:been|still|keep|kept)\s+waiting|waited|waiting\s+(?:for|since)\s+(?:\w+\s+)?(?:\d|a|an|one|two|three|"
    r"over|ages|weeks|days|hours|months)|on\s+hold"
    rf"|took\s+(?:over\s+|more\s+than\s+|almost\s+)?{_NUMBER}\s+{_UNIT}"
    rf"|(?:it'?s|its|it\s+has|that'?s|that\s+is|i'?ve|we'?ve|has|have)\s+(?:now\s+|already\s+)?been\s+(?:over\s+|almost\s+|nearly\s+"
    rf"|more\s+than\s+)?{_NUMBER}\s+{_UNIT}|that'?s\s+{_NUMBER}\s+{_UNIT}"
    rf"|been\s+(?:asking|trying|chasing|calling|emailing|writing|going\s+back\s+and\s+forth)\b[^.!?]{{0,40}}\bfor\s+"
    rf"(?:over\s+|almost\s+|nearly\s+)?{_NUMBER}\s+{_UNIT}|{_NUMBER}\s+{_UNIT}\s+(?:late|overdue|and\s+(?:still|"
    r"nothing|counting))|taking\s+(?:forever|so\s+long|ages)|how\s+(?:much\s+)?long(?:er)?\s+(?:do|does|will|is|am)"
    r"|still\s+no\s+(?:word|update|reply|response|answer|refund|sign)|no\s+one\s+(?:has\s+)?(?:got(?:ten)?|gets?|"
    r"came|replied|responded|called)|nobody\s+has\s+(?:\w+\s+)?(?:yet|called|replied|responded)|never\s+heard\s+"
    r"back|no\s+(?:reply|response|update)s?\s+(?:yet|since|for)"
    r"|(?:is|are)\s+(?:there\s+)?(?:anyone|anybody|someone|you)\s+(?:still\s+)?(?:there|here)\s*\?|^hello\s*\?+\s*$"
    # "following up on my case" is how a case is reopened, calm by itself: the wait shows in how long it took
    r"|chasing\s+(?:this|you|up)|(?:you|your\s+\w+)\s+(?:told|promised|assured)\s+"
    r"(?:me|us)\b[^.!?]{0,60}\bwould\b"
    rf"|{ml.WAIT})"
)
REPEAT_SAID = (
    r"\b(?:i\s+(?:already|have\s+already|'ve\s+already|just)\s+(?:told|said|gave|explained|sent|provided|answered|"
    r"asked)|i\s+(?:said|mentioned|explained|stated|wrote)\s+(?:before|earlier|already|previously|above)"
    r"|(?:exactly|literally|precisely)\s+what\s+i\s+(?:said|wrote|told)"
    r"|what\s+i\s+(?:said|wrote)\s+in\s+my\s+first|(?:same\s+as|like\s+i\s+said)\s+in\s+my\s+first|i\s+gave\s+(?:it|"
    r"that|them)\s+to\s+you\s+(?:at\s+the\s+start|already|before|earlier)"
    r"|(?:asked|told\s+you|said|explained|contacted\s+you|called|written|emailed|requested)\s+(?:this\s+|you\s+|it\s+)?"
    r"(?:\w+\s+)?(?:twice|three\s+times|four\s+times|several\s+times|multiple\s+times|many\s+times|\d+\s+times|"
    r"repeatedly|again\s+and\s+again)|for\s+the\s+(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)|umpteenth|last)\s+"
    r"time|the\s+(?:third|fourth|fifth|\d+(?:rd|th))\s+time|(?:second|third|fourth)\s+time\b"
    r"|once\s+again|again[!?]{2,}|(?<!so\sit\s)(?<!so\sthat\sit\s)(?<!sure\sit\s)\b(?:not|doesn'?t|didn'?t|won'?t|isn'?t|still|fail\w*|broke\w*|down|wrong|same\s+\w+|this"
    r"|here\s+we\s+go|trying|asking|writing)\s+(?:\w+\s+)?again[!?.]*$|(?<=[.!?\d]\s)again[!?.]*$|^again[!?.]*$"
    r"|(?:second|third|fourth|final)\s+(?:request|attempt|reminder|follow[-\s]?up)|how\s+many\s+times|keep\s+(?:asking|telling|repeating)|i\s+(?:literally\s+)?"
    r"just\s+(?:said|told|did|gave|explained)|stop\s+asking|already\s+(?:said|told|gave|answered|explained)"
    r"|i\s+said\s+that|i\s+told\s+you"
    rf"|{ml.REPEAT_COUNT})"
)
_NOT_RESIGNED = r"(?!\s+(?:you|is|it|i|we|they|the|that|needed|works))"
RESIGNED = (
    # every alternative starts with a literal word, so the phrase scanner indexes it
    rf"{_SENTENCE_START}whatever\b{_NOT_RESIGNED}|{_SENTENCE_START}(?:ok|okay|yeah|fine)[,.]?\s+whatever\b{_NOT_RESIGNED}"
    rf"|{_SENTENCE_START}fine[.!]+(?:\s|$)"
)
"""A curt, resigned reply ("fine.", "ok whatever gets it done", "whatever. hurry up"): mild impatience, the
conventions' "curt tone" (not "whatever you need", nor "fine, thanks!" which is no sentence of its own)."""
CONCESSION = r"\bi\s+(?:do\s+|fully\s+|completely\s+)?understand(?:\s+[\w']+){0,5},?\s+but\b"
"""Polite pushback ("I understand the rule, but the benefit I used is not the one I asked for"): clear frustration
when it answers the assistant; in an opening message it only concedes a rule the customer has read."""
REPEAT_MENTIONED = r"\bas\s+i\s+(?:said|mentioned|explained|wrote|stated)\b"
"""A reminder of what was said ("As I mentioned, both charges are posted"): a common courtesy in e-mails, so a
mild sign on its own, not the clear "I already told you"."""
ANNOYED_ELSEWHERE = rf"\b(?:{ml.ANNOYED})"
"""Other languages: "that's annoying", "as I wrote", "I have been patient", read as mild."""
REPEAT_ELSEWHERE = (
    rf"\b(?:{ml.REPEAT_SAID}|(?:entiendo|je\s+comprends|ich\s+verstehe|entendi|capisco|begrijp\s+ik|rozumiem"
    r"|anlıyorum),?\s+(?:pero|mais|aber|mas|ma|maar|ale|ama)\b)"
)
"""Other languages: "I already told you" and "I understand, but", read as mild (conservative: the rest of the
turn cannot be read)."""
POLITE_PRESSURE = (
    r"\b(?:kindly|i\s+would\s+(?:appreciate|like)\s+(?:a|an|some)\s+(?:prompt|urgent|immediate|actual)|"
    r"i\s+(?:must|have\s+to)\s+(?:say|insist|stress)|awaiting\s+(?:a|your)|i\s+trust\s+you\s+will"
    r"|i\s+expect(?:ed)?\s+(?:better|more)|with\s+all\s+due\s+respect|appreciate\s+(?:the|your)\s+help[^.!?]*\bbut\b"
    r"|i'?d\s+appreciate\s+it\s+if"
    r"|i\s+am\s+(?:rather|quite|most|very)\s+(?:concerned|disappointed|dissatisfied|unhappy)"
    r"|(?:can|could)\s+you\s+at\s+least|at\s+the\s+very\s+least|what\s+(?:are\s+you|you'?re)\s+going\s+to\s+do"
    r"\s+about|(?:doesn'?t|does\s+not|didn'?t)\s+(?:seem|sound|look)\s+(?:right|fair|correct)|(?:doesn'?t|does\s+not)\s+make"
    r"\s+(?:any\s+)?sense|makes\s+no\s+sense|(?:that'?s|this\s+is|it'?s)\s+not\s+(?:fair|right|acceptable|good\s+enough)"
    r"|never\s+(?:once\s+)?complained|i'?ve\s+been\s+(?:very\s+|extremely\s+|really\s+|more\s+than\s+)?"
    r"patient)"
)
PROFANITY = (
    r"\b(?:damn\w*|hell|crap\w*|wtf|wth|ffs|omfg|shit\w*|bullshit|bs|ff*u+c+k\w*|screw\s+(?:you|this|that)|"
    r"piss\w*|bloody|arse|ass(?:hole)?|bastard\w*|sucks?)\b|\b(?:f|s)[*#@$!]{2,}\w*|\bf\s?\*+\s?k\b"
)
SARCASM = (
    rf"\b(?:(?:{_ENTHUSED}|oh\s+{_ENTHUSED})[,!.]*\s+"
    r"(?:just\s+(?:great|perfect|wonderful|what\s+i\s+needed)|another|more|again|the\s+same|thanks\s+for\s+nothing)"
    r"|thanks\s+(?:a\s+lot\s+)?for\s+nothing\b|just\s+what\s+i\s+needed\b|(?:so|very|really)\s+helpful[.!]*"
    r"\s*(?:not|/s|\.\.\.|🙄)|(?:love|loving)\s+how\s+(?:you|this|i\s+have|i'?m|it)|wow[.,!]*\s+(?:another|again|"
    r"thanks|incredible|amazing|impressive|great|just\s+wow)|yeah,?\s+right\b|sure,?\s+(?:because|that'?(?:ll|s\s+going\s+to)\s+(?:help|work|fix))"
    r"\b|but\s+sure\b|great\s+job\b[^.!?]*\b(?:not|again|another|still)\b|love\s+that\s+for\s+me\b"
    r"|(?:cool|great|wow|ok(?:ay)?|thanks),?\s+(?:thanks,?\s+)?(?:very|so|really|super)\s+helpful\b"
    r"|thanks\s+a\s+(?:lot|bunch)\b[^.!?]*\b(?:not|nothing)\b|thanks,?\s+i\s+guess\b|bold\s+strategy\b"
    r"|(?:third|second)\s+time'?s\s+the\s+charm\b|what\s+could\s+(?:possibly\s+)?go\s+wrong\b"
    r"|what\s+a\s+(?:surprise|shock|revelation|concept|novel\s+idea)\b|last\s+time\s+i\s+checked\b"
    r"|it'?s\s+not\s+like\s+i\s+have\s+anything\s+better\b|(?:truly|really|so)\s+(?:groundbreaking|impressive|"
    r"innovative|genius)\b|that\s+was\s+sarcasm\b|that'?s\s+the\s+fun\s+part\b)"
    # a deadpan one-word sentence: "Great." "Fantastic." (not "Great. Thanks!")
    rf"|{_SENTENCE_START}(?:{_ENTHUSED}|oh\s+{_ENTHUSED}|genius|groundbreaking|riveting|stellar)\.(?:\s|$)"
    r"(?![^.!?]*\bthank)"
)
SARCASM_FOREIGN = rf"\b(?:{ml.SARCASM})"
"""Sarcasm in other languages ("thanks for nothing")."""
SARCASM_MARKS = r"🙄|/(?<!\w/)s\b"
"""The eye roll and the "/s" tag (not after a word: the lookbehind sits after the slash, so every alternative
starts with a literal character and ``re`` can skip ahead to one of them)."""
BOT_COMPLAINT = (
    r"\b(?:you\s+(?:keep|just\s+keep)\s+(?:saying|sending|repeating|giving|asking|telling)|same\s+(?:answer|"
    r"response|link|message|reply|article|useless|advice|steps|instructions|script|suggestions?)|going\s+(?:round\s+"
    r"|around\s+)?in\s+circles|full\s+circle|back\s+to\s+square\s+one|(?:you|u)\s+(?:already\s+)?asked\s+(?:me\s+)?"
    r"(?:that|this|for\s+(?:that|this|it))\s+(?:already|before|twice)|stuck\s+in\s+a\s+loop"
    r"|time\s+loop|(?:you'?re|you\s+are)\s+(?:just\s+)?repeating\s+yourself|talking\s+to\s+a\s+(?:brick\s+)?wall"
    r"|copy[-\s]?paste\w*\s+answers?|are\s+you\s+(?:even\s+)?(?:reading|listening)|did\s+you\s+(?:even\s+)?read"
    r"|(?:stupid|useless|dumb)\s+(?:bot|robot|ai|chatbot|machine)|not\s+(?:what\s+i\s+(?:asked|said|need))|"
    r"(?:that|this)\s+(?:doesn'?t|does\s+not)\s+(?:answer|help)|you'?re\s+not\s+(?:listening|understanding)"
    r"|(?:read|listen\s+to)\s+what\s+i\s+(?:wrote|said)|that'?s\s+not\s+(?:an\s+answer|what\s+i)"
    r"|you\s+haven'?t\s+helped"
    rf"|{ml.BOT_COMPLAINT})"
)
DISTRESS = (
    r"\b(?:sigh|stress(?:ed|ing)|worried|anxious|panick\w*|tiring|at\s+a\s+loss|"
    r"desperate|i\s+need\s+this\s+(?:fixed|sorted|resolved)|oh\s+my\s+god"
    r"|i\s+need\s+(?:my|the|this|it|a)\s+(?:\w+\s+)?(?:for|to\s+get\s+to)\s+(?:work|my\s+job|job\s+interviews?|school|my\s+business)"
    r"|(?:can'?t|cannot|couldn'?t)\s+(?:reach|contact|get\s+hold\s+of)\s+me"
    r"|i\s+(?:would\s+)?expect\s+(?:this|it|that|the\s+\w+|you)\s+to\s+(?:be|have)"
    r"|(?:nobody|no\s+one)\s+(?:ever\s+)?(?:explained|told\s+(?:me|us)|informed|warned|mentioned|bothered))\b"
)
URGENCY = (
    r"\b(?:please\s+(?:hurry|be\s+quick)|hurry\s+up|asap|(?:it'?s|it\s+is|this\s+is)\s+(?:really\s+|very\s+)?urgent|urgently|(?:need|want|fix|sort|do|send|give|refund|cancel|answer|reply|respond|help)\s+(?:\w+\s+){0,3}right\s+now"
    r"|right\s+now[!?]|immediately|as\s+soon\s+as\s+possible"
    r"|spent\s+(?:\d+|an?|two|three)\s+(?:min(?:ute)?s?|hours?)|or\s+not\s*\?|yes\s+or\s+no\s*\?|what\s+now\b"
    r"|what'?s\s+the\s+point|wait,?\s+what\b"
    # a deadline on the request itself: "could you look into this today", "I would ask that this be dealt with
    # promptly", "I'd appreciate a quick answer" (not "if I switch today what do I pay")
    # (what the customer will do themself is no deadline: "ok will do tonight")
    r"|(?<!will\s)(?<!i'll\s)(?<!\bi\s)(?<!\bwe\s)(?:do|fix|sort|look\s+into|deal\s+with|dealt\s+with|handled?|resolved?|processed|sorted|fixed|done)\s+"
    r"(?:\w+\s+){0,2}(?:today|tonight|promptly|quickly|urgently)\b|can\s+it\s+be\s+(?:today|tonight)\b"
    r"|appreciate\s+a\s+(?:quick|prompt|fast|speedy)\s+(?:answer|reply|response|resolution)\b"
    # "hopefully this won't take long", "I hope it doesn't take too long"
    r"|(?:hope(?:fully)?|i\s+hope)\s+(?:it|this|that)\s+(?:won'?t|doesn'?t|will\s+not|does\s+not)\s+take\s+(?:too\s+|very\s+)?long\b"
    # the time already lost on it: "I've spent the whole afternoon on this"
    r"|spent\s+(?:the|my|all|the\s+whole|my\s+whole|a\s+whole)\s+(?:\w+\s+)?(?:afternoon|morning|evening|day)\s+on"
    rf"|{ml.URGENCY})"
)
STILL_FAILING = (
    r"\b(?:same\s+(?:error|thing|problem|issue|result)|still\s+(?:nothing|not\s+(?:working|through|fixed)|broken"
    r"|failing|doesn'?t|won'?t|the\s+same)|keeps?\s+(?:failing|saying|happening|crashing|dropping|freezing|getting"
    r"|sending|rejecting|declining)|(?:didn'?t|doesn'?t|did\s+not|does\s+not)\s+(?:help|work|fix)|not\s+working"
    r"|still\s+(?:shows?|showing|says|charging|charged|there)\b|i\s+never\s+(?:signed\s+up|ordered|agreed"
    r"|asked\s+for|authori[sz]ed)|i\s+(?:didn'?t|did\s+not)\s+(?:order|sign\s+up|authori[sz]e|agree\s+to|place)"
    r"|(?:it'?s|it\s+is)\s+going\s+to\s+(?:fail|say\s+the\s+same)|(?:doesn'?t|does\s+not|didn'?t)\s+(?:tell|answer)"
    # the step changed nothing ("restarted it, already didnt change anything"), not "I didn't change anything"
    r"|(?:it|that|this|which|already|still)\s+(?:didn'?t|did\s+not|doesn'?t|does\s+not)\s+change\s+(?:anything|a\s+thing)"
    rf"|{ml.STILL_FAILING})"
    rf"|{_SENTENCE_START}(?:didn'?t|did\s+not)\s+change\s+(?:anything|a\s+thing)"
)
CONTRADICTION = (
    r"^\W*(?:no+[.,!]*\s+no+\b|no+\s*!{2,}|no+,?\s+not\b|(?:lol|lmao|haha)\s+no\b|nope[.,!]?\s+not\b"
    rf"|no+,?\s+i\s+(?:don'?t|do\s+not)\s+want|¡no!|{ml.CONTRADICTION})"
)
_DONE = (
    r"(?:i\s+know[.,]|i'?ve\s+(?:already\s+)?(?:read|seen|tried|done|checked)\s+(?:that|it|this|those)|i\s+(?:already\s+)?"
    r"(?:read|saw|tried|did|checked)\s+(?:that|it|this|all\s+that)(?!\s+(?!(?:already|too|twice|again|"
    r"before|earlier|yesterday|today|and|but|as|last|this|on|in|with|both|several|multiple|many|\d)\b)[a-z]{2,})"
    r"|(?:saw|seen|read|tried|did|done)\s+that\b|i\s+did\s+all\s+(?:that|of\s+that)|already\s+(?:did|done|tried|checked)|(?:it|that)\s+was\s+already\s+\w+|that'?s\s+"
    r"(?:what\s+i\s+did|the\s+(?:page|link|article)\s+(?:i|that)))"
)
ALREADY_DONE = (
    # at the start of a sentence: "Saw that." "Yes, I know." "I've read it." "Already did that, twice."
    rf"{_SENTENCE_START}(?:{_DONE}|(?:yes|yeah|yep|ok),?\s+{_DONE})"
    rf"|\b(?:{ml.ALREADY_DONE})"
)
REFUSAL = (
    r"\b(?:i\s+(?:really\s+|just\s+)?(?:don'?t|do\s+not)\s+want\s+(?:the|a|an|some|another|any\s+more|your|more"
    r"|to\s+(?:pay|hear|wait|fill|deal|keep|start|go\s+through|be\s+(?:transferred|put|kept|told|sent|charged)))\b"
    r"|(?:i\s+don'?t|don'?t)\s+need\s+(?:another|more|the\s+same)\b|no\s+more\s+(?:links|articles|forms)\b"
    rf"|{ml.REFUSAL})[^.!?,;\n]{{0,40}}"
)
"""Turning down what the assistant offers ("I don't want the link again", "I don't want to pay for your form"):
the bot is not giving what the customer asked for. Wishes about third parties ("I don't want him to see it")
and courtesy ("I don't want to be difficult") are not refusals."""
HEDGE = (
    r"\b(?:i\s+(?:really\s+|do\s+)?appreciate|i\s+don'?t\s+(?:want|mean)\s+to\s+be\s+(?:difficult|rude|a\s+pain|pushy)"
    r"|no\s+offen[cs]e|a\s+(?:little\s+|tiny\s+)?bit\s+\w+|slightly|somewhat|kind\s+of|sort\s+of|quite\s+\w+ing"
    r"|totally\s+understand|i\s+understand\s+if|if\s+(?:at\s+all\s+)?possible|i\s+have\s+to\s+say"
    r"|thanks?(?:\s+you)?,?\s+but\b)"
)
"""Softeners: a customer who hedges ("I appreciate your help, but it's a bit frustrating") is frustrated but
still courteous, which the labelling conventions put at medium, not high."""
