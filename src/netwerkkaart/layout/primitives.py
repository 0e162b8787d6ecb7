"""A tiny display list: the shapes every map is drawn from.

Layout and notation code produce these frozen values; ``ui/painting.py`` paints them with
QPainter and the PDF report draws them with reportlab, so screen and paper show the same
geometry. Coordinates are scene units, y pointing down. Colours are ``#rrggbb`` strings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Point = tuple[float, float]
Dash = Literal["solid", "dash", "dot"]
Align = Literal["left", "center", "right"]


@dataclass(frozen=True)
class Pen:
    color: str = "#2b2b2b"
    width: float = 2.0
    dash: Dash = "solid"


NO_PEN = Pen(width=0.0)


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    pen: Pen = Pen()
    fill: str | None = None
    radius: float = 0.0


@dataclass(frozen=True)
class Ellipse:
    cx: float
    cy: float
    rx: float
    ry: float
    pen: Pen = Pen()
    fill: str | None = None


@dataclass(frozen=True)
class Polygon:
    points: tuple[Point, ...]
    pen: Pen = Pen()
    fill: str | None = None


@dataclass(frozen=True)
class Polyline:
    points: tuple[Point, ...]
    pen: Pen = Pen()


@dataclass(frozen=True)
class Text:
    """A line of text anchored at (x, y): ``align`` is horizontal, ``valign`` vertical."""

    x: float
    y: float
    text: str
    size: float = 13.0
    bold: bool = False
    color: str = "#2b2b2b"
    align: Align = "center"
    valign: Literal["top", "middle", "bottom"] = "top"
    background: str | None = None
    """Fill behind the text, so that lines passing behind a name never cross its letters."""


Primitive = Rect | Ellipse | Polygon | Polyline | Text


@dataclass(frozen=True)
class Group:
    """Primitives that belong to one model object, drawn together at one z level.

    ``owner`` is ``("person", id)``, ``("tie", id)``, ``("household", id)``, ``("union", key)``,
    ``("legend", "")`` or similar: the scene uses it to make one selectable item per object.
    """

    owner: tuple[str, str]
    prims: tuple[Primitive, ...]
    z: float = 0.0
    anchor: Point = (0.0, 0.0)
    """The group's own origin: person symbols are drawn relative to the symbol centre."""
    bounds: tuple[float, float, float, float] | None = field(default=None)
    """(x, y, w, h) in group coordinates, when known: used for hit areas."""
