"""Stage S2 of the genogram layout: rigid partner blocks.

People on one row who are joined by unions (partnerships or shared children) form one rigid
block: partners at fixed offsets, union hubs in the gaps between them (layout doc §1.3, §2).
A person with two partners sits between them (earlier partner left); more partners alternate
sides by date, outer couple lines get raised levels. A union whose partners are on different
rows (uncle–niece) hangs from a spacer next to the deeper partner. Every item is one label box
wide, so the hub between two adjacent partners always lies in the gap between their labels.
"""

from __future__ import annotations

from dataclasses import dataclass

from .family import Family


@dataclass
class Block:
    row: int
    comp: int
    items: list[str | None]
    """Person ids left to right in canonical orientation; None is a spacer for a hub."""
    centres: list[float]
    width: float


@dataclass
class Blocks:
    blocks: list[Block]
    person_block: dict[str, int]
    person_off: dict[str, float]
    union_block: dict[str, int]
    union_off: dict[str, float]
    union_row: dict[str, int]
    flat: dict[str, bool]
    """True when a union's couple line can run at level 0 (adjacent partners, one line)."""


class _DSU:
    def __init__(self, items: list[str]) -> None:
        self.parent = {x: x for x in items}

    def find(self, x: str) -> str:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


def components(fam: Family) -> dict[str, int]:
    """Connected components by any family link, ranked: the client's first, then by size."""
    dsu = _DSU(fam.people)
    for u in fam.unions.values():
        for p in u.partners[1:]:
            dsu.join(u.partners[0], p)
        for c in u.children:
            dsu.join(u.partners[0], c)
    for key, child, _rel in fam.secondary:
        dsu.join(fam.unions[key].partners[0], child)
    members: dict[str, list[str]] = {}
    for pid in fam.people:
        members.setdefault(dsu.find(pid), []).append(pid)
    client_root = dsu.find(fam.client) if fam.client in dsu.parent else None
    ranked = sorted(members, key=lambda r: (r != client_root, -len(members[r]), r))
    rank = {root: i for i, root in enumerate(ranked)}
    return {pid: rank[dsu.find(pid)] for pid in fam.people}


def build_blocks(fam: Family, rows: dict[str, int], box: float, gap: float) -> Blocks:
    comp = components(fam)
    dsu = _DSU(fam.people)
    union_row: dict[str, int] = {}
    partner_unions: dict[str, list[str]] = {pid: [] for pid in fam.people}
    for key, u in fam.unions.items():
        union_row[key] = max(rows[p] for p in u.partners)
        if len(u.partners) == 2 and rows[u.partners[0]] == rows[u.partners[1]]:
            dsu.join(*u.partners)
            for p in u.partners:
                partner_unions[p].append(key)
    clusters: dict[str, list[str]] = {}
    for pid in fam.people:
        clusters.setdefault(dsu.find(pid), []).append(pid)
    cross_of: dict[str, list[str]] = {}
    for key, u in fam.unions.items():
        if len(u.partners) == 2 and rows[u.partners[0]] != rows[u.partners[1]]:
            deeper = max(u.partners, key=lambda p: (rows[p], p))
            cross_of.setdefault(deeper, []).append(key)

    out = Blocks([], {}, {}, {}, {}, union_row, {})
    for root in sorted(clusters):
        members = clusters[root]
        seq: list[str | None] = list(_arrange(members, partner_unions, fam))
        spacer_for: dict[str, int] = {}
        for pid in [m for m in seq if m is not None]:
            for key in cross_of.get(pid, []):
                if seq.index(pid) * 2 >= len(seq) - 1:
                    seq.append(None)
                    spacer_for[key] = len(seq) - 1
                else:
                    seq.insert(0, None)
                    spacer_for = {k: i + 1 for k, i in spacer_for.items()}
                    spacer_for[key] = 0
        widths = [box if m is not None else 0.0 for m in seq]
        centres = [widths[0] / 2]
        for i in range(1, len(seq)):
            centres.append(centres[-1] + widths[i - 1] / 2 + gap + widths[i] / 2)
        b = len(out.blocks)
        out.blocks.append(Block(rows[members[0]], comp[members[0]], seq, centres,
                                centres[-1] + widths[-1] / 2))
        pos = {m: i for i, m in enumerate(seq) if m is not None}
        for m, i in pos.items():
            out.person_block[m] = b
            out.person_off[m] = centres[i]
        for key in spacer_for:
            out.union_block[key] = b
            s = spacer_for[key]
            g = s - 1 if s > 0 else 0
            out.union_off[key] = (centres[g] + centres[g + 1]) / 2
            out.flat[key] = False
        seen_pairs: set[tuple[str, ...]] = set()
        used = {s - 1 if s > 0 else 0 for s in spacer_for.values()}
        keys = sorted({k for m in members for k in partner_unions[m]},
                      key=lambda k: (_span(pos, fam.unions[k].partners),
                                     -len(fam.unions[k].children), _neg(fam.unions[k].start), k))
        for key in keys:
            lo, hi = sorted(pos[x] for x in fam.unions[key].partners)
            out.union_block[key] = b
            pair = fam.unions[key].partners
            gaps = list(range(lo, hi))
            degree = [len(partner_unions[seq[i] or ""]) for i in (lo, hi)]
            if degree[0] > degree[1]:
                gaps.reverse()  # the hub goes next to the outer partner
            gap_i = next((g for g in gaps if g not in used), gaps[0])
            used.add(gap_i)
            out.union_off[key] = (centres[gap_i] + centres[gap_i + 1]) / 2
            out.flat[key] = hi == lo + 1 and pair not in seen_pairs
            seen_pairs.add(pair)
        for m in members:
            for key in _singles(fam, m):
                out.union_block[key] = b
                out.union_off[key] = out.person_off[m]
                out.flat[key] = True
    return out


def _span(pos: dict[str, int], partners: tuple[str, ...]) -> int:
    return abs(pos[partners[0]] - pos[partners[-1]])


def _neg(key: tuple[int, str]) -> tuple[int, str]:
    """Sort helper: later dates first (unknown dates count as latest)."""
    return (-key[0], "".join(chr(0x10FFFF - ord(c)) for c in key[1]))


def _singles(fam: Family, pid: str) -> list[str]:
    key = "single:" + pid
    return [key] if key in fam.unions else []


def _arrange(members: list[str], partner_unions: dict[str, list[str]], fam: Family) -> list[str]:
    """Left-to-right order of a cluster in canonical orientation (mirroring comes later)."""
    if len(members) == 1:
        return members
    partners: dict[str, list[str]] = {}
    for m in members:
        firsts: dict[str, tuple[tuple[int, str], str]] = {}
        for key in partner_unions[m]:
            u = fam.unions[key]
            other = u.partners[0] if u.partners[1] == m else u.partners[1]
            cand = (u.start, key)
            if other not in firsts or cand < firsts[other]:
                firsts[other] = cand
        partners[m] = sorted(firsts, key=lambda o: (firsts[o], o))
    has_parents = {m: m in fam.layout_union for m in members}
    center = min(members, key=lambda m: (-len(partners[m]), not has_parents[m], fam.birth[m], m))
    seq = [center]
    side = {center: 0}
    queue = [center]
    for p in queue:
        todo = [q for q in partners[p] if q not in side]
        for i, q in enumerate(todo):
            s = (-1 if i % 2 == 0 else 1) if p == center else side[p]
            side[q] = s
            if p == center:
                if s < 0:
                    seq.insert(0, q)
                else:
                    seq.append(q)
            else:
                at = seq.index(p)
                seq.insert(at if s < 0 else at + 1, q)
            queue.append(q)
    return seq
