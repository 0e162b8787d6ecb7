"""Changing the netwerkkaart's rings and sectors as one edit, without losing anyone.

The user edits the two lists (names, number, order). Every entry remembers which ring or
sector it was (``was``), so a rename keeps its people; people in a ring or sector that is
removed go where the user says. The result is one list of operations: the new lists and the
cells of the people that had to move. People placed by default whose usual ring or sector
changed are stored explicitly too, so nobody moves without a word.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from .case import Case
from .circle import Cell, Ring, Sector, default_cell
from .edits import Op, PlaceCell, SetCircle
from .relations import relations


@dataclass(frozen=True)
class Entry:
    """A ring or sector in the edited list: its (new) value and the value it was."""

    value: Ring | Sector
    was: Ring | Sector | None = None
    """None for a ring or sector the user added."""


def effective_cells(case: Case) -> dict[str, Cell]:
    """Everyone's ring and sector on the netwerkkaart (stored, or the default), the client
    and the deceased excepted."""
    net = case.network
    circle = case.circle
    rel = relations(net)
    out: dict[str, Cell] = {}
    for p in net.people.values():
        if p.id == net.client_id or p.is_deceased or p.pregnancy is not None:
            continue
        info = rel.get(p.id)
        out[p.id] = circle.cell_of(p.id, p.kind, info.relation if info else None)
    return out


def removed_with_people(case: Case, rings: Sequence[Entry], sectors: Sequence[Entry]
                        ) -> tuple[dict[Ring, list[str]], dict[Sector, list[str]]]:
    """Rings and sectors that go and who is in each (for asking where they go)."""
    kept_rings = {e.was for e in rings if e.was is not None}
    kept_sectors = {e.was for e in sectors if e.was is not None}
    ring_people: dict[Ring, list[str]] = {}
    sector_people: dict[Sector, list[str]] = {}
    for pid, cell in effective_cells(case).items():
        if cell.ring not in kept_rings:
            ring_people.setdefault(cell.ring, []).append(pid)
        if cell.sector not in kept_sectors:
            sector_people.setdefault(cell.sector, []).append(pid)
    return ring_people, sector_people


def circle_change_ops(case: Case, rings: Sequence[Entry], sectors: Sequence[Entry],
                      ring_target: Ring | None = None,
                      sector_target: Sector | None = None) -> list[Op]:
    """The edit for new ring and sector lists; people of removed ones go to the targets
    (by default the last ring or sector of the new lists)."""
    new_rings = cast(tuple[Ring, ...], tuple(e.value for e in rings))
    new_sectors = cast(tuple[Sector, ...], tuple(e.value for e in sectors))
    if not new_rings or not new_sectors:
        return [SetCircle(new_rings, new_sectors)]  # the edit check refuses it, in Dutch
    ring_map = cast(dict[Ring, Ring], {e.was: e.value for e in rings if e.was is not None})
    sector_map = cast(dict[Sector, Sector],
                      {e.was: e.value for e in sectors if e.was is not None})
    to_ring = ring_target if ring_target in new_rings else new_rings[-1]
    to_sector = sector_target if sector_target in new_sectors else new_sectors[-1]
    ops: list[Op] = [SetCircle(new_rings, new_sectors)]
    stored = case.circle.cells
    rel = relations(case.network)
    for pid, cell in sorted(effective_cells(case).items()):
        moved = Cell(ring=ring_map.get(cell.ring, to_ring),
                     sector=sector_map.get(cell.sector, to_sector))
        if pid in stored:
            if moved != cell:
                ops.append(PlaceCell(pid, moved))
            continue
        person = case.network.people[pid]
        info = rel.get(pid)
        default = default_cell(person.kind, new_rings, new_sectors,
                               info.relation if info else None)
        if default != moved:  # placed by default until now: keep them where they were
            ops.append(PlaceCell(pid, moved))
    return ops
