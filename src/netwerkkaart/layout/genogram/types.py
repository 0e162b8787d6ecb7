"""What the genogram layout produces and the genogram notation draws from.

Kept apart from the algorithm (``layout/genogram.py``) so that the notation
(``layout/genogram_draw.py``), the screen and the PDF depend only on this small contract.
All coordinates are scene units; a person's (x, y) is the centre of their symbol.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...model.enums import ParentChildKind


@dataclass(frozen=True)
class PersonPlacement:
    x: float
    y: float
    row: int


@dataclass(frozen=True)
class UnionPlacement:
    """A couple (or a single known parent) from whose line children hang.

    ``key`` is the partnership tie id when there is one; otherwise ``"implicit:" + a + "|" + b``
    for two parents without a partnership tie, or ``"single:" + a`` for one known parent.
    ``partners`` lists the people left to right. The couple line runs at height ``y`` from
    ``x1`` to ``x2``; children hang from ``hub_x``.
    """

    key: str
    partners: tuple[str, ...]
    tie_id: str | None
    y: float
    x1: float
    x2: float
    hub_x: float
    level: int = 0
    """0 for an ordinary couple line; higher levels are drawn lower, to pass under symbols."""


@dataclass(frozen=True)
class ChildDrop:
    child: str
    x: float
    """Where the child's line meets the sibship bar (the child's x, or the twin apex x)."""
    relation: ParentChildKind = ParentChildKind.BIOLOGICAL
    twin_set: str | None = None


@dataclass(frozen=True)
class SibshipPlacement:
    union: str
    bar_y: float
    x1: float
    x2: float
    children: tuple[ChildDrop, ...]
    twin_apexes: tuple[tuple[str, float, float], ...] = ()
    """(twin set id, x, y) where the lines of twins meet."""


@dataclass(frozen=True)
class SecondaryLink:
    """A parent link drawn outside the child's layout family (e.g. the birth parents of a
    child placed with its adoptive family)."""

    union: str
    child: str
    relation: ParentChildKind


@dataclass(frozen=True)
class GenogramLayout:
    people: dict[str, PersonPlacement] = field(default_factory=dict)
    unions: dict[str, UnionPlacement] = field(default_factory=dict)
    sibships: dict[str, SibshipPlacement] = field(default_factory=dict)
    secondary: tuple[SecondaryLink, ...] = ()
    row_y: tuple[float, ...] = ()
    warnings: tuple[str, ...] = ()
    """Dutch sentences about pins that could not hold (no names: the map adds those)."""
    unheld_pins: tuple[str, ...] = ()
    """Ids of pinned people who could not stay where they were pinned."""
