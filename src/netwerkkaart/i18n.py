"""One translatable form for every user-facing string.

The source language is Dutch. Qt-free code marks strings with :func:`tr`; the UI uses the
same function, so an English catalogue can later be plugged in here (gettext-style) without
touching the callers. Keep strings whole sentences with ``{name}`` placeholders, never
concatenated fragments, so that a translator sees the full text.
"""

from __future__ import annotations

_catalogue: dict[str, str] = {}


MAX_VALUE = 200
"""A value put into a message is cut to this many characters: a hostile file's 20 MB field
or id never floods a terminal, a log or a message box (and is never echoed in full)."""


def clip(value: object, limit: int = MAX_VALUE) -> object:
    if isinstance(value, str) and len(value) > limit:
        return value[: limit - 1] + "…"
    return value


def tr(text: str, /, **values: object) -> str:
    """Return ``text`` translated into the active language, with ``{placeholders}`` filled
    (each value cut to :data:`MAX_VALUE` characters)."""
    translated = _catalogue.get(text, text)
    if not values:
        return translated
    return translated.format(**{k: clip(v) for k, v in values.items()})


def install_catalogue(catalogue: dict[str, str]) -> None:
    """Activate a catalogue mapping Dutch source strings to another language."""
    _catalogue.clear()
    _catalogue.update(catalogue)


def capital(text: str) -> str:
    """``text`` with a capital first letter (a sentence, a table's heading)."""
    return text[:1].upper() + text[1:]


def small(text: str) -> str:
    """``text`` with a small first letter, for the middle of a sentence ("Klussen" ->
    "klussen"); an abbreviation ("EDIZ", "A.B.") keeps its capitals."""
    return text[:1].lower() + text[1:] if text[1:2].islower() or len(text) == 1 else text
