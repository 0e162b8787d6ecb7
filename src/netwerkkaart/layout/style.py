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
    radial_symbol: float = 28.0
    radial_label_width: float = 96.0
    """The ecogram and netwerkkaart draw people a little smaller, so that four rings fit a
    laptop screen readably."""
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
    years: bool = True
    """Whether birth and death years stand by the symbols (the anonymous PDF has none; the
    age in the symbol stays)."""
    legends: bool = True
    """Whether the maps draw their legend boxes (the presentation mode leaves them out: the
    professional explains, and the map has the room)."""


DEFAULT_STYLE = MapStyle()


PRESENTATION_STYLE = MapStyle(label_size=24.0, small_size=16.0, label_width=170.0,
                              radial_label_width=110.0, legends=False)
"""At the kitchen table (presentation mode): names nearly twice as large, with symbols and
spacing as usual, so that the whole map still fits a laptop screen with names of 16 px or more;
no legend boxes."""
