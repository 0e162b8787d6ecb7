"""The netwerkkaart (Lensink's network circle) as a map: rings for closeness, sectors for
life domains, each person in the cell the model gives them.

Rings and sectors are part of the case (:class:`~netwerkkaart.model.CircleView`), each
person's ring and sector too. The layout only chooses where inside a cell a person stands
(:mod:`..radial.placement`), unless they are pinned. Dropping a person in another ring or
sector is that model edit; a drop inside the same cell changes nothing (the person goes back
to their place) unless the person is pinned, then the pin moves.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping

from ...labels import label
from ...model import Case, ChangeSet, MapKind, Op, Place, PlaceCell, Position
from ..primitives import Ellipse, Group, Pen, Point, Polyline, Primitive, Text
from ..radial.placement import (
    CircleGeometry,
    cells,
    circle_geometry,
    netwerkkaart_inputs,
    netwerkkaart_positions,
    network_people,
)
from ..registry import MapLayout, MapSpec, Redraw, register
from ..style import MapStyle
from .people import person_groups

RING_FILLS = ("#f4f1ea", "#f7f5f0", "#faf9f6", "#fcfcfb")
CENTRE_FILL = "#fff4d6"
GRID = "#b9b2a3"


class NetwerkkaartMap(MapSpec):
    kind = MapKind.NETWERKKAART

    def shows(self, case: Case) -> list[str]:
        return [p.id for p in network_people(case)]

    def layout_inputs(self, case: Case, style: MapStyle) -> Hashable:
        return netwerkkaart_inputs(case)

    def compute_layout(self, case: Case, style: MapStyle) -> MapLayout:
        placed = cells(case)
        geometry = circle_geometry(case, placed)
        return MapLayout(netwerkkaart_positions(case, geometry, placed), geometry)

    def draw(self, case: Case, style: MapStyle, layout: MapLayout,
             today: str | None = None) -> list[Group]:
        return [circle_background(layout.detail, style),
                *person_groups(case, layout.positions, style, today)]

    def redraw(self, case: Case, style: MapStyle, layout: MapLayout, change: ChangeSet,
               today: str | None = None) -> Redraw:
        groups = person_groups(case, layout.positions, style, today, only=change.people)
        return Redraw(groups, {("person", pid) for pid in change.people})

    def drop(self, case: Case, layout: MapLayout, moves: Mapping[str, Point]) -> list[Op]:
        geometry: CircleGeometry = layout.detail
        circle = case.circle
        people = case.network.people
        ops: list[Op] = []
        for pid, (x, y) in sorted(moves.items()):
            pin = circle.positions.get(pid)
            pinned = pin is not None and pin.pinned
            here = Position(x=round(x, 2), y=round(y, 2), pinned=True)
            if pid == case.network.client_id or pid not in people:
                if pinned:
                    ops.append(Place(self.kind, pid, here))
                continue
            cell = geometry.cell_at(x, y)
            if cell is None:  # dropped on the client's own circle: back to the cell
                continue
            if cell != circle.cell_of(pid, people[pid].kind):
                ops.append(PlaceCell(pid, cell))
                if not pinned and pin is not None:
                    ops.append(Place(self.kind, pid, None))
            if pinned:
                ops.append(Place(self.kind, pid, here))
        return ops


def circle_background(geometry: CircleGeometry, style: MapStyle) -> Group:
    """The rings (closeness) and sectors (life domains) with their Dutch names."""
    prims: list[Primitive] = []
    rings = geometry.rings
    outer = geometry.outer
    for i in range(len(rings), -1, -1):
        r = geometry.inner + geometry.step * i
        fill = RING_FILLS[min(i - 1, len(RING_FILLS) - 1)] if i > 0 else CENTRE_FILL
        prims.append(Ellipse(0, 0, r, r, Pen(GRID, 1.5), fill))
    for span in geometry.sectors:
        angle = span.start
        prims.append(Polyline(((geometry.inner * math.cos(angle), geometry.inner * math.sin(angle)),
                               (outer * math.cos(angle), outer * math.sin(angle))),
                              Pen(GRID, 1.5)))
        mid = angle + span.span / 2
        lr = outer + 34
        prims.append(Text(lr * math.cos(mid), lr * math.sin(mid), label(span.sector),
                          size=style.label_size + 2, bold=True, color=style.muted,
                          valign="middle"))
    for i, ring in enumerate(rings):
        r = geometry.inner + geometry.step * (i + 1) - 8
        # on a patch of the ring's own colour, so the sector line never runs through it
        prims.append(Text(0, -r, label(ring), size=style.small_size, color=style.muted,
                          background=RING_FILLS[min(i, len(RING_FILLS) - 1)]))
    return Group(("background", "netwerkkaart"), tuple(prims), z=-10)


NETWERKKAART = register(NetwerkkaartMap())
