"""The genogram notation: turn a :class:`GenogramLayout` into display-list groups, Qt-free.

The layout decides where people, couple lines and sibship bars go; this module decides how
they look (domain reference section 2.1). Z order, low to high: household outlines (0),
family lines (10), emotional lines (20), person symbols (30), legend (40). Support ties are
not part of the genogram and are never drawn here.

Owners of the groups: ``("person", id)``, ``("tie", partnership id)`` or ``("union", key)``
for couple lines without a tie, ``("sibship", union key)`` for a sibship's drop, bar and child
lines, ``("secondary", union key + "|" + child id)``, ``("tie", emotional tie id)`` and
``("household", id)``.
"""

from __future__ import annotations

import math
from collections import defaultdict

from ...model.enums import Pregnancy, Sex
from ...model.network import Network
from ...model.people import Person
from ...model.ties import EmotionalTie
from ..notation.carer_marks import carer_marks
from ..notation.couple import HOUSEHOLD_COLOR
from ..notation.emotional import emotional_prims
from ..notation.genogram_legend import genogram_legend
from ..notation.symbols import (
    is_small,
    person_symbol,
    symbol_bounds,
    symbol_half_height,
)
from ..primitives import Group, Pen, Point, Primitive, Rect, Text
from ..style import DEFAULT_STYLE, MapStyle
from .lines import secondary_group, sibship_group, union_group
from .types import GenogramLayout, PersonPlacement

Z_HOUSEHOLD = 0.0
Z_EMOTIONAL = 20.0
Z_PERSON = 30.0
HOUSEHOLD_PAD = 6.0
"""Space between the members' label boxes and the household outline."""
EDGE_GAP = 4.0
"""Emotional lines stop this far from the symbol outline."""
BASE_BULGE = 16.0
BULGE_STEP = 16.0
"""Extra bulge for each further emotional tie between the same two people."""

__all__ = ["draw_genogram", "emotional_groups", "genogram_legend", "household_outlines",
           "person_group"]

Box = tuple[float, float, float, float]


def draw_genogram(
    net: Network,
    layout: GenogramLayout,
    style: MapStyle = DEFAULT_STYLE,
    *,
    today: str | None = None,
    deceased_style: str | None = None,
) -> list[Group]:
    """All groups of the genogram (without the legend), in z order."""
    groups: list[Group] = []
    groups += household_outlines(net, layout, style)
    for u in layout.unions.values():
        groups.append(union_group(net, layout, u, style))
    for key, sib in layout.sibships.items():
        groups.append(sibship_group(net, layout, key, sib, style))
    for link in layout.secondary:
        group = secondary_group(net, layout, link, style)
        if group is not None:
            groups.append(group)
    groups += emotional_groups(net, layout, style)
    for pid in layout.people:
        group = person_group(net, layout, pid, style, today, deceased_style)
        if group is not None:
            groups.append(group)
    groups.sort(key=lambda g: g.z)
    return groups


def person_group(net: Network, layout: GenogramLayout, pid: str,
                 style: MapStyle = DEFAULT_STYLE, today: str | None = None,
                 deceased_style: str | None = None) -> Group | None:
    """One person's symbol with labels, at the layout's place (None when not drawn)."""
    person, place = net.people.get(pid), layout.people.get(pid)
    if person is None or place is None:
        return None
    return Group(owner=("person", pid),
                 prims=person_symbol(person, style, today, deceased_style,
                                     client=pid == net.client_id,
                                     marks=carer_marks(net, pid)),
                 z=Z_PERSON, anchor=(place.x, place.y), bounds=symbol_bounds(None, style))


# -- households --------------------------------------------------------------------------


def _box(place: PersonPlacement, style: MapStyle) -> Box:
    x, y, w, h = symbol_bounds(None, style)
    return (place.x + x, place.y + y, w, h)


def _union(boxes: list[Box], pad: float) -> Box:
    x0 = min(b[0] for b in boxes) - pad
    y0 = min(b[1] for b in boxes) - pad
    x1 = max(b[0] + b[2] for b in boxes) + pad
    y1 = max(b[1] + b[3] for b in boxes) + pad
    return (x0, y0, x1 - x0, y1 - y0)


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def household_runs(members: set[str], layout: GenogramLayout) -> list[list[str]]:
    """Members grouped into runs that are contiguous within their row, top row first."""
    rows: dict[int, list[tuple[float, str]]] = defaultdict(list)
    for pid, place in layout.people.items():
        rows[place.row].append((place.x, pid))
    runs: list[list[str]] = []
    for row in sorted(rows):
        current: list[str] = []
        for _, pid in sorted(rows[row]):
            if pid in members:
                current.append(pid)
            elif current:
                runs.append(current)
                current = []
        if current:
            runs.append(current)
    return runs


def household_outlines(net: Network, layout: GenogramLayout,
                       style: MapStyle = DEFAULT_STYLE) -> list[Group]:
    """A dotted rounded outline around each household, never enclosing a non-member.

    Contiguous runs of members are merged (e.g. parents and their children below them) as
    long as the merged rectangle stays clear of everyone else; what cannot be merged gets an
    outline of its own, labelled with the household's name when it has one.
    """
    groups: list[Group] = []
    pen = Pen(HOUSEHOLD_COLOR, 1.6, "dot")
    for hh in net.households.values():
        members = {m for m in hh.members if m in layout.people}
        if not members:
            continue
        others = [_box(p, style) for pid, p in layout.people.items() if pid not in members]
        pieces: list[list[Box]] = []
        for run in household_runs(members, layout):
            boxes = [_box(layout.people[pid], style) for pid in run]
            for piece in pieces:
                merged = _union(piece + boxes, HOUSEHOLD_PAD)
                if not any(_overlaps(merged, o) for o in others):
                    piece.extend(boxes)
                    break
            else:
                pieces.append(boxes)
        prims: list[Primitive] = []
        for piece in pieces:
            x, y, w, h = _union(piece, HOUSEHOLD_PAD)
            prims.append(Rect(x, y, w, h, pen=pen, fill=None, radius=14.0))
            if hh.label:
                prims.append(Text(x + 10, y - 2, hh.label, size=style.small_size,
                                  color=HOUSEHOLD_COLOR, align="left", valign="bottom"))
        groups.append(Group(owner=("household", hh.id), prims=tuple(prims), z=Z_HOUSEHOLD))
    return groups


# -- emotional lines ---------------------------------------------------------------------


def edge_distance(person: Person | None, direction: Point, style: MapStyle) -> float:
    """Distance from the centre to the symbol outline in the unit ``direction``."""
    half = symbol_half_height(person, style) if person else style.symbol / 2
    ux, uy = abs(direction[0]), abs(direction[1])
    if person is None or person.pregnancy == Pregnancy.PREGNANCY or is_small(person):
        return half
    if person.sex == Sex.MALE:
        return half / max(ux, uy, 1e-9)
    if person.sex == Sex.FEMALE:
        return half
    return half / max(ux + uy, 1e-9)


def _unit(dx: float, dy: float) -> Point:
    length = math.hypot(dx, dy) or 1.0
    return dx / length, dy / length


def emotional_geometry(a: Point, b: Point, person_a: Person | None, person_b: Person | None,
                       bulge: float, style: MapStyle) -> tuple[Point, Point, float]:
    """Start and end on the symbol edges, and the bulge of the arc between them."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    dist = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / dist, dx / dist
    cx, cy = (a[0] + b[0]) / 2 + nx * 2 * bulge, (a[1] + b[1]) / 2 + ny * 2 * bulge
    da = _unit(cx - a[0], cy - a[1])
    db = _unit(cx - b[0], cy - b[1])
    ra = edge_distance(person_a, da, style) + EDGE_GAP
    rb = edge_distance(person_b, db, style) + EDGE_GAP
    start = (a[0] + da[0] * ra, a[1] + da[1] * ra)
    end = (b[0] + db[0] * rb, b[1] + db[1] * rb)
    inner = math.hypot(end[0] - start[0], end[1] - start[1])
    return start, end, bulge * inner / dist


def pair_bulge(a: Point, b: Point, index: int) -> float:
    """The bulge for the ``index``-th emotional tie from ``a`` to ``b``.

    Pairs side by side (partners, siblings) bend upwards, away from the couple line below
    them; pairs above each other (parent and child) bend to the right of the child line.
    Further ties between the same pair bend further, so parallel ties never coincide.
    """
    dx, dy = b[0] - a[0], b[1] - a[1]
    dist = math.hypot(dx, dy) or 1.0
    magnitude = min(max(0.15 * dist, BASE_BULGE), 50.0) + index * BULGE_STEP
    nx, ny = -dy / dist, dx / dist  # left normal (screen y points down)
    if abs(dx) >= abs(dy):
        sign = -1.0 if ny > 0 else 1.0
    else:
        sign = 1.0 if nx > 0 else -1.0
    return sign * magnitude


def emotional_groups(net: Network, layout: GenogramLayout,
                     style: MapStyle = DEFAULT_STYLE) -> list[Group]:
    """One group per emotional tie whose two people are both in the layout."""
    seen: dict[frozenset[str], int] = defaultdict(int)
    groups: list[Group] = []
    for tie in sorted((t for t in net.ties.values() if isinstance(t, EmotionalTie)),
                      key=lambda t: t.id):
        pa, pb = layout.people.get(tie.a), layout.people.get(tie.b)
        if pa is None or pb is None:
            continue
        pair = frozenset((tie.a, tie.b))
        index = seen[pair]
        seen[pair] += 1
        a, b = (pa.x, pa.y), (pb.x, pb.y)
        bulge = pair_bulge(a, b, index)
        start, end, inner = emotional_geometry(a, b, net.people.get(tie.a),
                                               net.people.get(tie.b), bulge, style)
        groups.append(Group(owner=("tie", tie.id),
                            prims=emotional_prims(tie.relation, start, end, inner),
                            z=Z_EMOTIONAL))
    return groups
