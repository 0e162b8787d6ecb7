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
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StrictBool

from .circle import DEFAULT_RINGS, DEFAULT_SECTORS, Cell, Ring, Sector, default_cell
from .ecomap import EcoPlace
from .enums import MapKind, PersonKind
from .relations import Relation


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


COORD = 100_000_000.0
"""No map is larger than this many units from its centre: a pin at 1e308 or Infinity in a
file from elsewhere is refused, not laid out for ever."""


class Position(_Frozen):
    x: float = Field(allow_inf_nan=False, ge=-COORD, le=COORD)
    y: float = Field(allow_inf_nan=False, ge=-COORD, le=COORD)
    pinned: StrictBool = False


Coord = Annotated[float, Field(allow_inf_nan=False, ge=-COORD, le=COORD)]


class Seen(_Frozen):
    """The placement the user last saw, written when the case is saved, so that the next
    layout (and ``render``, and the PDF) starts from the same picture. Not an edit: it is
    never undone and may mention people who have since gone (they are ignored)."""

    positions: dict[str, tuple[Coord, Coord]] = Field(default_factory=dict)
    sectors: dict[str, tuple[Coord, Coord]] = Field(default_factory=dict)
    """Sector key -> (start angle, span) in radians."""
    radii: tuple[Coord, ...] = ()
    """The middle of each ring (crowded rings lie further out)."""


class MapView(_Frozen):
    """Where one map places people by position.

    A pinned position holds exactly; an unpinned one is where the user dropped the person:
    the layout keeps them there while it is inside their ring and sector and free."""

    positions: dict[str, Position] = Field(default_factory=dict)
    seen: Seen | None = None

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

    def cell_of(self, person_id: str, kind: PersonKind, relation: Relation | None = None) -> Cell:
        """The stored cell, or the default for the person's relation and kind."""
        return self.cells.get(person_id) or default_cell(kind, self.rings, self.sectors,
                                                         relation)


class EcogramView(MapView):
    """The ecogram: each person's category and closeness where the user set them."""

    places: dict[str, EcoPlace] = Field(default_factory=dict)

    def placed_people(self) -> Iterator[str]:
        yield from self.positions
        yield from (pid for pid in self.places if pid not in self.positions)


class Views(_Frozen):
    """One view per map; the file form is ``{"genogram": {...}, "ecogram": {...}, ...}``."""

    genogram: MapView = Field(default_factory=MapView)
    ecogram: EcogramView = Field(default_factory=EcogramView)
    netwerkkaart: CircleView = Field(default_factory=CircleView)

    def get(self, kind: MapKind) -> MapView:
        view: MapView = getattr(self, kind.value)
        return view

    def items(self) -> Iterator[tuple[MapKind, MapView]]:
        for kind in MapKind:
            yield kind, self.get(kind)

    def with_view(self, kind: MapKind, view: MapView) -> Views:
        return self.model_copy(update={kind.value: view})
