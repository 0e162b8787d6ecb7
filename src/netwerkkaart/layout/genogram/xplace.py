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

from .order import Orderer

ONLY_CHILD_WEIGHT = 2.0
SIBSHIP_EXPONENT = 1.5
CROSS_PARTNER_WEIGHT = 0.5
PROX_WEIGHT = 1e-3
MAX_SWEEPS = 60
CENTRE_ROUNDS = 3
TOLERANCE = 0.05


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
        w = ONLY_CHILD_WEIGHT if k == 1 else max(k, 1) ** -SIBSHIP_EXPONENT
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
    edges = (a, b, np.array(o1), np.array(o2), np.array(ws))
    n = len(bl.blocks)
    accepted = _accept_pins(o, rows, pin_left)
    comp = np.array([blk.comp for blk in bl.blocks], dtype=np.intp)
    pinned_comps = {int(comp[k]) for k in pin_left}
    # Components never pull on each other. Each unpinned one gets its own far-away frame so
    # the row solves cannot push one component with another (which would only drift slowly);
    # afterwards they are put side by side, right of the pinned ones.
    left = o.left
    span = float(np.sum(o.width) + 4 * o.gap * max(n, 1))
    big = 10.0 * max(span, max((abs(v) for v in pin_left.values()), default=0.0), 1e5)
    frame_rank: dict[int, int] = {}
    for cid in sorted(set(comp.tolist()) - pinned_comps):
        frame_rank[cid] = len(frame_rank) + 1
    frame = np.array([frame_rank.get(int(cid), 0) * big for cid in comp]) if n else np.zeros(0)
    left += frame
    _sweeps(o, rows, edges, accepted, n, MAX_SWEEPS)
    for _round in range(CENTRE_ROUNDS):
        _centre_children(o, rows, accepted)
        _centre_parents(o, rows, accepted)
    left -= frame
    spans: dict[int, tuple[float, float]] = {}
    for cid in sorted(set(comp.tolist())):
        members = np.flatnonzero(comp == cid)
        spans[cid] = (float(left[members].min()),
                      float((left[members] + o.width[members]).max()))
    cursor = max((spans[cid][1] for cid in pinned_comps), default=-2 * o.gap) + 2 * o.gap
    for cid in sorted(frame_rank):
        members = np.flatnonzero(comp == cid)
        left[members] += cursor - spans[cid][0]
        cursor += spans[cid][1] - spans[cid][0] + 2 * o.gap
    if not accepted and n:
        left -= float(left.min())
    return set(accepted)


def _sweeps(o: Orderer, rows: list[list[int]],
            edges: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray],
            accepted: dict[int, float], n: int, max_sweeps: int) -> None:
    """Block-coordinate descent over rows, down then up, until nothing moves."""
    a, b, oa, ob, w = edges
    arrays = [np.array(blocks, dtype=np.intp) for blocks in rows]
    offsets = [o.offsets(blocks) for blocks in rows]
    wsum = np.bincount(a, w, minlength=n) + np.bincount(b, w, minlength=n) + PROX_WEIGHT
    # per row: the edges that touch it, with the row's blocks renumbered 0..k-1
    block_row = np.full(n, -1, dtype=np.intp)
    local = np.zeros(n, dtype=np.intp)
    for r, idx in enumerate(arrays):
        block_row[idx] = r
        local[idx] = np.arange(len(idx))
    touching = [(np.flatnonzero(block_row[a] == r), np.flatnonzero(block_row[b] == r))
                for r in range(len(rows))]
    pins = [[(i, accepted[blk]) for i, blk in enumerate(blocks) if blk in accepted]
            for blocks in rows]
    live = [r for r in range(len(rows)) if rows[r]]
    order = live + live[-2:0:-1]
    left = o.left
    for _sweep in range(max_sweeps):
        moved = 0.0
        for r in order:
            idx = arrays[r]
            ea, eb = touching[r]
            k = len(idx)
            num = (np.bincount(local[a[ea]], w[ea] * (left[b[ea]] + ob[ea] - oa[ea]), minlength=k)
                   + np.bincount(local[b[eb]], w[eb] * (left[a[eb]] + oa[eb] - ob[eb]),
                                 minlength=k))
            target = (num + PROX_WEIGHT * left[idx]) / wsum[idx]
            new = _solve_row(target, wsum[idx], offsets[r], pins[r])
            moved = max(moved, float(np.max(np.abs(new - left[idx]))))
            left[idx] = new
        if moved < TOLERANCE or len(live) < 2:
            break


def _centre_children(o: Orderer, rows: list[list[int]], accepted: dict[int, float]) -> None:
    """Top row down: slide each sibship as a whole so its middle comes under its hub."""
    fam, bl = o.fam, o.bl
    left = o.left
    for r in range(1, len(rows)):
        blocks = rows[r]
        if not blocks:
            continue
        idx = np.array(blocks, dtype=np.intp)
        target = left[idx].copy()
        weight = np.full(len(blocks), PROX_WEIGHT)
        row = bl.blocks[idx[0]].row
        sib_mid: dict[str, float] = {}
        for key, u in fam.unions.items():
            if u.children and bl.blocks[bl.person_block[u.children[0]]].row == row:
                xs = [left[bl.person_block[c]] + o.poff(c) for c in u.children]
                sib_mid[key] = (min(xs) + max(xs)) / 2
        pos = {blk: i for i, blk in enumerate(blocks)}
        for key, mid in sib_mid.items():
            hub = left[bl.union_block[key]] + o.uoff(key)
            for c in fam.unions[key].children:
                i = pos.get(bl.person_block[c])
                if i is not None and weight[i] == PROX_WEIGHT:
                    target[i], weight[i] = left[idx[i]] + hub - mid, 1.0
        pins = [(i, accepted[blk]) for i, blk in enumerate(blocks) if blk in accepted]
        left[idx] = _solve_row(target, weight, o.offsets(blocks), pins)


def _centre_parents(o: Orderer, rows: list[list[int]], accepted: dict[int, float]) -> None:
    """A last pass, bottom row up: put each couple's hub over the middle of its children.

    The sweeps balance parents against children; this pass settles the balance the way a
    careful hand draws it (children centred under their parents' line) wherever the row has
    room. Children stay where they are, so the pass goes up the rows; childless blocks only
    make room (tiny weight) and pins hold.
    """
    fam, bl = o.fam, o.bl
    left = o.left
    hubs: dict[int, list[str]] = {}
    for key, u in fam.unions.items():
        if u.children:
            hubs.setdefault(bl.union_block[key], []).append(key)
    for r in range(len(rows) - 2, -1, -1):
        blocks = rows[r]
        if not blocks:
            continue
        idx = np.array(blocks, dtype=np.intp)
        target = left[idx].copy()
        weight = np.full(len(blocks), PROX_WEIGHT)
        for i, blk in enumerate(blocks):
            num = wsum = 0.0
            for key in hubs.get(blk, ()):
                kids = fam.unions[key].children
                xs = [left[bl.person_block[c]] + o.poff(c) for c in kids]
                middle = (min(xs) + max(xs)) / 2
                num += len(kids) * (middle - o.uoff(key))
                wsum += len(kids)
            if wsum:
                target[i], weight[i] = num / wsum, wsum
        pins = [(i, accepted[blk]) for i, blk in enumerate(blocks) if blk in accepted]
        left[idx] = _solve_row(target, weight, o.offsets(blocks), pins)


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
    """Within each row, put pinned blocks in the order of their pins (others stay in place).

    Components with a pin come first in every row, so that the unpinned components (laid out
    in their own frames, then placed to the right) never sit between pinned blocks.
    """
    pinned_comps = {o.bl.blocks[blk].comp for blk in pin_left}
    for r, blocks in enumerate(rows):
        blocks.sort(key=lambda blk: o.bl.blocks[blk].comp not in pinned_comps)
        slots = [i for i, blk in enumerate(blocks) if blk in pin_left]
        pinned = sorted((blocks[i] for i in slots), key=lambda blk: (pin_left[blk], blk))
        for i, blk in zip(slots, pinned, strict=True):
            blocks[i] = blk
        rows[r] = blocks
