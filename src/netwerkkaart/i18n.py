"""One translatable form for every user-facing string.

The source language is Dutch. Qt-free code marks strings with :func:`tr`; the UI uses the
same function, so an English catalogue can later be plugged in here (gettext-style) without
touching the callers. Keep strings whole sentences with ``{name}`` placeholders, never
concatenated fragments, so that a translator sees the full text.
"""

from __future__ import annotations

_catalogue: dict[str, str] = {}


def tr(text: str, /, **values: object) -> str:
    """Return ``text`` translated into the active language, with ``{placeholders}`` filled."""
    translated = _catalogue.get(text, text)
    return translated.format(**values) if values else translated


def install_catalogue(catalogue: dict[str, str]) -> None:
    """Activate a catalogue mapping Dutch source strings to another language."""
    _catalogue.clear()
    _catalogue.update(catalogue)
