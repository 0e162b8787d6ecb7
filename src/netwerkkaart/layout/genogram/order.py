"""Stages S3 and S4 of the genogram layout: the left-to-right order of blocks in each row.

S3 is a deterministic depth-first walk in kinship2's style (layout doc §1.2): roots first, then
each block's sibships in hub order, each in birth order; a married-in spouse's family is placed
in the row above when first needed. S4 runs a few down/up sweeps that move whole sibships and
root blocks (never single partners): down, each sibship sits under its hub in birth order and a
sibling married into another family moves to the end facing it; up, root blocks move toward
their children. Blocks are mirrored so that blood relatives face their own family. Crossings
are counted by inversions (O(E log E)) and the best state is kept.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
from scipy.optimize import isotonic_regression  # type: ignore[import-untyped]

from ..style import MapStyle
from .blocks import Blocks
from .family import Family

MAX_SWEEPS = 6


@dataclass
class Order:
    rows: list[list[int]]
    mirror: list[bool]
    left: np.ndarray
    """Left edge of each block (approximate in S4, final after S5)."""


class Orderer:
    def __init__(self, fam: Family, bl: Blocks, style: MapStyle, sex: dict[str, str],
                 sides: Mapping[frozenset[str], str] | None = None) -> None:
        self.fam, self.bl, self.gap, self.sex = fam, bl, style.h_gap, sex
        self.sides = sides or {}
        """Couple -> the partner who stood left in the previous picture: they stay there."""
        n = len(bl.blocks)
        self.width = np.array([b.width for b in bl.blocks])
        self.anchors: list[list[str]] = [[] for _ in range(n)]
        self.hubs: list[list[str]] = [[] for _ in range(n)]
        for b, block in enumerate(bl.blocks):
            self.anchors[b] = sorted({fam.layout_union[m] for m in block.items
                                      if m is not None and m in fam.layout_union})
        for key in fam.unions:
            self.hubs[bl.union_block[key]].append(key)
        for b in range(n):
            self.hubs[b].sort(key=lambda k: (bl.union_off[k], k))
        self.sib_rank = {c: i for u in fam.unions.values() for i, c in enumerate(u.children)}
        self.n_rows = max((b.row for b in bl.blocks), default=-1) + 1
        self.mirror = [False] * n
        self.left = np.zeros(n)

    # -- geometry helpers --------------------------------------------------------------
    def poff(self, pid: str) -> float:
        b = self.bl.person_block[pid]
        off = self.bl.person_off[pid]
        return float(self.width[b] - off) if self.mirror[b] else off

    def uoff(self, key: str) -> float:
        b = self.bl.union_block[key]
        off = self.bl.union_off[key]
        return float(self.width[b] - off) if self.mirror[b] else off

    def px(self, pid: str) -> float:
        return float(self.left[self.bl.person_block[pid]]) + self.poff(pid)

    def hx(self, key: str) -> float:
        return float(self.left[self.bl.union_block[key]]) + self.uoff(key)

    def offsets(self, blocks: list[int]) -> np.ndarray:
        """Cumulative least left-edge offsets of a row's blocks (widths plus gaps)."""
        s = np.zeros(len(blocks))
        for i in range(1, len(blocks)):
            a, b = blocks[i - 1], blocks[i]
            sep = self.gap * (2 if self.bl.blocks[a].comp != self.bl.blocks[b].comp else 1)
            s[i] = s[i - 1] + self.width[a] + sep
        return s

    def place(self, blocks: list[int], target: np.ndarray) -> None:
        if not blocks:
            return
        s = self.offsets(blocks)
        y = isotonic_regression(target - s).x
        self.left[blocks] = y + s

    # -- S3 ----------------------------------------------------------------------------
    def initial(self) -> list[list[int]]:
        bl, fam = self.bl, self.fam
        n = len(bl.blocks)
        kids: list[list[int]] = [[] for _ in range(n)]
        for b in range(n):
            seen: set[int] = set()
            for key in self.hubs[b]:
                for c in fam.unions[key].children:
                    cb = bl.person_block[c]
                    if cb not in seen:
                        seen.add(cb)
                        kids[b].append(cb)
        self.kids = kids
        anchor_blocks = [sorted({bl.union_block[u] for u in self.anchors[b]}) for b in range(n)]
        size = [0.0] * n
        for b in sorted(range(n), key=lambda b: -bl.blocks[b].row):
            size[b] = min(1e9, sum(1.0 + size[c] for c in kids[b]))
        roots = [b for b in range(n) if not self.anchors[b]]
        roots.sort(key=lambda b: (bl.blocks[b].comp, bl.blocks[b].row, -size[b],
                                  min(m for m in bl.blocks[b].items if m is not None)))
        rows: list[list[int]] = [[] for _ in range(self.n_rows)]
        placed = [False] * n
        stack = list(reversed(roots))
        while stack:
            b = stack.pop()
            if placed[b]:
                continue
            pending = [a for a in anchor_blocks[b] if not placed[a]]
            if pending:
                stack.append(b)
                stack.append(pending[0])
                continue
            placed[b] = True
            rows[bl.blocks[b].row].append(b)
            stack.extend(c for c in reversed(kids[b]) if not placed[c])
        return rows

    # -- S4 ----------------------------------------------------------------------------
    def run(self) -> Order:
        rows = self.initial()
        for r, blocks in enumerate(rows):
            self.place(blocks, np.zeros(len(blocks)))
            rows[r] = blocks
        best: tuple[int, list[list[int]], list[bool], np.ndarray] | None = None
        stale = 0
        for _ in range(MAX_SWEEPS):
            rows = self.down(rows)
            crossings = self.crossings()
            if best is None or crossings < best[0]:
                best = (crossings, [list(r) for r in rows], list(self.mirror), self.left.copy())
                stale = 0
            else:
                stale += 1
            if crossings == 0 or stale >= 2:
                break
            rows = self.up(rows)
        assert best is not None
        _, rows, self.mirror, self.left = best
        self.best_crossings = best[0]
        return Order(rows, self.mirror, self.left)

    def _primary(self, b: int) -> tuple[float, str] | None:
        if not self.anchors[b]:
            return None
        return min((self.hx(u), u) for u in self.anchors[b])

    def down(self, rows: list[list[int]]) -> list[list[int]]:
        bl, fam = self.bl, self.fam
        for r, blocks in enumerate(rows):
            entries: list[tuple[tuple[int, float, int, str], tuple[int, int, int], int]] = []
            target = {}
            for b in blocks:
                comp = bl.blocks[b].comp
                prim = self._primary(b)
                if prim is None:
                    centre = float(self.left[b] + self.width[b] / 2)
                    entries.append(((comp, centre, 1, f"{b:09d}"), (0, 0, b), b))
                    target[b] = float(self.left[b])
                    continue
                others = [self.hx(u) for u in self.anchors[b] if u != prim[1]]
                side = 0
                if others:
                    mean = sum(others) / len(others)
                    side = 1 if mean > prim[0] + 0.5 else (-1 if mean < prim[0] - 0.5 else 0)
                rank = min(self.sib_rank[m] for m in bl.blocks[b].items
                           if m is not None and fam.layout_union.get(m) == prim[1])
                entries.append(((comp, prim[0], 0, prim[1]), (side, rank, b), b))
                target[b] = prim[0] - float(self.width[b]) / 2
            entries.sort(key=lambda e: (e[0], e[1]))
            rows[r] = [e[2] for e in entries]
            self.place(rows[r], np.array([target[b] for b in rows[r]]))
            for b in rows[r]:
                self._orient(b)
        return rows

    def _orient(self, b: int) -> None:
        block = self.bl.blocks[b]
        people = [m for m in block.items if m is not None]
        if len(people) < 2 and len(block.items) < 2:
            return
        centre = float(self.left[b] + self.width[b] / 2)
        score = 0.0
        for m in people:
            u = self.fam.layout_union.get(m)
            if u is None:
                continue
            d = self.hx(u) - centre
            direction = 0.0 if abs(d) < 1.0 else (1.0 if d > 0 else -1.0)
            score += direction * (self.bl.person_off[m] - self.width[b] / 2)
        left = self.sides.get(frozenset(people)) if len(people) == 2 else None
        if abs(score) > 1e-6:  # each toward their own family: never inside a sibship
            self.mirror[b] = score < 0
        elif len(people) == 2 and len(block.items) == 2 and left is not None:
            self.mirror[b] = left != people[0]  # as the user last saw them
        elif len(people) == 2 and len(block.items) == 2:
            self.mirror[b] = not _left_first(self.fam, people[0], people[1], self.sex)
        else:
            self.mirror[b] = False

    def up(self, rows: list[list[int]]) -> list[list[int]]:
        """Move root blocks toward their children; sibships stay whole and in order."""
        fam = self.fam
        for r in range(len(rows) - 2, -1, -1):
            units: list[tuple[int, float | None, int, list[int]]] = []
            target: dict[int, float] = {}
            last: str | None = None
            for i, b in enumerate(rows[r]):
                prim = self._primary(b)
                comp = self.bl.blocks[b].comp
                target[b] = float(self.left[b])
                if prim is not None:
                    if units and last == prim[1]:
                        units[-1][3].append(b)
                    else:
                        units.append((comp, None, i, [b]))
                    last = prim[1]
                    continue
                last = None
                xs = [self.px(c) - self.uoff(k) for k in self.hubs[b]
                      for c in fam.unions[k].children]
                if xs:
                    target[b] = sum(xs) / len(xs)
                units.append((comp, target[b] + float(self.width[b]) / 2, i, [b]))
            keyed = []
            for comp, key, i, members in units:
                if key is None:
                    key = float(np.mean([self.left[m] + self.width[m] / 2 for m in members]))
                keyed.append(((comp, key, i), members))
            keyed.sort(key=lambda u: u[0])
            rows[r] = [b for _, members in keyed for b in members]
            self.place(rows[r], np.array([target[b] for b in rows[r]]))
        return rows

    def crossings(self) -> int:
        buckets: dict[int, list[tuple[float, float]]] = {}
        for key, u in self.fam.unions.items():
            if not u.children:
                continue
            h = self.hx(key)
            row = self.bl.union_row[key]
            for c in u.children:
                buckets.setdefault(row, []).append((h, self.px(c)))
        return sum(_inversions(edges) for edges in buckets.values())


def _left_first(fam: Family, a: str, b: str, sex: dict[str, str]) -> bool:
    """Tie-break for a couple: male left when sexes differ, then earlier birth, then id."""
    sa, sb = sex.get(a, ""), sex.get(b, "")
    if {sa, sb} == {"male", "female"}:
        return sa == "male"
    return (fam.birth[a], a) <= (fam.birth[b], b)


def _inversions(edges: list[tuple[float, float]]) -> int:
    """Pairs of edges that cross: upper ends strictly ordered one way, lower ends the other."""
    edges.sort()
    lows = sorted({lo for _, lo in edges})
    rank = {v: i + 1 for i, v in enumerate(lows)}
    tree = [0] * (len(lows) + 1)
    total = 0
    seen = 0
    i = 0
    while i < len(edges):
        j = i
        while j < len(edges) and edges[j][0] == edges[i][0]:
            j += 1
        for k in range(i, j):
            r = rank[edges[k][1]]
            le = 0
            while r > 0:
                le += tree[r]
                r -= r & -r
            total += seen - le
        for k in range(i, j):
            r = rank[edges[k][1]]
            while r < len(tree):
                tree[r] += 1
                r += r & -r
        seen += j - i
        i = j
    return total
