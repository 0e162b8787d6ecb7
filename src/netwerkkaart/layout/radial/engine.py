"""Rings around the client, sectors around the rings, people in the cells: the one placement
engine of the ecogram and the netwerkkaart (``shared/radial-layout.md``).

The rings are ellipses, ``ASPECT`` times wider than tall, so a map fills a landscape screen or
page and a name (wide) next to a symbol (tall) needs about as much room sideways as up and
down. A point is addressed by an angle ``phi`` (clockwise on screen from the right, the top is
``-pi/2``) and a radius ``r`` in vertical units: ``(ASPECT * r * cos phi, r * sin phi)``.

What the engine guarantees, and the tests check:

* meaning first: everyone stands in their own ring and sector (or exactly on their pin);
* readable: within a ring, neighbours are spaced by the projection of their label boxes on
  the ring, so no two boxes overlap; when a ring cannot hold its people the rings widen;
* stable: the previous geometry (sector angles, widening) is kept while every cell still
  fits, and people keep their previous angle (or the spot they were dropped on) while it lies
  in their cell, so an added person moves at most the people of their own cell;
* deterministic: the same input gives the same output.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from scipy.optimize import isotonic_regression  # type: ignore[import-untyped]

Point = tuple[float, float]

ASPECT = 1.5
"""Width over height of every ring."""
TOP = -math.pi / 2
TWO_PI = 2 * math.pi


@dataclass(frozen=True)
class Member:
    """One person to place: their cell, the box their symbol and label need, and hints."""

    pid: str
    sector: str
    ring: int
    size: tuple[float, float]
    """(width, height) of the symbol with its label."""
    order: int
    """The order people were added: newcomers go after the others in their cell."""
    pin: Point | None = None
    """Exactly here, whatever the cell (the user pinned them)."""
    hint: Point | None = None
    """Preferably here: where they were dropped or last seen, if it lies in their cell."""
    lift: float = 0.0
    """How far below the symbol's centre the middle of the box lies (the label hangs under
    the symbol): the box, not the symbol, is centred on the ring."""
    dropped: bool = False
    """The hint is where the user dropped them: exactly there, when it is free."""
    along: float | None = None
    """Without a hint: how far along their sector (0 at its start, 1 at its end) they stood
    in a picture of other sizes (the presentation mode's larger names), so that the order
    around the circle holds."""


@dataclass(frozen=True)
class SectorSpan:
    key: str
    start: float
    span: float

    @property
    def end(self) -> float:
        return self.start + self.span

    @property
    def middle(self) -> float:
        return self.start + self.span / 2


@dataclass(frozen=True)
class RadialGeometry:
    """Where the rings and sectors are: everything needed to draw them and to read a drop."""

    sectors: tuple[SectorSpan, ...]
    centre: float
    """Vertical radius of the central circle (the client's own)."""
    middles: tuple[float, ...]
    """Vertical radius of the middle of each ring, innermost first. A ring is at least
    ``step`` wide; a crowded ring lies further out (and pushes the rings outside it)."""
    step: float
    """A ring's usual width (for reading a drop beyond the outer ring)."""
    aspect: float = ASPECT
    gaps: tuple[float, ...] = ()
    """The least distance between neighbouring ring middles (see :func:`radial_layout`)."""

    @property
    def rings(self) -> int:
        return len(self.middles)

    def boundary(self, k: int) -> float:
        """Vertical radius of the line between ring ``k - 1`` and ring ``k`` (0: the central
        circle, ``rings``: the outer edge)."""
        if k <= 0:
            return self.centre
        if k >= self.rings:
            last = self.middles[-1]
            return last + (last - self.boundary(self.rings - 1))
        return (self.middles[k - 1] + self.middles[k]) / 2

    @property
    def outer(self) -> float:
        return self.boundary(self.rings)

    def ring_middle(self, ring: int) -> float:
        return self.middles[ring]

    def point(self, phi: float, r: float) -> Point:
        return (round(self.aspect * r * math.cos(phi), 2), round(r * math.sin(phi), 2))

    def polar(self, x: float, y: float) -> tuple[float, float]:
        """(phi, r) of a point, phi in [start of the first sector, + 2 pi)."""
        phi = math.atan2(y, x / self.aspect)
        first = self.sectors[0].start if self.sectors else TOP
        while phi < first:
            phi += TWO_PI
        while phi >= first + TWO_PI:
            phi -= TWO_PI
        return phi, math.hypot(x / self.aspect, y)

    def ring_at(self, r: float) -> int | None:
        """The ring at vertical radius ``r`` (None inside the central circle; the outer ring
        beyond the edge)."""
        if r < self.centre:
            return None
        for k in range(1, self.rings):
            if r < self.boundary(k):
                return k - 1
        return self.rings - 1

    def sector_at(self, phi: float) -> str:
        for s in self.sectors:
            if s.start <= phi < s.end:
                return s.key
        return self.sectors[-1].key

    def cell_at(self, x: float, y: float) -> tuple[str, int] | None:
        """(sector key, ring index) under a point; None inside the central circle."""
        phi, r = self.polar(x, y)
        ring = self.ring_at(r)
        if ring is None or not self.sectors:
            return None
        return self.sector_at(phi), ring

    def span_of(self, key: str) -> SectorSpan:
        return next(s for s in self.sectors if s.key == key)


GAP = 12.0
"""Least room between two people's boxes along a ring."""
MIN_SECTOR = 0.22
"""Angle of a sector nobody is in: visible, with room for its name, but small."""
EDGE = 0.02
"""Keep people this far (radians) from a sector line."""


def _extent(phi: float, r: float, size: tuple[float, float], aspect: float) -> float:
    """The angle a box of ``size`` needs on the ring at ``phi`` (its projection on the
    tangent, divided by how fast the ring runs there)."""
    sx, sy = -aspect * math.sin(phi), math.cos(phi)
    speed = math.hypot(sx, sy)
    tx, ty = abs(sx) / speed, abs(sy) / speed
    return (tx * size[0] + ty * size[1] + GAP) / (r * speed)


@lru_cache(maxsize=65536)
def _widest(size: tuple[float, float], lo: float, hi: float, r: float, aspect: float) -> float:
    """The most angle a box needs anywhere between ``lo`` and ``hi`` on the ring (cached:
    the people of one cell mostly share one box size)."""
    samples = 12
    return max(_extent(lo + (hi - lo) * i / samples, r, size, aspect)
               for i in range(samples + 1)) * 1.01


def _margins(lo: float, hi: float, r: float, aspect: float,
             top_clear: float) -> tuple[float, float]:
    """How far people keep from the two lines of a sector: EDGE, and at the top line (where
    the ring names are) ``top_clear`` pixels."""
    at_top = top_clear / (aspect * r)
    first = abs(lo - TOP) < 1e-6
    last = abs(hi - (TOP + TWO_PI)) < 1e-6
    return EDGE + (at_top if first else 0.0), EDGE + (at_top if last else 0.0)


def _cell_need(members: Sequence[Member], lo: float, hi: float, r: float,
               aspect: float, top_clear: float = 0.0) -> float:
    before, after = _margins(lo, hi, r, aspect, top_clear)
    sizes = Counter(m.size for m in members)
    return sum(n * _widest(size, lo, hi, r, aspect) for size, n in sizes.items()) \
        + before + after


def radial_layout(sector_keys: Sequence[str], rings: int, centre: float,
                  gaps: Sequence[float], members: Sequence[Member],
                  previous: RadialGeometry | None = None,
                  aspect: float = ASPECT,
                  top_clear: float = 0.0) -> tuple[dict[str, Point], RadialGeometry]:
    """Place ``members`` in their cells; keep ``previous`` where it still fits.

    ``gaps[k]``: the least distance between the middles of ring ``k - 1`` and ring ``k``
    (``gaps[0]``: from the central circle to the middle of the first ring), from the boxes of
    the people in those rings (:func:`ring_step_for`). People keep ``top_clear`` pixels from
    the line at the top, where the ring names are written."""
    step = max(gaps[1:], default=2 * gaps[0]) if gaps else 0.0
    free = [m for m in members if m.pin is None]
    cells: dict[tuple[str, int], list[Member]] = {}
    for m in sorted(free, key=lambda m: (m.order, m.pid)):
        cells.setdefault((m.sector, m.ring), []).append(m)
    geometry = _reuse(previous, sector_keys, rings, centre, tuple(gaps), cells, aspect,
                      top_clear)
    if geometry is None:
        geometry = _fresh(sector_keys, centre, tuple(gaps), step, cells, aspect, top_clear)
    out: dict[str, Point] = {m.pid: m.pin for m in members if m.pin is not None}
    for (key, ring), group in cells.items():
        out.update(_place_cell(geometry, geometry.span_of(key), ring, group, top_clear))
    _keep_drops(geometry, free, out)
    return out, geometry


def _keep_drops(geometry: RadialGeometry, members: Sequence[Member],
                out: dict[str, Point]) -> None:
    """A person dropped in their own cell stands exactly where dropped when nobody's box is
    in the way there (else where the packing put them, the nearest free spot on the ring)."""
    by_id = {m.pid: m for m in members}

    def box(m: Member, at: Point) -> tuple[float, float, float, float]:
        x, y = box_centre(at, m.lift)
        w, h = m.size
        return (x - w / 2, y - h / 2, x + w / 2, y + h / 2)

    for m in members:
        if not m.dropped or m.hint is None:
            continue
        if geometry.cell_at(*box_centre(m.hint, m.lift)) != (m.sector, m.ring):
            continue
        mine = box(m, m.hint)
        if all(not overlaps(mine, box(by_id[pid], at), GAP / 2)
               for pid, at in out.items() if pid != m.pid and pid in by_id):
            out[m.pid] = m.hint


def box_centre(symbol_at: Point, lift: float) -> Point:
    """The middle of a person's box, from where their symbol stands."""
    return (symbol_at[0], symbol_at[1] + lift)


def _needs(keys: Sequence[str], middles: Sequence[float],
           cells: Mapping[tuple[str, int], list[Member]], spans: Mapping[str, float],
           aspect: float, top_clear: float) -> dict[tuple[str, int], float]:
    """What each cell needs, with its people's boxes measured where they are widest in it."""
    angle, start = TOP, {}
    for k in keys:
        start[k] = angle
        angle += spans[k]
    return {(key, ring): _cell_need(group, start[key], start[key] + spans[key], middles[ring],
                                    aspect, top_clear)
            for (key, ring), group in cells.items()}


def _fresh(keys: Sequence[str], centre: float, gaps: tuple[float, ...], step: float,
           cells: Mapping[tuple[str, int], list[Member]], aspect: float,
           top_clear: float) -> RadialGeometry:
    """Sector angles in proportion to what each needs (at least MIN_SECTOR), from the top,
    clockwise; when everything does not fit around, the crowded rings move outward (and push
    the rings outside them), so the rest of the map stays compact."""
    middles = _pushed([0.0] * len(gaps), centre, gaps)
    spans = {k: TWO_PI / max(1, len(keys)) for k in keys}
    for _ in range(120):
        need = _needs(keys, middles, cells, spans, aspect, top_clear)
        demand = {k: max([v for (s, _r), v in need.items() if s == k], default=0.0)
                  for k in keys}
        if all(demand[k] <= spans[k] for k in keys):
            return _geometry(keys, spans, centre, middles, gaps, step, aspect)
        wanted = {k: max(demand[k], MIN_SECTOR) for k in keys}
        total = sum(wanted.values())
        if total > TWO_PI:  # widen where it is crowded: each sector's most demanding ring
            grow = min(1.08, total / TWO_PI * 1.01)
            crowded = {max(((v, r) for (s, r), v in need.items() if s == k))[1]
                       for k in keys if demand[k] > MIN_SECTOR}
            middles = _pushed([m * grow if i in crowded else m for i, m in enumerate(middles)],
                              centre, gaps)
            continue
        slack = TWO_PI - total  # shared in proportion to need, so big sectors breathe most
        need_total = sum(demand.values())
        spans = {k: wanted[k] + slack * (demand[k] / need_total if need_total else
                                         1 / len(keys)) for k in keys}
    while True:  # the angles settle no more: widen every ring until everyone fits
        need = _needs(keys, middles, cells, spans, aspect, top_clear)
        if all(v <= spans[k] for (k, _r), v in need.items()):
            return _geometry(keys, spans, centre, middles, gaps, step, aspect)
        middles = _pushed([m * 1.05 for m in middles], centre, gaps)


def _pushed(middles: list[float], centre: float, gaps: Sequence[float]) -> list[float]:
    """Ring middles at least their gaps apart (the first one its gap from the centre)."""
    out: list[float] = []
    for i, m in enumerate(middles):
        low = centre + gaps[0] if i == 0 else out[-1] + gaps[i]
        out.append(max(m, low))
    return out


def _geometry(keys: Sequence[str], spans: Mapping[str, float], centre: float,
              middles: Sequence[float], gaps: tuple[float, ...], step: float,
              aspect: float) -> RadialGeometry:
    out, angle = [], TOP
    for k in keys:
        out.append(SectorSpan(k, angle, spans[k]))
        angle += spans[k]
    return RadialGeometry(tuple(out), centre, tuple(round(m, 3) for m in middles), step,
                          aspect, gaps)


def _reuse(previous: RadialGeometry | None, keys: Sequence[str], rings: int, centre: float,
           gaps: tuple[float, ...], cells: Mapping[tuple[str, int], list[Member]],
           aspect: float, top_clear: float) -> RadialGeometry | None:
    """The previous geometry, when it has the same sectors and rings and every cell fits."""
    if previous is None or previous.rings != rings or previous.aspect != aspect:
        return None
    if [s.key for s in previous.sectors] != list(keys):
        return None
    if abs(previous.centre - centre) > 0.5 or previous.gaps != gaps:
        return None
    for (key, ring), group in cells.items():
        span = previous.span_of(key)
        if _cell_need(group, span.start, span.end, previous.ring_middle(ring),
                      aspect, top_clear) > span.span:
            return None
    return previous


def _place_cell(geometry: RadialGeometry, span: SectorSpan, ring: int,
                group: list[Member], top_clear: float = 0.0) -> dict[str, Point]:
    r = geometry.ring_middle(ring)
    before, after = _margins(span.start, span.end, r, geometry.aspect, top_clear)
    lo, hi = span.start + before, span.end - after
    wanted: list[tuple[float, int, Member]] = []
    newcomers: list[Member] = []
    for i, m in enumerate(group):
        phi = _hint_angle(geometry, span, ring, m)
        if phi is None:
            newcomers.append(m)
        else:
            wanted.append((phi, i, m))
    wanted.sort(key=lambda t: (t[0], t[1]))
    order = [m for _phi, _i, m in wanted] + newcomers
    width = {m.pid: _widest(m.size, span.start, span.end, r, geometry.aspect) for m in order}
    desired = [phi for phi, _i, _m in wanted]
    if not wanted:  # a fresh cell: spread its people evenly
        desired = [lo + (hi - lo) * (i + 0.5) / len(order) for i in range(len(order))]
    else:  # newcomers after the others
        for m in newcomers:
            desired.append(desired[-1] + width[m.pid])
    half = [width[m.pid] / 2 for m in order]
    offsets = [0.0]
    for i in range(1, len(order)):
        offsets.append(offsets[-1] + half[i - 1] + half[i])
    base = np.array(desired) - np.array(offsets)
    fitted = isotonic_regression(base, increasing=True).x if len(base) > 1 else base
    low, high = lo + half[0], hi - half[-1] - offsets[-1]
    fitted = np.clip(fitted, low, max(low, high))
    out: dict[str, Point] = {}
    hinted = {m.pid for _phi, _i, m in wanted}
    for m, b, off, want in zip(order, fitted, offsets, desired, strict=True):
        phi = float(b) + off
        if (m.pid in hinted and m.hint is not None and abs(phi - want) < 1e-3
                and _on_ring(geometry, m, r)):
            out[m.pid] = m.hint or (0.0, 0.0)  # not pushed: exactly there (a fixed point)
            continue
        x, y = geometry.point(phi, r)
        out[m.pid] = (x, round(y - m.lift, 2))  # the box on the ring, the symbol above it
    return out


def _on_ring(geometry: RadialGeometry, m: Member, r: float) -> bool:
    assert m.hint is not None
    _phi, rr = geometry.polar(*box_centre(m.hint, m.lift))
    return abs(rr - r) < 0.5


def _hint_angle(geometry: RadialGeometry, span: SectorSpan, ring: int,
                m: Member) -> float | None:
    if m.hint is None:
        return None if m.along is None else span.start + m.along * (span.end - span.start)
    centre = box_centre(m.hint, m.lift)
    if geometry.cell_at(*centre) != (span.key, ring):
        return None
    phi, _r = geometry.polar(*centre)
    return phi


@dataclass(frozen=True)
class Footprint:
    """A person on a radial map: the symbol (a square of ``symbol``) and the label under it
    (``label_w`` wide, ``label_h`` high, ``LABEL_GAP`` below the symbol).

    The label is much wider than the symbol, so the symbol's row keeps room on both sides for
    the small badges the care issues add (hours, load, SOFA letters, the regie mark) without
    any box growing."""

    symbol: float
    label_w: float
    label_h: float

    @property
    def size(self) -> tuple[float, float]:
        """The box around both."""
        return (max(self.symbol, self.label_w), self.symbol + LABEL_GAP + self.label_h)

    @property
    def lift(self) -> float:
        """How far below the symbol's centre the middle of that box lies."""
        return (LABEL_GAP + self.label_h) / 2

    def boxes(self, x: float, y: float) -> tuple[tuple[float, float, float, float], ...]:
        """(x0, y0, x1, y1) of the symbol and of the label."""
        s = self.symbol / 2
        top = y + s + LABEL_GAP
        return ((x - s, y - s, x + s, y + s),
                (x - self.label_w / 2, top, x + self.label_w / 2, top + self.label_h))


LABEL_GAP = 5.0


def overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float],
             gap: float = 0.0) -> bool:
    return a[0] < b[2] + gap and b[0] < a[2] + gap and a[1] < b[3] + gap and b[1] < a[3] + gap


def ring_step_for(foot: Footprint, aspect: float = ASPECT, gap: float = 4.0) -> float:
    """The ring width that keeps two people in neighbouring rings apart when one stands right
    outside the other, at every angle around the ring (checked on their symbol and label
    boxes, which nest better than one box around both)."""
    worst = 0.0
    inner = foot.boxes(0.0, 0.0)
    for i in range(0, 181, 3):
        phi = math.radians(i - 90)
        dx, dy = aspect * math.cos(phi), math.sin(phi)
        lo, hi = 0.0, 4 * (foot.symbol + foot.label_w + foot.label_h)
        for _ in range(30):
            mid = (lo + hi) / 2
            outer = foot.boxes(dx * mid, dy * mid)
            if any(overlaps(p, q, gap) for p in inner for q in outer):
                lo = mid
            else:
                hi = mid
        worst = max(worst, hi)
    return round(worst, 1)
