"""The ecogram as a map (Hartman, as Dutch mantelzorg practice draws it).

The client and the household in the central circle; everyone else on a star around it, in
the sector of their contact category (G F V K B R Z, letter and name at the rim) at the ring
of their closeness. Support ties in Hartman's notation (:mod:`..notation.support`) with P/G/A/E,
and a legend in a free corner. Dropping a person in another sector or nearer or further out
sets their category and closeness (one edit), and they stay where they were dropped.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping

import numpy as np

from ...labels import label
from ...model import Case, ChangeSet, MapKind, Op, Place, Position, SupportTie
from ...model.ecomap import CLOSENESS_STEPS, EcoCategory, EcoPlace
from ...model.edits import PlaceEco
from ...model.views import Seen
from ..notation.carer_marks import carers_legend
from ..notation.carer_marks import legend_entries as marks_entries
from ..notation.support import ecogram_legend, label_box, support_line
from ..primitives import Align, Ellipse, Group, Pen, Point, Polyline, Primitive, Text
from ..radial.engine import RadialGeometry, overlaps
from ..radial.placement import (
    RadialLayout,
    ecogram_inputs,
    ecogram_layout,
    ecogram_places,
    network_people,
    radial_style,
    seen_of,
)
from ..registry import FRESH, MapLayout, MapSpec, Redraw, register
from ..style import MapStyle
from ..text import text_width, wrap
from .people import person_groups

Z_TIE = 5.0
GRID = "#c9c2b3"
CENTRE_FILL = "#fff6dd"
RIM = 30.0
"""Distance of the category names outside the outer ring."""


class EcogramMap(MapSpec):
    kind = MapKind.ECOGRAM

    def shows(self, case: Case) -> list[str]:
        return [p.id for p in network_people(case)]

    def layout_inputs(self, case: Case, style: MapStyle) -> Hashable:
        return ecogram_inputs(case, style)

    def compute_layout(self, case: Case, style: MapStyle,
                       previous: MapLayout | None = None) -> MapLayout:
        prev = previous.detail if previous is not None and previous is not FRESH else None
        if previous is FRESH:
            case = _without_seen(case)
        radial = ecogram_layout(case, style, prev if isinstance(prev, RadialLayout) else None)
        return MapLayout(radial.positions, radial)

    def seen(self, layout: MapLayout) -> Seen | None:
        return seen_of(layout.detail) if isinstance(layout.detail, RadialLayout) else None

    def draw(self, case: Case, style: MapStyle, layout: MapLayout,
             today: str | None = None) -> list[Group]:
        radial: RadialLayout = layout.detail
        rstyle = radial_style(style)
        groups = [background(radial.geometry, rstyle, _used_rings(case))]
        groups += person_groups(case, radial.positions, radial.feet, rstyle, today)
        return groups + self._ties_and_legend(case, rstyle, radial)

    def _ties_and_legend(self, case: Case, style: MapStyle, radial: RadialLayout) -> list[Group]:
        pos = radial.positions
        groups: list[Group] = []
        used: list[SupportTie] = []
        boxes = [(pid, b) for pid, at in pos.items() if pid in radial.feet
                 for b in radial.feet[pid].boxes(*at)]
        taken = [b for _pid, b in boxes]
        near = _Near(boxes)
        for tie in sorted(case.network.ties.values(), key=lambda t: t.id):
            if isinstance(tie, SupportTie) and tie.a in pos and tie.b in pos:
                used.append(tie)
                via = _bend(pos[tie.a], pos[tie.b],
                            near.around(pos[tie.a], pos[tie.b], (tie.a, tie.b)))
                prims = support_line(tie, pos[tie.a], pos[tie.b], style, via, avoid=taken)
                letters = label_box(tie, prims)
                if letters is not None:
                    taken.append(letters)
                groups.append(Group(("tie", tie.id), tuple(prims), z=Z_TIE))
        if not style.legends:
            return groups
        legend = ecogram_legend(used, style)
        lines = [(pos[t.a], pos[t.b]) for t in used]
        placed = _in_a_free_corner(legend, radial, style, lines)
        groups.append(placed)
        carers = carers_legend(marks_entries(case.network, list(radial.positions)), style)
        if carers is not None:  # a second small box, in another free corner
            groups.append(_in_a_free_corner(carers, radial, style, lines, [_box_of(placed)]))
        return groups

    def redraw(self, case: Case, style: MapStyle, layout: MapLayout, change: ChangeSet,
               today: str | None = None) -> Redraw:
        """Same places: the changed people; the lines and legend when ties changed."""
        radial: RadialLayout = layout.detail
        rstyle = radial_style(style)
        groups = person_groups(case, radial.positions, radial.feet, rstyle, today,
                               only=change.people)
        owners = {("person", pid) for pid in change.people}
        scope: set[str] = set()
        if change.ties or change.people:
            groups += self._ties_and_legend(case, rstyle, radial)
            scope = {"tie", "legend"}
        return Redraw(groups, owners, scope)

    def drop(self, case: Case, layout: MapLayout, moves: Mapping[str, Point]) -> list[Op]:
        """Another sector or ring is another category or closeness; where it was dropped is
        where the person stays (while that spot is in their cell and free)."""
        radial: RadialLayout = layout.detail
        geometry = radial.geometry
        centre, places = ecogram_places(case)
        stored = case.views.ecogram
        ops: list[Op] = []
        for pid, (x, y) in sorted(moves.items()):
            pin = stored.positions.get(pid)
            pinned = pin is not None and pin.pinned
            here = Position(x=round(x, 2), y=round(y, 2), pinned=pinned)
            if pid in centre or pid not in places:
                if pinned:
                    ops.append(Place(self.kind, pid, here))
                continue
            cell = _cell(geometry, x, y)
            if cell is None:
                continue
            category, closeness = cell
            if (category, closeness) != places[pid]:
                ops.append(PlaceEco(pid, EcoPlace(category=category, closeness=closeness)))
            ops.append(Place(self.kind, pid, here))
        return ops

    def place_new(self, case: Case, layout: MapLayout, person_id: str,
                  near: Point) -> list[Op]:
        return []  # a newcomer goes to the sector and ring their relation gives them


def _cell(geometry: RadialGeometry, x: float, y: float) -> tuple[EcoCategory, int] | None:
    """(category, closeness) under a point; further out than the rings is the furthest step."""
    phi, r = geometry.polar(x, y)
    ring = geometry.ring_at(r)
    if ring is None:
        return None
    if r >= geometry.outer:  # further out than the rings: the further steps
        ring += int((r - geometry.outer) // geometry.step) + 1
    return EcoCategory(geometry.sector_at(phi)), min(CLOSENESS_STEPS, ring + 1)


def _used_rings(case: Case) -> int:
    _centre, places = ecogram_places(case)
    return max([2, *(n for _c, n in places.values())])


def _without_seen(case: Case) -> Case:
    view = case.views.ecogram.model_copy(update={"seen": None})
    return case.model_copy(update={"views": case.views.with_view(MapKind.ECOGRAM, view)})


def background(geometry: RadialGeometry, style: MapStyle, rings: int) -> Group:
    """The central circle, the closeness rings (dotted), the sector lines and, at the rim,
    each category's letter and name."""
    prims: list[Primitive] = []
    a = geometry.aspect
    outer = geometry.outer
    for i in range(geometry.rings, 0, -1):
        r = geometry.boundary(i)
        prims.append(Ellipse(0, 0, a * r, r, Pen(GRID, 1.2, "dot"), None))
    c = geometry.centre
    prims.append(Ellipse(0, 0, a * c, c, Pen("#b9a67a", 1.6), CENTRE_FILL))
    for s in geometry.sectors:
        prims.append(Polyline((geometry.point(s.start, c), geometry.point(s.start, outer)),
                              Pen(GRID, 1.2)))
        prims += _rim_label(geometry, s.middle, s.key, style)
    return Group(("background", "ecogram"), tuple(prims), z=-10)


def _rim_label(geometry: RadialGeometry, phi: float, key: str, style: MapStyle
               ) -> list[Primitive]:
    x, y = geometry.point(phi, geometry.outer)
    nx, ny = math.cos(phi), math.sin(phi)
    name = wrap(label(EcoCategory(key)), style.small_size, 120, 2)
    height = 20 + len(name) * style.small_size * 1.25
    # beside the rim on the left and right, above and below it at the top and bottom
    align: Align = "left" if nx > 0.5 else "right" if nx < -0.5 else "center"
    x, y = x + nx * 10, y + ny * (RIM * 0.6 + height / 2)
    top = y - height / 2
    out: list[Primitive] = [Text(x, top, key, size=18, bold=True, color="#6b5d3f",
                                 align=align, valign="top")]
    for i, line in enumerate(name):
        out.append(Text(x, top + 21 + i * style.small_size * 1.25, line, size=style.small_size,
                        color=style.muted, align=align, valign="top"))
    return out


def _box_of(group: Group) -> tuple[float, float, float, float]:
    assert group.bounds is not None
    x, y = group.anchor
    return (x, y, x + group.bounds[2], y + group.bounds[3])


def _in_a_free_corner(legend: Group, radial: RadialLayout, style: MapStyle,
                      lines: list[tuple[Point, Point]],
                      taken: list[tuple[float, float, float, float]] | None = None) -> Group:
    """The legend in a corner of the map where it covers no one, no name, no line and no
    other legend (top right first); else beside the map, below what is there already."""
    assert legend.bounds is not None
    _x, _y, w, h = legend.bounds
    geometry = radial.geometry
    boxes = [b for pid, at in radial.positions.items() if pid in radial.feet
             for b in radial.feet[pid].boxes(*at)]
    rim = [p for s in geometry.sectors for p in _rim_label(geometry, s.middle, s.key, style)]
    boxes += [_text_box(t) for t in rim if isinstance(t, Text)]
    others = list(taken or [])
    x0 = min(min(b[0] for b in boxes), -geometry.aspect * geometry.outer)
    x1 = max(max(b[2] for b in boxes), geometry.aspect * geometry.outer)
    y0 = min(min(b[1] for b in boxes), -geometry.outer)
    y1 = max(max(b[3] for b in boxes), geometry.outer)
    for x, y in ((x1 - w, y0), (x1 - w, y1 - h), (x0, y0), (x0, y1 - h)):
        box = (x - 2, y - 2, x + w + 2, y + h + 2)
        if not any(overlaps(box, b) for b in boxes + others) and not any(
                _crosses(box, p, q) for p, q in lines):
            return Group(legend.owner, legend.prims, legend.z, (x, y), legend.bounds)
    below = max((b[3] for b in others if b[0] > x1), default=-h / 2 - 20) + 20
    return Group(legend.owner, legend.prims, legend.z, (x1 + 30, below), legend.bounds)


def _text_box(t: Text) -> tuple[float, float, float, float]:
    w = text_width(t.text, t.size, t.bold)
    x = t.x - (w / 2 if t.align == "center" else w if t.align == "right" else 0)
    return (x, t.y, x + w, t.y + t.size * 1.25)


class _Near:
    """The people's boxes, found by area at once (numpy): a support line only looks at the
    boxes near it, not at all of them (1,000 people: 860,000 tests per map before)."""

    REACH = 240.0
    """How far a bend may go from the straight line."""

    def __init__(self, boxes: list[tuple[str, tuple[float, float, float, float]]]) -> None:
        self.owners = [pid for pid, _b in boxes]
        self.boxes = [b for _pid, b in boxes]
        self.array = np.array(self.boxes, dtype=float).reshape(-1, 4)

    def around(self, p: Point, q: Point, skip: tuple[str, str]
               ) -> list[tuple[float, float, float, float]]:
        r = self.REACH
        x0, x1 = min(p[0], q[0]) - r, max(p[0], q[0]) + r
        y0, y1 = min(p[1], q[1]) - r, max(p[1], q[1]) + r
        a = self.array
        hit = np.nonzero((a[:, 2] >= x0) & (a[:, 0] <= x1) & (a[:, 3] >= y0)
                         & (a[:, 1] <= y1))[0]
        return [self.boxes[i] for i in hit if self.owners[i] not in skip]


def _crosses(box: tuple[float, float, float, float], p: Point, q: Point) -> bool:
    return any(box[0] <= p[0] + (q[0] - p[0]) * i / 20 <= box[2]
               and box[1] <= p[1] + (q[1] - p[1]) * i / 20 <= box[3] for i in range(21))


def _hits(p: Point, q: Point, box: tuple[float, float, float, float], pad: float = 4.0) -> bool:
    """Whether the segment from p to q passes through ``box`` (grown by ``pad``), leaving
    out its very ends (the symbols it joins).

    Exact (Liang-Barsky clipping) and cheap: a box beside the segment's own bounding box is
    rejected at once. Sampling points along the line instead made the ecogram of 1,000 people
    take minutes."""
    x0, y0, x1, y1 = box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad
    if max(p[0], q[0]) < x0 or min(p[0], q[0]) > x1 or max(p[1], q[1]) < y0 \
            or min(p[1], q[1]) > y1:
        return False
    dx, dy = q[0] - p[0], q[1] - p[1]
    length = math.hypot(dx, dy)
    if length == 0:
        return False
    margin = min(0.5, 5.0 / length)  # the first and last few units touch the symbols
    lo, hi = margin, 1.0 - margin
    for step, low, high in ((dx, x0 - p[0], x1 - p[0]), (dy, y0 - p[1], y1 - p[1])):
        if step == 0:
            if low > 0 or high < 0:
                return False
            continue
        t0, t1 = low / step, high / step
        if t0 > t1:
            t0, t1 = t1, t0
        lo, hi = max(lo, t0), min(hi, t1)
        if lo > hi:
            return False
    return True


def _bend(pa: Point, pb: Point, obstacles: list[tuple[float, float, float, float]]
          ) -> Point | None:
    """A point to bend a line through, around the first symbol or name in its way (None: the
    straight line is free, or no single bend clears it)."""
    in_way = [b for b in obstacles if _hits(pa, pb, b)]
    if not in_way:
        return None
    box = min(in_way, key=lambda b: math.dist(pa, ((b[0] + b[2]) / 2, (b[1] + b[3]) / 2)))
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    dx, dy = pb[0] - pa[0], pb[1] - pa[1]
    length = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / length, dx / length
    side = 1.0 if (cx - pa[0]) * nx + (cy - pa[1]) * ny > 0 else -1.0
    reach = math.hypot(box[2] - box[0], box[3] - box[1]) / 2 + 10
    for sign in (-side, side):  # first away from the obstacle's centre, then the other way
        via = (round(cx + sign * nx * reach, 2), round(cy + sign * ny * reach, 2))
        if not any(_hits(pa, via, b) or _hits(via, pb, b) for b in obstacles):
            return via
    return None


ECOGRAM = register(EcogramMap())

