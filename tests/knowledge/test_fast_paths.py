"""Retrieval speed-ups that must not change a number: each fast path against the library call it replaces."""

from __future__ import annotations

from itertools import pairwise

import numpy as np
from sklearn.feature_extraction import FeatureHasher

from copilot.knowledge.embedders import HashingEmbedder
from copilot.knowledge.lexical import LexicalIndex, _bm25_scores, query_terms
from copilot.knowledge.query import _states_issue
from copilot.knowledge.text import content_words, stemmed_words

HELP_CENTER = [
    "To reset your password, open Settings, choose Security and tap Reset password. The reset link expires in 1 hour.",
    "Refunds go back to the original payment method within 5-10 business days after we receive the return.",
    "If your parcel shows no tracking update for 5 business days, we open a trace with the carrier.",
    "Roaming charges apply outside the EU. Turn on data roaming in Settings > Mobile data > Roaming.",
    "Your invoice lists every charge of the billing period; pro-rated charges appear after a plan change.",
    "Two-factor codes are sent by SMS; if a code never arrives, check the phone number on your account.",
]

CONVERSATION = [
    "Hi, I was charged twice for roaming in Spain last week, my invoice shows the roaming charge two times",
    "I'm sorry to hear that. Roaming charges apply outside the EU; Spain is in the EU so this looks wrong.",
    "yes!! and the refund you promised never came back to my card. refund refund refund",
    "agent please",
    "ok thanks",
    "",
    "Straße café naïve — 中文 tracking tracking",
]


def test_query_terms_are_the_distinct_stems_in_first_seen_order() -> None:
    """Stemming each distinct word once gives the list that stemming every word and de-duplicating gives."""
    for text in [*CONVERSATION, "\n".join(CONVERSATION), "refunds refunded refunding refund charges charged"]:
        assert query_terms(text) == list(dict.fromkeys(stemmed_words(text)))


def test_bm25_scores_equal_bm25s_get_scores_bit_for_bit() -> None:
    """One add.at over every term's postings gives bm25s's own float32 scores, and the search its ranking."""
    index = LexicalIndex(HELP_CENTER)
    retriever = index._retriever
    assert retriever is not None
    for text in [*CONVERSATION, "\n".join(CONVERSATION), "roaming roaming invoice"]:
        known = [term for term in query_terms(text) if term in retriever.vocab_dict]
        if not known:
            assert index.search(text, 3) == []
            continue
        assert np.array_equal(_bm25_scores(retriever, known), retriever.get_scores(known))
        for k in (1, 3, len(HELP_CENTER)):
            positions, scores = retriever.retrieve([known], k=k, show_progress=False, n_threads=0)
            expected = [(int(p), float(s)) for p, s in zip(positions[0], scores[0], strict=True) if s > 0]
            assert index.search(text, k) == expected
    assert index.search("my roaming charge on the invoice", 2)[0][0] == 3


def test_phrase_vectors_equal_feature_hasher() -> None:
    """Word and bigram hashing into dense rows: FeatureHasher's matrix, empty rows included."""
    embedder = HashingEmbedder()
    features = [[*words, *map(" ".join, pairwise(words))] for words in map(content_words, CONVERSATION)]
    hasher = FeatureHasher(n_features=embedder.dimension, input_type="string", dtype=np.float32)
    expected = hasher.transform(features).toarray()
    direct = embedder._phrase_vectors(features)
    assert direct.dtype == np.float32
    assert np.array_equal(direct, expected)
    assert not direct[5].any()
    assert np.count_nonzero(direct[2]) > 0


def test_a_turn_states_the_issue_with_two_words_beyond_handoff_talk() -> None:
    """Two content words that are not stop words nor about reaching a person make a statement of the issue."""
    assert _states_issue(CONVERSATION[0])
    assert not _states_issue("agent please, I want to talk to a real person now")
    assert not _states_issue("ok thanks")
    assert not _states_issue("my invoice")  # one telling word is not enough
    assert _states_issue("invoice wrong")
