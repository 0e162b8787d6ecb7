"""Placement for the ecogram and the netwerkkaart (network circle).

Both maps put the client in the middle and show the living network.

* Ecogram: a person the user has dragged keeps the stored position; everyone else gets a spot
  on a star around the client, ordered by contact category (Expertisecentrum Mantelzorg
  letters). The ecogram issue refines this.
* Netwerkkaart: each person's ring and sector come from the model (:class:`Cell`, stored or
  the default for their kind); sectors get an angle in proportion to how many people they
  hold (an empty sector stays visible but small), rings a fixed width. Inside a cell people
  stand on an arc in the order they were added, a second arc opens when the first is full.
  Pinned people stand exactly where pinned. :func:`CircleGeometry.cell_at` turns a point back
  into a cell: that is what dropping a person means.
"""

from __future__ import annotations

import math
from collections.abc import Hashable
from dataclasses import dataclass

from ...model import Case, Cell, MapKind, Person, PersonKind, Ring, Sector

Point = tuple[float, float]

# Ecogram contact categories (domain.md 2.2) per person kind.
ECO_CATEGORY: dict[PersonKind, str] = {
    PersonKind.PARTNER: "G",
    PersonKind.FAMILY: "F",
    PersonKind.FRIEND: "V",
    PersonKind.ACQUAINTANCE: "K",
    PersonKind.NEIGHBOUR: "B",
    PersonKind.VOLUNTEER_INFORMAL: "K",
    PersonKind.VOLUNTEER_ORGANISED: "Z",
    PersonKind.PROFESSIONAL: "Z",
    PersonKind.ORGANISATION: "Z",
}
ECO_ORDER = "GFVKBRZ"

RING_INNER = 90.0
"""Radius of the client's own circle in the netwerkkaart."""
RING_STEP = 150.0
"""Radial distance between ring boundaries in the netwerkkaart."""
LABEL_ARC = 150.0
"""Arc length one person needs along a ring (symbol plus name)."""
SECTOR_MIN = 1.5
"""An empty sector gets the angle of this many people: visible, but small."""


def in_network_maps(p: Person) -> bool:
    """Ecogram and netwerkkaart show the living network: no deceased, no pregnancies."""
    return not p.is_deceased and p.pregnancy is None


def network_people(case: Case) -> list[Person]:
    return [p for p in case.network.people.values() if in_network_maps(p)]


# -- ecogram ---------------------------------------------------------------------------------


def ecogram_inputs(case: Case) -> Hashable:
    """Everything :func:`ecogram_positions` reads."""
    stored = case.view(MapKind.ECOGRAM).positions
    return (case.network.client_id,
            tuple((p.id, p.kind, p.birth) for p in network_people(case)),
            tuple(sorted((pid, pos.x, pos.y) for pid, pos in stored.items())))


def ecogram_positions(case: Case) -> dict[str, Point]:
    net = case.network
    stored = case.view(MapKind.ECOGRAM).positions
    people = [p for p in network_people(case) if p.id != net.client_id]
    people.sort(key=lambda p: (ECO_ORDER.index(ECO_CATEGORY[p.kind]), p.birth or "9999", p.id))
    radius = max(300.0, len(people) * 150.0 / (2 * math.pi))
    out: dict[str, Point] = {}
    client = net.client()
    if client is not None and in_network_maps(client):
        pos = stored.get(client.id)
        out[client.id] = (pos.x, pos.y) if pos else (0.0, 0.0)
    for i, p in enumerate(people):
        pos = stored.get(p.id)
        if pos:
            out[p.id] = (pos.x, pos.y)
        else:
            angle = -math.pi / 2 + 2 * math.pi * i / max(1, len(people))
            out[p.id] = (round(radius * math.cos(angle), 2), round(radius * math.sin(angle), 2))
    return out


# -- netwerkkaart ----------------------------------------------------------------------------


@dataclass(frozen=True)
class SectorSpan:
    sector: Sector
    start: float
    """Angle in radians, clockwise on screen from the positive x axis (y points down)."""
    span: float


@dataclass(frozen=True)
class CircleGeometry:
    """Rings and sectors of one netwerkkaart as angles and radii around (0, 0)."""

    rings: tuple[Ring, ...]
    sectors: tuple[SectorSpan, ...]
    inner: float = RING_INNER
    step: float = RING_STEP

    @property
    def outer(self) -> float:
        return self.inner + self.step * len(self.rings)

    def ring_middle(self, index: int) -> float:
        return self.inner + self.step * (index + 0.5)

    def cell_at(self, x: float, y: float) -> Cell | None:
        """The ring and sector under a point; None inside the client's own circle."""
        r = math.hypot(x, y)
        if r < self.inner:
            return None
        ring = min(len(self.rings) - 1, int((r - self.inner) // self.step))
        angle = math.atan2(y, x)
        first = self.sectors[0].start
        while angle < first:
            angle += 2 * math.pi
        while angle >= first + 2 * math.pi:
            angle -= 2 * math.pi
        sector = self.sectors[-1].sector
        for s in self.sectors:
            if s.start <= angle < s.start + s.span:
                sector = s.sector
                break
        return Cell(ring=self.rings[ring], sector=sector)


def cells(case: Case) -> dict[str, Cell]:
    """The cell of every person on the netwerkkaart except the client (stored or default)."""
    circle = case.circle
    client = case.network.client_id
    return {p.id: circle.cell_of(p.id, p.kind) for p in network_people(case) if p.id != client}


def netwerkkaart_inputs(case: Case) -> Hashable:
    """Everything :func:`circle_geometry` and :func:`netwerkkaart_positions` read."""
    circle = case.circle
    pins = tuple(sorted((pid, pos.x, pos.y) for pid, pos in circle.positions.items()
                        if pos.pinned))
    return (case.network.client_id, circle.rings, circle.sectors,
            tuple((p.id, p.kind, circle.cells.get(p.id)) for p in network_people(case)), pins)


def circle_geometry(case: Case, placed: dict[str, Cell] | None = None) -> CircleGeometry:
    """Sector angles in proportion to max(people in the sector, a minimum), from the top,
    clockwise, in the case's sector order."""
    circle = case.circle
    placed = cells(case) if placed is None else placed
    counts = {s: 0 for s in circle.sectors}
    for cell in placed.values():
        counts[cell.sector] += 1
    weights = [max(counts[s], 0) + SECTOR_MIN for s in circle.sectors]
    total = sum(weights)
    spans, angle = [], -math.pi / 2
    for sector, w in zip(circle.sectors, weights, strict=True):
        span = 2 * math.pi * w / total
        spans.append(SectorSpan(sector, angle, span))
        angle += span
    return CircleGeometry(circle.rings, tuple(spans))


def netwerkkaart_positions(case: Case, geometry: CircleGeometry,
                           placed: dict[str, Cell] | None = None) -> dict[str, Point]:
    circle = case.circle
    placed = cells(case) if placed is None else placed
    out: dict[str, Point] = {}
    client = case.network.client()
    if client is not None and in_network_maps(client):
        pin = circle.positions.get(client.id)
        out[client.id] = (pin.x, pin.y) if pin and pin.pinned else (0.0, 0.0)
    order = {pid: i for i, pid in enumerate(case.network.people)}
    kinds = list(PersonKind)
    groups: dict[tuple[int, int], list[str]] = {}
    sector_index = {s.sector: i for i, s in enumerate(geometry.sectors)}
    ring_index = {r: i for i, r in enumerate(geometry.rings)}
    for pid, cell in placed.items():
        pin = circle.positions.get(pid)
        if pin is not None and pin.pinned:
            out[pid] = (pin.x, pin.y)
            continue
        groups.setdefault((sector_index[cell.sector], ring_index[cell.ring]), []).append(pid)
    people = case.network.people
    for (s, ring), members in sorted(groups.items()):
        members.sort(key=lambda pid: (kinds.index(people[pid].kind), order[pid]))
        span = geometry.sectors[s]
        radius = geometry.ring_middle(ring)
        per_row = max(1, int(span.span * radius / LABEL_ARC))
        rows = 1 if len(members) <= per_row else 2
        offsets = [0.0] if rows == 1 else [-geometry.step * 0.18, geometry.step * 0.18]
        for j, pid in enumerate(members):
            frac = (j + 1) / (len(members) + 1)
            angle = span.start + span.span * frac
            r = radius + offsets[j % rows]
            out[pid] = (round(r * math.cos(angle), 2), round(r * math.sin(angle), 2))
    return out
