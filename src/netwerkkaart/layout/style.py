"""Sizes and colours of the maps: readable across a kitchen table at the default zoom."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MapStyle:
    symbol: float = 48.0
    """Width and height of a person symbol."""
    label_size: float = 14.0
    small_size: float = 11.0
    label_width: float = 130.0
    """Names wrap to two lines within this width."""
    h_gap: float = 28.0
    """Least horizontal space between two people's label boxes."""
    row_gap: float = 80.0
    """Vertical space between the label block of one generation and the next symbols."""
    line: str = "#2b2b2b"
    text: str = "#2b2b2b"
    muted: str = "#6b6b6b"
    client_fill: str = "#fff4d6"
    fill: str = "#ffffff"
    background: str = "#fbfaf7"
    """The paper colour of every map; text that lines may pass behind is backed with it."""
    badge_fill: str = "#e2f0e5"
    badge_line: str = "#3d7a4f"
    badge_text: str = "#1d4a2b"
    """The small badge with a mantelzorger's hours per week."""
    deceased_style: str = "x"
    """'x' (McGoldrick) or 'slash' (NSGC)."""


DEFAULT_STYLE = MapStyle()
