"""Per-map placement: where each map draws people, stored in the case.

* genogram: laid out from the family structure; only pinned people are stored;
* ecogram: stored positions of people the user dragged (the rest is placed automatically);
* netwerkkaart: each person's :class:`~.circle.Cell` (ring and sector), the case's rings and
  sectors, and pins; inside a cell the layout places people unless they are pinned.

Every placement refers to people by id; :func:`~.edits.delete_ops` clears the placements of
deleted people and :func:`~.case.validate_case` refuses placements of unknown people.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from .circle import DEFAULT_RINGS, DEFAULT_SECTORS, Cell, Ring, Sector, default_cell
from .enums import MapKind, PersonKind


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Position(_Frozen):
    x: float
    y: float
    pinned: bool = False


class MapView(_Frozen):
    """Where one map places people by position."""

    positions: dict[str, Position] = Field(default_factory=dict)

    def placed_people(self) -> Iterator[str]:
        """Every person id this view stores something for."""
        yield from self.positions


def _rings() -> tuple[Ring, ...]:
    return DEFAULT_RINGS


def _sectors() -> tuple[Sector, ...]:
    return DEFAULT_SECTORS


class CircleView(MapView):
    """The netwerkkaart: rings and sectors of this case, each placed person's cell, pins."""

    rings: tuple[Ring, ...] = Field(default_factory=_rings, min_length=1)
    sectors: tuple[Sector, ...] = Field(default_factory=_sectors, min_length=1)
    cells: dict[str, Cell] = Field(default_factory=dict)

    def placed_people(self) -> Iterator[str]:
        yield from self.positions
        yield from (pid for pid in self.cells if pid not in self.positions)

    def cell_of(self, person_id: str, kind: PersonKind) -> Cell:
        """The stored cell, or the default for the person's kind."""
        return self.cells.get(person_id) or default_cell(kind, self.rings, self.sectors)


class Views(_Frozen):
    """One view per map; the file form is ``{"genogram": {...}, "ecogram": {...}, ...}``."""

    genogram: MapView = Field(default_factory=MapView)
    ecogram: MapView = Field(default_factory=MapView)
    netwerkkaart: CircleView = Field(default_factory=CircleView)

    def get(self, kind: MapKind) -> MapView:
        view: MapView = getattr(self, kind.value)
        return view

    def items(self) -> Iterator[tuple[MapKind, MapView]]:
        for kind in MapKind:
            yield kind, self.get(kind)

    def with_view(self, kind: MapKind, view: MapView) -> Views:
        return self.model_copy(update={kind.value: view})
