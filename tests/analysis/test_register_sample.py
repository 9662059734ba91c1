"""The language sample blanks links, e-mails and codes exactly as the plain pattern would, in one pass."""

from __future__ import annotations

import random

import pytest

from copilot.analysis.register import _NOT_LANGUAGE, _blank_non_language

_TRICKY = [
    "hola, mi pedido NW-452290 no ha llegado",
    "escribí a soporte@tienda.example y nada",
    "mira https://help.example.com/articles/track-your-order:8080 por favor",
    "ratio 3:2 at 10:30, see a:b://c and x://y",
    "codes: A1B2, ::, :// alone, trailing colon: and @ alone",
    "tabs\tand\nnew lines 12\u00a0Kč, ٣ arabic digit, café@été.fr",
    "",
    "   ",
]


@pytest.mark.parametrize("text", _TRICKY)
def test_blanking_matches_the_plain_pattern(text: str) -> None:
    assert _blank_non_language(text) == _NOT_LANGUAGE.sub(" ", text)


def test_blanking_keeps_the_words_and_drops_the_codes() -> None:
    assert (
        _blank_non_language("my order NW-4522 never came, mail me at ana@x.io") == "my order   never came, mail me at  "
    )


def test_blanking_matches_the_plain_pattern_on_random_text() -> None:
    rng = random.Random(11)
    alphabet = [*"ab :/@1\n\t.x-", "://", "é", "\u00a0", "٣", "//", "::"]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        assert _blank_non_language(text) == _NOT_LANGUAGE.sub(" ", text), repr(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("ok 123 456", "en"), ("12345 67890 !!! ??? 42", "en"), ("", "en")],
)
def test_too_few_letters_fall_back_to_the_profile_language_or_english(text: str, expected: str) -> None:
    from copilot.analysis.register import detect_language

    assert detect_language(text) == expected
    assert detect_language(text, fallback="de") == "de"


def test_twelve_letters_are_enough_to_read_the_language() -> None:
    from copilot.analysis.register import _has_letters

    assert _has_letters("abcdefghijkl", 12)
    assert not _has_letters("abcdefghijk 1234567890", 12)
    assert _has_letters("ab12 cd34 ef56 gh78 ij90 kl", 12)
    assert _has_letters("ÉÈÊËéèêëàâäç", 12)
