"""The automatic genogram layout: fixed tricky families (layout doc §3.4) and invariants."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from collections import defaultdict

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netwerkkaart.layout.genogram.levels import box_width
from netwerkkaart.layout.genogram.pipeline import genogram_layout
from netwerkkaart.layout.genogram.types import GenogramLayout
from netwerkkaart.layout.style import DEFAULT_STYLE
from netwerkkaart.model import (
    CaseError,
    Network,
    ParentChildKind,
    PersonKind,
    Position,
    Zygosity,
)
from netwerkkaart.model.dates import sort_key

from .families import Family, random_family

BOX = box_width(DEFAULT_STYLE)
GAP = DEFAULT_STYLE.h_gap


def rows_of(layout: GenogramLayout) -> dict[str, int]:
    return {pid: p.row for pid, p in layout.people.items()}


def row_order(layout: GenogramLayout, row: int) -> list[str]:
    return [pid for pid, p in sorted(layout.people.items(), key=lambda kv: kv[1].x)
            if p.row == row]


def check_no_overlap(layout: GenogramLayout) -> None:
    by_row: dict[int, list[float]] = defaultdict(list)
    for p in layout.people.values():
        assert p.y == layout.row_y[p.row]
        by_row[p.row].append(p.x)
    for xs in by_row.values():
        xs.sort()
        for a, b in zip(xs, xs[1:], strict=False):
            assert b - a >= max(DEFAULT_STYLE.symbol, DEFAULT_STYLE.label_width) + GAP - 0.02


def union_row(layout: GenogramLayout, key: str) -> int:
    return max(layout.people[p].row for p in layout.unions[key].partners)


def check_structure(net: Network, layout: GenogramLayout) -> None:
    """Children below their family, partners adjacent, sibships contiguous in birth order."""
    check_no_overlap(layout)
    for key, sib in layout.sibships.items():
        u = layout.unions[key]
        for drop in sib.children:
            child = layout.people[drop.child]
            assert child.row > union_row(layout, key)
            assert u.y < sib.bar_y < child.y - DEFAULT_STYLE.symbol / 2
        assert sib.x1 <= layout.unions[key].hub_x <= sib.x2
    # same-row clusters (people joined by same-row couple lines)
    cluster = {pid: pid for pid in layout.people}

    def find(p: str) -> str:
        while cluster[p] != p:
            p = cluster[p]
        return p

    for u in layout.unions.values():
        rows = {layout.people[p].row for p in u.partners}
        if len(u.partners) == 2 and len(rows) == 1:
            cluster[find(u.partners[0])] = find(u.partners[1])
    for u in layout.unions.values():
        rows = {layout.people[p].row for p in u.partners}
        if len(u.partners) == 2 and len(rows) == 1:
            (r,) = rows
            for pid in row_order(layout, r):
                if u.x1 < layout.people[pid].x < u.x2:
                    assert find(pid) == find(u.partners[0]), "stranger between partners"
    layout_union = {d.child: key for key, s in layout.sibships.items() for d in s.children}
    for key, sib in layout.sibships.items():
        kids = [d.child for d in sib.children]
        if len({layout.people[c].row for c in kids}) != 1:
            continue
        order = row_order(layout, layout.people[kids[0]].row)
        # a sibling whose block also holds someone from another family may move away
        free = [c for c in kids if all(layout_union.get(m, key) == key for m in order
                                       if find(m) == find(c))]
        if not free:
            continue
        idx = sorted(order.index(c) for c in free)
        roots = {find(c) for c in kids}
        for pid in order[idx[0]:idx[-1] + 1]:
            assert find(pid) in roots, "sibship not contiguous"
        free_roots = [find(c) for c in free]
        if len(free_roots) != len(set(free_roots)):
            continue
        by_x = sorted(free, key=lambda c: layout.people[c].x)
        added = list(net.people)
        by_birth = sorted(free, key=lambda c: (sort_key(net.people[c].birth), added.index(c)))
        assert by_x == by_birth, "siblings out of birth order"


# -- §3.4 fixed families -----------------------------------------------------------------


def px_family(dad: list[int], mom: list[int], sex: list[int]) -> Family:
    f = Family()
    for i, s in enumerate(sex, 1):
        f.person(str(i), "m" if s == 1 else "f")
    pairs: set[tuple[str, str]] = set()
    for i, (d, m) in enumerate(zip(dad, mom, strict=True), 1):
        if d and m:
            pair = (str(d), str(m))
            if pair not in pairs:
                f.couple(*pair)
                pairs.add(pair)
            f.kids(pair, str(i))
    return f


def test_uncle_niece_rows_and_raised_couple_line() -> None:
    f = px_family([0, 0, 0, 1, 1, 3, 5], [0, 0, 0, 2, 2, 4, 6], [1, 2, 1, 2, 1, 2, 1])
    lay = genogram_layout(f.network())
    assert [lay.people[str(i)].row for i in range(1, 8)] == [0, 0, 1, 1, 1, 2, 3]
    cross = lay.unions["u:5-6"]
    assert cross.level >= 1
    assert cross.y > lay.row_y[2]
    check_structure(f.network(), lay)


def test_double_marriage_rows() -> None:
    f = px_family([0, 0, 1, 0, 0, 0, 3, 3, 5, 5, 7, 10], [0, 0, 2, 0, 0, 0, 4, 4, 6, 6, 9, 8],
                  [1, 2, 1, 2, 1, 2, 1, 2, 2, 1, 1, 2])
    lay = genogram_layout(f.network())
    assert [lay.people[str(i)].row for i in range(1, 13)] == [0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3]
    check_structure(f.network(), lay)


def test_marriage_chain_is_a_path() -> None:
    f = Family()
    for i in range(1, 6):
        f.person(str(i), "m" if i % 2 else "f", f"19{40 + i}")
    for i in range(1, 5):
        f.couple(str(i), str(i + 1), f"19{60 + i * 3}")
        f.kids((str(i), str(i + 1)), f"c{i}")
        f.person(f"c{i}", "m", f"19{70 + i * 3}")
    lay = genogram_layout(f.network())
    top = row_order(lay, 0)
    assert top in (["1", "2", "3", "4", "5"], ["5", "4", "3", "2", "1"])
    assert all(u.level == 0 for u in lay.unions.values())
    kids = row_order(lay, 1)
    assert kids in (["c1", "c2", "c3", "c4"], ["c4", "c3", "c2", "c1"])
    assert (kids[0] == "c1") == (top[0] == "1")
    check_structure(f.network(), lay)


def test_twins_adjacent_with_apex_and_married_twin() -> None:
    f = Family()
    f.person("pa", "m", "1950")
    f.person("ma", "f", "1952")
    f.couple("pa", "ma", "1975")
    for pid, born in [("old", "1976"), ("t1", "1978-03-01"), ("t2", "1978-03-01"),
                      ("young", "1980")]:
        f.person(pid, "f", born)
        f.kids(("pa", "ma"), pid)
    f.twins("tw", "t1", "t2", zygosity=Zygosity.MONOZYGOTIC)
    f.person("sp", "m", "1977")
    f.couple("t2", "sp", "2000")
    f.person("gk", "m", "2002")
    f.kids(("t2", "sp"), "gk")
    # triplets with an MZ pair inside
    for pid in ("r1", "r2", "r3"):
        f.person(pid, "m", "1982")
        f.kids(("pa", "ma"), pid)
    f.twins("trip", "r1", "r2", "r3")
    lay = genogram_layout(f.network())
    order = [p for p in row_order(lay, 1) if p != "sp"]
    assert order == ["old", "t1", "t2", "young", "r1", "r2", "r3"]
    sib = lay.sibships["u:pa-ma@1975"]
    apexes = {t: x for t, x, _ in sib.twin_apexes}
    assert apexes["tw"] == pytest.approx((lay.people["t1"].x + lay.people["t2"].x) / 2, abs=0.01)
    assert {d.child: d.twin_set for d in sib.children}["t1"] == "tw"
    assert {d.child: d.x for d in sib.children}["t2"] == apexes["tw"]
    assert all(y == sib.bar_y for _, _, y in sib.twin_apexes)
    check_structure(f.network(), lay)


def test_blended_family_chain() -> None:
    f = Family()
    for pid, sex in [("A", "f"), ("X", "m"), ("Y", "f"), ("B", "m")]:
        f.person(pid, sex, "1960")
    f.couple("A", "X", "1980")
    f.couple("X", "Y", "1990")
    f.couple("Y", "B", "1985")
    for parents, kids in [(("A", "X"), ["ax1", "ax2"]), (("X", "Y"), ["xy1"]),
                          (("Y", "B"), ["yb1", "yb2"])]:
        for i, k in enumerate(kids):
            f.person(k, "u", f"{1981 + i}")
        f.kids(parents, *kids)
    lay = genogram_layout(f.network())
    top = row_order(lay, 0)
    assert top in (["A", "X", "Y", "B"], ["B", "Y", "X", "A"])
    kids = row_order(lay, 1)
    expect = ["ax1", "ax2", "xy1", "yb1", "yb2"]
    assert kids == (expect if top[0] == "A" else ["yb1", "yb2", "xy1", "ax1", "ax2"])
    check_structure(f.network(), lay)


def test_three_sequential_partners() -> None:
    f = Family()
    f.person("P", "m", "1950")
    for i, year in enumerate(["1970", "1980", "1990"], 1):
        q = f.person(f"Q{i}", "f", f"19{50 + i}")
        f.couple("P", q, year)
        f.person(f"k{i}", "u", f"{int(year) + 2}")
        f.kids(("P", q), f"k{i}")
    lay = genogram_layout(f.network())
    top = row_order(lay, 0)
    assert set(top) == {"P", "Q1", "Q2", "Q3"}
    assert abs(top.index("P") - top.index("Q1")) == 1
    assert abs(top.index("P") - top.index("Q2")) == 1
    raised = [u for u in lay.unions.values() if u.level > 0]
    assert [u.partners for u in raised] in ([("Q3", "P")], [("P", "Q3")])
    hub_order = sorted(lay.unions.values(), key=lambda u: u.hub_x)
    kid_order = row_order(lay, 1)
    assert kid_order == [lay.sibships[u.key].children[0].child for u in hub_order]
    check_structure(f.network(), lay)


def test_married_in_spouse_with_deeper_ancestry() -> None:
    f = Family()
    for pid in ["g1", "g2", "A", "gg1", "gg2", "p1", "p2", "B", "C"]:
        f.person(pid, "m" if pid in ("g1", "A", "gg1", "p1") else "f")
    f.couple("g1", "g2")
    f.kids(("g1", "g2"), "A")
    f.couple("gg1", "gg2")
    f.kids(("gg1", "gg2"), "p1")
    f.couple("p1", "p2")
    f.kids(("p1", "p2"), "B")
    f.couple("A", "B")
    f.kids(("A", "B"), "C")
    lay = genogram_layout(f.network())
    r = rows_of(lay)
    assert r["A"] == r["B"] == 2 and r["C"] == 3
    assert r["p1"] == r["p2"] == r["g1"] == r["g2"] == 1
    assert r["gg1"] == r["gg2"] == 0
    check_structure(f.network(), lay)


def test_adoption_foster_same_sex() -> None:
    f = Family()
    for pid, sex in [("G1", "m"), ("G2", "f"), ("M", "f"), ("F", "m"), ("K", "u"),
                     ("P", "m"), ("Q", "f"), ("Z", "u"), ("W1", "f"), ("W2", "f"), ("C", "f"),
                     ("S", "m")]:
        f.person(pid, sex, "1990" if pid in "KZC" else "1960")
    f.couple("G1", "G2")
    f.kids(("G1", "G2"), "M")
    f.couple("M", "F")
    f.kids(("M", "F"), "K")
    f.child(("G1", "G2"), "K", ParentChildKind.ADOPTED)
    f.couple("P", "Q")
    f.child(("P", "Q"), "Z", ParentChildKind.FOSTER)
    f.couple("W1", "W2")
    f.child(("W1", "W2"), "C", ParentChildKind.ADOPTED)
    f.couple("F", "S", "2005")
    lay = genogram_layout(f.network())
    assert lay.sibships["u:M-F"].children[0].child == "K"
    assert [(s.union, s.child, s.relation) for s in lay.secondary] == [
        ("u:G1-G2", "K", ParentChildKind.ADOPTED)]
    assert lay.sibships["u:P-Q"].children[0].relation == ParentChildKind.FOSTER
    assert lay.sibships["u:W1-W2"].children[0].relation == ParentChildKind.ADOPTED
    r = rows_of(lay)
    assert r["K"] == r["M"] + 1 and r["S"] == r["F"]
    check_structure(f.network(), lay)


def test_single_parent_isolated_and_components() -> None:
    f = Family()
    f.person("mom", "f", "1960", client=True)
    f.person("kid", "m", "1990")
    f.child("mom", "kid")
    f.person("a", "m", "1930")
    f.person("b", "f", "1932")
    f.couple("a", "b")
    f.person("c", "f", "1955")
    f.kids(("a", "b"), "c")
    f.person("buur", "m", kind=PersonKind.NEIGHBOUR)
    f.person("doc", "f", kind=PersonKind.PROFESSIONAL)
    lay = genogram_layout(f.network())
    assert "doc" not in lay.people
    single = lay.unions["single:mom"]
    assert single.partners == ("mom",) and single.hub_x == lay.people["mom"].x
    assert lay.sibships["single:mom"].children[0].child == "kid"
    assert lay.people["buur"].row == lay.people["mom"].row
    assert lay.people["buur"].x > max(p.x for k, p in lay.people.items() if k != "buur")
    assert lay.people["mom"].x < min(lay.people[p].x for p in ("a", "b", "c"))
    check_structure(f.network(), lay)


def pinned(x: float, y: float = 0.0) -> Position:
    return Position(x=x, y=y, pinned=True)


def test_pins() -> None:
    f = Family()
    f.person("pa", "m", "1950")
    f.person("ma", "f", "1950")
    f.couple("pa", "ma")
    for i in range(4):
        f.person(f"k{i}", "u", f"{1975 + i}")
        f.kids(("pa", "ma"), f"k{i}")
    net = f.network()
    row1 = genogram_layout(net).row_y[1]
    lay = genogram_layout(net, {"k2": pinned(-2000.0, row1), "pa": Position(x=5, y=0)})
    assert lay.people["k2"].x == -2000.0 and not lay.unheld_pins
    assert lay.people["k1"].x < -2000.0
    lay = genogram_layout(net, {"k0": pinned(900.0, row1), "k3": pinned(100.0, row1)})
    assert lay.people["k0"].x == 900.0 and lay.people["k3"].x == 100.0
    lay = genogram_layout(net, {"k0": pinned(100.0, row1), "k1": pinned(110.0, row1)})
    assert lay.people["k0"].x == 100.0
    assert lay.unheld_pins == ("k1",)
    check_no_overlap(lay)


def test_own_ancestor_raises() -> None:
    f = Family()
    for pid in "abc":
        f.person(pid)
    f.child("a", "b")
    f.child("b", "c")
    f.child("c", "a")
    with pytest.raises(CaseError, match="eigen voorouder"):
        genogram_layout(f.network())


def test_empty_and_extras_only() -> None:
    assert genogram_layout(Network()).people == {}
    f = Family()
    f.person("buur", kind=PersonKind.FRIEND)
    lay = genogram_layout(f.network())
    assert lay.people["buur"].row == 0 and lay.row_y == (0.0,)


def test_example_case() -> None:
    from netwerkkaart.example import example_case

    net = example_case().network
    lay = genogram_layout(net)
    check_structure(net, lay)
    kinds = {p.id: p.kind for p in net.people.values()}
    assert all(kinds[p] != PersonKind.PROFESSIONAL for p in lay.people)


# -- properties --------------------------------------------------------------------------

FAST = settings(max_examples=50, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(seed=st.integers(0, 10**6), size=st.integers(2, 30))
def test_random_families_hold_invariants(seed: int, size: int) -> None:
    f = random_family(random.Random(seed), size)
    net = f.network()
    lay = genogram_layout(net)
    assert set(lay.people) == set(net.people)
    check_structure(net, lay)
    shuffled = genogram_layout(f.network(random.Random(seed + 1)))
    assert shuffled == lay


@FAST
@given(seed=st.integers(0, 10**6), size=st.integers(2, 20), data=st.data())
def test_random_pins_hold_or_warn(seed: int, size: int, data: st.DataObject) -> None:
    f = random_family(random.Random(seed), size)
    net = f.network()
    base = genogram_layout(net)
    chosen = data.draw(st.lists(st.sampled_from(sorted(net.people)), max_size=4, unique=True))
    pins = {pid: pinned(data.draw(st.floats(-1500, 1500)), base.people[pid].y)
            for pid in chosen}
    lay = genogram_layout(net, pins)
    check_no_overlap(lay)
    for pid, pos in pins.items():
        if lay.people[pid].x != pos.x:
            assert pid in lay.unheld_pins


def test_same_output_under_other_hash_seeds() -> None:
    code = ("import random, sys; sys.path.insert(0, 'tests/layout');"
            "from families import random_family;"
            "from netwerkkaart.layout.genogram.pipeline import genogram_layout;"
            "print(repr(genogram_layout(random_family(random.Random(7), 60).network())))")
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    outs = set()
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        outs.add(subprocess.run([sys.executable, "-c", code], cwd=root, env=env, check=True,
                                capture_output=True, text=True).stdout)
    assert len(outs) == 1
