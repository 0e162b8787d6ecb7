"""Stage S5 of the genogram layout: x coordinates by row-wise weighted isotonic regression.

The objective is kinship2's (layout doc §1.4): every layout child is pulled toward its union's
hub with weight k^-1.5 for a sibship of k (an only child more strongly, for straight drops);
a partner on another row is pulled weakly toward the couple's hub. Blocks are rigid, so with the
other rows fixed one row is a weighted isotonic regression on ``left - cumulative offsets``,
solved exactly by ``scipy.optimize.isotonic_regression``. Rows are swept down and up until
nothing moves. Pinned blocks are hard constraints: the free blocks between two pins are solved
per segment and clipped between them (the exact bounded solution).
"""

from __future__ import annotations

import math

import numpy as np
from scipy.optimize import isotonic_regression  # type: ignore[import-untyped]

from .genogram_order import Orderer

ONLY_CHILD_WEIGHT = 2.0
CROSS_PARTNER_WEIGHT = 0.5
PROX_WEIGHT = 1e-3
MAX_SWEEPS = 60
TOLERANCE = 0.01


def place_x(o: Orderer, rows: list[list[int]], pin_left: dict[int, float]) -> set[int]:
    """Set ``o.left`` to the final left edges; returns the blocks whose pin was honoured."""
    fam, bl = o.fam, o.bl
    e1: list[int] = []
    o1: list[float] = []
    e2: list[int] = []
    o2: list[float] = []
    ws: list[float] = []
    for key, u in fam.unions.items():
        hb, hoff = bl.union_block[key], o.uoff(key)
        k = len(u.children)
        w = ONLY_CHILD_WEIGHT if k == 1 else max(k, 1) ** -1.5
        for c in u.children:
            e1.append(hb)
            o1.append(hoff)
            e2.append(bl.person_block[c])
            o2.append(o.poff(c))
            ws.append(w)
        if len(u.partners) == 2:
            for p in u.partners:
                pb = bl.person_block[p]
                if pb != hb and bl.blocks[pb].row != bl.blocks[hb].row:
                    e1.append(hb)
                    o1.append(hoff)
                    e2.append(bl.person_block[p])
                    o2.append(o.poff(p))
                    ws.append(CROSS_PARTNER_WEIGHT)
    a, b = np.array(e1, dtype=np.intp), np.array(e2, dtype=np.intp)
    oa, ob, w = np.array(o1), np.array(o2), np.array(ws)
    n = len(bl.blocks)
    accepted = _accept_pins(o, rows, pin_left)
    offsets = [o.offsets(blocks) for blocks in rows]
    arrays = [np.array(blocks, dtype=np.intp) for blocks in rows]
    wsum = np.bincount(a, w, minlength=n) + np.bincount(b, w, minlength=n) + PROX_WEIGHT
    left = o.left
    order = list(range(len(rows))) + list(range(len(rows) - 2, 0, -1))
    for sweep in range(MAX_SWEEPS):
        moved = 0.0
        for r in order if sweep else range(len(rows)):
            idx = arrays[r]
            if not len(idx):
                continue
            num = (np.bincount(a, w * (left[b] + ob - oa), minlength=n)
                   + np.bincount(b, w * (left[a] + oa - ob), minlength=n))
            target = (num[idx] + PROX_WEIGHT * left[idx]) / wsum[idx]
            new = _solve_row(target, wsum[idx], offsets[r],
                             [(i, accepted[blk]) for i, blk in enumerate(rows[r])
                              if blk in accepted])
            moved = max(moved, float(np.max(np.abs(new - left[idx]))))
            left[idx] = new
        if moved < TOLERANCE:
            break
    if not accepted:
        finite = [float(left[blocks].min()) for blocks in arrays if len(blocks)]
        if finite:
            left -= min(finite)
    return set(accepted)


def _accept_pins(o: Orderer, rows: list[list[int]], pin_left: dict[int, float]) -> dict[int, float]:
    """Keep pins that fit in their row left to right; a pin that cannot is dropped."""
    accepted: dict[int, float] = {}
    for blocks in rows:
        s = o.offsets(blocks)
        last = -math.inf
        for i, blk in enumerate(blocks):
            if blk in pin_left:
                y = pin_left[blk] - s[i]
                if y >= last - 1e-9:
                    accepted[blk] = pin_left[blk]
                    last = y
    return accepted


def _solve_row(target: np.ndarray, weight: np.ndarray, s: np.ndarray,
               pinned: list[tuple[int, float]]) -> np.ndarray:
    z = target - s
    if not pinned:
        fit: np.ndarray = np.asarray(isotonic_regression(z, weights=weight).x) + s
        return fit
    y = np.empty_like(z)
    bounds = [(-1, -math.inf)] + [(i, left - s[i]) for i, left in pinned] + [(len(z), math.inf)]
    for (i, lo), (j, hi) in zip(bounds, bounds[1:], strict=False):
        if 0 <= i:
            y[i] = lo
        if j - i > 1:
            seg = isotonic_regression(z[i + 1:j], weights=weight[i + 1:j]).x
            y[i + 1:j] = np.clip(seg, lo, hi)
    out: np.ndarray = y + s
    return out


def order_pins(o: Orderer, rows: list[list[int]], pin_left: dict[int, float]) -> None:
    """Within each row, put pinned blocks in the order of their pins (others stay in place)."""
    for blocks in rows:
        slots = [i for i, blk in enumerate(blocks) if blk in pin_left]
        pinned = sorted((blocks[i] for i in slots), key=lambda blk: (pin_left[blk], blk))
        for i, blk in zip(slots, pinned, strict=True):
            blocks[i] = blk
