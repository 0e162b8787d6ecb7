"""The genogram notation drawn from hand-built layouts, pinned by geometry and style (no Qt)."""

from __future__ import annotations

import math

import pytest

from netwerkkaart.layout.genogram.draw import draw_genogram, genogram_legend
from netwerkkaart.layout.genogram.types import (
    ChildDrop,
    GenogramLayout,
    PersonPlacement,
    SecondaryLink,
    SibshipPlacement,
    UnionPlacement,
)
from netwerkkaart.layout.notation import genogram_legend as legend_mod
from netwerkkaart.layout.notation.emotional import ABUSE_LETTERS, EMOTIONAL_COLORS
from netwerkkaart.layout.notation.symbols import symbol_bounds
from netwerkkaart.layout.primitives import Ellipse, Group, Polygon, Polyline, Rect, Text
from netwerkkaart.layout.style import DEFAULT_STYLE
from netwerkkaart.model import (
    AnyTie,
    EmotionalKind,
    EmotionalTie,
    Household,
    Network,
    ParentChildKind,
    ParentChildTie,
    PartnershipStatus,
    PartnershipTie,
    Person,
    Pregnancy,
    Sex,
    SupportTie,
    TwinSet,
    Zygosity,
)

S = DEFAULT_STYLE
H = S.symbol / 2
UNION_Y = 70.0
BAR_Y = 140.0
CHILD_Y = 220.0


def net_of(people: list[Person], ties: list[AnyTie] = (), households: list[Household] = (),
           twins: list[TwinSet] = ()) -> Network:
    return Network(people={p.id: p for p in people}, ties={t.id: t for t in ties},
                   households={h.id: h for h in households}, twin_sets={t.id: t for t in twins})


def family(status: PartnershipStatus = PartnershipStatus.MARRIED, start: str | None = None,
           end: str | None = None,
           kids: tuple[tuple[str, ParentChildKind], ...] = (("k1", ParentChildKind.BIOLOGICAL),),
           extra: list[AnyTie] = (), twins: list[TwinSet] = (),
           households: list[Household] = ()) -> tuple[Network, GenogramLayout]:
    """Father at x=0, mother at x=200, children from x=0 in steps of 160."""
    people = [Person(id="f", name="Jan", sex=Sex.MALE), Person(id="m", name="Els", sex=Sex.FEMALE)]
    people += [Person(id=k, name=k, sex=Sex.FEMALE) for k, _ in kids]
    ties: list[AnyTie] = [PartnershipTie(id="u", a="f", b="m", status=status, start=start,
                                         end=end)]
    for k, rel in kids:
        ties += [ParentChildTie(id=f"f{k}", a="f", b=k, relation=rel),
                 ParentChildTie(id=f"m{k}", a="m", b=k, relation=rel)]
    net = net_of(people, ties + list(extra), households, twins)
    placements = {"f": PersonPlacement(0, 0, 0), "m": PersonPlacement(200, 0, 0)}
    drops = []
    for i, (k, rel) in enumerate(kids):
        placements[k] = PersonPlacement(i * 160.0, CHILD_Y, 1)
        drops.append(ChildDrop(k, i * 160.0, rel))
    layout = GenogramLayout(
        people=placements,
        unions={"u": UnionPlacement("u", ("f", "m"), "u", UNION_Y, 0, 200, 100)},
        sibships={"u": SibshipPlacement("u", BAR_Y, 0, max(160.0 * (len(kids) - 1), 100),
                                        tuple(drops))},
    )
    return net, layout


def group(groups: list[Group], owner: tuple[str, str]) -> Group:
    return next(g for g in groups if g.owner == owner)


def polylines(g: Group) -> list[Polyline]:
    return [p for p in g.prims if isinstance(p, Polyline)]


def is_horizontal(line: Polyline, y: float) -> bool:
    return all(py == y for _, py in line.points) and len(line.points) == 2


def slash_lines(g: Group) -> list[Polyline]:
    return [p for p in polylines(g) if p.points[0][0] != p.points[-1][0]
            and p.points[0][1] != p.points[-1][1]]


# -- persons and z order -----------------------------------------------------------------


def test_one_group_per_person_anchored_at_its_placement() -> None:
    net, layout = family()
    groups = draw_genogram(net, layout, today="2024-01-01")
    person = group(groups, ("person", "m"))
    assert person.anchor == (200, 0)
    assert person.bounds == symbol_bounds(net.people["m"], S)
    assert any(isinstance(p, Text) and p.text == "Els" for p in person.prims)


def test_z_order_households_lines_emotional_people() -> None:
    net, layout = family(extra=[EmotionalTie(id="e", a="f", b="m")],
                         households=[Household(id="h", members=("f", "m"))])
    groups = draw_genogram(net, layout)
    z = {g.owner[0] if g.owner[0] != "tie" else g.owner[1]: g.z for g in groups}
    assert z["household"] < z["u"] == z["sibship"] < z["e"] < z["person"]
    assert genogram_legend(net).z > z["person"]
    assert [g.z for g in groups] == sorted(g.z for g in groups)


def test_support_ties_are_not_drawn() -> None:
    net, layout = family(extra=[SupportTie(id="s", a="f", b="k1")])
    assert all(g.owner != ("tie", "s") for g in draw_genogram(net, layout))


# -- couple lines ------------------------------------------------------------------------


def test_married_couple_line_is_solid_with_drops_from_each_partner() -> None:
    net, layout = family()
    g = group(draw_genogram(net, layout), ("tie", "u"))
    lines = polylines(g)
    assert Polyline(((0, H), (0, UNION_Y)), lines[0].pen) in lines
    assert any(p.points == ((200, H), (200, UNION_Y)) for p in lines)
    couple = next(p for p in lines if is_horizontal(p, UNION_Y))
    assert couple.points == ((0, UNION_Y), (200, UNION_Y))
    assert couple.pen.dash == "solid"
    assert slash_lines(g) == []


def test_living_together_is_dashed() -> None:
    net, layout = family(PartnershipStatus.LIVING_TOGETHER, start="2010")
    g = group(draw_genogram(net, layout), ("tie", "u"))
    couple = next(p for p in polylines(g) if is_horizontal(p, UNION_Y))
    assert couple.pen.dash == "dash"
    assert [t.text for t in g.prims if isinstance(t, Text)] == ["s. 2010"]


@pytest.mark.parametrize("status,count", [(PartnershipStatus.SEPARATED, 1),
                                          (PartnershipStatus.DIVORCED, 2)])
def test_separation_one_slash_divorce_two(status: PartnershipStatus, count: int) -> None:
    net, layout = family(status)
    g = group(draw_genogram(net, layout), ("tie", "u"))
    slashes = slash_lines(g)
    assert len(slashes) == count
    for s in slashes:
        (x0, y0), (x1, y1) = s.points
        assert y0 > UNION_Y > y1  # crosses the couple line
        assert 0 < x0 < 200 and x0 != 100  # on the line, away from the child drop


def test_dates_on_the_line_clear_of_the_child_drop() -> None:
    net, layout = family(PartnershipStatus.DIVORCED, start="1970-06-01", end="1995")
    g = group(draw_genogram(net, layout), ("tie", "u"))
    dates = {t.text: t for t in g.prims if isinstance(t, Text)}
    assert set(dates) == {"h. 1970", "g. 1995"}
    hub = layout.unions["u"].hub_x
    from netwerkkaart.layout.text import text_width

    for t in dates.values():
        assert t.y > UNION_Y and t.valign == "top"  # below the line: the names are above it
        half = text_width(t.text, t.size) / 2
        assert t.x + half < hub or t.x - half > hub
    assert dates["h. 1970"].x < hub < dates["g. 1995"].x


def test_parents_without_partnership_get_a_union_owner() -> None:
    net, layout = family()
    net = net_of(list(net.people.values()), [t for t in net.ties.values() if t.id != "u"])
    u = layout.unions["u"]
    key = "implicit:f|m"
    layout = GenogramLayout(
        people=layout.people,
        unions={key: UnionPlacement(key, u.partners, None, u.y, u.x1, u.x2, u.hub_x)},
        sibships={key: SibshipPlacement(key, BAR_Y, 0, 100, layout.sibships["u"].children)},
    )
    groups = draw_genogram(net, layout)
    assert any(g.owner == ("union", key) for g in groups)
    assert any(g.owner == ("sibship", key) for g in groups)


# -- child lines -------------------------------------------------------------------------


def test_children_hang_from_the_hub_via_the_sibship_bar() -> None:
    kids = (("k1", ParentChildKind.BIOLOGICAL), ("k2", ParentChildKind.ADOPTED),
            ("k3", ParentChildKind.FOSTER))
    net, layout = family(kids=kids)
    g = group(draw_genogram(net, layout), ("sibship", "u"))
    lines = polylines(g)
    assert lines[0].points == ((100, UNION_Y), (100, BAR_Y))
    assert lines[1].points == ((0, BAR_Y), (320, BAR_Y))
    by_x = {p.points[0][0]: p for p in lines[2:]}
    assert by_x[0].points == ((0, BAR_Y), (0, CHILD_Y - H))
    assert by_x[0].pen.dash == "solid"
    assert by_x[160].pen.dash == "dash"  # adopted
    assert by_x[320].pen.dash == "dot"  # foster


def test_pregnancy_and_miscarriage_hang_to_their_own_top() -> None:
    net, layout = family(kids=(("k1", ParentChildKind.BIOLOGICAL),
                               ("k2", ParentChildKind.BIOLOGICAL)))
    people = dict(net.people)
    people["k2"] = Person(id="k2", pregnancy=Pregnancy.MISCARRIAGE)
    net = Network(people=people, ties=net.ties)
    g = group(draw_genogram(net, layout), ("sibship", "u"))
    line = next(p for p in polylines(g) if p.points[0] == (160, BAR_Y))
    assert line.points[-1] == (160, CHILD_Y - H / 2)


def _twin_family(zygosity: Zygosity) -> tuple[Network, GenogramLayout]:
    kids = (("k1", ParentChildKind.BIOLOGICAL), ("k2", ParentChildKind.BIOLOGICAL))
    twins = [TwinSet(id="t", members=("k1", "k2"), zygosity=zygosity)]
    net, layout = family(kids=kids, twins=twins)
    sib = SibshipPlacement("u", BAR_Y, 0, 160,
                           (ChildDrop("k1", 80, twin_set="t"), ChildDrop("k2", 80, twin_set="t")),
                           twin_apexes=(("t", 80.0, BAR_Y),))
    return net, GenogramLayout(people=layout.people, unions=layout.unions, sibships={"u": sib})


def test_twins_hang_from_one_apex() -> None:
    net, layout = _twin_family(Zygosity.DIZYGOTIC)
    g = group(draw_genogram(net, layout), ("sibship", "u"))
    from_apex = [p for p in polylines(g) if p.points[0] == (80, BAR_Y) and len(p.points) == 2
                 and p.points[1][1] == CHILD_Y - H]
    assert sorted(p.points[1][0] for p in from_apex) == [0, 160]
    assert not any(is_horizontal(p, p.points[0][1]) and p.points[0][1] > BAR_Y
                   for p in polylines(g))


def test_identical_twins_have_a_bar_between_their_lines() -> None:
    net, layout = _twin_family(Zygosity.MONOZYGOTIC)
    g = group(draw_genogram(net, layout), ("sibship", "u"))
    bars = [p for p in polylines(g) if is_horizontal(p, p.points[0][1])
            and BAR_Y < p.points[0][1] < CHILD_Y - H]
    assert len(bars) == 1
    (x0, y), (x1, _) = bars[0].points
    t = (y - BAR_Y) / (CHILD_Y - H - BAR_Y)  # where it meets the twin lines
    assert x0 == pytest.approx(80 - 80 * t) and x1 == pytest.approx(80 + 80 * t)


def test_twin_apex_below_the_bar_gets_a_stem() -> None:
    net, layout = _twin_family(Zygosity.DIZYGOTIC)
    sib = layout.sibships["u"]
    sib = SibshipPlacement("u", BAR_Y, 0, 160, sib.children, (("t", 80.0, BAR_Y + 20),))
    layout = GenogramLayout(people=layout.people, unions=layout.unions, sibships={"u": sib})
    g = group(draw_genogram(net, layout), ("sibship", "u"))
    assert any(p.points == ((80, BAR_Y), (80, BAR_Y + 20)) for p in polylines(g))


@pytest.mark.parametrize("relation,dash", [(ParentChildKind.ADOPTED, "dash"),
                                           (ParentChildKind.FOSTER, "dot")])
def test_secondary_link_runs_from_the_other_hub_to_the_child(relation: ParentChildKind,
                                                            dash: str) -> None:
    net, layout = family()
    other = UnionPlacement("v", ("f",), None, UNION_Y, 0, 0, 500)
    link = SecondaryLink("v", "k1", relation)
    layout = GenogramLayout(people=layout.people, unions={**layout.unions, "v": other},
                            sibships=layout.sibships, secondary=(link,))
    g = group(draw_genogram(net, layout), ("secondary", "v|k1"))
    (line,) = polylines(g)
    assert line.pen.dash == dash
    assert line.points[0] == (500, UNION_Y) and line.points[-1] == (0, CHILD_Y - H)
    assert line.points[-2][0] == 0  # enters the child vertically


# -- emotional lines ---------------------------------------------------------------------


def emotional(kind: EmotionalKind, a: str = "f", b: str = "m") -> Group:
    net, layout = family(extra=[EmotionalTie(id="e", a=a, b=b, relation=kind)])
    return group(draw_genogram(net, layout), ("tie", "e"))


def _zigzag(line: Polyline) -> bool:
    return len(line.points) > 8 and _turns(line) >= 4


def _turns(line: Polyline) -> int:
    pts = line.points
    turns, last = 0, 0.0
    for (ax, ay), (bx, by), (cx, cy) in zip(pts, pts[1:], pts[2:], strict=False):
        cross = (bx - ax) * (cy - by) - (by - ay) * (cx - bx)
        if abs(cross) > 20 and cross * last < 0:
            turns += 1
        if abs(cross) > 20:
            last = cross
    return turns


@pytest.mark.parametrize("kind,parallel,zigzags", [
    (EmotionalKind.CLOSE, 2, 0), (EmotionalKind.FUSED, 3, 0), (EmotionalKind.DISTANT, 1, 0),
    (EmotionalKind.CONFLICT, 0, 1), (EmotionalKind.CLOSE_HOSTILE, 2, 1),
    (EmotionalKind.FOCUSED_ON, 1, 0), (EmotionalKind.ABUSE_PHYSICAL, 0, 1),
])
def test_emotional_line_counts(kind: EmotionalKind, parallel: int, zigzags: int) -> None:
    g = emotional(kind)
    lines = polylines(g)
    assert sum(1 for p in lines if _zigzag(p)) == zigzags
    assert sum(1 for p in lines if not _zigzag(p)) == parallel
    assert all(p.pen.color == EMOTIONAL_COLORS[kind] != S.line for p in lines)


def test_close_lines_are_parallel() -> None:
    a, b = polylines(emotional(EmotionalKind.CLOSE))
    gaps = [math.dist(p, q) for p, q in zip(a.points, b.points, strict=True)]
    assert max(gaps) - min(gaps) < 1.0 and min(gaps) > 2


def test_distant_is_dotted() -> None:
    (line,) = polylines(emotional(EmotionalKind.DISTANT))
    assert line.pen.dash == "dot"


def test_cutoff_is_a_broken_line_with_two_bars() -> None:
    lines = polylines(emotional(EmotionalKind.CUTOFF))
    long = [p for p in lines if len(p.points) > 2]
    bars = [p for p in lines if len(p.points) == 2]
    assert len(long) == 2 and len(bars) == 2
    assert math.dist(long[0].points[-1], long[1].points[0]) > 4  # the break
    assert math.dist(bars[0].points[0], bars[1].points[0]) > 4


def _arrow(g: Group) -> Polygon:
    (arrow,) = [p for p in g.prims if isinstance(p, Polygon)]
    return arrow


@pytest.mark.parametrize("kind", [EmotionalKind.FOCUSED_ON, EmotionalKind.ABUSE_PHYSICAL,
                                  EmotionalKind.ABUSE_EMOTIONAL, EmotionalKind.ABUSE_SEXUAL])
@pytest.mark.parametrize("a,b", [("f", "m"), ("m", "f")])
def test_arrow_points_from_a_to_b(kind: EmotionalKind, a: str, b: str) -> None:
    centres = {"f": (0.0, 0.0), "m": (200.0, 0.0)}
    arrow = _arrow(emotional(kind, a, b))
    tip = arrow.points[0]
    assert math.dist(tip, centres[b]) < math.dist(tip, centres[a])
    base = ((arrow.points[1][0] + arrow.points[2][0]) / 2,
            (arrow.points[1][1] + arrow.points[2][1]) / 2)
    assert math.dist(tip, centres[b]) < math.dist(base, centres[b])


def test_undirected_kinds_have_no_arrow() -> None:
    assert not any(isinstance(p, Polygon) for p in emotional(EmotionalKind.CONFLICT).prims)


@pytest.mark.parametrize("kind", list(ABUSE_LETTERS))
def test_abuse_kinds_carry_their_letter_and_colour(kind: EmotionalKind) -> None:
    g = emotional(kind)
    (letter,) = [p for p in g.prims if isinstance(p, Text)]
    assert letter.text == ABUSE_LETTERS[kind] and letter.color == EMOTIONAL_COLORS[kind]
    assert len({EMOTIONAL_COLORS[k] for k in ABUSE_LETTERS}) == 3


def test_emotional_lines_start_at_the_symbol_edges_and_arc_above_partners() -> None:
    (line,) = polylines(emotional(EmotionalKind.DISTANT))
    start, end = line.points[0], line.points[-1]
    assert H < math.dist(start, (0, 0)) < H + 10
    assert H < math.dist(end, (200, 0)) < H + 10
    assert min(y for _, y in line.points) < -10  # bends up, away from the couple line
    assert max(y for _, y in line.points) < UNION_Y


def test_two_emotional_ties_between_one_pair_do_not_coincide() -> None:
    net, layout = family(extra=[
        EmotionalTie(id="e1", a="f", b="m", relation=EmotionalKind.DISTANT),
        EmotionalTie(id="e2", a="m", b="f", relation=EmotionalKind.DISTANT)])
    groups = draw_genogram(net, layout)
    (l1,) = polylines(group(groups, ("tie", "e1")))
    (l2,) = polylines(group(groups, ("tie", "e2")))
    mid1, mid2 = l1.points[len(l1.points) // 2], l2.points[len(l2.points) // 2]
    assert abs(mid1[1] - mid2[1]) > 8


def test_parent_child_emotional_line_bends_off_the_child_line() -> None:
    net, layout = family(extra=[EmotionalTie(id="e", a="f", b="k1",
                                             relation=EmotionalKind.CONFLICT)])
    (line,) = polylines(group(draw_genogram(net, layout), ("tie", "e")))
    assert max(abs(x) for x, _ in line.points) > 15  # never on top of the x=0 child line


# -- households --------------------------------------------------------------------------


def _inside(rect: Rect, point: tuple[float, float]) -> bool:
    return rect.x <= point[0] <= rect.x + rect.w and rect.y <= point[1] <= rect.y + rect.h


def test_household_outline_encloses_exactly_its_members() -> None:
    kids = tuple((f"k{i}", ParentChildKind.BIOLOGICAL) for i in range(1, 4))
    net, layout = family(kids=kids, households=[Household(id="h", members=("m", "k2", "k3"))])
    g = group(draw_genogram(net, layout), ("household", "h"))
    rects = [p for p in g.prims if isinstance(p, Rect)]
    assert all(r.pen.dash == "dot" and r.radius > 0 and r.fill is None for r in rects)
    for pid, place in layout.people.items():
        inside = any(_inside(r, (place.x, place.y)) for r in rects)
        assert inside == (pid in {"m", "k2", "k3"}), pid
    bx, by, bw, bh = symbol_bounds(None, S)
    for pid in ("m", "k2", "k3"):  # the whole symbol and label box is inside
        p = layout.people[pid]
        assert any(_inside(r, (p.x + bx, p.y + by)) and _inside(r, (p.x + bx + bw, p.y + by + bh))
                   for r in rects)


def test_non_contiguous_members_get_one_outline_per_run() -> None:
    kids = tuple((f"k{i}", ParentChildKind.BIOLOGICAL) for i in range(1, 4))
    net, layout = family(kids=kids, households=[Household(id="h", members=("k1", "k3"))])
    g = group(draw_genogram(net, layout), ("household", "h"))
    rects = [p for p in g.prims if isinstance(p, Rect)]
    assert len(rects) == 2
    k2 = layout.people["k2"]
    assert not any(_inside(r, (k2.x, k2.y)) for r in rects)


def test_parents_and_children_below_them_share_one_outline() -> None:
    kids = (("k1", ParentChildKind.BIOLOGICAL), ("k2", ParentChildKind.BIOLOGICAL))
    net, layout = family(kids=kids, households=[Household(id="h", members=("f", "m", "k1", "k2"))])
    g = group(draw_genogram(net, layout), ("household", "h"))
    assert len([p for p in g.prims if isinstance(p, Rect)]) == 1


def test_household_without_placed_members_is_skipped() -> None:
    net, layout = family(households=[Household(id="h", members=())])
    assert all(g.owner[0] != "household" for g in draw_genogram(net, layout))


# -- legend ------------------------------------------------------------------------------


def legend_texts(net: Network) -> list[str]:
    return [p.text for p in genogram_legend(net).prims if isinstance(p, Text)]


def test_legend_lists_only_what_the_case_uses() -> None:
    net, _ = family(PartnershipStatus.DIVORCED,
                    kids=(("k1", ParentChildKind.ADOPTED),),
                    extra=[EmotionalTie(id="e", a="f", b="m", relation=EmotionalKind.CUTOFF)])
    texts = legend_texts(net)
    assert texts[0] == "Legenda (genogram, McGoldrick)"
    for used in ("Man", "Vrouw", "Gescheiden", "Adoptiekind", "Verbroken contact"):
        assert used in texts
    for unused in ("Getrouwd", "Samenwonend", "Pleegkind", "Biologisch kind", "Cliënt",
                   "Overleden", "Zwangerschap", "Miskraam", "Nauwe band",
                   "Huishouden (woont samen)", "Tweeling", "Eeneiige tweeling",
                   "Non-binair of onbekend"):
        assert unused not in texts


def test_legend_names_abuse_kinds_pregnancies_twins_and_households() -> None:
    net, _ = _twin_family(Zygosity.MONOZYGOTIC)
    people = {**net.people, "p": Person(id="p", pregnancy=Pregnancy.ABORTION),
              "c": Person(id="c", deceased=True)}
    ties = {**net.ties, "e": EmotionalTie(id="e", a="f", b="m",
                                          relation=EmotionalKind.ABUSE_SEXUAL)}
    net = Network(people=people, ties=ties, twin_sets=net.twin_sets,
                  households={"h": Household(id="h", members=("f",))}, refs={"client": "c"})
    texts = legend_texts(net)
    for used in ("Abortus", "Eeneiige tweeling", "Seksueel misbruik (S)", "Cliënt", "Overleden",
                 "Huishouden (woont samen)", "Non-binair of onbekend"):
        assert used in texts
    assert "Lichamelijk misbruik (F)" not in texts and "Tweeling" not in texts


def _prim_points(p: object) -> list[tuple[float, float]]:
    if isinstance(p, Polyline | Polygon):
        return list(p.points)
    if isinstance(p, Ellipse):
        return [(p.cx - p.rx, p.cy - p.ry), (p.cx + p.rx, p.cy + p.ry)]
    if isinstance(p, Rect):
        return [(p.x, p.y), (p.x + p.w, p.y + p.h)]
    return []


def test_legend_has_bounds_and_a_sample_per_entry() -> None:
    net, _ = family(PartnershipStatus.DIVORCED, kids=(("k1", ParentChildKind.ADOPTED),),
                    extra=[EmotionalTie(id="e", a="f", b="m", relation=EmotionalKind.CUTOFF)])
    legend = genogram_legend(net)
    assert legend.owner == ("legend", "")
    x, y, w, h = legend.bounds or (0, 0, 0, 0)
    assert w > 100 and h > 60
    texts = [p for p in legend.prims if isinstance(p, Text)]
    for t in texts:
        assert 0 <= t.x <= w and 0 <= t.y <= h
    sample_right = legend_mod.PAD + legend_mod.SAMPLE_W
    entries = [t for t in texts if t.x > sample_right]  # labels beside a sample
    assert len(entries) >= 5
    shapes = [p for p in legend.prims if not isinstance(p, Text)][1:]  # [0] is the frame
    for t in entries:  # each label has a drawn sample in its own row, left of it
        row = [pt for p in shapes for pt in _prim_points(p)
               if all(abs(py - t.y) <= legend_mod.ROW / 2 and px <= sample_right + 2
                      for px, py in _prim_points(p))]
        assert row, f"no sample drawn for {t.text!r}"
