"""The netwerkkaart (Lensink's network circle) as a map: rings for closeness, sectors for
life domains, each person in the cell the model gives them.

Rings and sectors are part of the case (:class:`~netwerkkaart.model.CircleView`), and so is
each person's ring and sector. The layout (:mod:`..radial.placement`) only chooses where in
the cell a person stands, starting from the previous picture. Dropping a person in another
ring or sector is that model edit; wherever it is dropped, the person stays there while the
spot lies in their cell and is free (pinned people stay exactly).
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping

from ...labels import label
from ...model import Case, Cell, ChangeSet, MapKind, Op, Place, PlaceCell, Position
from ...model.views import Seen
from ..primitives import Align, Ellipse, Group, Pen, Point, Polyline, Primitive, Text
from ..radial.engine import RadialGeometry
from ..radial.placement import (
    RadialLayout,
    cell_of_key,
    netwerkkaart_cells,
    netwerkkaart_inputs,
    netwerkkaart_layout,
    network_people,
    radial_style,
    seen_of,
)
from ..registry import FRESH, MapLayout, MapSpec, Redraw, register
from ..style import MapStyle
from ..text import wrap
from .people import person_groups

RING_FILLS = ("#f3efe6", "#f6f3ed", "#f9f7f3", "#fbfaf8", "#fdfcfb")
CENTRE_FILL = "#fff4d6"
GRID = "#b9b2a3"
RIM = 8.0
SECTOR_LABEL_WIDTH = 130.0


class NetwerkkaartMap(MapSpec):
    kind = MapKind.NETWERKKAART

    def shows(self, case: Case) -> list[str]:
        return [p.id for p in network_people(case)]

    def layout_inputs(self, case: Case, style: MapStyle) -> Hashable:
        return netwerkkaart_inputs(case, style)

    def compute_layout(self, case: Case, style: MapStyle,
                       previous: MapLayout | None = None) -> MapLayout:
        prev = previous.detail if previous is not None and previous is not FRESH else None
        if previous is FRESH:
            circle = case.circle.model_copy(update={"seen": None})
            case = case.model_copy(update={"views": case.views.with_view(self.kind, circle)})
        radial = netwerkkaart_layout(case, style,
                                     prev if isinstance(prev, RadialLayout) else None)
        return MapLayout(radial.positions, radial)

    def seen(self, layout: MapLayout) -> Seen | None:
        return seen_of(layout.detail) if isinstance(layout.detail, RadialLayout) else None

    def draw(self, case: Case, style: MapStyle, layout: MapLayout,
             today: str | None = None) -> list[Group]:
        radial: RadialLayout = layout.detail
        rstyle = radial_style(style)
        return [circle_background(case, radial.geometry, rstyle),
                *person_groups(case, radial.positions, radial.feet, rstyle, today)]

    def redraw(self, case: Case, style: MapStyle, layout: MapLayout, change: ChangeSet,
               today: str | None = None) -> Redraw:
        radial: RadialLayout = layout.detail
        groups = person_groups(case, radial.positions, radial.feet, radial_style(style), today,
                               only=change.people)
        return Redraw(groups, {("person", pid) for pid in change.people})

    def drop(self, case: Case, layout: MapLayout, moves: Mapping[str, Point]) -> list[Op]:
        radial: RadialLayout = layout.detail
        geometry = radial.geometry
        circle = case.circle
        cells = netwerkkaart_cells(case)
        ops: list[Op] = []
        for pid, (x, y) in sorted(moves.items()):
            pin = circle.positions.get(pid)
            pinned = pin is not None and pin.pinned
            here = Position(x=round(x, 2), y=round(y, 2), pinned=pinned)
            if pid not in cells:  # the client: only a pin moves
                if pinned:
                    ops.append(Place(self.kind, pid, here))
                continue
            target = geometry.cell_at(x, y)
            if target is None:  # dropped on the client's own circle: back to the cell
                continue
            if target != cells[pid]:
                key, ring = target
                ops.append(PlaceCell(pid, Cell(ring=circle.rings[ring],
                                               sector=cell_of_key(case, key))))
            ops.append(Place(self.kind, pid, here))
        return ops


def circle_background(case: Case, geometry: RadialGeometry, style: MapStyle) -> Group:
    """The rings (closeness) and sectors (life domains) with the case's own names."""
    prims: list[Primitive] = []
    a = geometry.aspect
    rings = case.circle.rings
    for i in range(geometry.rings, -1, -1):
        r = geometry.boundary(i)
        fill = RING_FILLS[min(i - 1, len(RING_FILLS) - 1)] if i > 0 else CENTRE_FILL
        prims.append(Ellipse(0, 0, a * r, r, Pen(GRID, 1.5), fill))
    outer = geometry.outer
    for span in geometry.sectors:
        prims.append(Polyline((geometry.point(span.start, geometry.centre),
                               geometry.point(span.start, outer)), Pen(GRID, 1.5)))
        x, y = geometry.point(span.middle, outer)
        nx, ny = math.cos(span.middle), math.sin(span.middle)
        size = style.label_size + 1
        lines = wrap(label(cell_of_key(case, span.key)), size, SECTOR_LABEL_WIDTH, 2)
        # beside the rim on the left and right, above and below it at the top and bottom
        align: Align = "left" if nx > 0.5 else "right" if nx < -0.5 else "center"
        height = len(lines) * size * 1.25
        top = y + ny * (RIM + height / 2) - height / 2
        for i, line in enumerate(lines):
            prims.append(Text(x + nx * 10, top + i * size * 1.25, line, size=size, bold=True,
                              color=style.muted, align=align, valign="top"))
    for i, ring in enumerate(rings):
        r = geometry.boundary(i + 1) - 4
        # on a patch of the ring's own colour, so the sector line never runs through it
        prims.append(Text(0, -r, label(ring), size=style.small_size, color=style.muted,
                          valign="top", background=RING_FILLS[min(i, len(RING_FILLS) - 1)]))
    return Group(("background", "netwerkkaart"), tuple(prims), z=-10)


NETWERKKAART = register(NetwerkkaartMap())
