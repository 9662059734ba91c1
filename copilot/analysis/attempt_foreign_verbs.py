"""The English verb of a support action said in French, Spanish, German, Portuguese or Italian: ``english_verb``.

A quoted sentence in another language tells the agent little at a glance; its verb in English does ("AI suggested
the customer restart it: “Reinicia el router y espera dos minutos”", "Customer lowered it: “Acabo de bajarlo a
3”"). Only the verbs of everyday support actions are known, by their stem in each language (the stem covers the
imperative, the infinitive and the past participle: "reinicia", "reiniciar", "reinicié"); any other verb gives
None and the sentence stays quoted as before.
"""

from __future__ import annotations

import re

__all__ = ["english_verb"]

_STEMS: tuple[tuple[str, str], ...] = (
    # (English base form, stems in the five languages), the longer and more specific stems first
    ("deactivate", "desactiv désactiv desativ disattiv deaktivier"),
    ("reinstall", "reinstal réinstall reinstall neu\\s+install"),
    ("reset", "réinitialis restablec redefin reimpost zurückgesetzt zurücksetz"),
    ("restart", "reinici redémarr riavvi neu\\s+gestartet neustart"),
    ("resend", "renvoy reenvi rinvi erneut\\s+(?:ge)?send vuelv\\w*\\s+a\\s+enviar volv\\w*\\s+a\\s+enviar"),
    ("update", "actualiz atualiz aggiorn aktualisier mett\\w*\\s+à\\s+jour mis\\s+à\\s+jour"),
    ("check", "vérifi verifi revis comprob comprueb controll contrôl prüf überprüf"),
    ("correct", "corrig correg korrigier"),
    ("report", "signal segnal report melde gemeldet"),
    ("cancel", "annul storn kündig gekündigt"),
    ("contact", "contact contatt kontaktier"),
    ("choose", "choisi elig elij selecc sélection selezion scegl escolh wähl gewählt"),
    ("activate", "activ(?!it|idad) ativ(?!it|idade) attiv(?!it) aktivier"),
    ("lower", "baj(?:ar|é|ó|ad|e\\b|a\\b) réduis redu riduc reduz"),
    ("delete", "borr supprim elimin lösch gelöscht"),
    ("install", "instal install"),
    ("restore", "restaur(?!ant) wiederherstell"),
    ("reconnect", "reconect reconnect riconnett"),
    ("disconnect", "desconect déconnect disconnett trenn getrennt"),
)
_STEM = re.compile(r"\b(?:" + "|".join(f"(?P<{verb}>{'|'.join(stems.split())})" for verb, stems in _STEMS) + r")")
_PAST = {
    "reset": "reset",
    "resend": "resent",
    "choose": "chose",
    "check": "checked",
}


def english_verb(text: str, past: bool = False) -> str | None:
    """The English verb of the first known support action in ``text`` (lower case): "restart" for "reinicia el
    router", "lowered" with ``past`` for "acabo de bajarlo"; None when no known verb is said."""
    match = _STEM.search(text)
    if match is None or match.lastgroup is None:
        return None
    verb = match.lastgroup
    if not past:
        return verb
    return _PAST.get(verb) or (f"{verb}d" if verb.endswith("e") else f"{verb}ed")
