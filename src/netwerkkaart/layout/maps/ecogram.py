"""The ecogram as a map: the client in the middle, the living network around, Hartman lines.

Placement: :func:`..radial.placement.ecogram_positions` (stored positions of dragged people,
the rest on a star by contact category). Support ties are drawn with the Hartman notation of
:mod:`..notation.support`, and a legend explains what the case uses. Dropping a person stores
where they were dropped. (The ecogram issue brings categories, closeness and the household
in the centre.)
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Mapping

from ...model import Case, ChangeSet, MapKind, Op, Place, Position, SupportTie
from ..notation.support import ecogram_legend, support_line
from ..primitives import Group, Point
from ..radial.placement import ecogram_inputs, ecogram_positions, network_people
from ..registry import MapLayout, MapSpec, Redraw, register
from ..style import MapStyle
from .people import person_groups

Z_TIE = 5.0
CLEARANCE = 140.0
"""A new person is placed at least this far from everyone else."""


class EcogramMap(MapSpec):
    kind = MapKind.ECOGRAM

    def shows(self, case: Case) -> list[str]:
        return [p.id for p in network_people(case)]

    def layout_inputs(self, case: Case, style: MapStyle) -> Hashable:
        return ecogram_inputs(case)

    def compute_layout(self, case: Case, style: MapStyle) -> MapLayout:
        return MapLayout(ecogram_positions(case))

    def draw(self, case: Case, style: MapStyle, layout: MapLayout,
             today: str | None = None) -> list[Group]:
        groups = person_groups(case, layout.positions, style, today)
        return groups + self._ties_and_legend(case, style, layout)

    def _ties_and_legend(self, case: Case, style: MapStyle, layout: MapLayout) -> list[Group]:
        pos = layout.positions
        groups: list[Group] = []
        used: list[SupportTie] = []
        for tie in case.network.ties.values():
            if isinstance(tie, SupportTie) and tie.a in pos and tie.b in pos:
                used.append(tie)
                groups.append(Group(("tie", tie.id),
                                    tuple(support_line(tie, pos[tie.a], pos[tie.b], style)),
                                    z=Z_TIE))
        if used and pos:
            right = max(x for x, _ in pos.values()) + style.label_width
            top = min(y for _, y in pos.values()) - style.symbol
            legend = ecogram_legend(used, style)
            groups.append(Group(legend.owner, legend.prims, legend.z, (right + 40, top),
                                legend.bounds))
        return groups

    def redraw(self, case: Case, style: MapStyle, layout: MapLayout, change: ChangeSet,
               today: str | None = None) -> Redraw:
        """Same positions: the changed people; the lines and legend when ties changed."""
        groups = person_groups(case, layout.positions, style, today, only=change.people)
        owners = {("person", pid) for pid in change.people}
        scope: set[str] = set()
        if change.ties:
            groups += self._ties_and_legend(case, style, layout)
            scope = {"tie", "legend"}
        return Redraw(groups, owners, scope)

    def drop(self, case: Case, layout: MapLayout, moves: Mapping[str, Point]) -> list[Op]:
        """The ecogram keeps a dragged person where they were dropped."""
        return [Place(self.kind, pid, Position(x=round(x, 2), y=round(y, 2)))
                for pid, (x, y) in sorted(moves.items())]

    def place_new(self, case: Case, layout: MapLayout, person_id: str,
                  near: Point) -> list[Op]:
        x, y = free_spot(layout.positions.values(), near)
        return [Place(self.kind, person_id, Position(x=x, y=y))]


def free_spot(taken: Iterable[Point], near: Point, clearance: float = CLEARANCE) -> Point:
    """The nearest spot to ``near``, on a widening spiral, where nobody stands yet."""
    points = list(taken)
    x, y = near
    for step in range(200):
        radius = clearance * math.sqrt(step)
        angle = step * 2.4  # golden-angle spiral: even coverage
        cx, cy = x + radius * math.cos(angle), y + radius * math.sin(angle)
        if all(math.hypot(px - cx, py - cy) >= clearance for px, py in points):
            return round(cx, 2), round(cy, 2)
    return round(x, 2), round(y, 2)


ECOGRAM = register(EcogramMap())
