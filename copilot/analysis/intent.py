"""Intent detection over the whole conversation, from the tenant taxonomy (few-shot).

The customer's statements of the issue are scored one by one, then mixed with weights that favour the first real
problem statement: customers state the issue early and later turns are often about the bot ("that didn't help",
"agent please"), which carry no intent and are skipped (:func:`copilot.analysis.cues.is_filler`), or answer the
bot's questions ("Sure, it's NW-1234"), which carry details and weigh little; a later turn that announces a side
topic ("oh, one more thing! ...") weighs little too, and so does one after the bot announced the handoff ("thanks,
please be quick"). Of the AI turns, explicit restatements of the issue ("I can
help with returns") are read with a small weight, and so is the assistant's answer to the first issue statement,
stripped of its boilerplate (:mod:`copilot.analysis.intent_answers`): even when the answer did
not help, it is about the topic the customer raised. (Scoring the statements joined as well was dropped: it
double-counted them and cost accuracy.)

A reply to an open question ("How can I help?") is an issue statement whatever its position, and every text is
weighted by how much of it the model can read (:mod:`copilot.analysis.intent_turns`): a turn in another language
than the taxonomy's, or one made only of ids, counts little next to a readable one, and half the weight it loses
goes to the assistant's answer to it (bots often answer in the taxonomy's language whatever the customer wrote).

Models are trained once per taxonomy content (sha256 of its intents) and classifier kind, and cached for the
life of the process, so a request never waits for training after the first.

``COPILOT_INTENT_CLASSIFIER``: ``tfidf`` (the default install), ``neural`` (optional extra), or ``auto``. ``auto``
means ``tfidf``: the neural encoder costs ~10 ms per statement on 2 CPU cores and ~4 s to import, which breaks the
latency budget of a handoff (the whole analysis must stay within a few milliseconds); choose ``neural`` explicitly
when accuracy on paraphrases matters more than latency.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Callable

import numpy as np

from copilot.analysis.cues import announces_transfer, asks_for_human, is_filler
from copilot.analysis.frustration_cues import is_venting
from copilot.analysis.intent_answers import topical_sentences, without_help_preamble
from copilot.analysis.intent_glossary import gloss
from copilot.analysis.intent_model import (
    CalibratedIntentModel,
    LexicalScorer,
    Scorer,
    train_calibrated,
    training_set,
)
from copilot.analysis.intent_turns import (
    KNOWN_SHARE_FULL,
    MIN_WORDS_TO_JUDGE,
    announces_side_topic,
    asks_to_restate,
    is_gratitude_or_praise,
    is_instruction_to_the_bot,
    is_reference_only,
    knows_word,
    may_thank_or_instruct,
    opens_the_floor,
    readability_weight,
    vocabulary,
    word_count,
)
from copilot.context import Prepared, PreparedMessage
from copilot.errors import ConfigError
from copilot.schema import Intent
from copilot.taxonomy import Taxonomy

__all__ = ["LOW_CONFIDENCE_BELOW", "IntentClassifier", "issue_statements", "resolve_classifier_kind"]

LOW_CONFIDENCE_BELOW = 0.4
"""A calibrated top probability under this is reported with ``low_confidence = true``."""

_MAX_STATEMENTS = 4
_MAX_CHARS = 500
_FIRST_WEIGHT = 1.0
_LATER_WEIGHT = 0.55
_DECAY = 0.8
_ANSWER_FACTOR = 0.2
_SIDE_TOPIC_FACTOR = 0.3
_AFTER_HANDOFF_FACTOR = 0.3
"""A customer turn after the bot announced the handoff weighs this much of a later statement."""
_RESTATEMENT_WEIGHT = 0.3
_MAX_RESTATEMENTS = 2
_FIRST_ANSWER_WEIGHT = 0.4
"""Weight of the assistant's answer to the first issue statement, relative to that statement."""
_UNREAD_TO_ANSWER = 0.5
"""Share of the weight a statement loses for being unreadable that goes to the assistant's answer to it."""
_GLOSS_TRUST = 0.6
"""A word-by-word gloss reads a turn only in part (no word order, no rare words): it counts at most this much of a
turn written in the taxonomy's language."""
_RESTATEMENT = re.compile(
    r"\bi\s+can\s+help\s+(?:you\s+)?(?:with|to)\b|\bi\s+understand\s+(?:that\s+)?(?:you|your)\b"
    r"|\bsorry\s+to\s+hear\s+(?:that|about)\b|\bsounds\s+like\b|\byou(?:'d|\s+would)\s+like\s+to\b"
    r"|\byou\s+(?:want|need)\s+to\b"
)
_RESTATEMENT_WORDS = re.compile("help|understand|sorry|sounds|like|want|need")
"""One of these is in every restatement cue: a turn without any is never split into sentences."""
_EMPTY_REST = re.compile(r"\W*(?:(?:that|this|it|you|today|now)\b\W*)*$")
"""What may follow a restatement cue without naming anything ("I can help with that!"): such a sentence is
not a restatement of the issue."""

_SENTENCE = re.compile(r"(?<=[.!?\u2600-\u27bf\U0001f300-\U0001faff])\s+|\n+")
"""Sentence ends: punctuation, or an emoji closing a sentence ("thanks for the tip 😄 Now I want ...")."""
_CACHE: dict[tuple[str, str], CalibratedIntentModel] = {}
_CACHE_LIMIT = 16
_LOCK = threading.Lock()


def resolve_classifier_kind(setting: str) -> str:
    """Map ``COPILOT_INTENT_CLASSIFIER`` to ``tfidf`` or ``neural`` (``auto`` is ``tfidf``, see module doc)."""
    kind = setting.strip().lower()
    if kind in {"auto", "tfidf", "lexical", "default"}:
        return "tfidf"
    if kind == "neural":
        return "neural"
    raise ConfigError(f"COPILOT_INTENT_CLASSIFIER must be auto, tfidf or neural, not {setting!r}")


def _scorer_factory(kind: str) -> Callable[[], Scorer]:
    if kind == "neural":
        from copilot.analysis.intent_neural import NeuralScorer

        return NeuralScorer
    return LexicalScorer


def taxonomy_key(taxonomy: Taxonomy) -> str:
    """Content hash of the intents (names, descriptions, examples): the training cache key."""
    payload = taxonomy.model_dump_json(include={"intents"})
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def trained_model(taxonomy: Taxonomy, kind: str) -> CalibratedIntentModel:
    """The calibrated model for this taxonomy content and kind, trained on first use and cached."""
    key = (kind, taxonomy_key(taxonomy))
    with _LOCK:
        model = _CACHE.get(key)
        if model is None:
            model = train_calibrated(taxonomy, _scorer_factory(kind))
            if len(_CACHE) >= _CACHE_LIMIT:
                _CACHE.pop(next(iter(_CACHE)))
            _CACHE[key] = model
        return model


def issue_text(text: str, *, opening: bool = False) -> str:
    """A customer turn without its venting, its asks for a human ("this is ridiculous, I want an agent"), its
    dictated references ("it's order N W 4 6 1"), its thanks and praise ("works so much better now, thanks!") and
    any instructions to the bot, which say nothing about the intent; the whole turn when nothing else is left.

    The ``opening`` statement keeps its venting: before the bot has answered, anger is about the problem and is
    voiced in its words ("INTERNET IS DOWN AGAIN.", "Installer didn't show AGAIN"); later venting is about the bot
    ("are you even reading this?")."""
    sentences = [s for s in _SENTENCE.split(text) if s.strip()]
    thanks_or_instruction = may_thank_or_instruct(text)
    kept = [
        s
        for s in sentences
        if not (asks_for_human(s) and is_filler(s))
        and (opening or not is_venting(s))
        and not is_reference_only(s)
        and not (thanks_or_instruction and (is_gratitude_or_praise(s) or is_instruction_to_the_bot(s)))
    ]
    return " ".join(kept) if kept else text


def _says_nothing_of_the_issue(text: str) -> bool:
    """True for a customer turn that is only filler ("ok", "agent please") or thanks and praise, or that gives the
    bot instructions (the rest of such a turn is part of the injection): it is no statement of the issue."""
    if is_filler(text):
        return True
    if not may_thank_or_instruct(text):
        return False
    sentences = [s for s in _SENTENCE.split(text) if not is_filler(s)]
    return any(map(is_instruction_to_the_bot, sentences)) or all(map(is_gratitude_or_praise, sentences))


def issue_statements(prepared: Prepared) -> list[tuple[PreparedMessage, float]]:
    """The customer turns that state the issue, with their weight: the first one counts most, later ones less
    (decaying), filler turns not at all, and answers to the assistant's questions ("Sure, it's NW-1234") little:
    they carry the details the bot asked for, not the issue; nor do turns after the bot announced the handoff
    ("thanks, please be quick"). Falls back to every customer turn when all are filler."""
    customer = [m for m in prepared.customer_messages if m.text.strip()]
    substantive = _first_and_last_statements(customer) or customer
    weighted = []
    for position, message in enumerate(substantive):
        weight = _FIRST_WEIGHT if position == 0 else _LATER_WEIGHT * _DECAY ** (position - 1)
        asked = _assistant_question(prepared, message)
        if position > 0 and asked is not None:
            weight = _FIRST_WEIGHT if opens_the_floor(asked) or asks_to_restate(asked) else weight * _ANSWER_FACTOR
        if position > 0 and announces_side_topic(message.text):
            weight *= _SIDE_TOPIC_FACTOR
        if position > 0 and _follows_handoff(prepared, message):
            weight *= _AFTER_HANDOFF_FACTOR
        weighted.append((message, weight))
    return weighted


def _first_and_last_statements(customer: list[PreparedMessage]) -> list[PreparedMessage]:
    """The customer turns that say something of the issue, at most the first two and the last two of them when
    there are more than four. Turns are examined from both ends and only until those are found: a long
    transcript's middle turns are never read."""
    head: list[PreparedMessage] = []
    index = 0
    while index < len(customer) and len(head) < _MAX_STATEMENTS:
        if not _says_nothing_of_the_issue(customer[index].text):
            head.append(customer[index])
        index += 1
    tail: list[PreparedMessage] = []
    last = len(customer) - 1
    while last >= index and len(tail) < 2:
        if not _says_nothing_of_the_issue(customer[last].text):
            tail.append(customer[last])
        last -= 1
    found = head + tail[::-1]
    return found[: _MAX_STATEMENTS - 2] + found[-2:] if len(found) > _MAX_STATEMENTS else found


def _assistant_question(prepared: Prepared, message: PreparedMessage) -> str | None:
    """The assistant turn this customer turn replies to, when that turn asked something (else None)."""
    previous = prepared.messages[message.index - 1] if message.index > 0 else None
    if previous is not None and previous.role in {"ai", "agent"} and "?" in previous.text:
        return previous.text
    return None


def _follows_handoff(prepared: Prepared, message: PreparedMessage) -> bool:
    """True when the assistant's latest turn before this customer turn announced the handoff ("I'm connecting you
    with a colleague"): what the customer says then is about the handoff (thanks, urgency, waiting)."""
    for earlier in reversed(prepared.messages[: message.index]):
        if earlier.role in {"ai", "agent"}:
            return announces_transfer(earlier.text)
    return False


def _assistant_answer(prepared: Prepared, message: PreparedMessage) -> str:
    """The topical part of the assistant's answer to this customer turn (its next turn, before the customer speaks
    again); empty when there is none or it is all boilerplate."""
    for later in prepared.messages[message.index + 1 :]:
        if later.role == "customer":
            return ""
        if later.role in {"ai", "agent"} and later.text.strip():
            return topical_sentences(later.text)
    return ""


def _may_restate(lowered: str) -> bool:
    """Cheap test before the sentence-by-sentence search: can this (lower-cased) turn hold a restatement?"""
    return _RESTATEMENT_WORDS.search(lowered) is not None and _RESTATEMENT.search(lowered) is not None


def restatements(prepared: Prepared) -> list[str]:
    """The assistant's restatements of the issue ("I can help with returns", "I understand your order hasn't
    arrived"): the bot's reading of the problem, a weak but useful vote when the customer wrote little or wrote
    in another language."""
    found: list[str] = []
    for message in prepared.messages:
        if message.role not in {"ai", "agent"} or not _may_restate(message.text.lower()):
            continue
        for sentence in _SENTENCE.split(message.text):
            match = _RESTATEMENT.search(sentence.lower())
            if match and not _EMPTY_REST.match(sentence.lower()[match.end() :]):
                found.append(without_help_preamble(sentence))
                if len(found) >= _MAX_RESTATEMENTS:
                    return found
    return found


class IntentClassifier:
    """Classifies a conversation into one intent of the taxonomy, with a calibrated confidence."""

    def __init__(self, taxonomy: Taxonomy, kind: str = "tfidf") -> None:
        self.taxonomy = taxonomy
        self.kind = kind
        self._model = trained_model(taxonomy, kind) if len(taxonomy.intents) > 1 else None
        self._known = vocabulary(training_set(taxonomy)[0])

    def classify_texts(self, texts: list[str]) -> np.ndarray:
        """Calibrated probabilities for each text, shape (len(texts), n_intents)."""
        if self._model is None:
            return np.ones((len(texts), 1))
        return self._model.probabilities([t[:_MAX_CHARS] for t in texts])

    def weighted_texts(self, prepared: Prepared) -> tuple[list[str], list[float]]:
        """The texts the intent is read from, with their weights: the customer's issue statements and the
        assistant's restatements, each weighted by how readable it is, then the assistant's answers: to the first
        statement (its topic), and to any statement the model can only partly read (another language), which
        passes on part of the weight it lost."""
        statements = issue_statements(prepared)
        if not statements:
            return [], []
        texts = [issue_text(m.text, opening=position == 0) for position, (m, _) in enumerate(statements)]
        weights = [w for _, w in statements]
        for sentence in restatements(prepared):
            texts.append(sentence)
            weights.append(_RESTATEMENT_WEIGHT)
        texts, readable = map(list, zip(*(self._readable(t) for t in texts), strict=True))
        weights = [w * r for w, r in zip(weights, readable, strict=True)]
        for position, ((message, weight), share) in enumerate(
            zip(statements, readable[: len(statements)], strict=True)
        ):
            factor = _FIRST_ANSWER_WEIGHT * share if position == 0 else 0.0
            if share < 1.0 and word_count(message.text) >= MIN_WORDS_TO_JUDGE:
                factor += _UNREAD_TO_ANSWER * (1.0 - share)
            answer = _assistant_answer(prepared, message) if factor > 0.0 else ""
            if answer:
                answer, answer_readable = self._readable(answer)
                texts.append(answer)
                weights.append(weight * factor * answer_readable)
        return texts, weights

    def _readable(self, text: str) -> tuple[str, float]:
        """``text`` as the classifier should read it, and how far it can: a turn the taxonomy cannot fully read
        (another language) is followed by its English gloss (:mod:`copilot.analysis.intent_glossary`) when the
        gloss reads better (the original stays: its cognates, "duplicados", still share character n-grams)."""
        readable = readability_weight(text, self._known)
        if readable >= 1.0 or word_count(text) < MIN_WORDS_TO_JUDGE:
            return text, readable
        glossed, share = gloss(text, self._knows)
        glossed_readable = _GLOSS_TRUST * min(1.0, share / KNOWN_SHARE_FULL)
        if glossed and glossed_readable > readable:
            return glossed, glossed_readable
        return text, readable

    def _knows(self, word: str) -> bool:
        return knows_word(word, self._known)

    def classify(self, prepared: Prepared) -> Intent:
        """The conversation's intent: a weighted mixture of the probabilities of the texts of
        :meth:`weighted_texts` (the customer's statements, the assistant's restatements and answers)."""
        texts, weights = self.weighted_texts(prepared)
        if not texts:
            fallback = [m.text for m in prepared.messages if m.text.strip()][:1] or [""]
            probabilities = self.classify_texts(fallback)[0]
        else:
            probabilities = np.average(self.classify_texts(texts), axis=0, weights=np.asarray(weights))
        best = int(np.argmax(probabilities))
        spec = self.taxonomy.intents[best]
        confidence = round(float(probabilities[best]), 3)
        return Intent(
            label=spec.name,
            description=spec.description,
            confidence=min(max(confidence, 0.0), 1.0),
            low_confidence=confidence < LOW_CONFIDENCE_BELOW,
        )
