"""Frustration in other languages and in combined mild signs, on sentences from domains the suites do not cover
(banking, SaaS, travel, utilities), plus the calm sentences that must stay calm."""

from __future__ import annotations

import pytest

from copilot.analysis.cues import asks_for_human
from copilot.analysis.frustration import analyze_frustration
from copilot.analysis.frustration_cues import CLEAR, HOT, detect_cues

from .builders import build_prepared


def _level(turns: list[tuple[str, str]], language: str = "en") -> str:
    return analyze_frustration(build_prepared(turns), language=language).level


def _top(text: str, compound: float = 0.0) -> float:
    return max((cue.weight for cue in detect_cues(text, compound).cues), default=0.0)


@pytest.mark.parametrize(
    "text",
    [
        "Esto es inaceptable, el banco me cobró dos veces la comisión.",  # es, banking
        "C'est n'importe quoi, mon vol a été annulé sans aucun message.",  # fr, travel
        "Das ist eine Frechheit, die Rechnung ist schon wieder falsch.",  # de, utilities
        "Isso é um absurdo, a fatura veio em dobro de novo.",  # pt, billing
        "È inaccettabile, il bonifico è bloccato da una settimana.",  # it, banking
        "Dit is belachelijk, mijn abonnement is twee keer afgeschreven.",  # nl, SaaS
        "To jest skandal, przelew nadal nie dotarł.",  # pl, banking
        "Bu tam bir rezalet, faturam yine yanlış geldi.",  # tr, utilities
    ],
)
def test_anger_in_other_languages_is_hot(text: str) -> None:
    assert _top(text) >= HOT


@pytest.mark.parametrize(
    "text",
    [
        "Estoy muy decepcionada con el servicio, es una pérdida de tiempo.",
        "Je suis vraiment déçu, ça ne sert à rien.",
        "Ich bin echt genervt, das ist Zeitverschwendung.",
        "Ik ben echt teleurgesteld in jullie app.",
        "Jestem bardzo rozczarowana, to strata czasu.",
        "Por la tercera vez: necesito la factura de marzo.",
        "Pour la troisième fois, mon mot de passe ne marche pas.",
        "Wie oft noch? Die Lastschrift ist doppelt.",
    ],
)
def test_clear_frustration_in_other_languages(text: str) -> None:
    assert _top(text) >= CLEAR


@pytest.mark.parametrize(
    "text",
    [
        "Voy a darme de baja y cambiarme de banco.",
        "Je vais résilier mon abonnement dès demain.",
        "Ik ga mijn abonnement opzeggen als dit niet opgelost wordt.",
        "Zmieniam bank, mam tego dość.",
    ],
)
def test_threats_to_leave_in_other_languages(text: str) -> None:
    assert any(cue.kind == "threat_to_leave" for cue in detect_cues(text, 0.0).cues)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Llevo tres semanas esperando el reembolso del hotel.", "wait_complaint"),
        ("J'attends depuis dix jours une réponse du service client.", "wait_complaint"),
        ("Ich warte schon seit Montag auf die Gutschrift.", "wait_complaint"),
        ("Ya se lo dije, el número de reserva es el mismo.", "repeated_request"),
        ("Heb ik al gezegd, het IBAN klopt.", "repeated_request"),
        ("Już pisałam, że karta jest zablokowana.", "repeated_request"),
        ("De app werkt nog steeds niet na de update.", "negative_sentiment"),
        ("Nie chcę kolejnego linku, chcę zwrot pieniędzy.", "negative_sentiment"),
    ],
)
def test_mild_families_in_other_languages(text: str, kind: str) -> None:
    assert any(cue.kind == kind for cue in detect_cues(text, 0.0).cues)


@pytest.mark.parametrize(
    "text",
    [
        "Buenos días, quiero cambiar la fecha de mi vuelo al viernes, gracias.",
        "Bonjour, pouvez-vous m'envoyer la facture de mars ? Merci beaucoup.",
        "Hallo, ich möchte meine Adresse ändern. Vielen Dank!",
        "Olá, gostaria de saber o saldo do meu cartão.",
        "Ciao, vorrei aggiornare il mio piano. Grazie mille!",
        "Goedemiddag, ik wil graag mijn e-mailadres wijzigen.",
        "Dzień dobry, chciałabym zmienić numer telefonu na koncie.",
        "Merhaba, faturamı e-posta ile alabilir miyim?",
        "Nie chcę, żeby moja żona widziała te powiadomienia.",  # a wish about a third party, not a refusal
    ],
)
def test_calm_turns_in_other_languages_carry_no_cue(text: str) -> None:
    assert detect_cues(text, 0.0).cues == ()


@pytest.mark.parametrize(
    "text",
    [
        "Proszę o połączenie z konsultantem.",
        "Kan ik met een medewerker spreken?",
        "Müşteri temsilcisi ile görüşmek istiyorum.",
        "Ich möchte bitte einen echten Menschen sprechen.",
    ],
)
def test_asking_for_a_person_in_other_languages(text: str) -> None:
    assert asks_for_human(text)


@pytest.mark.parametrize(
    "text",
    [
        "I don't want another reset link. I want my card unblocked, the rent is due FRIDAY",  # banking
        "I don't want to fill in another form, we've been waiting for two weeks.",  # SaaS
        "No more links please, my flight leaves TOMORROW",  # travel
    ],
)
def test_two_mild_signs_in_one_turn_are_clear(text: str) -> None:
    turns = [
        ("customer", "Hi, a question about my account."),
        ("ai", "You can find the steps in this article."),
        ("customer", text),
    ]
    assert _level(turns) == "medium"


@pytest.mark.parametrize(
    "text",
    [
        "I don't want him to see these notifications, please keep them private.",
        "I don't want to be difficult, could you check the invoice date?",
        "No I don't want the extended warranty, thanks so much, that's all!",
    ],
)
def test_wishes_and_courtesy_are_not_refusals(text: str) -> None:
    assert all(cue.kind != "negative_sentiment" or cue.weight < CLEAR for cue in detect_cues(text, 0.6).cues)
    assert "turns down" not in " ".join(cue.detail for cue in detect_cues(text, 0.6).cues)


def test_a_single_mild_sign_stays_low() -> None:
    turns = [
        ("customer", "Hi, my statement shows a fee."),
        ("ai", "Here is a link to the fee schedule."),
        ("customer", "I don't want the link, I want the fee explained."),
    ]
    assert _level(turns) == "low"


def test_day_in_capitals_is_emphasis_but_happy_capitals_are_not() -> None:
    assert any("TOMORROW" in cue.detail for cue in detect_cues("the engineer has to come TOMORROW", 0.0).cues)
    assert detect_cues("See you TOMORROW, thanks so much!", 0.8).cues == ()
