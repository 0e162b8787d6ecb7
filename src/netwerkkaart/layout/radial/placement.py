"""Placement of the ecogram and the netwerkkaart, on the engine of :mod:`.engine`.

* Ecogram: the client in the middle and the people living with the client around them in the
  central circle; everyone else in the sector of their contact category (G F V K B R Z, from
  the top, clockwise) at the ring of their closeness (1 innermost).
* Netwerkkaart: the client in the middle; everyone else in the cell (ring, sector) the model
  gives them; rings and sectors in the case's order.

Both start from the previous picture: the layout on screen, or the placement stored with the
case when it was saved (:class:`~netwerkkaart.model.views.Seen`), and from where the user
dropped people. A person's box does not depend on their name (names wrap and are shortened to
the label width), so a rename never moves anyone.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache

from ...labels import label
from ...model import Case, MapKind, Person, PersonKind, Sector
from ...model.codes import Custom
from ...model.ecomap import EcoCategory, default_category, default_closeness
from ...model.relations import relations
from ...model.views import Position, Seen
from ..notation.symbols import BELOW_LINE, below_size
from ..style import MapStyle
from ..text import text_width
from .engine import (
    ASPECT,
    Footprint,
    Member,
    Point,
    RadialGeometry,
    SectorSpan,
    box_centre,
    radial_layout,
    ring_step_for,
)

ECO_ORDER = tuple(EcoCategory)
CENTRE_PAD = 14.0
LINE = 1.25
"""Line height as a multiple of the font size."""


def radial_style(style: MapStyle) -> MapStyle:
    """The people of the radial maps are drawn a little smaller than in the genogram, so that
    four rings fit a laptop screen readably (the style says how much smaller)."""
    return replace(style, symbol=style.radial_symbol, label_width=style.radial_label_width)


def in_network_maps(p: Person) -> bool:
    """Ecogram and netwerkkaart show the living network: no deceased, no pregnancies."""
    return not p.is_deceased and p.pregnancy is None


def network_people(case: Case) -> list[Person]:
    return [p for p in case.network.people.values() if in_network_maps(p)]


def extra_lines(person: Person) -> int:
    """Lines under a professional's name: profession and organisation."""
    if person.kind not in (PersonKind.PROFESSIONAL, PersonKind.VOLUNTEER_ORGANISED,
                           PersonKind.ORGANISATION):
        return 0
    return int(person.profession is not None) + int(bool(person.organisation.strip()))


def footprint(person: Person | None, style: MapStyle) -> Footprint:
    """The symbol and the label block (two name lines, plus a professional's lines)."""
    lines = 2 * style.label_size * LINE
    if person is not None:
        lines += extra_lines(person) * below_size(style) * BELOW_LINE
    return Footprint(style.symbol, style.label_width, lines)


def ring_gaps(rings: int, members: Mapping[str, tuple[str, int]],
              feet: Mapping[str, Footprint], style: MapStyle) -> tuple[float, ...]:
    """The least distance between neighbouring rings, for the tallest boxes in each pair
    (a professional's box has extra lines; only their rings make room for it)."""
    base = footprint(None, style)
    tallest = [base.label_h] * rings
    for pid, (_key, ring) in members.items():
        tallest[ring] = max(tallest[ring], feet[pid].label_h)
    gaps = [_step_for(replace(base, label_h=tallest[0])) / 2]
    for k in range(1, rings):
        gaps.append(_step_for(replace(base, label_h=max(tallest[k - 1], tallest[k]))))
    return tuple(gaps)


@lru_cache(maxsize=16)
def _step_for(foot: Footprint) -> float:
    return ring_step_for(foot, ASPECT)


@dataclass(frozen=True)
class RadialLayout:
    """A placed radial map: positions, the rings and sectors, and each person's box."""

    positions: dict[str, Point]
    geometry: RadialGeometry
    feet: dict[str, Footprint]
    centre: tuple[str, ...]
    """Who stands in the central circle (the client first)."""


def sector_key(sector: Sector) -> str:
    return f"eigen:{sector.custom}" if isinstance(sector, Custom) else sector.value


def _previous(seen: Seen | None, previous: RadialLayout | None
              ) -> tuple[RadialGeometry | None, Mapping[str, Point]]:
    if previous is not None:
        return previous.geometry, previous.positions
    return None, (seen.positions if seen is not None else {})


def _seen_geometry(seen: Seen | None, keys: tuple[str, ...], centre: float,
                   gaps: tuple[float, ...]) -> RadialGeometry | None:
    if seen is None or list(seen.sectors) != list(keys) or len(seen.radii) != len(gaps):
        return None
    spans = tuple(SectorSpan(k, *seen.sectors[k]) for k in keys)
    return RadialGeometry(spans, centre, seen.radii, max(gaps[1:], default=2 * gaps[0]),
                          ASPECT, gaps)


def _centre_ring(spots: list[Point], feet: list[Footprint]) -> float:
    """Vertical radius of the central circle that holds these boxes at these spots."""
    far = 20.0
    for (x, y), f in zip(spots, feet, strict=True):
        for x0, y0, x1, y1 in f.boxes(x, y):
            for cx, cy in ((x0, y0), (x1, y0), (x0, y1), (x1, y1)):
                far = max(far, math.hypot(cx / ASPECT, cy))
    return far + CENTRE_PAD


# -- ecogram ---------------------------------------------------------------------------------


def ecogram_places(case: Case) -> tuple[list[str], dict[str, tuple[EcoCategory, int]]]:
    """(the people in the centre, client first; category and closeness of everyone else)."""
    net = case.network
    client = net.client_id
    shown = [p for p in network_people(case)]
    ids = {p.id for p in shown}
    household = net.household_of(client) if client else None
    centre = [client] if client in ids else []
    if household is not None:
        centre += [m for m in household.members if m in ids and m != client]
    rel = relations(net)
    places = case.views.ecogram.places
    out: dict[str, tuple[EcoCategory, int]] = {}
    for p in shown:
        if p.id in centre:
            continue
        info = rel.get(p.id)
        relation = info.relation if info else None
        stored = places.get(p.id)
        category = (stored.category if stored and stored.category
                    else default_category(relation, p.kind))
        closeness = (stored.closeness if stored and stored.closeness
                     else default_closeness(relation))
        out[p.id] = (category, closeness)
    return centre, out


def ecogram_inputs(case: Case, style: MapStyle) -> Hashable:
    centre, places = ecogram_places(case)
    view = case.views.ecogram
    return (tuple(centre), tuple(sorted((pid, c.value, n) for pid, (c, n) in places.items())),
            tuple(sorted((pid, extra_lines(case.network.people[pid])) for pid in places)),
            tuple(sorted((pid, p.x, p.y, p.pinned) for pid, p in view.positions.items())),
            _seen_key(view.seen), tuple(case.network.people))


def ecogram_layout(case: Case, style: MapStyle,
                   previous: RadialLayout | None = None) -> RadialLayout:
    style = radial_style(style)
    people = case.network.people
    centre, places = ecogram_places(case)
    view = case.views.ecogram
    feet = {pid: footprint(people[pid], style) for pid in [*centre, *places]}
    positions = _centre_positions(centre, feet, style)
    # room for one person beside the client before the central circle grows
    holders = [feet[pid] for pid in centre] + [footprint(None, style)] * max(0, 2 - len(centre))
    centre_r = _centre_ring(_centre_offsets(len(holders)), holders)
    rings = max([2, *(n for _c, n in places.values())])
    gaps = ring_gaps(rings, {pid: (c.value, n - 1) for pid, (c, n) in places.items()}, feet,
                     style)
    prev_geometry, prev_pos = _previous(view.seen, previous)
    along = _along(previous, feet)
    if along is not None:
        prev_pos = {}
    keys = tuple(c.value for c in ECO_ORDER)
    if prev_geometry is None:
        prev_geometry = _seen_geometry(view.seen, keys, centre_r, gaps)
    cells = {pid: (category.value, closeness - 1) for pid, (category, closeness)
             in places.items()}
    members = _members(case, cells, feet, view.positions, prev_pos, along)
    placed, geometry = radial_layout(keys, rings, centre_r, gaps, members, prev_geometry)
    positions.update(placed)
    for pid in centre:  # a pinned member of the household stays where pinned
        stored = view.positions.get(pid)
        if stored is not None and stored.pinned:
            positions[pid] = (stored.x, stored.y)
    return RadialLayout(positions, geometry, feet, tuple(centre))


def _centre_offsets(n: int) -> list[Point]:
    """Where the client (first) and the household stand in the central circle."""
    spots: list[Point] = [(0.0, 0.0), (112.0, 0.0), (-112.0, 0.0), (0.0, -92.0), (0.0, 92.0),
                          (112.0, -92.0), (-112.0, -92.0), (112.0, 92.0), (-112.0, 92.0)]
    while len(spots) < n:
        k = len(spots)
        angle = 2 * math.pi * k / 8
        spots.append((round(230 * math.cos(angle), 2), round(150 * math.sin(angle), 2)))
    return spots[:n]


def _centre_positions(centre: list[str], feet: Mapping[str, Footprint],
                      style: MapStyle) -> dict[str, Point]:
    return dict(zip(centre, _centre_offsets(len(centre)), strict=False))


# -- netwerkkaart ----------------------------------------------------------------------------


def netwerkkaart_cells(case: Case) -> dict[str, tuple[str, int]]:
    """(sector key, ring index) of everyone on the netwerkkaart but the client."""
    circle = case.circle
    net = case.network
    rel = relations(net)
    ring_index = {r: i for i, r in enumerate(circle.rings)}
    out: dict[str, tuple[str, int]] = {}
    for p in network_people(case):
        if p.id == net.client_id:
            continue
        info = rel.get(p.id)
        cell = circle.cell_of(p.id, p.kind, info.relation if info else None)
        out[p.id] = (sector_key(cell.sector), ring_index[cell.ring])
    return out


def netwerkkaart_inputs(case: Case, style: MapStyle) -> Hashable:
    circle = case.circle
    cells = netwerkkaart_cells(case)
    return (case.network.client_id, circle.rings, circle.sectors,
            tuple(sorted(cells.items())),
            tuple(sorted((pid, extra_lines(case.network.people[pid])) for pid in cells)),
            tuple(sorted((pid, p.x, p.y, p.pinned) for pid, p in circle.positions.items())),
            _seen_key(circle.seen), tuple(case.network.people))


def netwerkkaart_layout(case: Case, style: MapStyle,
                        previous: RadialLayout | None = None) -> RadialLayout:
    style = radial_style(style)
    circle = case.circle
    people = case.network.people
    client = case.network.client_id
    cells = netwerkkaart_cells(case)
    feet = {pid: footprint(people[pid], style) for pid in cells}
    centre: list[str] = []
    positions: dict[str, Point] = {}
    if client is not None and client in people and in_network_maps(people[client]):
        centre = [client]
        feet[client] = footprint(people[client], style)
        pin = circle.positions.get(client)
        positions[client] = (pin.x, pin.y) if pin and pin.pinned else (0.0, 0.0)
    centre_r = _centre_ring([(0.0, 0.0)], [footprint(None, style)])
    gaps = ring_gaps(len(circle.rings), cells, feet, style)
    keys = tuple(sector_key(s) for s in circle.sectors)
    prev_geometry, prev_pos = _previous(circle.seen, previous)
    along = _along(previous, feet)
    if along is not None:
        prev_pos = {}
    if prev_geometry is None:
        prev_geometry = _seen_geometry(circle.seen, keys, centre_r, gaps)
    members = _members(case, cells, feet, circle.positions, prev_pos, along)
    names = max((text_width(label(ring), style.small_size) for ring in circle.rings),
                default=0.0)
    placed, geometry = radial_layout(keys, len(circle.rings), centre_r, gaps, members,
                                     prev_geometry, top_clear=names / 2 + 3)
    positions.update(placed)
    return RadialLayout(positions, geometry, feet, tuple(centre))


def _members(case: Case, cells: Mapping[str, tuple[str, int]], feet: Mapping[str, Footprint],
             stored: Mapping[str, Position], previous: Mapping[str, Point],
             along: Mapping[str, float] | None = None) -> list[Member]:
    """The people to place: their cell and box, their pin, and where they were dropped or
    last seen (or, from a picture of other sizes, how far along their sector)."""
    order = {pid: i for i, pid in enumerate(case.network.people)}
    along = along or {}
    out = []
    for pid, (key, ring) in cells.items():
        at = stored.get(pid)
        out.append(Member(
            pid, key, ring, feet[pid].size, order=order[pid], lift=feet[pid].lift,
            pin=(at.x, at.y) if at and at.pinned else None,
            hint=(at.x, at.y) if at and not at.pinned else previous.get(pid),
            dropped=at is not None and not at.pinned, along=along.get(pid)))
    return out


def _along(previous: RadialLayout | None, feet: Mapping[str, Footprint]
           ) -> dict[str, float] | None:
    """When the previous picture was drawn in other sizes (into or out of the presentation
    mode): where each person stood along their sector, so the new picture keeps the order;
    None when the sizes are the same (the positions themselves are the hints)."""
    if previous is None or all(previous.feet.get(pid, f) == f for pid, f in feet.items()):
        return None
    g = previous.geometry
    out: dict[str, float] = {}
    for pid, at in previous.positions.items():
        foot = previous.feet.get(pid)
        if foot is None or pid in previous.centre:
            continue
        phi, _r = g.polar(*box_centre(at, foot.lift))
        span = g.span_of(g.sector_at(phi))
        if span.end > span.start:
            out[pid] = min(1.0, max(0.0, (phi - span.start) / (span.end - span.start)))
    return out


def _seen_key(seen: Seen | None) -> Hashable:
    if seen is None:
        return None
    return (tuple(sorted(seen.positions.items())), tuple(seen.sectors.items()), seen.radii)


def seen_of(layout: RadialLayout) -> Seen:
    """What to store with the case so the next layout starts from this picture."""
    g = layout.geometry
    return Seen(positions=dict(layout.positions),
                sectors={s.key: (round(s.start, 6), round(s.span, 6)) for s in g.sectors},
                radii=g.middles)


def cell_of_key(case: Case, key: str) -> Sector:
    """The case's sector for a sector key."""
    return next(s for s in case.circle.sectors if sector_key(s) == key)


def category_of_key(key: str) -> EcoCategory:
    return EcoCategory(key)


__all__ = ["ECO_ORDER", "MapKind", "RadialLayout", "cell_of_key", "ecogram_layout",
           "ecogram_places", "footprint", "in_network_maps", "netwerkkaart_cells",
           "netwerkkaart_layout", "network_people", "radial_style", "sector_key", "seen_of"]
