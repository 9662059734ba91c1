"""Speed-ups of the frustration and escalation cues that must not change an answer: each fast path against the
plain computation it replaces, on realistic turns and on random ones."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from copilot.analysis import frustration_patterns as p
from copilot.analysis.cues import word_list
from copilot.analysis.escalation import _REPEATED_ADMISSION, _admits_repeated_failure
from copilot.analysis.frustration_cues import (
    _CUE_FAMILIES,
    _VENT_FILLER,
    _VENTING,
    _VENTING_FAMILIES,
    _angry_caps,
    _insistence,
    _loudness,
    is_venting,
    read_cues,
)
from copilot.analysis.frustration_scan import GatedPhraseScanner
from copilot.analysis.pattern_gate import PhraseScanner

_FAMILIES = [(group, pattern) for group, _, _, pattern in _CUE_FAMILIES]
_PLAIN = PhraseScanner(_FAMILIES, re.M, split=True)
_GATED = GatedPhraseScanner(_FAMILIES, re.M)

_TURNS = [
    # a delayed parcel that builds to anger (retail)
    "hi, my order 4471 was supposed to arrive on monday",
    "i've been waiting for 3 weeks now and nobody has replied",
    "i already told you the tracking number, it's in my first message",
    "this is ridiculous. i'll cancel my account if it's not here by friday",
    # a failing router fix (telecom)
    "restarted it twice, still not working",
    "i did that already. same error on the app and on the website",
    "great, another link. thanks for nothing /s",
    # other languages and mixed text
    "llevo dos semanas esperando y sigue sin funcionar",
    "ich habe ihnen schon gesagt, dass es nicht geht",
    "no no, that's not what i asked",
    "ok thanks, that fixed it!",
    "",
]


def _spans(found: dict[str, re.Match[str]]) -> dict[str, tuple[tuple[int, int], str]]:
    return {name: (match.span(), match.group(0)) for name, match in found.items()}


def test_gated_scanner_finds_what_the_plain_scanner_finds_on_a_conversation() -> None:
    """Every family's leftmost match (span and text) is the plain scanner's, turn by turn."""
    for turn in _TURNS:
        assert _spans(_GATED.first_matches(turn)) == _spans(_PLAIN.first_matches(turn)), turn


def test_gated_scanner_known_answers() -> None:
    """Known cues of a building complaint: waiting, "i already told you", anger and a threat to leave."""
    assert set(_GATED.first_matches(_TURNS[1])) == {"wait"}
    assert _GATED.first_matches(_TURNS[2])["repeat"].group(0) == "i already told"
    found = _GATED.first_matches(_TURNS[3])
    assert found["anger"].group(0) == "ridiculous"
    assert found["threat"].group(0).startswith("i'll cancel")
    assert _GATED.first_matches("ok thanks, that fixed it!") == {}


_WORDS = [
    *sorted(
        word_list(
            "i already told you said been waiting for weeks days 3 12 this is ridiculous still not working same",
            "error great another link thanks nothing so helpful again how many times cancel my account i'll never",
            "order no nope lol did that tried it read saw yes ok kindly appreciate but don't want the sigue sin",
            "funcionar /s 🙄 . , ! ? ?? ???",
        )
    ),
    "\n",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=25), st.sampled_from([" ", "  ", ", "]))
def test_gated_scanner_equals_plain_scanner_on_random_turns(words: list[str], glue: str) -> None:
    """A property over random turns built from cue words: same leftmost match of every family."""
    text = glue.join(words)
    assert _spans(_GATED.first_matches(text)) == _spans(_PLAIN.first_matches(text))


def test_sarcasm_marks_read_the_tag_only_after_a_non_word() -> None:
    """The "/s" tag and the eye roll: "/s" after a space or at the start, not inside "a/s" or a path."""
    marks = re.compile(p.SARCASM_MARKS)
    assert marks.search("great, another link /s")
    assert marks.search("/s")
    assert marks.search("sure 🙄")
    assert not marks.search("the a/s setting")
    assert not marks.search("see /settings")
    assert not marks.search("https://x.io/s/abc")


def test_punctuation_cues_keep_their_answers() -> None:
    """Insistent punctuation needs "!" or "???"; fragmented sentences need three full stops."""
    assert _loudness("where is my refund???") is not None
    assert _loudness("where is my refund?!") is not None
    assert _loudness("where is my refund??") is None
    assert _loudness("where is my refund. it. is. late.") is None
    fragmented = _insistence("my pc. is. wired. and it still drops")
    assert fragmented is not None and fragmented.detail.startswith("emphatic full stops")
    assert _insistence("it is wired. it drops.") is None
    assert _insistence("what now??") is not None


def test_emphasis_is_found_after_the_capitals_lookahead() -> None:
    """One emphatic word in capitals among lower-case words ("I did NOT change it") is still read."""
    cues = read_cues("I did NOT change the password, and it was working YESTERDAY", lambda _: 0.0).cues
    assert [cue.detail for cue in cues] == ['emphatic capitals: "NOT"']
    assert read_cues("my PIN and ICCID are on the SIM card", lambda _: 0.0).cues == ()


def test_repeated_admission_gate_answers_as_the_regex() -> None:
    """The assistant admitting its fixes kept failing, with the substring test in front of the pattern."""
    turns = [
        "i haven't been able to fix this after several tries, so i'm passing you to a colleague",
        "the payment has been declined twice on our side",
        "the payment failed again",
        "after you restart the router, wait two minutes",
        "i've been looking into it",
        "please try again",
    ]
    for turn in turns:
        assert _admits_repeated_failure(turn) == (_REPEATED_ADMISSION.search(turn) is not None), turn
    assert [_admits_repeated_failure(turn) for turn in turns] == [True, True, True, False, False, False]


def test_shouting_needs_two_shouted_words() -> None:
    """Shouting is a run of three words in capitals or a turn mostly in capitals; acronyms and one emphatic word
    are not (the two-word test in front of the run search must not change that)."""
    assert _angry_caps("I KNOW WHAT IT SHOWS, stop sending the link") == "KNOW WHAT IT SHOWS"
    assert _angry_caps("WHERE IS MY PARCEL") == "WHERE IS MY PARCEL"
    assert _angry_caps("NOT AGAIN") == "NOT AGAIN"
    assert _angry_caps("THANK YOU SO MUCH") is None
    assert _angry_caps("my PIN and ICCID are on the card") is None
    assert _angry_caps("I did NOT change it") is None
    assert _angry_caps("OK I'm in the app") is None


def test_gate_stops_at_every_word_start_where_an_alternative_matches() -> None:
    """The gate is searched from each word start the plain scanner tries: wherever one of that word's alternatives
    matches, the gate's next stop is that very word start (it never skips past a match)."""
    scanner = GatedPhraseScanner(_FAMILIES, re.M)
    gate, starts = scanner._text_gate, scanner._starts
    assert gate is not None and starts is not None
    checked = 0
    for turn in [*_TURNS, *(f"well, {turn}" for turn in _TURNS)]:
        for start in starts.finditer(turn):
            position = start.start()
            if any(regex.match(turn, position) for _, regex in scanner._candidates(start.group())):
                hit = gate.search(turn, position)
                assert hit is not None and hit.start() == position, (turn, position)
                checked += 1
    assert checked >= 10


def test_cues_after_the_first_one_are_all_found() -> None:
    """A long turn with several families, the later ones far after the first hit and after cue-free words, in
    English and with non-ASCII word starts: every family's leftmost match is the plain scanner's."""
    turns = [
        "ok so the parcel left the depot on tuesday. anyway i already told you the number and it's been 3 weeks now,"
        " this is ridiculous, i'll cancel my account",
        "żadnej odpowiedzi od tygodnia, już to zrobiłem, i already did that twice and it still doesn't work",
        "ça ne marche toujours pas, je vous l'ai déjà dit, c'est inadmissible",
    ]
    for turn in turns:
        assert _spans(_GATED.first_matches(turn)) == _spans(_PLAIN.first_matches(turn)), turn
    assert {"repeat", "wait", "anger", "threat"} <= set(_GATED.first_matches(turns[0]))


def test_venting_lookahead_keeps_the_plain_alternation_matches() -> None:
    """The venting pattern behind its leading-letters lookahead removes exactly what the plain alternation of the
    same families removes, and a venting sentence still reads as venting."""
    plain = re.compile("|".join(_VENTING_FAMILIES), re.M)
    for turn in [*_TURNS, "honestly this is a joke, you keep sending the same link", "why is my bill 40 higher"]:
        assert _VENTING.sub(" ", turn) == plain.sub(" ", turn), turn
    assert is_venting("This is ridiculous!")
    assert not is_venting("My bill went up by 40 this month without any notice")


def _plain_is_venting(sentence: str) -> bool:
    lowered = re.compile("|".join(_VENTING_FAMILIES), re.M).sub(" ", sentence.lower())
    content = [w for w in re.findall(r"[a-z]{3,}", lowered) if w not in _VENT_FILLER]
    return len(content) < 3 and lowered.strip() != sentence.lower().strip()


def test_is_venting_with_the_scanner_gate_answers_as_the_plain_pattern() -> None:
    """A sentence no venting family matches is not venting (the scanner says so before the substitution); the
    others are judged as before: only the cue, or the cue and little else."""
    sentences = [
        *_TURNS,
        "This is absolutely ridiculous!!",
        "I already told you, it's order 4471.",  # the number is no content word: venting
        "You keep sending me the same link.",
        "I'll cancel everything if this isn't fixed by Friday, the router keeps dropping every evening.",
        "Thanks, that worked.",
        "The parcel was marked as delivered on Tuesday but nothing arrived.",
    ]
    answers = [is_venting.__wrapped__(sentence) for sentence in sentences]  # type: ignore[attr-defined]
    assert answers == [_plain_is_venting(sentence) for sentence in sentences]
    assert answers[-6:] == [True, True, True, False, False, False]
