"""The numpy walk of py3langid's automaton gives py3langid's own answer, bit for bit."""

from __future__ import annotations

import random

import pytest

from copilot.analysis.register import _identifier, detect_language

_TEXTS = [
    "",
    "ok",
    "Hi, my order still hasn't arrived and the tracking page says it left the warehouse last week.",
    "Hola, quiero cancelar mi suscripción porque me cobraron dos veces este mes.",
    "Bonjour, ma box internet ne fonctionne plus depuis hier soir, pouvez-vous m'aider ?",
    "Hallo, ich habe meine Rechnung bekommen und der Betrag ist viel zu hoch.",
    "Olá, o meu pedido chegou danificado e gostaria de uma troca.",
    "Привет, у меня не работает интернет уже два дня.",
    "こんにちは、注文した商品がまだ届いていません。",
    "THE APP KEEPS CRASHING WHEN I OPEN SETTINGS",
    "a@b @@x https://x.example/a?b=1 ünïcödé ÇA VA",
]


def _random_texts(count: int) -> list[str]:
    rng = random.Random(5)
    texts = []
    for _ in range(count):
        pieces = [rng.choice(_TEXTS) for _ in range(rng.randint(1, 6))]
        noise = "".join(chr(rng.choice([rng.randint(32, 126), rng.randint(160, 0x2FF), 10])) for _ in range(20))
        texts.append(" ".join(pieces) + noise)
    return texts


@pytest.mark.parametrize("text", _TEXTS + _random_texts(200))
def test_fast_classify_equals_py3langid(text: str) -> None:
    fast = _identifier()
    assert fast.classify(text) == fast._identifier.classify(text)


def test_languages_of_a_multi_turn_conversation() -> None:
    turns = [
        "Hola, mi router se reinicia cada pocos minutos desde ayer.",
        "Ya lo desenchufé y lo volví a enchufar pero sigue igual.",
        "¿Pueden mandar un técnico esta semana?",
    ]
    assert detect_language("\n".join(turns)) == "es"
    assert detect_language("ok thx", fallback="fr") == "fr"


def test_automaton_depth_is_found() -> None:
    assert 2 <= _identifier()._depth <= 16


def test_when_py3langid_internals_move_its_own_classify_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    import copilot.analysis.register as register

    def moved(_identifier: object) -> None:
        raise AttributeError("tk_nextmove")

    monkeypatch.setattr(register, "_IDENTIFIER", None)
    monkeypatch.setattr(register, "FastLanguageIdentifier", moved)
    plain = register._identifier()
    assert type(plain).__name__ == "LanguageIdentifier"
    assert detect_language("Hola, mi pedido no ha llegado todavía y necesito ayuda por favor") == "es"
