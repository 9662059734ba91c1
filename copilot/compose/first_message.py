"""The agent's suggested first message: it continues the conversation instead of restarting it.

Shape (2 to 4 sentences; e-mail adds a greeting line and a sign-off, SMS and WhatsApp stay short):

1. greeting by name, then the issue named concretely: the customer's own statement addressed back to them
   (English) or quoted (other languages), else the key facts, with an apology when frustration is medium or high;
2. "I've read the whole conversation, including that <a detail>, and that <what you want now>, and noted <the
   other facts you gave>, so you won't have to repeat anything" (see :mod:`copilot.compose.acknowledge`;
   merged into 1 when 1 names the facts);
3. what was already tried and how it went, so the customer is not asked to redo it;
4. the concrete next step the agent takes now (the main facts, the top KB article's title) and where the update
   comes.

It never asks the customer anything (so it cannot re-ask a known fact), never opens generically, and never
cheers: the templates carry no exclamation mark and customer text with one is not quoted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from copilot.compose.acknowledge import Told, details_to_tell, facts_to_note, told_back, unsaid
from copilot.compose.attempts import customer_attempt_phrase, relevant_attempts
from copilot.compose.condolence import loss_of, tells_loss
from copilot.compose.fact_nouns import fact_with_noun
from copilot.compose.keyfacts import ID_FACT_TYPES, ISSUE_FACT_PRIORITY, is_measure, speakable_facts
from copilot.compose.reflect import background, quotable
from copilot.compose.statements import Statements
from copilot.compose.text import content_stems, humanize_label, lower_first, word_count
from copilot.compose.tone import Voice
from copilot.context import Analysis, Prepared
from copilot.schema import AttemptedSolution, CustomerFact, KBArticle, SuggestedFirstMessage, Tone

__all__ = ["intent_phrase", "write_first_message"]

_NAMED_FACTS, _NAMED_FACTS_SHORT = 2, 1  # what the next step names; the rest is acknowledged ("noted ...")
_NOTED, _NOTED_SHORT = 4, 2
_ABOUT = 3  # what a "read the whole conversation about ..." opening names; the other facts are "noted"
_DETAIL_WORDS, _DETAIL_WORDS_SHORT = 24, 10  # the details named back, in all
_WITH_FACTS = 1  # details told beside a list of facts: "including that X, and that Y, and noted A and B" piles up
_WANT_WORDS = 18  # what the customer asks for now may take more room, even in a text message
_SUGGESTION = re.compile(r"\b(?:suggest|recommend|advis)\w*", re.IGNORECASE)
_WAIT_SIGNALS = frozenset({"wait_complaint", "repeated_request", "bot_loop"})
_GENERIC_LABELS = frozenset({"other", "unknown", "general", "fallback", "none", "misc", "miscellaneous", "unclear"})
_GUIDE_MAX_WORDS = 10
_WANTS = re.compile(r"\b(?:want|need|'d\s+like|would\s+like|wish|hop(?:e|ing))\b", re.IGNORECASE)
_ISSUE_WORD = re.compile(r"\b(?:issues?|problems?|trouble|errors?|request)$")
_ATTEMPT_WORDS = 16
_NOT_A_FIX = re.compile(
    r"\b(?:i|me|hold|wait\w*|transfer\w*|agents?|representatives?|human|queue|escalat\w*|emergenc\w*|911|"
    r"wrong|forg[eo]t\w*|mistake\w*|accident\w*|frustrat\w*|annoy\w*|upset)\b",
    re.IGNORECASE,
)
_CONTACT = re.compile(
    r"^you\s+already\s+(?:contact\w*|called|rang|phoned|e-?mailed|messaged|chatted|complained|wrote\s+(?:to|in)|"
    r"reached\s+out|got\s+in\s+touch)\b",
    re.IGNORECASE,
)
"""The customer getting in touch is how they asked for help, not a fix that could have worked ("you already
called about this watch and it didn't work, so I'll try something else" misreads it); it is acknowledged as
contact history instead."""
_RUN_ON = re.compile(
    r"^\S+(?:\s+\S+)?\s+(?:was|were|is|are|has|have|had)\b|\s+and\s+(?:it|he|she|they|nobody|no\s+one|anyone|"
    r"nothing)\b",
    re.IGNORECASE,
)
"""A description that is not one clean verb phrase: a relative clause read as the verb ("sent in was in
August") or a second clause joined on ("... and it doesn't look like anyone used it")."""
_YOU = re.compile(r"\byou\b", re.IGNORECASE)
_CONTRAST = re.compile(r"\s+(?:but|though|although)\s+", re.IGNORECASE)
"""Where an attempt turns to its outcome ("followed the steps but it says ICCID not recognised")."""
_DIGIT = re.compile(r"\d")
_SPECIFIC = re.compile(r"\d|(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+")
"""A number, or a capitalised word inside a sentence (a name)."""
_ENGLISH_WORDS = re.compile(r"\b(?:the|a|an|and|or|your|my|to|of|for|with|how|what|why|can't|cannot|not)\b", re.I)
"""Function words that show a title is English."""
_OFFERED = re.compile(r"\boffered\s+to\b", re.IGNORECASE)
_BARE_NUMBER = re.compile(r"^\d[\d ]*$")  # digit groups; "3.2.1" or "38,50" may be a version or an amount
_CLOCK = re.compile(r"^(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|\d{1,2}:\d\d\b)", re.IGNORECASE)
"""A bare number ("30417") or a clock time ("6am"): "noted 30417 and 08812" or "noted 6am" does not say what the
value is (a meter reading? since 6am?), so such a fact is only listed with the customer's noun for it."""
_UPDATE_KEY = {
    "letter": "update_letter",
    "text": "update_text",
    "voice": "update_voice",
    "chat": "update_chat",
}


@dataclass(frozen=True)
class _Opening:
    sentence: str
    says_read_all: bool = False
    named_facts: bool = False  # the next step then names only the main fact again
    topic: str = ""  # what a "read the whole conversation about ..." opening names
    facts: str = ""  # the other details it acknowledges ("noted Saturday, Nov 28")
    noted: tuple[CustomerFact, ...] = ()  # the facts of ``facts``


def intent_phrase(analysis: Analysis) -> str | None:
    """The intent as words ("missing delivery"), or None when it is generic or not confident enough to say."""
    intent = analysis.intent
    if intent.low_confidence or not intent.label or intent.label.lower() in _GENERIC_LABELS:
        return None
    return humanize_label(intent.label) or None


def write_first_message(
    prepared: Prepared,
    analysis: Analysis,
    articles: list[KBArticle],
    voice: Voice,
    statements: Statements,
) -> SuggestedFirstMessage:
    """Write the first message the agent can send as is, in the customer's language and register."""
    short = voice.shape == "text"
    primary = speakable_facts(analysis.facts, prepared, limit=_NAMED_FACTS_SHORT if short else _NAMED_FACTS)
    refs = [voice.phrasebook.fact_ref(f.type, f.value) for f in primary]
    extra = facts_to_note(analysis, prepared, primary)
    clauses = told_back(analysis, statements) if voice.phrasebook.embeds_english_text else []
    issue_clause, clauses = _issue_clause(clauses, analysis, _late(statements, prepared))
    condolence = _condolence(voice, prepared)
    opening_voice = replace(voice, empathy=False) if condolence else voice  # no "sorry that ..." after it
    opening = _opening(opening_voice, analysis, statements, issue_clause, (refs, extra), prepared)
    tried = _tried(voice, analysis, prepared)
    values = [f.value for f in analysis.facts]
    budget = _DETAIL_WORDS_SHORT if short else _DETAIL_WORDS
    if condolence:
        clauses = [c for c in clauses if not tells_loss(c.core or c.text)]
    details = details_to_tell(clauses, f"{condolence or ''} {opening.sentence}", budget, values, _WANT_WORDS)
    if opening.says_read_all and details and not (short and tried):
        if opening.noted:
            details = _fewer(details)
        clause = ", and ".join(d.text for d in details)
        facts = _joined(voice, _noted_items(voice, unsaid(list(opening.noted), clause), prepared))
        key = "read_all_topic_detail_facts" if facts else "read_all_topic_detail"
        opening = replace(opening, sentence=voice.say(key, topic=opening.topic, clause=clause, facts=facts))
    if condolence:
        opening = replace(opening, sentence=f"{condolence} {opening.sentence}")
    sentences = [opening.sentence]
    step = primary[:1] if opening.named_facts else primary
    if not opening.says_read_all:
        if short and tried:  # a text message keeps the facts the customer gave, and their ask over what was tried
            details = [d for d in details if d.is_want][:1]
            tried = None if details else tried
        said = " ".join([opening.sentence, *(d.text for d in details)])
        if len(details) > _WITH_FACTS and unsaid(extra, said):  # the facts stay (the customer gave them)
            details = _fewer(details)
            said = " ".join([opening.sentence, *(d.text for d in details)])
        step = step[:1] + unsaid(step[1:], said)  # the main fact is named again; others once
        noted = unsaid(extra, " ".join([said, *(f.value for f in step)]))[: _NOTED_SHORT if short else _NOTED]
        if details or noted or not (short and tried):
            sentences.append(_read_all(voice, details, _noted_items(voice, noted, prepared)))
    elif short and not opening.named_facts:
        step = (primary + unsaid(extra, opening.sentence))[:_NOTED_SHORT]
    if tried:
        sentences.append(tried)
    step = _step_facts(step, primary + [f for f in extra if f.type in ISSUE_FACT_PRIORITY], " ".join(sentences))
    step_refs = [voice.phrasebook.fact_ref(f.type, f.value) for f in step]
    sentences.append(_next_step(voice, analysis, articles, step_refs))
    text = _frame(voice, sentences)
    label = intent_phrase(analysis)
    acknowledges = list(dict.fromkeys(f.value for f in analysis.facts if f.type != "name" and f.value in text))
    if label and label in text.lower():
        acknowledges.append(label)
    return SuggestedFirstMessage(
        text=text,
        acknowledges=acknowledges,
        tone=Tone.model_validate({"formality": voice.formality, "empathy": voice.empathy}),
    )


def _condolence(voice: Voice, prepared: Prepared) -> str | None:
    """Condolences when the customer says someone close to them died ("My deepest condolences on the passing of
    your husband, Gerald."), before anything about the account: English only, where the phrasebook has it."""
    if not voice.phrasebook.embeds_english_text or "condolence" not in voice.phrasebook.phrases:
        return None
    lost = loss_of(prepared)
    return voice.say("condolence", clause=lost) if lost else None


def _fewer(details: list[Told]) -> list[Told]:
    """The details told beside a list of facts: the first, and the others only when they carry a specific (a
    number or a name, "14 disconnects since 6pm", "moving to Lisbon") or read as one short clause. A run of
    general remarks ("it's you and your son, same as always, and you haven't bought anything new") would only
    pile more clauses onto "including that ..., and noted ..."."""
    kept = [d for d in details[_WITH_FACTS:] if _SPECIFIC.search(d.core or d.text) or "," not in (d.core or d.text)]
    return details[:_WITH_FACTS] + kept


def _step_facts(step: list[CustomerFact], candidates: list[CustomerFact], said: str) -> list[CustomerFact]:
    """What the next step names: the case's identifier when it leads (what the agent opens), then facts the
    message has not named yet ("I'm looking into order NW-466052 and your Aura ANC headphones now" says more
    than naming the order twice), else the main fact again so the step is never vague. Without an identifier
    leading, only a fresh value with a digit replaces the main fact (a bare phrase may be a misread name), and
    a bare name or phrase typed "other" ("Dana Whitfield") is never something to look into."""
    if not step:
        return step
    main = step[0]
    pool = unsaid([main, *step[1:], *candidates], said)
    main_unsaid = bool(pool) and pool[0] is main
    seen = {main.value}
    fresh: list[CustomerFact] = []
    for fact in pool:
        if fact.value in seen or (fact.type == "other" and (not _DIGIT.search(fact.value) or is_measure(fact))):
            continue
        seen.add(fact.value)
        fresh.append(fact)
    if main.type in ID_FACT_TYPES:
        return [main, *fresh[: max(1, len(step) - 1)]]
    if main_unsaid:
        return [main, *fresh][: len(step)]
    numbered = [f for f in fresh if f.type in ID_FACT_TYPES or _DIGIT.search(f.value)]
    return numbered[: len(step)] or [main]


def _issue_clause(clauses: list[Told], analysis: Analysis, late: bool) -> tuple[list[Told], list[Told]]:
    """The clause to name the issue with (none or one), and the clauses left to tell back as details.

    The customer's issue sentence is used when it shares a word with the intent. Otherwise a detail that
    states a problem or a fact (not a wish) in the intent's words takes its place ("your home internet's been
    crawling since Thursday" rather than "you're getting 18 megs" for a slow-internet case); failing that, an
    off-topic sentence from a later turn is dropped (the opening then names the facts), one from the first
    turn kept.
    """
    issue = clauses[0] if clauses and clauses[0].source == "issue" else None
    if issue is None or _on_topic(issue, analysis):
        return ([issue] if issue else []), clauses
    for clause in sorted(clauses[1:], key=lambda c: -c.score):
        statement = clause.is_problem or not _WANTS.search(clause.core)
        if statement and clause.text.startswith("that ") and _on_topic(clause, analysis):
            promoted = Told(clause.core, clause.is_problem, "issue", clause.score, clause.core)
            return [promoted], [promoted, *(c for c in clauses[1:] if c is not clause)]
    return ([] if late else [issue]), clauses


def _late(statements: Statements, prepared: Prepared) -> bool:
    """True when the issue sentence comes after the customer's first turn, where side remarks live: the first
    turn usually states the issue, later ones react to the assistant."""
    first = prepared.customer_messages[0].index if prepared.customer_messages else 0
    return statements.issue is not None and statements.issue.position > first


def _on_topic(clause: Told, analysis: Analysis) -> bool:
    """False when a confident intent shares no word with the customer's sentence ("you're on unlimited basic so
    5 GB isn't going to cut it" for an outage): a later sentence like that is a side remark, not the issue to
    name first, and the opening names the facts instead. Without a confident intent every sentence is on
    topic."""
    if intent_phrase(analysis) is None:
        return True
    intent = analysis.intent
    topic = content_stems(f"{humanize_label(intent.label)} {intent.description or ''}")
    said = content_stems(clause.core or clause.text)
    if not topic:
        return True
    # some pair of one root (see _same_root), each word tested against all the others' stems in one call
    said_stems, topic_stems = tuple(said), tuple(topic)
    return any(a.startswith(said_stems) for a in topic) or any(b.startswith(topic_stems) for b in said)


def _same_root(one: str, other: str) -> bool:
    """True for stems of one word: "pay" and "payme(nt)", "drop" and "drops" (the shorter begins the longer)."""
    short, long_ = sorted((one, other), key=len)
    return long_.startswith(short)


def _read_all(voice: Voice, details: list[Told], noted: list[str]) -> str:
    """ "I've read the whole conversation[, including that ...][, and noted ...], so you won't have to repeat
    anything." """
    facts = _joined(voice, noted)
    if details:
        clause = ", and ".join(d.text for d in details)
        return voice.say("read_all_detail_facts" if facts else "read_all_detail", clause=clause, facts=facts)
    return voice.say("read_all_facts", facts=facts) if facts else voice.say("read_all")


def _noted_items(voice: Voice, facts: list[CustomerFact], prepared: Prepared, *, nouns: bool = True) -> list[str]:
    """The facts of a "noted ..." list, each said with what it is: the customer's noun when they gave one ("your
    meter reading of 30417"), else, in English, a bare number or clock time with the kind of value it is ("the
    numbers 30417 and 08812", "the time 6am") rather than a value nobody can place ("noted 6am")."""
    if not voice.phrasebook.embeds_english_text:
        return [_listed(voice, f, prepared) for f in facts]
    items: list[str] = []
    numbers: list[str] = []
    for fact in facts:
        named = fact_with_noun(fact, prepared) if nouns else None
        if named is None and fact.type == "other" and _BARE_NUMBER.match(fact.value):
            if not numbers:
                items.append("")  # the numbers go together, where the first one was
            numbers.append(fact.value)
        elif named is None and fact.type == "date" and _CLOCK.match(fact.value):
            items.append(f"the time {fact.value}")
        else:
            items.append(named or voice.phrasebook.list_ref(fact.type, fact.value))
    if numbers:
        kind = "the numbers" if len(numbers) > 1 else "the number"
        items[items.index("")] = f"{kind} {_joined(voice, numbers)}"
    return items


def _listed(voice: Voice, fact: CustomerFact, prepared: Prepared | None = None) -> str:
    """A fact as an item of a list ("77 Linden Avenue", "order A-1234"); in English, with ``prepared``, with the
    noun the customer gave it ("your October bill of £231.40")."""
    if prepared is not None and voice.phrasebook.embeds_english_text:
        named = fact_with_noun(fact, prepared)
        if named is not None:
            return named
    return voice.phrasebook.list_ref(fact.type, fact.value)


def _opening(
    voice: Voice,
    analysis: Analysis,
    statements: Statements,
    clauses: list[Told],
    refs: tuple[list[str], list[CustomerFact]],
    prepared: Prepared,
) -> _Opening:
    """Name the issue: the customer's statement addressed back (English) or quoted (other languages); without
    a usable statement, the facts (``refs``: the main ones, then the others to acknowledge), then the intent.

    A "read the whole conversation about ..." opening names only what the case is about (products, amounts,
    identifiers); dates, addresses and contact details are acknowledged apart, where the language has the
    phrase for it ("... and noted Saturday, Nov 28"), so nothing reads as "the
    conversation about Saturday"."""
    main, others = refs
    extra = [_listed(voice, f) for f in others]
    if clauses:
        clause = clauses[0]
        if not voice.empathy:
            key = "understand_clause"
        else:  # "sorry that" only about the problem itself, never about how things normally are
            problem = clause.is_problem and not background(clause.core or clause.text)
            key = "sorry_clause" if problem else "understand_clause_sorry"
        return _Opening(voice.say(key, clause=clause.text))
    if not voice.phrasebook.embeds_english_text and statements.issue is not None:
        quote = quotable(statements.issue.text, [f.value for f in analysis.facts])
        if quote is not None:
            return _Opening(voice.say("sorry_quote" if voice.empathy else "issue_quote", quote=quote))
    default = _label_topic(voice, analysis) or voice.say("topic_default")
    if voice.empathy:
        waited = any(s.kind in _WAIT_SIGNALS for s in analysis.frustration.signals)
        key = "sorry_topic_wait" if waited else "sorry_topic"
        return _Opening(voice.say(key, topic=_joined(voice, main) or default), named_facts=bool(main))
    if "read_all_topic_facts" not in voice.phrasebook.phrases:
        topic = _joined(voice, (main + extra)[: len(main) + _NOTED]) or default
        return _Opening(voice.say("read_all_topic", topic=topic), True, bool(main), topic)
    named = [f for f in others if f.type in ISSUE_FACT_PRIORITY and not is_measure(f)]
    about = named[: max(0, _ABOUT - len(main))]
    rest = [f for f in others if f not in about][:_NOTED]
    topic = _joined(voice, main + [_listed(voice, f) for f in about]) or default
    facts = _joined(voice, _noted_items(voice, rest, prepared, nouns=False))  # nouns only beside details
    key = "read_all_topic_facts" if facts else "read_all_topic"
    return _Opening(voice.say(key, topic=topic, facts=facts), True, bool(main), topic, facts, tuple(rest))


def _tried(voice: Voice, analysis: Analysis, prepared: Prepared) -> str | None:
    """One sentence on what was already tried, so the customer is not asked to do it again: in English the
    attempt is named ("the assistant already had you restart the router"), or nothing is said; templates that
    cannot embed the customer's English words say it generically."""
    attempts = relevant_attempts(analysis.attempts, prepared)
    if not attempts:  # on SMS the room goes to what the customer said rather than to a mere suggestion
        return None if voice.shape == "text" else _suggested(voice, analysis)
    if voice.phrasebook.embeds_english_text:
        for attempt in attempts:  # most important outcome first; the first that reads well is told
            phrase = _attempt_phrase(attempt)
            if phrase is not None and _CONTACT.match(phrase):
                if "tried_contact" in voice.phrasebook.phrases:
                    return voice.say("tried_contact", attempt=phrase)
            elif phrase is not None:
                return voice.say(f"tried_{attempt.outcome}", attempt=phrase)
        return None  # nothing specific to name: a vague "some things were tried" only adds length
    return voice.say("tried_generic")


def _attempt_phrase(attempt: AttemptedSolution) -> str | None:
    """The attempt told to the customer ("you already restarted the router"; an outcome joined on with "but" is
    left to the sentence), or None when it would not read
    as a fix that was tried: a run-on of clauses ("you already called you it took 40 minutes"), the support
    process itself ("suggested you hold while I transfer them"), a mistake rather than a fix ("typed the
    wrong zip"), an offer said to have failed, or feelings ("it's getting frustrating")."""
    phrase = customer_attempt_phrase(attempt)
    if phrase is not None and (" but " in phrase or "ough" in phrase):
        phrase = _CONTRAST.split(phrase, maxsplit=1)[0]  # what was done; the sentence says how it went
    if phrase is None or word_count(phrase) > _ATTEMPT_WORDS or "," in phrase or _NOT_A_FIX.search(phrase):
        return None
    if _RUN_ON.search(phrase.split(" already ", 1)[-1]):
        return None
    if len(_YOU.findall(phrase)) > 1 or (attempt.outcome != "declined" and _OFFERED.search(phrase)):
        return None
    return phrase


def _suggested(voice: Voice, analysis: Analysis) -> str | None:
    """English only: the assistant's latest suggestion of unknown outcome, so it is not suggested again ("I can
    see the assistant already suggested restarting the router, so I won't ask you to go through that again")."""
    if not voice.phrasebook.embeds_english_text:
        return None
    for attempt in reversed(analysis.attempts):
        if attempt.outcome == "unknown" and attempt.by == "ai" and _SUGGESTION.search(attempt.description):
            phrase = _attempt_phrase(attempt)
            if phrase is not None:
                return voice.say("tried_suggested", attempt=phrase)
    return None


def _next_step(voice: Voice, analysis: Analysis, articles: list[KBArticle], refs: list[str]) -> str:
    """The concrete step the agent takes now, and where the customer hears back."""
    target = _joined(voice, refs) or _label_topic(voice, analysis) or voice.say("target_default")
    look = voice.say("look_into_vip" if analysis.vip.is_vip else "look_into", target=target)
    update = voice.say(_UPDATE_KEY[voice.shape])
    guide = _guide_title(voice, articles) if voice.shape != "text" else None  # SMS stays short
    if guide:
        return voice.say("next_guide", look=look, guide=guide, update=update)
    return voice.say("next_plain", look=look, update=update)


def _frame(voice: Voice, sentences: list[str]) -> str:
    """Greeting and body; e-mail gets its own greeting line and a sign-off."""
    letter = voice.shape == "letter"
    suffix = "_letter" if letter else "_relaxed" if voice.relaxed else ""
    key = ("greet_name" if voice.name else "greet_anon") + suffix
    greeting = voice.say(key, name=voice.name or "")
    if letter:
        return f"{greeting}\n\n{' '.join(sentences)}\n\n{voice.say('sign_off')}"
    first = lower_first(sentences[0], voice.phrasebook.keep_case)
    return " ".join([greeting, first, *sentences[1:]])


def _joined(voice: Voice, refs: list[str]) -> str:
    if len(refs) < 2:
        return refs[0] if refs else ""
    return f"{', '.join(refs[:-1])} {voice.say('and_word')} {refs[-1]}"


def _label_topic(voice: Voice, analysis: Analysis) -> str | None:
    """English only: "the missing delivery issue"; the label is English and would not fit other languages."""
    label = intent_phrase(analysis)
    if label is None or not voice.phrasebook.embeds_english_text:
        return None
    if _ISSUE_WORD.search(label):  # "payment issue": not "the payment issue issue"
        return f"the {label}"
    return voice.say("label_topic", label=label)


def _guide_title(voice: Voice, articles: list[KBArticle]) -> str | None:
    """The top article's title when it reads as a guide name (short, not a question) in the message's language:
    an English title inside a French message would switch languages mid-sentence."""
    if not articles:
        return None
    title = " ".join(articles[0].title.split()).strip(" \"'“”«»„")
    if not title or "?" in title or word_count(title) > _GUIDE_MAX_WORDS:
        return None
    if not voice.phrasebook.embeds_english_text and _ENGLISH_WORDS.search(title):
        return None
    return title
