"""Stage S6 of the genogram layout: couple lines, sibship bars and row heights.

Couple lines of adjacent partners run at level 0; lines to outer partners, to a partner on
another row, and repeated ties between the same two people get levels 1, 2, ... (drawn lower),
coloured greedily so overlapping lines never share a level. Sibship bars in one row gap are
coloured the same way (optimal for intervals, layout doc §1.5). A row gap grows only when its
bars need more levels than fit in ``MapStyle.row_gap`` (above the next row's year labels).
The label block height comes from ``symbols.label_block_height``, the same number the
notation draws with.
"""

from __future__ import annotations

from collections.abc import Callable

from ..notation.symbols import (
    LABEL_BLOCK_HEIGHT,
    label_block_height,
    symbol_bounds,
    year_block_height,
)
from ..style import DEFAULT_STYLE, MapStyle
from .blocks import Blocks
from .family import Family
from .types import ChildDrop, SibshipPlacement, UnionPlacement

COUPLE_GAP = 8.0
"""A level-0 couple line runs this far below the partners' name labels, so that it never
crosses a name (the drop lines pass behind the names, which have a background)."""


def couple_drop(style: MapStyle = DEFAULT_STYLE) -> float:
    """How far below the symbols' bottom edge a level-0 couple line runs."""
    return label_block_height(style) + COUPLE_GAP
COUPLE_STEP = 10.0
BAR_MARGIN = 16.0
BAR_STEP = 12.0
BAR_CLEARANCE = 10.0


LABEL_BLOCK = LABEL_BLOCK_HEIGHT
"""The label block under a symbol (default style), shared with the notation in ``symbols``."""


def box_width(style: MapStyle = DEFAULT_STYLE) -> float:
    """Width of every person's box (symbol, years and name label), as the notation draws it."""
    return max(style.symbol, style.label_width, symbol_bounds(None, style)[2])


def row_pitch(style: MapStyle = DEFAULT_STYLE) -> float:
    """Distance between two rows' symbol centres when no extra bar levels are needed."""
    return style.symbol + label_block_height(style) + style.row_gap


def _colour(intervals: list[tuple[float, float, str]], first: int,
            clearance: float) -> dict[str, int]:
    """Greedy interval colouring in order of left end: the fewest levels, deterministically."""
    ends: list[float] = []
    out: dict[str, int] = {}
    for x1, x2, key in sorted(intervals):
        for level, end in enumerate(ends):
            if end + clearance < x1:
                ends[level] = x2
                out[key] = level + first
                break
        else:
            ends.append(x2)
            out[key] = len(ends) - 1 + first
    return out


def lines(fam: Family, bl: Blocks, row: dict[str, int], x: dict[str, float],
          hub: Callable[[str], float], style: MapStyle
          ) -> tuple[dict[str, UnionPlacement], dict[str, SibshipPlacement], tuple[float, ...]]:
    half = style.symbol / 2
    n_rows = max(row.values(), default=-1) + 1
    couple_level: dict[str, int] = {}
    raised: dict[int, list[tuple[float, float, str]]] = {}
    for key, u in fam.unions.items():
        xs = sorted(x[p] for p in u.partners)
        if bl.flat.get(key, True):
            couple_level[key] = 0
        else:
            raised.setdefault(bl.union_row[key], []).append((xs[0], xs[-1], key))
    for intervals in raised.values():
        couple_level.update(_colour(intervals, 1, 0.0))
    max_couple = [0] * max(n_rows, 1)
    for key, level in couple_level.items():
        r = bl.union_row[key]
        max_couple[r] = max(max_couple[r], level)

    points: dict[str, list[tuple[str, float]]] = {}
    apexes: dict[str, list[tuple[str, float]]] = {}
    bars: dict[int, list[tuple[float, float, str]]] = {}
    for key, u in fam.unions.items():
        if not u.children:
            continue
        twins: dict[str, list[float]] = {}
        for c in u.children:
            if c in fam.twin_of:
                twins.setdefault(fam.twin_of[c], []).append(x[c])
        apex = {t: round(sum(v) / len(v), 2) for t, v in twins.items()}
        pts = [(c, apex[fam.twin_of[c]] if c in fam.twin_of else x[c]) for c in u.children]
        points[key] = pts
        apexes[key] = sorted(apex.items(), key=lambda kv: (kv[1], kv[0]))
        h = round(hub(key), 2)
        lo = min(min(p for _, p in pts), h)
        hi = max(max(p for _, p in pts), h)
        bars.setdefault(bl.union_row[key], []).append((lo, hi, key))
    bar_level: dict[str, int] = {}
    for intervals in bars.values():
        bar_level.update(_colour(intervals, 0, BAR_CLEARANCE))
    n_bar_levels = [0] * max(n_rows, 1)
    for key, level in bar_level.items():
        r = bl.union_row[key]
        n_bar_levels[r] = max(n_bar_levels[r], level + 1)

    label = label_block_height(style)
    bar_top = [half + max(label, couple_drop(style) + COUPLE_STEP * m + 6.0) + BAR_MARGIN
               for m in max_couple]
    row_y = [0.0]
    for r in range(1, n_rows):
        needed = (bar_top[r - 1] + BAR_STEP * max(n_bar_levels[r - 1] - 1, 0) + BAR_MARGIN
                  + year_block_height(style) + half)
        row_y.append(round(row_y[-1] + max(row_pitch(style), needed), 2))

    unions: dict[str, UnionPlacement] = {}
    for key, u in fam.unions.items():
        ordered = tuple(sorted(u.partners, key=lambda p: (x[p], p)))
        level = couple_level[key]
        y = row_y[bl.union_row[key]] + half + couple_drop(style) + COUPLE_STEP * level
        hx = x[ordered[0]] if len(ordered) == 1 else round(hub(key), 2)
        unions[key] = UnionPlacement(key, ordered, u.tie_id, round(y, 2), x[ordered[0]],
                                     x[ordered[-1]], hx, level)
    sibships: dict[str, SibshipPlacement] = {}
    for key, pts in points.items():
        r = bl.union_row[key]
        bar_y = round(row_y[r] + bar_top[r] + BAR_STEP * bar_level[key], 2)
        drops = tuple(ChildDrop(c, p, fam.relation[c], fam.twin_of.get(c))
                      for c, p in sorted(pts, key=lambda cp: (x[cp[0]], cp[0])))
        hx = unions[key].hub_x
        xs = [p for _, p in pts] + [hx]
        sibships[key] = SibshipPlacement(
            key, bar_y, min(xs), max(xs), drops,
            tuple((t, ax, bar_y) for t, ax in apexes[key]))
    return unions, sibships, tuple(row_y)
