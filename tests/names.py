"""Names to measure and draw: diacritics from the families professionals meet, plain Dutch
names, and letter pairs that a kerning or ligature-making shaper would change (ff, fi, AV, Ta)."""

from __future__ import annotations

NAMES = (
    "Şükrü Yılmaz",
    "Małgorzata Wójcik",
    "Nguyễn Thị Lan",
    "Zoë Ëlzinga",
    "Jan de Vries",
    "Maria de Vries-Bakker",
    "Sanne IJzerman",
    "Joost Griffioen",
    "Fien van der Steenhoven-Offringa",
    "Wouter van 't Veld",
    "AVATAR Tavenier",
)
MAP_TEXT_SIZES = (11.0, 12.0, 14.0, 17.3)
"""small_size, the legend's small_size + 1, label_size and the age inside a symbol."""
